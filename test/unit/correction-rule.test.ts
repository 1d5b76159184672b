/**
 * A row noted «Đính chính…» that corrects no earlier figure of the same date (src/data/correction-rule.ts): a
 * warning naming the date that would make it the correction (walk-through 21), never silence, never for a row that
 * does correct one.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { dataDir, LUC_NGAN_CORRECTED, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const { F, rows } = LUC_NGAN_CORRECTED;
const warnings = async (funding: string[]) =>
  (await loadData(dataDir(null, { 'funding.csv': plus('funding.csv', funding) }))).issues.filter((i) => i.code === 'rule.correction-unmatched');

describe('a correction that corrects nothing', () => {
  it('none for a correction of the same figure and date', async () => {
    expect(await warnings(rows())).toEqual([]);
  });

  it('left undated, so dated by its own report: a warning on its as_of, naming the row and date it should take', async () => {
    // The correction of 30/11/2023 with as_of blank reads as a figure of 30/11/2023, not of 15/11/2023.
    const undated = rows().map((r) => (r.startsWith('bg-2023-11-30-f60') ? r.replace(',2023-11-15,', ',,') : r));
    const [w, ...more] = await warnings(undated);
    expect(more).toEqual([]);
    // valid-min's funding.csv has a header and 9 rows; the correction is the 4th row added: line 14.
    expect([w!.severity, w!.column, w!.value, w!.line]).toEqual(['warning', 'as_of', '', 14]);
    expect(w!.message).toContain('trang web sẽ coi dòng này là số mới đến ngày 30/11/2023, không phải một đính chính; dòng bg-2023-11-17-f60 ghi con số này đến ngày 15/11/2023');
    expect(w!.fix).toBe('ghi as_of = 2023-11-15 (ngày của dòng bg-2023-11-17-f60; dòng cũ không ghi ngày thì đó là ngày của báo cáo của nó)');
  });

  it('of a figure no earlier report gives: a warning saying to copy the corrected row’s columns', async () => {
    const [w] = await warnings([F('bg-2023-11-30', 'f70', 'allocated', 777, '777 triệu đồng', 'Đính chính số của báo cáo 17/11/2023')]);
    expect(w!.fix).toContain('chép các cột mô tả (địa bàn, năm vốn, nguồn, loại vốn, loại số liệu…) và as_of đúng như dòng được đính chính');
  });

  it('none for a row whose note does not begin «Đính chính»', async () => {
    expect(await warnings([F('bg-2023-11-30', 'f70', 'allocated', 777, '777 triệu đồng', 'Ghi chú: đính chính sau')])).toEqual([]);
  });
});
