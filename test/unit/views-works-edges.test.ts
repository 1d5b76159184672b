/**
 * The works views at their edges, each on rows added to valid-min (Bắc Giang's plan 2022–2024 of 75 works, 56
 * completed, 13 under construction, 69 started; Sơn Động 40 and Lục Ngạn 16 completed, no plan per district).
 * Expected texts worked out by hand from the rows and the pages' wording:
 * - qualified counts in three new districts' plans (Yên Dũng «trên 20» of 30 with 25 started, Tân Yên 20 of 40 with
 *   «khoảng 3» under construction, Lạng Giang 40 of «khoảng 50» with 45 started): what each status, share and bar says;
 * - statuses a later report does not repeat: Lục Ngạn's 5 under construction and Sơn Động's 30 started of 17/11/2023,
 *   beside their completed counts of 30/11/2023;
 * - a finished plan 2019–2020 beside the plan 2022–2024, new NTP 1719 works of one batch and of two, a district
 *   whose investment has no decision date, and a 2023 batch a new district counts per type.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { districtChart, districtCompletedChart, otherWorksChart, plan511CountFigures, plan511FundingChart, statusChart, worksFigures } from '../../src/views/works.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';
import { chartDatePhrase } from '../../src/core/format.ts';

afterAll(removeDataDirs);

const REVISED = 'Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung)';
const NOT_COMPLETED = { text: '“Chưa hoàn thành” gồm công trình đang thi công và chưa khởi công: báo cáo không tách hai loại này theo huyện.' };
const row = (report: string, id: string, rest: string, text: string) => `${report}-${id},${report},II.2,${rest},${text},reported,`;
const W = (id: string, rest: string, text: string) => row('bg-2023-11-30', id, rest, text);
const districts = (names: [string, string][]) => plus('areas.csv', names.map(([id, name]) => `${id},${name},district,bac-giang,,`));

let qual: ViewContext;
let stale: ViewContext;
let plans: ViewContext;
beforeAll(async () => {
  qual = await fixtureContext({
    // Under a province of their own, whose own counts are none: their plans are not held to Bắc Giang's.
    'areas.csv': plus('areas.csv', ['ha-giang,Hà Giang,province,,,', 'yen-dung,Yên Dũng,district,ha-giang,,', 'tan-yen,Tân Yên,district,ha-giang,,', 'lang-giang,Lạng Giang,district,ha-giang,,']),
    'works.csv': plus('works.csv', [
      W('x01', 'yen-dung,plan511,2022-2024,revised,all,all,planned,30,', '30 công trình'),
      W('x02', 'yen-dung,plan511,2022-2024,revised,all,all,completed,20,2023-11-30', 'trên 20 công trình'),
      W('x03', 'yen-dung,plan511,2022-2024,revised,all,all,started,25,2023-11-30', '25 công trình'),
      W('x04', 'tan-yen,plan511,2022-2024,revised,all,all,planned,40,', '40 công trình'),
      W('x05', 'tan-yen,plan511,2022-2024,revised,all,all,completed,20,2023-11-30', '20 công trình'),
      W('x06', 'tan-yen,plan511,2022-2024,revised,all,all,under_construction,3,2023-11-30', 'khoảng 3 công trình'),
      W('x07', 'lang-giang,plan511,2022-2024,revised,all,all,planned,50,', 'khoảng 50 công trình'),
      W('x08', 'lang-giang,plan511,2022-2024,revised,all,all,completed,40,2023-11-30', '40 công trình'),
      W('x09', 'lang-giang,plan511,2022-2024,revised,all,all,started,45,2023-11-30', '45 công trình'),
    ]),
  });
  stale = await fixtureContext({
    'works.csv': plus('works.csv', [
      row('bg-2023-11-17', 'x10', 'luc-ngan,plan511,2022-2024,revised,all,all,planned,25,', 'khoảng 25 công trình'),
      row('bg-2023-11-17', 'x11', 'luc-ngan,plan511,2022-2024,revised,all,all,under_construction,5,2023-11-17', '5 công trình'),
      row('bg-2023-11-17', 'x12', 'son-dong,plan511,2022-2024,revised,all,all,planned,50,', '50 công trình'),
      row('bg-2023-11-17', 'x13', 'son-dong,plan511,2022-2024,revised,all,all,started,30,2023-11-17', '30 công trình'),
    ]),
  });
  plans = await fixtureContext({
    'works.csv': plus('works.csv', [
      // A finished plan, larger than the current one and listed after it.
      W('x20', 'bac-giang,plan511,2019-2020,revised,all,all,planned,100,', '100 công trình'),
      W('x21', 'bac-giang,plan511,2019-2020,revised,all,all,completed,100,2023-11-30', '100 công trình'),
      W('x22', 'bac-giang,plan511,2019-2020,revised,all,all,under_construction,0,2023-11-30', '0 công trình'),
      // Bắc Giang's new NTP 1719 works of 2023: 3 schools, then 5 roads, then the 8 in all; Sơn Động's roads of 2022 and 2023.
      W('x23', 'bac-giang,ntp1719,2023,current,all,school,new,3,', '3 công trình'),
      W('x24', 'bac-giang,ntp1719,2023,current,all,road,new,5,', '5 công trình'),
      W('x25', 'bac-giang,ntp1719,2023,current,all,all,new,8,', '8 công trình'),
      W('x26', 'son-dong,ntp1719,2022,current,all,road,new,2,', '2 công trình'),
      W('x27', 'son-dong,ntp1719,2023,current,all,road,new,4,', '4 công trình'),
    ]),
    // Investment: Sơn Động 40.000 approved 14/02/2022, Lục Ngạn 46.301 with no decision date.
    'funding.csv': plus('funding.csv', [
      'bg-2023-11-30-x30,bg-2023-11-30,II,son-dong,plan511,2022-2024,all,all,,total_investment,40000,mvnd,,40.000 triệu đồng,reported,,,2022-02-14',
      'bg-2023-11-30-x31,bg-2023-11-30,II,luc-ngan,plan511,2022-2024,all,all,,total_investment,46301,mvnd,,46.301 triệu đồng,reported,,,',
    ]),
  });
});

describe('qualified counts in a plan’s statuses', () => {
  const rowsOf = (areaId: string, c: ViewContext = qual) => statusChart(c, areaId)!.rows.map((r) => [r.status, r.value, r.rowIds, r.qualifier ?? null]);

  it('«trên 20» completed of 30, 25 started: under way is 25 − 20 = 5 and only «khoảng» so', () => {
    const spec = statusChart(qual, 'yen-dung')!;
    expect(spec.title).toBe('Kế hoạch 2022–2024: trên 20 trên 30 công trình đã hoàn thành');
    expect(rowsOf('yen-dung')).toEqual([
      ['completed', 20, ['bg-2023-11-30-x02'], 'tren'],
      ['in_progress', 5, ['bg-2023-11-30-x03', 'bg-2023-11-30-x02'], 'khoang'],
      ['not_started', 5, ['bg-2023-11-30-x01', 'bg-2023-11-30-x03'], null],
    ]);
    // 20/30 = 66,7%, at least that: «trên».
    expect(worksFigures(qual, 'yen-dung').map((f) => [f.value, f.total, f.share?.text, f.totalQualifier ?? null])).toEqual([[20, 30, 'trên 66,7%', null]]);
  });

  it('«khoảng 3» under construction: not started, 40 − 20 − 3 = 17, is «khoảng» too', () => {
    expect(rowsOf('tan-yen')).toEqual([
      ['completed', 20, ['bg-2023-11-30-x05'], null],
      ['in_progress', 3, ['bg-2023-11-30-x06'], 'khoang'],
      ['not_started', 17, ['bg-2023-11-30-x04', 'bg-2023-11-30-x05', 'bg-2023-11-30-x06'], 'khoang'],
    ]);
  });

  it('«khoảng 50» planned, 45 started: not started, 50 − 45 = 5, is «khoảng»; the share of the plan too', () => {
    expect(rowsOf('lang-giang')).toEqual([
      ['completed', 40, ['bg-2023-11-30-x08'], null],
      ['in_progress', 5, ['bg-2023-11-30-x09', 'bg-2023-11-30-x08'], null],
      ['not_started', 5, ['bg-2023-11-30-x07', 'bg-2023-11-30-x09'], 'khoang'],
    ]);
    expect(worksFigures(qual, 'lang-giang').map((f) => [f.share?.text, f.totalQualifier])).toEqual([['khoảng 80%', 'khoang']]);
  });

  it('the districts compared: the best share «khoảng 80%», the worst 50%, the bars’ «khoảng» where a count has it', () => {
    const spec = districtChart(qual, 'ha-giang', '2022-2024', 'theo-huyen')!;
    // Yên Dũng 20/30 = 67%, Tân Yên 20/40 = 50%, Lạng Giang 40/50 = 80%. Yên Dũng's «trên 20» may be above 80%:
    // no district is named the highest, the two are side by side (walk-through 32).
    expect(spec.title).toBe('Lạng Giang hoàn thành khoảng 80% số công trình, Yên Dũng trên 66,7% số công trình');
    expect(spec.rows.filter((r) => r.group === 'Chưa hoàn thành').map((r) => [r.category, r.value, r.qualifier ?? null])).toEqual([
      ['Yên Dũng', 10, 'khoang'],
      ['Tân Yên', 20, null],
      ['Lạng Giang', 10, 'khoang'],
    ]);
    // Under way: Yên Dũng 25 started less «trên 20» completed, «khoảng 5»; Tân Yên «khoảng 3» as printed; Lạng Giang 45 − 40.
    expect(spec.notes).toEqual([
      {
        text: '“Chưa hoàn thành” gồm công trình đang thi công và chưa khởi công; đang thi công: Yên Dũng khoảng 5 công trình, Tân Yên khoảng 3 công trình, Lạng Giang 5 công trình.',
        rowIds: ['bg-2023-11-30-x03', 'bg-2023-11-30-x02', 'bg-2023-11-30-x06', 'bg-2023-11-30-x09', 'bg-2023-11-30-x08'],
      },
    ]);
  });
});

describe('statuses a later report does not repeat', () => {
  it('Lục Ngạn’s 5 under construction of 17/11 are not stacked on its 16 completed of 30/11: the rest is «chưa rõ tình trạng»', () => {
    const spec = statusChart(stale, 'luc-ngan')!;
    // «khoảng 25» planned, 16 completed: «khoảng 9» left, from both rows.
    expect(spec.rows.map((r) => [r.status, r.value, r.rowIds, r.qualifier ?? null])).toEqual([
      ['completed', 16, ['bg-2023-11-30-w08'], null],
      ['unknown', 9, ['bg-2023-11-17-x10', 'bg-2023-11-30-w08'], 'khoang'],
    ]);
    expect(spec.notes).toEqual([
      {
        text: `${REVISED}: 16/khoảng 25 công trình hoàn thành đến ngày 30/11/2023 (Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 30/11/2023); không báo cáo nào nêu số đang thi công, chưa khởi công của cùng thời điểm, nên khoảng 9 công trình còn lại ghi là «chưa rõ tình trạng».`,
      },
    ]);
  });

  it('so are Sơn Động’s 30 started of 17/11: 50 − 40 = 10 of unknown status', () => {
    expect(statusChart(stale, 'son-dong')!.rows.map((r) => [r.status, r.value])).toEqual([['completed', 40], ['unknown', 10]]);
  });
});

describe('plans, batches and districts compared', () => {
  it('a finished plan beside the current one: the larger is the title’s, and the two, apart, may be added', () => {
    const spec = statusChart(plans, 'bac-giang')!;
    expect(spec.title).toBe('Kế hoạch 2019–2020: 100 trên 100 công trình đã hoàn thành');
    expect(spec.rows.map((r) => [r.category, r.status, r.value])).toEqual([
      [REVISED, 'completed', 56], [REVISED, 'in_progress', 13], [REVISED, 'not_started', 6],
      ['Kế hoạch 2019–2020 (danh mục sau điều chỉnh, bổ sung)', 'completed', 100], ['Kế hoạch 2019–2020 (danh mục sau điều chỉnh, bổ sung)', 'in_progress', 0], ['Kế hoạch 2019–2020 (danh mục sau điều chỉnh, bổ sung)', 'not_started', 0],
    ]);
    expect([spec.overlapping, spec.additive]).toEqual([false, true]);
  });

  it('one plan alone may be added to nothing but is additive', () => {
    expect(statusChart(qual, 'bac-giang')!.additive).toBe(true);
  });

  it('new NTP 1719 works ranked against their batch’s own total, whatever the order of the rows', () => {
    const spec = otherWorksChart(plans, 'bac-giang')!;
    expect(spec.title).toBe('Giao thông chiếm nhiều nhất trong 8 công trình xây mới');
    expect(spec.rows.map((r) => [r.category, r.value])).toEqual([['Trường học', 3], ['Giao thông', 5]]);
    expect(spec.order).toBe('value');
  });

  it('new works of two batches: each bar names its year, in the report’s order, not ranked', () => {
    const spec = otherWorksChart(plans, 'son-dong')!;
    expect(spec.title).toBe('Công trình xây mới theo loại, theo từng đợt báo cáo ghi');
    expect(spec.subtitle).toBe('Công trình xây mới theo loại, Chương trình MTQG 1719, năm 2022; năm 2023, huyện Sơn Động');
    expect(spec.rows.map((r) => [r.category, r.value])).toEqual([['Giao thông (năm 2022)', 2], ['Giao thông (năm 2023)', 4]]);
    expect([spec.order, spec.overlapping]).toEqual(['given', false]);
  });

  it('investment: the largest district named whatever its place; dated by the report when a district’s decision is not given', () => {
    const spec = plan511FundingChart(plans, 'bac-giang')!;
    expect(spec.title).toBe('Lục Ngạn có tổng mức đầu tư lớn nhất: 46.301 triệu đồng');
    // The province's 165.500 has no decision date: the chart is the report's («Theo báo cáo ngày 30/11/2023»).
    expect([spec.asOf, spec.dateKind]).toEqual(['2023-11-30', 'report']);
  });
});

describe('a 2023 batch counted by districts, one per type', () => {
  it('the district with most completed is named with what its bar counts; districts left out are named, the later one apart', async () => {
    // Sơn Động 1 completed (all types, 30/11/2023); Yên Dũng 2 spillways + 1 bridge completed (20/06/2024), added by
    // the page; Tân Yên has plan 511 figures (a 2021 batch, 30/11/2023) but none of this batch or plan.
    const YD = 'yd-2024-06-20,UBND huyện Yên Dũng,yen-dung,half_year,45/BC-UBND,2024-06-20,2024-01,2024-06,Báo cáo 6 tháng đầu năm 2024,Chủ tịch,,,005_e.txt';
    const ctx = await fixtureContext({
      'areas.csv': districts([['yen-dung', 'Yên Dũng'], ['tan-yen', 'Tân Yên']]),
      'reports.csv': plus('reports.csv', [YD]),
      'works.csv': plus('works.csv', [
        W('x40', 'son-dong,plan511,2023,current,all,all,completed,1,2023-11-30', '1 công trình'),
        W('x41', 'tan-yen,plan511,2021,current,all,all,completed,7,2023-11-30', '7 công trình'),
        row('yd-2024-06-20', 'x42', 'yen-dung,plan511,2023,current,all,ngam,completed,2,2024-06-20', '02 công trình ngầm'),
        row('yd-2024-06-20', 'x43', 'yen-dung,plan511,2023,current,all,cau,completed,1,2024-06-20', '01 cầu'),
      ]),
    });
    const spec = districtCompletedChart(ctx, 'bac-giang', '2023', 'x')!;
    // Yên Dũng is counted seven months after Sơn Động: it is not said to be ahead for that (walk-through 31).
    expect(spec.title).toBe('Đợt năm 2023: Yên Dũng (cộng các loại) hoàn thành 3 công trình (đến ngày 20/06/2024); các huyện khác có số liệu sớm hơn');
    expect(spec.rows.map((r) => [r.category, r.value])).toEqual([['Sơn Động', 1], ['Yên Dũng (cộng các loại)', 3]]);
    expect(spec.asOf).toBe('2024-06-20');
    expect(spec.notes).toEqual([
      // Yên Dũng's bars are of 20/06/2024, Sơn Động's of 30/11/2023: said first.
      { text: 'Các huyện không cùng thời điểm: Yên Dũng đến ngày 20/06/2024; Sơn Động đến ngày 30/11/2023.' },
      { text: 'Yên Dũng: báo cáo chỉ nêu số theo loại công trình; số trên biểu đồ là cộng các loại (cầu dân sinh 1, ngầm dân sinh 2), trang tự tính.' },
      { text: 'Báo cáo không nêu số công trình hoàn thành của đợt năm 2023 của các huyện Lục Ngạn, Tân Yên: biểu đồ không có các huyện này.' },
    ]);
    // The plan's chart is of 30/11/2023: Yên Dũng's figures begin with a later report, which the note says.
    const plan = districtCompletedChart(ctx, 'bac-giang', '2022-2024', 'y')!;
    expect(plan.rows.map((r) => r.category)).toEqual(['Sơn Động', 'Lục Ngạn']);
    expect(plan.title).toBe(`${REVISED}: Sơn Động hoàn thành nhiều công trình nhất (40)`);
    expect(plan.notes).toEqual([
      { text: 'Báo cáo không nêu số công trình hoàn thành của kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung) của huyện Tân Yên: biểu đồ không có huyện này.' },
      { text: 'Số liệu Kế hoạch 511 của huyện Yên Dũng bắt đầu từ báo cáo ngày 20/06/2024, sau các báo cáo của biểu đồ này.' },
    ]);
    // Sơn Động has no plan of its own: each of its completed counts is a card.
    expect(plan511CountFigures(ctx, 'son-dong').map((f) => [f.label, f.value])).toEqual([
      [`Công trình ngầm, cầu dân sinh hoàn thành: ${REVISED}`, 40],
      ['Công trình ngầm, cầu dân sinh hoàn thành: Đợt năm 2023', 1],
    ]);
  });

  it('a district’s counts of a batch without a plan: its completed works are a card, its works under way are not', async () => {
    const ctx = await fixtureContext({
      'works.csv': plus('works.csv', [
        W('x50', 'luc-ngan,plan511,2023,current,all,all,completed,5,2023-11-30', '5 công trình'),
        W('x51', 'luc-ngan,plan511,2023,current,all,all,under_construction,2,2023-11-30', '2 công trình'),
      ]),
    });
    expect(plan511CountFigures(ctx, 'luc-ngan').map((f) => [f.label, f.value])).toEqual([
      [`Công trình ngầm, cầu dân sinh hoàn thành: ${REVISED}`, 16],
      ['Công trình ngầm, cầu dân sinh hoàn thành: Đợt năm 2023', 5],
    ]);
  });
});

describe('a plan completed in full (walk-through 24)', () => {
  it('is a whole bar with no «0 chưa rõ tình trạng» segment or note, though an earlier report gave statuses', async () => {
    // Sơn Động: a plan of 40 with 5 under construction on 17/11/2023; valid-min's 40 completed on 30/11/2023.
    const done = await fixtureContext({
      'works.csv': plus('works.csv', [
        row('bg-2023-11-17', 'x10', 'son-dong,plan511,2022-2024,revised,all,all,planned,40,', '40 công trình'),
        row('bg-2023-11-17', 'x11', 'son-dong,plan511,2022-2024,revised,all,all,under_construction,5,2023-11-17', '5 công trình'),
      ]),
    });
    const spec = statusChart(done, 'son-dong')!;
    // Its bar stays, whole (walk-through 25: the chart fell back to another plan when the bar went).
    expect(spec.rows.map((r) => [r.status, r.value])).toEqual([['completed', 40]]);
    expect(spec.title).toBe('Kế hoạch 2022–2024: 40 trên 40 công trình đã hoàn thành');
    expect(spec.notes!.map((n) => n.text).join(' ')).not.toContain('chưa rõ tình trạng');
  });
});

describe('a district’s works under way, newer than its completed count (walk-through 19)', () => {
  it('are a card of their own date: the plan’s latest news is never only on its report’s page', async () => {
    // Sơn Động: 40 completed of the revised list on 30/11/2023; the report of 20/12/2024: «02 công trình còn lại
    // (huyện Sơn Động) đang thi công», counted to 15/12/2024, with no completed count of its own.
    const ctx = await fixtureContext({
      'reports.csv': plus('reports.csv', ['bg-2024-12-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,annual,214/BC-BDT,2024-12-20,2024,2024,Công tác dân tộc năm 2024,Trưởng ban,,,005_bg.txt']),
      'works.csv': plus('works.csv', [row('bg-2024-12-20', 'w04', 'son-dong,plan511,2022-2024,revised,all,all,under_construction,2,2024-12-15', '02 công trình')]),
    });
    expect(plan511CountFigures(ctx, 'son-dong').map((f) => [f.label, f.value, f.asOf, f.rowId])).toEqual([
      [`Công trình ngầm, cầu dân sinh hoàn thành: ${REVISED}`, 40, '2023-11-30', 'bg-2023-11-30-w07'],
      [`Công trình ngầm, cầu dân sinh đang thi công: ${REVISED}`, 2, '2024-12-15', 'bg-2024-12-20-w04'],
    ]);
  });
});

describe('a later report that counts a district’s works per type only, after an all-types count (walk-through 12)', () => {
  let later: ViewContext;
  beforeAll(async () => {
    later = await fixtureContext({
      'reports.csv': plus('reports.csv', ['ln-2025-07-08,UBND huyện Lục Ngạn,luc-ngan,half_year,112/BC-UBND,2025-07-08,2025-01,2025-06,Sáu tháng đầu năm 2025,Chủ tịch,,,ln.txt']),
      'works.csv': plus('works.csv', [
        // The 30/11/2023 report's part of its 16: of its own date, a part of the all-types count, not a figure of its own.
        W('x60', 'luc-ngan,plan511,2022-2024,revised,all,ngam,completed,12,2023-11-30', '12 công trình ngầm'),
        row('ln-2025-07-08', 'w01', 'luc-ngan,plan511,2022-2024,revised,all,ngam,completed,3,', '3 công trình ngầm dân sinh'),
        row('ln-2025-07-08', 'w02', 'luc-ngan,plan511,2022-2024,revised,all,cau,completed,1,', '1 cầu dân sinh'),
      ]),
    });
  });

  it('shows the later per-type counts, each type’s count named in the sum, dated by their report; never drops them', () => {
    const cards = plan511CountFigures(later, 'luc-ngan').map((f) => [f.label, f.value, f.asOf, f.dateKind ?? 'as_of']);
    // The all-types count of 30/11/2023 stays (Lục Ngạn has no plan count here, so it is a count's card), beside the
    // later sum; the 12 spillways of 30/11/2023 are a part of that 16, on no card of their own.
    expect(cards).toEqual([
      [`Công trình ngầm, cầu dân sinh hoàn thành: ${REVISED}`, 16, '2023-11-30', 'as_of'],
      [`Công trình ngầm, cầu dân sinh hoàn thành: ${REVISED}; cộng các loại (cầu dân sinh 1, ngầm dân sinh 3), trang tự tính`, 4, '2025-07-08', 'report'],
    ]);
    expect(worksFigures(later, 'luc-ngan').map((f) => f.value)).not.toContain(12);
  });
});

describe('a report that corrects the earlier figure it is compared with (walk-through 13)', () => {
  it('Sơn Động 46 at 31/12/2024, after its own correction of 30/11/2023 (39, not 40): «tăng 7», never «tăng 6»', async () => {
    const ctx = await fixtureContext({
      'reports.csv': plus('reports.csv', ['sd-2025-01-14,UBND huyện Sơn Động,son-dong,annual,27/BC-UBND,2025-01-14,2024,2024,Kết quả năm 2024,Chủ tịch,,,sd.txt']),
      'works.csv': plus('works.csv', [
        row('sd-2025-01-14', 'w01', 'son-dong,plan511,2022-2024,revised,all,all,planned,50,2024-12-31', '50 công trình'),
        row('sd-2025-01-14', 'w02', 'son-dong,plan511,2022-2024,revised,all,all,completed,46,2024-12-31', '46 công trình'),
        `${row('sd-2025-01-14', 'w03', 'son-dong,plan511,2022-2024,revised,all,all,completed,39,2023-11-30', '39 công trình').replace(/,$/, '')},Đính chính số của báo cáo ngày 30/11/2023: 39 công trình.`,
      ]),
    });
    const card = worksFigures(ctx, 'son-dong').find((f) => f.value === 46)!;
    // 46 − 39 = 7, against the corrected figure of 30/11/2023, which this report gives.
    expect(card.change).toBe('tăng 7 công trình so với số đến ngày 30/11/2023 (39 công trình, báo cáo này đính chính)');
    expect(card.since).toEqual({ reportId: 'sd-2025-01-14', correction: false });
    // The correction it is read from is noted under it, so a printed sheet lists it too.
    expect(card.notes?.map((n) => n.text)).toContain('Hoàn thành, giai đoạn 2022–2024, sau điều chỉnh, bổ sung, huyện Sơn Động: 39 công trình — báo cáo ngày 30/11/2023 ghi 40 công trình cho cùng thời điểm, nay được đính chính; trang dùng số này.');
  });
});

describe('a district’s completed works overtaken by its province’s later whole-province count (walk-through 24)', () => {
  // The province reports on 25/06/2025 that every work of the revised plan is done (75/75, to 20/03/2025) without
  // naming its districts; Sơn Động’s latest is 40 of 30/11/2023 (valid-min).
  const LATER = ['bg-2025-06-25,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,88/BC-BDT,2025-06-25,2025-01,2025-06,Sáu tháng đầu năm 2025,Trưởng ban,,,bg.txt'];
  const WORKS = [
    row('bg-2025-06-25', 'w01', 'bac-giang,plan511,2022-2024,revised,all,all,planned,75,', '75 công trình'),
    row('bg-2025-06-25', 'w02', 'bac-giang,plan511,2022-2024,revised,all,all,completed,75,2025-03-20', '75/75 công trình'),
  ];
  const POINTER =
    'Số mới hơn của tỉnh Bắc Giang: hoàn thành 75/75 công trình (Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung)), đến ngày 20/03/2025 (Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 25/06/2025); báo cáo đó không nêu riêng số của huyện Sơn Động.';

  it('keeps the district’s own 40 of 30/11/2023 and points to the province’s newer 75/75, naming its report', async () => {
    const ctx = await fixtureContext({ 'reports.csv': plus('reports.csv', LATER), 'works.csv': plus('works.csv', WORKS) });
    const card = plan511CountFigures(ctx, 'son-dong').find((f) => f.rowId === 'bg-2023-11-30-w07')!;
    expect([card.value, card.asOf]).toEqual([40, '2023-11-30']);
    // Kept on the printed sheet, where the other notes are not (walk-through 32: a leader read 28/37 at a meeting).
    expect(card.notes).toContainEqual({ text: POINTER, href: '/bao-cao/bg-2025-06-25/#bg-2025-06-25-w02', onPaper: true });
    // Lục Ngạn, another district, is pointed the same way; the province's own card is not pointed at itself.
    expect(plan511CountFigures(ctx, 'luc-ngan')[0]!.notes?.map((n) => n.text).join(' ')).toContain('không nêu riêng số của huyện Lục Ngạn');
    expect(worksFigures(ctx, 'bac-giang').flatMap((f) => f.notes ?? []).map((n) => n.text).join(' ')).not.toContain('Số mới hơn');
  });

  it('on a district card with its plan (40/50) as well; a province count of the same date points nowhere', async () => {
    const plan = row('bg-2023-11-30', 'x70', 'son-dong,plan511,2022-2024,revised,all,all,planned,50,', '50 công trình');
    const newer = await fixtureContext({ 'reports.csv': plus('reports.csv', LATER), 'works.csv': plus('works.csv', [plan, ...WORKS]) });
    expect(worksFigures(newer, 'son-dong')[0]!.notes?.map((n) => n.text)).toContain(POINTER);
    const same = await fixtureContext({ 'works.csv': plus('works.csv', [plan]) });
    expect(worksFigures(same, 'son-dong')[0]!.notes ?? []).toEqual([]);
  });
});

describe('newer counts elsewhere, said under the older figure (walk-throughs 33, 34)', () => {
  // valid-min: the province 56/75 and Sơn Động 40, Lục Ngạn 16 completed, all to 30/11/2023; here with their plans.
  const PLANS = [row('bg-2023-11-30', 'x70', 'son-dong,plan511,2022-2024,revised,all,all,planned,50,', '50 công trình'), row('bg-2023-11-30', 'x71', 'luc-ngan,plan511,2022-2024,revised,all,all,planned,25,', '25 công trình')];

  it('a province card names the district that counted further since, without adding it to the province’s figure', async () => {
    const ctx = await fixtureContext({
      'reports.csv': plus('reports.csv', ['sd-2024-12-20,UBND huyện Sơn Động,son-dong,annual,245/BC-UBND,2024-12-20,2024,2024,Kết quả năm 2024,Chủ tịch,,,sd.txt']),
      'works.csv': plus('works.csv', [
        ...PLANS,
        row('sd-2024-12-20', 'w01', 'son-dong,plan511,2022-2024,revised,all,all,planned,50,', '46/50 công trình'),
        row('sd-2024-12-20', 'w02', 'son-dong,plan511,2022-2024,revised,all,all,completed,46,2024-11-30', '46/50 công trình'),
      ]),
    });
    const card = worksFigures(ctx, 'bac-giang')[0]!;
    expect([card.value, card.total, card.asOf]).toEqual([56, 75, '2023-11-30']);
    expect(card.notes).toContainEqual({
      text: 'Số mới hơn của huyện Sơn Động: hoàn thành 46/50 công trình, đến ngày 30/11/2024 (UBND huyện Sơn Động, báo cáo ngày 20/12/2024); số của tỉnh Bắc Giang ở trên chưa gồm số này.',
      href: '/bao-cao/sd-2024-12-20/#sd-2024-12-20-w02',
      onPaper: true,
    });
    // Lục Ngạn, counted on the province's day, is not named.
    expect(card.notes!.map((n) => n.text).join(' ')).not.toContain('Lục Ngạn');
    // The pointer leads the card's notes (a leader reads it first); a count with no date of its own says its
    // report's day once.
    expect(card.notes![0]!.text.startsWith('Số mới hơn')).toBe(true);
    const undated = await fixtureContext({
      'reports.csv': plus('reports.csv', ['sd-2024-12-20,UBND huyện Sơn Động,son-dong,annual,245/BC-UBND,2024-12-20,2024,2024,Kết quả năm 2024,Chủ tịch,,,sd.txt']),
      'works.csv': plus('works.csv', [
        ...PLANS,
        row('sd-2024-12-20', 'w01', 'son-dong,plan511,2022-2024,revised,all,all,planned,50,', '46/50 công trình'),
        row('sd-2024-12-20', 'w02', 'son-dong,plan511,2022-2024,revised,all,all,completed,46,', '46/50 công trình'),
      ]),
    });
    expect(worksFigures(undated, 'bac-giang')[0]!.notes![0]!.text).toBe(
      'Số mới hơn của huyện Sơn Động: hoàn thành 46/50 công trình, theo UBND huyện Sơn Động, báo cáo ngày 20/12/2024; số của tỉnh Bắc Giang ở trên chưa gồm số này.',
    );
  });

  it('a district chart of older counts says the province’s newer whole count, on paper too', async () => {
    const ctx = await fixtureContext({
      'reports.csv': plus('reports.csv', ['bg-2025-06-25,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,88/BC-BDT,2025-06-25,2025-01,2025-06,Sáu tháng đầu năm 2025,Trưởng ban,,,bg.txt']),
      'works.csv': plus('works.csv', [
        ...PLANS,
        row('bg-2025-06-25', 'w01', 'bac-giang,plan511,2022-2024,revised,all,all,planned,75,', '75 công trình'),
        row('bg-2025-06-25', 'w02', 'bac-giang,plan511,2022-2024,revised,all,all,completed,75,2025-03-20', '75/75 công trình'),
      ]),
    });
    const spec = districtChart(ctx, 'bac-giang', '2022-2024', 'x')!;
    expect(spec.title.startsWith('Đến ngày 30/11/2023: ')).toBe(true);
    // Neither district's report splits what is not completed.
    expect(spec.notes![0]).toEqual(NOT_COMPLETED);
    expect(spec.notes).toContainEqual({
      text: 'Số mới hơn của tỉnh Bắc Giang: hoàn thành 75/75 công trình (Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung)), đến ngày 20/03/2025 (Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 25/06/2025); báo cáo đó không nêu số từng huyện.',
      href: '/bao-cao/bg-2025-06-25/#bg-2025-06-25-w02',
      rowIds: ['bg-2025-06-25-w02'],
      onPaper: true,
    });
    // Without the newer count, no such note.
    const before = await fixtureContext({ 'works.csv': plus('works.csv', PLANS) });
    expect(districtChart(before, 'bac-giang', '2022-2024', 'x')!.notes!.map((n) => n.text).join(' ')).not.toContain('Số mới hơn');
  });
});

describe('a district’s completion with no date of its own, beside another’s dated count (walk-through 26)', () => {
  it('is «theo báo cáo ngày …» in the title, the dates note and the date line, never «đến» the report’s day', async () => {
    // Sơn Động's report of 20/12/2024: «nâng tổng số công trình hoàn thành lên 45/50», no date; Lục Ngạn 16/25 to 30/11/2023.
    const ctx = await fixtureContext({
      'reports.csv': plus('reports.csv', ['sd-2024-12-20,UBND huyện Sơn Động,son-dong,annual,245/BC-UBND,2024-12-20,2024,2024,Kết quả năm 2024,Chủ tịch,,,sd.txt']),
      'works.csv': plus('works.csv', [
        row('bg-2023-11-30', 'x71', 'luc-ngan,plan511,2022-2024,revised,all,all,planned,25,', '25 công trình'),
        row('sd-2024-12-20', 'w01', 'son-dong,plan511,2022-2024,revised,all,all,planned,50,', '45/50 công trình'),
        row('sd-2024-12-20', 'w02', 'son-dong,plan511,2022-2024,revised,all,all,completed,45,', '45/50 công trình'),
        row('sd-2024-12-20', 'w03', 'son-dong,plan511,2022-2024,revised,all,all,under_construction,5,', '5 công trình'),
      ]),
    });
    const spec = districtChart(ctx, 'bac-giang', '2022-2024', 'x')!;
    expect(spec.title).toBe('Sơn Động hoàn thành 90% số công trình (theo báo cáo ngày 20/12/2024); các huyện khác có số liệu sớm hơn');
    expect(spec.notes!.map((n) => n.text)).toContain('Các huyện không cùng thời điểm: Sơn Động theo báo cáo ngày 20/12/2024; Lục Ngạn đến ngày 30/11/2023.');
    expect(chartDatePhrase(spec)).toBe('Số liệu đến ngày 30/11/2023; có số liệu không ghi ngày, theo báo cáo ngày 20/12/2024');
    // The district's own status chart has only that undated count: the report's date, said so.
    expect(chartDatePhrase(statusChart(ctx, 'son-dong')!)).toBe('Theo báo cáo ngày 20/12/2024');
  });
});
