/** Người có uy tín: how many, where, and the support they received. */
import type { BarsSpec } from '../charts/index.ts';
import { qualified } from '../data/qualifier.ts';
import { formatNumber } from '../lib/format.ts';
import { rowsOf } from '../lib/typed-table.ts';
import { ncutCounts, ncutSupport, type NcutFigure } from '../metrics/ncut.ts';
import { areaPhrase, discrepancyNotes, figureSource, latestDate, ncutMeasureLabel, periodText, providerLabel, qualifierOf, qualifierProp, rowsOverlap, sourcesOf, type ViewContext } from './context.ts';
import type { FigureProps } from './figure.ts';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

export function ncutFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  return rowsOf(ncutCounts(ctx.inputs))
    .filter((r) => r.area_id === areaId && r.persons !== null)
    .map((r) => ({
      ...figureSource(ctx, areaId, r, r.effective_date),
      label: `Người có uy tín (${lowerFirst(periodText(r.period))}, cấp ${providerLabel(r.provider).toLocaleLowerCase('vi')} quản lý)`,
      value: r.persons!,
      unit: 'person' as const,
      ...(r.quantity !== null && r.quantity_unit === 'village' ? { change: `${formatNumber(r.quantity)} thôn, bản có người có uy tín` } : {}),
    }));
}

const supportName = (r: NcutFigure) => `${ncutMeasureLabel(r.measure)} (${lowerFirst(periodText(r.period))}, cấp ${providerLabel(r.provider).toLocaleLowerCase('vi')})`;

// As the project chart's note (views/funding.ts): rows that overlap keep the report's order and are said not to be ranked.
const OVERLAP_NOTE = { text: 'Có hình thức hỗ trợ được báo cáo ghi cho cả năm lẫn một kỳ trong năm (cùng những người được tính hai lần): trang không cộng, không xếp hạng chúng và giữ thứ tự của báo cáo.' };

/** Support activities: persons reached, one bar each. */
export function supportChart(ctx: ViewContext, areaId: string, id = 'ho-tro-nguoi-co-uy-tin'): BarsSpec | null {
  const rows = rowsOf(ncutSupport(ctx.inputs)).filter((r) => r.area_id === areaId && r.persons !== null);
  // One activity is a figure, not a chart (see supportFigures).
  if (rows.length < 2) return null;
  const top = rows.toSorted((a, b) => b.persons! - a.persons!)[0]!;
  // One activity given for a year and again for its first half counts the same persons twice: not ranked.
  const overlapping = rowsOverlap(ctx, 'ncut', rows);
  return {
    kind: 'bars',
    id,
    title: overlapping
      ? `Số người có uy tín được hỗ trợ, theo từng hình thức và kỳ báo cáo ghi`
      : `${ncutMeasureLabel(top.measure)} đến với nhiều người có uy tín nhất (${qualified(formatNumber(top.persons!), qualifierOf(ctx, top.id))} người)`,
    subtitle: `Số người có uy tín được hỗ trợ theo hình thức, ${areaPhrase(ctx, areaId)}`,
    unit: 'person',
    asOf: latestDate(rows.map((r) => r.effective_date)),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [...(overlapping ? [OVERLAP_NOTE] : []), ...discrepancyNotes(ctx, rows.map((r) => r.id))],
    rows: rows.map((r) => ({ category: supportName(r), value: r.persons!, rowIds: [r.id], ...qualifierProp(qualifierOf(ctx, r.id)) })),
    order: overlapping ? 'given' : 'value',
    categoryLabel: 'Hình thức hỗ trợ',
    additive: false,
    overlapping,
  };
}

/** Money and items given, as figures (amounts are few and of different kinds: no chart). */
export function supportFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const rows = rowsOf(ncutSupport(ctx.inputs)).filter((r) => r.area_id === areaId);
  const charted = supportChart(ctx, areaId) !== null;
  return rows
    .filter((r) => r.amount_mvnd !== null || r.quantity !== null || (!charted && r.persons !== null))
    .map((r) => ({
      ...figureSource(ctx, areaId, r, r.effective_date),
      label: `${supportName(r)}${r.persons !== null && (r.amount_mvnd !== null || r.quantity !== null) ? `, ${formatNumber(r.persons)} người` : ''}`,
      value: r.amount_mvnd ?? r.quantity ?? r.persons!,
      unit: r.amount_mvnd !== null ? ('mvnd' as const) : r.quantity !== null ? (r.quantity_unit === 'copy' ? ('copy' as const) : ('village' as const)) : ('person' as const),
    }));
}
