/**
 * A qualifier copied for one figure and not for its twin. A sentence that gives one bound for several areas («Các
 * huyện Sơn Động, Lục Ngạn giải ngân đạt trên 45%») is copied once per row; staff who quoted «45%» for the second
 * row dropped its «trên» (walk-through 32), and the site would publish an exact 45% ranked beside «trên 45%». Said
 * for new rows only, as a warning: two figures of one report may indeed be 45% and «trên 45%».
 */
import { figureFields, type TableName } from './define.ts';
import { issue, type Issue } from './messages.ts';
import type { PublishedRows } from './published.ts';
import { figureQualifier, QUALIFIERS, type Qualifier } from './qualifier.ts';
import { TABLES } from './tables/index.ts';

type Row = Readonly<Record<string, unknown>>;

export function qualifierSiblingIssues(
  published: PublishedRows,
  tables: Readonly<Partial<Record<TableName, readonly Row[]>>>,
  lines: Readonly<Partial<Record<TableName, readonly number[]>>>,
  files: Readonly<Record<TableName, string>>,
): Issue[] {
  const out: Issue[] = [];
  for (const def of TABLES) {
    if (def.kind !== 'observation') continue;
    const before = new Set((published[def.name] ?? []).map((r) => String(r.id)));
    const rows = tables[def.name] ?? [];
    if (rows.every((r) => before.has(String(r.id)))) continue;
    const fields = figureFields(def);
    // Each row's first figure, with its unit and its qualifier as printed.
    const read = rows.map((row) => {
      const field = fields.find((f) => typeof row[f.name] === 'number');
      if (!field) return null;
      const value = row[field.name] as number;
      const unit = field.unit ?? String(row.unit ?? '');
      return { key: `${String(row.report_id)}\u0000${unit}\u0000${value}`, value, q: figureQualifier(row, value, unit === 'mvnd') as Qualifier | null };
    });
    // Of each report, unit and value: the first row that prints a qualifier.
    const qualified = new Map<string, number>();
    read.forEach((r, i) => {
      if (r?.q && !qualified.has(r.key)) qualified.set(r.key, i);
    });
    read.forEach((r, i) => {
      const row = rows[i]!;
      if (!r || r.q !== null || before.has(String(row.id))) return;
      const twin = qualified.get(r.key);
      if (twin === undefined) return;
      const other = rows[twin]!;
      const printed = String(row.figure_text ?? '');
      out.push(
        issue(
          { code: 'figure.qualifier-sibling', printed, value: r.value, other: String(other.id), otherPrinted: String(other.figure_text ?? ''), word: QUALIFIERS[read[twin]!.q!].vi },
          { file: files[def.name], line: lines[def.name]?.[i] ?? null, column: 'figure_text', value: printed },
        ),
      );
    });
  }
  return out;
}
