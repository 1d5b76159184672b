/** Công trình, as charts and headline figures: plan 511 spillways and bridges, and NTP 1719 works. */
import type { BarsSpec, CompletionSpec } from '../charts/index.ts';
import { formatNumber } from '../lib/format.ts';
import { rowsOf } from '../lib/typed-table.ts';
import { disbursement, fundFigures } from '../metrics/funding.ts';
import { headlines } from '../metrics/overview.ts';
import { completion, otherWorks, plannedByType, workCounts, type Completion } from '../metrics/works.ts';
import { combineQualifiers, qualified } from '../data/qualifier.ts';
import { areaName, areaPhrase, capitalShort, discrepancyNotes, figureSource, latestDate, periodText, qualifierOf, qualifierProp, rowsOverlap, sourceLabel, sourceLink, sourcesOf, sumCheck, type ViewContext, workMeasureLabel, workTypeLabel } from './context.ts';
import type { FigureProps } from './figure.ts';
import { changeText, rateQualifier } from './funding.ts';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

const VERSION: Record<string, string> = { revised: 'danh mục sau điều chỉnh', original: 'danh mục ban đầu', current: 'theo báo cáo' };

/** "Kế hoạch 2022–2024 (danh mục sau điều chỉnh)", "Đợt năm 2023". */
export function planName(c: Pick<Completion, 'batch' | 'plan_version'>): string {
  const period = periodText(c.batch);
  const name = /^Năm/.test(period) ? `Đợt ${period.toLocaleLowerCase('vi')}` : `Kế hoạch ${period.replace(/^Giai đoạn /, '')}`;
  return c.plan_version === 'current' ? name : `${name} (${VERSION[c.plan_version] ?? c.plan_version})`;
}

const plan511 = (ctx: ViewContext) => rowsOf(completion(ctx.inputs)).filter((c) => c.program === 'plan511' && c.work_type === 'all');

const districtsOf = (ctx: ViewContext, provinceId: string) => ctx.data.tables.areas.filter((a) => a.parent_id === provinceId);

/**
 * A note naming the districts of a province that report plan 511 figures elsewhere but have none in this
 * chart, so a reader does not take the chart for every district (or its bars for the province's whole).
 */
function missingDistricts(ctx: ViewContext, provinceId: string, shown: Iterable<string>, what: string): { text: string }[] {
  const inChart = new Set(shown);
  const elsewhere = new Set([...ctx.data.tables.works, ...ctx.data.tables.funding].filter((r) => r.program === 'plan511').map((r) => r.area_id));
  const missing = districtsOf(ctx, provinceId).filter((d) => elsewhere.has(d.id) && !inChart.has(d.id)).map((d) => d.name);
  return missing.length === 0 ? [] : [{ text: `Báo cáo không nêu ${what} của ${missing.length === 1 ? 'huyện' : 'các huyện'} ${missing.join(', ')}: biểu đồ không có ${missing.length === 1 ? 'huyện này' : 'các huyện này'}.` }];
}

/** Headline: works completed of planned, per plan or batch, in one area. */
export function worksFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const prev = new Map(rowsOf(headlines(ctx.inputs)).filter((h) => h.kind === 'works').map((h) => [h.id, h]));
  return plan511(ctx)
    .filter((c) => c.area_id === areaId)
    .map((c) => {
      const h = prev.get(c.completed_id);
      const change = h ? changeText(ctx, { value: c.completed, id: c.completed_id }, h, 'work') : undefined;
      return {
        ...figureSource(ctx, areaId, { id: c.completed_id, report_id: c.report_id }, c.as_of, [c.planned_id]),
        label: `Công trình ngầm, cầu dân sinh hoàn thành: ${planName(c)}`,
        value: c.completed,
        unit: 'work' as const,
        total: c.planned,
        ...(change ? { change } : {}),
      };
    });
}

