/**
 * Continuing a series is the easy path: a new report's figure entered by the guide continues the figure of the
 * earlier report (same plan_version; a count of persons whatever its period), so the headline moves and says by how much; where a
 * row would start a second series, the checker warns and names the earlier rows and the value to use; a repeated
 * figure with as_of left blank counts at its report's date, like everywhere else, so it is an update, not a
 * contradiction between reports. Fixture: valid-min plus a June 2024 report; expected values by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import type { ViewContext } from '../../src/views/context.ts';
import { ncutFigures } from '../../src/views/ncut.ts';
import { areaHeadlines } from '../../src/views/overview.ts';
import { dataDir, removeDataDirs, ROOT, plus } from './helpers.ts';
import { contextOf } from '../../src/views/context.ts';

afterAll(removeDataDirs);

const REPORT = 'bg-2024-06-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,88/BC-BDT,2024-06-20,2024-01,2024-06,Báo cáo 6 tháng đầu năm 2024,Trưởng ban,,,005_e.txt';

async function load(files: Record<string, string>) {
  const data = await loadData(dataDir(null, { 'reports.csv': plus('reports.csv', [REPORT]), ...files }));
  expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return data;
}
const context = async (files: Record<string, string>): Promise<ViewContext> => {
  const data = await load(files);
  return contextOf(data);
};

/** "71/75 công trình" in a report that does not name the list: entered as the old guide said (plan_version current). */
const works = (version: string) => ({
  'works.csv': plus('works.csv', [
    `bg-2024-06-20-w01,bg-2024-06-20,II.2,bac-giang,plan511,2022-2024,${version},all,all,planned,75,,71/75 công trình,reported,`,
    `bg-2024-06-20-w02,bg-2024-06-20,II.2,bac-giang,plan511,2022-2024,${version},all,all,completed,71,2024-06-20,71/75 công trình,reported,`,
  ]),
});

