/**
 * The checks that find what a careful reader of the reports finds beyond sums
 * and stated rates: a year-on-year ratio against the parts' printed changes,
 * districts short of the province, allocated more than assigned, one plan by
 * two lists, one commune group name for two lists, one observation in time,
 * and the dates of the documents the reports cite. Each rule has a case that
 * must be found and a near miss that must not, with rows built here and the
 * expected values worked out by hand; then the real data/ gives exactly the
 * findings listed at the end (the source lines they rest on are in the
 * comments), and no other of these kinds.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { earliestInPeriod } from '../../src/data/reconcile/document-dates.ts';
import type { Tables } from '../../src/data/reconcile/index.ts';
import { builders, checks, doc, ids, NUMBERED_AREAS, report, tables as tablesOf, type Row } from './reconcile-rows.ts';
import { dataDir, removeDataDirs, ROOT } from './helpers.ts';

afterAll(removeDataDirs);

const { fund, work, poor, ind } = builders({ poverty: { population_group: 'xa_dbkk' }, indicators: { period: '2023-h1' } });
/** One report, r1 (17/11/2023), and areas named by number. */
const tables = (over: Partial<Record<keyof Tables, Row[]>>): Tables => tablesOf({ reports: [report({})], areas: NUMBERED_AREAS, ...over });

describe('indicator-yoy: "bằng N% so với cùng kỳ"', () => {
  // A total of 10 t made of a (6 t, −1 t on last year) and b (4 t, +0,5 t): last year 7 + 3,5 = 10,5, so 10 / 10,5 = 95,238%.
  const parts = (bValue = 4) => [
    ind({ indicator: 'a', value: 6 }),
    ind({ indicator: 'a_yoy_change', value: -1 }),
    ind({ indicator: 'b', value: bValue }),
    ind({ indicator: 'b_yoy_change', value: 0.5 }),
  ];
  const total = () => ind({ indicator: 'x', value: 10 });
  const ratio = (value: number) => ind({ indicator: 'x_yoy_ratio', value, unit: 'percent', figure_text: `bằng ${value.toFixed(1).replace('.', ',')}% so với cùng kỳ` });

  it('a ratio the parts’ changes do not give is found, with every row it rests on', () => {
    const rows = [ratio(105), total(), ...parts()];
    const [d, ...more] = checks(tables({ indicators: rows }), 'indicator-yoy');
    expect(more).toEqual([]);
    expect(d).toMatchObject({ severity: 'discrepancy', expected: 95.2, actual: 105 });
    expect(d!.rowIds.toSorted()).toEqual(ids(rows).toSorted());
  });

  it('the ratio the parts give, printed rounded, is not', () => {
    expect(checks(tables({ indicators: [ratio(95.2), total(), ...parts()] }), 'indicator-yoy')).toEqual([]);
  });

  it('figures that do not add up exactly to the total are not taken for its parts', () => {
    // a + b = 6 + 3,9 = 9,9 ≠ 10: nothing to compare the ratio with.
    expect(checks(tables({ indicators: [ratio(105), total(), ...parts(3.9)] }), 'indicator-yoy')).toEqual([]);
  });

  it('a printed change of the total itself is used when there is one', () => {
    // 10 now, +2 on last year: 10 / 8 = 125%.
    const change = ind({ indicator: 'x_yoy_change', value: 2 });
    expect(checks(tables({ indicators: [ratio(120), total(), change] }), 'indicator-yoy')).toMatchObject([{ expected: 125, actual: 120, severity: 'discrepancy' }]);
    expect(checks(tables({ indicators: [ratio(125), total(), change] }), 'indicator-yoy')).toEqual([]);
  });
});

