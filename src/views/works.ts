/** Công trình, as charts and headline figures: plan 511 spillways and bridges, and NTP 1719 works. */
import type { BarsSpec, ChartNote, CompletionRow, CompletionSpec } from '../charts/index.ts';
import { datePhrase, dateSortKey, formatNumber, listPhrase } from '../core/format.ts';
import { once, rowsOf } from '../core/typed-table.ts';
import { disbursement, fundFigures } from '../metrics/funding.ts';
import { headlinesOf } from '../metrics/overview.ts';
import { completion, otherWorks, plannedByType, workCounts, type Completion, type WorkCount } from '../metrics/works.ts';
import { combineQualifiers, qualified, sumQualifier, type Qualifier } from '../data/qualifier.ts';
import { compareDates } from '../data/time.ts';
import { areaName, areaPhrase, chartDates, datesNote, chartLeader, leadersDate, reportName, sideBySide, rowDatePhrase, undatedByReport, type DatedRow, capitalShort, discrepancyNotes, figureSource, latestDate, periodText, planListName, qualifierOf, qualifierProp, rowsOverlap, totalQualifierProp, sourceLink, sourcesOf, sumCheck, type ViewContext, workMeasureLabel, workTypeLabel, ofArea } from './context.ts';
import { computedShareText, type FigureProps } from './figure.ts';
import { changeText, comparedRows, rateQualifier } from './funding.ts';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** "Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung)", "Đợt năm 2023". */
export function planName(c: Pick<Completion, 'batch' | 'plan_version'>): string {
  const period = periodText(c.batch);
  const name = /^Năm/.test(period) ? `Đợt ${period.toLocaleLowerCase('vi')}` : `Kế hoạch ${period.replace(/^Giai đoạn /, '')}`;
  return c.plan_version === 'current' ? name : `${name} (${planListName(c.plan_version)})`;
}

/**
 * One plan 511 count of an area, batch, list and measure: the report's own all-types row (`types` empty) or, where a
 * report prints only counts per type (a new district: "ngầm hoàn thành 2, cầu đang thi công 1"), one type's row, or
 * the page's sum of the types where the additivity rules allow it (`summed`: work types are nested under `all` and
 * distinct from each other, src/data/additivity.ts).
 */
export interface Plan511Count {
  area_id: string;
  batch: string;
  plan_version: string;
  measure: string;
  value: number;
  /** The rows the count is read (one) or added (several) from. */
  ids: string[];
  /** The work types it counts; empty for the report's all-types figure. */
  types: string[];
  /** Each type's count, as printed, in the order of `types`. */
  typeCounts: number[];
  summed: boolean;
  as_of: string;
  report_id: string;
}

/** A plan's completion in one area, with what it counts: all types (as printed), one type, or the page's sum of types. */
type Plan511Completion = Completion & { types: string[]; summed: boolean; planned_ids: string[]; completed_ids: string[]; under_construction_ids: string[]; started_ids: string[] };

/** The qualifier of a count read from one row or added from several (sumQualifier: a «khoảng» type makes the sum «khoảng»). */
const countQualifier = (ctx: ViewContext, ids: readonly string[]): Qualifier | null => sumQualifier(ids.map((id) => qualifierOf(ctx, id)));

const scopeKey = (types: readonly string[]) => types.join('+');

/** Every current plan 511 count, all-types rows first where printed, else per type or summed over the types. */
const plan511Counts = once((ctx: ViewContext): Plan511Count[] => {
  const out: Plan511Count[] = [];
  const rows = rowsOf(workCounts(ctx.inputs)).filter((w) => w.program === 'plan511' && w.capital_type === 'all');
  const byGroup = new Map<string, typeof rows>();
  for (const w of rows) {
    const k = [w.area_id, w.batch, w.plan_version, w.measure].join('|');
    const g = byGroup.get(k);
    if (g) g.push(w);
    else byGroup.set(k, [w]);
  }
  const one = (w: (typeof rows)[number], types: string[]): Plan511Count => ({
    area_id: w.area_id, batch: w.batch, plan_version: w.plan_version, measure: w.measure, value: w.count, ids: [w.id], types, typeCounts: types.length ? [w.count] : [], summed: false, as_of: w.effective_date, report_id: w.report_id,
  });
  for (const g of byGroup.values()) {
    const all = g.find((w) => w.work_type === 'all');
    if (all) out.push(one(all, []));
    // Per-type counts of the all-types figure's date or before are its parts; newer ones (a later report that
    // prints only per type, walk-through 12) are figures of their own, never dropped.
    const types = all ? g.filter((w) => w.work_type !== 'all' && compareDates(w.effective_date, all.effective_date) > 0) : g;
    // Summed only when the counts are of one day (sumCheck): June's bridges and November's spillways are no count.
    if (types.length > 1 && sumCheck(ctx, 'works', types).ok) {
      const sorted = types.toSorted((a, b) => a.work_type.localeCompare(b.work_type));
      out.push({
        ...one(sorted[0]!, sorted.map((w) => w.work_type)),
        value: sorted.reduce((s, w) => s + w.count, 0),
        ids: sorted.map((w) => w.id),
        typeCounts: sorted.map((w) => w.count),
        summed: true,
      });
    } else for (const w of types) out.push(one(w, [w.work_type]));
  }
  return out;
});

/**
 * What a count counts, in words: '' for all types as printed, "ngầm dân sinh", "cộng các loại (cầu dân sinh 1,
 * ngầm dân sinh 3), trang tự tính": a sum names each type's count as printed.
 */
export function scopeText(c: Pick<Plan511Count, 'types' | 'summed'> & { typeCounts?: readonly number[] }): string {
  if (c.types.length === 0) return '';
  const names = c.types.map((t) => workTypeLabel(t).toLocaleLowerCase('vi'));
  if (!c.summed) return names.join(', ');
  return `cộng các loại (${names.map((n, i) => (c.typeCounts?.[i] === undefined ? n : `${n} ${formatNumber(c.typeCounts[i]!)}`)).join(', ')}), trang tự tính`;
}

/**
 * Plan 511 completion per area, plan and list: the report's all-types figures where it prints them; otherwise,
 * where it prints planned and completed per type, those of one type or their sum (the same types in both).
 */
