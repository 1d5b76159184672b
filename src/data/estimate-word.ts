/**
 * An estimate copied without its «ước». figure_status = estimate with a bound printed («khoảng 2,4%») shows «ước
 * khoảng» only where figure_text says «ước» (qualifier.ts): staff who copied the number's words but not the
 * sentence's «ước» (walk-through 30: «ước đến cuối năm 2024 còn khoảng 2,4%» copied as «khoảng 2,4%») would publish
 * «khoảng 2,4%» as if measured. Said for new rows only, as a warning: a report may call a figure an estimate by
 * «khoảng» alone (new-rows.ts).
 */
import { figureFields } from './define.ts';
import { issue, type Issue } from './messages.ts';
import { newRowsOf, placeOf, type AddedRows } from './new-rows.ts';
import { figureQualifier, QUALIFIERS } from './qualifier.ts';
import { TABLES } from './tables/index.ts';

export function estimateWordIssues(added: AddedRows): Issue[] {
  const out: Issue[] = [];
  for (const def of TABLES) {
    if (def.kind !== 'observation') continue;
    const fields = figureFields(def);
    for (const { row, i } of newRowsOf(added, def.name)) {
      if (row.figure_status !== 'estimate') continue;
      const field = fields.find((f) => typeof row[f.name] === 'number');
      if (!field) continue;
      const q = figureQualifier(row, row[field.name] as number, field.unit === 'mvnd' || row.unit === 'mvnd');
      if (q === null || q === 'uoc' || q === 'du_kien' || q.startsWith('uoc_')) continue;
      const printed = String(row.figure_text ?? '');
      // A plan («dự kiến khoảng …») is not said to lack «ước».
      if (/dự kiến/iu.test(printed.normalize('NFC'))) continue;
      out.push(issue({ code: 'figure.estimate-word', printed, word: QUALIFIERS[q].vi }, placeOf(added, def.name, i, 'figure_text', printed)));
    }
  }
  return out;
}
