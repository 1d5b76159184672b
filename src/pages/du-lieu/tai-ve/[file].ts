/**
 * Every data download (src/publish/downloads.ts) at /du-lieu/tai-ve/<name>, for `npm run dev`.
 * A build writes them straight into its output instead (src/publish/output.ts): thousands of
 * files, some of hundreds of megabytes, are a copy each there and a page each here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DownloadFile } from '../../../publish/downloads.ts';
import { publication } from '../../../publish/site.ts';

export const getStaticPaths = (async () => {
  const { downloads, zip } = await publication();
  return import.meta.env.PROD ? [] : [...downloads, await zip].map((f) => ({ params: { file: f.name }, props: { file: f } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DownloadFile }> = async ({ props }) => new Response(await props.file.body(), { headers: { 'Content-Type': props.file.mediatype } });