const plan511 = once((ctx: ViewContext): Plan511Completion[] => {
  const printed = rowsOf(completion(ctx.inputs))
    .filter((c) => c.program === 'plan511' && c.work_type === 'all')
    .map((c) => ({
      ...c, types: [], summed: false, planned_ids: [c.planned_id], completed_ids: [c.completed_id],
      under_construction_ids: c.under_construction_id ? [c.under_construction_id] : [], started_ids: c.started_id ? [c.started_id] : [],
    }));
  const covered = new Set(printed.map((c) => [c.area_id, c.batch, c.plan_version].join('|')));
  const counts = plan511Counts(ctx).filter((c) => c.types.length > 0 && !covered.has([c.area_id, c.batch, c.plan_version].join('|')));
  const find = (c: Plan511Count, measure: string) =>
    counts.find((x) => x.measure === measure && x.area_id === c.area_id && x.batch === c.batch && x.plan_version === c.plan_version && scopeKey(x.types) === scopeKey(c.types)) ?? null;
  const derived: Plan511Completion[] = counts.filter((c) => c.measure === 'planned').flatMap((p) => {
    const done = find(p, 'completed');
    if (!done) return [];
    // Statuses only from the report of the completed count (as metrics/works.ts completion).
    const sameReport = (x: Plan511Count | null) => (x && x.report_id === done.report_id ? x : null);
    const uc = sameReport(find(p, 'under_construction'));
    const st = sameReport(find(p, 'started'));
    return [{
      area_id: p.area_id, program: 'plan511', batch: p.batch, plan_version: p.plan_version, work_type: p.types.length === 1 ? p.types[0]! : 'all',
      planned: p.value, planned_id: p.ids[0]!, completed: done.value, completed_id: done.ids[0]!,
      under_construction: uc?.value ?? null, under_construction_id: uc?.ids[0] ?? null,
      started: st?.value ?? null, started_id: st?.ids[0] ?? null,
      not_started: st ? p.value - st.value : null, not_completed: p.value - done.value,
      as_of: done.as_of, report_id: done.report_id,
      types: p.types, summed: p.summed || done.summed, planned_ids: p.ids, completed_ids: done.ids,
      under_construction_ids: uc?.ids ?? [], started_ids: st?.ids ?? [],
    }];
  });
  const out = [...printed, ...derived];
  return out;
});

/** A district as a chart category, with what its bar counts when it is not the report's all-types figure. */
const districtCategory = (ctx: ViewContext, c: Pick<Plan511Count, 'area_id' | 'types' | 'summed'>) =>
  c.types.length === 0 ? areaName(ctx, c.area_id) : `${areaName(ctx, c.area_id)} (${c.summed ? 'cộng các loại' : `chỉ ${scopeText(c)}`})`;

/** The note saying which bars are the page's own sums of the types a report prints, or one type only. */
function scopeNotes(ctx: ViewContext, rows: readonly Pick<Plan511Count, 'area_id' | 'types' | 'summed'>[]): { text: string }[] {
  return rows
    .filter((r) => r.types.length > 0)
    .map((r) => ({
      text: r.summed
        ? `${areaName(ctx, r.area_id)}: báo cáo chỉ nêu số theo loại công trình; số trên biểu đồ là ${scopeText(r)}.`
        : `${areaName(ctx, r.area_id)}: báo cáo chỉ nêu số công trình ${scopeText(r)}, không nêu tổng các loại.`,
    }));
}

const districtsOf = (ctx: ViewContext, provinceId: string) => ctx.data.tables.areas.filter((a) => a.parent_id === provinceId);

/**
 * A note naming the districts of a province that report plan 511 figures elsewhere but have none in this
 * chart, so a reader does not take the chart for every district (or its bars for the province's whole).
 * The chart's reports list districts (its bars); they are said to leave one out only when it had plan 511
 * figures by then (in one of them or an earlier report). A district whose figures begin with a later report
 * (Tân Yên, first in the report of 15/07/2025) was no omission of the older reports: the note says when its
 * figures begin instead.
 */
function missingDistricts(ctx: ViewContext, provinceId: string, shown: Iterable<string>, chartReports: Iterable<string>, what: string): { text: string }[] {
  const inChart = new Set(shown);
  const dates = new Map(ctx.data.tables.reports.map((r) => [r.id, r.date]));
  const key = (reportId: string) => dateSortKey(dates.get(reportId) ?? '');
  const chartLatest = [...chartReports].map(key).toSorted().at(-1) ?? '';
  // Each district's first report with a plan 511 figure.
  const first = new Map<string, string>();
  for (const r of [...ctx.data.tables.works, ...ctx.data.tables.funding]) {
    if (r.program !== 'plan511') continue;
    const had = first.get(r.area_id);
    if (had === undefined || key(r.report_id) < key(had)) first.set(r.area_id, r.report_id);
  }
  const missing = districtsOf(ctx, provinceId).filter((d) => first.has(d.id) && !inChart.has(d.id));
  const omitted = missing.filter((d) => key(first.get(d.id)!) <= chartLatest);
  const later = missing.filter((d) => key(first.get(d.id)!) > chartLatest);
  // Each named with its level: a province's commune (no districts since 7/2025) is not called a district.
  const levels = new Set(missing.map((d) => d.level));
  const huyen = (areas: typeof missing) =>
    levels.size === 1 && levels.has('district') ? `${areas.length === 1 ? 'huyện' : 'các huyện'} ${areas.map((d) => d.name).join(', ')}` : areas.map((d) => areaPhrase(ctx, d.id)).join(', ');
  const these = (n: number) => (levels.size === 1 && levels.has('district') ? (n === 1 ? 'huyện này' : 'các huyện này') : n === 1 ? 'địa bàn này' : 'các địa bàn này');
  return [
    ...(omitted.length === 0 ? [] : [{ text: `Báo cáo không nêu ${what} của ${huyen(omitted)}: biểu đồ không có ${these(omitted.length)}.` }]),
    ...[...new Set(later.map((d) => first.get(d.id)!))].map((reportId) => {
      const names = later.filter((d) => first.get(d.id) === reportId);
      return { text: `Số liệu Kế hoạch 511 của ${huyen(names)} bắt đầu từ báo cáo ${datePhrase(dates.get(reportId) ?? reportId)}, sau các báo cáo của biểu đồ này.` };
    }),
  ];
}

/** "Công trình ngầm, cầu dân sinh hoàn thành: Kế hoạch 2022–2024", naming one type or the page's sum of types. */
function completedLabel(c: Pick<Plan511Count, 'types' | 'summed' | 'batch' | 'plan_version'>): string {
  if (c.types.length === 0) return `Công trình ngầm, cầu dân sinh hoàn thành: ${planName(c)}`;
  if (c.summed) return `Công trình ngầm, cầu dân sinh hoàn thành: ${planName(c)}; ${scopeText(c)}`;
  return `Công trình ${scopeText(c)} hoàn thành: ${planName(c)}`;
}

/** Headline: works completed of planned, per plan or batch, in one area. */
export function worksFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const prev = headlinesOf(ctx.inputs, 'works');
  return plan511(ctx)
    .filter((c) => c.area_id === areaId)
    .map((c) => {
      const h = c.types.length === 0 ? prev.get(c.completed_id) : undefined;
      const change = h ? changeText(ctx, { value: c.completed, id: c.completed_id }, h, 'work') : {};
      const source = figureSource(ctx, areaId, { id: c.completed_id, report_id: c.report_id }, c.as_of, [...c.completed_ids.slice(1), ...c.planned_ids, ...comparedRows(ctx, c.completed_id, h)]);
      const pointers = [newerOfProvince(ctx, c), newerOfDistricts(ctx, c)].filter((n) => n !== null);
      return {
        ...source,
        ...(pointers.length > 0 ? { notes: [...pointers, ...(source.notes ?? [])] } : {}),
        // A sum of types is the page's own figure: its anchor is not the first row's, its words those of all its rows.
        ...(c.summed ? { id: `${source.id}-cong-loai`, ...qualifierProp(countQualifier(ctx, c.completed_ids)) } : {}),
        label: completedLabel(c),
        value: c.completed,
        unit: 'work' as const,
        total: c.planned,
        ...totalQualifierProp(countQualifier(ctx, c.planned_ids)),
        // The share of the plan completed, worked out from the two counts ("khoảng" when either is).
        ...(c.planned > 0 ? { share: completionShare(ctx, c) } : {}),
        ...change,
      };
    });
}

