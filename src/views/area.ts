/**
 * One page per area: every topic's figures and charts for that area, built
 * with the topic views, so a district leader finds "my district" in one place.
 * A new area in areas.csv gets its page with no code change.
 */
import type { ChartSpec } from '../charts/index.ts';
import { once, rowsOf } from '../core/typed-table.ts';
import { datePhrase, formatNumber } from '../core/format.ts';
import { qualified } from '../data/qualifier.ts';
import { compareDates } from '../data/time.ts';
import { fundFigures } from '../metrics/funding.ts';
import { figureSource, periodText, qualifierOf, reportName, ofArea, type ViewContext } from './context.ts';
import type { FigureProps } from './figure.ts';
import { newestFirst } from './order.ts';
import { disbursementFigures, districtRatesChart, fundYearChart, statedRateFigures, fundYearMoneyChart, progressChart, projectCharts, projectFigures, sourceChart, statedTotalFigures, unallocatedChart, unallocatedFigures } from './funding.ts';
import { indicatorFigures } from './indicators.ts';
import { onAreaPage } from './other-indicators.ts';
import { ncutFigures, newestSupportFigures, supportChart, supportFigures } from './ncut.ts';
import { decreaseChart, povertyFigures, povertyMeasures, ratesChart } from './poverty.ts';
import { districtChart, districtCompletedChart, loneDistrictFigures, otherWorksChart, otherWorksFigures, plan511CountFigures, plan511FundingChart, plan511MoneyFigures, statusChart, typeChart, typeFigures, worksFigures } from './works.ts';

export interface TopicBlock {
  id: string;
  title: string;
  /** Where the whole topic is, across areas. */
  href: string;
  figures: FigureProps[];
  charts: ChartSpec[];
}

const present = <T>(xs: (T | null)[]): T[] => xs.filter((x): x is T => x !== null);

/** Plan 511 total investment of a district, as a figure (the province's chart shows all districts). */
function investmentFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  return ofArea(rowsOf(fundFigures(ctx.inputs)), areaId)
    .filter((f) => f.program === 'plan511' && f.measure === 'total_investment')
    .map((f) => {
      const before = adjustedFrom(ctx, f);
      return {
        // An approval is dated by its decision, not by the report that repeats it (README: dates).
        ...figureSource(ctx, areaId, f, f.decision_date ?? f.effective_date),
        dateKind: f.decision_date ? ('decision' as const) : ('report' as const),
        label: `Tổng mức đầu tư công trình ngầm, cầu dân sinh${f.budget_source === 'provincial' ? ', phần ngân sách tỉnh' : ''} (${periodText(f.fund_year).toLocaleLowerCase('vi')})`,
        value: f.value,
        unit: 'mvnd' as const,
        ...(before
          ? {
              change: `điều chỉnh từ ${qualified(formatNumber(before.value), qualifierOf(ctx, before.id))} triệu đồng (${before.decision_date ? `quyết định ${datePhrase(before.decision_date)}` : reportName(ctx, before.report_id)})`,
              since: { reportId: before.report_id, correction: false },
            }
          : {}),
      };
    });
}

/** Every plan 511 total investment by what it is the total of (area, period, budget, capital type), once per context. */
const investmentsByKey = once((ctx: ViewContext) =>
  Map.groupBy(
    ctx.data.tables.funding.filter((f) => f.program === 'plan511' && f.measure === 'total_investment'),
    (f) => [f.area_id, f.fund_year, f.budget_source, f.capital_type, f.project_id ?? ''].join('|'),
  ),
);

/**
 * The total investment a later decision adjusted (14.613 before the 15.120 of 10/05/2024, walk-through 27): the
 * latest earlier one of another value, so the card says «điều chỉnh từ …» instead of the old amount vanishing.
 */
function adjustedFrom(ctx: ViewContext, f: { id: string; area_id: string; fund_year: string; budget_source: string; capital_type: string; project_id: string | null; value: number; decision_date: string | null; effective_date: string }) {
  const when = (r: { decision_date: string | null; as_of: string | null; report_id: string }) => r.decision_date ?? r.as_of ?? '';
  const now = f.decision_date ?? f.effective_date;
  return (investmentsByKey(ctx).get([f.area_id, f.fund_year, f.budget_source, f.capital_type, f.project_id ?? ''].join('|')) ?? [])
    .filter((r) => r.id !== f.id && r.value !== f.value && when(r) !== '' && compareDates(when(r), now) < 0)
    .toSorted((a, b) => compareDates(when(b), when(a)))[0];
}

/** The topics of each area, made once per context. */
const topicsByArea = once((_ctx: ViewContext) => new Map<string, readonly TopicBlock[]>());

