/**
 * An area's page around its topics (src/views/area-page.ts), the cases views-area-page.test.ts leaves open: a
 * district whose communes are not its districts, a commune's page (its district above it, its province two levels
 * up), a report about a commune only listed on its district's page, and a district whose only figures are of a topic
 * without a page of its own. valid-min plus Bắc Kạn (Ba Bể with the commune Nam Mẫu, Chợ Đồn) and two reports of
 * Bắc Kạn's; expected values read from the rows by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaPage } from '../../src/views/area-page.ts';
import type { ViewContext } from '../../src/views/context.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

let ctx: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext({
    'areas.csv': plus('areas.csv', ['bac-kan,Bắc Kạn,province,,,', 'ba-be,Ba Bể,district,bac-kan,,', 'cho-don,Chợ Đồn,district,bac-kan,,', 'nam-mau,Nam Mẫu,commune,ba-be,,']),
    'reports.csv': plus('reports.csv', [
      'bk-2024-03,Ban Dân tộc tỉnh Bắc Kạn,bac-kan,monthly,/BC-BDT,2024-03-28,2024-03,2024-03,Báo cáo tháng 3,Trưởng ban,,,bk-3.txt',
      'bk-2024-04,Ban Dân tộc tỉnh Bắc Kạn,bac-kan,monthly,/BC-BDT,2024-04-25,2024-04,2024-04,Báo cáo tháng 4,Trưởng ban,,,bk-4.txt',
    ]),
    'funding.csv': plus('funding.csv', ['bk-2024-03-f01,bk-2024-03,2,ba-be,ntp1719,2024,all,all,,assigned,12000,mvnd,,12.000 triệu đồng,reported,,,']),
    'indicators.csv': plus('indicators.csv', [
      'bk-2024-03-i01,bk-2024-03,3,cho-don,training,training_participants,Học viên bồi dưỡng kiến thức dân tộc,40,person,2024,,40 học viên,reported,',
      'bk-2024-04-i01,bk-2024-04,3,nam-mau,training,training_participants,Học viên bồi dưỡng kiến thức dân tộc,15,person,2024,,15 học viên,reported,',
    ]),
  });
});

describe('an area’s page: the places around it', () => {
  it('a district’s communes are listed as communes, never as its districts; a report about a commune only is on the district’s page', () => {
    const p = areaPage(ctx, 'ba-be');
    expect(p.children).toEqual([]);
    expect(p.communes.map((c) => c.id)).toEqual(['nam-mau']);
    // bk-2024-04 gives a figure of Nam Mẫu alone; bk-2024-03 Ba Bể's own money.
    expect(p.reports.map((r) => r.id)).toEqual(['bk-2024-04', 'bk-2024-03']);
    expect(p.earlierReports).toBe(0);
  });

  it('a commune’s page: its district above it, its province’s files two levels up, the report about it', () => {
    const p = areaPage(ctx, 'nam-mau');
    expect([p.name, p.parent?.id, p.province.id, p.children]).toEqual(['xã Nam Mẫu', 'ba-be', 'bac-kan', []]);
    expect(p.reports.map((r) => r.id)).toEqual(['bk-2024-04']);
  });

  it('a province without figures of its own: its two districts with theirs (not its commune), its own reports newest first', () => {
    const p = areaPage(ctx, 'bac-kan');
    expect(p.children.map((c) => c.id)).toEqual(['ba-be', 'cho-don']);
    expect(p.childrenWithFigures.map((c) => [c.area.name, c.count])).toEqual([
      ['Ba Bể', 1],
      ['Chợ Đồn', 1],
    ]);
    expect(p.reports.map((r) => r.id)).toEqual(['bk-2024-04', 'bk-2024-03']);
  });

  it('a district whose only figure is of a topic without a page of its own (training) has something to show', () => {
    const p = areaPage(ctx, 'cho-don');
    expect(p.topics).toEqual([]);
    expect(p.others.map((g) => g.topic)).toEqual(['training']);
    expect(p.nothingHere).toBe(false);
    expect(p.reports.map((r) => r.id)).toEqual(['bk-2024-03']);
  });
});
