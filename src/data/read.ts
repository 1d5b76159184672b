/**
 * Bytes of a staff-edited CSV → header and records, each record with the line
 * it starts on in the file (what Excel and a text editor show).
 *
 * Tolerates what Excel produces: a BOM, CRLF, ';' as delimiter (vi-VN Excel),
 * quoted cells, blank rows. Refuses text that is not Unicode: a legacy
 * Vietnamese encoding, or Vietnamese already garbled by a wrong conversion.
 */
import Papa from 'papaparse';
import { issue, type Issue, type Problem, type Where } from './messages.ts';
import { cleanText } from './normalise.ts';

export interface CsvRecord {
  line: number;
  /** Raw cell text, exactly as many cells as header columns. */
  cells: string[];
  /** Empty cells the line had beyond the header's columns (dropped: Excel may write them). */
  extra?: number;
}

// ---- Encoding ----------------------------------------------------------------------

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LENIENT = new TextDecoder('utf-8');

/**
 * UTF-8 Vietnamese read as Windows-1252/Latin-1 and saved again: the lead byte
 * of "ộ" (E1 BB 99) shows as "á»", of "ơ" (C6 A1) as "Æ¡", of "đ" (C4 91) as
 * "Ä‘". None of these pairs occurs in Vietnamese — nor in ordinary foreign
 * words ("Ärzte", "Ångström" keep a letter after the capital).
 */
const CP1252_HIGH = '\u0080-\u00BF\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC';
const UTF8_READ_AS_LATIN1 = new RegExp(`á[º»]|Ã[\u00A1-\u00BF]|Â[\u00A0-\u00BF]|[ÄÅÆ][${CP1252_HIGH}]`);

/**
 * TCVN3 (ABC) or VNI text shown through a Latin-1 font: "Sơn Động" becomes
 * "S¬n §éng". Each of these glyphs also has honest uses — "5 µg", "Müller",
 * "Vinamilk®", "½ ha" — so one alone proves nothing. A cell is garbled when a
 * symbol sits inside a word ("S¬n", "B¾c"), or when it has two or more such
 * glyphs at a letter and no Vietnamese letter outside Latin-1 (a legacy
 * encoding cannot produce "ơ", "đ", "ạ"…).
 * °, ², ³, « and » are left out: they sit next to letters in real text.
 */
const SYMBOLS = '¡¢£¤¥¦§¨©ª¬\u00AD®¯µ¶·¸¹¼½¾¿';
const FOREIGN = 'ÇËÎÏÑÖØÛÜÞßäåæçëîïñöøûüþÿ';
const ANY_GLYPH = new RegExp(`[${SYMBOLS}${FOREIGN}]`);
const INSIDE_WORD = new RegExp(`(?<=\\p{L})[${SYMBOLS}](?=\\p{L})`, 'u');
const AT_LETTER = new RegExp(`(?<=\\p{L})[${SYMBOLS}]|[${SYMBOLS}](?=\\p{L})|[${FOREIGN}]`, 'gu');
const VIETNAMESE_UNICODE = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]/;

function legacyGlyphs(text: string): boolean {
  if (!ANY_GLYPH.test(text)) return false;
  if (INSIDE_WORD.test(text)) return true;
  return (text.match(AT_LETTER)?.length ?? 0) >= 2 && !VIETNAMESE_UNICODE.test(text);
}

/** Garbled cell text, and how. Called on cells; a whole file is only pre-screened with `mayBeGarbled`. */
function garbled(text: string): 'utf8-read-as-latin1' | 'legacy-glyphs' | null {
  if (UTF8_READ_AS_LATIN1.test(text)) return 'utf8-read-as-latin1';
  if (legacyGlyphs(text)) return 'legacy-glyphs';
  return null;
}