/** The share of a plan completed, worked out from its two counts («khoảng» when either is): on cards and chart titles alike. */
function completionShare(ctx: ViewContext, c: Plan511Completion): NonNullable<FigureProps['share']> {
  const done = { value: c.completed, q: countQualifier(ctx, c.completed_ids) };
  const plan = { value: c.planned, q: countQualifier(ctx, c.planned_ids) };
  const value = (100 * c.completed) / c.planned;
  return { text: computedShareText(value, combineQualifiers([done.q], [plan.q]), [done, plan]), value, computed: true };
}

/** A plan's newest completion in an area after a date, of all its types (as printed, or the page's sum of types). */
function newerCompletion(ctx: ViewContext, areaId: string, batch: string, after: string): Plan511Completion | undefined {
  return plan511(ctx)
    .filter((p) => p.area_id === areaId && p.batch === batch && (p.types.length === 0 || p.summed) && compareDates(p.as_of, after) > 0)
    .toSorted((a, b) => compareDates(b.as_of, a.as_of))[0];
}

/**
 * «hoàn thành 34/37 công trình, đến ngày 30/11/2024 (UBND huyện Sơn Động, báo cáo ngày 20/12/2024)»; a count with no
 * date of its own is «theo UBND huyện Sơn Động, báo cáo ngày 20/12/2024», its report's day said once.
 */
function completionSaid(ctx: ViewContext, p: Plan511Completion, plan = false): string {
  const q = (ids: readonly string[]) => countQualifier(ctx, ids);
  const done = `hoàn thành ${qualified(formatNumber(p.completed), q(p.completed_ids))}/${qualified(formatNumber(p.planned), q(p.planned_ids))} công trình${plan ? ` (${planName(p)})` : ''}`;
  const dated = completedRow(p);
  return undatedByReport(ctx, dated, dated.date) ? `${done}, theo ${reportName(ctx, p.report_id)}` : `${done}, ${rowDatePhrase(ctx, dated)} (${reportName(ctx, p.report_id)})`;
}

/**
 * A province's completion that some of its districts have since counted further: each district's newer count, so a
 * leader quoting the province's 56/75 (30/11/2023) learns that Sơn Động reported 34/37 later (walk-through 33),
 * without the page adding the district's progress to the province's figure.
 */
function newerOfDistricts(ctx: ViewContext, c: Pick<Plan511Count, 'area_id' | 'batch' | 'as_of'>): { text: string; href: string; onPaper: true } | null {
  const newer = districtsOf(ctx, c.area_id).flatMap((d) => newerCompletion(ctx, d.id, c.batch, c.as_of) ?? []);
  if (newer.length === 0) return null;
  return {
    text:
      newer.length === 1
        ? `Số mới hơn của ${areaPhrase(ctx, newer[0]!.area_id)}: ${completionSaid(ctx, newer[0]!)}; số của ${areaPhrase(ctx, c.area_id)} ở trên chưa gồm số này.`
        : `Số mới hơn của các huyện: ${newer.map((p) => `${areaName(ctx, p.area_id)} ${completionSaid(ctx, p)}`).join('; ')}; số của ${areaPhrase(ctx, c.area_id)} ở trên chưa gồm các số này.`,
    href: sourceLink(ctx, newer[0]!.report_id, newer[0]!.completed_id),
    onPaper: true,
  };
}

/**
 * The province's newer completion of a plan, under a district chart of older counts (walk-through 34: the embed of
 * «Đến ngày 30/11/2023: …» showed Sơn Động's 9 works unfinished, with the province's 75/75 of 20/03/2025 unsaid).
 */
function newerProvinceNote(ctx: ViewContext, provinceId: string, batch: string, asOf: string): ChartNote[] {
  const newer = newerCompletion(ctx, provinceId, batch, asOf);
  if (!newer) return [];
  return [
    {
      text: `Số mới hơn của ${areaPhrase(ctx, provinceId)}: ${completionSaid(ctx, newer, true)}; báo cáo đó không nêu số từng huyện.`,
      href: sourceLink(ctx, newer.report_id, newer.completed_id),
      rowIds: newer.completed_ids,
      onPaper: true,
    },
  ];
}

/**
 * A district's completion that its province's later report has overtaken without naming the district: a pointer
 * to that newer whole-province figure, so a reader of the district's 28/37 (30/11/2023) learns that the province
 * reported 75/75 later (walk-through 24), without the page inferring the district's own count from it.
 */
function newerOfProvince(ctx: ViewContext, c: Pick<Plan511Count, 'area_id' | 'batch' | 'as_of'>): { text: string; href: string; onPaper: true } | null {
  const parent = ctx.data.tables.areas.find((a) => a.id === c.area_id)?.parent_id;
  const newer = parent ? newerCompletion(ctx, parent, c.batch, c.as_of) : undefined;
  if (!parent || !newer) return null;
  return {
    text: `Số mới hơn của ${areaPhrase(ctx, parent)}: ${completionSaid(ctx, newer, true)}; báo cáo đó không nêu riêng số của ${areaPhrase(ctx, c.area_id)}.`,
    href: sourceLink(ctx, newer.report_id, newer.completed_id),
    // On the printed sheet too: a leader reading 28/37 at a meeting must learn of the 75/75 (walk-through 32).
    onPaper: true,
  };
}

/**
 * Plan 511 counts of an area that no completion figure shows: works a report counts as completed without giving
 * the plan there (e.g. the 2023 batch per district), and counts a report prints only per type (a new district:
 * "ngầm hoàn thành 2, cầu đang thi công 1"), one figure per type, or the page's sum where the types may be added.
 * Planned works per type are the type chart's (typeChart, typeFigures).
 */
