/**
 * What each topic page shows, section by section: the page renders these, and
 * the chart registry (registry.ts) lists the charts from them, so a chart added
 * here is on its page and in the downloads at once, with one id.
 */
import type { ChartSpec } from '../charts/index.ts';
import { once } from '../core/typed-table.ts';
import { areasWith, fundingAreas, indicatorAreas, orderedAreas } from './areas.ts';
import { communesOf } from './communes.ts';
import { areaPhrase, type ViewContext } from './context.ts';
import type { FigureProps } from './figure.ts';
import { disbursementFigures, districtRatesChart, fundYearChart, statedRateFigures, fundYearMoneyChart, progressChart, projectCharts, projectFigures, sourceChart, statedTotalFigures, unallocatedChart, unallocatedFigures } from './funding.ts';
import { indicatorFigures, ntp1719Works } from './indicators.ts';
import { ncutFigures, newestSupportFigures, supportChart, supportFigures } from './ncut.ts';
import { newestFirst } from './order.ts';
import { issuerAreas } from './overview.ts';
import { decreaseChart, povertyFigures, povertyMeasures, ratesChart } from './poverty.ts';
import {
  districtChart, districtCompletedChart, loneDistrictFigures, otherWorksChart, otherWorksFigures, plan511FundingChart, plan511MoneyFigures, statusChart, typeChart, worksFigures,
} from './works.ts';

export interface AreaSection {
  areaId: string;
  /** "tỉnh Bắc Giang", as in running text. */
  name: string;
  figures: FigureProps[];
  charts: ChartSpec[];
  /** Where on the area's page its figures are, when not under the topic's own section (a list of its communes). */
  anchor?: string;
}

/**
 * Above this many areas a topic page lists them in one table (each area's first figure and a link to its
 * own page, where its charts are) instead of drawing every area's charts, so the page keeps its size when
 * provinces are added. At or below it, every area's section is drawn in full.
 */
export const FULL_SECTIONS = 6;

/** The sections a topic page draws in full, and those it only lists (see FULL_SECTIONS). */
export function shown<T extends AreaSection>(sections: T[]): { full: T[]; listed: T[] } {
  return sections.length > FULL_SECTIONS ? { full: [], listed: sections } : { full: sections, listed: [] };
}

const present = (xs: (ChartSpec | null)[]): ChartSpec[] => xs.filter((x): x is ChartSpec => x !== null);

/** /giai-ngan/: one section per area that reports funding; a province and a district side by side, never added. */
function fundingSections_(ctx: ViewContext): AreaSection[] {
  return orderedAreas(ctx, [...fundingAreas(ctx), ...indicatorAreas(ctx, 'funding')]).map((a) => ({
    areaId: a,
    name: areaPhrase(ctx, a),
    // The reports' other figures of the topic (indicators.csv) follow its own cards, never lead them.
    figures: [...newestFirst(ctx, [...disbursementFigures(ctx, a), ...statedRateFigures(ctx, a), ...statedTotalFigures(ctx, a), ...projectFigures(ctx, a), ...unallocatedFigures(ctx, a)]), ...newestFirst(ctx, indicatorFigures(ctx, a, 'funding'))],
    charts: present([
      fundYearChart(ctx, a, `ty-le-giai-ngan-${a}`),
      districtRatesChart(ctx, a, `ty-le-giai-ngan-theo-huyen-${a}`),
      fundYearMoneyChart(ctx, a, `von-va-giai-ngan-${a}`),
      sourceChart(ctx, a, `von-giao-theo-nguon-${a}`),
      ...projectCharts(ctx, a, `giai-ngan-theo-du-an-${a}`),
      unallocatedChart(ctx, a, `von-chua-phan-bo-${a}`),
      progressChart(ctx, a, `tien-do-giai-ngan-${a}`),
    ]),
  }));
}

/** /cong-trinh/, plan 511: a province's plan, one section per province with its districts inside. */
function plan511Sections_(ctx: ViewContext): (AreaSection & { benefits: FigureProps[] })[] {
  const { areas, works } = ctx.data.tables;
  const plan511 = works.filter((w) => w.program === 'plan511');
  const byId = new Map(areas.map((a) => [a.id, a]));
  const provinceOf = (areaId: string): string => {
    const area = byId.get(areaId)!;
    return area.level === 'province' || !area.parent_id ? area.id : provinceOf(area.parent_id);
  };
  const batches = (provinceId: string) =>
    [...new Set(plan511.filter((w) => provinceOf(w.area_id) === provinceId).map((w) => w.batch))].sort().reverse();
  return orderedAreas(ctx, plan511.map((w) => provinceOf(w.area_id))).map((p) => ({
    areaId: p,
    name: areaPhrase(ctx, p),
    figures: newestFirst(ctx, [...worksFigures(ctx, p), ...batches(p).flatMap((b) => loneDistrictFigures(ctx, p, b)), ...plan511MoneyFigures(ctx, p)]),
    charts: present([
      statusChart(ctx, p, `tinh-trang-ke-hoach-511-${p}`),
      ...batches(p).flatMap((b) => [districtChart(ctx, p, b, `theo-huyen-${b}-${p}`), districtCompletedChart(ctx, p, b, `hoan-thanh-theo-huyen-${b}-${p}`)]),
      typeChart(ctx, p, `ke-hoach-511-theo-loai-${p}`),
      plan511FundingChart(ctx, p, `von-ke-hoach-511-${p}`),
    ]),
    // The province's own results, then its districts' (walk-through 26: a district's «6 công trình hoàn thành trong năm
    // 2024» was on its area page only); each card names its area.
    // NTP 1719's own works indicators (codes ntp1719_…) are in the NTP 1719 section, not under plan 511 (issue 22).
    benefits: [p, ...childrenOf(ctx, p)].flatMap((a) => indicatorFigures(ctx, a, 'works', (code) => !ntp1719Works(code))),
  }));
}

