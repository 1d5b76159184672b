/**
 * How the downloads are made at national scale must not change what
 * a reader gets: cells that need quoting or look like formulas are written as
 * before; a per-report CSV, cut out of the table's CSV, holds exactly that
 * report's rows as if encoded on their own (even when its rows are not next to
 * each other); files kept in scratch files rather than memory have the same
 * bytes; and the zip (written with Node's zlib, in pieces) unpacks to them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TABLES } from '../../src/data/tables/index.ts';
import { loadData, type DataLoad } from '../../src/data/load.ts';
import { sha256 } from '../../src/publish/datapackage.ts';
import { dataDownloads, reportFileName, type DownloadFile } from '../../src/publish/downloads.ts';
import { csvBytes, tableCsv, tableXlsx, writeTableCsv } from '../../src/publish/formats.ts';
import { publishedRows } from '../../src/publish/columns.ts';
import { DOWNLOAD_DIR, ZIP_NAME } from '../../src/publish/meta.ts';
import { buildOutput, copyInto, writeDownloads } from '../../src/publish/output.ts';
import { MemoryFile, removeScratch, Sink } from '../../src/publish/store.ts';
import { writeZip } from '../../src/publish/zip.ts';
import { templateXlsxOffThread } from '../../src/publish/workbooks.ts';
import { templateXlsx, type TemplateRow } from '../../src/templates/xlsx.ts';
import { VALID_MIN } from './helpers.ts';

const UPDATED = '2026-11-22T08:43:55+00:00';
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const NFD = 'Sơn Động'.normalize('NFD');
/** Notes a staff member could type, and how each must appear in the CSV text. */
const NOTES: [string, string][] = [
  ['a,b', '"a,b"'],
  ['nói "đúng"', '"nói ""đúng"""'],
  ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
  ['=1+1', "'=1+1"],
  ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ['-5', "'-5"],
  ['@SUM(A1)', "'@SUM(A1)"],
  [NFD, 'Sơn Động'],
  ['bình thường', 'bình thường'],
];

let data: DataLoad;
let files: DownloadFile[];
let spilled: DownloadFile[];
const named = (list: DownloadFile[], name: string) => list.find((f) => f.name === name)!;

beforeAll(async () => {
  const base = await loadData(VALID_MIN);
  const [r1, r2] = base.tables.reports.map((r) => r.id);
  // Rows of the two reports alternate, so each report's rows are several separate ranges of the table's CSV.
  const funding = base.tables.funding.map((r, i) => ({ ...r, report_id: i % 2 ? r2! : r1!, note: NOTES[i % NOTES.length]![0] }));
  data = { ...base, tables: { ...base.tables, funding } };
  files = await dataDownloads(data, { updated: UPDATED });
  spilled = await dataDownloads(data, { updated: UPDATED, spillBytes: 1, limits: { splitRows: 4 } });
});
// Vitest ends its workers without an exit event: the scratch files go here.
afterAll(removeScratch);

describe('CSV cells', () => {
  it('are quoted, neutralised and NFC exactly as a spreadsheet needs', () => {
    const text = decoder.decode(named(files, 'funding.csv').bytes());
    for (const [, written] of NOTES) expect(text.includes(`,${written},`) || text.includes(`,${written}\r\n`), written).toBe(true);
    expect(text).not.toContain(NFD);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.note)).toEqual(data.tables.funding.map((_, i) => Papa.parse<string[]>(NOTES[i % NOTES.length]![1]).data[0]!.join(',')));
  });
});