describe('indicator-share: "272/281 …, đạt 96,7%"', () => {
  const base = (text = '272/281', value = 272) => ind({ indicator: 'passed', value, unit: 'facility', figure_text: text });
  const rate = (value: number, text = `đạt ${String(value).replace('.', ',')}%`) => ind({ indicator: 'passed_pct', value, unit: 'percent', figure_text: text });

  it('a share cut short of the part and whole printed beside it: found as truncation', () => {
    // 272 / 281 = 96,797%: 96,8 rounded, 96,7 cut.
    const rows = [rate(96.7), base()];
    expect(checks(tables({ indicators: rows }), 'indicator-share')).toMatchObject([{ severity: 'truncation', rowIds: ids(rows), expected: 96.8, actual: 96.7 }]);
  });

  it('the rounded share, a rate printing its own ratio, or a text whose part is not the figure: not', () => {
    expect(checks(tables({ indicators: [rate(96.8), base()] }), 'indicator-share')).toEqual([]);
    expect(checks(tables({ indicators: [rate(3.3, '09/281 = 3,3%'), base('09/281', 9)] }), 'indicator-share')).toEqual([]);
    expect(checks(tables({ indicators: [rate(96.7), base('272/281', 270)] }), 'indicator-share')).toEqual([]);
  });

  it('amounts with units around the slash are read too', () => {
    // 31.484 / 107.556 = 29,27%: printed 29,3 agrees, 29,5 does not.
    const amount = ind({ indicator: 'disbursed', value: 31484, unit: 'mvnd', figure_text: '31.484 trđ/107.556 trđ' });
    expect(checks(tables({ indicators: [ind({ indicator: 'disbursed_pct', value: 29.3, unit: 'percent', figure_text: 'đạt 29,3%' }), amount] }), 'indicator-share')).toEqual([]);
    expect(checks(tables({ indicators: [ind({ indicator: 'disbursed_pct', value: 29.5, unit: 'percent', figure_text: 'đạt 29,5%' }), amount] }), 'indicator-share')).toMatchObject([{ severity: 'discrepancy', expected: 29.3 }]);
  });
});

describe('printed-period: a school year printed other than the row’s', () => {
  const pupils = (period: string, text: string) => ind({ indicator: 'pupils', unit: 'pupil', value: 195, period, figure_text: text });

  it('“Học kỳ II năm học 2020-2021” on a row of 2022-2023-hk2: found as the report’s misprint', () => {
    const row = pupils('2022-2023-hk2', 'Học kỳ II năm học 2020-2021; tổng số được hưởng: 195 học sinh');
    expect(checks(tables({ indicators: [row] }), 'printed-period')).toMatchObject([{ severity: 'source-error', rowIds: [row.id] }]);
  });

  it('not when the school year agrees, nor for a calendar year in the text', () => {
    expect(checks(tables({ indicators: [pupils('2022-2023-hk2', 'Học kỳ II năm học 2022-2023: 195 học sinh')] }), 'printed-period')).toEqual([]);
    expect(checks(tables({ indicators: [pupils('2023', 'bằng 100,7% so với cùng kỳ năm 2022')] }), 'printed-period')).toEqual([]);
    // A span of years that is not a school year ("giai đoạn 2021-2025") says nothing about the term.
    expect(checks(tables({ indicators: [pupils('2022-2023-hk2', 'theo kế hoạch giai đoạn 2021-2025: 195 học sinh')] }), 'printed-period')).toEqual([]);
  });
});

describe('funding-district-gap: districts short of the province', () => {
  const province = () => fund({ program: 'plan511', fund_year: '2022-2024', measure: 'total_investment', value: 100 });
  const d1 = () => fund({ program: 'plan511', fund_year: '2022-2024', measure: 'total_investment', area_id: 'd1', value: 60 });
  const named = () => work({ area_id: 'd2', count: 5 });

  it('a district the report names for the plan, with no amount, and a sum short of the total: found', () => {
    const rows = [province(), d1()];
    expect(checks(tables({ funding: rows, works: [named()] }), 'funding-district-gap')).toMatchObject([
      { severity: 'discrepancy', rowIds: ids(rows), expected: 60, actual: 100, difference: 40 },
    ]);
  });

  it('not when no district is left out, nor when the missing district is not named for the same plan', () => {
    const d2 = fund({ program: 'plan511', fund_year: '2022-2024', measure: 'total_investment', area_id: 'd2', value: 40 });
    expect(checks(tables({ funding: [province(), d1(), d2], works: [named()] }), 'funding-district-gap')).toEqual([]);
    // d2 named only for another programme: the report may list some districts.
    expect(checks(tables({ funding: [province(), d1()], works: [work({ area_id: 'd2', program: 'ntp1719' })] }), 'funding-district-gap')).toEqual([]);
  });

  it('not when the districts given already make the total', () => {
    const whole = fund({ program: 'plan511', fund_year: '2022-2024', measure: 'total_investment', area_id: 'd1', value: 100 });
    expect(checks(tables({ funding: [province(), whole], works: [named()] }), 'funding-district-gap')).toEqual([]);
  });
});