/** The areas directly under one (a province's districts), in the order of areas.csv. */
const childrenOf = (ctx: ViewContext, parentId: string): string[] => ctx.data.tables.areas.filter((a) => a.parent_id === parentId).map((a) => a.id);

/** /cong-trinh/, NTP 1719's own infrastructure, per area that reports it (results shown here unless plan 511 shows them). */
function otherWorksSections_(ctx: ViewContext): AreaSection[] {
  const inPlan = new Set(plan511Sections(ctx).map((p) => p.areaId));
  // Areas whose results of works the plan's sections show already: the provinces and their districts.
  const resultsInPlan = new Set([...inPlan].flatMap((p) => [p, ...childrenOf(ctx, p)]));
  // A commune has no page or section of its own: its works are in its district's section (or its province's), by
  // name, each as its report prints it; never added to the district's.
  const communes = communesOf(ctx);
  const parentOf = new Map([...communes].flatMap(([parent, list]) => list.map((c) => [c.id, parent] as const)));
  const communeWorks = (a: string) =>
    (communes.get(a) ?? []).flatMap((c) => otherWorksFigures(ctx, c.id, true).map((f) => ({ ...f, label: `Xã ${c.name}: ${f.label.charAt(0).toLocaleLowerCase('vi')}${f.label.slice(1)}` })));
  const areas = orderedAreas(ctx, ctx.data.tables.works.filter((w) => w.program === 'ntp1719').map((w) => parentOf.get(w.area_id) ?? w.area_id));
  return areas.map((a) => {
    const own = [...otherWorksFigures(ctx, a), ...(resultsInPlan.has(a) ? indicatorFigures(ctx, a, 'works', ntp1719Works) : indicatorFigures(ctx, a, 'works'))];
    const charts = present([otherWorksChart(ctx, a, `cong-trinh-1719-${a}`)]);
    return {
      areaId: a,
      name: areaPhrase(ctx, a),
      figures: newestFirst(ctx, [...own, ...communeWorks(a)]),
      charts,
      // Only its communes' works: its page has no works section of its own, they are in its list of communes.
      ...(own.length === 0 && charts.length === 0 && !inPlan.has(a) ? { anchor: 'cac-xa' } : {}),
    };
  });
}

/** /ho-ngheo/: rates per standard and the reported decreases, per area. */
function povertySections_(ctx: ViewContext): AreaSection[] {
  return orderedAreas(ctx, [...areasWith(ctx, 'poverty'), ...indicatorAreas(ctx, 'poverty')]).map((a) => ({
    areaId: a,
    name: areaPhrase(ctx, a),
    figures: [...newestFirst(ctx, povertyFigures(ctx, a)), ...newestFirst(ctx, indicatorFigures(ctx, a, 'poverty'))],
    charts: present([ratesChart(ctx, a, `ty-le-ho-ngheo-${a}`), ...povertyMeasures(ctx, a).map((m) => decreaseChart(ctx, a, m, `muc-giam-${m.replaceAll('_', '-')}-${a}`))]),
  }));
}

/** /nguoi-co-uy-tin/: how many, and the support they received, per area. */
function ncutSections_(ctx: ViewContext): (AreaSection & { support: FigureProps[] })[] {
  return orderedAreas(ctx, [...areasWith(ctx, 'ncut'), ...indicatorAreas(ctx, 'ncut')]).map((a) => ({
    areaId: a,
    name: areaPhrase(ctx, a),
    // How many lead; then the support, newest report first (a month's three visits never above the count).
    figures: [...ncutFigures(ctx, a), ...newestFirst(ctx, newestSupportFigures(ctx, a)), ...newestFirst(ctx, indicatorFigures(ctx, a, 'ncut'))],
    charts: present([supportChart(ctx, a, `ho-tro-nguoi-co-uy-tin-${a}`)]),
    support: supportFigures(ctx, a),
  }));
}

/** The home page's two charts, of the first issuing area, each with where to read more. */
export function overviewCharts(ctx: ViewContext): { spec: ChartSpec; more: string; label: string }[] {
  const [first] = issuerAreas(ctx);
  if (!first) return [];
  const charts: { spec: ChartSpec | null; more: string; label: string }[] = [
    { spec: fundYearChart(ctx, first, 'tong-quan-giai-ngan'), more: '/giai-ngan/', label: 'Giải ngân theo năm vốn, dự án, nguồn vốn' },
    { spec: statusChart(ctx, first, 'tong-quan-cong-trinh'), more: '/cong-trinh/', label: 'Công trình theo huyện, loại, đợt' },
  ];
  return charts.flatMap(({ spec, ...rest }) => (spec ? [{ spec, ...rest }] : []));
}

// Each topic's sections are made once per context: the chart registry reads them, and so does the topic's page
// (whose charts are then the registry's own objects, drawn once: charts/index.ts renderChart).
export const fundingSections = once(fundingSections_);
export const plan511Sections = once(plan511Sections_);
export const otherWorksSections = once(otherWorksSections_);
export const povertySections = once(povertySections_);
export const ncutSections = once(ncutSections_);
