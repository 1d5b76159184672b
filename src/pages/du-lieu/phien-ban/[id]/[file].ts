/**
 * A frozen version's zip and datapackage.json at /du-lieu/phien-ban/<id>/<file>, for `npm run dev`. A build
 * copies them from where they were made instead (src/publish/site.ts frozenDataVersions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { MEDIA } from '../../../../publish/downloads.ts';
import { frozenDataVersions } from '../../../../publish/site.ts';

export const getStaticPaths = (async () => {
  if (import.meta.env.PROD) return [];
  return (await frozenDataVersions()).flatMap((v) => [v.zip.name, v.pkg.name].map((file) => ({ params: { id: v.release.id, file }, props: { path: join(v.dir, file) } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = ({ props }) =>
  new Response(new Uint8Array(readFileSync(props.path)), { headers: { 'Content-Type': props.path.endsWith('.zip') ? MEDIA.zip! : MEDIA.json! } });