describe('a plan 511 update', () => {
  it('entered as `current`: the checker warns on each row, naming the earlier rows of plan_version revised and the value to use', async () => {
    const data = await load(works('current'));
    const warnings = data.issues.filter((i) => i.code === 'series.continue');
    expect(warnings.map((w) => [w.file.endsWith('works.csv'), w.line, w.column, w.value, w.severity])).toEqual([
      [true, 10, 'plan_version', 'current', 'warning'],
      [true, 11, 'plan_version', 'current', 'warning'],
    ]);
    // The planned row: the same figure of bg-2023-11-30 is line 2 (w01, 75 works), plan_version revised.
    expect(warnings[0]!.message).toContain('báo cáo trước bg-2023-11-30 đã ghi cùng con số này với plan_version = revised (dòng 2, mã dòng bg-2023-11-30-w01, số 75)');
    expect(warnings[1]!.message).toContain('plan_version = revised (dòng 6, mã dòng bg-2023-11-30-w05, số 56)');
    expect(warnings[0]!.expected).toMatch(/^plan_version = revised,/);
    expect(warnings[0]!.fix).toContain('ghi plan_version = revised như báo cáo trước');
  });

  it('entered as the checker (and the guide) say: the overview moves to 71/75, up 15 works since the report of 30/11/2023', async () => {
    const first = await load(works('current'));
    const suggested = /^plan_version = (\w+)/.exec(first.issues.find((i) => i.code === 'series.continue')!.expected)![1]!;
    const ctx = await context(works(suggested));
    expect(ctx.data.issues.filter((i) => i.code === 'series.continue')).toEqual([]);
    const headline = areaHeadlines(ctx, 'bac-giang').find((f) => f.unit === 'work')!;
    expect([headline.value, headline.total, headline.asOf]).toEqual([71, 75, '2024-06-20']);
    expect(headline.change).toBe('tăng 15 công trình so với báo cáo 30/11/2023');
  });

  it('the guide says so: a report that does not name the list continues the last report\'s list', () => {
    const guide = readFileSync(join(ROOT, 'data/README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(guide).toContain('Báo cáo không nói danh mục nào thì **dùng `plan_version` của báo cáo gần nhất** có cùng con số');
    expect(guide).not.toContain('Báo cáo không nói danh mục nào thì ghi `current`.');
    // The count of prestigious persons is one series whatever its period; the checker's warning is a warning, as the guide says.
    expect(guide).toContain('**Số người có uy tín** (`measure` = `count`) là một dãy số');
    expect(guide).not.toContain('ghi kỳ của danh sách **như báo cáo trước**');
    expect(guide).toContain('Cảnh báo “báo cáo trước … đã ghi cùng con số này”**: dòng mới có thể nối tiếp');
  });
});

describe('the number of prestigious persons', () => {
  const ncut = (row: string) => ({ 'ncut.csv': plus('ncut.csv', [row]) });

  // A count of persons is one series whatever period a report writes beside it: the period says when it was counted.
  it('a count entered for 2025 beside the term 2023-2027: no warning, the newer count replaces the older, labelled with its own year', async () => {
    const ctx = await context(ncut('bg-2024-06-20-n01,bg-2024-06-20,III.1,bac-giang,2025,count,province,519,,,,,519 người,reported,'));
    expect(ctx.data.issues.filter((i) => i.code === 'series.continue')).toEqual([]);
    const figures = ncutFigures(ctx, 'bac-giang');
    expect(figures.map((f) => [f.value, f.asOf])).toEqual([[519, '2024-06-20']]);
    expect(figures[0]!.label).toBe('Người có uy tín (năm 2025, số liệu cấp tỉnh)');
    // 519 − 523: four fewer than the report of 17/11/2023 counted.
    expect(figures[0]!.change).toBe('giảm 4 người so với báo cáo 17/11/2023');
  });

  it('a half-year count followed by a year count (2023-h1, then 2024): one card, the newer', async () => {
    const ctx = await context({
      'ncut.csv': plus('ncut.csv', [
        'bg-2024-06-20-n01,bg-2024-06-20,III.1,son-dong,2023-h1,count,district,139,,,,2023-06,139 người,reported,',
        'bg-2024-06-20-n02,bg-2024-06-20,III.1,son-dong,2024,count,district,141,,,,2024-06-20,141 người,reported,',
      ]),
    });
    const figures = ncutFigures(ctx, 'son-dong');
    expect(figures.map((f) => [f.value, f.asOf, f.label])).toEqual([[141, '2024-06-20', 'Người có uy tín (năm 2024, số liệu cấp huyện)']]);
  });

  it('a later report\'s count for a term that ended earlier (2019-2022) does not replace the count of 2023-2027', async () => {
    const ctx = await context(ncut('bg-2024-06-20-n01,bg-2024-06-20,III.1,bac-giang,2019-2022,count,province,510,,,,,510 người,reported,'));
    expect(ctx.data.issues.filter((i) => i.code === 'series.continue')).toEqual([]);
    expect(ncutFigures(ctx, 'bac-giang').map((f) => [f.value, f.asOf])).toEqual([[523, '2023-11-17']]);
  });

  it('repeated with as_of blank by a later report: an update at that report\'s date, not a contradiction', async () => {
    const ctx = await context(ncut('bg-2024-06-20-n01,bg-2024-06-20,III.1,bac-giang,2023-2027,count,province,519,,,,,519 người,reported,'));
    expect(ctx.data.discrepancies.filter((d) => d.check === 'repeat')).toEqual([]);
    expect(ctx.data.issues.filter((i) => i.code === 'series.continue')).toEqual([]);
    expect(ncutFigures(ctx, 'bac-giang').map((f) => [f.value, f.asOf])).toEqual([[519, '2024-06-20']]);
  });

  it('given at the same date by two reports with different values: a contradiction', async () => {
    const data = await load(ncut('bg-2024-06-20-n01,bg-2024-06-20,III.1,bac-giang,2023-2027,count,province,519,,,,2023-11-17,519 người,reported,'));
    expect(data.discrepancies.filter((d) => d.check === 'repeat').map((d) => [d.rowIds, d.expected, d.actual])).toEqual([[['bg-2023-11-17-n01', 'bg-2024-06-20-n01'], 523, 519]]);
  });
});