export function plan511CountFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const planned = new Set(ofArea(rowsOf(completion(ctx.inputs)), areaId).map((c) => c.batch));
  const used = new Set(plan511(ctx).filter((c) => c.area_id === areaId).flatMap((c) => [...c.completed_ids, ...c.planned_ids, c.under_construction_id, c.started_id]));
  const counts = plan511Counts(ctx).filter((c) => c.area_id === areaId);
  // A count of works under way that is newer than every completed count of its plan is the plan's latest news
  // (walk-through 19: «02 công trình còn lại (huyện Sơn Động) đang thi công», 15/12/2024, after 28/37 of 30/11/2023);
  // one of the same date as a completed count is context, left to the chart and the report's page.
  const newest = (c: Plan511Count) =>
    counts.every((d) => d.measure !== 'completed' || d.batch !== c.batch || d.plan_version !== c.plan_version || compareDates(c.as_of, d.as_of) > 0);
  return counts
    .filter((c) => c.measure !== 'planned' && !c.ids.some((id) => used.has(id)))
    .filter((c) => (c.types.length === 0 ? (c.measure === 'completed' ? !planned.has(c.batch) : newest(c)) : true))
    .map((c) => {
      const plan = c.measure === 'completed' ? plannedTypes(ctx, c) : null;
      const source = figureSource(ctx, areaId, { id: c.ids[0]!, report_id: c.report_id }, c.as_of, [...c.ids.slice(1), ...(plan?.ids ?? [])]);
      const pointer = c.measure === 'completed' ? newerOfProvince(ctx, c) : null;
      const what = lowerFirst(workMeasureLabel(c.measure));
      const label =
        c.measure === 'completed'
          ? completedLabel(c)
          : c.summed
            ? `Công trình ngầm, cầu dân sinh ${what}: ${planName(c)}; ${scopeText(c)}`
            : `Công trình ${scopeText(c) || 'ngầm, cầu dân sinh'} ${what}: ${planName(c)}`;
      // Completed works of a type beside the same type's planned works: «5/8», as the all-types card gives «19/24».
      const total = plan
        ? {
            total: plan.value,
            ...totalQualifierProp(countQualifier(ctx, plan.ids)),
            ...(plan.value > 0
              ? { share: { text: computedShareText((100 * c.value) / plan.value, combineQualifiers([countQualifier(ctx, c.ids)], [countQualifier(ctx, plan.ids)]), [{ value: c.value, q: countQualifier(ctx, c.ids) }, { value: plan.value, q: countQualifier(ctx, plan.ids) }]), value: (100 * c.value) / plan.value, computed: true } }
              : {}),
          }
        : {};
      return { ...source, ...(pointer ? { notes: [pointer, ...(source.notes ?? [])] } : {}), ...(c.summed ? { id: `${source.id}-cong-loai`, ...qualifierProp(countQualifier(ctx, c.ids)) } : {}), label, value: c.value, unit: 'work' as const, ...total };
    });
}

/**
 * The planned works of the types a per-type count counts (same area, batch and list), from the report's rows per
 * type even where it also prints the all-types plan; null when a type's plan is not given.
 */
function plannedTypes(ctx: ViewContext, c: Plan511Count): { value: number; ids: string[] } | null {
  if (c.types.length === 0) return null;
  const planned = rowsOf(workCounts(ctx.inputs)).filter(
    (w) => w.program === 'plan511' && w.capital_type === 'all' && w.measure === 'planned' && w.area_id === c.area_id && w.batch === c.batch && w.plan_version === c.plan_version,
  );
  const parts = c.types.map((t) => planned.find((w) => w.work_type === t));
  if (parts.some((p) => p === undefined)) return null;
  // Plans of one day only: June's list of bridges and November's of spillways are no plan of 8.
  if (parts.length > 1 && !sumCheck(ctx, 'works', parts as WorkCount[]).ok) return null;
  return { value: parts.reduce((n, p) => n + p!.count, 0), ids: parts.map((p) => p!.id) };
}

/**
 * Plans whose newest completed count comes without the other statuses, though an earlier report gave them: the
 * status chart draws their other works as «chưa rõ tình trạng» and says why, never stacks old statuses on a new count.
 */
function staleStatuses(ctx: ViewContext, areaId: string): Plan511Completion[] {
  const earlier = new Set(
    ctx.data.tables.works
      .filter((w) => w.program === 'plan511' && w.area_id === areaId && (w.measure === 'under_construction' || w.measure === 'started'))
      .map((w) => `${w.batch}|${w.plan_version}`),
  );
  return plan511(ctx).filter((c) => c.area_id === areaId && c.under_construction === null && c.not_started === null && earlier.has(`${c.batch}|${c.plan_version}`));
}

/** Completed / under construction / not started for the province-wide plan, where the report gives them. */
export function statusChart(ctx: ViewContext, areaId: string, id = 'tinh-trang-ke-hoach-511'): CompletionSpec | null {
  const stale = staleStatuses(ctx, areaId);
  const rows = plan511(ctx).filter((c) => c.area_id === areaId && (c.under_construction !== null || c.not_started !== null || stale.includes(c)));
  if (rows.length === 0) return null;
  const biggest = rows.toSorted((a, b) => b.planned - a.planned)[0]!;
  // A yearly batch inside its plan, or two versions of one list: the plans are described one by one, never added.
  const overlapping = rowsOverlap(ctx, 'works', rows.map((r) => ({ ...r, measure: 'planned' })));
  return {
    kind: 'completion',
    id,
    // Two lines on a phone: the plan and its count; which list (original, revised) is in the subtitle.
    title: `${planName({ ...biggest, plan_version: 'current' })}: ${qualified(formatNumber(biggest.completed), countQualifier(ctx, biggest.completed_ids))} trên ${qualified(formatNumber(biggest.planned), countQualifier(ctx, biggest.planned_ids))} công trình đã hoàn thành`,
    subtitle: `Công trình ngầm, cầu dân sinh theo tình trạng, Kế hoạch 511${biggest.plan_version === 'current' ? '' : ` (${planListName(biggest.plan_version)})`}, ${areaPhrase(ctx, areaId)}`,
    unit: 'work',
    ...chartDates(ctx, rows.map(completedRow)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      // A plan completed in full has no works of unknown status (walk-through 24: «0 chưa rõ tình trạng»): its bar is whole.
      ...stale.filter((c) => c.completed < c.planned).map((c) => ({
        // The figures it names carry their words: "khoảng 71/75", so "khoảng 4" remain (planned less completed).
        // Said of the count's own date: the same report may give statuses of another date, or of one type only.
        text: `${planName(c)}: ${qualified(formatNumber(c.completed), countQualifier(ctx, c.completed_ids))}/${qualified(formatNumber(c.planned), countQualifier(ctx, c.planned_ids))} công trình hoàn thành ${rowDatePhrase(ctx, completedRow(c))} (${reportName(ctx, c.report_id)}); không báo cáo nào nêu số đang thi công, chưa khởi công của cùng thời điểm, nên ${qualified(formatNumber(c.planned - c.completed), combineQualifiers([countQualifier(ctx, c.planned_ids)], [countQualifier(ctx, c.completed_ids)]))} công trình còn lại ghi là «chưa rõ tình trạng».`,
      })),
      ...discrepancyNotes(ctx, rows.flatMap((r) => [...r.completed_ids, ...r.planned_ids, ...r.under_construction_ids, ...r.started_ids])),
    ],
    rows: rows.flatMap((r): CompletionRow[] => {
      // Each count with every row it is read or added from, and its qualifier; a count computed by subtraction is
      // approximate when either side is (combineQualifiers with what is subtracted as `against`).
      const planned = countQualifier(ctx, r.planned_ids);
      const completed = countQualifier(ctx, r.completed_ids);
      const done = { category: planName(r), status: 'completed' as const, value: r.completed, rowIds: r.completed_ids, ...qualifierProp(completed) };
      if (stale.includes(r)) {
        if (r.completed >= r.planned) return [done];
        return [done, { category: planName(r), status: 'unknown' as const, value: r.planned - r.completed, rowIds: [...r.planned_ids, ...r.completed_ids], ...qualifierProp(combineQualifiers([planned], [completed])) }];
      }
      const inProgress =
        r.under_construction !== null
          ? { value: r.under_construction, ids: r.under_construction_ids, q: countQualifier(ctx, r.under_construction_ids) }
          : r.started !== null
            ? { value: r.started - r.completed, ids: [...r.started_ids, ...r.completed_ids], q: combineQualifiers([countQualifier(ctx, r.started_ids)], [completed]) }
            : null;
      const notStarted =
        r.not_started !== null
          ? { value: r.not_started, ids: [...r.planned_ids, ...r.started_ids], q: combineQualifiers([planned], [countQualifier(ctx, r.started_ids)]) }
          : inProgress !== null
            ? { value: r.planned - r.completed - inProgress.value, ids: [...new Set([...r.planned_ids, ...r.completed_ids, ...inProgress.ids])], q: combineQualifiers([planned], [completed, inProgress.q]) }
            : null;
      return [
        done,
        ...(inProgress !== null ? [{ category: planName(r), status: 'in_progress' as const, value: inProgress.value, rowIds: inProgress.ids, ...qualifierProp(inProgress.q) }] : []),
        ...(notStarted !== null ? [{ category: planName(r), status: 'not_started' as const, value: notStarted.value, rowIds: notStarted.ids, ...qualifierProp(notStarted.q) }] : []),
      ];
    }),
    order: 'given',
    categoryLabel: 'Kế hoạch',
    // Each plan's counts are of its completed count's day (`as_of`): the statuses come from that report.
    additive: !overlapping && sumCheck(ctx, 'works', rows.map((r) => ({ ...r, measure: 'planned' }))).ok,
    overlapping,
  };
}

