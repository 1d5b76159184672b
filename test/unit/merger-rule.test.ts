/**
 * A commune entered under a district although all its figures are of reports from 1/7/2025, when districts ceased
 * to exist (walk-through 14): a warning naming the district and the province to write instead. valid-min plus
 * communes and a report of 10/10/2025; expected values by hand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { severityOf } from '../../src/data/messages.ts';
import { dataDir, only, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const REPORT = 'bg-2025-10-10,Ban Dân tộc tỉnh Bắc Giang,bac-giang,nine_months,61/BC-BDT,2025-10-10,2025-01,2025-09,Chín tháng năm 2025,Trưởng ban,,,006_bg.txt';
const I = (id: string, report: string, area: string) => `${id},${report},IV,${area},health,health_stations,Trạm y tế được đầu tư,1,work,2025,,1 trạm y tế,reported,`;

describe('a commune of the merger entered under a district', () => {
  it('is a warning on its parent_id, naming its district and the province to write, with the district kept in former_district_id', async () => {
    const dir = dataDir(null, {
      'areas.csv': plus('areas.csv', ['tay-yen-tu,Tây Yên Tử,commune,son-dong,,', 'an-lac,An Lạc,commune,son-dong,,', 'van-son,Vân Sơn,commune,son-dong,,', 'duong-huu,Dương Hưu,commune,bac-giang,,son-dong']),
      // A report dated by its month only, «tháng 7/2025»: after the reform too.
      'reports.csv': plus('reports.csv', [REPORT, 'sd-2025-07,UBND xã An Lạc,son-dong,monthly,/BC-UBND,2025-07,2025-07,2025-07,Tháng 7/2025,,,,007_sd.txt']),
      'indicators.csv': plus('indicators.csv', [
        I('bg-2025-10-10-i01', 'bg-2025-10-10', 'tay-yen-tu'),
        I('sd-2025-07-i01', 'sd-2025-07', 'an-lac'),
        // Vân Sơn has a figure of 2023 too: it existed before the reform and keeps its district.
        I('bg-2025-10-10-i02', 'bg-2025-10-10', 'van-son'),
        I('bg-2023-11-30-i90', 'bg-2023-11-30', 'van-son'),
        // Dương Hưu is entered as the guide says: under its province.
        I('bg-2025-10-10-i03', 'bg-2025-10-10', 'duong-huu'),
      ]),
    });
    const issues = (await loadData(dir)).issues;
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const found = only(issues, 'rule.commune-after-merger');
    expect(found.map((i) => [i.file.replace(/^.*\//, ''), i.line, i.column, i.value, i.severity])).toEqual([
      ['areas.csv', 5, 'parent_id', 'son-dong', 'warning'],
      ['areas.csv', 6, 'parent_id', 'son-dong', 'warning'],
    ]);
    expect(found[0]!.message).toBe('xã này chỉ có số liệu của báo cáo từ 1/7/2025, khi không còn cấp huyện, mà vẫn ghi thuộc huyện Sơn Động');
    expect(found[0]!.fix).toBe('ghi parent_id = bac-giang và former_district_id = son-dong (trang huyện Sơn Động vẫn liệt kê xã); xã đã có từ trước ngày đó thì giữ nguyên');
    expect(severityOf('rule.commune-after-merger')).toBe('warning');
  });
});
