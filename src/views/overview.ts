/**
 * Tổng quan: per issuing area (the province or district a report is about),
 * the few figures that answer "how much was spent, how many works are done,
 * how fast poverty fell, how many prestigious persons" — picked from the
 * topic views, so each carries its date, area and source row.
 */
import { formatDate } from '../core/format.ts';
import { dateSortKey, listPhrase } from '../core/format.ts';
import { rowsOf } from '../core/typed-table.ts';
import { period } from '../data/period.ts';
import { disbursement } from '../metrics/funding.ts';
import { areaPhrase, latestDate, rowOf, ofArea, type ViewContext } from './context.ts';
import { orderedAreas } from './areas.ts';
import type { FigureProps } from './figure.ts';
import { newestFirst } from './order.ts';
import { BROAD_SOURCES, disbursementFigures, statedRateFigures } from './funding.ts';
import { ncutFigures } from './ncut.ts';
import { povertyFigures } from './poverty.ts';
import { otherWorksFigures, worksFigures } from './works.ts';

export interface AreaHeadlines {
  areaId: string;
  name: string;
  figures: FigureProps[];
}

/** The areas the reports are about (their issuers' areas), provinces first. */
export function issuerAreas(ctx: ViewContext): string[] {
  return orderedAreas(ctx, ctx.data.tables.reports.map((r) => r.issuer_area_id));
}

/**
 * The few headline figures of one area: the programme's money disbursed (the whole budget
 * where the report gives it, else its split by capital type), the largest plan 511 works
 * figure, the latest poverty decrease, the number of prestigious persons.
 */
export function areaHeadlines(ctx: ViewContext, areaId: string): FigureProps[] {
  // Money, per fund year: the programme total of the broadest budget the report gives (all sources, else central
  // and provincial together: walk-through 19's «tổng vốn trung ương và đối ứng ngân sách tỉnh» is the year's
  // figure), else its split by capital type.
  const funds = ofArea(rowsOf(disbursement(ctx.inputs)), areaId).filter((d) => d.program === 'ntp1719' && d.project_id === null);
  const broadest = (ds: typeof funds) => BROAD_SOURCES.map((b) => ds.filter((d) => d.budget_source === b)).find((m) => m.length > 0) ?? [];
  const keep = new Set(
    [...Map.groupBy(funds, (d) => d.fund_year).values()].flatMap((ds) => {
      const whole = broadest(ds.filter((d) => d.capital_type === 'all'));
      return (whole.length > 0 ? whole : broadest(ds)).map((d) => d.disbursed_id);
    }),
  );
  // A year's own funds before funds carried over into it or a span of years; the latest year first.
  const fundYearOf = new Map(funds.map((d) => [d.disbursed_id, d.fund_year]));
  const rank = (f: FigureProps) => {
    const p = period(fundYearOf.get(f.rowId ?? '') ?? '');
    return (p.form === 'year' ? 0 : 10_000) - p.to;
  };
  // A programme rate printed without its amounts (a province's report giving its district «đạt 68,5%»): a
  // candidate too, so a newer report's rate is never left out for an older report's amounts (walk-through 28).
  const fundRow = (id: string | undefined) => (id ? (rowOf(ctx, 'funding', id) as { project_id?: string | null; capital_type?: string; budget_source?: string; fund_year?: string } | undefined) : undefined);
  const rates = statedRateFigures(ctx, areaId).filter((f) => {
    const r = fundRow(f.rowId);
    return r !== undefined && !r.project_id && r.capital_type === 'all' && BROAD_SOURCES.includes(r.budget_source ?? '');
  });
  for (const f of rates) fundYearOf.set(f.rowId!, fundRow(f.rowId)!.fund_year ?? '');
  const kept = [...disbursementFigures(ctx, areaId).filter((f) => f.rowId !== undefined && keep.has(f.rowId)), ...rates].toSorted((a, b) => rank(a) - rank(b));
  // The newest report's money only: an older report's fund years stay on the page, not in the headline (walk-through
  // 16: a sheet of 2024 gave two of its six places to 2023's rates).
  const dateOf = new Map(ctx.data.tables.reports.map((r) => [r.id, r.date]));
  const reportDate = (f: FigureProps) => dateOf.get(f.reportId ?? '') ?? '';
  const newest = latestDate(kept.map(reportDate));
  const money = kept.filter((f) => reportDate(f) === newest);
  // Works: the largest plan only (a batch is part of it); without plan 511, the programme's own works completed out
  // of a plan («61/86», walk-through 29: the report's works were on no headline).
  const largest = (fs: FigureProps[]) => fs.toSorted((a, b) => (b.total ?? 0) - (a.total ?? 0)).slice(0, 1);
  const plan = largest(worksFigures(ctx, areaId));
  const works = plan.length > 0 ? plan : largest(otherWorksFigures(ctx, areaId).filter((f) => f.total !== undefined && f.share !== undefined));
  // Newest report first (order.ts): a newer report's money and works lead the older periods' figures.
  return newestFirst(ctx, [...money, ...works, ...povertyFigures(ctx, areaId), ...ncutFigures(ctx, areaId)]);
}

export function overviewHeadlines(ctx: ViewContext): AreaHeadlines[] {
  return issuerAreas(ctx).map((areaId) => ({ areaId, name: areaPhrase(ctx, areaId), figures: areaHeadlines(ctx, areaId) }));
}

/** What the data covers, in one sentence, from the data. */
export function coverage(ctx: ViewContext): string {
  const { reports, areas } = ctx.data.tables;
  const names = issuerAreas(ctx).map((id) => {
    const a = areas.find((x) => x.id === id)!;
    const parent = a.parent_id ? areas.find((x) => x.id === a.parent_id) : null;
    return `${areaPhrase(ctx, id)}${parent ? ` (tỉnh ${parent.name})` : ''}`;
  });
  const years = reports.map((r) => r.date.slice(0, 4)).toSorted();
  const span = years[0] === years.at(-1) ? `năm ${years[0]}` : `các năm ${years[0]}–${years.at(-1)}`;
  const latest = reports.toSorted((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)))[0]!;
  return `Số liệu hiện có về ${listPhrase(names)}, từ ${reports.length} báo cáo ${span} (mới nhất: ${formatDate(latest.date)}).`;
}
