/**
 * A figure's row belongs to the report its id begins with (walk-through 16): a report not yet in reports.csv is
 * said to be missing, with no other report offered; a row moved to another report is refused. valid-min plus rows;
 * expected messages written from the guide's rule («mã dòng = mã báo cáo + chữ cái của bảng + số thứ tự»).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { dataDir, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const F = (id: string, report: string) => `${id},${report},I,bac-giang,ntp1719,2024,all,all,,assigned,521760,mvnd,,521.760 triệu đồng,reported,,,`;

describe('a figure and the report its id names', () => {
  it('a report not yet entered is said to be missing, never «có phải» another report', async () => {
    // bg-2023-11-18 is one day from bg-2023-11-17, which a typo would be offered.
    const issues = (await loadData(dataDir(null, { 'funding.csv': plus('funding.csv', [F('bg-2023-11-18-f01', 'bg-2023-11-18')]) }))).issues;
    const missing = issues.filter((i) => i.code === 'ref.unknown');
    expect(missing.map((i) => [i.column, i.value, i.severity])).toEqual([['report_id', 'bg-2023-11-18', 'error']]);
    expect(missing[0]!.fix).toBe('thêm dòng của báo cáo này vào reports.csv (hoặc chọn cả tệp reports.csv đã có dòng đó) rồi kiểm tra lại; mã dòng cho thấy đây là số liệu của báo cáo này, đừng đổi sang báo cáo khác');
    // A typed report code of a row whose id names another report is still offered the near one.
    const typo = (await loadData(dataDir(null, { 'funding.csv': plus('funding.csv', [F('x-f01', 'bg-2023-11-18')]) }))).issues.find((i) => i.code === 'ref.unknown')!;
    expect(typo.fix).toContain('có phải "bg-2023-11-17"');
  });

  it('a row whose id names one report and report_id another is refused, with both ways to mend it', async () => {
    const issues = (await loadData(dataDir(null, { 'funding.csv': plus('funding.csv', [F('bg-2024-07-12-f01', 'bg-2023-11-17')]) }))).issues;
    const moved = issues.filter((i) => i.code === 'rule.id-report');
    expect(moved.map((i) => [i.column, i.value, i.severity])).toEqual([['report_id', 'bg-2023-11-17', 'error']]);
    expect(moved[0]!.message).toBe('mã dòng bg-2024-07-12-f01 không bắt đầu bằng mã báo cáo bg-2023-11-17 của cột report_id');
    expect(moved[0]!.fix).toBe(
      'nếu dòng này là số liệu của báo cáo bg-2024-07-12 (như mã dòng cho thấy), ghi report_id = bg-2024-07-12 và thêm báo cáo đó vào reports.csv nếu chưa có; nếu đúng là số liệu của báo cáo bg-2023-11-17, đổi mã dòng thành bg-2023-11-17-… với số chưa dùng (không đổi mã của số đã công bố)',
    );
    // An id not written the guide's way (no report code in it) is not judged.
    expect((await loadData(dataDir(null, { 'funding.csv': plus('funding.csv', [F('x-f01', 'bg-2023-11-17')]) }))).issues.filter((i) => i.code === 'rule.id-report')).toEqual([]);
  });
});
