/**
 * Cell text → values. Everything staff type passes through here once: text is
 * made NFC and trimmed, numbers are read by the field's declared format, dates
 * become ISO. Nothing is guessed: a cell that can be read two ways is a problem.
 */
import { characterName, showUnsafe, UNSAFE_CHARACTER as UNSAFE, type Problem } from './messages.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (problem: Problem): Parsed<never> => ({ ok: false, problem });

// ---- Text ------------------------------------------------------------------------

/**
 * Anything to tidy: a space other than ' ' (tab, newline, no-break…), a double, leading or trailing space, or a
 * zero-width character (U+200B–U+200D, U+2060, U+FEFF), which is removed at either end of a cell.
 */
const UNTIDY = /[^\S ]|[\u200B-\u200D\u2060]| {2}|^ | $/;
/** Runs of spaces of any kind (U+FEFF is one to JavaScript: inside text it is refused instead, see unsafeCharacter). */
const SPACES = /[^\S\uFEFF]+/g;
/** Spaces and zero-width characters at the ends of a cell: invisible, and nothing is lost by removing them. */
const ENDS = /^[\s\u200B-\u200D\u2060]+|[\s\u200B-\u200D\u2060]+$/g;
const TIDY_ASCII = /^(?:[!-~]+ )*[!-~]+$/;

/**
 * NFC (so "Sơn Động" typed with combining marks equals the precomposed one),
 * with runs of spaces of any kind (tab and newline included: no cell keeps
 * them) collapsed to one, and the ends trimmed of spaces and of zero-width
 * characters (a trailing U+200B pasted from a web page). A zero-width
 * character inside the text is kept, for unsafeCharacter to refuse: it could
 * split a word ("Đ\u200Bộng") or join two, and only the person who typed it knows.
 */
export function cleanText(raw: string): string {
  // Printable ASCII words with single spaces between them (ids, codes, numbers): already NFC and tidy.
  if (TIDY_ASCII.test(raw)) return raw;
  const text = raw.normalize('NFC');
  return UNTIDY.test(text) ? text.replace(SPACES, ' ').replace(ENDS, '') : text;
}

// ---- Invisible and control characters ------------------------------------------------

type UnsafeKind = 'control' | 'bidi' | 'zero-width' | 'not-text';

