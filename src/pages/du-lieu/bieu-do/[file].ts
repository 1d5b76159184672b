/** Each chart's data and images: /du-lieu/bieu-do/<chart-id>.csv, .svg and .png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv, chartImages } from '../../../publish/chart-files.ts';
import { MEDIA } from '../../../publish/downloads.ts';
import { absoluteUrl, chartCredit } from '../../../lib/site-url.ts';
import { viewContext } from '../../../views/context.ts';
import { chartRegistry, chartRowSources } from '../../../views/registry.ts';

export const getStaticPaths = (async () => {
  const registry = chartRegistry(await viewContext());
  // Every chart's image starts drawing now, on resvg's threads, while the build writes other pages. A failed
  // drawing fails the build when GET awaits the same promise; handled here so it is not an unhandled rejection.
  for (const entry of registry.values()) chartImages(entry.spec, chartCredit(entry.spec.id, entry.pages[0]!)).catch(() => {});
  return [...registry.keys()].flatMap((id) => ['csv', 'svg', 'png'].map((ext) => ({ params: { file: `${id}.${ext}` } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [, id, ext] = /^(.+)\.(csv|svg|png)$/.exec(params.file ?? '') ?? [];
  const ctx = await viewContext();
  const entry = id ? chartRegistry(ctx).get(id) : undefined;
  if (!entry || !ext) return new Response(null, { status: 404 });
  const bytes = ext === 'csv' ? chartCsv(entry.spec, { sourceOf: chartRowSources(ctx), link: absoluteUrl }) : (await chartImages(entry.spec, chartCredit(entry.spec.id, entry.pages[0]!)))[ext as 'svg' | 'png'];
  return new Response(bytes.slice(), { headers: { 'Content-Type': MEDIA[ext]! } });
};
