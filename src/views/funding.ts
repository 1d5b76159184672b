/**
 * Giải ngân, as charts and headline figures: built from the funding metrics,
 * per area (a province and a district are never added together).
 */
import type { BarsSpec, ChartNote, Meaning, SeriesSpec } from '../charts/index.ts';
import { figureDatePhrase, formatChange, formatDate, formatNumber, formatValue, listPhrase } from '../core/format.ts';
import { once, rowsOf } from '../core/typed-table.ts';
import { headlinesOf, type Headline } from '../metrics/overview.ts';
import { assignedBreakdown, disbursement, disbursementProgress, fundFigures, projectFunding, unallocated, type Disbursement, type ProjectFunding as ProjectRow } from '../metrics/funding.ts';
import { notesCorrection } from '../data/corrections.ts';
import { period } from '../data/period.ts';
import { compareDates } from '../data/time.ts';
import { decimalsOf } from '../data/precision.ts';
import { combineQualifiers, QUALIFIERS, qualified, sumQualifier, type Qualifier } from '../data/qualifier.ts';
import { isRunningTotal } from '../data/reconcile/observation-history.ts';
import { areaName, areaPhrase, capitalShort, chartDates, datesNote, chartLeader, leadersDate, rowDatePhrase, sideBySide, discrepancyNotes, effectiveDateOf, figureSource, fundYearLabel, latestDate, overlapItems, projectName, qualifierOf, qualifierProp, rowContains, rowOf, rowsOverlap, totalQualifierProp, sourceLabel, sourcesOf, sumCheck, ofArea, type ViewContext } from './context.ts';
import { computedShareText, type FigureProps } from './figure.ts';


/** The rate people read: the one the report printed, else the one computed from its amounts. */
const shownRate = (d: Disbursement) => d.stated_rate ?? Math.round(d.rate * 10) / 10;

/** The rate's qualifier: the printed rate's own, or a computed rate's from its amounts (disbursed over base). */
export function rateQualifier(ctx: ViewContext, d: Pick<Disbursement, 'stated_rate' | 'stated_rate_id' | 'disbursed_id' | 'base_id'>): Qualifier | null {
  if (d.stated_rate !== null) return qualifierOf(ctx, d.stated_rate_id);
  return combineQualifiers([qualifierOf(ctx, d.disbursed_id)], [qualifierOf(ctx, d.base_id)]);
}

/**
 * "40,7%", "hơn 40,7%", "18,74%": the rate people read, with its qualifier; a printed rate keeps the decimals it
 * was printed with, a computed one has one decimal.
 */
const rateText = (ctx: ViewContext, d: Disbursement) =>
  d.stated_rate !== null
    ? qualified(`${formatNumber(d.stated_rate, Math.max(1, decimalsOf(d.stated_rate)))}%`, rateQualifier(ctx, d))
    : computedShareText(shownRate(d), rateQualifier(ctx, d), [{ value: d.disbursed, q: qualifierOf(ctx, d.disbursed_id) }, { value: d.base, q: qualifierOf(ctx, d.base_id) }]);

/** "Năm 2023", "Năm 2023 – vốn ĐTPT", "Giai đoạn 2022–2023 (trung ương và đối ứng tỉnh)". */
function fundName(d: Pick<Disbursement, 'fund_year' | 'capital_type' | 'budget_source'>): string {
  let name = fundYearLabel(d.fund_year);
  if (d.capital_type !== 'all') name += ` – ${capitalShort(d.capital_type)}`;
  if (d.budget_source !== 'all') name += ` (${sourceLabel(d.budget_source).toLocaleLowerCase('vi')})`;
  return name;
}

