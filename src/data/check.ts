/**
 * The pure heart of the data check: bytes of each table's file → typed rows,
 * issues and discrepancies. No file system, no `process`: the build
 * (load.ts reads the files) and the staff checker in the browser
 * (/cap-nhat/, files chosen by the user) run exactly this code.
 */
import type { TableDef, TableName } from './define.ts';
import { isCanonical } from './canonical.ts';
import { figureTextIssues } from './figure-text.ts';
import { issue, type Issue } from './messages.ts';
import { estimateWordIssues } from './estimate-word.ts';
import { qualifierSiblingIssues } from './qualifier-sibling.ts';
import { newCodeIssues } from './new-code.ts';
import { citedIssues, exampleIssues, publishedIssues, type Cited, type NotCompared, type PublishedRows } from './published.ts';
import { decode, readCsvText, tailStart } from './read.ts';
import { reconcile, type Discrepancy, type Tables } from './reconcile/index.ts';
import { asOfIssues, reportDateIssues } from './as-of-rule.ts';
import { mergerIssues } from './merger-rule.ts';
import { correctionIssues } from './correction-rule.ts';
import { planChangeIssues } from './plan-rule.ts';
import { seriesIssues } from './series.ts';
import { TABLES } from './tables/index.ts';
import { tableValidator, type RefIndex, type Row, type RowColumns, type TableValidator } from './validate.ts';

export type { Cited, Discrepancy, Issue, PublishedRows };

export interface DataLoad {
  tables: Tables;
  /** Errors block a build; warnings do not. */
  issues: Issue[];
  /** Inconsistencies printed in the reports themselves, for the data-quality page. */
  discrepancies: Discrepancy[];
  /** Valid rows loaded per table. */
  counts: Record<TableName, number>;
  /** The line each valid row came from, per table (the browser checker's preview links rows to lines). */
  lines: Record<TableName, number[]>;
  /**
   * Warnings about a clean file's form only (not in the canonical form of
   * `npm run chuan-hoa`): kept apart from `issues` so that they never change
   * what a build or a test of the data says, only what staff are told.
   */
  form: Issue[];
  /** The rows the site's articles cite, when known (the option given): /cap-nhat/ ships them to the browser checker. */
  cited?: Cited;
  /**
   * Set by load.ts when git gave nothing published to compare with (published-git.ts): a deleted or changed
   * published row could not be found, which the report says instead of a bare "no error".
   */
  notCompared?: NotCompared;
}

/** One table's input: the file as the user names it, and its bytes (null when the file is missing). */
export interface TableInput {
  file: string;
  bytes: Uint8Array | null;
  /**
   * Whether to say when the file is not in the canonical form of `npm run chuan-hoa`.
   * Off for a CSV made from an XLSX in the browser: that is not a file anyone reviews.
   */
  canonicalWarning?: boolean;
  /** Problems found before reading (e.g. two files for one table), reported with the table's own. */
  extra?: Issue[];
}

/** The header line a missing or empty file should start with. */
export const templateHeader = (name: TableName) => TABLES.find((t) => t.name === name)!.fields.map((f) => f.name).join(',');

/** A table's header line and the rows of its second half, to read on another thread. */
export interface TailJob {
  table: TableName;
  file: string;
  text: string;
  /** Added to the lines of `text` to give those of the file. */
  lineOffset: number;
}

/** Reads the second half of a large file on another thread (src/data/tail-read.ts; the build only). */
export interface TailReader {
  /** Texts shorter than this are read on one thread. */
  minLength: number;
  /** Starts reading; the function returned waits for the rows (null: read them here, as if never started). */
  start(job: TailJob): () => RowColumns | null;
}

/**
 * Told while a table is read: its file, the line reached and the file's lines
 * (the browser checker shows it, from its worker, as «12.000/560.000 dòng»).
 */
export type Progress = (file: string, line: number, lines: number) => void;
const PROGRESS_EVERY = 1000;

/**
 * Reads a table's text into a new validator. With `readTail`, a large text's second half is read on
 * another thread while this one reads the first; its rows are taken only when none had a problem,
 * else read here after the first half. Either way the result, every message included, is the one
 * reading the whole text on one thread gives.
 */
