/**
 * A new district whose report prints its works per type (no all-types row) shows on its own page and in the
 * province's district charts: one type as that type, several as the page's sum where the additivity rules allow it.
 * Fixture: valid-min plus a new district and report; expected values worked out from the rows by hand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import type { BarsSpec } from '../../src/charts/index.ts';
import { areaTopics } from '../../src/views/area.ts';
import type { ViewContext } from '../../src/views/context.ts';
import { fundingSections, plan511Sections } from '../../src/views/topic-pages.ts';
import { dataDir, removeDataDirs, plus } from './helpers.ts';
import { contextOf } from '../../src/views/context.ts';

afterAll(removeDataDirs);

const REPORT = 'yd-2024-06-20,UBND huyện Yên Dũng,yen-dung,half_year,45/BC-UBND,2024-06-20,2024-01,2024-06,Báo cáo 6 tháng đầu năm 2024,Chủ tịch,,,005_e.txt';
const W = 'yd-2024-06-20,II.1,yen-dung,plan511,2022-2024,revised,all';

async function context(works: string[]): Promise<ViewContext> {
  const data = await loadData(dataDir(null, {
    'areas.csv': plus('areas.csv', ['yen-dung,Yên Dũng,district,bac-giang,,']),
    'reports.csv': plus('reports.csv', [REPORT]),
    'works.csv': plus('works.csv', works),
  }));
  expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return contextOf(data);
}

const worksBlock = (ctx: ViewContext) => areaTopics(ctx, 'yen-dung').find((b) => b.id === 'cong-trinh');
const chart = (ctx: ViewContext, id: string) => plan511Sections(ctx).flatMap((s) => s.charts).find((c) => c.id === id) as BarsSpec | undefined;

describe('a new district with works per type', () => {
  it('one type each (ngầm completed 2, cầu under construction 1): its page and the completed-by-district chart show them as that type', async () => {
    const ctx = await context([
      `yd-2024-06-20-w01,${W},ngam,completed,2,2024-06-20,02 công trình ngầm hoàn thành,reported,`,
      `yd-2024-06-20-w02,${W},cau,under_construction,1,2024-06-20,01 cầu đang thi công,reported,`,
    ]);
    const figures = worksBlock(ctx)!.figures.map((f) => [f.label, f.value]);
    expect(figures).toEqual([
      ['Công trình ngầm dân sinh hoàn thành: Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung)', 2],
      ['Công trình cầu dân sinh đang thi công: Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung)', 1],
    ]);
    const bars = chart(ctx, 'hoan-thanh-theo-huyen-2022-2024-bac-giang')!;
    expect(bars.rows.map((r) => [r.category, r.value, r.rowIds])).toContainEqual(['Yên Dũng (chỉ ngầm dân sinh)', 2, ['yd-2024-06-20-w01']]);
    expect(bars.rows.map((r) => r.category)).toEqual(expect.arrayContaining(['Sơn Động', 'Lục Ngạn']));
    expect(bars.notes!.map((n) => n.text)).toContain('Yên Dũng: báo cáo chỉ nêu số công trình ngầm dân sinh, không nêu tổng các loại.');
  });

  it('a type\'s completed works beside the same type\'s plan: «5/8», even where the report also prints the all-types plan (walk-through 8)', async () => {
    // 14 works planned (8 ngầm, 6 cầu); 5 ngầm completed, 3 ngầm and the 6 cầu under construction.
    const ctx = await context([
      `yd-2024-06-20-w01,${W},all,planned,14,,14 công trình,reported,`,
      `yd-2024-06-20-w02,${W},ngam,planned,8,,8 ngầm dân sinh,reported,`,
      `yd-2024-06-20-w03,${W},cau,planned,6,,6 cầu dân sinh,reported,`,
      `yd-2024-06-20-w04,${W},ngam,completed,5,2024-06-15,hoàn thành 5 ngầm,reported,`,
      `yd-2024-06-20-w05,${W},ngam,under_construction,3,2024-06-15,đang thi công 3 ngầm,reported,`,
    ]);
    const completed = worksBlock(ctx)!.figures.find((f) => f.label.startsWith('Công trình ngầm dân sinh hoàn thành'))!;
    expect([completed.value, completed.total, completed.share?.text]).toEqual([5, 8, '62,5%']);
    // The card is the count's row (the plan's row is among its sources).
    expect(completed.rowId).toBe('yd-2024-06-20-w04');
    // An under-construction count is a count, not progress against the plan.
    const building = worksBlock(ctx)!.figures.find((f) => f.label.startsWith('Công trình ngầm dân sinh đang thi công'))!;
    expect([building.value, building.total]).toEqual([3, undefined]);
  });

  it('several types of one measure: the page adds them, and says it is its own sum', async () => {
    const ctx = await context([
      `yd-2024-06-20-w01,${W},ngam,planned,3,,03 công trình ngầm,reported,`,
      `yd-2024-06-20-w02,${W},cau,planned,1,,01 cầu,reported,`,
      `yd-2024-06-20-w03,${W},ngam,completed,2,2024-06-20,02 công trình ngầm hoàn thành,reported,`,
      `yd-2024-06-20-w04,${W},cau,completed,1,2024-06-20,01 cầu hoàn thành,reported,`,
      // A second district with a plan, so the chart compares (one district alone is a card, not a chart).
      // (valid-min has Sơn Động's 40 completed; its plan of 48 is added).
      'bg-2023-11-30-w90,bg-2023-11-30,II.3.1,son-dong,plan511,2022-2024,revised,all,all,planned,48,,48 công trình,reported,',
    ]);
    const figure = worksBlock(ctx)!.figures.find((f) => f.label.startsWith('Công trình ngầm, cầu dân sinh hoàn thành'))!;
    expect(figure.label).toBe('Công trình ngầm, cầu dân sinh hoàn thành: Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung); cộng các loại (cầu dân sinh, ngầm dân sinh), trang tự tính');
    expect([figure.value, figure.total]).toEqual([3, 4]);
    // The province's chart of completion by district: the new district's bars are the sums, from all four rows.
    const bars = chart(ctx, 'theo-huyen-2022-2024-bac-giang')!;
    // Sơn Động 40 of 48 (83%) at 30/11/2023, Yên Dũng 3 of 4 (75%) at 20/06/2024: Sơn Động was ahead on its own,
    // earlier day, so it is the highest, named with its date (walk-throughs 13, 31).
    expect(bars.title).toBe('Sơn Động hoàn thành 83,3% số công trình, cao nhất (đến ngày 30/11/2023)');
    const yenDung = bars.rows.filter((r) => r.category.startsWith('Yên Dũng'));
    expect(yenDung.map((r) => [r.category, r.group, r.value])).toEqual([
      ['Yên Dũng (cộng các loại)', 'Hoàn thành', 3],
      ['Yên Dũng (cộng các loại)', 'Chưa hoàn thành', 1],
    ]);
    expect(yenDung[1]!.rowIds!.toSorted()).toEqual(['yd-2024-06-20-w01', 'yd-2024-06-20-w02', 'yd-2024-06-20-w03', 'yd-2024-06-20-w04']);
    expect(bars.notes!.map((n) => n.text)).toContain('Yên Dũng: báo cáo chỉ nêu số theo loại công trình; số trên biểu đồ là cộng các loại (cầu dân sinh, ngầm dân sinh), trang tự tính.');
    // Its bars are of 20/06/2024, Sơn Động's of 30/11/2023: said, newest first (walk-through 10).
    expect(bars.notes!.map((n) => n.text)).toContain('Các huyện không cùng thời điểm: Yên Dũng đến ngày 20/06/2024; Sơn Động đến ngày 30/11/2023.');
  });

  it('types counted to different days are never added: 2 ngầm to 15/06 and 1 cầu to 20/06 are no «3 to 20/06»', async () => {
    const ctx = await context([
      `yd-2024-06-20-w01,${W},ngam,planned,3,,03 công trình ngầm,reported,`,
      `yd-2024-06-20-w02,${W},cau,planned,1,,01 cầu,reported,`,
      `yd-2024-06-20-w03,${W},ngam,completed,2,2024-06-15,02 công trình ngầm hoàn thành,reported,`,
      `yd-2024-06-20-w04,${W},cau,completed,1,2024-06-20,01 cầu hoàn thành,reported,`,
    ]);
    const figures = worksBlock(ctx)!.figures;
    expect(figures.some((f) => f.label.includes('cộng các loại'))).toBe(false);
    // Each completed count beside its own type's plan, as printed: 2 of 3 ngầm, 1 of 1 cầu.
    const done = figures.filter((f) => f.label.includes('hoàn thành'));
    expect(done.map((f) => [f.label.split(':')[0], f.value, f.total])).toEqual([
      ['Công trình ngầm dân sinh hoàn thành', 2, 3],
      ['Công trình cầu dân sinh hoàn thành', 1, 1],
    ]);
  });

  it('types completed on one day beside plans of two days: the sum of the completed, with no plan total', async () => {
    const ctx = await context([
      `yd-2024-06-20-w01,${W},ngam,planned,3,2024-05-01,03 công trình ngầm,reported,`,
      `yd-2024-06-20-w02,${W},cau,planned,1,,01 cầu,reported,`,
      `yd-2024-06-20-w03,${W},ngam,completed,2,2024-06-20,02 công trình ngầm hoàn thành,reported,`,
      `yd-2024-06-20-w04,${W},cau,completed,1,2024-06-20,01 cầu hoàn thành,reported,`,
    ]);
    const figure = worksBlock(ctx)!.figures.find((f) => f.label.startsWith('Công trình ngầm, cầu dân sinh hoàn thành'))!;
    // 2 + 1 completed to 20/06; the plans (3 ngầm to 01/05, 1 cầu of the report's 20/06) are no plan of 4.
    expect([figure.value, figure.total, figure.share]).toEqual([3, undefined, undefined]);
  });

  it('two lists (original, revised) are alternatives, never added: each type shown alone', async () => {
    const ctx = await context([
      `yd-2024-06-20-w01,${W},ngam,completed,2,2024-06-20,02 công trình ngầm hoàn thành,reported,`,
      `yd-2024-06-20-w02,yd-2024-06-20,II.1,yen-dung,plan511,2022-2024,original,all,cau,completed,1,2024-06-20,01 cầu hoàn thành,reported,`,
    ]);
    expect(worksBlock(ctx)!.figures.map((f) => f.value)).toEqual([2, 1]);
    expect(worksBlock(ctx)!.figures.some((f) => f.label.includes('cộng các loại'))).toBe(false);
  });
});

describe('a new district\'s money, a new fund year and a new project', () => {
  it('show on /giai-ngan/ and on the area page, with no code change', async () => {
    const data = await loadData(dataDir(null, {
      'areas.csv': plus('areas.csv', ['yen-dung,Yên Dũng,district,bac-giang,,']),
      'reports.csv': plus('reports.csv', [REPORT]),
      'projects.csv': plus('projects.csv', ['ntp1719.da5,ntp1719,project,Dự án 5,Phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực']),
      'funding.csv': plus('funding.csv', [
        'yd-2024-06-20-f01,yd-2024-06-20,I.1,yen-dung,ntp1719,2025,all,all,,allocated,8000,mvnd,2024-06-20,8.000 triệu đồng,reported,,,',
        'yd-2024-06-20-f02,yd-2024-06-20,I.1,yen-dung,ntp1719,2025,all,all,,disbursed,2000,mvnd,2024-06-20,2.000 triệu đồng,reported,,,',
        'yd-2024-06-20-f03,yd-2024-06-20,I.2,yen-dung,ntp1719,2025,all,all,ntp1719.da5,assigned,3000,mvnd,,3.000 triệu đồng,reported,,,',
        'yd-2024-06-20-f04,yd-2024-06-20,I.2,yen-dung,ntp1719,2025,all,all,ntp1719.da5,disbursed,1500,mvnd,2024-06-20,1.500 triệu đồng,reported,,,',
      ]),
    }));
    expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const ctx = contextOf(data);
    const section = fundingSections(ctx).find((s) => s.areaId === 'yen-dung')!;
    expect(section.figures.map((f) => [f.label, f.share?.text, f.share?.of, f.value, f.total])).toContainEqual(['Đã giải ngân, năm 2025', '25%', 'vốn đã phân bổ', 2000, 8000]);
    const block = areaTopics(ctx, 'yen-dung').find((b) => b.id === 'giai-ngan')!;
    expect(block.figures.map((f) => f.value)).toContain(2000);
    // The new project (assigned and disbursed, as reports print projects), the only one of its year: a card on both
    // pages (1.500 of 3.000, 50%), not a one-bar chart.
    for (const { figures, charts } of [section, block]) {
      expect(figures.map((f) => [f.label, f.share?.text, f.share?.of, f.value, f.total])).toContainEqual(['Đã giải ngân, Dự án 5, năm 2025', '50%', 'vốn giao', 1500, 3000]);
      expect(charts.map((c) => c.id)).not.toContain('giai-ngan-theo-du-an-yen-dung');
    }
  });
});
