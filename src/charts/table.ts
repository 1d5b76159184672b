/** The chart's data as an accessible table model: same order as the chart, vi-VN formats. */
import { UNITS } from '../data/define.ts';
import { combineQualifiers, qualified, sumQualifier, type Qualifier } from '../data/qualifier.ts';
import { dateSortKey, formatDate, formatNumber } from '../core/format.ts';
import { barOrderTotals, collator, firstAppearance, orderCategories } from './layout.ts';
import { STATUS_LABELS, STATUS_ORDER } from './palette.ts';
import type { BarsSpec, ChartSpec, CompletionSpec, SeriesSpec, TableModel } from './types.ts';

/** The data team's notes on some source rows (their `note`), distinct, in the order of the ids. */
export type RowNotesOf = (rowIds: readonly string[]) => readonly string[];

/** A cell as the table functions make it: its text, and the numbers of the notes on the rows it is read from. */
type MarkedCell = string | { text: string; marks: number[] };
type Body = Omit<TableModel, 'caption' | 'rows'> & { rows: MarkedCell[][] };

/**
 * Numbered notes on a table's cells: each distinct note gets the next number the first time a cell built from its
 * rows is written; a cell carries the numbers of its rows' notes, smallest first, as a printed table's footnotes.
 */
class Footnotes {
  readonly notes: string[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly notesOf: RowNotesOf | undefined;
  constructor(notesOf: RowNotesOf | undefined) {
    this.notesOf = notesOf;
  }
  cell(text: string, rows: readonly { rowIds?: readonly string[] }[]): MarkedCell {
    if (!this.notesOf) return text;
    const marks = new Set<number>();
    for (const note of this.notesOf(rows.flatMap((r) => r.rowIds ?? []))) {
      let n = this.numbers.get(note);
      if (n === undefined) {
        this.notes.push(note);
        this.numbers.set(note, (n = this.notes.length));
      }
      marks.add(n);
    }
    return marks.size > 0 ? { text, marks: [...marks].sort((a, b) => a - b) } : text;
  }
}

const MISSING = '–';
const unitLabel = (unit: ChartSpec['unit']) => UNITS[unit].vi;
/** The qualifier of a figure made from rows: their sum's (sumQualifier), or a share's (divided by its total: `against`). */
const q = (rows: readonly { qualifier?: Qualifier }[], share = false) =>
  share ? combineQualifiers(rows.map((r) => r.qualifier), rows.map((r) => r.qualifier)) : sumQualifier(rows.map((r) => r.qualifier));
const cell = (v: number | undefined, unit: ChartSpec['unit'], q?: Qualifier | null) =>
  v === undefined ? MISSING : qualified(unit === 'percent' ? `${formatNumber(v, 2)}%` : formatNumber(v, 2), q);

function barsTable(spec: BarsSpec, notes: Footnotes): Body {
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
      ...groups.map((g) => {
        const r = row(c, g);
        return notes.cell(cell(r?.value, spec.unit, r?.qualifier), r ? [r] : []);
      }),
      // A stack's total is approximate, or a bound, when a segment is.
      ...(stacked ? [cell(barOrderTotals(spec.rows.filter((r) => r.category === c), true).get(c), spec.unit, q(spec.rows.filter((r) => r.category === c)))] : []),
    ]),
  };
}

function completionTable(spec: CompletionSpec, notes: Footnotes): Body {
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
      return [c, ...statuses.map((s, i) => notes.cell(qualified(formatNumber(counts[i]!), q(rowsOf(c, s))), rowsOf(c, s))), qualified(formatNumber(total), q(rowsOf(c))), share];
    }),
  };
}

function seriesTable(spec: SeriesSpec, notes: Footnotes): Body {
  const names = firstAppearance(spec.rows.map((r) => r.series)).sort(collator.compare);
  const dates = firstAppearance(spec.rows.map((r) => r.date)).sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)));
  return {
    columns: [{ label: 'Thời điểm', numeric: false }, ...names.map((s) => ({ label: s, numeric: true }))],
    rows: dates.map((d) => [
      formatDate(d),
      ...names.map((s) => {
        const r = spec.rows.find((r) => r.date === d && r.series === s);
        return notes.cell(cell(r?.value, spec.unit, r?.qualifier), r ? [r] : []);
      }),
    ]),
  };
}

/**
 * With `notesOf`, each value cell read from source rows that carry a note of the data team gets the numbers of
 * those notes (`marks`), and the notes are listed as `footnotes` (a total or share the table works out has none:
 * its parts have them).
 */
export function tableModel(spec: ChartSpec, notesOf?: RowNotesOf): TableModel {
  const notes = new Footnotes(notesOf);
  const body = spec.kind === 'bars' ? barsTable(spec, notes) : spec.kind === 'completion' ? completionTable(spec, notes) : seriesTable(spec, notes);
  // Percent cells carry their own "%"; other units are named once, above the table.
  const unitNote = spec.unit === 'percent' ? undefined : `Đơn vị: ${unitLabel(spec.unit)}`;
  const rows = body.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c.text)));
  const footnotes = notes.notes.length > 0 ? { footnotes: notes.notes, marks: body.rows.map((r) => r.map((c) => (typeof c === 'string' ? [] : c.marks))) } : {};
  return { caption: `${spec.title}. ${spec.subtitle}${unitNote ? `. ${unitNote}` : ''}`, unitNote, ...body, rows, ...footnotes };
}
