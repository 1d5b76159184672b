/**
 * Downloads of a large table: no XLSX or JSON above their
 * limits (the CSV opens in a spreadsheet), and above the split limit the rows
 * are also published per province — every row in exactly one province file,
 * each parsing back — while the zip and datapackage.json keep the whole table.
 * Limits are lowered here so the fixture counts as large.
 */
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadData, type DataLoad } from '../../src/data/load.ts';
import { dataDownloads, type DownloadFile } from '../../src/publish/downloads.ts';
import { ZIP_NAME } from '../../src/publish/meta.ts';
import { VALID_MIN } from './helpers.ts';

let data: DataLoad;
let files: DownloadFile[];
const decoder = new TextDecoder();

beforeAll(async () => {
  data = await loadData(VALID_MIN);
  files = await dataDownloads(data, { updated: '2026-11-22T08:43:55+00:00', limits: { xlsxRows: 4, jsonRows: 4, splitRows: 4 } });
});

describe('a table above the download limits', () => {
  it('has its CSV but no XLSX or JSON; a small table keeps all three', () => {
    expect(data.tables.funding.length).toBeGreaterThan(4);
    const names = files.map((f) => f.name);
    expect(names).toContain('funding.csv');
    expect(names).not.toContain('funding.xlsx');
    expect(names).not.toContain('funding.json');
    for (const n of ['areas.csv', 'areas.json', 'areas.xlsx']) expect(names).toContain(n);
  });

  it('is split by province: every row in exactly one part, districts under their province', () => {
    const parts = files.filter((f) => f.province && !f.fundYear && f.table?.name === 'funding');
    expect(parts.map((f) => f.name)).toEqual(['funding-bac-giang.csv']);
    const rows = parts.flatMap((f) => Papa.parse<Record<string, string>>(decoder.decode(f.bytes()), { header: true, skipEmptyLines: true }).data);
    expect(rows.map((r) => r.id).sort()).toEqual(data.tables.funding.map((r) => r.id).sort());
    expect(parts[0]!.rows).toBe(data.tables.funding.length);
  });

  it('a fund year above the limit is split per province within it: no year file beyond a spreadsheet', () => {
    // valid-min: 9 funding rows of 2023 (8 of the province, 1 of Sơn Động, its district), above the lowered limit of 4.
    const years = files.filter((f) => f.fundYear && f.table?.name === 'funding');
    expect(years.map((f) => f.name)).toEqual(['funding-nam-von-2023-bac-giang.csv']);
    expect(years[0]!.rows).toBe(9);
    expect(years[0]!.province).toEqual({ id: 'bac-giang', name: 'Bắc Giang' });
  });

  it('keeps the zip to whole tables', () => {
    const entries = Object.keys(unzipSync(files.find((f) => f.name === ZIP_NAME)!.bytes()));
    expect(entries).toContain('funding.csv');
    expect(entries.some((n) => n.startsWith('funding-'))).toBe(false);
  });
});
