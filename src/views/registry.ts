/**
 * Every chart on the site, with the pages it appears on, built with the same
 * view functions and ids the pages use. Chart downloads, images, embed pages
 * and citations are generated from this list; Chart.astro refuses (at build
 * time) a chart that is missing here or differs from its entry, so the list
 * cannot silently drift from the pages. A chart shown on a topic page and on an
 * area page is one chart; its first page (topic pages first) is its home.
 */
import type { ChartSpec } from '../charts/index.ts';
import { areaHref, hasAreaPage } from '../lib/links.ts';
import { areaTopics } from './area.ts';
import { areasWith, fundingAreas, orderedAreas } from './areas.ts';
import type { ViewContext } from './context.ts';
import { fundYearChart, fundYearMoneyChart, progressChart, projectChart, sourceChart, unallocatedChart } from './funding.ts';
import { supportChart } from './ncut.ts';
import { issuerAreas } from './overview.ts';
import { decreaseChart, povertyMeasures, ratesChart } from './poverty.ts';
import { districtChart, districtCompletedChart, otherWorksChart, plan511FundingChart, statusChart, typeChart } from './works.ts';

export interface RegisteredChart {
  spec: ChartSpec;
  /** Site paths of the pages showing it, its home first. */
  pages: string[];
}

const present = (xs: (ChartSpec | null)[]): ChartSpec[] => xs.filter((x): x is ChartSpec => x !== null);

/** Mirrors src/pages/giai-ngan.astro. */
function fundingPage(ctx: ViewContext): ChartSpec[] {
  return fundingAreas(ctx).flatMap((a) =>
    present([
      fundYearChart(ctx, a, `ty-le-giai-ngan-${a}`),
      fundYearMoneyChart(ctx, a, `von-va-giai-ngan-${a}`),
      sourceChart(ctx, a, `von-giao-theo-nguon-${a}`),
      projectChart(ctx, a, `giai-ngan-theo-du-an-${a}`),
      unallocatedChart(ctx, a, `von-chua-phan-bo-${a}`),
      progressChart(ctx, a, `tien-do-giai-ngan-${a}`),
    ]),
  );
}

/** Mirrors src/pages/cong-trinh.astro. */
function worksPage(ctx: ViewContext): ChartSpec[] {
  const { areas, works } = ctx.data.tables;
  const plan511 = works.filter((w) => w.program === 'plan511');
  const provinces = orderedAreas(ctx, plan511.map((w) => areas.find((a) => a.id === w.area_id)!).map((a) => (a.level === 'province' ? a.id : a.parent_id!)));
  const batches = (p: string) => {
    const inProvince = new Set([p, ...areas.filter((a) => a.parent_id === p).map((a) => a.id)]);
    return [...new Set(plan511.filter((w) => inProvince.has(w.area_id)).map((w) => w.batch))].sort().reverse();
  };
  const plan = provinces.flatMap((p) =>
    present([
      statusChart(ctx, p, `tinh-trang-ke-hoach-511-${p}`),
      ...batches(p).flatMap((b) => [districtChart(ctx, p, b, `theo-huyen-${b}-${p}`), districtCompletedChart(ctx, p, b, `hoan-thanh-theo-huyen-${b}-${p}`)]),
      typeChart(ctx, p, `ke-hoach-511-theo-loai-${p}`),
      plan511FundingChart(ctx, p, `von-ke-hoach-511-${p}`),
    ]),
  );
  const other = orderedAreas(ctx, works.filter((w) => w.program === 'ntp1719').map((w) => w.area_id)).map((a) => otherWorksChart(ctx, a, `cong-trinh-1719-${a}`));
  return [...plan, ...present(other)];
}

/** Mirrors src/pages/index.astro. */
function overviewPage(ctx: ViewContext): ChartSpec[] {
  const [first] = issuerAreas(ctx);
  return first ? present([fundYearChart(ctx, first, 'tong-quan-giai-ngan'), statusChart(ctx, first, 'tong-quan-cong-trinh')]) : [];
}

/** Every page's charts, in the order a reader meets them. */
function pages(ctx: ViewContext): [string, ChartSpec[]][] {
  return [
    ['/giai-ngan/', fundingPage(ctx)],
    ['/cong-trinh/', worksPage(ctx)],
    ['/ho-ngheo/', areasWith(ctx, 'poverty').flatMap((a) => present([ratesChart(ctx, a, `ty-le-ho-ngheo-${a}`), ...povertyMeasures(ctx, a).map((m) => decreaseChart(ctx, a, m, `muc-giam-${m.replaceAll('_', '-')}-${a}`))]))],
    ['/nguoi-co-uy-tin/', present(areasWith(ctx, 'ncut').map((a) => supportChart(ctx, a, `ho-tro-nguoi-co-uy-tin-${a}`)))],
    ['/', overviewPage(ctx)],
    ...ctx.data.tables.areas.filter((a) => hasAreaPage(a.id)).map((a): [string, ChartSpec[]] => [areaHref(a.id), areaTopics(ctx, a.id).flatMap((t) => t.charts)]),
  ];
}

const registries = new WeakMap<ViewContext, Map<string, RegisteredChart>>();

/** Chart id → the chart and its pages. Throws when one id names two different charts. */
export function chartRegistry(ctx: ViewContext): Map<string, RegisteredChart> {
  let registry = registries.get(ctx);
  if (registry) return registry;
  registry = new Map();
  for (const [page, specs] of pages(ctx)) {
    for (const spec of specs) {
      const known = registry.get(spec.id);
      if (!known) registry.set(spec.id, { spec, pages: [page] });
      else if (JSON.stringify(known.spec) !== JSON.stringify(spec)) throw new Error(`Hai biểu đồ khác nhau cùng mã "${spec.id}" (${known.pages[0]} và ${page}).`);
      else if (!known.pages.includes(page)) known.pages.push(page);
    }
  }
  registries.set(ctx, registry);
  return registry;
}