describe('funding-allocated: allocated more than assigned', () => {
  const assigned = () => fund({ capital_type: 'sn', measure: 'assigned', value: 100, section: 'II.1' });

  it('the same funds allocated beyond what was assigned, in two sections of one report: found', () => {
    const rows = [fund({ capital_type: 'sn', measure: 'allocated', value: 150, section: 'III.1' }), assigned()];
    expect(checks(tables({ funding: rows }), 'funding-allocated')).toMatchObject([
      { rowIds: ids(rows), expected: 100, actual: 150, difference: 50, sections: ['III.1', 'II.1'] },
    ]);
  });

  it('amounts printed to the unit may differ by their rounding: 101 against 100 is not found, 102 is', () => {
    // Two amounts rounded to the unit: each off by up to 0,5, so up to 1 between them.
    const allocated = (value: number) => fund({ capital_type: 'sn', measure: 'allocated', value });
    expect(checks(tables({ funding: [allocated(101), assigned()] }), 'funding-allocated')).toEqual([]);
    expect(checks(tables({ funding: [allocated(102), assigned()] }), 'funding-allocated')).toMatchObject([{ expected: 100, actual: 102 }]);
  });

  it('not when equal, nor for other funds, nor across reports', () => {
    expect(checks(tables({ funding: [fund({ capital_type: 'sn', measure: 'allocated', value: 100 }), assigned()] }), 'funding-allocated')).toEqual([]);
    expect(checks(tables({ funding: [fund({ capital_type: 'dtpt', measure: 'allocated', value: 150 }), assigned()] }), 'funding-allocated')).toEqual([]);
    const other = tables({ reports: [report({}), report({ id: 'r2', date: '2023-11-30' })], funding: [fund({ report_id: 'r2', capital_type: 'sn', measure: 'allocated', value: 150 }), assigned()] });
    expect(checks(other, 'funding-allocated')).toEqual([]);
  });
});

describe('works-plan-versions: one plan by two lists in one report', () => {
  it('73 works by the original list and 75 by the revised one: found', () => {
    const rows = [work({ plan_version: 'original', count: 73 }), work({ plan_version: 'revised', count: 75 })];
    expect(checks(tables({ works: rows }), 'works-plan-versions')).toMatchObject([{ rowIds: ids(rows), expected: 73, actual: 75 }]);
  });

  it('indicators by the same two lists (X_original, X_revised): 68 and 69 villages found; equal values, or another report, not', () => {
    const villages = (list: string, value: number, over: Row = {}) => ind({ indicator: `villages_${list}`, label: `Thôn, bản (danh mục ${list})`, unit: 'village', value, period: '2022-2024', ...over });
    const rows = [villages('original', 68), villages('revised', 69)];
    const [d, ...more] = checks(tables({ indicators: rows }), 'works-plan-versions');
    expect(more).toEqual([]);
    expect(d).toMatchObject({ table: 'indicators', rowIds: ids(rows), expected: 68, actual: 69 });
    expect(d!.message).toContain('thôn, bản, Tỉnh P theo hai danh mục khác nhau: 68');
    expect(checks(tables({ indicators: [villages('original', 69), villages('revised', 69)] }), 'works-plan-versions')).toEqual([]);
    expect(checks(tables({ indicators: [villages('original', 68), villages('revised', 69, { report_id: 'r2' })] }), 'works-plan-versions')).toEqual([]);
  });

  it('not when both lists give the same count, nor across reports, nor for different kinds of works', () => {
    expect(checks(tables({ works: [work({ plan_version: 'original', work_type: 'cau', count: 8 }), work({ plan_version: 'revised', work_type: 'cau', count: 8 })] }), 'works-plan-versions')).toEqual([]);
    expect(checks(tables({ works: [work({ plan_version: 'original', count: 73 }), work({ report_id: 'r2', plan_version: 'revised', count: 75 })] }), 'works-plan-versions')).toEqual([]);
    expect(checks(tables({ works: [work({ plan_version: 'original', work_type: 'ngam', count: 65 }), work({ plan_version: 'revised', count: 75 })] }), 'works-plan-versions')).toEqual([]);
  });
});

