/**
 * The one canonical form of a data file, written by `npm run chuan-hoa` and
 * expected (as a warning) by the checker: UTF-8 without BOM, ',' between
 * cells, '.' as the decimal mark with no thousands separator, LF line ends,
 * every column of the table's definition in its order, dates as ISO
 * (2023-11-17, 2023-11, 2023), and rows sorted by `id`, comparing the numbers
 * inside ids as numbers (…-f2 before …-f10). Since a row id starts with its
 * report id, the rows of one report stay together, in their own order.
 *
 * It is built from validated rows, so it says the same as the file: reading
 * the canonical text back gives the same rows (a test checks it).
 */
import type { TableName } from './define.ts';
import type { Issue } from './messages.ts';
import { readCsv } from './read.ts';
import { TABLES } from './tables/index.ts';
import { tableValidator, type Cell, type Row } from './validate.ts';

const BY_ID = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

/** A cell as text: numbers in their shortest exact form with '.', text quoted only when it must be. */
function cellText(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return numberText(value);
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** 130595 → "130595", 61.9 → "61.9", never "1e+21". */
function numberText(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Compares two rows by id, then (equal ids are an error elsewhere) by their canonical text. */
function compareRows(a: { id: string; text: string }, b: { id: string; text: string }): number {
  return BY_ID.compare(a.id, b.id) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

/** The canonical text of a table from its validated rows. */
export function canonicalCsv(name: TableName, rows: readonly Row[]): string {
  const def = TABLES.find((t) => t.name === name)!;
  const names = def.fields.map((f) => f.name);
  const lines = rows
    .map((row) => ({ id: String(row.id ?? ''), text: names.map((n) => cellText(row[n] ?? null)).join(',') }))
    .sort(compareRows)
    .map((r) => r.text);
  return [names.join(','), ...lines].join('\n') + '\n';
}

/**
 * Whether `text` (BOM already dropped) is exactly `canonicalCsv(name, rows)`,
 * for the rows read from it in file order — without building that text: each
 * row's cells are compared with the file where they should be, stopping at
 * the first difference, and the rows must then already be in canonical order
 * (a stable sort leaves sorted rows where they are, so the texts agree).
 */
export function isCanonical(name: TableName, text: string, rows: readonly Row[]): boolean {
  const def = TABLES.find((t) => t.name === name)!;
  const names = def.fields.map((f) => f.name);
  const header = names.join(',');
  if (!text.startsWith(header) || text.charCodeAt(header.length) !== 10) return false;
  let at = header.length + 1;
  const last = names.length - 1;
  // Consecutive rows repeat most cells (the very same strings): each column remembers its last cell's text.
  const lastValue: (Cell | undefined)[] = names.map(() => undefined);
  const lastText: string[] = names.map(() => '');
  let previous: Row | null = null;
  for (const row of rows) {
    const start = at;
    for (let j = 0; j <= last; j++) {
      const value = row[names[j]!] ?? null;
      if (value !== lastValue[j]) {
        lastValue[j] = value;
        lastText[j] = cellText(value);
      }
      const cell = lastText[j]!;
      if (!text.startsWith(cell, at)) return false;
      at += cell.length;
      if (text.charCodeAt(at) !== (j === last ? 10 : 44)) return false; // '\n' after the last cell, ',' between
      at++;
    }
    // Already in canonical order, or not canonical: checked as we go, so an unsorted file stops early.
    if (previous !== null) {
      const byId = BY_ID.compare(String(previous.id ?? ''), String(row.id ?? ''));
      if (byId > 0) return false;
      if (byId === 0) {
        const line = text.slice(start, at - 1);
        const before = names.map((n) => cellText(previous![n] ?? null)).join(',');
        if (before > line) return false;
      }
    }
    previous = row;
  }
  return at === text.length;
}

/** A file's text as the reader sees it, and whether it starts with a BOM. */
function decodedText(bytes: Uint8Array): { text: string; bom: boolean } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: new TextDecoder('utf-8').decode(bom ? bytes.subarray(3) : bytes), bom };
}

/**
 * One file in canonical form, or the errors that stop it: a file with an
 * error is never rewritten (a row the checker refuses would be lost).
 * References to other tables are not checked here — only the file itself.
 */
export function canonicaliseFile(name: TableName, bytes: Uint8Array, file: string): { text: string; changed: boolean } | { errors: Issue[] } {
  const def = TABLES.find((t) => t.name === name)!;
  const validator = tableValidator(def, file, {});
  const readIssues = readCsv(bytes, file, def.fields.map((f) => f.name).join(','), validator);
  const validated = validator.finish();
  const errors = [...readIssues, ...validated.issues].filter((i) => i.severity === 'error');
  if (errors.length || !validated.checked) return { errors };
  const text = canonicalCsv(name, validated.rows as Row[]);
  const before = decodedText(bytes);
  return { text, changed: before.bom || before.text !== text };
}
