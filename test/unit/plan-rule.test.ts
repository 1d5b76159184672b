/**
 * A plan's size given otherwise by a later report for the same list (walk-through 17: the district's 28 entered as
 * `revised` replaced the province's 37 with no word): a warning on the later row; none for a correction noted
 * «Đính chính», another list, or the same count. valid-min plus works rows; expected messages from the rule's words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { severityOf } from '../../src/data/messages.ts';
import { dataDir, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const REPORT = 'sd-2024-07-05,UBND huyện Sơn Động,son-dong,half_year,88/BC-UBND,2024-07-05,2024-01,2024-06,Sáu tháng đầu năm 2024,,,,005_sd.txt';
const W = (id: string, report: string, version: string, count: number, note = '') =>
  `${id},${report},II,son-dong,plan511,2022-2024,${version},all,all,planned,${count},,${count} công trình,reported,${note}`;

const warned = async (rows: string[]) =>
  (await loadData(dataDir(null, { 'reports.csv': plus('reports.csv', [REPORT]), 'works.csv': plus('works.csv', rows) }))).issues.filter((i) => i.code === 'series.plan-changed');

describe('a plan given another size by a later report', () => {
  it('is a warning on the later row, naming the earlier report and both counts', async () => {
    const found = await warned([W('bg-2023-11-30-w90', 'bg-2023-11-30', 'revised', 37), W('sd-2024-07-05-w01', 'sd-2024-07-05', 'revised', 28)]);
    expect(found.map((i) => [i.file.replace(/^.*\//, ''), i.column, i.value, i.severity])).toEqual([['works.csv', 'count', '28', 'warning']]);
    expect(found[0]!.message).toBe('báo cáo trước bg-2023-11-30 ghi kế hoạch này (cùng địa bàn, đợt, danh mục) có 37 công trình, dòng này ghi 28: trang web sẽ thay 37 bằng 28');
    expect(severityOf('series.plan-changed')).toBe('warning');
  });

  it('is none for a correction noted «Đính chính», another list, or the same count', async () => {
    expect(await warned([W('bg-2023-11-30-w90', 'bg-2023-11-30', 'revised', 37), W('sd-2024-07-05-w01', 'sd-2024-07-05', 'revised', 28, 'Đính chính số của báo cáo bg-2023-11-30.')])).toEqual([]);
    expect(await warned([W('bg-2023-11-30-w90', 'bg-2023-11-30', 'revised', 37), W('sd-2024-07-05-w01', 'sd-2024-07-05', 'original', 28)])).toEqual([]);
    expect(await warned([W('bg-2023-11-30-w90', 'bg-2023-11-30', 'revised', 37), W('sd-2024-07-05-w01', 'sd-2024-07-05', 'revised', 37)])).toEqual([]);
  });
});