/** Programme-wide disbursement (no project) of NTP 1719 in one area. */
function programmeDisbursement(ctx: ViewContext, areaId: string): Disbursement[] {
  return ofArea(rowsOf(disbursement(ctx.inputs)), areaId).filter((d) => d.program === 'ntp1719' && d.project_id === null);
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * The budgets a fund year's programme total may be given for, broadest first: all sources, else central and
 * provincial together (walk-throughs 19 and 24). Headlines, the lead fund and the stated totals read this one list.
 */
export const BROAD_SOURCES: readonly string[] = ['all', 'central_provincial'];

/** A disbursement row as the additivity rules read it (its fund's key fields). */
const fundKey = (d: Pick<Disbursement, 'area_id' | 'program' | 'fund_year' | 'budget_source' | 'capital_type' | 'project_id'>, measure = 'disbursed') => ({
  area_id: d.area_id, program: d.program, fund_year: d.fund_year, budget_source: d.budget_source, capital_type: d.capital_type,
  project_id: d.project_id, tranche: null, measure, unit: 'mvnd',
});

/**
 * The fund a title names when the funds overlap (a span and its years, a total and its capital types), so
 * none is ranked against its own parts: the whole programme's latest single year, else the latest, else the largest.
 */
function leadFund<D extends Pick<Disbursement, 'fund_year' | 'capital_type' | 'budget_source' | 'base'>>(rows: readonly D[]): D {
  const rank = (d: D) => {
    const p = period(d.fund_year);
    // The whole programme: all sources, or central and provincial together where that is the year's total (walk-through 24).
    return [d.capital_type === 'all' && BROAD_SOURCES.includes(d.budget_source) ? 1 : 0, p.form === 'year' ? 1 : 0, p.to, d.base];
  };
  return rows.toSorted((a, b) => {
    const ra = rank(a), rb = rank(b);
    const i = ra.findIndex((x, k) => x !== rb[k]);
    return i < 0 ? 0 : rb[i]! - ra[i]!;
  })[0]!;
}

/** Funds counted to different dates: each date with its funds (context.ts datesNote). */
const fundDatesNote = (ctx: ViewContext, rows: readonly Disbursement[]) => datesNote(ctx, 'Các khoản vốn', rows.map((r) => ({ ...disbursedRow(r), name: lowerFirst(fundName(r)) })));

/** The row a disbursement's date is read from (its amount disbursed), for the date line of a chart. */
const disbursedRow = (r: Disbursement) => ({ id: r.disbursed_id, report_id: r.report_id, date: r.as_of });
/** A fund's base (allocated or assigned), dated as its own row: often undated, so at its report's date. */
const baseRow = (ctx: ViewContext, r: Disbursement) => {
  const row = rowOf(ctx, 'funding', r.base_id);
  return { id: r.base_id, report_id: row?.report_id ?? r.report_id, date: effectiveDateOf(ctx, 'funding', r.base_id) ?? r.as_of };
};

const OVERLAP_NOTE = { text: 'Các khoản vốn ở đây chồng lấn nhau (một giai đoạn gồm các năm của nó, một tổng gồm các phần): chúng không được cộng lại và không so sánh như các khoản ngang hàng.' };

/**
 * A rate printed beside amounts a later report has corrected (its base or the money disbursed) is not the rate of
 * the amounts shown: the card works it out, and says what the old report printed (walk-through 18: 4,4% of a
 * mistyped 46.929 beside the corrected 16.567).
 */
function leftRateNotes(ctx: ViewContext, d: Pick<Disbursement, 'stated_rate' | 'left_rate_id' | 'base_id' | 'report_id' | 'base_measure'>): { text: string }[] {
  if (d.stated_rate !== null || d.left_rate_id === null) return [];
  const row = ctx.data.tables.funding.find((r) => r.id === d.left_rate_id);
  const report = row && ctx.data.tables.reports.find((r) => r.id === row.report_id);
  if (!row || !report) return [];
  const printed = qualified(`${formatNumber(row.value, Math.max(1, decimalsOf(row.value)))}%`, qualifierOf(ctx, row.id));
  // The base from another report than the money disbursed (the card's source): that report named too.
  const baseReport = rowOf(ctx, 'funding', d.base_id)?.report_id;
  const baseDate = baseReport && baseReport !== d.report_id ? ctx.data.tables.reports.find((r) => r.id === baseReport)?.date : undefined;
  const from = baseDate ? ` (vốn ${d.base_measure === 'allocated' ? 'đã phân bổ' : 'giao'} theo báo cáo ${formatDate(baseDate)})` : '';
  return [{ text: `Báo cáo ${formatDate(report.date)} in tỷ lệ ${printed}, tính với số tiền khi chưa được đính chính; tỷ lệ ở đây trang tính lại từ các số đang dùng${from}.` }];
}

/** Headline figures: money disbursed per fund year, out of its base, with the change since the previous report. */
export function disbursementFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const previous = headlinesOf(ctx.inputs, 'disbursement');
  return programmeDisbursement(ctx, areaId).map((d) => {
    const h = previous.get(d.disbursed_id);
    const change = h ? changeText(ctx, { value: d.disbursed, id: d.disbursed_id }, h, 'mvnd') : {};
    const source = figureSource(ctx, areaId, { id: d.disbursed_id, report_id: d.report_id }, d.as_of, [d.base_id, ...comparedRows(ctx, d.disbursed_id, h)]);
    const notes = [...leftRateNotes(ctx, d), ...(source.notes ?? [])];
    return {
      ...source,
      ...(notes.length > 0 ? { notes } : {}),
      label: `Đã giải ngân, ${lowerFirst(fundName(d))}`,
      value: d.disbursed,
      unit: 'mvnd' as const,
      total: d.base,
      // The rate leads: as printed when the report prints one (18,74%), else worked out.
      share: { text: rateText(ctx, d), value: shownRate(d), of: `vốn ${d.base_measure === 'allocated' ? 'đã phân bổ' : 'giao'}`, ...(d.stated_rate === null ? { computed: true } : {}) },
      ...totalQualifierProp(qualifierOf(ctx, d.base_id)),
      ...change,
    };
  });
}

/**
 * Rates a report prints without the amount disbursed («vốn đầu tư phát triển đạt 41,2%», «Dự án 5 đạt khoảng 60%»):
 * figures as printed, said to have no amount, so a leader sees them where the other rates are (walk-throughs 16
 * and 17). A rate beside its amounts is part of its disbursement card instead (disbursementFigures,
 * projectFigures), and a project's printed 0% is its «Đã giải ngân» bar of 0 where its year is a chart.
 */
export function statedRateFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const key = (f: Pick<Disbursement, 'fund_year' | 'budget_source' | 'capital_type' | 'project_id'>) => `${f.fund_year}|${f.budget_source}|${f.capital_type}|${f.project_id ?? ''}`;
  const withAmounts = new Set(ofArea(rowsOf(disbursement(ctx.inputs)), areaId).filter((d) => d.program === 'ntp1719').map(key));
  const charted = new Set(projectYears(ctx, areaId).filter((rows) => rows.length > 1).flat().map(key));
  return ofArea(rowsOf(fundFigures(ctx.inputs)), areaId)
    .filter((f) => f.program === 'ntp1719' && f.measure === 'disbursement_rate' && !withAmounts.has(key(f)) && !(f.value === 0 && charted.has(key(f))))
    .map((f) => {
      const source = figureSource(ctx, areaId, f, f.effective_date);
      return {
        ...source,
        label: `Tỷ lệ giải ngân, ${f.project_id === null ? lowerFirst(fundName(f)) : `${projectLabel(ctx, { ...f, project_id: f.project_id })}, ${fundYearLabel(f.fund_year).toLocaleLowerCase('vi')}`}`,
        value: f.value,
        unit: 'percent' as const,
        notes: [{ text: 'Báo cáo nêu tỷ lệ này, không nêu số tiền đã giải ngân.' }, ...(source.notes ?? [])],
      };
    });
}

/**
 * The totals a report states for the whole programme (assigned funds of a fund year, all capital types, all
 * sources or the central + provincial subtotal): shown as figures, so no page needs to add rows to give a total.
 * Their parts by capital type are figures too where no chart of sources and capital types draws them and no
 * disbursement card of that capital type gives them (walk-through 20's «vốn đầu tư 41.200, vốn sự nghiệp 23.180»
 * was on the report's page only).
 */
export function statedTotalFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const parts = sourceChart(ctx, areaId) === null;
  // A capital type with its own disbursement card has its funds there (Bạch Thông's «5.013,06/26.744» ĐTPT).
  const cards = programmeDisbursement(ctx, areaId);
  const carded = new Set(cards.map((d) => `${d.fund_year}|${d.capital_type}`));
  // A total that is a disbursement card's base is on that card already («398.115/612.450»), never a card again
  // (walk-through 29: «Tổng vốn giao 612,5 tỷ đồng» beside it took a place on the printed sheet).
  const bases = new Set(cards.map((d) => d.base_id));
  return ofArea(rowsOf(fundFigures(ctx.inputs)), areaId)
    .filter((f) => f.program === 'ntp1719' && f.project_id === null && f.measure === 'assigned' && BROAD_SOURCES.includes(f.budget_source) && !bases.has(f.id))
    .filter((f) => f.capital_type === 'all' || (parts && !carded.has(`${f.fund_year}|${f.capital_type}`)))
    .map((f) => ({
      ...figureSource(ctx, areaId, f, f.effective_date),
      label: `${f.capital_type === 'all' ? 'Tổng vốn giao' : 'Vốn giao'}, ${lowerFirst(fundName(f))} (báo cáo nêu)`,
      value: f.value,
      unit: 'mvnd' as const,
    }));
}

