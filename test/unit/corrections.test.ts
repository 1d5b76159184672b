/**
 * A row a later report corrects is marked in the downloads (src/data/corrections.ts, the `corrected_by` column):
 * valid-min's count of 523 prestigious persons (17/11/2023) and a report of 20/01/2025 that corrects it to 519 for the
 * same date. Expected ids written from the rows by hand.
 */
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { correctedRows, ratesOnCorrected } from '../../src/data/corrections.ts';
import { loadData } from '../../src/data/load.ts';
import { funding, ncut } from '../../src/data/tables/index.ts';
import { tableSchema } from '../../src/publish/datapackage.ts';
import { tableCsv } from '../../src/publish/formats.ts';
import { dataDir, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const REPORT = 'sd-2025-01-20,UBND huyện Sơn Động,son-dong,annual,27/BC-UBND,2025-01-20,2024,2024,Báo cáo năm 2024,,,,005_sd.txt';
const N = (id: string, value: number, asOf: string, note: string) => `${id},sd-2025-01-20,II,bac-giang,2023-2027,count,province,${value},,,,${asOf},${value} người,reported,${note}`;

const load = async (rows: string[]) => (await loadData(dataDir(null, { 'reports.csv': plus('reports.csv', [REPORT]), 'ncut.csv': plus('ncut.csv', rows) }))).tables;

const corrected = async (rows: string[]) => {
  const tables = await load(rows);
  return correctedRows(ncut, tables.ncut, tables.reports);
};

describe('a row a later report corrects', () => {
  it('is marked with the correcting row in the table CSV and its schema; the correcting row and the others are not', async () => {
    const tables = await load([N('sd-2025-01-20-n01', 519, '2023-11-17', 'Đính chính số của báo cáo bg-2023-11-17.')]);
    expect([...correctedRows(ncut, tables.ncut, tables.reports)]).toEqual([['bg-2023-11-17-n01', 'sd-2025-01-20-n01']]);
    const csv = Papa.parse<Record<string, string>>(new TextDecoder().decode(tableCsv(ncut, tables)).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const by = (id: string) => csv.data.find((r) => r.id === id)!.corrected_by;
    expect([by('bg-2023-11-17-n01'), by('sd-2025-01-20-n01'), by('bg-2023-11-17-n02')]).toEqual(['sd-2025-01-20-n01', '', '']);
    expect(tableSchema(ncut, tables).fields).toContainEqual(expect.objectContaining({ name: 'corrected_by', type: 'string' }));
  });

  it('needs the note, another value and the same date: a repeat, an update of a later date, or an unnoted difference is none', async () => {
    // The same 523 again, noted «Đính chính»: nothing corrected.
    expect((await corrected([N('sd-2025-01-20-n01', 523, '2023-11-17', 'Đính chính.')])).size).toBe(0);
    // 519 at a later date: an update, not a correction.
    expect((await corrected([N('sd-2025-01-20-n01', 519, '2024-12-31', 'Đính chính.')])).size).toBe(0);
    // 519 for the same date without the note: a discrepancy between reports (the quality page), not a correction.
    expect((await corrected([N('sd-2025-01-20-n01', 519, '2023-11-17', '')])).size).toBe(0);
  });
});

describe('a rate printed beside an amount a later report corrects (walk-through 18)', () => {
  it('is marked with the correcting row too: 40,7% was the old 170.353’s, not the corrected 170.535’s', async () => {
    // The report of 20/01/2025 corrects the disbursed 170.353 (to 15/11/2023) to 170.535; 40,7% stays as printed.
    const fix = 'sd-2025-01-20-f01,sd-2025-01-20,II,bac-giang,ntp1719,2023,all,all,,disbursed,170535,mvnd,2023-11-15,170.535 triệu đồng,reported,Đính chính số của báo cáo ngày 17/11/2023.,,';
    const tables = (await loadData(dataDir(null, { 'reports.csv': plus('reports.csv', [REPORT]), 'funding.csv': plus('funding.csv', [fix]) }))).tables;
    expect([...ratesOnCorrected(funding, tables.funding, tables.reports)]).toEqual([['bg-2023-11-17-f08', 'sd-2025-01-20-f01']]);
    const csv = Papa.parse<Record<string, string>>(new TextDecoder().decode(tableCsv(funding, tables)).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const by = (id: string) => csv.data.find((r) => r.id === id)!.corrected_by;
    // The amount and its rate are marked; the base (418.318) and the other rows are not.
    expect([by('bg-2023-11-17-f07'), by('bg-2023-11-17-f08'), by('bg-2023-11-17-f06'), by('bg-2023-11-17-f01')]).toEqual(['sd-2025-01-20-f01', 'sd-2025-01-20-f01', '', '']);
  });
});
