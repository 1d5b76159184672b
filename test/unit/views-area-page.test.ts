/**
 * What an area's page says around its topics (src/views/area-page.ts), on valid-min (Bắc Giang's two reports of
 * 17/11 and 30/11/2023, figures of Bắc Giang, Sơn Động and Lục Ngạn) plus a province whose only figure is its
 * district's, and 21 reports of Lục Ngạn's own. Expected values read from the rows by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREA_REPORTS_MAX, areaPage } from '../../src/views/area-page.ts';
import type { ViewContext } from '../../src/views/context.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

// Lục Ngạn's own reports, 1 to 21 January 2024.
const day = (i: number) => String(i).padStart(2, '0');
const OWN = Array.from({ length: 21 }, (_, i) => `ln-2024-01-${day(i + 1)},UBND huyện Lục Ngạn,luc-ngan,monthly,/BC-UBND,2024-01-${day(i + 1)},2024-01,2024-01,Báo cáo ${i + 1},Chủ tịch,,,ln-${i + 1}.txt`);

let ctx: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext({
    'areas.csv': plus('areas.csv', ['bac-kan,Bắc Kạn,province,,,', 'ba-be,Ba Bể,district,bac-kan,,', 'cho-don,Chợ Đồn,district,bac-kan,,', 'nam-mau,Nam Mẫu,commune,ba-be,,']),
    'reports.csv': plus('reports.csv', ['bk-2024-03,Ban Dân tộc tỉnh Bắc Kạn,bac-kan,monthly,/BC-BDT,2024-03-28,2024-03,2024-03,Báo cáo tháng 3,Trưởng ban,,,bk-3.txt', ...OWN]),
    'funding.csv': plus('funding.csv', ['bk-2024-03-f01,bk-2024-03,2,ba-be,ntp1719,2024,all,all,,assigned,12000,mvnd,,12.000 triệu đồng,reported,,,']),
  });
});

describe('an area’s page around its topics', () => {
  it('a province: its districts, its reports newest first, its own download files', () => {
    const p = areaPage(ctx, 'bac-giang');
    expect([p.name, p.parent, p.province.id, p.nothingHere]).toEqual(['tỉnh Bắc Giang', null, 'bac-giang', false]);
    expect(p.children.map((c) => c.id)).toEqual(['son-dong', 'luc-ngan']);
    expect(p.reports.map((r) => r.id)).toEqual(['bg-2023-11-30', 'bg-2023-11-17']);
    expect(p.earlierReports).toBe(0);
  });

  it('a province with no figure of its own says which districts have them, and how many', () => {
    const p = areaPage(ctx, 'bac-kan');
    expect(p.nothingHere).toBe(true);
    expect(p.childrenWithFigures.map((c) => [c.area.name, c.count])).toEqual([['Ba Bể', 1]]);
    // Its district's page: the province's report, and the province's files.
    const d = areaPage(ctx, 'ba-be');
    expect([d.name, d.parent?.id, d.province.id, d.nothingHere]).toEqual(['huyện Ba Bể', 'bac-kan', 'bac-kan', false]);
    expect(d.reports.map((r) => r.id)).toEqual(['bk-2024-03']);
    expect(d.communes.map((c) => [c.name, c.count])).toEqual([['Nam Mẫu', 0]]);
  });

  it('a district with more reports than a page lists: the 20 newest by name, the others counted', () => {
    const p = areaPage(ctx, 'luc-ngan');
    expect(AREA_REPORTS_MAX).toBe(20);
    expect(p.reports).toHaveLength(20);
    expect([p.reports[0]!.id, p.reports[19]!.id]).toEqual(['ln-2024-01-21', 'ln-2024-01-02']);
    // Its own 21st (1 January) and the province's report of 30/11/2023 about its works.
    expect(p.earlierReports).toBe(2);
  });
});