/** A fast screen of the whole text: only then are cells examined one by one. */
const mayBeGarbled = (text: string) => UTF8_READ_AS_LATIN1.test(text) || ANY_GLYPH.test(text);

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Decodes strict UTF-8 (dropping a BOM), or says where the first non-UTF-8 byte is. */
export function decode(bytes: Uint8Array, file: string): { text: string } | { issue: Issue } {
  const at = { file, line: null, column: null, value: null };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { issue: issue({ code: 'encoding.utf16' }, at) };
  }
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const lenient = UTF8_LENIENT.decode(bytes);
    const bad = lenient.indexOf('\uFFFD');
    const lineStart = lenient.lastIndexOf('\n', bad) + 1;
    const snippet = lenient.slice(Math.max(lineStart, bad - 20), bad + 20).split(/\r?\n/)[0]!;
    return { issue: issue({ code: 'encoding.legacy' }, { ...at, line: lineAt(lenient, bad), value: snippet.trim() }) };
  }
}

// ---- Delimiter and lines ---------------------------------------------------------------

/** ',' or ';', whichever separates more names in the header: the first non-empty line (outside quotes). */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let content = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === ',') commas++;
    else if (ch === ';') semicolons++;
    else if (ch === '\n') {
      if (content) break;
      commas = semicolons = 0; // a blank row of separators before the header
    } else if (ch.trim()) content = true;
  }
  return semicolons > commas ? ';' : ',';
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

function newlines(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    if (!cell.includes('\n')) continue;
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/** One issue for the whole file: the first garbled cell, and how many cells are garbled. */
function findGarbled(rows: readonly string[][], lines: readonly number[], file: string): Issue | null {
  const header = rows[0] ?? [];
  let first: (Where & { kind: 'utf8-read-as-latin1' | 'legacy-glyphs' }) | null = null;
  let cells = 0;
  for (let r = 0; r < rows.length; r++) {
    for (const [c, cell] of rows[r]!.entries()) {
      const kind = garbled(cell);
      if (!kind) continue;
      cells++;
      first ??= { kind, file, line: lines[r] ?? null, column: r === 0 ? null : cleanText(header[c] ?? ''), value: cleanText(cell) };
    }
  }
  if (!first) return null;
  const { kind, ...where } = first;
  return issue({ code: 'encoding.mojibake', kind, cells }, where);
}

// ---- Reading -----------------------------------------------------------------------

export interface CsvHeader {
  delimiter: ',' | ';';
  /** Column names, cleaned; empty names after the last named column dropped. */
  names: string[];
  line: number;
}

/** Receives the header, then each record; records are not kept by the reader. */
export interface CsvSink {
  header(header: CsvHeader): void;
  record(record: CsvRecord): void;
}

/**
 * Whether every quote of the text is where RFC 4180 puts it: opening a cell
 * (at the start of a line or after the delimiter), doubled inside a quoted
 * cell, or closing it right before a delimiter, a line break or the end. A
 * quote inside an unquoted cell is an ordinary character, as for PapaParse.
 * Only the quotes are visited, so the test costs little even on a large file.
 */
function wellQuoted(text: string, delimiter: string): boolean {
  for (let q = text.indexOf('"'); q !== -1; ) {
    const before = q === 0 ? '\n' : text[q - 1];
    if (before !== '\n' && before !== delimiter) {
      q = text.indexOf('"', q + 1); // inside an unquoted cell
      continue;
    }
    let close = text.indexOf('"', q + 1);
    while (close !== -1 && text[close + 1] === '"') close = text.indexOf('"', close + 2);
    if (close === -1) return false;
    const after = close + 1 === text.length ? '\n' : text[close + 1];
    if (after !== '\n' && after !== delimiter) return false;
    q = text.indexOf('"', close + 1);
  }
  return true;
}

/**
 * The rows of a well-quoted text with LF line ends, exactly as PapaParse
 * gives them (a test compares the two), but without its per-row result
 * objects: most files at national scale are like this. Others (CRLF, broken
 * quotes) go through PapaParse, which also says where the quotes break.
 */
/** text.startsWith(part, from), as a loop the compiler keeps inline: far cheaper for short cells of a long text. */
function sameAt(text: string, part: string, from: number): boolean {
  for (let i = 0; i < part.length; i++) if (text.charCodeAt(from + i) !== part.charCodeAt(i)) return false;
  return true;
}

function eachRowFast(text: string, delimiter: string, visit: (cells: string[], line: number) => void): void {
  let line = 1;
  let at = 0;
  const end = text.length;
  // Rows repeat most cells (the same report, section, measure…): a cell equal to one of its column's
  // last few distinct cells is that same string, not a new copy (and the validator's lookups see one object).
  const RECENT = 4;
  const recent: (string | undefined)[] = [];
  const next: number[] = [];
  /** Per column: misses, and whether looking is still worth it (ids never repeat). */
  const misses: number[] = [];
  const cellAt = (c: number, from: number, to: number): string => {
    const base = c * RECENT;
    if (misses[c] === undefined) {
      misses[c] = 0;
      next[c] = 0;
    }
    const length = to - from;
    if (misses[c]! >= 0) {
      for (let k = 0; k < RECENT; k++) {
        const seen = recent[base + k];
        if (seen !== undefined && seen.length === length && sameAt(text, seen, from)) return seen;
      }
    }
    const cell = text.slice(from, to);
    if (misses[c]! >= 0) {
      recent[base + next[c]!] = cell;
      next[c] = (next[c]! + 1) % RECENT;
      // Mostly new values after a thousand rows: stop looking in this column.
      if (++misses[c]! > 1000 && misses[c]! * 2 > line) misses[c] = -1;
    }
    return cell;
  };
  /** The next line break at or after `at` (the end when none): searched once per line, not per cell. */
  let nl = -1;
  while (at <= end) {
    const cells: string[] = [];
    let breaks = 0;
    for (;;) {
      if (text.charCodeAt(at) === 34) {
        // A quoted cell: up to the closing quote, with "" for a quote.
        let close = text.indexOf('"', at + 1);
        let value = '';
        let from = at + 1;
        while (text.charCodeAt(close + 1) === 34) {
          value += text.slice(from, close + 1);
          from = close + 2;
          close = text.indexOf('"', from);
        }
        value += text.slice(from, close);
        for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) breaks++;
        cells.push(value);
        at = close + 1;
      } else {
        if (nl < at) {
          nl = text.indexOf('\n', at);
          if (nl === -1) nl = end;
        }
        let stop = text.indexOf(delimiter, at);
        if (stop === -1 || stop > nl) stop = nl;
        cells.push(cellAt(cells.length, at, stop));
        at = stop;
      }
      if (at < end && text[at] === delimiter) {
        at++;
        continue;
      }
      at++; // past the line break (or the end)
      break;
    }
    visit(cells, line);
    line += 1 + breaks;
  }
}