function readTable(
  def: TableDef,
  file: string,
  refs: Partial<Record<TableName, RefIndex>>,
  text: string,
  readTail?: TailReader,
  progress?: Progress,
): { validator: TableValidator; issues: Issue[] } {
  const template = templateHeader(def.name);
  const validator = tableValidator(def, file, refs);
  const from = readTail && text.length >= readTail.minLength ? tailStart(text) : -1;
  if (from <= 0 && progress) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) lines++;
    progress(file, 0, lines);
    const sink = {
      header: (h: Parameters<TableValidator['header']>[0]) => validator.header(h),
      record: (r: Parameters<TableValidator['record']>[0]) => {
        validator.record(r);
        if (r.line % PROGRESS_EVERY === 0) progress(file, r.line, lines);
      },
    };
    const issues = readCsvText(text, file, template, sink);
    progress(file, lines, lines);
    return { validator, issues };
  }
  if (from <= 0) return { validator, issues: readCsvText(text, file, template, validator) };

  let before = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < from; i = text.indexOf('\n', i + 1)) before++;
  // The second half's text starts with the header (its line 1): its line 2 is the file's line before + 1.
  const tail = { text: text.slice(0, text.indexOf('\n') + 1) + text.slice(from), lineOffset: before - 1 };
  let wait: () => RowColumns | null;
  try {
    wait = readTail!.start({ table: def.name, file, ...tail });
  } catch {
    wait = () => null; // no worker (the system refused one): read it here
  }
  const issues = readCsvText(text.slice(0, from), file, template, validator, true);
  const rows = wait();
  if (rows) {
    validator.adopt(rows);
    return { validator, issues };
  }
  // A problem in the second half: its rows read here, after the first half's, at the file's lines.
  const shift = (line: number) => line + tail.lineOffset;
  const tailIssues = readCsvText(tail.text, file, template, {
    header: () => {}, // the first half's, already read
    record: (r) => validator.record({ ...r, line: shift(r.line) }),
  });
  return { validator, issues: issues.concat(tailIssues.map((i) => (i.line === null ? i : { ...i, line: shift(i.line) }))) };
}

/**
 * The first cell of every line of a CSV text, unquoted: the ids a file holds, even on rows that failed validation
 * (a line broken by a stray comma still starts with its id). One pass, no parsing of the other cells.
 */
function firstCells(text: string): Set<string> {
  const ids = new Set<string>();
  for (const line of text.split('\n')) {
    const cell = /^\uFEFF?\s*"?([^",;\r]*)/.exec(line)?.[1]?.trim();
    if (cell) ids.add(cell);
  }
  return ids;
}

/**
 * Validates every table in dependency order and reconciles the clean ones; never throws on bad data, reports it.
 * With `published` (the rows the site publishes now), a published row removed or changed without a
 * withdrawal is an error too (published.ts): the browser checker and `npm run check` pass the same.
 */
