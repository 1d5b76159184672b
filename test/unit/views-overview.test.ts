/**
 * The home page's headlines and coverage line say what the rows say. Expected values worked out by hand from
 * valid-min (Bắc Giang: 170.353 of 418.318 triệu đồng disbursed in 2023; 56 of 75 plan 511 works completed; the
 * poor-household rate falling 5,27 points a year 2015–2020; 523 prestigious persons; two reports of November 2023)
 * and the rows added here: a report of 15/07/2025, Bạch Thông's two reports of 2023, Sơn Động's 2023 money split by
 * capital type only (ĐTPT 400 of 1.000, SN 100 of 500) beside its central budget, a project and plan 511, and a
 * 2023 batch of 30 works in Bắc Giang (20 completed), smaller than the plan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { areaHeadlines, coverage, issuerAreas, overviewHeadlines } from '../../src/views/overview.ts';
import { BACH_THONG, fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const JUL2025 = 'bg-2025-07-15,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,45/BC-BDT,2025-07-15,2025-01,2025-06,Kết quả 6 tháng đầu năm 2025,Trưởng ban,,,005_bg-2025-07-15.txt';
const F = (id: string, rest: string, text: string) => `bg-2023-11-17-${id},bg-2023-11-17,3.1,${rest},mvnd,2023-11-15,${text} triệu đồng,reported,,,`;
const MONEY = [
  F('f50', 'son-dong,ntp1719,2023,all,dtpt,,allocated,1000', '1.000'),
  F('f51', 'son-dong,ntp1719,2023,all,dtpt,,disbursed,400', '400'),
  F('f52', 'son-dong,ntp1719,2023,all,sn,,allocated,500', '500'),
  F('f53', 'son-dong,ntp1719,2023,all,sn,,disbursed,100', '100'),
  // Not the programme's whole budget: one source, one project, another programme.
  F('f54', 'son-dong,ntp1719,2023,central,all,,allocated,800', '800'),
  F('f55', 'son-dong,ntp1719,2023,central,all,,disbursed,300', '300'),
  F('f56', 'son-dong,ntp1719,2023,all,all,ntp1719.da3,disbursed,600', '600'),
  F('f59', 'son-dong,plan511,2023,all,all,,allocated,700', '700'),
  F('f60', 'son-dong,plan511,2023,all,all,,disbursed,350', '350'),
  // Bắc Giang's ĐTPT part: its whole budget (f06, f07) is the headline.
  F('f57', 'bac-giang,ntp1719,2023,all,dtpt,,allocated,200000', '200.000'),
  F('f58', 'bac-giang,ntp1719,2023,all,dtpt,,disbursed,90000', '90.000'),
];
const BATCH = [
  'bg-2023-11-30-w30,bg-2023-11-30,II.3.2,bac-giang,plan511,2023,current,all,all,planned,30,,30 công trình,reported,',
  'bg-2023-11-30-w31,bg-2023-11-30,II.3.2,bac-giang,plan511,2023,current,all,all,completed,20,2023-11-30,20 công trình,reported,',
];
const PLAN = 'Công trình ngầm, cầu dân sinh hoàn thành: Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung)';

let ctx: ViewContext;
let more: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext();
  more = await fixtureContext({
    // The 2025 report before Bạch Thông's of 2023 in the file: years and the latest report are sorted, not read in file order.
    'reports.csv': plus('reports.csv', [JUL2025, ...BACH_THONG.reports().trimEnd().split('\n').slice(-2)]),
    'areas.csv': BACH_THONG.areas(),
    'funding.csv': plus('funding.csv', MONEY),
    'works.csv': plus('works.csv', BATCH),
  });
});

describe('what the data covers', () => {
  it('one province, two reports of one year', () => {
    expect(issuerAreas(ctx)).toEqual(['bac-giang']);
    expect(coverage(ctx)).toBe('Số liệu hiện có về tỉnh Bắc Giang, từ 2 báo cáo năm 2023 (mới nhất: 30/11/2023).');
  });

  it('a district of another province named with its province, the years as a span, the newest report by date', () => {
    // Issuers: Bắc Giang (three reports) and Bạch Thông (two); Sơn Động and Lục Ngạn issue none.
    expect(issuerAreas(more)).toEqual(['bac-giang', 'bach-thong']);
    expect(coverage(more)).toBe('Số liệu hiện có về tỉnh Bắc Giang và huyện Bạch Thông (tỉnh Bắc Kạn), từ 5 báo cáo các năm 2023–2025 (mới nhất: 15/07/2025).');
  });
});

describe('the headline figures of an area', () => {
  it('Bắc Giang: the whole budget disbursed, the plan’s works, the poverty fall, the prestigious persons', () => {
    const figures = areaHeadlines(ctx, 'bac-giang');
    expect(figures.map((f) => [f.id, f.value, f.total])).toEqual([
      ['so-lieu-bg-2023-11-17-f07', 170353, 418318],
      ['so-lieu-bg-2023-11-30-w05', 56, 75],
      ['so-lieu-bg-2023-11-30-p02', 8.77, undefined],
      ['so-lieu-bg-2023-11-30-p03', 5.27, undefined],
      ['so-lieu-bg-2023-11-17-n01', 523, undefined],
    ]);
    expect(figures.map((f) => f.label)).toEqual([
      'Đã giải ngân, năm 2023',
      PLAN,
      // The rate the fall ends at (2020), from 35,1% of 2015: 26,3 points (to the one decimal of 35,1), worked out by
      // the page; then the fall (walk-throughs 31, 35: the rate before its fall on every page).
      'Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN (chuẩn nghèo 2016–2020), năm 2020',
      'Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN giảm bình quân mỗi năm, 2015–2020',
      'Người có uy tín (giai đoạn 2023–2027, số liệu cấp tỉnh)',
    ]);
    // 8,77 less 35,1: to the one decimal of 35,1 (not 26,33).
    expect(figures[2]!.change).toBe('giảm 26,3 điểm phần trăm so với năm 2015 (35,1%), trang tự tính');
  });

  it('the whole budget where given, not its ĐTPT part; the largest plan, not its 2023 batch of 30', () => {
    expect(areaHeadlines(more, 'bac-giang').slice(0, 2).map((f) => [f.id, f.label, f.value, f.total])).toEqual([
      ['so-lieu-bg-2023-11-17-f07', 'Đã giải ngân, năm 2023', 170353, 418318],
      ['so-lieu-bg-2023-11-30-w05', PLAN, 56, 75],
    ]);
  });

  it('no whole budget: each capital type of all sources, never one source, a project or plan 511', () => {
    expect(areaHeadlines(more, 'son-dong').map((f) => [f.label, f.value, f.total])).toEqual([
      ['Đã giải ngân, năm 2023 – Vốn ĐTPT', 400, 1000],
      ['Đã giải ngân, năm 2023 – Vốn SN', 100, 500],
      // Sơn Động's plan 511 completed count has no plan of its own: not a headline.
    ]);
  });

  it('one entry per issuing area, named, with its figures; an issuer without figures has none', () => {
    const all = overviewHeadlines(more);
    expect(all.map((a) => [a.areaId, a.name, a.figures.length])).toEqual([
      ['bac-giang', 'tỉnh Bắc Giang', 5],
      ['bach-thong', 'huyện Bạch Thông', 0],
    ]);
  });
});

describe('the money a headline gives for a new year (walk-through 19)', () => {
  it('is the year’s total of central and provincial funds where the report gives no all-sources total, before the funds carried over', async () => {
    // Bắc Giang, 20/12/2024: «tổng vốn trung ương và đối ứng ngân sách tỉnh giao năm 2024 là 512.340 triệu đồng …
    // đã giải ngân 389.150» (to 15/12/2024), and 2023's funds carried over: 40.118 of 45.210, with no date of their own.
    const R = (id: string, year: string, source: string, measure: string, value: number, text: string, asOf: string) =>
      `bg-2024-12-20-${id},bg-2024-12-20,I.1,bac-giang,ntp1719,${year},${source},all,,${measure},${value},mvnd,${asOf},${text},reported,,,`;
    const ctx = await fixtureContext({
      'reports.csv': plus('reports.csv', ['bg-2024-12-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,annual,214/BC-BDT,2024-12-20,2024,2024,Công tác dân tộc năm 2024,Trưởng ban,,,005_bg.txt']),
      'funding.csv': plus('funding.csv', [
        R('f01', '2024', 'central_provincial', 'assigned', 512340, '512.340 triệu đồng', ''),
        R('f02', '2024', 'central_provincial', 'disbursed', 389150, '389.150 triệu đồng', '2024-12-15'),
        R('f06', '2023-carryover', 'all', 'allocated', 45210, '45.210 triệu đồng', ''),
        R('f07', '2023-carryover', 'all', 'disbursed', 40118, '40.118 triệu đồng', ''),
      ]),
    });
    const money = areaHeadlines(ctx, 'bac-giang').filter((f) => f.label.startsWith('Đã giải ngân'));
    expect(money.map((f) => [f.label, f.value, f.total])).toEqual([
      ['Đã giải ngân, năm 2024 (trung ương và đối ứng tỉnh)', 389150, 512340],
      ['Đã giải ngân, vốn 2023 chuyển sang 2024', 40118, 45210],
    ]);
  });
});

describe('a newer report that gives an area’s rate without its amounts (walk-through 28)', () => {
  it('leads the area’s headline money; the older report’s amounts stay on its page, not in the headline', async () => {
    // Bắc Giang: 170.353 of 418.318 (40,7%) to 15/11/2023 (valid-min); a report of 15/07/2025 prints «năm 2025 đạt
    // 38,2%» to 30/06/2025, with no amounts.
    const later = await fixtureContext({
      'reports.csv': plus('reports.csv', [JUL2025]),
      'funding.csv': plus('funding.csv', ['bg-2025-07-15-f01,bg-2025-07-15,1,bac-giang,ntp1719,2025,all,all,,disbursement_rate,38.2,percent,2025-06-30,"38,2%",reported,,,']),
    });
    const money = areaHeadlines(later, 'bac-giang').filter((f) => /giải ngân/.test(f.label));
    expect(money.map((f) => [f.label, f.value, f.asOf])).toEqual([['Tỷ lệ giải ngân, năm 2025', 38.2, '2025-06-30']]);
    // Without it, the 2023 amounts are the headline.
    expect(areaHeadlines(await fixtureContext({}), 'bac-giang').some((f) => f.label === 'Đã giải ngân, năm 2023')).toBe(true);
  });
});

describe('an area whose works are the programme’s own, completed out of a plan (walk-through 29)', () => {
  it('has its «61/86» among its headlines when it has no plan 511 figure', async () => {
    const W = (id: string, rest: string, text: string) => `bg-2023-11-30-${id},bg-2023-11-30,II.2,${rest},${text},reported,`;
    const ctx = await fixtureContext({
      'areas.csv': plus('areas.csv', ['bac-kan,Bắc Kạn,province,,,']),
      'works.csv': plus('works.csv', [W('x80', 'bac-kan,ntp1719,2023,current,all,all,planned,86,', '86 công trình'), W('x81', 'bac-kan,ntp1719,2023,current,all,all,completed,61,2023-11-30', '61 công trình')]),
    });
    const works = areaHeadlines(ctx, 'bac-kan').filter((f) => f.unit === 'work');
    expect(works.map((f) => [f.value, f.total, f.share?.text])).toEqual([[61, 86, '70,9%']]);
    // Bắc Giang's plan 511 (56/75) stays its works headline.
    expect(areaHeadlines(ctx, 'bac-giang').filter((f) => f.unit === 'work').map((f) => [f.value, f.total])).toEqual([[56, 75]]);
  });
});
