/**
 * How the indicator checks find the figures a stated rate is computed from
 * (indicator-helpers.ts): the same report and area, the same code, and the
 * figure of the rate's date, else of its period when one of them is undated.
 * Shown through "A/B đạt C% KH" (indicator-rate): done 100 against a plan of
 * 200 is 50%, so a printed 60% is found and a printed 50% is not.
 */
import { describe, expect, it } from 'vitest';
import { checks, ind, ids, tables, type Row } from './reconcile-rows.ts';

const rate = (value: number, over: Row = {}) =>
  ind({ indicator: 'rice_plan_pct', label: 'Tỷ lệ thực hiện kế hoạch sản lượng lúa', unit: 'percent', value, figure_text: `đạt ${value}% KH`, ...over });
const done = (value: number, over: Row = {}) => ind({ indicator: 'rice', label: 'Sản lượng lúa', value, ...over });
const plan = (value: number, over: Row = {}) => ind({ indicator: 'rice_plan', label: 'Kế hoạch sản lượng lúa', value, ...over });
const rates = (rows: Row[]) => checks(tables({ indicators: rows }), 'indicator-rate');

describe('indicator-rate: the figures of a stated rate', () => {
  it('100 done of a plan of 200 printed «đạt 60% KH»: found, in the words of the page', () => {
    const rows = [rate(60), done(100), plan(200)];
    expect(rates(rows)).toEqual([
      expect.objectContaining({
        severity: 'discrepancy',
        rowIds: ids(rows),
        expected: 50,
        actual: 60,
        message: 'Báo cáo r1 (mục 1) nêu tỷ lệ thực hiện kế hoạch sản lượng lúa đạt 60% KH, nhưng thực hiện 100 / kế hoạch 200 = 50%.',
      }),
    ]);
    expect(rates([rate(50), done(100), plan(200)])).toEqual([]);
  });

  it('only figures of the same report and the same area are its operands', () => {
    expect(rates([rate(60), done(100), plan(200, { report_id: 'r2' })])).toEqual([]);
    expect(rates([rate(60), done(100, { report_id: 'r2' }), plan(200)])).toEqual([]);
    expect(rates([rate(60), done(100), plan(200, { area_id: 'd1' })])).toEqual([]);
    expect(rates([rate(60), done(100, { area_id: 'd1' }), plan(200)])).toEqual([]);
    // Another indicator's plan is not this one's.
    expect(rates([rate(60), done(100), plan(200, { indicator: 'maize_plan' })])).toEqual([]);
  });

  it('a dated rate takes the done figure of its date before an undated one, and before another date', () => {
    const dated = (value: number) => rate(value, { as_of: '2023-06-30' });
    // Undated 120 would give 60%; 100 as of 30/6 gives 50%.
    expect(rates([dated(50), done(120), done(100, { as_of: '2023-06-30' }), plan(200)])).toEqual([]);
    // 80 as of 31/5 first, then 100 as of 30/6: the rate's own date.
    const rows = [dated(60), done(80, { as_of: '2023-05-31' }), done(100, { as_of: '2023-06-30' }), plan(200)];
    expect(rates(rows)).toMatchObject([{ expected: 50, actual: 60, rowIds: ids([rows[0]!, rows[2]!, rows[3]!]) }]);
  });

  it('else the undated figure of its period; a figure of another date, or of another period, is not used', () => {
    const dated = rate(60, { as_of: '2023-06-30' });
    const undated = done(100);
    expect(rates([dated, undated, plan(200)])).toMatchObject([{ rowIds: [dated.id, undated.id, expect.any(String)], expected: 50 }]);
    expect(rates([dated, done(100, { as_of: '2023-05-31' }), plan(200)])).toEqual([]);
    expect(rates([rate(60), done(100, { period: '2022' }), plan(200)])).toEqual([]);
    expect(rates([dated, done(100, { period: '2022' }), plan(200)])).toEqual([]);
  });

  it('an undated rate takes a dated done figure of its period', () => {
    const rows = [rate(60), done(100, { as_of: '2023-06-30' }), plan(200)];
    expect(rates(rows)).toMatchObject([{ rowIds: ids(rows), expected: 50, actual: 60 }]);
  });
});
