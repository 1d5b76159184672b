/**
 * Parts that must make their total exactly (allowing for the rounding of
 * printed amounts): spillways + bridges = all works of plan 511, budget
 * sources, ĐTPT + SN. Sums and sentences worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { checks, fund, ids, tables, work, type Row } from './reconcile-rows.ts';

describe('works-types: plan 511 builds only spillways and bridges', () => {
  const count = (type: string, n: number, over: Row = {}) => work({ work_type: type, count: n, ...over });
  const types = (rows: Row[]) => checks(tables({ works: rows }), 'works-types');

  it('10 planned, 6 spillways + 3 bridges: found, in words; 6 + 4 is not', () => {
    const rows = [count('all', 10), count('ngam', 6), count('cau', 3)];
    expect(types(rows)).toEqual([
      expect.objectContaining({
        table: 'works',
        rowIds: ids(rows),
        expected: 9,
        actual: 10,
        message: 'Báo cáo r1 (mục 1) nêu kế hoạch (tất cả) là 10 công trình, nhưng các phần (ngầm dân sinh 6 + cầu dân sinh 3) cộng lại là 9 công trình; chênh lệch 1 công trình.',
      }),
    ]);
    expect(types([count('all', 10), count('ngam', 6), count('cau', 4)])).toEqual([]);
  });

  it('not for the programme 1719 (it builds roads, schools…), nor with one kind missing', () => {
    expect(types([count('all', 10, { program: 'ntp1719' }), count('ngam', 6, { program: 'ntp1719' }), count('cau', 3, { program: 'ntp1719' })])).toEqual([]);
    expect(types([count('all', 10), count('ngam', 6)])).toEqual([]);
  });
});

describe('funding-sources: the budget sources make their total', () => {
  const source = (budget: string, value: number) => fund({ budget_source: budget, value });
  const sources = (rows: Row[]) => checks(tables({ funding: rows }), 'funding-sources');

  it('central 60 + provincial 30 + district 20 against 100: found, in words', () => {
    const rows = [source('all', 100), source('central', 60), source('provincial', 30), source('district_commune', 20)];
    expect(sources(rows)).toEqual([
      expect.objectContaining({
        table: 'funding',
        rowIds: ids(rows),
        expected: 110,
        actual: 100,
        message:
          'Báo cáo r1 (mục 1) nêu vốn giao (kế hoạch), tổng các nguồn, tổng (ĐTPT + SN) là 100 triệu đồng, nhưng các phần (ngân sách trung ương 60 + đối ứng ngân sách tỉnh 30 + ngân sách huyện, xã 20) cộng lại là 110 triệu đồng; chênh lệch 10 triệu đồng.',
      }),
    ]);
  });

  it('central + provincial against their stated subtotal, and that subtotal + district against all', () => {
    const subtotal = [source('central_provincial', 80), source('central', 60), source('provincial', 30)];
    expect(sources(subtotal)).toMatchObject([{ rowIds: ids(subtotal), expected: 90, actual: 80 }]);
    const whole = [source('all', 100), source('central_provincial', 90), source('district_commune', 20)];
    expect(sources(whole)).toMatchObject([{ rowIds: ids(whole), expected: 110, actual: 100 }]);
  });

  it('all three ways consistent: nothing', () => {
    expect(sources([source('all', 110), source('central_provincial', 90), source('central', 60), source('provincial', 30), source('district_commune', 20)])).toEqual([]);
  });
});

describe('funding-capital: ĐTPT + SN = all, policy credit outside', () => {
  const capital = (type: string, value: number) => fund({ capital_type: type, value });
  const capitals = (rows: Row[]) => checks(tables({ funding: rows }), 'funding-capital');

  it('ĐTPT 60 + SN 45 against 100: found, in words; a credit of 50 beside ĐTPT 60 + SN 40 is not', () => {
    const rows = [capital('all', 100), capital('dtpt', 60), capital('sn', 45)];
    expect(capitals(rows)).toEqual([
      expect.objectContaining({
        table: 'funding',
        rowIds: ids(rows),
        expected: 105,
        actual: 100,
        message:
          'Báo cáo r1 (mục 1) nêu vốn giao (kế hoạch), tổng các nguồn, tổng (ĐTPT + SN) là 100 triệu đồng, nhưng các phần (vốn đầu tư phát triển 60 + vốn sự nghiệp 45) cộng lại là 105 triệu đồng; chênh lệch 5 triệu đồng.',
      }),
    ]);
    expect(capitals([capital('all', 100), capital('dtpt', 60), capital('sn', 40), capital('credit', 50)])).toEqual([]);
  });
});