/**
 * An area's topics, worked out once: its page, its brief, the programme's brief, its share card and the chart
 * registry all read them (five times the work at national scale). Shared, so read-only.
 */
export function areaTopics(ctx: ViewContext, areaId: string): readonly TopicBlock[] {
  const known = topicsByArea(ctx);
  let topics = known.get(areaId);
  if (!topics) known.set(areaId, (topics = topicBlocks(ctx, areaId)));
  return topics;
}

function topicBlocks(ctx: ViewContext, areaId: string): TopicBlock[] {
  const id = (base: string) => `${base}-${areaId}`;
  const area = ctx.data.tables.areas.find((a) => a.id === areaId)!;
  const isProvince = area.level === 'province';
  const batches = [...new Set(ctx.data.tables.works.filter((w) => w.program === 'plan511').map((w) => w.batch))].sort().reverse();
  const blocks: TopicBlock[] = [
    {
      id: 'giai-ngan',
      title: 'Giải ngân',
      href: '/giai-ngan/',
      figures: [...disbursementFigures(ctx, areaId), ...statedRateFigures(ctx, areaId), ...statedTotalFigures(ctx, areaId), ...projectFigures(ctx, areaId), ...unallocatedFigures(ctx, areaId)],
      charts: present([
        fundYearChart(ctx, areaId, id('ty-le-giai-ngan')),
        isProvince ? districtRatesChart(ctx, areaId, id('ty-le-giai-ngan-theo-huyen')) : null,
        fundYearMoneyChart(ctx, areaId, id('von-va-giai-ngan')),
        sourceChart(ctx, areaId, id('von-giao-theo-nguon')),
        ...projectCharts(ctx, areaId, id('giai-ngan-theo-du-an')),
        unallocatedChart(ctx, areaId, id('von-chua-phan-bo')),
        progressChart(ctx, areaId, id('tien-do-giai-ngan')),
      ]),
    },
    {
      id: 'cong-trinh',
      title: 'Công trình ngầm, cầu dân sinh và hạ tầng',
      href: '/cong-trinh/',
      figures: [...worksFigures(ctx, areaId), ...plan511CountFigures(ctx, areaId), ...(isProvince ? batches.flatMap((b) => loneDistrictFigures(ctx, areaId, b)) : []), ...plan511MoneyFigures(ctx, areaId), ...investmentFigures(ctx, areaId), ...typeFigures(ctx, areaId), ...otherWorksFigures(ctx, areaId), ...indicatorFigures(ctx, areaId, 'works')],
      charts: present([
        statusChart(ctx, areaId, id('tinh-trang-ke-hoach-511')),
        ...(isProvince ? batches.flatMap((b) => [districtChart(ctx, areaId, b, id(`theo-huyen-${b}`)), districtCompletedChart(ctx, areaId, b, id(`hoan-thanh-theo-huyen-${b}`))]) : []),
        typeChart(ctx, areaId, id('ke-hoach-511-theo-loai')),
        isProvince ? plan511FundingChart(ctx, areaId, id('von-ke-hoach-511')) : null,
        otherWorksChart(ctx, areaId, id('cong-trinh-1719')),
      ]),
    },
    {
      id: 'ho-ngheo',
      title: 'Hộ nghèo',
      href: '/ho-ngheo/',
      // The rate and its printed fall (poverty.ts), then a district's near-poor rate and households leaving poverty
      // (other-indicators.ts onAreaPage).
      figures: [
        ...povertyFigures(ctx, areaId),
        ...(onAreaPage(area.level).has('poverty') ? indicatorFigures(ctx, areaId, 'poverty') : []),
      ],
      charts: present([ratesChart(ctx, areaId, id('ty-le-ho-ngheo')), ...povertyMeasures(ctx, areaId).map((m) => decreaseChart(ctx, areaId, m, id(`muc-giam-${m.replaceAll('_', '-')}`)))]),
    },
    {
      id: 'nguoi-co-uy-tin',
      title: 'Người có uy tín',
      href: '/nguoi-co-uy-tin/',
      // How many lead; then the support, newest report first.
      figures: [...ncutFigures(ctx, areaId), ...newestFirst(ctx, [...newestSupportFigures(ctx, areaId), ...supportFigures(ctx, areaId)])],
      charts: present([supportChart(ctx, areaId, id('ho-tro-nguoi-co-uy-tin'))]),
    },
  ];
  // Each block's cards newest report first (order.ts). The reports' other figures of funding, poverty and
  // prestigious persons are on the area's page of indicators (other-indicators.ts), linked from this page.
  return blocks.filter((b) => b.figures.length > 0 || b.charts.length > 0).map((b) => ({ ...b, figures: b.id === 'nguoi-co-uy-tin' ? b.figures : newestFirst(ctx, b.figures) }));
}
