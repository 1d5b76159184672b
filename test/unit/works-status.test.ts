/**
 * A newer report that gives only the completed count of a plan: its statuses are never stacked with an older
 * report's (71 completed + 13 under construction + 6 not started would draw 90 works of a 75-work plan).
 * Fixture: valid-min (bg-2023-11-30: 75 planned, 56 completed, 69 started, 13 under construction) and a report
 * of 15/07/2025 that prints "71/75 công trình hoàn thành" and nothing else about the plan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { statusChart, worksFigures } from '../../src/views/works.ts';
import { renderChart } from '../../src/charts/index.ts';
import { dataDir, removeDataDirs, VALID_MIN } from './helpers.ts';
import { contextOf } from '../../src/views/context.ts';

afterAll(removeDataDirs);

const file = (name: string) => readFileSync(join(VALID_MIN, name), 'utf8').trimEnd();
const reports = `${file('reports.csv')}\nbg-2025-07-15,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,45/BC-BDT,2025-07-15,2025-01,2025-06,Kết quả 6 tháng đầu năm 2025,Trưởng ban,,,005_bg-2025-07-15.txt\n`;
const works = `${file('works.csv')}\nbg-2025-07-15-w01,bg-2025-07-15,II.2,bac-giang,plan511,2022-2024,revised,all,all,completed,71,2025-06-30,71/75 công trình,reported,\n`;

describe('plan 511 statuses after a report that gives only the completed count', async () => {
  const data = await loadData(dataDir(null, { 'reports.csv': reports, 'works.csv': works }));
  const ctx = contextOf(data);

  it('loads without errors', () => {
    expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('the headline is the new count, 71 of 75', () => {
    const card = worksFigures(ctx, 'bac-giang').find((f) => f.id === 'so-lieu-bg-2025-07-15-w01')!;
    expect([card.value, card.total, card.share?.text]).toEqual([71, 75, '94,7%']);
  });

  it('the status chart does not stack 2023 statuses on the 2025 count: 71 completed, 4 of unknown status, and why', () => {
    const spec = statusChart(ctx, 'bac-giang');
    // The plan's bar is its 75 works: 71 completed and the other 4 "chưa rõ", never 71 + 13 + 6 = 90.
    const plan = (spec?.rows ?? []).filter((r) => r.category.startsWith('Kế hoạch 2022–2024'));
    expect(plan.map((r) => [r.status, r.value])).toEqual([['completed', 71], ['unknown', 4]]);
    expect(spec!.title).toBe('Kế hoạch 2022–2024: 71 trên 75 công trình đã hoàn thành');
    expect(spec?.notes?.map((n) => n.text) ?? []).toContain(
      'Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung): 71/75 công trình hoàn thành đến ngày 30/06/2025 (Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 15/07/2025); không báo cáo nào nêu số đang thi công, chưa khởi công của cùng thời điểm, nên 4 công trình còn lại ghi là «chưa rõ tình trạng».',
    );
  });

  it('the description and the table say «chưa rõ tình trạng», not under construction', () => {
    const chart = renderChart(statusChart(ctx, 'bac-giang')!);
    expect(chart.description).toContain('Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung): 71/75 công trình hoàn thành, 4 chưa rõ tình trạng.');
    expect(chart.table.columns.map((c) => c.label)).toContain('Chưa rõ tình trạng');
  });
});
