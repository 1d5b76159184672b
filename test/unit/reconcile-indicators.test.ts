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
        table: 'indicators',
        rowIds: ids(rows),
        expected: 50,
        actual: 60,
        message: 'Báo cáo r1 (mục 1) nêu tỷ lệ thực hiện kế hoạch sản lượng lúa đạt 60% KH, nhưng thực hiện 100 / kế hoạch 200 = 50%.',
      }),
    ]);
    expect(rates([rate(50), done(100), plan(200)])).toEqual([]);
  });

  it('a rate the report misprinted, or a plan given twice, is not checked', () => {
    expect(rates([rate(60, { figure_status: 'malformed' }), done(100), plan(200)])).toEqual([]);
    // Plans of 200 and 150 for the year: which one the rate is of cannot be told.
    expect(rates([rate(60), done(100), plan(200), plan(150, { as_of: '2023-06-30' })])).toEqual([]);
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

describe('indicator-yoy: "tăng 10% (+10 tấn)"', () => {
  const now = (value: number, over: Row = {}) => ind({ indicator: 'rice', label: 'Sản lượng lúa', value, ...over });
  const change = (value: number, over: Row = {}) => ind({ indicator: 'rice_yoy_change', label: 'Sản lượng lúa tăng, giảm so với cùng kỳ', value, ...over });
  const pct = (value: number, text: string, over: Row = {}) => ind({ indicator: 'rice_yoy_pct', label: 'Thay đổi sản lượng lúa', unit: 'percent', value, figure_text: text, ...over });
  const yoy = (rows: Row[]) => checks(tables({ indicators: rows }), 'indicator-yoy');

  it('110 t, 10 t more than last year, printed «tăng 11%»: last year 100, so 10%; found, in words', () => {
    const rows = [pct(11, 'tăng 11%'), now(110), change(10)];
    expect(yoy(rows)).toEqual([
      expect.objectContaining({
        severity: 'discrepancy',
        table: 'indicators',
        rowIds: ids(rows),
        expected: 10,
        actual: 11,
        message: 'Báo cáo r1 (mục 1) nêu sản lượng lúa tăng 11% so với cùng kỳ, nhưng thay đổi 10 trên số cùng kỳ 100 (= 110 − 10) là 10%.',
      }),
    ]);
  });

  it('a decrease: 90 t, 10 t less, «giảm 10%» (−10) agrees; «giảm 1,1%» does not', () => {
    expect(yoy([pct(-10, 'giảm 10%'), now(90), change(-10)])).toEqual([]);
    expect(yoy([pct(-1.1, 'giảm 1,1%'), now(90), change(-10)])).toMatchObject([{ expected: -10, actual: -1.1 }]);
  });

  it('nothing to compare without this year’s figure or the change, with a change equal to the figure, or a misprinted rate', () => {
    expect(yoy([pct(11, 'tăng 11%'), change(10)])).toEqual([]);
    expect(yoy([pct(11, 'tăng 11%'), now(110)])).toEqual([]);
    // 10 t now, +10 t: last year 0, no percentage to check.
    expect(yoy([pct(11, 'tăng 11%'), now(10), change(10)])).toEqual([]);
    // A rate the report misprinted is listed as such, not here.
    expect(yoy([pct(11, 'tăng 11%', { figure_status: 'malformed' }), now(110), change(10)])).toEqual([]);
  });
});

describe('indicator-yoy: "bằng N% so với cùng kỳ" from the printed changes', () => {
  const total = (value = 10, over: Row = {}) => ind({ indicator: 'x', label: 'Sản lượng lương thực', value, ...over });
  const ratio = (value: number, over: Row = {}) =>
    ind({ indicator: 'x_yoy_ratio', label: 'Sản lượng lương thực so với cùng kỳ', unit: 'percent', value, figure_text: `bằng ${String(value).replace('.', ',')}% so với cùng kỳ`, ...over });
  // a: 6 t, 1 t less than last year; b: 4 t, 0,5 t more. Last year 7 + 3,5 = 10,5; 10 / 10,5 = 95,238%.
  const a = (over: Row = {}) => [ind({ indicator: 'a', label: 'Lúa', value: 6, ...over }), ind({ indicator: 'a_yoy_change', label: 'Lúa tăng, giảm', value: -1, ...over })];
  const b = (over: Row = {}) => [ind({ indicator: 'b', label: 'Ngô', value: 4, ...over }), ind({ indicator: 'b_yoy_change', label: 'Ngô tăng, giảm', value: 0.5, ...over })];
  const yoy = (rows: Row[]) => checks(tables({ indicators: rows }), 'indicator-yoy');

  it('«bằng 105%» against 95,238%: found, with the changes it rests on named', () => {
    const rows = [ratio(105), total(), ...a(), ...b()];
    expect(yoy(rows)).toEqual([
      expect.objectContaining({
        table: 'indicators',
        rowIds: ids(rows),
        expected: 95,
        actual: 105,
        message: 'Báo cáo r1 (mục 1) nêu sản lượng lương thực bằng 105% so với cùng kỳ, nhưng số cùng kỳ suy từ thay đổi in kèm (lúa tăng, giảm -1; ngô tăng, giảm 0,5) là 10,5, nên 10 / 10,5 = 95,24%.',
      }),
    ]);
    expect(yoy([ratio(95), total(), ...a(), ...b()])).toEqual([]);
  });

  it('parts of another area, report, unit or period are not the total’s parts', () => {
    for (const over of [{ area_id: 'd1' }, { report_id: 'r2' }, { unit: 'ha' }, { period: '2022' }]) {
      expect(yoy([ratio(105), total(), ...a(), ...b(over)]), JSON.stringify(over)).toEqual([]);
    }
  });

  it('the total’s own printed change: 10 t with +10 t, or +12 t, leaves no last year to divide by', () => {
    const own = (value: number) => ind({ indicator: 'x_yoy_change', label: 'Sản lượng lương thực tăng, giảm', value });
    expect(yoy([ratio(105), total(), own(10)])).toEqual([]);
    expect(yoy([ratio(105), total(), own(12)])).toEqual([]);
    // +2 t: last year 8, 10 / 8 = 125%; the sentence names the one change.
    const rows = [ratio(120), total(), own(2)];
    expect(yoy(rows)).toMatchObject([
      { rowIds: ids(rows), expected: 125, actual: 120, message: expect.stringContaining('(sản lượng lương thực tăng, giảm 2) là 8, nên 10 / 8 = 125%') },
    ]);
  });

  it('a change printed without its figure is no part; one figure equal to the total is not a breakdown of it', () => {
    // c's change alone (no c): a and b still make the total.
    const lone = ind({ indicator: 'c_yoy_change', label: 'Sắn tăng, giảm', value: 3 });
    expect(yoy([ratio(105), total(), ...a(), ...b(), lone])).toMatchObject([{ expected: 95, actual: 105 }]);
    // a alone, 10 t with 1 t less: the report does not say the total is a.
    const [, aChange] = a();
    expect(yoy([ratio(105), total(), ind({ indicator: 'a', label: 'Lúa', value: 10 }), aChange!])).toEqual([]);
  });

  it('no ratio is checked without this year’s total', () => {
    expect(yoy([ratio(105), ...a(), ...b()])).toEqual([]);
  });
});

describe('indicator-share: "272/281 …, đạt 96,7%"', () => {
  const base = (over: Row = {}) => ind({ indicator: 'passed', label: 'Cơ sở đạt', unit: 'facility', value: 272, figure_text: '272/281', ...over });
  const share = (value: number, over: Row = {}) =>
    ind({ indicator: 'passed_pct', label: 'Tỷ lệ cơ sở kiểm tra', unit: 'percent', value, figure_text: `đạt ${String(value).replace('.', ',')}%`, ...over });
  const shares = (rows: Row[]) => checks(tables({ indicators: rows }), 'indicator-share');

  it('272 / 281 = 96,797% printed «đạt 96,7%»: found as cut digits, in words', () => {
    const rows = [share(96.7), base()];
    expect(shares(rows)).toEqual([
      expect.objectContaining({
        severity: 'truncation',
        table: 'indicators',
        rowIds: ids(rows),
        expected: 96.8,
        actual: 96.7,
        message: 'Báo cáo r1 (mục 1) nêu tỷ lệ cơ sở kiểm tra đạt 96,7%, nhưng con số in kèm “272/281” cho 272 / 281 = 96,797% (báo cáo cắt bớt chữ số thay vì làm tròn).',
      }),
    ]);
  });

  it('shares of a plan and changes have their own checks; misprints, a zero or unreadable whole are not checked', () => {
    expect(shares([share(96.7, { indicator: 'passed_plan_pct' }), base({ indicator: 'passed_plan' })])).toEqual([]);
    expect(shares([share(96.7, { indicator: 'passed_yoy_pct' }), base({ indicator: 'passed_yoy' })])).toEqual([]);
    expect(shares([share(96.7, { figure_status: 'malformed' }), base()])).toEqual([]);
    expect(shares([share(96.7), base({ figure_status: 'malformed' })])).toEqual([]);
    expect(shares([share(96.7), base({ figure_text: '272/0' })])).toEqual([]);
    expect(shares([share(96.7), base({ figure_text: '272/2,8,1' })])).toEqual([]);
    expect(shares([share(96.7), base({ figure_text: '2,7,2/281' })])).toEqual([]);
    // A rate printing its own ratio, with or without spaces, is printed-ratio's.
    for (const text of ['272 / 281 = 96,7%', '272/281= 96,7%']) expect(shares([share(96.7, { figure_text: text }), base()]), text).toEqual([]);
    // The base's text without a slash: no whole to divide by.
    expect(shares([share(96.7), base({ figure_text: '272 cơ sở' })])).toEqual([]);
  });

  it('the base of the rate’s own date and area only', () => {
    expect(shares([share(96.7), base({ area_id: 'd1' })])).toEqual([]);
    expect(shares([share(96.7, { as_of: '2023-06-30' }), base({ as_of: '2023-05-31' })])).toEqual([]);
  });
});