/**
 * "Đến ngày 30/11/2023: " before a district chart's title when the province has newer figures of the same plan
 * (a later report's status, a new district's bars in the next chart): the older chart says which date it is about.
 */
function olderThanPlan(ctx: ViewContext, provinceId: string, batch: string, asOf: string): string {
  const inProvince = new Set([provinceId, ...districtsOf(ctx, provinceId).map((a) => a.id)]);
  // Counts of done or under-way works are dated; a plan's size is dated only by its report.
  const newest = latestDate(plan511Counts(ctx).filter((c) => c.batch === batch && c.measure !== 'planned' && inProvince.has(c.area_id)).map((c) => c.as_of));
  return dateSortKey(asOf) < dateSortKey(newest) ? `Đến ${datePhrase(asOf)}: ` : '';
}

/** A chart's districts not of one date (a district's newer report beside the province's older one): context.ts datesNote. */
const districtDatesNote = (ctx: ViewContext, rows: readonly (DatedRow & { area_id: string })[]) => datesNote(ctx, 'Các huyện', rows.map((r) => ({ ...r, name: areaName(ctx, r.area_id) })));

/** The row a completion is dated by (its completed count), for date lines and notes. */
const completedRow = (c: Pick<Completion, 'completed_id' | 'report_id' | 'as_of'>): DatedRow => ({ id: c.completed_id, report_id: c.report_id, date: c.as_of });

/**
 * What «Chưa hoàn thành» holds in a district chart: works under way and not started, with each district's count of
 * works under way where its report gives one (walk-through 35: the note said no report split them after Sơn Động's
 * did: «3 công trình đang thi công»).
 */
function notStartedNote(ctx: ViewContext, rows: readonly Plan511Completion[]): ChartNote {
  const head = '“Chưa hoàn thành” gồm công trình đang thi công và chưa khởi công';
  // Works under way as the report gives them, or started less completed where it gives works started.
  const underway = (r: Plan511Completion) =>
    r.under_construction !== null
      ? { n: r.under_construction, q: countQualifier(ctx, r.under_construction_ids), ids: r.under_construction_ids }
      : r.started !== null
        ? { n: r.started - r.completed, q: combineQualifiers([countQualifier(ctx, r.started_ids)], [countQualifier(ctx, r.completed_ids)]), ids: [...r.started_ids, ...r.completed_ids] }
        : null;
  const split = rows.flatMap((r) => {
    const u = underway(r);
    return u ? [{ r, ...u }] : [];
  });
  const without = rows.filter((r) => underway(r) === null);
  if (split.length === 0) return { text: `${head}: báo cáo không tách hai loại này theo huyện.` };
  const under = split.map(({ r, n, q }) => `${areaName(ctx, r.area_id)} ${qualified(formatNumber(n), q)} công trình`);
  return {
    text: `${head}; đang thi công: ${under.join(', ')}${without.length > 0 ? `; báo cáo không tách hai loại này cho ${listPhrase(without.map((r) => areaName(ctx, r.area_id)))}` : ''}.`,
    rowIds: [...new Set(split.flatMap((s) => s.ids))],
  };
}

/** Completion by district within one province, per plan: completed and not yet completed. */
export function districtChart(ctx: ViewContext, provinceId: string, batch: string, id: string): BarsSpec | null {
  const districts = new Set(districtsOf(ctx, provinceId).map((a) => a.id));
  const rows = plan511(ctx).filter((c) => districts.has(c.area_id) && c.batch === batch);
  // One district is not a comparison: its figures are cards (loneDistrictFigures).
  if (rows.length < 2) return null;
  // Never ranked above districts counted to an earlier day for its later day alone (context.ts chartLeader).
  const share = (c: (typeof rows)[number]) => c.completed / c.planned;
  const ranking = chartLeader(rows.map((r) => ({ ...r, date: r.as_of })), share, (r) => combineQualifiers([countQualifier(ctx, r.completed_ids)], [countQualifier(ctx, r.planned_ids)]));
  const { leaders, mixed, fair, newest } = ranking;
  const best = leaders[0]!;
  const worst = rows.toSorted((a, b) => share(a) - share(b))[0]!;
  const when = rowDatePhrase(ctx, completedRow(best));
  // Completed over planned as the district's card gives it (89,5%, «khoảng» of a rough count): the title says the
  // page worked it out (a fact-checker read «Lục Nam hoàn thành 89%» as printed, beside a card of 89,5%).
  const pct = (c: (typeof rows)[number]) => completionShare(ctx, c).text;
  const asOf = latestDate(rows.map((r) => r.as_of));
  return {
    kind: 'bars',
    id,
    // What a bar counts (one type, the page's sum) is in its category and notes, not in the title. Districts of
    // different dates are not set against each other in it (walk-throughs 13, 31): those of the newest date lead.
    title: olderThanPlan(ctx, provinceId, batch, asOf) + (leaders.length > 1
      ? sideBySide(leaders, (r) => areaName(ctx, r.area_id), (r) => `${pct(r)} số công trình`, 'hoàn thành') + leadersDate(ctx, ranking, completedRow)
      : !mixed
      ? best.area_id === worst.area_id
        ? `${areaName(ctx, best.area_id)} hoàn thành ${pct(best)} số công trình`
        : `${areaName(ctx, best.area_id)} hoàn thành ${pct(best)} số công trình, ${areaName(ctx, worst.area_id)} ${pct(worst)}`
      : `${areaName(ctx, best.area_id)} hoàn thành ${pct(best)} số công trình${
          fair ? `, cao nhất (${when})` : newest > 1 ? `, cao nhất trong các huyện có số liệu ${when}` : ` (${when}); các huyện khác có số liệu sớm hơn`
        }`),
    subtitle: `Công trình ngầm, cầu dân sinh đã hoàn thành và chưa hoàn thành theo huyện, ${planName(rows[0]!)}, ${areaPhrase(ctx, provinceId)}; tỷ lệ hoàn thành do trang tự tính`,
    unit: 'work',
    ...chartDates(ctx, rows.map(completedRow)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      notStartedNote(ctx, rows),
      ...newerProvinceNote(ctx, provinceId, batch, asOf),
      ...districtDatesNote(ctx, rows.map((r) => ({ ...completedRow(r), area_id: r.area_id }))),
      ...scopeNotes(ctx, rows),
      ...missingDistricts(ctx, provinceId, rows.map((r) => r.area_id), rows.map((r) => r.report_id), `số công trình của ${lowerFirst(planName(rows[0]!))}`),
      ...discrepancyNotes(ctx, rows.flatMap((r) => [...r.completed_ids, ...r.planned_ids])),
    ],
    rows: rows.flatMap((r) => [
      { category: districtCategory(ctx, r), group: 'Hoàn thành', value: r.completed, rowIds: r.completed_ids, ...qualifierProp(countQualifier(ctx, r.completed_ids)) },
      // Planned less completed: approximate when either is.
      { category: districtCategory(ctx, r), group: 'Chưa hoàn thành', value: r.not_completed, rowIds: [...r.planned_ids, ...r.completed_ids], ...qualifierProp(combineQualifiers([countQualifier(ctx, r.planned_ids)], [countQualifier(ctx, r.completed_ids)])) },
    ]),
    groups: ['Hoàn thành', 'Chưa hoàn thành'],
    meanings: { 'Hoàn thành': 'completed', 'Chưa hoàn thành': 'not_completed' },
    layout: 'stacked',
    order: 'vi',
    categoryLabel: 'Huyện',
    additive: false,
  };
}

