/**
 * A qualifier copied for one figure and not for its twin. A sentence that gives one bound for several areas («Các
 * huyện Sơn Động, Lục Ngạn giải ngân đạt trên 45%») is copied once per row; staff who quoted «45%» for the second
 * row dropped its «trên» (walk-through 32), and the site would publish an exact 45% ranked beside «trên 45%». Said
 * for new rows only, as a warning: two figures of one report may indeed be 45% and «trên 45%».
 */
import { figureFields } from './define.ts';
import { issue, type Issue } from './messages.ts';
import { newRowsOf, placeOf, type AddedRows } from './new-rows.ts';
import { figureQualifier, QUALIFIERS, type Qualifier } from './qualifier.ts';
import { TABLES } from './tables/index.ts';

export function qualifierSiblingIssues(added: AddedRows): Issue[] {
  const out: Issue[] = [];
  for (const def of TABLES) {
    if (def.kind !== 'observation') continue;
    const fresh = newRowsOf(added, def.name);
    if (fresh.length === 0) continue;
    const rows = added.tables[def.name] ?? [];
    const fields = figureFields(def);
    // Each row's first figure, with its unit and its qualifier as printed.
    const read = rows.map((row) => {
      const field = fields.find((f) => typeof row[f.name] === 'number');
      if (!field) return null;
      const value = row[field.name] as number;
      const unit = field.unit ?? String(row.unit ?? '');
      return { key: `${String(row.report_id)}\u0000${unit}\u0000${value}`, value, q: figureQualifier(row, value, unit === 'mvnd') as Qualifier | null };
    });
    // Of each report, unit and value: the first row that prints a qualifier (a published one too).
    const qualified = new Map<string, number>();
    read.forEach((r, i) => {
      if (r?.q && !qualified.has(r.key)) qualified.set(r.key, i);
    });
    for (const { row, i } of fresh) {
      const r = read[i];
      if (!r || r.q !== null) continue;
      const twin = qualified.get(r.key);
      if (twin === undefined) continue;
      const other = rows[twin]!;
      const printed = String(row.figure_text ?? '');
      out.push(
        issue(
          { code: 'figure.qualifier-sibling', printed, value: r.value, other: String(other.id), otherPrinted: String(other.figure_text ?? ''), word: QUALIFIERS[read[twin]!.q!].vi },
          placeOf(added, def.name, i, 'figure_text', printed),
        ),
      );
    }
  }
  return out;
}