/** Funds not yet allocated when the report names one amount only: a figure, not a one-bar chart. */
export function unallocatedFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const rows = ofArea(rowsOf(unallocated(ctx.inputs)), areaId);
  if (rows.length !== 1) return [];
  return rows.map((r) => ({
    ...figureSource(ctx, areaId, r, r.effective_date),
    label: `Vốn chưa phân bổ, ${lowerFirst(r.project_id ? projectName(ctx, r.project_id) : fundName(r))}`,
    value: r.value,
    unit: 'mvnd' as const,
  }));
}

/** Disbursement rate per fund year (and capital type where the report splits it), one area. */
export function fundYearChart(ctx: ViewContext, areaId: string, id = 'ty-le-giai-ngan'): BarsSpec | null {
  const rows = programmeDisbursement(ctx, areaId);
  // One fund year is one bar beside nothing: its card (disbursementFigures) gives it, rate included.
  if (rows.length < 2) return null;
  const overlapping = rowsOverlap(ctx, 'funding', rows.map((r) => fundKey(r)));
  // The lead fund, the latest year's own (leadFund), names the title: funds carried over from an earlier year
  // are nearly spent by then, and «cao nhất» of them would headline a small leftover over the year's money
  // (walk-through 20: 89,3% of 5,6 tỷ carried over above 34% of the year's 64,4 tỷ). The bars compare the rest.
  const top = leadFund(rows);
  // A rate the report does not print says so in the title too: the title goes alone to briefs, embeds and share cards.
  const own = top.stated_rate === null ? ' (trang tự tính)' : '';
  // Of which money, as its card says: a rate of what was allocated is not one of what was assigned (40,7% of the
  // 418.318 allocated in 2023 would be 34,4% of the 495.128 assigned).
  const title = `${fundName(top)}: đã giải ngân ${rateText(ctx, top)} vốn ${top.base_measure === 'allocated' ? 'đã phân bổ' : 'giao'}${own}`;
  return {
    kind: 'bars',
    id,
    title,
    subtitle: `Tỷ lệ giải ngân (%) so với vốn đã phân bổ hoặc vốn giao, Chương trình MTQG 1719, ${areaPhrase(ctx, areaId)}, theo năm vốn`,
    unit: 'percent',
    ...chartDates(ctx, rows.map(disbursedRow)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      ...(overlapping ? [OVERLAP_NOTE] : []),
      ...fundDatesNote(ctx, rows),
      // A rate the report does not print is the page's own (disbursed over its base): said, bar by bar.
      ...(rows.some((r) => r.stated_rate === null)
        ? [{ text: `Tỷ lệ do trang tự tính từ số đã giải ngân và vốn (báo cáo không in tỷ lệ): ${listPhrase(rows.filter((r) => r.stated_rate === null).map((r) => lowerFirst(fundName(r))))}.`, onPaper: true }]
        : []),
      ...discrepancyNotes(ctx, rows.flatMap((r) => [r.disbursed_id, r.base_id, r.stated_rate_id ?? ''])),
      ...ratesNotDrawn(ctx, areaId, rows),
    ],
    rows: rows.map((r) => ({
      category: fundName(r),
      value: shownRate(r),
      rowIds: r.stated_rate !== null && r.stated_rate_id ? [r.stated_rate_id] : [r.disbursed_id, r.base_id],
      ...qualifierProp(rateQualifier(ctx, r)),
    })),
    order: overlapping ? 'given' : 'value',
    meanings: { '': 'disbursed' },
    categoryLabel: 'Khoản vốn',
    overlapping,
  };
}

/**
 * The programme's printed rates a rate chart cannot draw, having no amounts beside them (statedRateFigures gives them as
 * cards): named under the chart, on paper too, so a leader does not read the chart's older years as the district's
 * rates (walk-through 36: Bạch Thông's 68,5% of 2024 was above a chart of 2023's 18,74% and 4,4% only).
 */
function ratesNotDrawn(ctx: ViewContext, areaId: string, drawn: readonly Disbursement[]): ChartNote[] {
  const key = (f: Pick<Disbursement, 'fund_year' | 'budget_source' | 'capital_type'>) => `${f.fund_year}|${f.budget_source}|${f.capital_type}`;
  const keys = new Set(drawn.map(key));
  const lone = ofArea(rowsOf(fundFigures(ctx.inputs)), areaId).filter(
    (f) => f.program === 'ntp1719' && f.project_id === null && f.measure === 'disbursement_rate' && !keys.has(key(f)),
  );
  if (lone.length === 0) return [];
  const said = lone.map((f) => `${lowerFirst(fundName(f))} ${qualified(`${formatNumber(f.value, Math.max(1, decimalsOf(f.value)))}%`, qualifierOf(ctx, f.id))} (${rowDatePhrase(ctx, { id: f.id, report_id: f.report_id, date: f.effective_date })})`);
  return [{ text: `Không có cột trong biểu đồ (báo cáo in tỷ lệ, không in số tiền; xem thẻ số): ${said.join('; ')}.`, rowIds: lone.map((f) => f.id), onPaper: true }];
}

