/**
 * More of the works views, each on rows added to valid-min (Bắc Giang's plan 2022–2024 of 75 works, 56 completed;
 * Sơn Động 40 and Lục Ngạn 16 completed). Expected texts worked out by hand from the rows:
 * - the districts' plans: Sơn Động 50 planned, 45 started (so 5 under way and 5 not started); Lục Ngạn 25 planned,
 *   3 under construction (so 25 − 16 − 3 = 6 not started), its lists by type 18 + 7 before and 17 + 8 after revision;
 * - plan 511 money: Bắc Giang 60.000 of 80.000 triệu đồng allocated (75%), Sơn Động 3.000 of 9.000 assigned,
 *   printed 33,33%;
 * - Sơn Động's original list of 9 bridges (one type);
 * - NTP 1719 works in Sơn Động: 12 carried over, 5 roads upgraded, 7 planned from ĐTPT, and new works of 2023 by
 *   capital: roads 4 (ĐTPT) and 3 (SN), a school 2 (ĐTPT).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { districtChart, otherWorksChart, otherWorksFigures, plan511MoneyFigures, statusChart, typeChart, typeFigures, worksFigures } from '../../src/views/works.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const REVISED = 'Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung)';
const W = (id: string, rest: string, text: string) => `bg-2023-11-30-${id},bg-2023-11-30,II.2,${rest},${text},reported,`;
const PLANS = [
  W('w50', 'son-dong,plan511,2022-2024,revised,all,all,planned,50,', '50 công trình'),
  W('w51', 'son-dong,plan511,2022-2024,revised,all,all,started,45,2023-11-30', '45 công trình'),
  W('w52', 'luc-ngan,plan511,2022-2024,revised,all,all,planned,25,', '25 công trình'),
  W('w53', 'luc-ngan,plan511,2022-2024,revised,all,all,under_construction,3,2023-11-30', '3 công trình'),
  W('w54', 'luc-ngan,plan511,2022-2024,original,all,ngam,planned,18,', '18 công trình'),
  W('w55', 'luc-ngan,plan511,2022-2024,original,all,cau,planned,7,', '7 công trình'),
  W('w56', 'luc-ngan,plan511,2022-2024,revised,all,ngam,planned,17,', '17 công trình'),
  W('w57', 'luc-ngan,plan511,2022-2024,revised,all,cau,planned,8,', '8 công trình'),
];
const OTHER = [
  W('w40', 'son-dong,ntp1719,2022-2023,current,all,all,transitional,12,', '12 công trình'),
  W('w41', 'son-dong,ntp1719,2022-2023,current,all,road,upgraded,5,', '5 công trình'),
  W('w42', 'son-dong,ntp1719,2023,current,dtpt,all,planned,7,', '7 công trình'),
  W('w43', 'son-dong,ntp1719,2023,current,dtpt,road,new,4,', '4 công trình'),
  W('w44', 'son-dong,ntp1719,2023,current,sn,road,new,3,', '3 công trình'),
  W('w45', 'son-dong,ntp1719,2023,current,dtpt,school,new,2,', '2 công trình'),
  // One type of one list in Sơn Động: a figure, not a chart.
  W('w46', 'son-dong,plan511,2022-2024,original,all,cau,planned,9,', '9 cầu'),
];
const M = (id: string, rest: string, text: string) => `bg-2023-11-30-${id},bg-2023-11-30,II.3,${rest},2023-11-30,${text},reported,,,`;
const MONEY = [
  M('f61', 'bac-giang,plan511,2023,all,all,,allocated,80000,mvnd', '80.000 triệu đồng'),
  M('f62', 'bac-giang,plan511,2023,all,all,,disbursed,60000,mvnd', '60.000 triệu đồng'),
  M('f63', 'son-dong,plan511,2023,all,all,,assigned,9000,mvnd', '9.000 triệu đồng'),
  M('f64', 'son-dong,plan511,2023,all,all,,disbursed,3000,mvnd', '3.000 triệu đồng'),
  M('f65', 'son-dong,plan511,2023,all,all,,disbursement_rate,33.33,percent', '"33,33%"'),
];

let ctx: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext({ 'works.csv': plus('works.csv', [...PLANS, ...OTHER]), 'funding.csv': plus('funding.csv', MONEY) });
});

describe('a district’s plan and its statuses', () => {
  it('started but no under-construction count: under way is started less completed, not started is planned less started', () => {
    const spec = statusChart(ctx, 'son-dong')!;
    expect(spec.title).toBe('Kế hoạch 2022–2024: 40 trên 50 công trình đã hoàn thành');
    expect(spec.subtitle).toBe('Công trình ngầm, cầu dân sinh theo tình trạng, Kế hoạch 511 (danh mục sau điều chỉnh, bổ sung), huyện Sơn Động');
    expect(spec.rows.map((r) => [r.category, r.status, r.value, r.rowIds])).toEqual([
      [REVISED, 'completed', 40, ['bg-2023-11-30-w07']],
      [REVISED, 'in_progress', 5, ['bg-2023-11-30-w51', 'bg-2023-11-30-w07']],
      [REVISED, 'not_started', 5, ['bg-2023-11-30-w50', 'bg-2023-11-30-w51']],
    ]);
    expect(spec.notes).toEqual([]);
  });

  it('under construction but no started count: not started is planned less completed and under way', () => {
    const spec = statusChart(ctx, 'luc-ngan')!;
    expect(spec.title).toBe('Kế hoạch 2022–2024: 16 trên 25 công trình đã hoàn thành');
    expect(spec.rows.map((r) => [r.status, r.value, r.rowIds])).toEqual([
      ['completed', 16, ['bg-2023-11-30-w08']],
      ['in_progress', 3, ['bg-2023-11-30-w53']],
      ['not_started', 6, ['bg-2023-11-30-w52', 'bg-2023-11-30-w08', 'bg-2023-11-30-w53']],
    ]);
    expect(worksFigures(ctx, 'luc-ngan').map((f) => [f.label, f.value, f.total, f.share?.text])).toEqual([[`Công trình ngầm, cầu dân sinh hoàn thành: ${REVISED}`, 16, 25, '64%']]);
  });

  it('the districts compared: the best and the worst share completed, and what is not yet completed', () => {
    const spec = districtChart(ctx, 'bac-giang', '2022-2024', 'theo-huyen')!;
    // 40/50 = 80%, 16/25 = 64%.
    expect(spec.title).toBe('Sơn Động hoàn thành 80% số công trình, Lục Ngạn 64%');
    expect(spec.subtitle).toBe(`Công trình ngầm, cầu dân sinh đã hoàn thành và chưa hoàn thành theo huyện, ${REVISED}, tỉnh Bắc Giang`);
    expect(spec.rows.map((r) => [r.category, r.group, r.value, r.rowIds])).toEqual([
      ['Sơn Động', 'Hoàn thành', 40, ['bg-2023-11-30-w07']],
      ['Sơn Động', 'Chưa hoàn thành', 10, ['bg-2023-11-30-w50', 'bg-2023-11-30-w07']],
      ['Lục Ngạn', 'Hoàn thành', 16, ['bg-2023-11-30-w08']],
      ['Lục Ngạn', 'Chưa hoàn thành', 9, ['bg-2023-11-30-w52', 'bg-2023-11-30-w08']],
    ]);
    // 50 + 25 = the province's 75: no discrepancy, only the note on what "not completed" holds.
    expect(spec.notes).toEqual([{ text: '“Chưa hoàn thành” gồm công trình đang thi công và chưa khởi công: báo cáo không tách hai loại này theo huyện.' }]);
    expect([spec.id, spec.layout, spec.order, spec.additive, spec.asOf]).toEqual(['theo-huyen', 'stacked', 'vi', false, '2023-11-30']);
  });

  it('a list kept at its size after revision, its types moved: both lists drawn', () => {
    const spec = typeChart(ctx, 'luc-ngan')!;
    // 18 + 7 = 25 before, 17 + 8 = 25 after.
    expect(spec.title).toBe('Danh mục giữ nguyên 25 công trình sau điều chỉnh');
    expect(spec.groups).toEqual(['Danh mục ban đầu', 'Danh mục sau điều chỉnh, bổ sung']);
    expect(spec.rows.map((r) => [r.category, r.group, r.value])).toEqual([
      ['Ngầm dân sinh', 'Danh mục ban đầu', 18],
      ['Cầu dân sinh', 'Danh mục ban đầu', 7],
      ['Ngầm dân sinh', 'Danh mục sau điều chỉnh, bổ sung', 17],
      ['Cầu dân sinh', 'Danh mục sau điều chỉnh, bổ sung', 8],
    ]);
    expect(typeFigures(ctx, 'luc-ngan')).toEqual([]);
  });
});

describe('figures without a chart', () => {
  it('one type of one list is a figure', () => {
    expect(typeFigures(ctx, 'son-dong').map((f) => [f.label, f.value, f.unit, f.href])).toEqual([
      ['Công trình kế hoạch: cầu dân sinh, danh mục ban đầu (giai đoạn 2022–2024)', 9, 'work', '/bao-cao/bg-2023-11-30/#bg-2023-11-30-w46'],
    ]);
    expect(typeChart(ctx, 'son-dong')).toBeNull();
  });

  it('plan 511 money: the printed rate where the report prints one, else worked out; its base named', () => {
    expect(plan511MoneyFigures(ctx, 'bac-giang').map((f) => [f.label, f.value, f.total, f.unit, f.href])).toEqual([
      ['Vốn Kế hoạch 511 đã giải ngân, năm 2023: 75% vốn đã phân bổ', 60000, 80000, 'mvnd', '/bao-cao/bg-2023-11-30/#bg-2023-11-30-f62'],
    ]);
    // 3.000 / 9.000 = 33,3%; the report prints 33,33%.
    expect(plan511MoneyFigures(ctx, 'son-dong').map((f) => [f.label, f.value, f.total])).toEqual([['Vốn Kế hoạch 511 đã giải ngân, năm 2023: 33,33% vốn giao', 3000, 9000]]);
    expect(plan511MoneyFigures(ctx, 'luc-ngan')).toEqual([]);
  });

  it('NTP 1719 works other than new: carried over, upgraded by type, planned by capital', () => {
    expect(otherWorksFigures(ctx, 'son-dong').map((f) => [f.label, f.value, f.unit, f.href])).toEqual([
      ['Chuyển tiếp (giai đoạn 2022–2023)', 12, 'work', '/bao-cao/bg-2023-11-30/#bg-2023-11-30-w40'],
      ['Cải tạo, nâng cấp: giao thông (giai đoạn 2022–2023)', 5, 'work', '/bao-cao/bg-2023-11-30/#bg-2023-11-30-w41'],
      ['Công trình theo kế hoạch, vốn ĐTPT (năm 2023)', 7, 'work', '/bao-cao/bg-2023-11-30/#bg-2023-11-30-w42'],
    ]);
    expect(otherWorksFigures(ctx, 'luc-ngan')).toEqual([]);
  });

  it('new works of one batch from two kinds of capital: named by capital, in the report’s order, not ranked', () => {
    const spec = otherWorksChart(ctx, 'son-dong')!;
    expect(spec.title).toBe('Công trình xây mới theo loại, theo thứ tự báo cáo ghi');
    expect(spec.subtitle).toBe('Công trình xây mới theo loại, Chương trình MTQG 1719, năm 2023, huyện Sơn Động');
    expect(spec.rows.map((r) => [r.category, r.value])).toEqual([['Giao thông, vốn ĐTPT', 4], ['Giao thông, vốn SN', 3], ['Trường học, vốn ĐTPT', 2]]);
    expect([spec.order, spec.overlapping]).toEqual(['given', false]);
  });
});