export function checkTables(
  inputs: Record<TableName, TableInput>,
  options: { readTail?: TailReader; published?: PublishedRows; cited?: Cited; progress?: Progress } = {},
): DataLoad {
  let issues: Issue[] = [];
  const form: Issue[] = [];
  const tables = {} as Record<TableName, unknown[]>;
  const counts = {} as Record<TableName, number>;
  const lines = {} as Record<TableName, number[]>;
  const refs: Partial<Record<TableName, RefIndex>> = {};
  /** Tables whose every row validated: only these are reconciled. */
  const clean = new Set<TableName>();
  /** The ids written in the files that have errors: a published row deleted is said even then (published.ts). */
  const writtenIds: Partial<Record<TableName, ReadonlySet<string>>> = {};

  for (const def of TABLES) {
    const input = inputs[def.name];
    const { file } = input;
    const template = templateHeader(def.name);
    tables[def.name] = [];
    counts[def.name] = 0;
    lines[def.name] = [];
    let bytes = input.bytes;
    input.bytes = null; // let a large file's bytes go once read
    if (input.extra) issues = issues.concat(input.extra);
    if (input.extra?.length && bytes?.length === 0) continue; // nothing readable: the extra problem says why
    if (!bytes) {
      if ((def as TableDef).optional) {
        clean.add(def.name);
        continue;
      }
      issues.push(issue({ code: 'file.missing', header: template }, { file, line: null, column: null, value: null }));
      continue;
    }
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const decoded = decode(bytes, file);
    bytes = null; // the text is all that is needed from here on
    const text = 'text' in decoded ? decoded.text : null;
    const read = text === null ? { validator: tableValidator(def, file, refs), issues: [(decoded as { issue: Issue }).issue] } : readTable(def, file, refs, text, options.readTail, options.progress);
    const readIssues = read.issues;
    const validated = read.validator.finish();
    // Rows left out for another problem are compared too: a date slip must not hide a value slip (walk-through 31).
    const { rejected } = validated;
    const figureIssues = figureTextIssues(def, validated.rows, validated.lines, file, validated).concat(
      rejected.rows.length === 0 ? [] : figureTextIssues(def, rejected.rows, rejected.lines, file, { typed: rejected.typed, delimiter: validated.delimiter }),
    );
    const failed = [readIssues, validated.issues, figureIssues].some((list) => list.some((i) => i.severity === 'error'));
    if (validated.checked && !failed) clean.add(def.name);
    else if (failed && text !== null && options.published?.[def.name]?.length) writtenIds[def.name] = firstCells(text);
    // A clean file not in the one canonical form: a warning, so a diff of a file saved from Excel is not a surprise.
    if (validated.checked && !failed && input.canonicalWarning !== false && text !== null)
      form.push(...canonicalIssue(def.name, text, bom, validated.rows as Row[], file));
    // concat, not push(...): a systematic mistake can give an issue for each of a million rows.
    // In the order of the file's lines: a row's own error (152.4 for 152.400) before what it causes on a later row
    // (a disbursement "above" it), whichever check found it. A stable sort: a line's issues keep their order.
    issues = issues.concat(byLine(readIssues.concat(validated.issues, figureIssues)));
    if (validated.checked) refs[def.name] = validated.index;
    tables[def.name] = validated.rows;
    counts[def.name] = validated.rows.length;
    lines[def.name] = validated.lines;
  }

  const files = Object.fromEntries(TABLES.map((t) => [t.name, inputs[t.name].file])) as Record<TableName, string>;
  const rows = tables as unknown as Record<TableName, Row[]>;
  issues = issues.concat(exampleIssues(rows, lines, files));
  if (options.published) issues = issues.concat(publishedIssues(options.published, rows, lines, files, clean, writtenIds));
  if (options.published) {
    // Warnings about the rows staff added (new-rows.ts): a new indicator code, with the published codes that share a
    // word with it (new-code.ts); an estimate copied without its «ước» (estimate-word.ts); a figure copied without the
    // «trên» its twin of the same sentence has (qualifier-sibling.ts).
    const added = { published: options.published, tables: rows, lines, files };
    issues = issues.concat(clean.has('indicators') ? newCodeIssues(added) : [], estimateWordIssues(added), qualifierSiblingIssues(added));
  }
  if (options.cited) issues = issues.concat(citedIssues(options.cited, rows, files, clean));

  const typed = tables as unknown as Tables;
  // Rows that could continue an existing series (series.ts): warnings, with the earlier rows' values.
  if (clean.has('reports')) issues = issues.concat(seriesIssues(typed, lines, files));
  // A stated figure dated after its report: a date read month-first, most often (as-of-rule.ts).
  if (clean.has('reports')) issues = issues.concat(asOfIssues(typed, lines, files));
  if (clean.has('reports') && clean.has('areas')) issues = issues.concat(mergerIssues(typed, lines, files));
  // A plan's size given otherwise by a later report for the same list (plan-rule.ts): a warning.
  if (clean.has('reports') && clean.has('works')) issues = issues.concat(planChangeIssues(typed, lines, files));
  // A row noted «Đính chính» that corrects no earlier figure of the same date (correction-rule.ts): a warning.
  if (clean.has('reports')) issues = issues.concat(correctionIssues(typed, lines, files, clean));
  issues = issues.concat(reportDateIssues(typed.reports, lines.reports, files.reports));
  return { tables: typed, issues, discrepancies: reconcile(typed, clean), counts, lines, form, ...(options.cited ? { cited: options.cited } : {}) };
}

/** Issues in line order, the file's own (no line) first. */
function byLine(list: Issue[]): Issue[] {
  return list.length < 2 ? list : list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** What makes a file differ from its canonical form, in words staff recognise. */
function canonicalIssue(name: TableName, text: string, bom: boolean, rows: readonly Row[], file: string): Issue[] {
  if (!bom && isCanonical(name, text, rows)) return [];
  const reasons: string[] = [];
  if (bom) reasons.push('có BOM ở đầu tệp');
  if (text.includes('\r')) reasons.push('xuống dòng kiểu Windows (CRLF)');
  const firstLine = text.slice(0, text.indexOf('\n') + 1 || undefined);
  if (firstLine.includes(';') && !firstLine.includes(',')) reasons.push('phân cách bằng dấu chấm phẩy');
  if (reasons.length === 0) reasons.push('thứ tự dòng, cột, cách viết số hoặc ngày, dấu ngoặc kép khác dạng chuẩn');
  return [issue({ code: 'file.not-canonical', reasons }, { file, line: null, column: null, value: null })];
}