/**
 * Where the second half of a large text may be read apart (on another thread): the start of a line
 * a little past the middle, outside any quoted cell. -1 unless the text is read by the fast path
 * (LF, well quoted), not possibly garbled and starts with its header: the only case where the two
 * halves, read apart, give exactly the rows and lines the whole text gives.
 */
export function tailStart(text: string): number {
  const firstBreak = text.indexOf('\n');
  if (firstBreak <= 0 || text.includes('\r') || mayBeGarbled(text)) return -1;
  const delimiter = detectDelimiter(text);
  const header = text.slice(0, firstBreak);
  if (header.includes('"') || blank(header.split(delimiter)) || !wellQuoted(text, delimiter)) return -1;
  // A little past the middle: the other thread also starts, copies the text and codes its rows.
  let at = text.indexOf('\n', Math.floor(text.length * 0.55));
  // Past every quoted cell that starts before the break (the walk of wellQuoted): a break inside one is not a line's end.
  for (let q = text.indexOf('"'); q !== -1 && q < at; ) {
    const before = q === 0 ? '\n' : text[q - 1];
    if (before !== '\n' && before !== delimiter) {
      q = text.indexOf('"', q + 1);
      continue;
    }
    let close = text.indexOf('"', q + 1);
    while (text[close + 1] === '"') close = text.indexOf('"', close + 2);
    if (close > at) at = text.indexOf('\n', close);
    if (at === -1) return -1;
    q = text.indexOf('"', close + 1);
  }
  return at !== -1 && at + 1 < text.length ? at + 1 : -1;
}

