/** Every data download (src/publish/downloads.ts) as a static file: /du-lieu/tai-ve/<name>. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DownloadFile } from '../../../publish/downloads.ts';
import { publication } from '../../../publish/site.ts';

export const getStaticPaths = (async () => {
  const { downloads } = await publication();
  return downloads.map((f) => ({ params: { file: f.name }, props: { file: f } }));
}) satisfies GetStaticPaths;

// The file comes as a prop (no search through thousands of files per path). Its bytes are made only
// now, one file at a time, and a large one is read from its scratch file as Astro writes it.
export const GET: APIRoute<{ file: DownloadFile }> = async ({ props }) => new Response(await props.file.body(), { headers: { 'Content-Type': props.file.mediatype } });
