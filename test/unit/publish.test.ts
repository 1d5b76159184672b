/**
 * Downloads: generated from the validated fixture tables, they parse
 * back to the same values (CSV, JSON, XLSX), keep Vietnamese text in NFC, hold
 * no live formula, and datapackage.json validates against the official Data
 * Package v2 and Table Schema v2 profiles with hashes and sizes that match.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import readXlsxFile, { readSheetNames } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData, type DataLoad } from '../../src/data/load.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { publishedRows } from '../../src/publish/columns.ts';
import { sha256 } from '../../src/publish/datapackage.ts';
import { dataDownloads, fileSize, type DownloadFile } from '../../src/publish/downloads.ts';
import { ZIP_NAME } from '../../src/publish/meta.ts';
import { neutralise } from '../../src/publish/safe.ts';
import { dataDir, FIXTURES, removeDataDirs, VALID_MIN } from './helpers.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const UPDATED = '2026-11-22T08:43:55+00:00';
// ignoreBOM keeps the BOM in the decoded text, so the tests see it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
let data: DataLoad;
let files: DownloadFile[];
const file = (name: string) => {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`no download ${name}`);
  return f;
};

beforeAll(async () => {
  data = await loadData(VALID_MIN);
  expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
  files = await dataDownloads(data, { updated: UPDATED });
});
afterAll(removeDataDirs);

describe('every table downloads and parses back to the same values', () => {
  it('has CSV, JSON and XLSX of each table, a data package, a README and a zip, with ASCII names', () => {
    for (const t of TABLES) for (const ext of ['csv', 'json', 'xlsx']) expect(file(`${t.name}.${ext}`).size).toBeGreaterThan(0);
    for (const name of ['datapackage.json', 'README.md', ZIP_NAME]) expect(file(name).size).toBeGreaterThan(0);
    for (const f of files) expect(f.name).toMatch(/^[A-Za-z0-9][A-Za-z0-9.-]*$/);
  });

  it('per report: one CSV per table with exactly that report\'s rows', () => {
    for (const report of data.tables.reports) {
      for (const f of files.filter((x) => x.reportId === report.id)) {
        const rows = Papa.parse<Record<string, string>>(decoder.decode(f.bytes()).slice(1), { header: true, skipEmptyLines: true }).data;
        expect(rows.length).toBe(f.rows);
        expect(new Set(rows.map((r) => r.report_id))).toEqual(new Set([report.id]));
      }
    }
    expect(files.filter((f) => f.reportId).length).toBeGreaterThan(0);
  });

  it('CSV: UTF-8 with BOM, same cells as the table, Vietnamese intact and NFC', () => {
    for (const t of TABLES) {
      const bytes = file(`${t.name}.csv`).bytes();
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = decoder.decode(bytes);
      expect(text.normalize('NFC')).toBe(text);
      const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
      const { columns, rows } = publishedRows(t, data.tables);
      expect(parsed.data[0]).toEqual(columns.map((c) => c.name));
      expect(parsed.data.slice(1)).toEqual(rows.map((r) => r.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : neutralise(v)))));
    }
    expect(decoder.decode(file('areas.csv').bytes())).toContain('Sơn Động');
  });

  it('JSON: the same values, numbers as numbers', () => {
    for (const t of TABLES) {
      const objects = JSON.parse(new TextDecoder().decode(file(`${t.name}.json`).bytes())) as Record<string, unknown>[];
      const { columns, rows } = publishedRows(t, data.tables);
      expect(objects).toEqual(rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.name, r[i]]))));
    }
  });

  it('XLSX: the same values, numbers stored as numbers, labels beside codes, a columns sheet and a sources sheet', async () => {
    for (const t of TABLES) {
      const bytes = Buffer.from(file(`${t.name}.xlsx`).bytes());
      expect(await readSheetNames(bytes)).toEqual(['Dữ liệu', 'Các cột', 'Nguồn']);
      const sheet = await readXlsxFile(bytes, { sheet: 'Dữ liệu' });
      const { columns, rows } = publishedRows(t, data.tables);
      expect(sheet[0]).toEqual(columns.map((c) => c.name));
      expect(sheet.slice(1)).toEqual(rows.map((r) => r.map((v) => (v === null ? null : typeof v === 'number' ? v : neutralise(v)))));
      for (const r of sheet) for (const v of r) if (typeof v === 'string') expect(v.normalize('NFC')).toBe(v);
      const described = await readXlsxFile(bytes, { sheet: 'Các cột' });
      expect(described.map((r) => r[0])).toEqual(expect.arrayContaining(columns.map((c) => c.name)));
    }
    const funding = await readXlsxFile(Buffer.from(file('funding.xlsx').bytes()));
    const header = funding[0] as string[];
    expect(typeof funding[1]![header.indexOf('value')]).toBe('number');
    expect(header[header.indexOf('area_id') + 1]).toBe('area_id_label');
    expect(funding[1]![header.indexOf('area_id_label')]).toBe('tỉnh Bắc Giang');
  });
});

describe('file sizes on download links', () => {
  it('are written the Vietnamese way, bytes below a kilobyte, one decimal below 10 KB and in megabytes', () => {
    const shown = [860, 1000, 9_960, 12_345, 999_499, 1_000_000, 1_449_999, 181_320_989, 1_467_780_380].map(fileSize);
    expect(shown).toEqual(['860 B', '1 KB', '10 KB', '12 KB', '999 KB', '1 MB', '1,4 MB', '181,3 MB', '1.467,8 MB']);
    expect(fileSize(9_450)).toBe('9,5 KB');
  });
});

describe('datapackage.json', () => {
  const profile = (name: string) => JSON.parse(readFileSync(join(FIXTURES, 'datapackage-v2', `${name}.json`), 'utf8'));
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
  ajv.addFormat('textarea', true);
  const validPackage = ajv.compile(profile('datapackage'));
  const validSchema = ajv.compile(profile('tableschema'));

  it('validates against the official Data Package v2 and Table Schema v2 profiles', () => {
    const descriptor = JSON.parse(decoder.decode(file('datapackage.json').bytes()));
    expect(validPackage(descriptor), JSON.stringify(validPackage.errors?.slice(0, 5), null, 1)).toBe(true);
    for (const r of descriptor.resources) expect(validSchema(r.schema), `${r.name}: ${JSON.stringify(validSchema.errors?.slice(0, 5))}`).toBe(true);
    for (const key of ['name', 'title', 'version', 'created', 'licenses', 'sources', 'contributors', 'resources']) expect(descriptor).toHaveProperty(key);
  });

  it('names every resource with its path, size, hash, typed fields and keys', () => {
    const descriptor = JSON.parse(decoder.decode(file('datapackage.json').bytes()));
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(TABLES.map((t) => t.name));
    for (const r of descriptor.resources) {
      const bytes = file(r.path).bytes();
      expect(r.bytes).toBe(bytes.byteLength);
      expect(file(r.path).size).toBe(bytes.byteLength);
      expect(r.hash).toBe(`sha256:${sha256(bytes)}`);
      expect(r.schema.primaryKey).toEqual(['id']);
      const header = decoder.decode(bytes).slice(1).split('\r\n')[0]!.split(',');
      expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    }
    const funding = descriptor.resources.find((r: { name: string }) => r.name === 'funding');
    const value = funding.schema.fields.find((f: { name: string }) => f.name === 'value');
    expect(value).toMatchObject({ type: 'number', constraints: { required: true, minimum: 0 } });
    expect(funding.schema.foreignKeys).toContainEqual({ fields: ['area_id'], reference: { resource: 'areas', fields: ['id'] } });
    const areas = descriptor.resources.find((r: { name: string }) => r.name === 'areas');
    expect(areas.schema.foreignKeys).toContainEqual({ fields: ['parent_id'], reference: { fields: ['id'] } });
    expect(funding.schema.uniqueKeys).toEqual([[...TABLES.find((t) => t.name === 'funding')!.key]]);
  });

  it('is the same bytes for the same data (stable between builds)', async () => {
    const again = await dataDownloads(await loadData(VALID_MIN), { updated: UPDATED });
    for (const f of files) expect(sha256(again.find((x) => x.name === f.name)!.bytes()), f.name).toBe(sha256(f.bytes()));
  });
});

describe('the zip', () => {
  it('unpacks to every file, byte for byte, under safe ASCII names, with a bilingual README', () => {
    const entries = unzipSync(file(ZIP_NAME).bytes());
    const names = Object.keys(entries).sort();
    // Whole tables only: a report's, a province's or a fund year's rows are parts of them.
    expect(names).toEqual(files.filter((f) => f.name !== ZIP_NAME && !f.reportId && !f.province && !f.fundYear).map((f) => f.name).sort());
    for (const n of names) {
      expect(n).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
      expect(n).not.toContain('..');
      expect(sha256(entries[n]!)).toBe(sha256(file(n).bytes()));
    }
    const readme = decoder.decode(entries['README.md']!);
    expect(readme).toContain('Quy tắc số liệu hiện hành');
    expect(readme).toContain('The current figure');
    expect(readme).toContain('Trích dẫn');
    expect(readme).toContain('Cite as');
  });
});

describe('formula and script payloads', () => {
  it('are neutralised in CSV and XLSX, numbers untouched, and kept exact in JSON', async () => {
    const payloads = ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '<script>alert(1)</script>'];
    const note = (i: number) => payloads[i % payloads.length]!;
    const base = await loadData(VALID_MIN);
    // The checker refuses such cells, so they are put into validated tables directly, as a regression could.
    const funding = base.tables.funding.map((r, i) => ({ ...r, note: note(i) }));
    const tampered = { ...base, tables: { ...base.tables, funding } };
    const out = await dataDownloads(tampered, { updated: UPDATED });
    const csv = decoder.decode(out.find((f) => f.name === 'funding.csv')!.bytes());
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    for (const [i, r] of rows.entries()) {
      expect(r.note!.startsWith("'") || r.note === note(i)).toBe(true);
      expect(r.note).not.toMatch(/^[=+\-@\t\r]/);
      expect(Number(r.value)).toBe(funding[i]!.value);
    }
    const sheet = await readXlsxFile(Buffer.from(out.find((f) => f.name === 'funding.xlsx')!.bytes()));
    const col = (sheet[0] as string[]).indexOf('note');
    for (const r of sheet.slice(1)) expect(String(r[col])).not.toMatch(/^[=+\-@\t\r]/);
    const json = JSON.parse(decoder.decode(out.find((f) => f.name === 'funding.json')!.bytes())) as { note: string }[];
    expect(json.map((r) => r.note)).toEqual(funding.map((r) => r.note));
  });
});

void dataDir;