describe('poverty-commune-lists: one name, two sets of communes', () => {
  it('the same group under two commune lists in one report: found, with every row of the group', () => {
    const rows = [poor({ poverty_standard: '2016-2020', commune_list: '2016-2020', year: 2015 }), poor({ communes: 28, measure: 'decrease_yoy', year_from: 2021, unit: 'pp' })];
    expect(checks(tables({ poverty: rows }), 'poverty-commune-lists')).toMatchObject([{ rowIds: ids(rows), expected: null, actual: null }]);
  });

  it('the same list with two printed counts of communes: found', () => {
    const rows = [poor({ communes: 28 }), poor({ communes: 30, year: 2023 })];
    expect(checks(tables({ poverty: rows }), 'poverty-commune-lists')).toHaveLength(1);
  });

  it('a group’s number of communes in an indicator against the communes a poverty figure counts: found', () => {
    // "114/171 xã vùng dân tộc thiểu số và miền núi" (section I) against "73 xã vùng đồng bào DTTS&MN" (section II).
    const total = (value: number, over: Row = {}) => ind({ indicator: 'dtts_mn_communes_total', unit: 'commune', value, period: '2023', ...over });
    const rate = poor({ population_group: 'dtts_mn', communes: 73 });
    const rows = [total(171), rate];
    expect(checks(tables({ indicators: [rows[0]!], poverty: [rate] }), 'poverty-commune-lists')).toMatchObject([{ rowIds: ids(rows), expected: 171, actual: 73 }]);
    expect(checks(tables({ indicators: [total(73)], poverty: [rate] }), 'poverty-commune-lists')).toEqual([]);
    expect(checks(tables({ indicators: [total(171, { report_id: 'r2' })], poverty: [rate] }), 'poverty-commune-lists')).toEqual([]);
    expect(checks(tables({ indicators: [total(171)], poverty: [poor({ population_group: 'dtts_mn' })] }), 'poverty-commune-lists')).toEqual([]);
    expect(checks(tables({ indicators: [total(171, { indicator: 'communes_total' })], poverty: [rate] }), 'poverty-commune-lists')).toEqual([]);
    expect(checks(tables({ indicators: [total(171, { unit: 'village' })], poverty: [rate] }), 'poverty-commune-lists')).toEqual([]);
  });

  it('not for one list with its count printed once, nor for two groups, nor across reports', () => {
    expect(checks(tables({ poverty: [poor({ communes: 28 }), poor({ year: 2023 })] }), 'poverty-commune-lists')).toEqual([]);
    expect(checks(tables({ poverty: [poor({ commune_list: '2016-2020' }), poor({ population_group: 'dtts_mn' })] }), 'poverty-commune-lists')).toEqual([]);
    expect(checks(tables({ poverty: [poor({ commune_list: '2016-2020' }), poor({ report_id: 'r2' })] }), 'poverty-commune-lists')).toEqual([]);
  });
});

