/** Every data download (src/publish/downloads.ts) as a static file: /du-lieu/tai-ve/<name>. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publication } from '../../../publish/site.ts';

export const getStaticPaths = (async () => {
  const { downloads } = await publication();
  return downloads.map((f) => ({ params: { file: f.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await publication()).downloads.find((f) => f.name === params.file);
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.bytes.slice(), { headers: { 'Content-Type': file.mediatype } });
};
