/**
 * Staff add next year's report, a new district and a new sub-project by editing
 * CSV files alone: the checker accepts them and the rule for the current figure
 * moves to the new report. No code change.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { current } from '../../src/data/current.ts';
import { loadData } from '../../src/data/load.ts';
import { funding, type Funding } from '../../src/data/tables/index.ts';
import { fromRows, rowsOf, type Columns } from '../../src/core/typed-table.ts';
import { dataDir, removeDataDirs, runCheck, plus } from './helpers.ts';

afterAll(removeDataDirs);


const GROWN = {
  'areas.csv': plus('areas.csv', ['tan-yen,Tân Yên,district,bac-giang,Huyện mới trong dữ liệu,']),
  'projects.csv': plus('projects.csv', ['ntp1719.da3.tda9,ntp1719.da3,subproject,DA3 – TDA9,Tiểu dự án mới thêm bằng dữ liệu']),
  'reports.csv': plus('reports.csv', ['bg-2025-12-10,Ban Dân tộc tỉnh Bắc Giang,bac-giang,monthly,123/BC-BDT,2025-12-10,2025-12,2025-12,Báo cáo tháng 12/2025,Trưởng ban,,,005_c.txt']),
  'funding.csv': plus('funding.csv', [
    'bg-2025-12-10-f01,bg-2025-12-10,1,bac-giang,ntp1719,2023,all,all,,disbursed,400000,mvnd,2025-11-30,400.000 triệu đồng,reported,,,',
    'bg-2025-12-10-f02,bg-2025-12-10,1,tan-yen,ntp1719,2025,all,all,ntp1719.da3.tda9,assigned,2500,mvnd,,2.500 triệu đồng,reported,,,',
    'bg-2025-12-10-f03,bg-2025-12-10,1,bac-giang,ntp1719,2024-carryover,all,all,,assigned,90000,mvnd,,90.000 triệu đồng,reported,,,',
    'bg-2025-12-10-f04,bg-2025-12-10,1,bac-giang,ntp1719,2026-2030,all,all,,assigned,900000,mvnd,,900.000 triệu đồng,reported,,,',
  ]),
  'works.csv': plus('works.csv', ['bg-2025-12-10-w01,bg-2025-12-10,2,tan-yen,plan511,2026-2030,current,all,cau,planned,3,,03 cầu,reported,']),
};

describe('growth without code changes', () => {
  it('a 2025 report with a new district, a new sub-project and new fund years passes the checker', async () => {
    const dir = dataDir(null, GROWN);
    const { code, stdout } = await runCheck(dir);
    expect(stdout).toContain('Không có lỗi');
    expect(code).toBe(0);
  });

  it('its disbursement becomes the current figure for 2023 funds', async () => {
    const data = await loadData(dataDir(null, GROWN));
    expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const cols = Object.fromEntries(funding.fields.map((f) => [f.name, true])) as Columns<Funding>;
    const now = rowsOf(current(fromRows(data.tables.funding, cols), funding, data.tables.reports)).filter(
      (r) => r.area_id === 'bac-giang' && r.fund_year === '2023' && r.measure === 'disbursed' && r.budget_source === 'all',
    );
    expect(now.map((r) => [r.id, r.value, r.effective_date])).toEqual([['bg-2025-12-10-f01', 400000, '2025-11-30']]);
  });
});