describe('observation-history: one figure in two reports, in time', () => {
  const reports = [report({}), report({ id: 'r2', date: '2023-11-30' })];
  const first = () => fund({ measure: 'disbursed', value: 100, as_of: '2023-11-15' });

  it('the later report giving an older date and another value: found', () => {
    const rows = [first(), fund({ report_id: 'r2', measure: 'disbursed', value: 90, as_of: '2023-11-10' })];
    expect(checks(tables({ reports, funding: rows }), 'observation-history')).toMatchObject([{ rowIds: ids(rows), expected: 100, actual: 90 }]);
  });

  it('a running total smaller at a later date: found; a larger one, or a plan figure, is not', () => {
    const shrinks = [first(), fund({ report_id: 'r2', measure: 'disbursed', value: 90, as_of: '2023-11-20' })];
    expect(checks(tables({ reports, funding: shrinks }), 'observation-history')).toMatchObject([{ rowIds: ids(shrinks), expected: 100, actual: 90 }]);
    expect(checks(tables({ reports, funding: [first(), fund({ report_id: 'r2', measure: 'disbursed', value: 120, as_of: '2023-11-20' })] }), 'observation-history')).toEqual([]);
    const plan = [fund({ value: 100, as_of: '2023-11-15' }), fund({ report_id: 'r2', value: 90, as_of: '2023-11-20' })];
    expect(checks(tables({ reports, funding: plan }), 'observation-history')).toEqual([]);
  });

  it('two reports of the same day: neither is the later one', () => {
    const sameDay = [report({}), report({ id: 'r2' })];
    const rows = [first(), fund({ report_id: 'r2', measure: 'disbursed', value: 90, as_of: '2023-11-10' })];
    expect(checks(tables({ reports: sameDay, funding: rows }), 'observation-history')).toEqual([]);
  });

  it('the same date is left to repeat', () => {
    const same = [first(), fund({ report_id: 'r2', measure: 'disbursed', value: 90, as_of: '2023-11-15' })];
    expect(checks(tables({ reports, funding: same }), 'observation-history')).toEqual([]);
    // «tháng 6/2023» and 30/06/2023 are the same date (a month counts at its last day): repeat's, not a stale figure.
    const june = [fund({ measure: 'disbursed', value: 100, as_of: '2023-06' }), fund({ report_id: 'r2', measure: 'disbursed', value: 90, as_of: '2023-06-30' })];
    expect(checks(tables({ reports, funding: june }), 'observation-history')).toEqual([]);
    expect(checks(tables({ reports, funding: june }), 'repeat')).toMatchObject([{ rowIds: ids(june) }]);
  });
});

describe('document-dates', () => {
  const half = [report({ id: 'r1', date: '2023-06', period_start: '2023-01', period_end: '2023-06' })];

  it('a document dated after its report (a month-only report date counts to its last day): found', () => {
    const late = doc({ document: 'cv-2698', doc_ref: '2698/UBND-TCKH', date: '2023-07-01' });
    expect(checks(tables({ reports: half, documents: [late, doc({ document: 'qd-1', date: '2023-06-30' })] }), 'document-dates')).toMatchObject([{ rowIds: [late.id] }]);
  });

  it('the same document cited in two places of one report with its late date is one finding', () => {
    const rows = [doc({ document: 'cv-2698', date: '2023-12-30' }), doc({ document: 'cv-2698', date: '2023-12-30', section: '2' })];
    expect(checks(tables({ reports: half, documents: rows }), 'document-dates')).toMatchObject([{ rowIds: ids(rows), sections: ['1', '2'] }]);
  });

  it('one document cited with a date the other citations do not give: found, beside a citation of the usual date', () => {
    const odd = doc({ date: '2023-10-15', section: 'fn12' });
    const usual = [doc({}), doc({ report_id: 'r2' }), doc({})];
    const t = tables({ reports: [report({}), report({ id: 'r2', date: '2023-11-30' })], documents: [...usual, odd] });
    expect(checks(t, 'document-dates')).toMatchObject([{ rowIds: [odd.id, usual[0]!.id] }]);
    expect(checks(tables({ documents: usual.filter((d) => d.report_id === 'r1') }), 'document-dates')).toEqual([]);
  });

  it('two citations, two dates: one finding with both', () => {
    const rows = [doc({ date: '2021-12-28' }), doc({ date: '2022-12-28' })];
    expect(checks(tables({ documents: rows }), 'document-dates')).toMatchObject([{ rowIds: ids(rows) }]);
  });

  it('the same number with another document id is another document', () => {
    expect(checks(tables({ documents: [doc({}), doc({ document: 'kh-511-other', date: '2023-03-01' })] }), 'document-dates')).toEqual([]);
  });

  it('a document counted as the period’s work, dated more than a period before it: found; a month before, or a cited one, is not', () => {
    const feb = [report({ date: '2024-02-21', period_start: '2024-02', period_end: '2024-02' })];
    const early = doc({ document: 'kh-53', role: 'issued_in_period', date: '2023-12-31' });
    const lastMonth = doc({ document: 'kh-08', role: 'issued_in_period', date: '2024-01-01' });
    const basis = doc({ document: 'kh-875', role: 'cited', date: '2022-03-04' });
    expect(checks(tables({ reports: feb, documents: [early, lastMonth, basis] }), 'document-dates')).toMatchObject([{ rowIds: [early.id] }]);
  });

  it('one period before the period: a month for a monthly report, six for a half-year, years for a review', () => {
    expect(earliestInPeriod({ period_start: '2024-02', period_end: '2024-02' })).toBe('2024-01-01');
    expect(earliestInPeriod({ period_start: '2023-01', period_end: '2023-06' })).toBe('2022-07-01');
    // 2021-01 to 2023-11 is 35 months.
    expect(earliestInPeriod({ period_start: '2021', period_end: '2023-11' })).toBe('2018-02-01');
    expect(earliestInPeriod({ period_start: '2023', period_end: '2023' })).toBe('2022-01-01');
  });
});

