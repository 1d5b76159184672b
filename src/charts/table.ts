/** The chart's data as an accessible table model: same order as the chart, vi-VN formats. */
import { UNITS } from '../data/define.ts';
import { combineQualifiers, qualified, sumQualifier, type Qualifier } from '../data/qualifier.ts';
import { dateSortKey, formatDate, formatNumber } from '../core/format.ts';
import { barOrderTotals, collator, firstAppearance, orderCategories } from './layout.ts';
import { STATUS_LABELS, STATUS_ORDER } from './palette.ts';
import type { BarsSpec, ChartSpec, CompletionSpec, SeriesSpec, TableModel } from './types.ts';

const MISSING = '–';
const unitLabel = (unit: ChartSpec['unit']) => UNITS[unit].vi;
/** The qualifier of a figure made from rows: their sum's (sumQualifier), or a share's (divided by its total: `against`). */
const q = (rows: readonly { qualifier?: Qualifier }[], share = false) =>
  share ? combineQualifiers(rows.map((r) => r.qualifier), rows.map((r) => r.qualifier)) : sumQualifier(rows.map((r) => r.qualifier));
const cell = (v: number | undefined, unit: ChartSpec['unit'], q?: Qualifier | null) =>
  v === undefined ? MISSING : qualified(unit === 'percent' ? `${formatNumber(v, 2)}%` : formatNumber(v, 2), q);

function barsTable(spec: BarsSpec): Omit<TableModel, 'caption'> {
  const groups = spec.groups ? [...spec.groups] : firstAppearance(spec.rows.map((r) => r.group ?? ''));
  const stacked = spec.layout === 'stacked' && groups.length > 1;
  const categories = orderCategories(spec.rows.map((r) => r.category), spec.order ?? 'vi', barOrderTotals(spec.rows, stacked));
  const head = (g: string) => g || 'Giá trị';
  const row = (c: string, g: string) => spec.rows.find((r) => r.category === c && (r.group ?? '') === g);
  return {
    columns: [
      { label: spec.categoryLabel ?? 'Hạng mục', numeric: false },
      ...groups.map((g) => ({ label: head(g), numeric: true })),
      ...(stacked ? [{ label: 'Tổng', numeric: true }] : []),
    ],
    rows: categories.map((c) => [
      c,
      ...groups.map((g) => cell(row(c, g)?.value, spec.unit, row(c, g)?.qualifier)),
      // A stack's total is approximate, or a bound, when a segment is.
      ...(stacked ? [cell(barOrderTotals(spec.rows.filter((r) => r.category === c), true).get(c), spec.unit, q(spec.rows.filter((r) => r.category === c)))] : []),
    ]),
  };
}

function completionTable(spec: CompletionSpec): Omit<TableModel, 'caption'> {
  // Statuses are parts of a category's works: its total is their sum.
  const categories = orderCategories(spec.rows.map((r) => r.category), spec.order ?? 'vi', barOrderTotals(spec.rows, true));
  const rowsOf = (c: string, s?: string) => spec.rows.filter((r) => r.category === c && (s === undefined || r.status === s));
  const of = (c: string, s: string) => rowsOf(c, s).reduce((a, r) => a + r.value, 0);
  // "Chưa rõ tình trạng" only when a category has such works.
  const statuses = STATUS_ORDER.filter((s) => s !== 'unknown' || spec.rows.some((r) => r.status === s));
  return {
    columns: [
      { label: spec.categoryLabel ?? 'Hạng mục', numeric: false },
      ...statuses.map((s) => ({ label: STATUS_LABELS[s], numeric: true })),
      { label: 'Tổng', numeric: true },
      { label: '% hoàn thành', numeric: true },
    ],
    rows: categories.map((c) => {
      const counts = statuses.map((s) => of(c, s));
      const total = counts.reduce((a, b) => a + b, 0);
      const share = total ? qualified(`${formatNumber((counts[0]! / total) * 100, 1)}%`, q(rowsOf(c), true)) : MISSING;
      return [c, ...statuses.map((s, i) => qualified(formatNumber(counts[i]!), q(rowsOf(c, s)))), qualified(formatNumber(total), q(rowsOf(c))), share];
    }),
  };
}

function seriesTable(spec: SeriesSpec): Omit<TableModel, 'caption'> {
  const names = firstAppearance(spec.rows.map((r) => r.series)).sort(collator.compare);
  const dates = firstAppearance(spec.rows.map((r) => r.date)).sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)));
  return {
    columns: [{ label: 'Thời điểm', numeric: false }, ...names.map((s) => ({ label: s, numeric: true }))],
    rows: dates.map((d) => [
      formatDate(d),
      ...names.map((s) => {
        const r = spec.rows.find((r) => r.date === d && r.series === s);
        return cell(r?.value, spec.unit, r?.qualifier);
      }),
    ]),
  };
}

export function tableModel(spec: ChartSpec): TableModel {
  const body = spec.kind === 'bars' ? barsTable(spec) : spec.kind === 'completion' ? completionTable(spec) : seriesTable(spec);
  // Percent cells carry their own "%"; other units are named once, above the table.
  const unitNote = spec.unit === 'percent' ? undefined : `Đơn vị: ${unitLabel(spec.unit)}`;
  return { caption: `${spec.title}. ${spec.subtitle}${unitNote ? `. ${unitNote}` : ''}`, unitNote, ...body };
}
