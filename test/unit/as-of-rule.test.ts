/**
 * A figure a report states cannot be dated after the report: an as_of after it is refused, naming the report's
 * date, and a date Excel read month-first ("1/10/2026" for 10 January) is offered the other way round. An
 * estimate may look ahead. Fixture: valid-min (report bg-2023-11-17 of 17/11/2023), expected values by hand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { dataDir, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const row = (id: string, asOf: string, status = 'reported') =>
  `${id},bg-2023-11-17,3.1.2,bac-giang,ntp1719,2023,all,all,,disbursed,1000,mvnd,${asOf},1.000 triệu đồng,${status},,,`;
const check = async (rows: string[]) => (await loadData(dataDir(null, { 'funding.csv': plus('funding.csv', rows) }))).issues.filter((i) => i.code === 'rule.as-of-after-report');

describe('as_of after the report', () => {
  it('refuses a date after the report, offering day and month swapped when that date is on or before it', async () => {
    // 12/11/2023 (12 November) read month-first becomes 2023-12-11: after the report of 17/11/2023; swapped back, 2023-11-12.
    const [issue] = await check([row('bg-2023-11-17-f90', '2023-12-11')]);
    expect([issue!.column, issue!.value, issue!.severity]).toEqual(['as_of', '2023-12-11', 'error']);
    expect(issue!.message).toBe('ngày tính số liệu (as_of) sau ngày của báo cáo bg-2023-11-17 (ngày 17/11/2023): một con số báo cáo nêu không thể tính đến một ngày chưa tới; có phải 12/11/2023? (Excel kiểu Mỹ đọc tháng trước ngày)');
    expect(issue!.fix).toContain('gõ lại ngày 12/11/2023 trong ô định dạng Text');
  });

  it('a later date whose swap is later still (2023-12-25) is refused without a guess; the report\'s own day and month pass', async () => {
    const issues = await check([row('bg-2023-11-17-f90', '2023-12-25'), row('bg-2023-11-17-f91', '2023-11-17'), row('bg-2023-11-17-f92', '2023-11')]);
    expect(issues.map((i) => [i.value, i.message.includes('có phải')])).toEqual([['2023-12-25', false]]);
  });

  it('an estimate may be dated ahead ("ước đến 31/12/2023")', async () => {
    expect(await check([row('bg-2023-11-17-f90', '2023-12-31', 'estimate')])).toEqual([]);
  });
});

describe('a report\'s date and the day its id names', () => {
  const report = (id: string, date: string) => `${id},Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,142/BC-BDT,${date},2026-01,2026-06,Báo cáo,Trưởng ban,,,009_x.txt`;
  it('refuses 7/8/2026 read as 7 August for a report whose id says 8 July, offering the swap; a month-only id or a same-day second report passes', async () => {
    const data = await loadData(
      dataDir(null, {
        'reports.csv': plus('reports.csv', [report('bg-2026-07-08', '7/8/2026'), report('bg-2026-06', '2026-07-08'), report('bg-2026-07-08-2', '2026-07-08'), report('bg-2026-07-09', '2026-07-10')]),
      }),
    );
    const issues = data.issues.filter((i) => i.code === 'rule.report-id-date');
    expect(issues.map((i) => [i.column, i.value, i.severity])).toEqual([
      ['date', '2026-08-07', 'error'],
      ['date', '2026-07-10', 'error'],
    ]);
    expect(issues[0]!.message).toBe('ngày ban hành khác ngày trong mã báo cáo (08/07/2026); có phải 08/07/2026? (Excel kiểu Mỹ đọc tháng trước ngày)');
    expect(issues[1]!.message).toBe('ngày ban hành khác ngày trong mã báo cáo (09/07/2026)');
  });
});
