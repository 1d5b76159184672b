/**
 * What /cap-nhat/ shows of a check, as plain data: made in the checker's
 * worker (check-worker.ts) and sent to the page, which only writes it out
 * (client.ts). The lists are capped, so a file with an error on each of
 * 100,000 columns or 500,000 rows never becomes a table of that many rows:
 * the first SHOWN_PER_KIND problems of each kind in each file are shown, the
 * rest counted (every count stated), and so for the preview and the discrepancies.
 */
import { figureFields, type TableName } from '../data/define.ts';
import { TABLES } from '../data/tables/index.ts';
import type { Discrepancy, Issue } from '../data/check.ts';
import type { CheckerResult, PreviewRow } from './checker.ts';

/** Problems shown per file and kind (issue code); the others are counted. */
export const SHOWN_PER_KIND = 200;
/** Rows of the preview shown. */
export const SHOWN_PREVIEW = 500;
/** New discrepancies listed. */
export const SHOWN_ADDED = 200;

/** The problems of one kind in one file that are not shown. */
export interface HiddenKind {
  file: string;
  code: string;
  severity: Issue['severity'];
  /** How many are not shown. */
  count: number;
  /** The message of the first one not shown, as an example. */
  example: string;
}

/** A problem as shown: a workbook's is placed by its cell ("ô K5") and shows a number as Excel does ("12.500,5"). */
export type ShownIssue = Issue & { cell?: string };

/** "A", …, "Z", "AA": the letter of a spreadsheet column (0-based). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const EXCEL_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 15 });
/** The columns that hold a figure, over every table. */
const FIGURE_COLUMNS = new Set(TABLES.flatMap((t) => figureFields(t).map((f) => f.name)));

/**
 * In the words of a workbook: the cell of a problem (its column's letter in the sheet's header and its row;
 * the workbook's rows are the lines of the text it is read as) and a number cell as vi-VN Excel shows it.
 */
function inWorkbook(problem: Issue, header: readonly string[]): ShownIssue {
  const at = problem.column === null ? -1 : header.indexOf(problem.column);
  const cell = at >= 0 && problem.line !== null ? `${columnLetter(at)}${problem.line}` : undefined;
  // A figure's number cell reads as its plain digits ("210.5"); anything else ("210.500") was typed as text: shown as
  // typed. A year or period typed as a number (2023) is shown as typed, never «2.023».
  const numberCell =
    problem.column !== null && FIGURE_COLUMNS.has(problem.column) && problem.value !== null && /^-?\d+(\.\d+)?$/.test(problem.value) && String(Number(problem.value)) === problem.value;
  const value = numberCell ? EXCEL_NUMBER.format(Number(problem.value)) : problem.value;
  // The CSV advice (which separator makes the dot a decimal point) means nothing in a workbook: the problem's own
  // workbook wording, where it has one (data/messages.ts).
  const { inWorkbook: words, ...rest } = problem;
  return { ...rest, value, ...(words ?? {}), ...(cell ? { cell } : {}) };
}

export interface CheckView {
  /** Files of no table (named as the person chose them, with the reason). */
  unknown: string[];
  /** The files (or sheets) checked. */
  files: string[];
  errors: number;
  warnings: number;
  /** Issues then form warnings, at most SHOWN_PER_KIND of each kind in each file. */
  problems: ShownIssue[];
  hidden: HiddenKind[];
  /** The rows to look at: those added or changed, else (none changed) every valid row; at most SHOWN_PREVIEW. */
  preview: PreviewRow[];
  /** Valid rows added or changed, and unchanged, in the chosen tables. */
  changed: number;
  same: number;
  /** Rows added or changed with a rounded figure and no «khoảng», «trên»… (listed to compare with the paper again). */
  rounded: number;
  added: Discrepancy[];
  addedTotal: number;
  canonical: { table: TableName; file: string; text: string }[];
}

/** The first `perKind` problems of each (file, code), in their order, and a count of the others by kind. */
export function capProblems(problems: readonly Issue[], perKind = SHOWN_PER_KIND): { shown: Issue[]; hidden: HiddenKind[] } {
  const seen = new Map<string, number>();
  const hidden = new Map<string, HiddenKind>();
  const shown: Issue[] = [];
  for (const p of problems) {
    const kind = `${p.file}\u0000${p.code}`;
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    if (n <= perKind) shown.push(p);
    else {
      const h = hidden.get(kind);
      if (h) h.count++;
      else hidden.set(kind, { file: p.file, code: p.code, severity: p.severity, count: 1, example: p.message });
    }
  }
  return { shown, hidden: [...hidden.values()] };
}

/** `headers`: the header row of each file read from a workbook sheet ("mau-funding.xlsx › funding"), by file. */
export function checkView(result: CheckerResult, unknown: readonly string[], files: readonly string[], headers: Readonly<Record<string, readonly string[]>> = {}): CheckView {
  const capped = capProblems([...result.issues, ...result.form]);
  const hidden = capped.hidden;
  const shown = capped.shown.map((p) => (headers[p.file] ? inWorkbook(p, headers[p.file]!) : p));
  const changed = result.preview.filter((p) => p.changed);
  const rows = changed.length ? changed : result.preview;
  return {
    unknown: [...unknown],
    files: [...files],
    errors: result.errors,
    warnings: result.warnings,
    problems: shown,
    hidden,
    preview: rows.slice(0, SHOWN_PREVIEW),
    changed: changed.length,
    same: result.preview.length - changed.length,
    rounded: changed.filter((p) => p.rounded).length,
    added: result.added.slice(0, SHOWN_ADDED),
    addedTotal: result.added.length,
    canonical: result.canonical,
  };
}