/** Completed / under construction / not started for the province-wide plan, where the report gives them. */
export function statusChart(ctx: ViewContext, areaId: string, id = 'tinh-trang-ke-hoach-511'): CompletionSpec | null {
  const rows = plan511(ctx).filter((c) => c.area_id === areaId && (c.under_construction !== null || c.not_started !== null));
  if (rows.length === 0) return null;
  const biggest = rows.toSorted((a, b) => b.planned - a.planned)[0]!;
  // A yearly batch inside its plan, or two versions of one list: the plans are described one by one, never added.
  const overlapping = rowsOverlap(ctx, 'works', rows.map((r) => ({ ...r, measure: 'planned' })));
  return {
    kind: 'completion',
    id,
    title: `${formatNumber(biggest.completed)} trên ${formatNumber(biggest.planned)} công trình của ${lowerFirst(planName(biggest))} đã hoàn thành`,
    subtitle: `Công trình ngầm, cầu dân sinh theo tình trạng, Kế hoạch 511, ${areaPhrase(ctx, areaId)}`,
    unit: 'work',
    asOf: latestDate(rows.map((r) => r.as_of)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: discrepancyNotes(ctx, rows.flatMap((r) => [r.completed_id, r.planned_id, r.under_construction_id ?? '', r.started_id ?? ''])),
    rows: rows.flatMap((r) => {
      const inProgress = r.under_construction ?? (r.started !== null ? r.started - r.completed : null);
      const notStarted = r.not_started ?? (inProgress !== null ? r.planned - r.completed - inProgress : null);
      // A value computed from other figures lists every row it comes from.
      const inProgressIds = r.under_construction_id ? [r.under_construction_id] : [r.started_id, r.completed_id].filter((x): x is string => x !== null);
      const notStartedIds = r.not_started !== null && r.started_id ? [r.planned_id, r.started_id] : [r.planned_id, ...new Set([r.completed_id, ...inProgressIds])];
      return [
        { category: planName(r), status: 'completed' as const, value: r.completed, rowIds: [r.completed_id] },
        ...(inProgress !== null ? [{ category: planName(r), status: 'in_progress' as const, value: inProgress, rowIds: inProgressIds }] : []),
        ...(notStarted !== null ? [{ category: planName(r), status: 'not_started' as const, value: notStarted, rowIds: notStartedIds }] : []),
      ];
    }),
    order: 'given',
    categoryLabel: 'Kế hoạch',
    additive: !overlapping && sumCheck(ctx, 'works', rows.map((r) => ({ ...r, measure: 'planned' }))).ok,
    overlapping,
  };
}

/** Completion by district within one province, per plan: completed and not yet completed. */
export function districtChart(ctx: ViewContext, provinceId: string, batch: string, id: string): BarsSpec | null {
  const districts = new Set(districtsOf(ctx, provinceId).map((a) => a.id));
  const rows = plan511(ctx).filter((c) => districts.has(c.area_id) && c.batch === batch);
  if (rows.length === 0) return null;
  const best = rows.toSorted((a, b) => b.completed / b.planned - a.completed / a.planned)[0]!;
  const worst = rows.toSorted((a, b) => a.completed / a.planned - b.completed / b.planned)[0]!;
  const pct = (c: Completion) => formatNumber((100 * c.completed) / c.planned, 0);
  return {
    kind: 'bars',
    id,
    title: `${areaName(ctx, best.area_id)} hoàn thành ${pct(best)}% số công trình, ${areaName(ctx, worst.area_id)} ${pct(worst)}%`,
    subtitle: `Công trình ngầm, cầu dân sinh đã hoàn thành và chưa hoàn thành theo huyện, ${planName(rows[0]!)}, ${areaPhrase(ctx, provinceId)}`,
    unit: 'work',
    asOf: latestDate(rows.map((r) => r.as_of)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      { text: '“Chưa hoàn thành” gồm công trình đang thi công và chưa khởi công: báo cáo không tách hai loại này theo huyện.' },
      ...missingDistricts(ctx, provinceId, rows.map((r) => r.area_id), `số công trình của ${lowerFirst(planName(rows[0]!))}`),
      ...discrepancyNotes(ctx, rows.flatMap((r) => [r.completed_id, r.planned_id])),
    ],
    rows: rows.flatMap((r) => [
      { category: areaName(ctx, r.area_id), group: 'Hoàn thành', value: r.completed, rowIds: [r.completed_id], ...qualifierProp(qualifierOf(ctx, r.completed_id)) },
      // Planned less completed: approximate when either is.
      { category: areaName(ctx, r.area_id), group: 'Chưa hoàn thành', value: r.not_completed, rowIds: [r.planned_id, r.completed_id], ...qualifierProp(combineQualifiers([qualifierOf(ctx, r.planned_id)], [qualifierOf(ctx, r.completed_id)])) },
    ]),
    groups: ['Hoàn thành', 'Chưa hoàn thành'],
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
  const rows = rowsOf(workCounts(ctx.inputs)).filter((w) => w.program === 'plan511' && w.measure === 'completed' && w.work_type === 'all' && districts.has(w.area_id) && w.batch === batch && !withPlan.has(w.area_id));
  if (rows.length === 0) return null;
  const top = rows.toSorted((a, b) => b.count - a.count)[0]!;
  const plan = planName({ batch, plan_version: rows[0]!.plan_version });
  return {
    kind: 'bars',
    id,
    // The scope leads: this is one batch, not the whole plan (whose completion is in the status chart).
    title: rows.length === 1
      ? `${plan}: ${areaName(ctx, top.area_id)} hoàn thành ${qualified(formatNumber(top.count), qualifierOf(ctx, top.id))} công trình`
      : `${plan}: ${areaName(ctx, top.area_id)} hoàn thành nhiều công trình nhất (${qualified(formatNumber(top.count), qualifierOf(ctx, top.id))})`,
    subtitle: `Công trình ngầm, cầu dân sinh đã hoàn thành theo huyện, ${lowerFirst(plan)}, ${areaPhrase(ctx, provinceId)}`,
    unit: 'work',
    asOf: latestDate(rows.map((r) => r.effective_date)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      ...missingDistricts(ctx, provinceId, [...rows.map((r) => r.area_id), ...withPlan], `số công trình hoàn thành của ${lowerFirst(plan)}`),
      ...discrepancyNotes(ctx, rows.map((r) => r.id)),
    ],
    rows: rows.map((r) => ({ category: areaName(ctx, r.area_id), value: r.count, rowIds: [r.id], ...qualifierProp(qualifierOf(ctx, r.id)) })),
    order: 'value',
    categoryLabel: 'Huyện',
  };
}


/** Original and revised lists by type: what the revision changed. */
export function typeChart(ctx: ViewContext, areaId: string, id = 'ke-hoach-511-theo-loai'): BarsSpec | null {
  const rows = rowsOf(plannedByType(ctx.inputs)).filter((r) => r.area_id === areaId);
  // One type of one list is a figure (typeFigures), not a chart.
  if (rows.length < 2) return null;
  const versions = [...new Set(rows.map((r) => r.plan_version))];
  const total = (v: string) => rows.filter((r) => r.plan_version === v).reduce((s, r) => s + r.count, 0);
  // Each list's total is the sum of its types: only where the rules allow it (one batch, types apart).
  const addable = versions.every((v) => sumCheck(ctx, 'works', rows.filter((r) => r.plan_version === v)).ok);
  const title = !addable
    ? `Công trình kế hoạch theo loại, ${versions.map((v) => VERSION[v] ?? v).join(' và ')}`
    : versions.includes('original') && versions.includes('revised')
      ? `Danh mục tăng từ ${formatNumber(total('original'))} lên ${formatNumber(total('revised'))} công trình sau điều chỉnh`
      : `${formatNumber(total(versions[0]!))} công trình theo ${VERSION[versions[0]!] ?? versions[0]}`;
  return {
    kind: 'bars',
    id,
    title,
    subtitle: `Số công trình kế hoạch theo loại, danh mục ban đầu và sau điều chỉnh, Kế hoạch 511, ${areaPhrase(ctx, areaId)}`,
    unit: 'work',
    asOf: latestDate(rows.map((r) => r.effective_date)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: discrepancyNotes(ctx, rows.map((r) => r.id)),
    rows: rows.map((r) => ({ category: workTypeLabel(r.work_type), group: (VERSION[r.plan_version] ?? r.plan_version).replace(/^d/, 'D'), value: r.count, rowIds: [r.id], ...qualifierProp(qualifierOf(ctx, r.id)) })),
    groups: ['original', 'revised'].filter((v) => versions.includes(v)).map((v) => VERSION[v]!.replace(/^d/, 'D')),
    order: 'value',
    categoryLabel: 'Loại công trình',
    additive: false,
  };
}

/** Planned works of one type in one list, where that is all a report gives for the area (no comparison to chart). */
export function typeFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const rows = rowsOf(plannedByType(ctx.inputs)).filter((r) => r.area_id === areaId);
  if (rows.length !== 1) return [];
  return rows.map((r) => ({
    ...figureSource(ctx, areaId, r, r.effective_date),
    label: `Công trình kế hoạch: ${workTypeLabel(r.work_type).toLocaleLowerCase('vi')}, ${VERSION[r.plan_version] ?? r.plan_version} (${periodText(r.batch).toLocaleLowerCase('vi')})`,
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
    text: `Báo cáo nêu tổng mức đầu tư toàn tỉnh${p.budget_source !== 'all' ? ` (${sourceLabel(p.budget_source).toLocaleLowerCase('vi')})` : ''}: ${qualified(formatNumber(p.value), qualifierOf(ctx, p.id))} triệu đồng; đó là tổng của cả tỉnh, không phải một huyện, nên không có trong biểu đồ.`,
    href: sourceLink(p.report_id, p.id),
  }));
  return {
    kind: 'bars',
    id,
    title: `${areaName(ctx, top.area_id)} có tổng mức đầu tư lớn nhất trong các huyện báo cáo nêu (${qualified(formatNumber(top.value), qualifierOf(ctx, top.id))} triệu đồng)`,
    subtitle: `Tổng mức đầu tư công trình ngầm, cầu dân sinh theo huyện, triệu đồng, ${periodText(rows[0]!.fund_year).toLocaleLowerCase('vi')}, ${areaPhrase(ctx, provinceId)}`,
    unit: 'mvnd',
    // Approved amounts are dated by their decisions (as their cards are), when every district's has one.
    ...(districtRows.every((r) => r.decision_date)
      ? { asOf: latestDate(districtRows.map((r) => r.decision_date)), dateKind: 'decision' as const }
      : { asOf: latestDate(districtRows.map((r) => r.effective_date)) }),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      ...stated,
      ...missingDistricts(ctx, provinceId, districtRows.map((r) => r.area_id), 'tổng mức đầu tư'),
      ...discrepancyNotes(ctx, rows.map((r) => r.id)),
    ],
    rows: districtRows.map((r) => ({ category: areaName(ctx, r.area_id), value: r.value, rowIds: [r.id], ...qualifierProp(qualifierOf(ctx, r.id)) })),
    order: 'value',
    categoryLabel: 'Huyện',
  };
}

/** NTP 1719 infrastructure: new works by type, and the other kinds of investment. */
export function otherWorksChart(ctx: ViewContext, areaId: string, id = 'cong-trinh-chuong-trinh-1719'): BarsSpec | null {
  const rows = rowsOf(otherWorks(ctx.inputs)).filter((r) => r.area_id === areaId && r.work_type !== 'all' && r.measure === 'new');
  if (rows.length === 0) return null;
  const top = rows.toSorted((a, b) => b.count - a.count)[0]!;
  const total = rowsOf(otherWorks(ctx.inputs)).find((r) => r.area_id === areaId && r.work_type === 'all' && r.measure === 'new' && r.batch === top.batch);
  return {
    kind: 'bars',
    id,
    title: `${workTypeLabel(top.work_type)} chiếm nhiều nhất trong ${total ? formatNumber(total.count) : ''} công trình xây mới`.replace('  ', ' '),
    subtitle: `Công trình xây mới theo loại, Chương trình MTQG 1719, ${periodText(top.batch).toLocaleLowerCase('vi')}, ${areaPhrase(ctx, areaId)}`,
    unit: 'work',
    asOf: latestDate(rows.map((r) => r.effective_date)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: discrepancyNotes(ctx, rows.map((r) => r.id)),
    rows: rows.map((r) => ({ category: workTypeLabel(r.work_type), value: r.count, rowIds: [r.id], ...qualifierProp(qualifierOf(ctx, r.id)) })),
    order: 'value',
    categoryLabel: 'Loại công trình',
  };
}

/** Other kinds of works investment (carried over, upgraded, maintained…), as a list of figures. */
export function otherWorksFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  return rowsOf(otherWorks(ctx.inputs))
    .filter((r) => r.area_id === areaId && r.measure !== 'new')
    .map((r) => ({
      ...figureSource(ctx, areaId, r, r.effective_date),
      label: `${r.measure === 'planned' ? 'Công trình theo kế hoạch' : workMeasureLabel(r.measure)}${r.work_type !== 'all' ? `: ${lowerFirst(workTypeLabel(r.work_type))}` : ''}${r.capital_type !== 'all' ? `, ${lowerFirst(capitalShort(r.capital_type))}` : ''} (${periodText(r.batch).toLocaleLowerCase('vi')})`,
      value: r.count,
      unit: 'work' as const,
    }));
}


/** Plan 511 money: disbursed out of its base, per fund year, one area. */
export function plan511MoneyFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  return rowsOf(disbursement(ctx.inputs))
    .filter((d) => d.area_id === areaId && d.program === 'plan511')
    .map((d) => ({
        ...figureSource(ctx, areaId, { id: d.disbursed_id, report_id: d.report_id }, d.as_of, [d.base_id, d.stated_rate_id]),
        label: `Vốn Kế hoạch 511 đã giải ngân, ${periodText(d.fund_year).toLocaleLowerCase('vi')}: ${qualified(`${d.stated_rate !== null ? formatNumber(d.stated_rate, 3) : formatNumber(d.rate, 1)}%`, rateQualifier(ctx, d))} vốn ${d.base_measure === 'allocated' ? 'đã phân bổ' : 'giao'}`,
        value: d.disbursed,
        unit: 'mvnd' as const,
        total: d.base,
    }));
}