/** Money: the base and what was disbursed, per fund year, one area. */
export function fundYearMoneyChart(ctx: ViewContext, areaId: string, id = 'von-va-giai-ngan'): BarsSpec | null {
  const rows = programmeDisbursement(ctx, areaId);
  // One fund year's two amounts are its card's «170.353/418.318 triệu đồng»: no chart of them alone.
  if (rows.length < 2) return null;
  const overlapping = rowsOverlap(ctx, 'funding', rows.map((r) => fundKey(r)));
  // The year's own funds lead, as in the rate chart (leadFund), never a larger span or carry-over by size alone.
  const largest = leadFund(rows);
  const spent = `đã giải ngân ${qualified(formatNumber(largest.disbursed, 0), qualifierOf(ctx, largest.disbursed_id))} trên ${qualified(formatNumber(largest.base, 0), qualifierOf(ctx, largest.base_id))} triệu đồng`;
  return {
    kind: 'bars',
    id,
    title: `${fundName(largest)}: ${spent}`,
    subtitle: `Vốn (đã phân bổ, hoặc vốn giao khi báo cáo không nêu phân bổ) và vốn đã giải ngân, triệu đồng, ${areaPhrase(ctx, areaId)}`,
    unit: 'mvnd',
    // The bases are bars too, of their own dates: an undated carry-over's 130.595 is the report's, not «đến» 15/11.
    ...chartDates(ctx, rows.flatMap((r) => [disbursedRow(r), baseRow(ctx, r)])),
    // A base may be of another report (a later one correcting it): named among the sources too.
    sources: sourcesOf(ctx, rows.flatMap((r) => [r.report_id, baseRow(ctx, r).report_id])),
    notes: [...(overlapping ? [OVERLAP_NOTE] : []), ...fundDatesNote(ctx, rows), ...discrepancyNotes(ctx, rows.flatMap((r) => [r.disbursed_id, r.base_id]))],
    rows: rows.flatMap((r) => [
      { category: fundName(r), group: 'Vốn', value: r.base, rowIds: [r.base_id], ...qualifierProp(qualifierOf(ctx, r.base_id)) },
      { category: fundName(r), group: 'Đã giải ngân', value: r.disbursed, rowIds: [r.disbursed_id], ...qualifierProp(qualifierOf(ctx, r.disbursed_id)) },
    ]),
    groups: ['Vốn', 'Đã giải ngân'],
    meanings: { 'Vốn': 'assigned', 'Đã giải ngân': 'disbursed' },
    order: 'given',
    categoryLabel: 'Khoản vốn',
    // The base mixes allocated and assigned funds: even disjoint funds' bases are not one measure to add.
    additive: false,
    overlapping,
  };
}

/**
 * Assigned funds by budget source, split by capital type where the report does, one area. A fund year whose
 * report names no source but splits the total by capital type («ĐTPT 386.150, SN 126.150») is drawn as «Tổng
 * các nguồn» split so; never beside sources of the same year, which it holds.
 */
export function sourceChart(ctx: ViewContext, areaId: string, id = 'von-giao-theo-nguon'): BarsSpec | null {
  // Asked twice per area (statedTotalFigures asks whether there is one, the page draws it): made once.
  const made = sourceSpecs(ctx);
  if (!made.has(areaId)) made.set(areaId, sourceSpec(ctx, areaId));
  const spec = made.get(areaId)!;
  return spec && { ...spec, id };
}

const sourceSpecs = once((_ctx: ViewContext) => new Map<string, BarsSpec | null>());

function sourceSpec(ctx: ViewContext, areaId: string): BarsSpec | null {
  const id = 'von-giao-theo-nguon';
  const bySourceRows = ofArea(rowsOf(assignedBreakdown(ctx.inputs)), areaId);
  const bySource = new Set(bySourceRows.map((r) => r.fund_year));
  // The report's totals of all sources, where it names no source for that fund year.
  const allSources = ofArea(rowsOf(fundFigures(ctx.inputs)), areaId).filter(
    (r) => r.measure === 'assigned' && r.project_id === null && r.program === 'ntp1719' && r.budget_source === 'all' && !bySource.has(r.fund_year),
  );
  // Only a split into two parts or more that add up to the year's total (or with no total printed): one part alone
  // is not a comparison, and parts that miss are the reconciliation's.
  const splitOnly = new Set(
    [...new Set(allSources.map((r) => r.fund_year))].filter((year) => {
      const parts = allSources.filter((r) => r.fund_year === year && r.capital_type !== 'all');
      const total = allSources.find((r) => r.fund_year === year && r.capital_type === 'all');
      const sum = parts.reduce((n, r) => n + r.value, 0);
      return parts.length >= 2 && (!total || Math.abs(sum - total.value) <= 0.005 * total.value);
    }),
  );
  const rows = [...bySourceRows, ...allSources.filter((r) => splitOnly.has(r.fund_year))];
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
  // A stack is its parts' sum (its length, «theo tổng mỗi cột»): parts with no printed total are stacked only when
  // they are of one day, else drawn side by side.
  const stackable = [...partsOk].every((k) => rows.some((r) => key(r) === k && r.capital_type === 'all') || sumCheck(ctx, 'funding', rows.filter((r) => key(r) === k && r.capital_type !== 'all')).ok);
  if (shown.length === 0) return null;
  const category = (r: (typeof rows)[number]) => `${fundYearLabel(r.fund_year)} – ${sourceLabel(r.budget_source)}`;
  // One bar, even split in two, is no comparison: its parts are figures on the page.
  if (new Set(shown.map(category)).size < 2) return null;
  const groups = [...new Set(shown.map((r) => capitalShort(r.capital_type)))];
  const overlapping = rowsOverlap(ctx, 'funding', [...new Map(shown.map((r) => [category(r), { ...r, capital_type: 'all' }])).values()]);
  // "Most of the funds" of one fund year (the lead one when years overlap), from a sum the rules allow.
  const lead = leadFund(shown.map((r) => ({ ...r, base: r.value })));
  const ofLead = overlapping ? shown.filter((r) => r.fund_year === lead.fund_year) : shown;
  const sumOf = (rs: typeof shown) => rs.reduce((s, r) => s + r.value, 0);
  // Which source gave most: among the sources a report names («tổng các nguồn» is not one).
  const named = ofLead.filter((r) => r.budget_source !== 'all');
  const sources = [...new Set(named.map((r) => r.budget_source))];
  const top = named.length > 0 && sumCheck(ctx, 'funding', named).ok ? sources.map((b) => ({ b, v: sumOf(named.filter((r) => r.budget_source === b)) })).toSorted((a, b) => b.v - a.v)[0]! : null;
  const scope = overlapping ? `${fundYearLabel(lead.fund_year)}: ` : '';
  const title = !top
    ? named.length === 0
      ? `${scope}${scope ? 'v' : 'V'}ốn giao theo loại vốn`
      : 'Vốn giao theo nguồn ngân sách và loại vốn'
    : sources.length === 1 && named.length < ofLead.length
      ? 'Vốn giao theo nguồn ngân sách và loại vốn'
      : sources.length === 1
      ? `${scope}${scope ? 'v' : 'V'}ốn giao từ ${sourceLabel(top.b).toLocaleLowerCase('vi')}, theo loại vốn`
      : `${scope}${top.v > sumOf(named) / 2 ? (scope ? 'phần lớn' : 'Phần lớn') : scope ? 'nhiều nhất là' : 'Nhiều nhất là'} vốn giao đến từ ${sourceLabel(top.b).toLocaleLowerCase('vi')}`;
  return {
    kind: 'bars',
    id,
    title,
    subtitle: `Vốn giao theo nguồn ngân sách và loại vốn, triệu đồng, Chương trình MTQG 1719, ${areaPhrase(ctx, areaId)}`,
    unit: 'mvnd',
    ...chartDates(ctx, shown.map((r) => ({ id: r.id, report_id: r.report_id, date: r.effective_date }))),
    sources: sourcesOf(ctx, shown.map((r) => r.report_id)),
    notes: [...(overlapping ? [OVERLAP_NOTE] : []), ...discrepancyNotes(ctx, shown.map((r) => r.id))],
    rows: shown.map((r) => ({ category: category(r), group: capitalShort(r.capital_type), value: r.value, rowIds: [r.id], ...qualifierProp(qualifierOf(ctx, r.id)) })),
    groups,
    meanings: Object.fromEntries(shown.map((r) => [capitalShort(r.capital_type), CAPITAL_MEANING[r.capital_type] ?? 'capital_all'])),
    layout: stackable ? 'stacked' : 'grouped',
    order: 'given',
    categoryLabel: 'Khoản vốn (năm – nguồn)',
    overlapping,
  };
}

