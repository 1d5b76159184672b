/**
 * What load.ts adds to the check (docs/mutation.md, «The checker's orchestration»): the data folder as staff
 * keep it. A mistyped folder, a stray file, a table kept as a workbook (alone, beside its CSV, unreadable),
 * nothing published to compare with, and a workbook dropped into data/ during `npm run dev`. Every expected
 * message, file and count is worked out from valid-min (test/fixtures/valid-min) by hand.
 */
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TailReader } from '../../src/data/check.ts';
import { citationsWith, loadData, loadDataOrThrow, readTailsWith, sharedLoad, type DataLoad } from '../../src/data/load.ts';
import { funding, works } from '../../src/data/tables/index.ts';
import { templateXlsx } from '../../src/templates/xlsx.ts';
import { dataDir, plus, removeDataDirs, ROOT, VALID_MIN } from './helpers.ts';

afterAll(removeDataDirs);

const TABLE_NAMES = ['areas', 'reports', 'projects', 'funding', 'works', 'poverty', 'ncut', 'indicators', 'documents', 'withdrawals'];
/** valid-min's funding.csv as rows of text cells, keyed by column. */
/** The notes on the form of funding.xlsx (valid-min's CSV files are not all in canonical form: funding.csv has its own). */
const fundingForm = (data: DataLoad) => data.form.filter((i) => /funding\.xlsx$/.test(i.file));
const fundingRows = () => Papa.parse<Record<string, string>>(readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('a data folder that is not there', () => {
  it('is one error naming the folder and the files it should hold, with every table empty', async () => {
    const dir = join(dataDir(null), 'dat'); // «data» mistyped
    const data = await loadData(dir, null);
    expect(data.issues.map((i) => [i.code, i.severity, i.file, i.line, i.message])).toEqual([
      ['folder.missing', 'error', resolve(dir), null, 'không tìm thấy thư mục dữ liệu (có thể gõ sai tên thư mục)'],
    ]);
    expect(data.issues[0]!.expected).toBe(
      'một thư mục chứa các tệp areas.csv, reports.csv, projects.csv, funding.csv, works.csv, poverty.csv, ncut.csv, indicators.csv, documents.csv, withdrawals.csv',
    );
    expect(Object.keys(data.tables)).toEqual(TABLE_NAMES);
    expect(Object.values(data.tables).every((rows) => rows.length === 0)).toBe(true);
    expect(data.counts).toEqual(Object.fromEntries(TABLE_NAMES.map((n) => [n, 0])));
    expect(data.discrepancies).toEqual([]);
    expect(data.form).toEqual([]);
  });

  it('a file given for the folder is not taken for one', async () => {
    const data = await loadData(join(VALID_MIN, 'areas.csv'), null);
    expect(data.issues.map((i) => i.code)).toEqual(['folder.missing']);
  });
});

describe('a file of the folder that is no table’s', () => {
  it('is named first, offered the table’s name; a sub-folder is not a file', async () => {
    const dir = dataDir(null, { 'funding (1).csv': readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8') });
    mkdirSync(join(dir, 'ban-cu')); // an old copy kept in a folder: not a stray file
    const data = await loadData(dir, null);
    expect(data.issues.map((i) => [i.code, i.severity, i.file])).toEqual([['file.unknown', 'error', join(dir, 'funding (1).csv')]]);
    expect(data.issues[0]!.fix).toContain('đổi tên thành funding.csv ');
    // The tables are still read: valid-min's nine funding rows.
    expect(data.counts.funding).toBe(9);
  });

  it('comes before the tables’ own errors', async () => {
    const dir = dataDir(null, { 'ghi-chu.txt': 'x', 'areas.csv': readFileSync(join(VALID_MIN, 'areas.csv'), 'utf8') + 'bac-giang,Bắc Giang,province,,,\n' });
    const data = await loadData(dir, null);
    expect(data.issues[0]).toMatchObject({ code: 'file.unknown', file: join(dir, 'ghi-chu.txt') });
    expect(data.issues.slice(1).some((i) => i.file === join(dir, 'areas.csv') && i.severity === 'error')).toBe(true);
  });
});

describe('nothing published to compare with', () => {
  it('a folder outside any repository says so (notCompared), and the check still passes', async () => {
    const data = await loadData(dataDir(null), null);
    expect(data.notCompared).toBe('no-repository');
    expect(data.issues).toEqual([]);
    // The notes on form are the files' own (valid-min's files are not all canonical), nothing else.
    expect(data.form.length).toBeGreaterThan(0);
    expect(data.form.every((i) => i.code === 'file.not-canonical' && i.severity === 'warning')).toBe(true);
  });
});

describe('where a file is, as staff would type it', () => {
  it('a folder given by its full path inside the working directory is shown from there', async () => {
    // test/fixtures/bad holds only folders: every table's file is missing.
    const data = await loadData(join(ROOT, 'test/fixtures/bad'), null);
    expect(data.issues[0]).toMatchObject({ code: 'file.missing', file: 'test/fixtures/bad/areas.csv' });
  });
});

describe('what scripts/check-data.ts sets for the loads', () => {
  it('the rows the articles cite are asked for the folder and handed back; a large file’s second half goes to the reader', async () => {
    const dir = dataDir(null);
    const asked: string[] = [];
    const cited = { 'funding/bg-2023-11-17-f01': ['/bai-viet/von/'] };
    citationsWith((folder) => (asked.push(folder), cited));
    const started: string[] = [];
    const reader: TailReader = { minLength: 900, start: (job) => (started.push(job.file), () => null) };
    readTailsWith(reader);
    try {
      const data = await loadData(dir, null);
      expect(asked).toEqual([dir]);
      expect(data.cited).toBe(cited);
      // valid-min's files of 900 characters or more: funding.csv and works.csv.
      expect(started).toEqual([join(dir, 'funding.csv'), join(dir, 'works.csv')]);
      expect(data.counts.funding).toBe(9);
    } finally {
      citationsWith(undefined);
      readTailsWith(undefined);
    }
  });
});

describe('for pages', () => {
  it('a warning alone does not stop the build: loadDataOrThrow gives the data', async () => {
    // Sơn Động's plan of 37 works given as 28 by a later report: a warning (series.plan-changed), no error.
    const report = 'sd-2024-07-05,UBND huyện Sơn Động,son-dong,half_year,88/BC-UBND,2024-07-05,2024-01,2024-06,Sáu tháng đầu năm 2024,,,,005_sd.txt';
    const dir = dataDir(null, {
      'reports.csv': plus('reports.csv', [report]),
      'works.csv': plus('works.csv', [
        'bg-2023-11-30-w90,bg-2023-11-30,II,son-dong,plan511,2022-2024,revised,all,all,planned,37,,37 công trình,reported,',
        'sd-2024-07-05-w01,sd-2024-07-05,II,son-dong,plan511,2022-2024,revised,all,all,planned,28,,28 công trình,reported,',
      ]),
    });
    const data = await loadDataOrThrow(dir);
    expect(data.issues.map((i) => [i.code, i.severity])).toEqual([['series.plan-changed', 'warning']]);
  });
});

describe('a table kept as a workbook (data/funding.xlsx)', () => {
  let same: Buffer;
  let other: Buffer;
  let reversed: Buffer;
  beforeAll(async () => {
    same = await templateXlsx(funding, fundingRows());
    // Rows typed last first: its sheet's CSV is not in canonical form either, which is not said on top.
    reversed = await templateXlsx(funding, fundingRows().toReversed());
    // The same rows but for one figure: f02's 442628 typed as 442629.
    other = await templateXlsx(funding, fundingRows().map((r) => (r['id'] === 'bg-2023-11-17-f02' ? { ...r, value: '442629' } : r)));
  });

  it('alone: read in place of the CSV, its rows kept, one note on its form (not also the sheet’s CSV form)', async () => {
    const dir = dataDir(null);
    rmSync(join(dir, 'funding.csv'));
    writeFileSync(join(dir, 'funding.xlsx'), reversed);
    const data = await loadData(dir, null);
    expect(data.issues).toEqual([]);
    expect(data.counts.funding).toBe(9);
    expect(data.tables.funding.find((r) => r.id === 'bg-2023-11-17-f02')?.value).toBe(442628);
    expect(fundingForm(data).map((i) => [i.code, i.severity, i.file, i.message])).toEqual([
      [
        'file.not-canonical',
        'warning',
        join(dir, 'funding.xlsx'),
        'tệp đúng nhưng chưa ở dạng chuẩn (tệp Excel (.xlsx) thay cho CSV): lần lưu sau, cả tệp sẽ hiện là đã thay đổi',
      ],
    ]);
  });

  it('alone but unreadable: one error at the workbook, and no row of the table', async () => {
    const dir = dataDir(null);
    rmSync(join(dir, 'funding.csv'));
    writeFileSync(join(dir, 'funding.xlsx'), 'not a workbook');
    const data = await loadData(dir, null);
    const own = data.issues.filter((i) => i.file.endsWith('funding.xlsx'));
    expect(own.map((i) => [i.code, i.severity, i.file, i.line])).toEqual([['xlsx.no-sheet', 'error', join(dir, 'funding.xlsx'), null]]);
    expect(own[0]!.expected).toBe('trang tính đầu tiên tên "funding" như trong tệp mẫu, dòng 1 là dòng tiêu đề');
    expect(data.issues.some((i) => i.code === 'file.missing' || i.code === 'file.empty')).toBe(false);
    expect(data.counts.funding).toBe(0);
    expect(fundingForm(data)).toEqual([]);
  });

  it('beside its CSV with the same rows: the CSV is read, a warning (not an error) names both', async () => {
    const dir = dataDir(null);
    writeFileSync(join(dir, 'funding.xlsx'), same);
    const data = await loadData(dir, null);
    expect(data.issues).toEqual([]);
    expect(fundingForm(data).map((i) => [i.code, i.severity, i.file, i.message])).toEqual([
      ['file.both', 'warning', join(dir, 'funding.xlsx'), 'có cả funding.csv và funding.xlsx cho cùng một bảng: trang web dùng funding.csv, bỏ qua funding.xlsx'],
    ]);
    expect(data.counts.funding).toBe(9);
  });

  it('beside its CSV with a row changed: an error counting the rows, with the first one’s id; the CSV’s rows read', async () => {
    const dir = dataDir(null);
    writeFileSync(join(dir, 'funding.xlsx'), other);
    const data = await loadData(dir, null);
    expect(data.issues.map((i) => [i.code, i.severity, i.file, i.line])).toEqual([['file.both-differ', 'error', join(dir, 'funding.xlsx'), null]]);
    expect(data.issues[0]!.message).toBe(
      'có cả funding.csv và funding.xlsx, và funding.xlsx có 1 dòng khác với funding.csv (ví dụ dòng mã bg-2023-11-17-f02): trang web chỉ đọc funding.csv, nên số liệu trong funding.xlsx sẽ không được công bố',
    );
    expect(data.tables.funding.find((r) => r.id === 'bg-2023-11-17-f02')?.value).toBe(442628);
    expect(fundingForm(data)).toEqual([]);
  });

  it('beside its CSV but unreadable: refused, never taken for the CSV’s twin', async () => {
    const dir = dataDir(null);
    writeFileSync(join(dir, 'funding.xlsx'), 'not a workbook');
    const data = await loadData(dir, null);
    expect(data.issues.map((i) => [i.code, i.file])).toEqual([['xlsx.no-sheet', join(dir, 'funding.xlsx')]]);
    expect(data.counts.funding).toBe(9);
    expect(fundingForm(data)).toEqual([]);
  });

  it('holding another table’s sheet (a workbook saved from the works template): no sheet of the table, alone or beside its CSV', async () => {
    const sheet = await templateXlsx(works, []);
    const alone = dataDir(null);
    rmSync(join(alone, 'funding.csv'));
    writeFileSync(join(alone, 'funding.xlsx'), sheet);
    expect((await loadData(alone, null)).issues.filter((i) => i.file.endsWith('.xlsx')).map((i) => i.code)).toEqual(['xlsx.no-sheet']);
    const beside = dataDir(null, { 'funding.xlsx': sheet });
    expect((await loadData(beside, null)).issues.map((i) => i.code)).toEqual(['xlsx.no-sheet']);
  });

  it('dropped into the folder during npm run dev: the next page reads it (the workbook is part of the stamp)', async () => {
    const dir = dataDir(null);
    const before = await sharedLoad(dir);
    expect(fundingForm(before)).toEqual([]);
    writeFileSync(join(dir, 'funding.xlsx'), same);
    utimesSync(join(dir, 'funding.xlsx'), new Date(), new Date(Date.now() + 5000));
    const after = await sharedLoad(dir);
    expect(after).not.toBe(before);
    expect(fundingForm(after).map((i) => i.code)).toEqual(['file.both']);
    // Nothing changed since: the same load.
    expect(await sharedLoad(dir)).toBe(after);
  });
});

describe('a path that cannot be read as a file', () => {
  it('a folder named like a table’s file is a program error, not a missing file', async () => {
    const dir = dataDir(null);
    rmSync(join(dir, 'ncut.csv'));
    mkdirSync(join(dir, 'ncut.csv'));
    await expect(loadData(dir, null)).rejects.toThrow(/EISDIR/);
  });
});