/** Completed works per district when the report gives no plan per district (e.g. the 2023 batch). */
export function districtCompletedChart(ctx: ViewContext, provinceId: string, batch: string, id: string): BarsSpec | null {
  const districts = new Set(districtsOf(ctx, provinceId).map((a) => a.id));
  const withPlan = new Set(plan511(ctx).filter((c) => c.batch === batch).map((c) => c.area_id));
  const rows = plan511Counts(ctx)
    .filter((w) => w.measure === 'completed' && districts.has(w.area_id) && w.batch === batch && !withPlan.has(w.area_id))
    .map((w) => ({ ...w, count: w.value, id: w.ids[0]!, effective_date: w.as_of }));
  // One district is not a comparison: its figure is a card (loneDistrictFigures).
  if (rows.length < 2) return null;
  const ranking = chartLeader(rows.map((r) => ({ ...r, date: r.effective_date })), (r) => r.count, (r) => countQualifier(ctx, r.ids));
  const { leaders, mixed, fair, newest } = ranking;
  const top = leaders[0]!;
  const count = qualified(formatNumber(top.count), countQualifier(ctx, top.ids));
  const when = rowDatePhrase(ctx, { id: top.id, report_id: top.report_id, date: top.effective_date });
  const named = (r: Plan511Count) => (r.types.length === 0 ? areaName(ctx, r.area_id) : `${areaName(ctx, r.area_id)} (${r.summed ? 'cộng các loại' : scopeText(r)})`);
  const plan = planName({ batch, plan_version: rows[0]!.plan_version });
  const asOf = latestDate(rows.map((r) => r.effective_date));
  return {
    kind: 'bars',
    id,
    // The scope leads: this is one batch, not the whole plan (whose completion is in the status chart).
    title: olderThanPlan(ctx, provinceId, batch, asOf) + `${plan}: ${leaders.length > 1
      ? sideBySide(leaders, named, (r) => `${qualified(formatNumber(r.count), countQualifier(ctx, r.ids))} công trình`, 'hoàn thành') + leadersDate(ctx, ranking, (r) => ({ id: r.id, report_id: r.report_id, date: r.effective_date }))
      : `${named(top)} ${!mixed ? `hoàn thành nhiều công trình nhất (${count})`
      : fair ? `hoàn thành nhiều công trình nhất (${count}, ${when})`
      : newest > 1 ? `hoàn thành nhiều công trình nhất trong các huyện có số liệu ${when} (${count})`
      : `hoàn thành ${count} công trình (${when}); các huyện khác có số liệu sớm hơn`}`
    }`,
    subtitle: `Công trình ngầm, cầu dân sinh đã hoàn thành theo huyện, ${lowerFirst(plan)}, ${areaPhrase(ctx, provinceId)}`,
    unit: 'work',
    ...chartDates(ctx, rows.map((r) => ({ id: r.id, report_id: r.report_id, date: r.effective_date }))),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      ...newerProvinceNote(ctx, provinceId, batch, asOf),
      ...districtDatesNote(ctx, rows.map((r) => ({ id: r.id, report_id: r.report_id, date: r.effective_date, area_id: r.area_id }))),
      ...scopeNotes(ctx, rows),
      ...missingDistricts(ctx, provinceId, [...rows.map((r) => r.area_id), ...withPlan], rows.map((r) => r.report_id), `số công trình hoàn thành của ${lowerFirst(plan)}`),
      ...discrepancyNotes(ctx, rows.flatMap((r) => r.ids)),
    ],
    rows: rows.map((r) => ({ category: districtCategory(ctx, r), value: r.count, rowIds: r.ids, ...qualifierProp(countQualifier(ctx, r.ids)) })),
    order: 'value',
    meanings: { '': 'completed' },
    categoryLabel: 'Huyện',
  };
}


/**
 * A batch that only one district of the province reports: one bar is not a chart (districtChart and
 * districtCompletedChart give none), so the district's figures of that batch are cards on the province's pages,
 * named with the district, as on its own page.
 */
export function loneDistrictFigures(ctx: ViewContext, provinceId: string, batch: string): FigureProps[] {
  const districts = new Set(districtsOf(ctx, provinceId).map((a) => a.id));
  const planned = plan511(ctx).filter((c) => districts.has(c.area_id) && c.batch === batch);
  const withPlan = new Set(planned.map((c) => c.area_id));
  const completed = plan511Counts(ctx).filter((w) => w.measure === 'completed' && districts.has(w.area_id) && w.batch === batch && !withPlan.has(w.area_id));
  // On the province's pages the card names its area first: «Xã Tuấn Đạo — …» is not read as the province's figure.
  const of = (figures: FigureProps[], rowId: string) =>
    figures.filter((f) => f.rowId === rowId).map((f) => ({ ...f, label: `${f.area.charAt(0).toLocaleUpperCase('vi')}${f.area.slice(1)} — ${f.label}` }));
  return [
    ...(planned.length === 1 ? of(worksFigures(ctx, planned[0]!.area_id), planned[0]!.completed_id) : []),
    ...(completed.length === 1 ? of(plan511CountFigures(ctx, completed[0]!.area_id), completed[0]!.ids[0]!) : []),
  ];
}

