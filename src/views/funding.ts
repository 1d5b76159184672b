/**
 * Giải ngân, as charts and headline figures: built from the funding metrics,
 * per area (a province and a district are never added together).
 */
import type { BarsSpec, SeriesSpec } from '../charts/index.ts';
import { formatChange, formatDate, formatNumber } from '../lib/format.ts';
import { rowsOf } from '../lib/typed-table.ts';
import { headlines } from '../metrics/overview.ts';
import { assignedBreakdown, disbursement, disbursementProgress, projectFunding, unallocated, type Disbursement } from '../metrics/funding.ts';
import { areaName, areaPhrase, capitalShort, discrepancyNotes, figureSource, fundYearLabel, latestDate, projectName, sourceLabel, sourcesOf, type ViewContext } from './context.ts';
import type { FigureProps } from './figure.ts';

const r1 = (x: number) => formatNumber(x, 1);

/** The rate people read: the one the report printed, else the one computed from its amounts. */
const shownRate = (d: Disbursement) => d.stated_rate ?? Math.round(d.rate * 10) / 10;

/** "Năm 2023", "Năm 2023 – vốn ĐTPT", "Giai đoạn 2022–2023 (trung ương và đối ứng tỉnh)". */
function fundName(d: Pick<Disbursement, 'fund_year' | 'capital_type' | 'budget_source'>): string {
  let name = fundYearLabel(d.fund_year);
  if (d.capital_type !== 'all') name += ` – ${capitalShort(d.capital_type)}`;
  if (d.budget_source !== 'all') name += ` (${sourceLabel(d.budget_source).toLocaleLowerCase('vi')})`;
  return name;
}

/** Programme-wide disbursement (no project) of NTP 1719 in one area. */
function programmeDisbursement(ctx: ViewContext, areaId: string): Disbursement[] {
  return rowsOf(disbursement(ctx.inputs)).filter((d) => d.area_id === areaId && d.program === 'ntp1719' && d.project_id === null);
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** Headline figures: money disbursed per fund year, out of its base, with the change since the previous report. */
export function disbursementFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const previous = new Map(rowsOf(headlines(ctx.inputs)).filter((h) => h.kind === 'disbursement').map((h) => [h.id, h]));
  return programmeDisbursement(ctx, areaId).map((d) => {
    const h = previous.get(d.disbursed_id);
    const change = h ? changeText(ctx, d.disbursed, h.previous_value, h.previous_report_id, 'mvnd') : undefined;
    return {
      ...figureSource(ctx, areaId, { id: d.disbursed_id, report_id: d.report_id }, d.as_of, [d.base_id]),
      label: `Đã giải ngân, ${lowerFirst(fundName(d))}: ${r1(shownRate(d))}% vốn ${d.base_measure === 'allocated' ? 'đã phân bổ' : 'giao'}`,
      value: d.disbursed,
      unit: 'mvnd' as const,
      total: d.base,
      ...(change ? { change } : {}),
    };
  });
}

