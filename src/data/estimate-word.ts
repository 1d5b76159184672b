/**
 * An estimate copied without its «ước». figure_status = estimate with a bound printed («khoảng 2,4%») shows «ước
 * khoảng» only where figure_text says «ước» (qualifier.ts): staff who copied the number's words but not the
 * sentence's «ước» (walk-through 30: «ước đến cuối năm 2024 còn khoảng 2,4%» copied as «khoảng 2,4%») would publish
 * «khoảng 2,4%» as if measured. Said for new rows only, as a warning: a report may call a figure an estimate by
 * «khoảng» alone, and published rows are not asked about again.
 */
import { figureFields, type TableName } from './define.ts';
import { issue, type Issue } from './messages.ts';
import type { PublishedRows } from './published.ts';
import { figureQualifier, QUALIFIERS } from './qualifier.ts';
import { TABLES } from './tables/index.ts';

type Row = Readonly<Record<string, unknown>>;

export function estimateWordIssues(
  published: PublishedRows,
  tables: Readonly<Partial<Record<TableName, readonly Row[]>>>,
  lines: Readonly<Partial<Record<TableName, readonly number[]>>>,
  files: Readonly<Record<TableName, string>>,
): Issue[] {
  const out: Issue[] = [];
  for (const def of TABLES) {
    if (def.kind !== 'observation') continue;
    const before = new Set((published[def.name] ?? []).map((r) => String(r.id)));
    const fields = figureFields(def);
    (tables[def.name] ?? []).forEach((row, i) => {
      if (row.figure_status !== 'estimate' || before.has(String(row.id))) return;
      const field = fields.find((f) => typeof row[f.name] === 'number');
      if (!field) return;
      const q = figureQualifier(row, row[field.name] as number, field.unit === 'mvnd' || row.unit === 'mvnd');
      if (q === null || q === 'uoc' || q === 'du_kien' || q.startsWith('uoc_')) return;
      const printed = String(row.figure_text ?? '');
      // A plan («dự kiến khoảng …») is not said to lack «ước».
      if (/dự kiến/iu.test(printed.normalize('NFC'))) return;
      out.push(issue({ code: 'figure.estimate-word', printed, word: QUALIFIERS[q].vi }, { file: files[def.name], line: lines[def.name]?.[i] ?? null, column: 'figure_text', value: printed }));
    });
  }
  return out;
}
