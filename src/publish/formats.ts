/**
 * The download formats of one table: CSV (UTF-8 with BOM, comma, dot decimal,
 * CRLF: RFC 4180), JSON (an array of objects) and XLSX (numbers as numbers,
 * frozen header, a sheet describing the columns and one listing the sources).
 * Text is NFC; text cells that a spreadsheet could run as a formula are
 * neutralised in CSV and XLSX (safe.ts); JSON keeps the values exactly.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { TableDef } from '../data/define.ts';
import type { Tables } from '../data/load.ts';
import { typeText } from '../templates/dictionary.ts';
import { cellValue, publishedColumns, publishedRows, reportLabel, type Cell, type Column, type Row } from './columns.ts';
import { LICENCE, PACKAGE_TITLE } from './meta.ts';
import { neutralise } from './safe.ts';
import { stableZip } from '../core/stable-zip.ts';

const utf8 = new TextEncoder();

/** Characters that make a text cell need quoting or neutralising: one test per cell, the slow path only for those. */
const SPECIAL = /^[=+\-@\t\r]|[",\r\n]/;

function csvText(v: string): string {
  const s = v.normalize('NFC');
  if (!SPECIAL.test(s)) return s;
  const n = neutralise(s);
  return /[",\r\n]/.test(n) ? `"${n.replace(/"/g, '""')}"` : n;
}

function csvField(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  return csvText(v);
}

/** A CSV of header and rows (cells as given), UTF-8 with BOM so Excel reads the Vietnamese correctly. */
export function csvBytes(header: readonly string[], rows: readonly Cell[][]): Uint8Array {
  const lines = [header.map(csvField).join(','), ...rows.map((r) => r.map(csvField).join(','))];
  return utf8.encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/**
 * Text made line by line and encoded into a reused buffer of a few megabytes,
 * handed to `write` each time it fills: a million-row table never exists as
 * one string (V8 caps strings at ~512 MB) nor as one array of bytes here (the
 * caller decides: memory, a scratch file, the zip). With `offsets`, the byte
 * offset where each line starts, and the end as the last entry, so that the
 * rows of one report can later be cut out without encoding them again.
 */
/**
 * The few megabytes every table's text is encoded into, one after the other: the writers are synchronous
 * and `write` copies what it keeps, so one buffer serves them all. A new one per table left the C allocator
 * holding the freed ones for the rest of a national build.
 */
let scratch = new Uint8Array(4 << 20);
function scratchBuffer(atLeast: number): Uint8Array {
  if (scratch.byteLength < atLeast) scratch = new Uint8Array(atLeast);
  return scratch;
}

function encodeLines(head: string, count: number, line: (i: number) => string, sep: string, tail: string, write: (chunk: Uint8Array) => void, offsets?: Float64Array): number {
  let buf = scratchBuffer(0);
  let pos = 0;
  let base = 0;
  const put = (text: string) => {
    if (text.length * 3 > buf.byteLength - pos) {
      write(buf.subarray(0, pos));
      base += pos;
      pos = 0;
      if (text.length * 3 > buf.byteLength) buf = scratchBuffer(text.length * 3);
    }
    pos += utf8.encodeInto(text, buf.subarray(pos)).written;
  };
  put(head);
  for (let i = 0; i < count; i++) {
    if (offsets) offsets[i] = base + pos;
    put(i > 0 ? sep + line(i) : line(i));
  }
  if (offsets) offsets[count] = base + pos;
  put(tail);
  write(buf.subarray(0, pos));
  return base + pos;
}

function collect(make: (write: (chunk: Uint8Array) => void) => void): Uint8Array {
  const parts: Uint8Array[] = [];
  make((chunk) => parts.push(chunk.slice()));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * Bytes made into a reused buffer of a few megabytes, handed to `write` each
 * time it fills (like encodeLines, for the CSV, which is written cell by cell).
 */
class ByteBuffer {
  private buf = scratchBuffer(0);
  private pos = 0;
  /** Bytes already handed to `write`. */
  private base = 0;
  private readonly write: (chunk: Uint8Array) => void;
  constructor(write: (chunk: Uint8Array) => void) {
    this.write = write;
  }
  get size(): number {
    return this.base + this.pos;
  }
  private room(n: number) {
    if (n <= this.buf.byteLength - this.pos) return;
    this.flush();
    if (n > this.buf.byteLength) this.buf = scratchBuffer(n);
  }
  flush() {
    if (this.pos === 0) return;
    this.write(this.buf.subarray(0, this.pos));
    this.base += this.pos;
    this.pos = 0;
  }
  byte(c: number) {
    this.room(1);
    this.buf[this.pos++] = c;
  }
  bytes(b: Uint8Array) {
    this.room(b.byteLength);
    this.buf.set(b, this.pos);
    this.pos += b.byteLength;
  }
  text(s: string) {
    this.room(s.length * 3);
    const { buf, pos } = this;
    // Short ASCII text (numbers, ids) byte by byte: cheaper than a call into the encoder.
    if (s.length <= 32) {
      let i = 0;
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buf[pos + i] = c;
      }
      if (i === s.length) {
        this.pos = pos + i;
        return;
      }
    }
    this.pos = pos + utf8.encodeInto(s, buf.subarray(pos)).written;
  }
}

const MEMO_LIMIT = 20_000;

/**
 * Writes one column's CSV cell of a row. A number is written as is. A text
 * cell's bytes are kept per value (codes, labels, units repeat on most rows)
 * and consecutive rows, which mostly repeat the one before (same report, area,
 * section), reuse the last cell's; a column whose values mostly differ (ids,
 * printed figures) stops keeping them once it is clear that they do not repeat.
 */
function csvCellWriter(c: Column): (row: Row, out: ByteBuffer) => void {
  const { source, cellOf, ofRow } = c;
  if (ofRow) {
    // Few distinct cells (a group's name repeats over its rows): each one's bytes are made once.
    const bytes = new Map<Cell, Uint8Array>();
    return (row, out) => {
      const v = ofRow(row);
      let b = bytes.get(v);
      if (b === undefined) {
        b = utf8.encode(csvField(v));
        if (bytes.size < MEMO_LIMIT) bytes.set(v, b);
      }
      out.bytes(b);
    };
  }
  if (c.numeric) return (row, out) => out.text(csvField(cellOf(row[source])));
  const memo = new Map<unknown, Uint8Array>();
  let keep = true;
  let lookups = 0;
  let hits = 0;
  let lastRaw: unknown;
  let last: Uint8Array | null = null;
  return (row, out) => {
    const raw = row[source];
    if (last !== null && raw === lastRaw) return out.bytes(last);
    if (!keep) return out.text(csvField(cellOf(raw)));
    lookups++;
    let b = memo.get(raw);
    if (b !== undefined) hits++;
    else {
      b = utf8.encode(csvField(cellOf(raw)));
      if (memo.size < MEMO_LIMIT) memo.set(raw, b);
      else if (hits * 2 < lookups) {
        keep = false;
        memo.clear();
        last = null;
        return out.bytes(b);
      }
    }
    lastRaw = raw;
    last = b;
    out.bytes(b);
  };
}

/** The BOM and header line of a table's CSV. */
export function csvHead(def: TableDef, tables: Tables): string {
  return `\uFEFF${publishedColumns(def, tables)
    .map((c) => csvField(c.name))
    .join(',')}\r\n`;
}

/**
 * Writes the published rows of a table (or of some of its rows) as CSV to
 * `write`; returns the size. With `offsets` (rows + 1 entries), see encodeLines.
 * Each line ends with CRLF; the first row starts right after the header.
 */
export function writeTableCsv(def: TableDef, tables: Tables, write: (chunk: Uint8Array) => void, only?: readonly Row[], offsets?: Float64Array): number {
  const cells = publishedColumns(def, tables).map(csvCellWriter);
  const rows = only ?? (tables[def.name] as unknown as Row[]);
  const out = new ByteBuffer(write);
  out.text(csvHead(def, tables));
  for (let i = 0; i < rows.length; i++) {
    if (offsets) offsets[i] = out.size;
    const r = rows[i]!;
    cells[0]!(r, out);
    for (let j = 1; j < cells.length; j++) {
      out.byte(0x2c); // ,
      cells[j]!(r, out);
    }
    out.byte(0x0d); // CR LF
    out.byte(0x0a);
  }
  if (offsets) offsets[rows.length] = out.size;
  out.flush();
  return out.size;
}

/** The published rows of a table (or of some of its rows), as CSV. */
export function tableCsv(def: TableDef, tables: Tables, only?: readonly Row[]): Uint8Array {
  return collect((write) => writeTableCsv(def, tables, write, only));
}

/**
 * One cell's JSON text: what JSON.stringify gives for the value (text NFC),
 * memoised per column like cellWriter; `"name":` keys are made once.
 */
function jsonWriter(c: Column): (row: Row) => string {
  const key = `${JSON.stringify(c.name)}:`;
  const memo = new Map<string, string>();
  return (row) => {
    const v = cellValue(c, row);
    if (v === null) return `${key}null`;
    if (typeof v === 'number') return key + JSON.stringify(v);
    let s = memo.get(v);
    if (s === undefined) {
      s = key + JSON.stringify(v.normalize('NFC'));
      if (memo.size < 20_000) memo.set(v, s);
    }
    return s;
  };
}

/** Writes a table as JSON to `write`; returns the size. */
export function writeTableJson(def: TableDef, tables: Tables, write: (chunk: Uint8Array) => void): number {
  const cells = publishedColumns(def, tables).map(jsonWriter);
  const rows = tables[def.name] as unknown as Row[];
  const n = cells.length;
  const parts: string[] = new Array(n);
  const line = (i: number) => {
    const r = rows[i]!;
    for (let j = 0; j < n; j++) parts[j] = cells[j]!(r);
    return `{${parts.join(',')}}`;
  };
  // One object per line: compact for slow connections, still readable and diffable.
  return encodeLines('[\n', rows.length, line, ',\n', '\n]\n', write);
}

export function tableJson(def: TableDef, tables: Tables): Uint8Array {
  return collect((write) => writeTableJson(def, tables, write));
}

const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
const text = (value: string | null) => (value === null ? null : { value: neutralise(value.normalize('NFC')), type: String });

export async function tableXlsx(def: TableDef, tables: Tables): Promise<Uint8Array> {
  const { columns, rows } = publishedRows(def, tables);
  const data: SheetData = [
    columns.map((c) => bold(c.name)),
    ...rows.map((r) =>
      r.map((v, i) => {
        if (v === null) return null;
        if (typeof v === 'number') {
          const f = columns[i]!.field;
          return f?.type === 'number' && f.format === 'integer' ? { value: v, type: Number, format: '#,##0' } : v;
        }
        return neutralise(v.normalize('NFC'));
      }),
    ),
  ];
  const width = (i: number) => Math.min(60, Math.max(10, columns[i]!.name.length + 2, ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length + 2)));
  const about: SheetData = [
    [bold(`${PACKAGE_TITLE.vi} — ${def.title.vi}`)],
    [text(def.description.vi)],
    [text(`${LICENCE.text.vi} ${LICENCE.path}`)],
    [],
    ['Cột', 'Tên', 'Ý nghĩa', 'Kiểu', 'Column (English)', 'Meaning (English)'].map(bold),
    ...columns.map((c) => [c.name, c.title.vi, c.description.vi, c.field ? typeText(c.field) : 'chữ (tên của mã)', c.title.en, c.description.en].map((s) => text(s))),
  ];
  const used = new Set((tables[def.name] as unknown as { report_id?: string }[]).map((r) => r.report_id).filter(Boolean));
  const reports = def.name === 'reports' ? tables.reports : tables.reports.filter((r) => used.has(r.id));
  const sources: SheetData = [
    ['Mã báo cáo', 'Báo cáo', 'Số hiệu', 'Ngày', 'Trích yếu'].map(bold),
    ...reports.map((r) => [r.id, reportLabel(r), r.number, r.date, r.title].map((s) => text(s))),
  ];
  const buffer = await writeXlsxFile(
    [
      { data, sheet: 'Dữ liệu', stickyRowsCount: 1, columns: columns.map((_, i) => ({ width: width(i) })) },
      { data: about, sheet: 'Các cột', columns: [{ width: 22 }, { width: 30 }, { width: 70 }, { width: 30 }, { width: 30 }, { width: 60 }] },
      { data: sources, sheet: 'Nguồn', stickyRowsCount: 1, columns: [{ width: 16 }, { width: 50 }, { width: 14 }, { width: 12 }, { width: 70 }] },
    ],
    { fontFamily: 'Arial', fontSize: 11 },
  ).toBuffer();
  return stableZip(new Uint8Array(buffer));
}