const CAPITAL_MEANING: Record<string, Meaning> = { all: 'capital_all', dtpt: 'capital_dtpt', sn: 'capital_sn', credit: 'capital_credit' };

/**
 * An area's project funds, one list per fund year (a carry-over is its own), the earliest first: a project's 2023
 * and 2024 funds are never bars of one chart under one name.
 */
function projectYears(ctx: ViewContext, areaId: string): ProjectRow[][] {
  const rows = ofArea(rowsOf(projectFunding(ctx.inputs)), areaId);
  const years = [...new Set(rows.map((r) => r.fund_year))].sort(comparePeriods);
  return years.map((y) => rows.filter((r) => r.fund_year === y));
}

/** Periods in time order: by their first year, then their last, then their text (2023 before 2023-carryover). */
function comparePeriods(a: string, b: string): number {
  const pa = period(a), pb = period(b);
  return pa.from - pb.from || pa.to - pb.to || (a < b ? -1 : a > b ? 1 : 0);
}

const projectLabel = (ctx: ViewContext, r: Pick<ProjectRow, 'project_id' | 'capital_type' | 'budget_source'>) =>
  `${projectName(ctx, r.project_id)}${r.capital_type !== 'all' ? ` (${capitalShort(r.capital_type)})` : ''}${r.budget_source !== 'all' ? `, ${sourceLabel(r.budget_source).toLocaleLowerCase('vi')}` : ''}`;

/**
 * Per project or sub-project, one chart per fund year that has two or more (the earliest keeps `id`, a later year
 * adds its own to it, so an embed never changes year); a fund year with one project is a figure (projectFigures).
 */
export function projectCharts(ctx: ViewContext, areaId: string, id = 'giai-ngan-theo-du-an'): BarsSpec[] {
  const years = projectYears(ctx, areaId).filter((rows) => rows.length > 1);
  return years.map((rows, i) => projectChart(ctx, areaId, rows, i === 0 ? id : `${id}-${rows[0]!.fund_year}`, years.length > 1));
}

/**
 * One project of a fund year: its disbursement as a card (like the programme's), or its assigned funds where the
 * report prints no amount disbursed: one bar is no comparison.
 */
export function projectFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const paid = new Map(ofArea(rowsOf(disbursement(ctx.inputs)), areaId).filter((d) => d.project_id !== null).map((d) => [d.base_id, d]));
  return projectYears(ctx, areaId)
    .filter((rows) => rows.length === 1)
    .map(([r]) => {
      const d = paid.get(r!.assigned_id);
      const what = `${projectLabel(ctx, r!)}, ${fundYearLabel(r!.fund_year).toLocaleLowerCase('vi')}`;
      if (d) {
        const source = figureSource(ctx, areaId, { id: d.disbursed_id, report_id: d.report_id }, d.as_of, [d.base_id]);
        const notes = [...leftRateNotes(ctx, d), ...(source.notes ?? [])];
        return {
          ...source,
          ...(notes.length > 0 ? { notes } : {}),
          label: `Đã giải ngân, ${what}`,
          value: d.disbursed,
          unit: 'mvnd' as const,
          total: d.base,
          share: { text: rateText(ctx, d), value: shownRate(d), of: `vốn ${d.base_measure === 'allocated' ? 'đã phân bổ' : 'giao'}`, ...(d.stated_rate === null ? { computed: true } : {}) },
          ...totalQualifierProp(qualifierOf(ctx, d.base_id)),
        };
      }
      return {
        ...figureSource(ctx, areaId, { id: r!.assigned_id, report_id: r!.report_id }, r!.as_of),
        label: `${r!.base_measure === 'assigned' ? 'Vốn giao' : 'Vốn đã phân bổ'}, ${what}`,
        value: r!.assigned,
        unit: 'mvnd' as const,
      };
    });
}