describe('a long table', () => {
  it('is written exactly as its cells one by one, past the values a column keeps and when they stop repeating', () => {
    const def = TABLES.find((t) => t.name === 'funding')!;
    const base = data.tables.funding;
    // 25,000 rows: unique ids and notes (more than a column keeps), repeated codes, special notes among them.
    const funding = Array.from({ length: 25_000 }, (_, i) => ({
      ...base[i % base.length]!,
      id: `r-${i}`,
      note: i % 7 === 0 ? NOTES[i % NOTES.length]![0] : `ghi chú số ${i}`,
    }));
    const tables = { ...data.tables, funding };
    const { columns, rows } = publishedRows(def, tables);
    const expected = csvBytes(columns.map((c) => c.name), rows);
    const offsets = new Float64Array(funding.length + 1);
    const chunks: Uint8Array[] = [];
    const size = writeTableCsv(def, tables, (c) => chunks.push(c.slice()), undefined, offsets);
    const written = Buffer.concat(chunks);
    expect(size).toBe(expected.byteLength);
    expect(sha256(new Uint8Array(written))).toBe(sha256(expected));
    // Each row's offset is where its line starts.
    const text = decoder.decode(written);
    expect(decoder.decode(written.subarray(offsets[12_345]!, offsets[12_346]!))).toBe(`${text.split('\r\n')[12_346]}\r\n`);
  });
});

describe('per-report CSVs', () => {
  it('hold exactly their report\'s rows, byte for byte as if encoded alone, with the right size', () => {
    const def = TABLES.find((t) => t.name === 'funding')!;
    for (const report of data.tables.reports) {
      const rows = data.tables.funding.filter((r) => r.report_id === report.id);
      expect(rows.length).toBeGreaterThan(1);
      const f = named(files, reportFileName(report.id, 'funding'));
      const bytes = f.bytes();
      expect(f.rows).toBe(rows.length);
      expect(f.size).toBe(bytes.byteLength);
      expect(sha256(bytes)).toBe(sha256(tableCsv(def, data.tables, rows as unknown as Record<string, unknown>[])));
      const ids = Papa.parse<Record<string, string>>(decoder.decode(bytes).slice(1), { header: true, skipEmptyLines: true }).data.map((r) => r.id);
      expect(ids).toEqual(rows.map((r) => r.id));
    }
  });
});