/** Original and revised lists by type: what the revision changed. */
export function typeChart(ctx: ViewContext, areaId: string, id = 'ke-hoach-511-theo-loai'): BarsSpec | null {
  const rows = ofArea(rowsOf(plannedByType(ctx.inputs)), areaId);
  // One type of one list is a figure (typeFigures), not a chart.
  if (rows.length < 2) return null;
  const versions = [...new Set(rows.map((r) => r.plan_version))];
  // A plan and a batch listed by type: each bar names its batch, and the bars keep the report's order (not ranked).
  const batches = [...new Set(rows.map((r) => r.batch))];
  const category = (r: (typeof rows)[number]) => `${workTypeLabel(r.work_type)}${batches.length > 1 ? ` (${periodText(r.batch).toLocaleLowerCase('vi')})` : ''}`;
  const count = (v: string) => rows.filter((r) => r.plan_version === v).reduce((s, r) => s + r.count, 0);
  // A list's total with the qualifier of its types ("khoảng 75" when a type is "khoảng 67").
  const total = (v: string) => qualified(formatNumber(count(v)), countQualifier(ctx, rows.filter((r) => r.plan_version === v).map((r) => r.id)));
  const moved = count('revised') > count('original') ? 'tăng' : count('revised') < count('original') ? 'giảm' : 'giữ nguyên';
  // Each list's total is the sum of its types: only where the rules allow it (one batch, types apart).
  const addable = versions.every((v) => sumCheck(ctx, 'works', rows.filter((r) => r.plan_version === v)).ok);
  const title = !addable
    ? `Công trình kế hoạch theo loại, ${versions.map(planListName).join(' và ')}`
    : versions.includes('original') && versions.includes('revised')
      ? moved === 'giữ nguyên'
        ? `Danh mục giữ nguyên ${total('revised')} công trình sau điều chỉnh`
        : `Danh mục ${moved} từ ${total('original')} ${moved === 'tăng' ? 'lên' : 'xuống'} ${total('revised')} công trình sau điều chỉnh`
      : versions[0] === 'current'
        ? // A report that names no list: its plan, of its batch.
          `${total('current')} công trình kế hoạch${batches.length === 1 ? `, ${periodText(batches[0]!).toLocaleLowerCase('vi')}` : ''}`
        : `${total(versions[0]!)} công trình theo ${planListName(versions[0]!)}`;
  // The lists the chart draws, as named by the reports (none named: no words for it).
  const named = versions.filter((v) => v !== 'current');
  return {
    kind: 'bars',
    id,
    title,
    subtitle: `Số công trình kế hoạch theo loại${named.length ? `, ${named.map(planListName).join(' và ')}` : ''}, Kế hoạch 511, ${areaPhrase(ctx, areaId)}`,
    unit: 'work',
    ...chartDates(ctx, rows.map((r) => ({ id: r.id, report_id: r.report_id, date: r.effective_date }))),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: discrepancyNotes(ctx, rows.map((r) => r.id)),
    rows: rows.map((r) => ({ category: category(r), group: upperFirst(planListName(r.plan_version)), value: r.count, rowIds: [r.id], ...qualifierProp(qualifierOf(ctx, r.id)) })),
    groups: ['original', 'revised', 'current'].filter((v) => versions.includes(v)).map((v) => upperFirst(planListName(v))),
    meanings: { [upperFirst(planListName('original'))]: 'plan_original', [upperFirst(planListName('revised'))]: 'plan_revised' },
    order: batches.length > 1 ? 'given' : 'value',
    categoryLabel: 'Loại công trình',
    additive: false,
  };
}

/** Planned works of one type in one list, where that is all a report gives for the area (no comparison to chart). */
export function typeFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const rows = ofArea(rowsOf(plannedByType(ctx.inputs)), areaId);
  if (rows.length !== 1) return [];
  return rows.map((r) => ({
    ...figureSource(ctx, areaId, r, r.effective_date),
    label: `Công trình kế hoạch: ${workTypeLabel(r.work_type).toLocaleLowerCase('vi')}, ${planListName(r.plan_version)} (${periodText(r.batch).toLocaleLowerCase('vi')})`,
    value: r.count,
    unit: 'work' as const,
  }));
}

/** Plan 511 money: total investment by district, and what was assigned and disbursed. */
export function plan511FundingChart(ctx: ViewContext, provinceId: string, id = 'von-ke-hoach-511'): BarsSpec | null {
  const inProvince = new Set([provinceId, ...ctx.data.tables.areas.filter((a) => a.parent_id === provinceId).map((a) => a.id)]);
  const rows = rowsOf(fundFigures(ctx.inputs)).filter((f) => f.program === 'plan511' && inProvince.has(f.area_id) && f.measure === 'total_investment' && f.budget_source === 'all');
  if (rows.length === 0) return null;
  // Districts are compared with each other; the province's own total is stated beside them, never ranked among them.
  const districtRows = rows.filter((r) => r.area_id !== provinceId);
  const provinceRows = rows.filter((r) => r.area_id === provinceId);
  // One district is a figure on its page, not a comparison.
  if (districtRows.length < 2) return null;
  const top = districtRows.toSorted((a, b) => b.value - a.value)[0]!;
  const stated = provinceRows.map((p) => ({
    text: `Báo cáo nêu tổng mức đầu tư toàn tỉnh: ${qualified(formatNumber(p.value), qualifierOf(ctx, p.id))} triệu đồng; đó là tổng của cả tỉnh, không phải một huyện, nên không có trong biểu đồ.`,
    href: sourceLink(ctx, p.report_id, p.id),
  }));
  return {
    kind: 'bars',
    id,
    title: `${areaName(ctx, top.area_id)} có tổng mức đầu tư lớn nhất: ${qualified(formatNumber(top.value), qualifierOf(ctx, top.id))} triệu đồng`,
    subtitle: `Tổng mức đầu tư công trình ngầm, cầu dân sinh, các huyện báo cáo nêu, triệu đồng, ${periodText(rows[0]!.fund_year).toLocaleLowerCase('vi')}, ${areaPhrase(ctx, provinceId)}`,
    unit: 'mvnd',
    // Approved amounts are dated by their decisions (as their cards are), when every district's has one.
    ...(districtRows.every((r) => r.decision_date)
      ? { asOf: latestDate(districtRows.map((r) => r.decision_date)), dateKind: 'decision' as const }
      : chartDates(ctx, districtRows.map((r) => ({ id: r.id, report_id: r.report_id, date: r.effective_date })))),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      ...stated,
      ...missingDistricts(ctx, provinceId, districtRows.map((r) => r.area_id), districtRows.map((r) => r.report_id), 'tổng mức đầu tư'),
      ...discrepancyNotes(ctx, rows.map((r) => r.id)),
    ],
    rows: districtRows.map((r) => ({ category: areaName(ctx, r.area_id), value: r.value, rowIds: [r.id], ...qualifierProp(qualifierOf(ctx, r.id)) })),
    order: 'value',
    categoryLabel: 'Huyện',
  };
}