/** Parses row by row, giving each row the line it starts on and whether its quotes are broken. */
function eachRow(text: string, delimiter: string, screened: boolean, visit: (cells: string[], line: number, brokenQuotes: boolean) => void): void {
  if (screened || (!text.includes('\r') && wellQuoted(text, delimiter))) return eachRowFast(text, delimiter, (cells, line) => visit(cells, line, false));
  eachRowPapa(text, delimiter, visit);
}

/** The rows the reader sees, from the fast path when the text allows it and always from PapaParse: for tests comparing them. */
export function rowsForTest(text: string, delimiter: ',' | ';'): { fast: unknown[] | null; papa: unknown[] } {
  const fast: unknown[] = [];
  const papa: unknown[] = [];
  const usable = !text.includes('\r') && wellQuoted(text, delimiter);
  if (usable) eachRowFast(text, delimiter, (cells, line) => fast.push({ cells, line }));
  eachRowPapa(text, delimiter, (cells, line, broken) => papa.push(broken ? { broken, line } : { cells, line }));
  return { fast: usable ? fast : null, papa };
}

function eachRowPapa(text: string, delimiter: string, visit: (cells: string[], line: number, brokenQuotes: boolean) => void): void {
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      visit(
        result.data,
        line,
        result.errors.some((e) => e.type === 'Quotes'),
      );
      // A row ends with one line break, plus those inside its quoted cells.
      line += 1 + newlines(result.data);
    },
  });
}

/**
 * Reads one CSV file into `sink`, row by row (a million rows are never held
 * as text cells at once). `expectedHeader`, the template's header line, is
 * only used in messages. Returns every problem of the file; when the file
 * cannot be trusted at all (encoding, empty) the sink receives nothing.
 */
export function readCsv(bytes: Uint8Array, file: string, expectedHeader: string, sink: CsvSink): Issue[] {
  const decoded = decode(bytes, file);
  if ('issue' in decoded) return [decoded.issue];
  return readCsvText(decoded.text, file, expectedHeader, sink);
}

/**
 * readCsv for text already decoded by `decode` (the caller keeps it, e.g. to compare it with the canonical form).
 * `screened`: the text is the part before `tailStart` of a text it accepted (LF, well quoted, not garbled), so none
 * of that is looked for again (at national scale, the first half of a 180 MB file, walked three times more).
 */
export function readCsvText(text: string, file: string, expectedHeader: string, sink: CsvSink, screened = false): Issue[] {
  const delimiter = detectDelimiter(text);

  if (!screened && mayBeGarbled(text)) {
    const rows: string[][] = [];
    const lines: number[] = [];
    eachRow(text, delimiter, false, (cells, line) => {
      if (blank(cells)) return;
      rows.push(cells);
      lines.push(line);
    });
    const found = findGarbled(rows, lines, file);
    if (found) return [found];
  }

  const issues: Issue[] = [];
  const report = (problem: Problem, line: number) => issues.push(issue(problem, { file, line, column: null, value: null }));
  let width = -1;
  eachRow(text, delimiter, screened, (cells, line, brokenQuotes) => {
    if (brokenQuotes) return report({ code: 'csv.quotes' }, line);
    if (blank(cells)) return;
    if (width < 0) {
      const names = cells.map(cleanText);
      while (names.length > 0 && names.at(-1) === '') names.pop();
      width = names.length;
      return sink.header({ delimiter, names, line });
    }
    // Excel may write empty cells beyond the last named column; they carry nothing.
    if (cells.length < width || cells.slice(width).some((c) => c.trim() !== '')) {
      return report({ code: 'csv.width', cells: cells.length, columns: width, delimiter }, line);
    }
    sink.record(cells.length === width ? { line, cells } : { line, cells: cells.slice(0, width), extra: cells.length - width });
  });
  if (width < 0) return [issue({ code: 'file.empty', header: expectedHeader }, { file, line: null, column: null, value: null })];
  return issues;
}
