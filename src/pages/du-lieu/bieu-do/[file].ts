/**
 * Each chart's files: /du-lieu/bieu-do/<chart-id>.csv and .xlsx (its data, the source of every value),
 * .json (what the chart is: title, unit, dates, sources, notes, licence, citation, data version), .svg and .png.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv, chartFileHref, chartImages, chartMetadata, chartXlsx, type ChartFileKind } from '../../../publish/chart-files.ts';
import { MEDIA } from '../../../publish/downloads.ts';
import { dataVersion } from '../../../publish/site.ts';
import { versionHref } from '../../../publish/versions.ts';
import { absoluteUrl, chartCredit } from '../../../lib/site-url.ts';
import { viewContext } from '../../../views/context.ts';
import { chartRegistry, chartRowSources, chartValueNotes, travellingSpec } from '../../../views/registry.ts';

const KINDS: readonly ChartFileKind[] = ['csv', 'xlsx', 'json', 'svg', 'png'];

export const getStaticPaths = (async () => {
  const ctx = await viewContext();
  const registry = chartRegistry(ctx);
  // Every chart's image starts drawing now, on resvg's threads, while the build writes other pages. A failed
  // drawing fails the build when GET awaits the same promise; handled here so it is not an unhandled rejection.
  for (const entry of registry.values()) chartImages(travellingSpec(ctx, entry), chartCredit(entry.spec.id, entry.pages[0]!)).catch(() => {});
  return [...registry.keys()].flatMap((id) => KINDS.map((ext) => ({ params: { file: `${id}.${ext}` } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [, id, ext] = /^(.+)\.(csv|xlsx|json|svg|png)$/.exec(params.file ?? '') ?? [];
  const ctx = await viewContext();
  const entry = id ? chartRegistry(ctx).get(id) : undefined;
  if (!entry || !ext) return new Response(null, { status: 404 });
  const options = { sourceOf: chartRowSources(ctx), link: absoluteUrl };
  const metadata = () =>
    dataVersion().then(({ updated, current }) =>
      chartMetadata(entry.spec, {
        ...options,
        permalink: absoluteUrl(`${entry.pages[0]!}#${entry.spec.id}`),
        version: updated,
        frozen: current ? { id: current.id, url: absoluteUrl(versionHref(current.id)) } : undefined,
        valueNotes: chartValueNotes(ctx, entry),
        files: Object.fromEntries((['csv', 'xlsx', 'png', 'svg'] as const).map((k) => [k, absoluteUrl(chartFileHref(entry.spec.id, k))])) as Record<'csv' | 'xlsx' | 'png' | 'svg', string>,
      }),
    );
  const bytes =
    ext === 'csv'
      ? chartCsv(entry.spec, options)
      : ext === 'xlsx'
        ? await chartXlsx(entry.spec, { ...options, metadata: await metadata() })
        : ext === 'json'
          ? new TextEncoder().encode(`${JSON.stringify(await metadata(), null, 2)}\n`)
          : (await chartImages(travellingSpec(ctx, entry), chartCredit(entry.spec.id, entry.pages[0]!)))[ext as 'svg' | 'png'];
  return new Response(bytes.slice(), { headers: { 'Content-Type': MEDIA[ext]! } });
};