function unsafeKind(code: number): UnsafeKind {
  if (code <= 0x9f) return 'control';
  if (code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return 'bidi';
  if (code >= 0xd800 && code <= 0xdfff) return 'not-text';
  if (code === 0xfffe || code === 0xffff) return 'not-text';
  return 'zero-width';
}

/**
 * The first character of a (cleaned) cell that no cell may hold, with where
 * it is: its position (1-based, in characters as seen) and the text before it.
 */
function unsafeCharacter(text: string): Problem | null {
  const found = UNSAFE.exec(text);
  if (!found) return null;
  const code = found[0].charCodeAt(0);
  const before = [...text.slice(0, found.index)];
  return {
    code: 'cell.invisible',
    kind: unsafeKind(code),
    character: characterName(code),
    position: before.length + 1,
    before: showUnsafe(before.slice(-20).join('')),
  };
}

// ---- Formula and script injection ---------------------------------------------------

/** A spreadsheet runs a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@]/;
const NUMBER_START = /^[-+][\d.,]/;
const HTML_TAG = /<\s*\/?\s*[a-z!][^>]*>|<\s*script/i;

/**
 * A cell that would run as a formula when the published CSV is opened in a
 * spreadsheet, or as markup on a page, or that holds a control, bidi or
 * zero-width character (unsafeCharacter). In a number cell a sign before
 * digits is just a sign (min/max decide whether it is allowed).
 */
export function injectionProblem(text: string, numberCell: boolean): Problem | null {
  const unsafe = unsafeCharacter(text);
  if (unsafe) return unsafe;
  if (!FORMULA_START.test(text) && !text.includes('<')) return null;
  const tag = HTML_TAG.exec(text);
  if (tag) return { code: 'cell.html', tag: tag[0] };
  if (FORMULA_START.test(text) && !(numberCell && NUMBER_START.test(text))) return { code: 'cell.formula', first: text[0]! };
  return null;
}

// ---- Numbers ---------------------------------------------------------------------

/** A number and how many decimals it was written with ("78,80" → 78.8, 2). */
interface Reading {
  value: number;
  decimals: number;
}

export type NumberText =
  | { kind: 'number'; reading: Reading }
  /** One separator followed by exactly three digits: "80.000" is 80 or 80000. */
  | { kind: 'ambiguous'; separator: string; asInteger: number; asDecimal: Reading; decimalText: string }
  | { kind: 'invalid'; why: 'text' | 'percent' | 'spaces' | 'malformed' | 'exponent' | 'too-long' };

const SHAPE = /^(-?)(\d[\d.,]*)$/;
const GROUPED = { '.': /^[1-9]\d{0,2}(?:\.\d{3})+$/, ',': /^[1-9]\d{0,2}(?:,\d{3})+$/ } as const;
const LEADING_GROUP = /^[1-9]\d{0,2}$/;

function number(sign: string, whole: string, fraction: string): Reading {
  return { value: Number(`${sign}${whole}.${fraction || '0'}`), decimals: fraction.length };
}

function whyNotNumber(text: string): 'text' | 'percent' | 'spaces' | 'exponent' {
  if (/^-?\d+(?:[.,]\d+)?E[+-]?\d+$/i.test(text)) return 'exponent';
  if (text.includes('%')) return 'percent';
  if (/^-?[\d.,]+(?: [\d.,]+)+$/.test(text)) return 'spaces';
  return 'text';
}

/**
 * Reads a number written the Vietnamese way ("1.234,5"), the English way
 * ("1,234.5") or plainly ("1234.5", "1234,5"), saying when the writing alone
 * cannot tell a decimal mark from a thousands separator.
 */
export function readNumber(text: string): NumberText {
  const shape = SHAPE.exec(text);
  if (!shape) return { kind: 'invalid', why: whyNotNumber(text) };
  const [, sign = '', body = ''] = shape;
  if (body.replace(/^[0.,]+/, '').replace(/[.,]/g, '').length > 15) return { kind: 'invalid', why: 'too-long' };
  if (/[.,]$/.test(body)) return { kind: 'invalid', why: 'malformed' };

  const decimalMark = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  if (decimalMark < 0) return { kind: 'number', reading: number(sign, body, '') };
  const mark = body[decimalMark] as '.' | ',';
  const other = mark === '.' ? ',' : '.';
  const before = body.slice(0, decimalMark);
  const after = body.slice(decimalMark + 1);

  if (body.includes(other)) {
    // Both separators: the last one is the decimal mark, the other groups thousands.
    if (!GROUPED[other].test(before) || /[.,]/.test(after)) return { kind: 'invalid', why: 'malformed' };
    return { kind: 'number', reading: number(sign, before.replaceAll(other, ''), after) };
  }
  if (before.includes(mark)) {
    // The same separator more than once can only group thousands.
    if (!GROUPED[mark].test(body)) return { kind: 'invalid', why: 'malformed' };
    return { kind: 'number', reading: number(sign, body.replaceAll(mark, ''), '') };
  }
  if (LEADING_GROUP.test(before) && after.length === 3) {
    return {
      kind: 'ambiguous',
      separator: mark,
      asInteger: Number(`${sign}${before}${after}`),
      asDecimal: number(sign, before, after),
      decimalText: `${sign}${before},${after}`,
    };
  }
  return { kind: 'number', reading: number(sign, before, after) };
}

/** The decimal reading written so it cannot be taken for thousands: 80.000 → "80,0", 1,234 → "1,2340". */
function unambiguousDecimal(decimalText: string): string {
  const [whole, fraction = ''] = decimalText.split(',');
  const trimmed = fraction.replace(/0+$/, '');
  return `${whole},${trimmed.length === 0 ? '0' : trimmed.length === 3 ? `${trimmed}0` : trimmed}`;
}

/**
 * A number cell, read by the field's format and the file's decimal mark.
 * `integer`: separators can only group thousands ("80.000" = 80000).
 * `decimal`: a value that reads two ways ("460.622", "1,234") is decided by the
 * decimal mark the file declares through its delimiter — '.' in our
 * comma-separated files, ',' in Excel's vi-VN semicolon export — and refused
 * when the file declares none or its mark is the other one for a comma
 * ("1,234" in a comma-separated file may be vi 1,234 or English 1234).
 */
export function parseNumber(text: string, format: 'integer' | 'decimal', decimalMark?: '.' | ','): Parsed<number> {
  const read = readNumber(text);
  switch (read.kind) {
    case 'invalid':
      if (read.why === 'malformed') return fail({ code: 'number.malformed', format });
      if (read.why === 'exponent') return fail({ code: 'number.exponent' });
      if (read.why === 'too-long') return fail({ code: 'number.too-long' });
      return fail({ code: 'number.text', format, hint: read.why });
    case 'ambiguous':
      if (format === 'integer') return ok(read.asInteger);
      if (decimalMark === read.separator) return ok(read.asDecimal.value);
      if (decimalMark === ',' && read.separator === '.') return ok(read.asInteger);
      return fail({
        code: 'number.ambiguous',
        separator: read.separator,
        asInteger: read.asInteger,
        decimalText: read.decimalText,
        unambiguousDecimal: unambiguousDecimal(read.decimalText),
      });
    case 'number':
      if (format === 'integer' && !Number.isInteger(read.reading.value)) return fail({ code: 'number.not-integer' });
      // Zero has no sign worth keeping ("-0" would print as "-0").
      return ok(read.reading.value === 0 ? 0 : read.reading.value);
  }
}

// ---- Dates -----------------------------------------------------------------------

const ISO_DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const VI_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const VI_MONTH = /^(\d{1,2})[/.-](\d{4})$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS[month - 1]!;
}

