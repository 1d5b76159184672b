/**
 * The download formats of one table: CSV (UTF-8 with BOM, comma, dot decimal,
 * CRLF: RFC 4180), JSON (an array of objects) and XLSX (numbers as numbers,
 * frozen header, a sheet describing the columns and one listing the sources).
 * Text is NFC; text cells that a spreadsheet could run as a formula are
 * neutralised in CSV and XLSX (safe.ts); JSON keeps the values exactly.
 */
import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { TableDef } from '../data/define.ts';
import type { Tables } from '../data/load.ts';
import { typeText } from './dictionary.ts';
import { publishedColumns, publishedRows, reportLabel, type Cell, type Row } from './columns.ts';
import { LICENCE, PACKAGE_TITLE } from './meta.ts';
import { neutralise } from './safe.ts';

const utf8 = new TextEncoder();

function csvField(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = neutralise(v.normalize('NFC'));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV of header and rows (cells as given), UTF-8 with BOM so Excel reads the Vietnamese correctly. */
export function csvBytes(header: readonly string[], rows: readonly Cell[][]): Uint8Array {
  const lines = [header.map(csvField).join(','), ...rows.map((r) => r.map(csvField).join(','))];
  return utf8.encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/**
 * Text made line by line and encoded in pieces of about a megabyte, then
 * joined once: a million-row table never exists as one string (V8 caps
 * strings at ~512 MB, and a string of Vietnamese text takes two bytes a
 * character) nor as an array of a million arrays of cells.
 */
function encodeLines(head: string, count: number, line: (i: number) => string, sep: string, tail: string): Uint8Array {
  const parts: Uint8Array[] = [];
  let chunk = head;
  for (let i = 0; i < count; i++) {
    chunk += (i > 0 ? sep : '') + line(i);
    if (chunk.length > 1 << 20) {
      parts.push(utf8.encode(chunk));
      chunk = '';
    }
  }
  parts.push(utf8.encode(chunk + tail));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** The published rows of a table (or of some of its rows), as CSV. */
export function tableCsv(def: TableDef, tables: Tables, only?: readonly Row[]): Uint8Array {
  const columns = publishedColumns(def, tables);
  const rows = only ?? (tables[def.name] as unknown as Row[]);
  const header = columns.map((c) => csvField(c.name)).join(',');
  return encodeLines(`\uFEFF${header}\r\n`, rows.length, (i) => columns.map((c) => csvField(c.value(rows[i]!))).join(','), '\r\n', rows.length ? '\r\n' : '');
}

export function tableJson(def: TableDef, tables: Tables): Uint8Array {
  const columns = publishedColumns(def, tables);
  const rows = tables[def.name] as unknown as Row[];
  const object = (r: Row) =>
    Object.fromEntries(
      columns.map((c) => {
        const v = c.value(r);
        return [c.name, typeof v === 'string' ? v.normalize('NFC') : v];
      }),
    );
  // One object per line: compact for slow connections, still readable and diffable.
  return encodeLines('[\n', rows.length, (i) => JSON.stringify(object(rows[i]!)), ',\n', '\n]\n');
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
          return { value: v, type: Number, format: f?.type === 'number' && f.format === 'integer' ? '#,##0' : undefined };
        }
        return text(v);
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
  return restamp(new Uint8Array(buffer));
}

/** The writer stamps each zip entry with the current time; the same data must give the same bytes. */
function restamp(xlsx: Uint8Array): Uint8Array {
  const mtime = new Date('2000-01-01T12:00:00Z');
  const entries = Object.entries(unzipSync(xlsx)).map(([name, bytes]) => [name, [bytes, { mtime, os: 3, attrs: 0o100644 << 16 }]]);
  return zipSync(Object.fromEntries(entries) as Parameters<typeof zipSync>[0]);
}