/** Per project or sub-project of one fund year: assigned and disbursed (disbursed only where printed, or 0 where the report prints 0%). */
function projectChart(ctx: ViewContext, areaId: string, rows: ProjectRow[], id: string, namesYear: boolean): BarsSpec {
  const name = (r: ProjectRow) => projectLabel(ctx, r);
  const disbursedOf = (r: (typeof rows)[number]) => r.disbursed ?? (r.stated_rate === 0 ? 0 : null);
  const keyOf = (r: (typeof rows)[number], measure: string) => fundKey({ ...r, program: 'ntp1719' }, measure);
  // A project given only its allocated funds: its bar says so, and it is never added to assigned funds (sumCheck: another measure).
  const baseGroup = (r: (typeof rows)[number]) => (r.base_measure === 'assigned' ? 'Vốn giao' : 'Vốn đã phân bổ');
  const allocatedOnly = rows.some((r) => r.base_measure === 'allocated');
  // A project printed as a total and again by capital type (Dự án 10 – TDA 2: 85, then 1.098 and 117) overlaps itself.
  const overlapping = rowsOverlap(ctx, 'funding', rows.map((r) => keyOf(r, r.base_measure)));
  const additive =
    !overlapping &&
    sumCheck(ctx, 'funding', rows.map((r) => ({ ...keyOf(r, r.base_measure), as_of: r.as_of }))).ok &&
    sumCheck(ctx, 'funding', rows.filter((r) => disbursedOf(r) !== null).map((r) => ({ ...keyOf(r, 'disbursed'), as_of: effectiveDateOf(ctx, 'funding', (r.disbursed_id ?? r.stated_rate_id)!), report_id: r.report_id }))).ok;
  const withDisbursed = rows.filter((r) => disbursedOf(r) !== null);
  const best = withDisbursed.toSorted((a, b) => disbursedOf(b)! - disbursedOf(a)!)[0];
  // The sums of money counted: a project printed as a total and again by capital type (or with its sub-projects)
  // is one, never three. It is undisbursed when its whole (the row containing the others) is printed 0, or every row is.
  const items = overlapItems(ctx, 'funding', rows.map((r) => keyOf(r, 'assigned'))).map((g) => g.map((i) => rows[i]!));
  const undisbursed = (item: typeof rows) => {
    const whole = item.find((w) => item.every((r) => rowContains(ctx, 'funding', keyOf(w, 'assigned'), keyOf(r, 'assigned'))));
    return whole ? disbursedOf(whole) === 0 : item.every((r) => disbursedOf(r) === 0);
  };
  const zero = items.filter(undisbursed).length;
  // No disbursement printed for any project: «0 trong 2 khoản chưa giải ngân» would read as all of it spent
  // (walk-through 15); the title says what the bars are, the largest named only where they are peers of one measure.
  const largest = rows.toSorted((a, b) => b.assigned - a.assigned)[0]!;
  const said =
    withDisbursed.length === 0
      ? !overlapping && !allocatedOnly
        ? `${name(largest)} được giao nhiều vốn nhất; báo cáo không nêu số giải ngân`
        : 'Vốn theo dự án, tiểu dự án; báo cáo không nêu số giải ngân'
      : best && !overlapping
        ? // «0 trong 2 khoản chưa giải ngân» reads as a finding where there is none (walk-through 23).
          `${name(best)} giải ngân nhiều nhất${zero > 0 ? `; ${zero} trong ${items.length} khoản chưa giải ngân` : ''}`
        : `${zero} trong ${items.length} khoản vốn ${allocatedOnly ? '' : 'giao '}theo dự án chưa giải ngân`;
  // Two charts of one area, a year apart, never have the same title.
  const title = namesYear ? `${fundYearLabel(rows[0]!.fund_year)}: ${said}` : said;
  return {
    kind: 'bars',
    id,
    title,
    subtitle: `Vốn giao${allocatedOnly ? ' (hoặc vốn đã phân bổ, khi báo cáo chỉ nêu số đó)' : ''} và vốn đã giải ngân theo dự án, tiểu dự án, triệu đồng, ${areaPhrase(ctx, areaId)}, ${fundYearLabel(rows[0]!.fund_year).toLocaleLowerCase('vi')}`,
    unit: 'mvnd',
    // Dated by what was disbursed where the report gives it (to 30/11/2024) and by the amounts given, each bar its own:
    // an undated amount is its report's, said apart (chartDates), never «Số liệu đến» its report's day (walk-through 30:
    // «Số liệu đến ngày 12/12/2024» above amounts to 30/11/2024).
    ...chartDates(ctx, rows.flatMap((r) => [...(r.disbursed_id ? [{ id: r.disbursed_id, report_id: rowOf(ctx, 'funding', r.disbursed_id)?.report_id ?? r.report_id, date: effectiveDateOf(ctx, 'funding', r.disbursed_id) ?? r.as_of }] : []), { id: r.assigned_id, report_id: r.report_id, date: r.as_of }])),
    // Each bar's own report: a disbursement may come from a later report than its project's assigned money.
    sources: sourcesOf(ctx, rows.flatMap((r) => [r.report_id, ...(r.disbursed_id ? [rowOf(ctx, 'funding', r.disbursed_id)?.report_id ?? r.report_id] : [])])),
    notes: [
      // Only where a bar has no «Đã giải ngân» beside it (walk-through 30: said of two projects that had both).
      ...(withDisbursed.length < rows.length ? [{ text: 'Khoản không có cột “Đã giải ngân”: báo cáo không nêu số giải ngân.' }] : []),
      ...(overlapping ? [{ text: 'Có dự án được báo cáo in cả tổng lẫn từng loại vốn (hoặc cả dự án lẫn tiểu dự án): các dòng chồng lấn nên trang không cộng, không xếp hạng chúng và giữ thứ tự của báo cáo; chúng được đếm là một khoản. Tổng vốn giao do báo cáo nêu ở phần số liệu chính.' }] : []),
      ...discrepancyNotes(ctx, rows.flatMap((r) => [r.assigned_id, r.disbursed_id ?? '', r.stated_rate_id ?? ''])),
    ],
    rows: rows.flatMap((r) => {
      const d = disbursedOf(r);
      const dIds = r.disbursed_id ? [r.disbursed_id] : r.stated_rate_id ? [r.stated_rate_id] : [];
      return [
        { category: name(r), group: baseGroup(r), value: r.assigned, rowIds: [r.assigned_id], ...qualifierProp(qualifierOf(ctx, r.assigned_id)) },
        ...(d === null ? [] : [{ category: name(r), group: 'Đã giải ngân', value: d, rowIds: dIds, ...qualifierProp(r.disbursed !== null ? qualifierOf(ctx, r.disbursed_id) : qualifierOf(ctx, r.stated_rate_id)) }]),
      ];
    }),
    // No «Đã giải ngân» in the legend where no bar is one.
    groups: ['Vốn giao', 'Vốn đã phân bổ'].filter((g) => rows.some((r) => baseGroup(r) === g)).concat(withDisbursed.length > 0 ? ['Đã giải ngân'] : []),
    meanings: { 'Vốn giao': 'assigned', 'Vốn đã phân bổ': 'allocated', 'Đã giải ngân': 'disbursed' },
    order: overlapping ? 'given' : 'value',
    categoryLabel: 'Dự án, tiểu dự án',
    additive,
    overlapping,
  };
}