// As the project chart's note (views/funding.ts): rows that overlap keep the report's order and are said not to be ranked.
const WORKS_OVERLAP_NOTE = { text: 'Có loại công trình chồng lấn nhau (một loại có thể nằm trong loại khác, một đợt nằm trong giai đoạn của nó): trang không cộng, không xếp hạng chúng và giữ thứ tự của báo cáo.' };

/** NTP 1719 infrastructure: new works by type, and the other kinds of investment. */
export function otherWorksChart(ctx: ViewContext, areaId: string, id = 'cong-trinh-chuong-trinh-1719'): BarsSpec | null {
  const rows = ofArea(rowsOf(otherWorks(ctx.inputs)), areaId).filter((r) => r.work_type !== 'all' && r.measure === 'new');
  if (rows.length === 0) return null;
  // Types are peers only within one batch and one kind of capital: two batches, or a plan and its year, are not ranked.
  const scopes = new Set(rows.map((r) => `${r.batch}|${r.capital_type}`));
  const overlapping = rowsOverlap(ctx, 'works', rows);
  const ranked = scopes.size === 1 && !overlapping;
  const top = rows.toSorted((a, b) => b.count - a.count)[0]!;
  const total = ofArea(rowsOf(otherWorks(ctx.inputs)), areaId).find(
    (r) => r.work_type === 'all' && r.measure === 'new' && r.batch === top.batch && r.capital_type === top.capital_type,
  );
  const batches = [...new Set(rows.map((r) => r.batch))];
  const category = (r: (typeof rows)[number]) =>
    `${workTypeLabel(r.work_type)}${batches.length > 1 ? ` (${periodText(r.batch).toLocaleLowerCase('vi')})` : ''}${scopes.size > batches.length ? `, ${lowerFirst(capitalShort(r.capital_type))}` : ''}`;
  return {
    kind: 'bars',
    id,
    title: ranked
      ? `${workTypeLabel(top.work_type)} chiếm nhiều nhất trong ${total ? `${qualified(formatNumber(total.count), qualifierOf(ctx, total.id))} ` : ''}công trình xây mới`
      : batches.length > 1
        ? 'Công trình xây mới theo loại, theo từng đợt báo cáo ghi'
        : 'Công trình xây mới theo loại, theo thứ tự báo cáo ghi',
    subtitle: `Công trình xây mới theo loại, Chương trình MTQG 1719, ${batches.map((b) => periodText(b).toLocaleLowerCase('vi')).join('; ')}, ${areaPhrase(ctx, areaId)}`,
    unit: 'work',
    ...chartDates(ctx, rows.map((r) => ({ id: r.id, report_id: r.report_id, date: r.effective_date }))),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [...(overlapping ? [WORKS_OVERLAP_NOTE] : []), ...discrepancyNotes(ctx, rows.map((r) => r.id))],
    rows: rows.map((r) => ({ category: category(r), value: r.count, rowIds: [r.id], ...qualifierProp(qualifierOf(ctx, r.id)) })),
    order: ranked ? 'value' : 'given',
    categoryLabel: 'Loại công trình',
    overlapping,
  };
}

/** Other kinds of works investment (carried over, upgraded, maintained…), as a list of figures. */
/** The NTP 1719 works' rows of each area, once per data load. */
const otherWorksByArea = once((ctx: ViewContext) => Map.groupBy(rowsOf(otherWorks(ctx.inputs)), (r) => r.area_id));

/**
 * An area's NTP 1719 works as figures, each named as the programme's (never read as plan 511's). Works completed
 * out of a plan the same report counts for the same batch, type and capital on the same date are one figure,
 * «9/14»; the works built new are drawn in the area's chart (otherWorksChart) and left out here, unless `withNew`:
 * a commune has no chart of its own.
 */
export function otherWorksFigures(ctx: ViewContext, areaId: string, withNew = false): FigureProps[] {
  const rows = (otherWorksByArea(ctx).get(areaId) ?? []).filter((r) => withNew || r.measure !== 'new');
  // A report's plan (undated: its report's date) and its completed count of a date in the same report are one figure,
  // «61/86» (walk-through 28: «đầu tư 86 công trình … đến ngày 30/11/2024 đã hoàn thành 61» were two cards).
  const key = (r: WorkCount) => `${r.report_id}|${r.batch}|${r.work_type}|${r.capital_type}`;
  const plans = new Map(rows.filter((r) => r.measure === 'planned').map((r) => [key(r), r]));
  const paired = new Set(rows.flatMap((r) => (r.measure === 'completed' && plans.has(key(r)) ? [plans.get(key(r))!.id] : [])));
  return rows
    .filter((r) => !paired.has(r.id))
    .map((r) => {
      const plan = r.measure === 'completed' ? plans.get(key(r)) : undefined;
      const what = r.measure === 'planned' ? 'theo kế hoạch' : lowerFirst(workMeasureLabel(r.measure));
      return {
        ...figureSource(ctx, areaId, r, r.effective_date, plan ? [plan.id] : []),
        label: `Công trình Chương trình MTQG 1719 ${what}${r.work_type !== 'all' ? `: ${lowerFirst(workTypeLabel(r.work_type))}` : ''}${r.capital_type !== 'all' ? `, ${lowerFirst(capitalShort(r.capital_type))}` : ''} (${periodText(r.batch).toLocaleLowerCase('vi')})`,
        value: r.count,
        unit: 'work' as const,
        // The plan's own word («khoảng 14») stays with it: «9/khoảng 14»; the share worked out from the two counts.
        ...(plan ? { total: plan.count, ...totalQualifierProp(qualifierOf(ctx, plan.id)) } : {}),
        ...(plan && plan.count > 0
          ? { share: { text: computedShareText((100 * r.count) / plan.count, combineQualifiers([qualifierOf(ctx, r.id)], [qualifierOf(ctx, plan.id)]), [{ value: r.count, q: qualifierOf(ctx, r.id) }, { value: plan.count, q: qualifierOf(ctx, plan.id) }]), value: (100 * r.count) / plan.count, computed: true } }
          : {}),
      };
    });
}


/** Plan 511 money: disbursed out of its base, per fund year, one area. */
export function plan511MoneyFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  return ofArea(rowsOf(disbursement(ctx.inputs)), areaId)
    .filter((d) => d.program === 'plan511')
    .map((d) => ({
        ...figureSource(ctx, areaId, { id: d.disbursed_id, report_id: d.report_id }, d.as_of, [d.base_id, d.stated_rate_id]),
        label: `Vốn Kế hoạch 511 đã giải ngân, ${periodText(d.fund_year).toLocaleLowerCase('vi')}: ${qualified(`${d.stated_rate !== null ? formatNumber(d.stated_rate, 3) : formatNumber(d.rate, 1)}%`, rateQualifier(ctx, d))} vốn ${d.base_measure === 'allocated' ? 'đã phân bổ' : 'giao'}`,
        value: d.disbursed,
        unit: 'mvnd' as const,
        total: d.base,
        ...totalQualifierProp(qualifierOf(ctx, d.base_id)),
    }));
}
