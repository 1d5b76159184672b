/**
 * The core of the data check as staff and readers meet it: the rules across a row's cells and a table's rows
 * (rules.ts, the messages of `npm run check`), the report `npm run check` prints (report.ts), the CSV reader
 * (read.ts), and the reconciliation's shared pieces (reconcile/index.ts, helpers.ts, observations.ts,
 * disbursement-rate.ts: the findings on /du-lieu/chat-luong/). Each case is one a mutant of those files left
 * open (docs/mutation.md, «The last `src/data` files with counts»); rows are built here and every expected
 * sentence and figure is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/data/reconcile/index.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { checks, fund, person, poor, report, tables } from './reconcile-rows.ts';

describe('disbursement-rate: the sentence a reader sees', () => {
  const rate = (value: number, text: string, over = {}) =>
    fund({ measure: 'disbursement_rate', unit: 'percent', value, figure_text: text, as_of: '2023-06-30', ...over });
  const disbursed = (value: number, over = {}) => fund({ measure: 'disbursed', value, as_of: '2023-06-30', ...over });

  it('names the disbursed amount and the base by their labels: 50 / 200 = 25 %, not the 30 % printed', () => {
    const allocated = tables({ funding: [fund({ measure: 'allocated', value: 200 }), disbursed(50), rate(30, '30%')] });
    expect(checks(allocated, 'disbursement-rate').map((d) => d.message)).toEqual([
      'Báo cáo r1 (mục 1) nêu tỷ lệ giải ngân 30%, nhưng đã giải ngân 50 / vốn đã phân bổ 200 = 25%.',
    ]);
    // No allocation in the report: the assigned funds are the base, named as such.
    const assigned = tables({ funding: [fund({ measure: 'assigned', value: 200 }), disbursed(50), rate(30, '30%')] });
    expect(checks(assigned, 'disbursement-rate').map((d) => d.message)).toEqual([
      'Báo cáo r1 (mục 1) nêu tỷ lệ giải ngân 30%, nhưng đã giải ngân 50 / vốn giao (kế hoạch) 200 = 25%.',
    ]);
  });

  it('a base of 0 gives no rate to compare: no finding', () => {
    const t = tables({ funding: [fund({ measure: 'allocated', value: 0 }), disbursed(0), rate(0, '0%')] });
    expect(checks(t, 'disbursement-rate')).toEqual([]);
  });

  it('a bound printed to a tenth is held within ten tenths: «trên 75,5%» for 76 % is right, «trên 74,5%» is not', () => {
    // 76 / 100 = 76 %: «trên 75,5%» leaves 0,5 point; «trên 74,5%» 1,5 points, more than 10 × 0,1.
    const t = (value: number, text: string) => tables({ funding: [fund({ measure: 'allocated', value: 100 }), disbursed(76), rate(value, text)] });
    expect(checks(t(75.5, 'đạt trên 75,5%'), 'disbursement-rate')).toEqual([]);
    expect(checks(t(74.5, 'đạt trên 74,5%'), 'disbursement-rate')).toMatchObject([{ expected: 76, actual: 74.5 }]);
  });

  it('a figure the report misprinted is named after the sentence, as a possible cause', () => {
    const allocated = fund({ measure: 'allocated', value: 200, figure_status: 'malformed', note: 'in 2.00' });
    const t = tables({ funding: [allocated, disbursed(50), rate(30, '30%')] });
    expect(checks(t, 'disbursement-rate').map((d) => d.message)).toEqual([
      `Báo cáo r1 (mục 1) nêu tỷ lệ giải ngân 30%, nhưng đã giải ngân 50 / vốn đã phân bổ 200 = 25%. Trong các số trên có số báo cáo in sai (mã dòng ${allocated.id as string}; xem ghi chú của dòng), có thể là nguyên nhân.`,
    ]);
  });

  it('two findings have two anchors on /du-lieu/chat-luong/ (their ids differ), the same rows in any order one', () => {
    const rows = (area_id: string) => [fund({ area_id, measure: 'allocated', value: 200 }), disbursed(50, { area_id }), rate(30, '30%', { area_id })];
    const [p, d1] = [rows('p'), rows('d1')];
    const found = checks(tables({ funding: [...p, ...d1] }), 'disbursement-rate');
    expect(found).toHaveLength(2);
    expect(found[0]!.id).toMatch(/^disbursement-rate-[0-9a-z]+$/);
    expect(found[1]!.id).toMatch(/^disbursement-rate-[0-9a-z]+$/);
    expect(found[0]!.id).not.toBe(found[1]!.id);
    expect(checks(tables({ funding: [...d1.toReversed(), ...p.toReversed()] }), 'disbursement-rate').map((d) => d.id).toSorted()).toEqual(
      found.map((d) => d.id).toSorted(),
    );
  });
});

describe('poverty-decrease: «khoảng» held within one unit and the rates’ own rounding', () => {
  const rate = (year: number, value: number, text: string) => poor({ year, value, figure_text: text });
  const fall = poor({ measure: 'decrease_yoy', unit: 'pp', year_from: 2019, year: 2020, value: 3, figure_text: 'khoảng 3%' });
  const decreases = (to: number, text: string) => checks(tables({ poverty: [fall, rate(2019, 10, '10,00%'), rate(2020, to, text)] }), 'poverty-decrease');

  it('«giảm khoảng 3%» for 10,00% → 6,00% (4 points) is right: one unit, plus half a hundredth of each rate', () => {
    // 3 ± (1 + (0,01 + 0,01) / 2) = 1,99 to 4,01: 4 is inside.
    expect(decreases(6, '6,00%')).toEqual([]);
  });

  it('«giảm khoảng 3%» for 10,00% → 5,98% (4,02 points) is found', () => {
    expect(decreases(5.98, '5,98%')).toMatchObject([{ expected: 4, actual: 3 }]);
  });
});

describe('reconcile: a table with errors', () => {
  it('a check that needs reports.csv does not run while reports.csv has an error, even on clean funding rows', () => {
    // Disbursed 100 by 15/11, then 90 by 20/11 in another report: a running total that falls, when the reports are clean.
    const reports = [report({}), report({ id: 'r2', date: '2023-11-30' })];
    const funding = [fund({ measure: 'disbursed', value: 100, as_of: '2023-11-15' }), fund({ report_id: 'r2', measure: 'disbursed', value: 90, as_of: '2023-11-20' })];
    const t = tables({ reports, funding });
    const all = new Set(TABLES.map((d) => d.name));
    expect(reconcile(t, all).filter((d) => d.check === 'observation-history')).toHaveLength(1);
    const withoutReports = new Set([...all].filter((name) => name !== 'reports'));
    expect(reconcile(t, withoutReports).filter((d) => d.check === 'observation-history')).toEqual([]);
  });
});

describe('observation-history: a figure one report left blank', () => {
  const reports = [report({}), report({ id: 'r2', date: '2023-11-30' })];

  it('an earlier report that left the quantity blank, a later one that gives it at an earlier date: no finding', () => {
    // r1 (17/11): 30 persons, no quantity, as of 15/11; r2 (30/11): 30 persons and 12 tonnes as of 10/11.
    // The persons agree and r1 gives no quantity to compare: nothing for /du-lieu/chat-luong/.
    const rows = [
      person({ persons: 30, as_of: '2023-11-15' }),
      person({ report_id: 'r2', persons: 30, quantity: 12, quantity_unit: 'ton', as_of: '2023-11-10' }),
    ];
    expect(checks(tables({ reports, ncut: rows }), 'observation-history')).toEqual([]);
  });
});