/** Funds not yet allocated, by project where the report says so. */
export function unallocatedChart(ctx: ViewContext, areaId: string, id = 'von-chua-phan-bo'): BarsSpec | null {
  const rows = ofArea(rowsOf(unallocated(ctx.inputs)), areaId);
  // One amount is a figure (unallocatedFigures), not a chart.
  if (rows.length < 2) return null;
  const name = (r: (typeof rows)[number]) => (r.project_id ? projectName(ctx, r.project_id) : `${fundYearLabel(r.fund_year)} – ${capitalShort(r.capital_type)}`);
  // A total only when the rows may be added, said to be the page's sum of what the report lists.
  const addable = sumCheck(ctx, 'funding', rows).ok;
  // A project and its own sub-project: neither added nor ranked, shown in the report's order.
  const overlapping = rowsOverlap(ctx, 'funding', rows);
  const total = rows.reduce((s, r) => s + r.value, 0);
  const largest = rows.toSorted((a, b) => b.value - a.value)[0]!;
  const notes = discrepancyNotes(ctx, rows.map((r) => r.id));
  // An amount a note questions (a misprint) is neither added into a headline nor headlined as the largest
  // (a fact-checker's finding: «Cộng 5 khoản: 15.981,2 triệu đồng», 7.383,915 of it misprinted).
  const disputed = notes.some((n) => n.discrepancy && !n.section && rows.some((r) => n.rowIds?.includes(r.id)));
  return {
    kind: 'bars',
    id,
    title: disputed
      ? `${rows.length} khoản vốn chưa phân bổ; có số cần lưu ý (xem ghi chú)`
      : addable
        ? `Cộng ${rows.length} khoản (trang tự tính): ${qualified(formatNumber(total, 1), sumQualifier(rows.map((r) => qualifierOf(ctx, r.id))))} triệu đồng chưa phân bổ`
        : `${name(largest)}: ${qualified(formatNumber(largest.value, 1), qualifierOf(ctx, largest.id))} triệu đồng vốn chưa được phân bổ`,
    subtitle: `Vốn chưa phân bổ theo báo cáo, triệu đồng, ${areaPhrase(ctx, areaId)}`,
    unit: 'mvnd',
    ...chartDates(ctx, rows.map((r) => ({ id: r.id, report_id: r.report_id, date: r.effective_date }))),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes,
    rows: rows.map((r) => ({ category: name(r), value: r.value, rowIds: [r.id], ...qualifierProp(qualifierOf(ctx, r.id)) })),
    order: overlapping ? 'given' : 'value',
    categoryLabel: 'Khoản vốn',
    overlapping,
  };
}

/**
 * A province's districts' disbursement rates side by side, for the newest fund year two districts or more give
 * (walk-through 29: «Ba Bể đạt 71,2%; Bạch Thông 68,5%; Chợ Đồn 59,8%» were three one-card sections). Each district's
 * programme rate of the whole year: printed (with its words, «trên 45%»), else worked out from its amounts. Rates are
 * compared, never added; districts of different dates are said so.
 */
export function districtRatesChart(ctx: ViewContext, provinceId: string, id = 'ty-le-giai-ngan-theo-huyen'): BarsSpec | null {
  const districts = ctx.data.tables.areas.filter((a) => a.parent_id === provinceId && a.level === 'district').map((a) => a.id);
  if (districts.length < 2) return null;
  const ofDistrict = new Set(districts);
  const whole = (f: { program: string; project_id: string | null; capital_type: string; budget_source: string }) =>
    f.program === 'ntp1719' && f.project_id === null && f.capital_type === 'all' && BROAD_SOURCES.includes(f.budget_source);
  type Rate = { area_id: string; fund_year: string; value: number; rowIds: string[]; id: string; report_id: string; date: string; computed: boolean; qualifier: Qualifier | null };
  const rates: Rate[] = [
    ...rowsOf(disbursement(ctx.inputs))
      .filter((d) => ofDistrict.has(d.area_id) && whole(d))
      .map((d) => ({
        area_id: d.area_id, fund_year: d.fund_year, value: shownRate(d), rowIds: d.stated_rate !== null && d.stated_rate_id ? [d.stated_rate_id] : [d.disbursed_id, d.base_id],
        id: d.disbursed_id, report_id: d.report_id, date: d.as_of, computed: d.stated_rate === null, qualifier: rateQualifier(ctx, d),
      })),
    ...rowsOf(fundFigures(ctx.inputs))
      .filter((f) => ofDistrict.has(f.area_id) && whole(f) && f.measure === 'disbursement_rate')
      .map((f) => ({ area_id: f.area_id, fund_year: f.fund_year, value: f.value, rowIds: [f.id], id: f.id, report_id: f.report_id, date: f.effective_date, computed: false, qualifier: qualifierOf(ctx, f.id) })),
  ];
  // One rate per district and fund year: the one with its amounts first, the broadest budget (the lists above).
  const byYear = Map.groupBy(rates, (r) => r.fund_year);
  const years = [...byYear.keys()].filter((y) => period(y).form === 'year').toSorted((a, b) => period(b).to - period(a).to);
  const year = years.find((y) => new Set(byYear.get(y)!.map((r) => r.area_id)).size >= 2);
  if (!year) return null;
  const rows = [...Map.groupBy(byYear.get(year)!, (r) => r.area_id).values()].map((rs) => rs[0]!);
  // Never ranked above districts counted to an earlier day for its later day alone, nor above a tie or a «trên»
  // that may be higher (context.ts chartLeader).
  const ranking = chartLeader(rows, (r) => r.value, (r) => r.qualifier);
  const { leaders, mixed, fair, newest } = ranking;
  const best = leaders[0]!;
  const rateOf = (r: (typeof rows)[number]) => qualified(`${formatNumber(r.value, decimalsOf(r.value))}%`, r.qualifier);
  const when = rowDatePhrase(ctx, best);
  const lead =
    leaders.length > 1
      ? sideBySide(leaders, (r) => areaName(ctx, r.area_id), rateOf, 'giải ngân') + leadersDate(ctx, ranking, (r) => r)
      : `${areaName(ctx, best.area_id)} ${
          !mixed ? `giải ngân cao nhất (${rateOf(best)})`
          : fair ? `giải ngân cao nhất (${rateOf(best)}, ${when})`
          : newest > 1 ? `giải ngân cao nhất trong các huyện có số liệu ${when} (${rateOf(best)})`
          : `giải ngân ${rateOf(best)} (${when}); các huyện khác có số liệu sớm hơn`
        }`;
  const dated = rows.map((r) => ({ id: r.id, report_id: r.report_id, date: r.date, name: areaName(ctx, r.area_id) }));
  const computed = rows.filter((r) => r.computed);
  return {
    kind: 'bars',
    id,
    title: `${fundYearLabel(year)}: ${lead}`,
    subtitle: `Tỷ lệ giải ngân (%) của các huyện báo cáo nêu, Chương trình MTQG 1719, ${fundYearLabel(year).toLocaleLowerCase('vi')}, ${areaPhrase(ctx, provinceId)}`,
    unit: 'percent',
    ...chartDates(ctx, dated),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      ...datesNote(ctx, 'Các huyện', dated),
      ...(computed.length > 0
        ? [{ text: `Tỷ lệ do trang tự tính từ số đã giải ngân và vốn (báo cáo không in tỷ lệ): ${listPhrase(computed.map((r) => areaPhrase(ctx, r.area_id)))}.`, onPaper: true }]
        : []),
      ...discrepancyNotes(ctx, rows.flatMap((r) => r.rowIds)),
    ],
    rows: rows.map((r) => ({ category: areaName(ctx, r.area_id), value: r.value, rowIds: r.rowIds, ...qualifierProp(r.qualifier) })),
    order: 'value',
    meanings: { '': 'disbursed' },
    categoryLabel: 'Huyện',
  };
}

