/**
 * A safety net for data entry: the value of a row must be one of the numbers
 * printed in its `figure_text`. It catches the silent misreadings the number
 * rules cannot, e.g. "236.540" typed for 236540 in a comma-separated file
 * (read as 236,54) — a slip of magnitude that must never publish. A mismatch
 * is an error, unless the row is marked as the report's own misprint
 * (figure_status = malformed) with a note saying how it was read.
 */
import { figureFields, type TableDef } from './define.ts';
import { issue, type Issue } from './messages.ts';
type Row = Record<string, unknown>;

/** A number as printed, with the words that follow it (where its unit is) and where it starts in the text. */
interface Printed {
  value: number;
  after: string;
  start: number;
}

function printed(text: string): Printed[] {
  const found: Printed[] = [];
  for (const match of text.matchAll(/\d[\d.,]*\d|\d/g)) {
    const token = match[0];
    const after = text.slice(match.index + token.length, match.index + token.length + 8);
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(token) || /^\d+(,\d+)?$/.test(token)) {
      found.push({ value: Number(token.replaceAll('.', '').replace(',', '.')), after, start: match.index });
    } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(token) || /^\d+\.\d+$/.test(token)) {
      found.push({ value: Number(token.replaceAll(',', '')), after, start: match.index });
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

/**
 * Where in a text the number that is this value is printed (the first such), read as the check reads it:
 * plainly, or as an amount in million VND when `money`; changes are printed as a magnitude. Null when none is.
 */
export function printedAt(text: string, value: number, money: boolean): number | null {
  const hit = printed(text).find((p) => near(money ? inMillionVnd(p) : p.value, Math.abs(value)));
  return hit === undefined ? null : hit.start;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const digits = (text: string) => text.replace(/\D/g, '').replace(/^0+/, '');

/** A power of ten apart (a misplaced separator), or the same digits: what staff most likely meant. */
function slipOf(value: number, typed: string, candidates: readonly number[]): number | null {
  const sameDigits = candidates.find((c) => digits(String(c)) !== '' && digits(String(c)) === digits(typed));
  if (sameDigits !== undefined) return sameDigits;
  const magnitude = candidates.find((c) => c !== 0 && value !== 0 && Number.isInteger(Math.round(Math.log10(Math.abs(c / value)) * 1e9) / 1e9));
  if (magnitude !== undefined) return magnitude;
  return candidates.length === 1 ? candidates[0]! : null;
}

export interface FigureCells {
  /** The figure cells as typed, by column, aligned with `rows`. */
  typed?: Readonly<Record<string, readonly string[]>>;
  delimiter?: ',' | ';';
}

/** The numbers printed in a text, as they read plainly and as amounts in million VND; and those that are not shares. */
interface Readings {
  plain: number[];
  money: number[];
  /** The same without the numbers printed as a percentage («100%»), which no amount or count can be. */
  plainNotShare: number[];
  moneyNotShare: number[];
}

/** «100%», «40,4 %»: a number printed as a share (of a rate, never of an amount of money or a count). */
const isShare = (p: Printed) => /^\s?%/.test(p.after);

/** Units whose value may be a number printed with «%» (a rate, a decrease in points); unknown units are not told apart. */
const SHARE_UNITS = new Set(['percent', 'pp', 'pp_per_year']);

/** Errors for rows whose value is not among the numbers printed in their figure_text. */
export function figureTextIssues(
  def: TableDef,
  rows: readonly Row[],
  lines: readonly number[],
  file: string,
  cells: FigureCells = {},
): Issue[] {
  if (def.kind !== 'observation') return [];
  const issues: Issue[] = [];
  const delimiter = cells.delimiter ?? ',';
  const fields = figureFields(def);
  const guards = ['unit', 'figure_status', 'figure_text'].filter((name) => def.fields.some((f) => f.name === name));
  // The same texts recur across a table ("4.906 triệu đồng"): each is read once, both ways.
  const seen = new Map<string, Readings>();
  const readingsOf = (text: string): Readings => {
    let found = seen.get(text);
    if (found === undefined) {
      const numbers = printed(text);
      const notShare = numbers.filter((n) => !isShare(n));
      found = { plain: numbers.map((n) => n.value), money: numbers.map(inMillionVnd), plainNotShare: notShare.map((n) => n.value), moneyNotShare: notShare.map(inMillionVnd) };
      if (seen.size < 1 << 16) seen.set(text, found);
    }
    return found;
  };
  rows.forEach((row, i) => {
    // A row left out for an invalid unit or status (undefined) cannot be read surely: its own error comes first.
    if (guards.some((name) => row[name] === undefined)) return;
    const text = String(row.figure_text ?? '');
    const line = lines[i] ?? null;
    if (row.figure_status === 'malformed') {
      // A misprint is published as the report's own error: it must say how it was read.
      if (!row.note) issues.push(issue({ code: 'figure.misprint-note' }, { file, line, column: 'note', value: null }));
      return;
    }
    // A text without digits ("không có đơn thư nào") has nothing to compare.
    if (!/\d/.test(text)) return;
    const numbers = readingsOf(text);
    for (const field of fields) {
      const column = field.name;
      const value = row[column];
      // Money is in million VND when the column says so (ncut.amount_mvnd) or the row's unit does.
      const money = field.unit === 'mvnd' || row.unit === 'mvnd';
      if (typeof value !== 'number') continue;
      const unit = field.unit ?? (typeof row.unit === 'string' ? row.unit : null);
      // «đã giải ngân hết (100%)» holds no amount: its 100 is never offered for 7.450 triệu đồng (walk-through 26).
      const notShare = unit !== null && !SHARE_UNITS.has(unit);
      const readings = money ? (notShare ? numbers.moneyNotShare : numbers.money) : notShare ? numbers.plainNotShare : numbers.plain;
      // Changes are stored signed ("giảm 1,4%" = -1.4) but printed as a magnitude.
      if (readings.some((n) => near(n, Math.abs(value)))) continue;
      const typed = cells.typed?.[column]?.[i] ?? String(value);
      const suggestion = slipOf(Math.abs(value), typed, readings);
      issues.push(
        issue(
          { code: 'figure.mismatch', value, typed, column, printed: text, suggestion: suggestion === null ? null : Math.sign(value || 1) * suggestion, delimiter, noNumber: readings.length === 0 },
          { file, line, column, value: typed },
        ),
      );
    }
  });
  return issues;
}