function isoDate(year: number, month?: number, day?: number): Parsed<string> {
  if (year < 1900 || year > 2100) return fail({ code: 'date.impossible', reason: `năm ${year} nằm ngoài khoảng 1900–2100` });
  if (month === undefined) return ok(String(year));
  if (month < 1 || month > 12) return fail({ code: 'date.impossible', reason: `không có tháng ${month}` });
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ok(ym);
  const last = daysIn(year, month);
  if (day < 1 || day > last) return fail({ code: 'date.impossible', reason: `tháng ${month} năm ${year} chỉ có ${last} ngày` });
  return ok(`${ym}-${String(day).padStart(2, '0')}`);
}

const int = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/**
 * ISO (2023-11-17, 2023-11, 2023) or Vietnamese (17/11/2023, 11/2023) → ISO,
 * keeping the precision the report gave. Impossible dates are refused.
 */
export function parseDate(text: string): Parsed<string> {
  let m = ISO_DATE.exec(text);
  if (m) return isoDate(Number(m[1]), int(m[2]), int(m[3]));
  m = VI_DATE.exec(text);
  if (m) {
    const [, d, mo, y] = m as unknown as [string, string, string, string];
    // 1/14/2025: a month past 12 where the day could be one is most often Excel's US order (walk-through 13).
    if (Number(mo) > 12 && Number(d) >= 1 && Number(d) <= 12 && isoDate(Number(y), Number(d), Number(mo)).ok)
      return fail({ code: 'date.impossible', reason: `không có tháng ${Number(mo)}; có phải ngày ${mo.padStart(2, '0')}/${d.padStart(2, '0')}/${y}? (máy đặt kiểu Mỹ ghi tháng trước ngày)` });
    return isoDate(Number(y), Number(mo), Number(d));
  }
  m = VI_MONTH.exec(text);
  if (m) return isoDate(Number(m[2]), Number(m[1]));
  const month = excelMonth(text);
  if (month) return fail({ code: 'cell.excel-month', month });
  return fail({ code: 'date.invalid', serial: excelSerialDate(text), shortYear: shortYearDate(text) });
}

/** The day a date written with a two-digit year stands for (20/6/25 → 2025-06-20), when it is a real day; else null. */
function shortYearDate(text: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const day = isoDate(2000 + Number(m[3]), Number(m[2]), Number(m[1]));
  return day.ok ? day.value : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The month an English Excel made of "2023-11" when it opened a CSV ("Nov-23", "Nov-2023"), as ISO
 * (2023-11); null for any other text. Typing 2023-11 again in such a cell converts it again: the message says why.
 */
export function excelMonth(text: string): string | null {
  const m = /^([a-z]{3})[- ](\d{2}|\d{4})$/i.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  if (month < 0) return null;
  const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  return `${year}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * The day an Excel date serial stands for (45247 → 2023-11-17: days since 30/12/1899), for a cell Excel
 * showed as a number; null when the text is not such a number in 2000–2100.
 */
function excelSerialDate(text: string): string | null {
  if (!/^\d{5}$/.test(text.trim())) return null;
  const serial = Number(text);
  if (serial < 36526 || serial > 73415) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
}

/** Partial ISO dates compared as periods: "2021" ≤ "2023-11" ≤ "2023-11-30". */
export function periodStart(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

export function periodEnd(iso: string): string {
  return iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso;
}
