/**
 * A project whose report gives only the allocated funds (vốn đã phân bổ), with no assigned or disbursed row,
 * still appears in the per-project chart of its area (on /giai-ngan/ and the area page alike), with that amount
 * named for what it is — never dropped, never called assigned funds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { areaTopics } from '../../src/views/area.ts';
import { projectCharts, projectFigures } from '../../src/views/funding.ts';
import { fundingSections } from '../../src/views/topic-pages.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const FILES = {
  'areas.csv': plus('areas.csv', ['bac-kan,Bắc Kạn,province,,,', 'bach-thong,Bạch Thông,district,bac-kan,,']),
  'reports.csv': plus('reports.csv', ['bt-2023-06,UBND huyện Bạch Thông,bach-thong,half_year,/BC-UBND,2023-06,2023-01,2023-06,Báo cáo 6 tháng đầu năm 2023,Chủ tịch,,,001_c.txt']),
  'projects.csv': plus('projects.csv', ['ntp1719.da10,ntp1719,project,Dự án 10,Truyền thông', 'ntp1719.da5,ntp1719,project,Dự án 5,Giáo dục']),
};
const BT = (n: string, rest: string) => `bt-2023-06-${n},bt-2023-06,III,bach-thong,ntp1719,2023,all,${rest}`;

describe('a project with only allocated funds', () => {
  it('is a bar "Vốn đã phân bổ" of its own in the per-project chart, beside a project with assigned and disbursed funds', async () => {
    const ctx = await fixtureContext({
      ...FILES,
      'funding.csv': plus('funding.csv', [
        BT('f01', 'all,ntp1719.da10,assigned,322.852,mvnd,,"322,852trđ",reported,,,'),
        BT('f02', 'all,ntp1719.da10,disbursed,21.828,mvnd,,"21,828trđ",reported,,,'),
        // Dự án 5: the report prints only "đã phân bổ 1.250 triệu đồng".
        BT('f03', 'all,ntp1719.da5,allocated,1250,mvnd,,1.250 triệu đồng,reported,,,'),
      ]),
    });
    const spec = projectCharts(ctx, 'bach-thong')[0]!;
    expect(spec).not.toBeNull();
    const rows = spec.rows.map((r) => [r.category, r.group, r.value, r.rowIds]);
    expect(rows).toContainEqual(['Dự án 5', 'Vốn đã phân bổ', 1250, ['bt-2023-06-f03']]);
    expect(rows).toContainEqual(['Dự án 10', 'Vốn giao', 322.852, ['bt-2023-06-f01']]);
    expect(rows).toContainEqual(['Dự án 10', 'Đã giải ngân', 21.828, ['bt-2023-06-f02']]);
    // Nothing of Dự án 5 is shown as assigned or disbursed funds.
    expect(rows.filter((r) => r[0] === 'Dự án 5').map((r) => r[1])).toEqual(['Vốn đã phân bổ']);
    expect(spec.groups).toContain('Vốn đã phân bổ');
  });

  it('a district whose only project row is an allocated amount: a card saying it is allocated funds, on /giai-ngan/ and on its area page, not a one-bar chart', async () => {
    const ctx = await fixtureContext({ ...FILES, 'funding.csv': plus('funding.csv', [BT('f03', 'all,ntp1719.da5,allocated,1250,mvnd,,1.250 triệu đồng,reported,,,')]) });
    expect(projectCharts(ctx, 'bach-thong')).toEqual([]);
    const card = projectFigures(ctx, 'bach-thong');
    // Never called assigned funds; no amount disbursed is invented.
    expect(card.map((f) => [f.label, f.value, f.share, f.id])).toEqual([['Vốn đã phân bổ, Dự án 5, năm 2023', 1250, undefined, 'so-lieu-bt-2023-06-f03']]);
    const onTopic = fundingSections(ctx).find((s) => s.areaId === 'bach-thong')!;
    expect(onTopic.figures.map((f) => f.id)).toContain('so-lieu-bt-2023-06-f03');
    expect(onTopic.charts.map((c) => c.id)).not.toContain('giai-ngan-theo-du-an-bach-thong');
    const onArea = areaTopics(ctx, 'bach-thong').find((b) => b.id === 'giai-ngan')!;
    expect(onArea.figures.map((f) => f.id)).toContain('so-lieu-bt-2023-06-f03');
  });
});