describe('documents.csv is optional', () => {
  it('a data folder without it loads with no issue and no document', async () => {
    const dir = dataDir(null);
    rmSync(join(dir, 'documents.csv'));
    const data = await loadData(dir);
    expect(data.issues).toEqual([]);
    expect(data.counts.documents).toBe(0);
  });
});

describe('the real data/: exactly these findings of the new kinds', () => {
  it('finds each with its rows, and nothing else of these kinds', async () => {
    const { discrepancies } = await loadData(join(ROOT, 'data'));
    const NEW = ['indicator-share', 'printed-period', 'funding-district-gap', 'funding-allocated', 'works-plan-versions', 'poverty-commune-lists', 'observation-history', 'document-dates'];
    const found = discrepancies
      .filter((d) => NEW.includes(d.check) || (d.check === 'indicator-yoy' && d.rowIds[0]!.endsWith('-i32')))
      .map((d) => `${d.check}: ${d.rowIds.join(' ')}`)
      .toSorted();
    expect(found).toEqual(
      [
        // bt-2023-06 II.1.1: "Tổng sản lượng lương thực có hạt vụ xuân ước đạt 10.218,19/21.420 tấn đạt 47,7% KH, bằng 100,7% so với cùng kỳ
        // năm 2022", while lúa "7.245,23 … giảm 0,97% (-70,77 tấn)" and ngô "2.972,96 tấn … tăng 2,41 % (+70,03 tấn)": 10.218,19 / 10.218,93 = 99,99%.
        'indicator-yoy: bt-2023-06-i32 bt-2023-06-i29 bt-2023-06-i11 bt-2023-06-i15 bt-2023-06-i24 bt-2023-06-i28',
        // bt-2023-06 II.4: "đã tiến hành 02 đợt kiểm tra tại 281 cơ sở, số cơ sở đạt là 272/281 đạt 96,7%": 272 / 281 = 96,797%.
        'indicator-share: bt-2023-06-i202 bt-2023-06-i201',
        // bt-2023-06 III.3.c: "Chế độ theo Nghị quyết số 54/2016/NQ-HĐND …: Học kỳ I năm học 2022-2023; … Học kỳ II năm học 2020-2021;
        // tổng số được hưởng: 195 học sinh", in a paragraph on the school year 2022-2023.
        'printed-period: bt-2023-06-i296',
        // bg-2023-11-30 II.3.1: "Tổng mức đầu tư … là 165.500 triệu đồng trong đó ngân sách tỉnh là 150.000 triệu đồng"; footnote 14 gives
        // Sơn Động 79.703 (72.000), Lục Nam 46.301 (41.000), Yên Thế 14.613 (12.000) and "Quyết định số 408/QĐ-UBND ngày 28/01/2022 của UBND
        // huyện Lục Ngạn" with no amount: 140.617 and 125.000.
        'funding-district-gap: bg-2023-11-30-f24 bg-2023-11-30-f26 bg-2023-11-30-f28 bg-2023-11-30-f30',
        'funding-district-gap: bg-2023-11-30-f25 bg-2023-11-30-f27 bg-2023-11-30-f29 bg-2023-11-30-f31',
        // bt-2023-06 II.1.1 "tổng số vốn được giao 43.311,160 trđ (vốn đầu tư 26.744 trđ; vốn sự nghiệp 16.567,406trđ)" and III.1.2
        // "Tổng vốn được huyện phân bổ và giao dự toán: Vốn ĐT 26.744trđ; Vốn SN 46.929,385,459trđ".
        'funding-allocated: bt-2023-06-f05 bt-2023-06-f03',
        // bg-2023-11-30 II.2.2 and heading 3.1 "73 công trình ngầm, cầu dân sinh … (65 công trình ngầm dân sinh, 08 công trình cầu dân sinh
        // tại địa bàn 68 thôn, bản …)" against "Tổng số công trình ngầm, cầu dân sinh sau khi bổ sung là 75 công trình, gồm: 67 công trình ngầm
        // dân sinh, 08 công trình cầu dân sinh tại địa bàn 69 thôn, bản".
        'works-plan-versions: bg-2023-11-30-w13 bg-2023-11-30-w16',
        'works-plan-versions: bg-2023-11-30-w14 bg-2023-11-30-w17',
        'works-plan-versions: bg-2023-11-30-i33 bg-2023-11-30-i34',
        // bg-2023-11-30 I: "tỷ lệ hộ nghèo vùng dân tộc … (giảm từ 35,1% năm 2015 xuống còn 8,77% năm 2020), tỷ lệ hộ nghèo các xã đặc biệt
        // khó khăn giảm bình quân 7,2 %/năm" against II.2.1.4 "tỷ lệ hộ nghèo 73 xã vùng đồng bào DTTS&MN năm 2022 giảm bình quân 2,35% …;
        // tỷ lệ hộ nghèo 28 xã đặc biệt khó khăn giảm bình quân 5,1%".
        'poverty-commune-lists: bg-2023-11-30-p01 bg-2023-11-30-p02 bg-2023-11-30-p03 bg-2023-11-30-p07',
        // bg-2023-11-30 I: "đến nay, đã có 114/171 xã vùng dân tộc thiểu số và miền núi đạt tiêu chí xã nông thôn mới" against II.2.1.4
        // "tỷ lệ hộ nghèo 73 xã vùng đồng bào DTTS&MN".
        'poverty-commune-lists: bg-2023-11-30-i09 bg-2023-11-30-p07',
        'poverty-commune-lists: bg-2023-11-30-p04 bg-2023-11-30-p05 bg-2023-11-30-p06 bg-2023-11-30-p08',
        // bg-2024-02-21 3.1.1 "Trong tháng 02/2024 …: tham mưu ban hành Kế hoạch số 53/KH-BDT ngày 16/01/2023, kế hoạch hoạt động … năm 2024".
        'document-dates: bg-2024-02-21-d08',
        // bt-2023-06 footnote 1 and III.1.3 (4): "Công văn số 2698/UBND-TCKH ngày 30/12/2023" in a report of "tháng 6 năm 2023".
        'document-dates: bt-2023-06-d08 bt-2023-06-d35',
        // bt-2023-06 III.1.3 (3) b: "Quyết định số 2618/QĐ-UBND ngày 14/9/2023 của UBND huyện về việc phê duyệt danh mục đề xuất dự án".
        'document-dates: bt-2023-06-d34',
        // bg-2023-11-30 footnote 12: "Kế hoạch số 511/KH-UBND ngày 15/10/2023", against 15/10/2021 in footnote 11 and elsewhere.
        'document-dates: bg-2023-11-30-d48 bg-2023-11-30-d44',
        // bg-2023-11-30 II.3.1 "Ngày 28/12/2021, Ban Dân tộc đã ban hành văn bản hướng dẫn …⁸" and footnote 8 "Công văn số 788/BDT-CSDT&ĐB
        // ngày 28/12/2022".
        'document-dates: bg-2023-11-30-d39 bg-2023-11-30-d40',
      ].toSorted(),
    );
  });
});