/** The disbursement rate across report dates: one point per report, one series per fund; grows as reports are added. */
export function progressChart(ctx: ViewContext, areaId: string, id = 'tien-do-giai-ngan'): SeriesSpec | null {
  const points = ofArea(rowsOf(disbursementProgress(ctx.inputs)), areaId).filter((p) => p.program === 'ntp1719');
  if (points.length === 0) return null;
  const series = (p: (typeof points)[number]) => fundName(p);
  const counts = new Map<string, number>();
  for (const p of points) counts.set(series(p), (counts.get(series(p)) ?? 0) + 1);
  const most = Math.max(...counts.values());
  // A line needs two dates: until a fund has two reports, its rate is in the fund-year chart and the figures.
  if (most < 2) return null;
  return {
    kind: 'series',
    id,
    title: 'Tỷ lệ giải ngân qua các kỳ báo cáo',
    subtitle: `Tỷ lệ giải ngân (%) theo ngày số liệu, Chương trình MTQG 1719, ${areaPhrase(ctx, areaId)}`,
    unit: 'percent',
    asOf: latestDate(points.map((p) => p.as_of)),
    sources: sourcesOf(ctx, points.map((p) => p.report_id)),
    notes: discrepancyNotes(ctx, points.map((p) => p.id)),
    rows: points.map((p) => ({ date: p.as_of, series: series(p), value: p.value, rowIds: [p.id], ...qualifierProp(qualifierOf(ctx, p.id)) })),
    join: true,
  };
}

/**
 * The figure a change is read from, when it is its own report's figure of an earlier date (most often that report's
 * correction of an older one): its findings (the «đính chính») belong under the card whose change it is.
 */
export function comparedRows(ctx: ViewContext, nowId: string, h: Pick<Headline, 'previous_id' | 'previous_report_id' | 'table'> | undefined): string[] {
  if (!h?.previous_id || rowOf(ctx, h.table, nowId)?.report_id !== h.previous_report_id) return [];
  return [h.previous_id];
}

/**
 * "tăng 12 công trình so với báo cáo 17/11/2023", from a headline's previous figure; "tăng khoảng 20 triệu đồng"
 * when either figure is qualified (from "trên 500" to "520" the change is not known to be 20). A later report that
 * gives the same figure for the same date corrects it: «đính chính số của báo cáo 30/11/2023 …», never a «giảm»
 * a reader would take for a fall.
 */
export function changeText(
  ctx: ViewContext,
  now: { value: number; id: string },
  h: Pick<Headline, 'previous_value' | 'previous_id' | 'previous_report_id' | 'table'>,
  unit: 'mvnd' | 'work' | 'person',
): Pick<FigureProps, 'change' | 'since'> {
  if (h.previous_value === null || h.previous_report_id === null) return {};
  const r = ctx.data.tables.reports.find((x) => x.id === h.previous_report_id);
  const at = effectiveDateOf(ctx, h.table, now.id);
  const before = h.previous_id === null ? null : effectiveDateOf(ctx, h.table, h.previous_id);
  // The same report's figure of an earlier date (often its correction of an older report's): compared with that date.
  const sameReport = rowOf(ctx, h.table, now.id)?.report_id === h.previous_report_id;
  const report = sameReport && before ? `${formatDate(r?.date ?? '')}, số ${figureDatePhrase(before)}` : r ? formatDate(r.date) : h.previous_report_id;
  const correction = at !== null && before !== null && compareDates(at, before) === 0 && now.value !== h.previous_value;
  const since = { reportId: h.previous_report_id, correction };
  if (correction) return { change: `đính chính số của báo cáo ${report} cho cùng thời điểm (báo cáo đó ghi ${formatValue(h.previous_value, unit)})`, since };
  // A running total (disbursed, completed so far) that is smaller later is no fall: the two reports disagree.
  const measure = rowOf(ctx, h.table, now.id)?.measure;
  if (now.value < h.previous_value && isRunningTotal(h.table, measure))
    return { change: `báo cáo ${report} ghi ${formatValue(h.previous_value, unit)}: số cộng dồn không thể giảm, hai báo cáo chưa khớp`, since };
  const q = combineQualifiers([qualifierOf(ctx, now.id)], [qualifierOf(ctx, h.previous_id)]);
  const delta = formatChange(now.value - h.previous_value, unit, q && QUALIFIERS[q].vi);
  // Against the same report's own figure of an earlier date: that figure and date, and whether it is the report's
  // correction of an older report's (walk-through 17: «so với báo cáo 05/07/2024» read as the report against itself).
  if (sameReport && before) {
    const corrects = notesCorrection(rowOf(ctx, h.table, h.previous_id!)?.note);
    return { change: `${delta} so với số ${figureDatePhrase(before)} (${formatValue(h.previous_value, unit)}, ${corrects ? 'báo cáo này đính chính' : 'cùng báo cáo'})`, since };
  }
  return { change: `${delta} so với báo cáo ${report}`, since };
}
