/**
 * One area's or one fund year's rows without filtering a whole table: each observation table is published per
 * province (a district's rows in its province's file) and the funding table per fund year. Checked on the frozen
 * test site's data against the source CSV read here, not against the code that cut the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { dataDownloads, type DownloadFile } from '../../src/publish/downloads.ts';
import { SITE_DATA } from '../browser/site-under-test.ts';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const parse = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const source = parse(readFileSync(join(SITE_DATA, 'funding.csv'), 'utf8'));
const ids = (f: DownloadFile) => parse(decoder.decode(f.bytes())).map((r) => r.id).toSorted();

let files: DownloadFile[];
beforeAll(async () => {
  files = await dataDownloads(await loadData(SITE_DATA), { updated: '2026-12-06T10:00:00+00:00' });
});

describe('per fund year', () => {
  it('one funding CSV per fund year or span, each with exactly the rows of that year, listed with its count', () => {
    const parts = files.filter((f) => f.fundYear);
    // The fund years written in the source (a span and a carry-over are years of their own, as the reports print them).
    expect(parts.map((f) => f.fundYear).toSorted()).toEqual([...new Set(source.map((r) => r.fund_year))].toSorted());
    for (const f of parts) {
      const expected = source.filter((r) => r.fund_year === f.fundYear).map((r) => r.id!).toSorted();
      expect(ids(f), f.name).toEqual(expected);
      expect(f.rows).toBe(expected.length);
      expect(f.name).toBe(`funding-nam-von-${f.fundYear}.csv`);
    }
    expect(parts.reduce((n, f) => n + f.rows!, 0)).toBe(source.length);
  });
});

describe('per province', () => {
  it('Bắc Kạn\'s funding file holds the rows of Bạch Thông, its district, and nothing of Bắc Giang', () => {
    const bacKan = files.find((f) => f.name === 'funding-bac-kan.csv')!;
    expect(bacKan).toBeDefined();
    expect(ids(bacKan)).toEqual(source.filter((r) => r.area_id === 'bach-thong' || r.area_id === 'bac-kan').map((r) => r.id!).toSorted());
    expect(ids(files.find((f) => f.name === 'funding-bac-giang.csv')!)).not.toContain(source.find((r) => r.area_id === 'bach-thong')!.id);
  });

  it('exists for every observation table, even a small one, and none is in the zip-only whole tables', () => {
    for (const table of ['funding', 'works', 'ncut', 'indicators']) expect(files.some((f) => f.province && f.table?.name === table), table).toBe(true);
  });
});

describe('areas.csv with a parent loop', () => {
  it('does not hang the downloads (a province that names itself as its parent)', async () => {
    const { dataDir, removeDataDirs, VALID_MIN } = await import('./helpers.ts');
    const areas = readFileSync(join(VALID_MIN, 'areas.csv'), 'utf8').replace(/^bac-giang,([^,\n]*),province,,/m, 'bac-giang,$1,province,bac-giang,,');
    expect(areas).toContain('province,bac-giang,');
    try {
      const made = await dataDownloads(await loadData(dataDir(null, { 'areas.csv': areas })), { updated: '2026-12-06T10:00:00+00:00' });
      expect(made.some((f) => f.name === 'funding-bac-giang.csv')).toBe(true);
    } finally {
      removeDataDirs();
    }
  });
});