/** Disbursement rate per fund year (and capital type where the report splits it), one area. */
export function fundYearChart(ctx: ViewContext, areaId: string, id = 'ty-le-giai-ngan'): BarsSpec | null {
  const rows = programmeDisbursement(ctx, areaId);
  if (rows.length === 0) return null;
  const sorted = rows.toSorted((a, b) => shownRate(b) - shownRate(a));
  const top = sorted[0]!;
  const bottom = sorted.at(-1)!;
  const title =
    rows.length === 1
      ? `${fundName(top)}: đã giải ngân ${r1(shownRate(top))}% vốn`
      : `${fundName(top)} giải ngân cao nhất (${r1(shownRate(top))}%), thấp nhất là ${lowerFirst(fundName(bottom))} (${r1(shownRate(bottom))}%)`;
  return {
    kind: 'bars',
    id,
    title,
    subtitle: `Tỷ lệ giải ngân (%) so với vốn đã phân bổ hoặc vốn giao, Chương trình MTQG 1719, ${areaPhrase(ctx, areaId)}, theo năm vốn`,
    unit: 'percent',
    asOf: latestDate(rows.map((r) => r.as_of)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: discrepancyNotes(ctx, rows.flatMap((r) => [r.disbursed_id, r.base_id, r.stated_rate_id ?? ''])),
    rows: rows.map((r) => ({ category: fundName(r), value: shownRate(r), rowIds: r.stated_rate !== null && r.stated_rate_id ? [r.stated_rate_id] : [r.disbursed_id, r.base_id] })),
    order: 'value',
    categoryLabel: 'Năm vốn',
  };
}

/** Money: the base and what was disbursed, per fund year, one area. */
export function fundYearMoneyChart(ctx: ViewContext, areaId: string, id = 'von-va-giai-ngan'): BarsSpec | null {
  const rows = programmeDisbursement(ctx, areaId);
  if (rows.length === 0) return null;
  const largest = rows.toSorted((a, b) => b.base - a.base)[0]!;
  return {
    kind: 'bars',
    id,
    title: `${fundName(largest)} là khoản vốn lớn nhất: đã giải ngân ${formatNumber(largest.disbursed, 0)} trên ${formatNumber(largest.base, 0)} triệu đồng`,
    subtitle: `Vốn (đã phân bổ, hoặc vốn giao khi báo cáo không nêu phân bổ) và vốn đã giải ngân, triệu đồng, ${areaPhrase(ctx, areaId)}`,
    unit: 'mvnd',
    asOf: latestDate(rows.map((r) => r.as_of)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: discrepancyNotes(ctx, rows.flatMap((r) => [r.disbursed_id, r.base_id])),
    rows: rows.flatMap((r) => [
      { category: fundName(r), group: 'Vốn', value: r.base, rowIds: [r.base_id] },
      { category: fundName(r), group: 'Đã giải ngân', value: r.disbursed, rowIds: [r.disbursed_id] },
    ]),
    groups: ['Vốn', 'Đã giải ngân'],
    order: 'given',
    categoryLabel: 'Năm vốn',
    additive: false,
  };
}

/** Assigned funds by budget source, split by capital type where the report does, one area. */
export function sourceChart(ctx: ViewContext, areaId: string, id = 'von-giao-theo-nguon'): BarsSpec | null {
  const rows = rowsOf(assignedBreakdown(ctx.inputs)).filter((r) => r.area_id === areaId);
  // Show a source's capital-type parts when they add up to its printed total (or no total is printed); else the total.
  const key = (r: (typeof rows)[number]) => `${r.fund_year}|${r.budget_source}`;
  const partsOk = new Set<string>();
  for (const k of new Set(rows.map(key))) {
    const parts = rows.filter((r) => key(r) === k && r.capital_type !== 'all');
    const total = rows.find((r) => key(r) === k && r.capital_type === 'all');
    const sum = parts.reduce((s, r) => s + r.value, 0);
    if (parts.length > 0 && (!total || Math.abs(sum - total.value) <= 0.005 * total.value)) partsOk.add(k);
  }
  const shown = rows.filter((r) => (partsOk.has(key(r)) ? r.capital_type !== 'all' : r.capital_type === 'all'));
  if (shown.length === 0) return null;
  const category = (r: (typeof rows)[number]) => `${fundYearLabel(r.fund_year)} – ${sourceLabel(r.budget_source)}`;
  const groups = [...new Set(shown.map((r) => capitalShort(r.capital_type)))];
  const bySource = new Map<string, number>();
  for (const r of shown) bySource.set(r.budget_source, (bySource.get(r.budget_source) ?? 0) + r.value);
  const [topSource] = [...bySource].toSorted((a, b) => b[1] - a[1]);
  return {
    kind: 'bars',
    id,
    title: `Phần lớn vốn giao đến từ ${sourceLabel(topSource![0]).toLocaleLowerCase('vi')}`,
    subtitle: `Vốn giao theo nguồn ngân sách và loại vốn, triệu đồng, Chương trình MTQG 1719, ${areaPhrase(ctx, areaId)}`,
    unit: 'mvnd',
    asOf: latestDate(shown.map((r) => r.effective_date)),
    sources: sourcesOf(ctx, shown.map((r) => r.report_id)),
    notes: discrepancyNotes(ctx, shown.map((r) => r.id)),
    rows: shown.map((r) => ({ category: category(r), group: capitalShort(r.capital_type), value: r.value, rowIds: [r.id] })),
    groups,
    layout: 'stacked',
    order: 'given',
    categoryLabel: 'Năm vốn – nguồn',
  };
}

/** Per project or sub-project: assigned and disbursed (disbursed only where printed, or 0 where the report prints 0%). */
export function projectChart(ctx: ViewContext, areaId: string, id = 'giai-ngan-theo-du-an'): BarsSpec | null {
  const rows = rowsOf(projectFunding(ctx.inputs)).filter((r) => r.area_id === areaId);
  if (rows.length === 0) return null;
  const name = (r: (typeof rows)[number]) => `${projectName(ctx, r.project_id)}${r.capital_type !== 'all' ? ` (${capitalShort(r.capital_type)})` : ''}`;
  const disbursedOf = (r: (typeof rows)[number]) => r.disbursed ?? (r.stated_rate === 0 ? 0 : null);
  const withDisbursed = rows.filter((r) => disbursedOf(r) !== null);
  const best = withDisbursed.toSorted((a, b) => disbursedOf(b)! - disbursedOf(a)!)[0];
  const zero = rows.filter((r) => disbursedOf(r) === 0).length;
  return {
    kind: 'bars',
    id,
    title: best
      ? `${name(best)} giải ngân nhiều nhất; ${zero} trong ${rows.length} khoản chưa giải ngân`
      : `Vốn giao theo dự án`,
    subtitle: `Vốn giao và vốn đã giải ngân theo dự án, tiểu dự án, triệu đồng, ${areaPhrase(ctx, areaId)}, ${fundYearLabel(rows[0]!.fund_year).toLocaleLowerCase('vi')}`,
    unit: 'mvnd',
    asOf: latestDate(rows.map((r) => r.as_of)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      { text: 'Khoản không có cột “Đã giải ngân”: báo cáo không nêu số giải ngân.' },
      ...discrepancyNotes(ctx, rows.flatMap((r) => [r.assigned_id, r.disbursed_id ?? '', r.stated_rate_id ?? ''])),
    ],
    rows: rows.flatMap((r) => {
      const d = disbursedOf(r);
      const dIds = r.disbursed_id ? [r.disbursed_id] : r.stated_rate_id ? [r.stated_rate_id] : [];
      return [{ category: name(r), group: 'Vốn giao', value: r.assigned, rowIds: [r.assigned_id] }, ...(d === null ? [] : [{ category: name(r), group: 'Đã giải ngân', value: d, rowIds: dIds }])];
    }),
    groups: ['Vốn giao', 'Đã giải ngân'],
    order: 'value',
    categoryLabel: 'Dự án, tiểu dự án',
  };
}

/** Funds not yet allocated, by project where the report says so. */
export function unallocatedChart(ctx: ViewContext, areaId: string, id = 'von-chua-phan-bo'): BarsSpec | null {
  const rows = rowsOf(unallocated(ctx.inputs)).filter((r) => r.area_id === areaId);
  if (rows.length === 0) return null;
  const name = (r: (typeof rows)[number]) => (r.project_id ? projectName(ctx, r.project_id) : `${fundYearLabel(r.fund_year)} – ${capitalShort(r.capital_type)}`);
  const total = rows.reduce((s, r) => s + r.value, 0);
  return {
    kind: 'bars',
    id,
    title: `${formatNumber(total, 1)} triệu đồng vốn chưa được phân bổ`,
    subtitle: `Vốn chưa phân bổ theo báo cáo, triệu đồng, ${areaPhrase(ctx, areaId)}`,
    unit: 'mvnd',
    asOf: latestDate(rows.map((r) => r.effective_date)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: discrepancyNotes(ctx, rows.map((r) => r.id)),
    rows: rows.map((r) => ({ category: name(r), value: r.value, rowIds: [r.id] })),
    order: 'value',
    categoryLabel: 'Khoản vốn',
  };
}

/** The disbursement rate across report dates: one point per report, one series per fund; grows as reports are added. */
export function progressChart(ctx: ViewContext, areaId: string, id = 'tien-do-giai-ngan'): SeriesSpec | null {
  const points = rowsOf(disbursementProgress(ctx.inputs)).filter((p) => p.area_id === areaId && p.program === 'ntp1719');
  if (points.length === 0) return null;
  const series = (p: (typeof points)[number]) => fundName(p);
  const counts = new Map<string, number>();
  for (const p of points) counts.set(series(p), (counts.get(series(p)) ?? 0) + 1);
  const most = Math.max(...counts.values());
  return {
    kind: 'series',
    id,
    title: most > 1 ? 'Tỷ lệ giải ngân qua các kỳ báo cáo' : `Mỗi năm vốn mới có một kỳ báo cáo tỷ lệ giải ngân; biểu đồ thêm điểm khi có báo cáo mới`,
    subtitle: `Tỷ lệ giải ngân (%) theo ngày số liệu, Chương trình MTQG 1719, ${areaPhrase(ctx, areaId)}`,
    unit: 'percent',
    asOf: latestDate(points.map((p) => p.as_of)),
    sources: sourcesOf(ctx, points.map((p) => p.report_id)),
    notes: discrepancyNotes(ctx, points.map((p) => p.id)),
    rows: points.map((p) => ({ date: p.as_of, series: series(p), value: p.value, rowIds: [p.id] })),
    join: true,
  };
}

/** "+12.000 triệu đồng so với báo cáo 17/11/2023", from a headline's previous figure. */
export function changeText(ctx: ViewContext, value: number, previous: number | null, previousReport: string | null, unit: 'mvnd' | 'work' | 'person'): string | undefined {
  if (previous === null || previousReport === null) return undefined;
  const r = ctx.data.tables.reports.find((x) => x.id === previousReport);
  return `${formatChange(value - previous, unit)} so với báo cáo ${r ? formatDate(r.date) : previousReport}`;
}

export { areaName };
