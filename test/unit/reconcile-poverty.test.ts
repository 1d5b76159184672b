/**
 * poverty-decrease: a stated fall of the poverty rate against the two rates it
 * comes from, (from − to) / years for an average, from − to for one year;
 * rates of the same report first, else of another report. Worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { checks, ids, poor, tables, type Row } from './reconcile-rows.ts';

const rate = (year: number, value: number, over: Row = {}) => poor({ year, value, figure_text: `${String(value).replace('.', ',')}%`, ...over });
const average = (value: number, over: Row = {}) =>
  poor({ measure: 'decrease_avg_per_year', unit: 'pp_per_year', year_from: 2015, year: 2020, value, figure_text: `${String(value).replace('.', ',')} %/năm`, ...over });
const decreases = (rows: Row[]) => checks(tables({ poverty: rows }), 'poverty-decrease');

describe('poverty-decrease', () => {
  it('52% (2015) to 14% (2020) is 7,6 a year; «6,5 %/năm» is found, in words', () => {
    const rows = [average(6.5), rate(2015, 52), rate(2020, 14)];
    expect(decreases(rows)).toEqual([
      expect.objectContaining({
        severity: 'discrepancy',
        table: 'poverty',
        rowIds: ids(rows),
        expected: 7.6,
        actual: 6.5,
        message: 'Báo cáo r1 (mục 1) nêu mức giảm bình quân 6,5 %/năm, nhưng tỷ lệ hộ nghèo từ 52% (năm 2015) xuống 14% (năm 2020) trong 5 năm là giảm bình quân 7,6 điểm phần trăm/năm.',
      }),
    ]);
    expect(decreases([average(7.6), rate(2015, 52), rate(2020, 14)])).toEqual([]);
  });

  it('a one-year fall: 20,5% to 17,3% is 3,2 points; «4%» is found', () => {
    const rows = [poor({ measure: 'decrease_yoy', unit: 'pp', year_from: 2019, year: 2020, value: 4, figure_text: '4%' }), rate(2019, 20.5), rate(2020, 17.3)];
    expect(decreases(rows)).toMatchObject([
      { rowIds: ids(rows), expected: 3, actual: 4, message: 'Báo cáo r1 (mục 1) nêu mức giảm 4%, nhưng tỷ lệ hộ nghèo từ 20,5% (năm 2019) xuống 17,3% (năm 2020) là giảm 3,2 điểm phần trăm.' },
    ]);
  });

  it('the rates of the same report first: r2’s own 52% → 14% over r1’s 60%', () => {
    const own = [average(7.6, { report_id: 'r2' }), rate(2015, 52, { report_id: 'r2' }), rate(2020, 14, { report_id: 'r2' })];
    expect(decreases([rate(2015, 60), rate(2020, 20), ...own])).toEqual([]);
    // r2 gives only the fall: r1's rates are used (60 → 20 is 8 a year, not 7,6).
    const fall = average(7.6, { report_id: 'r2' });
    expect(decreases([rate(2015, 60), rate(2020, 20), fall])).toMatchObject([{ expected: 8, actual: 7.6, reportIds: ['r2', 'r1'] }]);
  });

  it('only the rates of the same area and group, and both years, are its operands', () => {
    expect(decreases([average(6.5), rate(2015, 52, { area_id: 'd1' }), rate(2020, 14)])).toEqual([]);
    expect(decreases([average(6.5), rate(2015, 52), rate(2020, 14, { population_group: 'xa_dbkk' })])).toEqual([]);
    expect(decreases([average(6.5), rate(2015, 52)])).toEqual([]);
    expect(decreases([average(6.5), rate(2020, 14)])).toEqual([]);
    // A fall is not a rate: one-year falls of 2015 and 2020 are not the operands of the average.
    const fallIn = (year: number, value: number) => poor({ measure: 'decrease_yoy', unit: 'pp', year_from: year - 1, year, value, figure_text: `${value}%` });
    expect(decreases([average(6.5), fallIn(2015, 52), fallIn(2020, 14)])).toEqual([]);
  });
});
