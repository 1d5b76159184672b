/**
 * A safety net for data entry: the value of a row should be one of the numbers
 * printed in its `figure_text`. It catches the silent misreadings the number
 * rules cannot, e.g. "130.595" typed for 130595 in a comma-separated file (read
 * as 130,595). A mismatch is a warning: the figure may be legitimately derived.
 */
import { figureFields, type TableDef } from './define.ts';
import { issue, type Issue } from './messages.ts';

type Row = Record<string, unknown>;

/** A number as printed, with the words that follow it (where its unit is). */
interface Printed {
  value: number;
  after: string;
}

function printed(text: string): Printed[] {
  const found: Printed[] = [];
  for (const match of text.matchAll(/\d[\d.,]*\d|\d/g)) {
    const token = match[0];
    const after = text.slice(match.index + token.length, match.index + token.length + 8);
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(token) || /^\d+(,\d+)?$/.test(token)) {
      found.push({ value: Number(token.replaceAll('.', '').replace(',', '.')), after });
    } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(token) || /^\d+\.\d+$/.test(token)) {
      found.push({ value: Number(token.replaceAll(',', '')), after });
    }
  }
  return found;
}

/** Every number printed in a text, read the Vietnamese way (and the English way when only that fits). */
export function printedNumbers(text: string): number[] {
  return printed(text).map((p) => p.value);
}

/** A printed amount in million VND, by the unit printed right after it: "150 tỷ", "3.200.000 đồng", "68,5 triệu". */
function inMillionVnd({ value, after }: Printed): number {
  if (/^\s?tỷ/iu.test(after)) return value * 1000;
  if (/^\s?(đồng|đ)(?!\p{L})/iu.test(after)) return value / 1e6;
  return value;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Warnings for rows whose value is not among the numbers printed in their figure_text. */
export function figureTextIssues(def: TableDef, rows: readonly Row[], lines: readonly number[], file: string): Issue[] {
  if (def.kind !== 'observation') return [];
  const issues: Issue[] = [];
  rows.forEach((row, i) => {
    const text = String(row.figure_text ?? '');
    // A misprint is explained in its note; a text without digits ("không có đơn thư nào") has nothing to compare.
    if (row.figure_status === 'malformed' || !/\d/.test(text)) return;
    const numbers = printed(text);
    for (const field of figureFields(def)) {
      const column = field.name;
      const value = row[column];
      // Money is in million VND when the column says so (ncut.amount_mvnd) or the row's unit does.
      const money = field.unit === 'mvnd' || row.unit === 'mvnd';
      if (typeof value !== 'number') continue;
      // Changes are stored signed ("giảm 1,4%" = -1.4) but printed as a magnitude.
      if (numbers.some((n) => near(money ? inMillionVnd(n) : n.value, Math.abs(value)))) continue;
      issues.push(issue({ code: 'figure.mismatch', value, column, printed: text }, { file, line: lines[i] ?? null, column, value: String(value) }));
    }
  });
  return issues;
}