describe('files kept on disk', () => {
  it('have the same names, sizes and bytes as files kept in memory (the zip included), also as the endpoint serves them', async () => {
    // Whole tables (parts per province or fund year depend on the limits, lowered for `spilled`).
    const whole = spilled.filter((f) => !f.province && !f.fundYear);
    expect(whole.map((f) => f.name)).toEqual(files.filter((f) => !f.province && !f.fundYear).map((f) => f.name));
    for (const f of whole) {
      const g = named(files, f.name);
      expect(f.size, f.name).toBe(g.size);
      expect(sha256(f.bytes()), f.name).toBe(sha256(g.bytes()));
      const served = new Uint8Array(await new Response(await f.body()).arrayBuffer());
      expect(sha256(served), f.name).toBe(sha256(g.bytes()));
    }
  });

  it('are written by a build (writeTo: copied from disk, cut from a table, or kept in memory) with the same bytes', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mtqg-write-'));
    try {
      for (const f of spilled) {
        await f.writeTo(join(out, f.name));
        expect(sha256(new Uint8Array(readFileSync(join(out, f.name)))), f.name).toBe(sha256(f.bytes()));
      }
      expect(spilled.filter((f) => f.reportId).length).toBeGreaterThan(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('are written by a build into DOWNLOAD_DIR of its output, every file with its bytes; outside a build nothing says where', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mtqg-out-'));
    try {
      expect(await writeDownloads(spilled, out)).toBe(spilled.length);
      for (const f of spilled) expect(sha256(new Uint8Array(readFileSync(join(out, DOWNLOAD_DIR, f.name)))), f.name).toBe(sha256(f.bytes()));
      // A staff copy lands at its site path.
      copyInto(out, '/cap-nhat/du-lieu/funding.csv', join(VALID_MIN, 'funding.csv'));
      expect(readFileSync(join(out, 'cap-nhat/du-lieu/funding.csv'), 'utf8')).toBe(readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8'));
      // Only `astro build` defines the output (src/integrations/downloads-output.ts): tests and the dev server write nothing.
      expect(buildOutput()).toBeUndefined();
      expect(existsSync(join(out, 'du-lieu'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('per-province parts cut from a table on disk hold every row once', () => {
    const parts = spilled.filter((f) => f.province && !f.fundYear && f.table?.name === 'funding');
    expect(parts.length).toBeGreaterThan(0);
    const ids = parts.flatMap((f) => Papa.parse<Record<string, string>>(decoder.decode(f.bytes()).slice(1), { header: true, skipEmptyLines: true }).data.map((r) => r.id));
    expect(ids.sort()).toEqual(data.tables.funding.map((r) => r.id).sort());
    for (const f of parts) expect(f.size).toBe(f.bytes().byteLength);
  });
});

describe('the zip writer', () => {
  it('unpacks to the same bytes when entries are deflated in many pieces, with unix permissions and the data\'s date', async () => {
    const text = new TextEncoder().encode('Tiếng Việt, dòng dài '.repeat(500));
    const sink = new Sink(1e9);
    await writeZip(
      [
        { name: 'a.csv', stored: new MemoryFile(text) },
        { name: 'empty.txt', stored: new MemoryFile(new Uint8Array(0)) },
      ],
      new Date('2026-11-22T12:00:00Z'),
      sink,
      97,
    );
    const zip = sink.close().bytes();
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(['a.csv', 'empty.txt']);
    expect(sha256(entries['a.csv']!)).toBe(sha256(text));
    expect(entries['empty.txt']!.byteLength).toBe(0);
    const view = new DataView(zip.buffer, zip.byteOffset);
    const central = zip.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    expect(zip[central + 5]).toBe(3);
    expect(view.getUint32(central + 38, true) >>> 16).toBe(0o100644);
    // MS-DOS date 2026-11-22: year since 1980, month, day.
    const date = view.getUint16(central + 14, true);
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2026, 11, 22]);
  });

  it('reads the next pieces only into buffers no longer being deflated (large pieces, bytes that do not repeat)', async () => {
    // Deflating 64 KB of such bytes takes far longer than reading the next piece: a buffer reused too soon
    // changes what is deflated, and the entry unpacks to other bytes.
    const bytes = new Uint8Array(3 << 20);
    let x = 1719;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const sink = new Sink(1e9);
    await writeZip([{ name: 'a.bin', stored: new MemoryFile(bytes) }, { name: 'b.bin', stored: new MemoryFile(bytes.subarray(1)) }], new Date('2026-11-22T12:00:00Z'), sink, 64 << 10);
    const entries = unzipSync(sink.close().bytes());
    expect(sha256(entries['a.bin']!)).toBe(sha256(bytes));
    expect(sha256(entries['b.bin']!)).toBe(sha256(bytes.subarray(1)));
  });

  it('the download zip unpacks to every whole-table file', () => {
    const entries = unzipSync(named(files, ZIP_NAME).bytes());
    for (const [name, bytes] of Object.entries(entries)) expect(sha256(bytes), name).toBe(sha256(named(files, name).bytes()));
  });
});

describe('XLSX', () => {
  it('is the same bytes whenever it is made (the writer\'s clock is written over)', async () => {
    const def = TABLES.find((t) => t.name === 'works')!;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T03:04:05Z'));
      const a = await tableXlsx(def, data.tables);
      vi.setSystemTime(new Date('2031-07-09T21:22:23Z'));
      const b = await tableXlsx(def, data.tables);
      expect(sha256(a)).toBe(sha256(b));
      expect(unzipSync(a)['xl/worksheets/sheet1.xml']!.byteLength).toBeGreaterThan(0);
    } finally {
      vi.useRealTimers();
    }
  });

  // Two workbooks per table, each made twice: ten tables take more than the default 5 s on a loaded machine.
  it('made on the worker thread, as a build does, has the same bytes as made here: downloads and staff templates', { timeout: 30_000 }, async () => {
    for (const def of TABLES) {
      expect(sha256(named(files, `${def.name}.xlsx`).bytes()), def.name).toBe(sha256(await tableXlsx(def, data.tables)));
      const rows = data.tables[def.name] as unknown as TemplateRow[];
      expect(sha256(await templateXlsxOffThread(def, rows)), def.name).toBe(sha256(new Uint8Array(await templateXlsx(def, rows))));
    }
  });
});
