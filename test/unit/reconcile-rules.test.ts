/**
 * Each tolerance and rule of reconciliation and of the funding rule, pinned by
 * a case on each side of it, so that loosening or tightening one fails a test:
 * rounding slack of summed parts, poverty slack, the fallback to undated plan
 * figures, the tolerance of repeated figures, disbursed = allocated allowed.
 * Rows are built here (fixtures in code), never taken from data/.
 */
import { describe, expect, it } from 'vitest';
import { agreement, truncate } from '../../src/data/precision.ts';
import { reconcile, CHECKS, type Tables } from '../../src/data/reconcile/index.ts';
import { builders, checks, NUMBERED_AREAS, tables as tablesOf, type Row } from './reconcile-rows.ts';
import { roundingSlack } from '../../src/data/reconcile/helpers.ts';
import { povertySlack } from '../../src/data/reconcile/poverty-decrease.ts';
import { tableRules } from '../../src/data/rules.ts';

const { fund, work, poor, ind } = builders({ works: { program: 'ntp1719' }, poverty: { year: 2020, value: 0, figure_text: '' }, indicators: { unit: 'ha' } });
/** No reports, and areas named by number. */
const tables = (over: Partial<Record<keyof Tables, Row[]>>): Tables => tablesOf({ reports: [], areas: NUMBERED_AREAS, ...over });

describe('printed precision helpers', () => {
  it('half a unit of the last decimal per part', () => {
    expect(roundingSlack(3, 0)).toBe(1.5);
    expect(roundingSlack(4, 1)).toBeCloseTo(0.2, 12);
    expect(roundingSlack(1, 2)).toBeCloseTo(0.005, 12);
  });

  it('truncates toward zero, robust to binary fractions', () => {
    expect(truncate(58.97, 1)).toBe(58.9);
    expect(truncate(-1.47, 1)).toBe(-1.4);
    expect(truncate(0.29, 2)).toBe(0.29);
  });

  it('classifies: agrees within half a unit (plus slack), truncation, coarse rounding, else differs', () => {
    expect(agreement(61.9, 61.85, 1)).toBe('agrees');
    expect(agreement(61.9, 61.949, 1)).toBe('agrees');
    expect(agreement(61.9, 61.8, 1)).toBe('differs');
    expect(agreement(61.9, 61.8, 1, 0.06)).toBe('agrees');
    expect(agreement(61.9, 61.96, 1)).toBe('truncation');
    expect(agreement(58.9, 58.97, 1)).toBe('truncation');
    expect(agreement(78.8, 78.7774, 2)).toBe('rounding');
    expect(agreement(80, 78.7774, 0)).toBe('differs');
    expect(agreement(79, 78.7774, 0)).toBe('agrees');
    expect(agreement(3.3, 3.2028, 1)).toBe('differs');
    expect(agreement(100, 99.7, 1, 0.3)).toBe('agrees');
  });
});

describe('parts against totals', () => {
  const total = (value: number, capital = 'all') => fund({ capital_type: capital, value });

  it('the sum of rounded parts may drift by half a unit per part, not more', () => {
    // 33 + 33 + 33 = 99 against 100: within 3 × 0,5.
    const within = tables({ funding: [total(100), fund({ budget_source: 'central', value: 33 }), fund({ budget_source: 'provincial', value: 33 }), fund({ budget_source: 'district_commune', value: 33 })] });
    expect(checks(within, 'funding-sources')).toEqual([]);
    // 33 + 33 + 31 = 97 against 100: 3 is beyond 1,5 + 0,5.
    const beyond = tables({ funding: [total(100), fund({ budget_source: 'central', value: 33 }), fund({ budget_source: 'provincial', value: 33 }), fund({ budget_source: 'district_commune', value: 31 })] });
    expect(checks(beyond, 'funding-sources')).toMatchObject([{ expected: 97, actual: 100, severity: 'discrepancy' }]);
  });

  it('counts of works are exact: one work off is a discrepancy', () => {
    const t = tables({
      works: [
        work({ program: 'plan511', count: 10 }),
        work({ program: 'plan511', work_type: 'ngam', count: 6 }),
        work({ program: 'plan511', work_type: 'cau', count: 3 }),
      ],
    });
    expect(checks(t, 'works-types')).toMatchObject([{ expected: 9, actual: 10 }]);
  });

  it('projects may not add up to more than the programme; sub-projects inside their project are not counted twice', () => {
    const fine = tables({
      funding: [total(100), fund({ project_id: 'da1', value: 60 }), fund({ project_id: 'da1.t1', value: 50 }), fund({ project_id: 'da2', value: 40 })],
    });
    expect(checks(fine, 'funding-projects')).toEqual([]);
    const over = tables({ funding: [total(100), fund({ project_id: 'da1', value: 70 }), fund({ project_id: 'da2', value: 40 })] });
    expect(checks(over, 'funding-projects')).toMatchObject([{ expected: 110, actual: 100 }]);
    // A project given as ĐTPT + SN counts with their sum towards the programme's total.
    const split = tables({
      funding: [total(100), fund({ project_id: 'da1', capital_type: 'dtpt', value: 50 }), fund({ project_id: 'da1', capital_type: 'sn', value: 30 }), fund({ project_id: 'da2', value: 40 })],
    });
    expect(checks(split, 'funding-projects')).toMatchObject([{ expected: 120, actual: 100 }]);
  });

  it('districts may not add up to more than their province', () => {
    const t = (d2: number) =>
      tables({ funding: [fund({ measure: 'total_investment', value: 100 }), fund({ measure: 'total_investment', area_id: 'd1', value: 60 }), fund({ measure: 'total_investment', area_id: 'd2', value: d2 })] });
    expect(checks(t(40), 'funding-districts')).toEqual([]);
    expect(checks(t(45), 'funding-districts')).toMatchObject([{ expected: 105, actual: 100 }]);
  });
});

describe('stated rates', () => {
  const rate = (value: number, text: string, asOf: string | null) =>
    fund({ measure: 'disbursement_rate', unit: 'percent', value, figure_text: text, as_of: asOf });

  it('falls back to the undated plan figure when the rate date has none', () => {
    const t = tables({ funding: [fund({ measure: 'allocated', value: 200 }), fund({ measure: 'disbursed', value: 50, as_of: '2023-06-30' }), rate(30, '30%', '2023-06-30')] });
    expect(checks(t, 'disbursement-rate')).toMatchObject([{ expected: 25, actual: 30 }]);
  });

  it('prefers the base dated like the rate over the undated one', () => {
    const t = tables({
      funding: [
        fund({ measure: 'allocated', value: 200 }),
        fund({ measure: 'allocated', value: 100, as_of: '2023-06-30' }),
        fund({ measure: 'disbursed', value: 50, as_of: '2023-06-30' }),
        rate(50, '50%', '2023-06-30'),
      ],
    });
    expect(checks(t, 'disbursement-rate')).toEqual([]);
  });

  it('a qualified rate is held to its words: «trên 74%» for 45.880/61.250 = 74,91% is right, «trên 76%» is not', () => {
    // The second walk-through's report: before, «trên 74%» was published as truncated digits of 74,91%.
    const t = (text: string, value: number) =>
      tables({ funding: [fund({ measure: 'allocated', value: 61250 }), fund({ measure: 'disbursed', value: 45880, as_of: '2024-12-20' }), rate(value, text, '2024-12-20')] });
    expect(checks(t('đạt trên 74%', 74), 'disbursement-rate')).toEqual([]);
    expect(checks(t('đạt trên 76%', 76), 'disbursement-rate')).toMatchObject([{ actual: 76 }]);
    // «khoảng 75%»: within one unit of its last digit; «dưới 74%» is contradicted by 74,91%.
    expect(checks(t('khoảng 75%', 75), 'disbursement-rate')).toEqual([]);
    expect(checks(t('dưới 74%', 74), 'disbursement-rate')).toMatchObject([{ actual: 74 }]);
    // A bound far from the rate is a misprint, not a bound: «trên 7%» for 74,91% (a dropped digit) is found.
    expect(checks(t('đạt trên 7%', 7), 'disbursement-rate')).toMatchObject([{ actual: 7 }]);
    expect(checks(t('đạt trên 70%', 70), 'disbursement-rate')).toEqual([]);
  });

  it('year-on-year: change / (this year − change)', () => {
    const t = (pct: number) =>
      tables({
        indicators: [
          ind({ indicator: 'rice', value: 110 }),
          ind({ indicator: 'rice_yoy_change', value: 10 }),
          ind({ indicator: 'rice_yoy_pct', unit: 'percent', value: pct, figure_text: `tăng ${String(pct).replace('.', ',')}%` }),
        ],
      });
    expect(checks(t(10), 'indicator-yoy')).toEqual([]);
    expect(checks(t(11), 'indicator-yoy')).toMatchObject([{ expected: 10, actual: 11, severity: 'discrepancy' }]);
  });

  it('a ratio printed with its operands: 9/281 = 3,3% is wrong, 8614/8698 = 99,03% right', () => {
    const t = tables({
      indicators: [
        ind({ unit: 'percent', value: 3.3, figure_text: '09/281 = 3,3%' }),
        ind({ indicator: 'y', unit: 'percent', value: 99.03, figure_text: '8614/8698 = 99,03%' }),
      ],
    });
    expect(checks(t, 'printed-ratio')).toMatchObject([{ expected: 3.2, actual: 3.3, severity: 'discrepancy' }]);
  });

  it('plan share: the done figure of the same period over the only plan figure', () => {
    const t = tables({
      indicators: [
        ind({ value: 58.97 }),
        ind({ indicator: 'x_plan', value: 100 }),
        ind({ indicator: 'x_plan_pct', unit: 'percent', value: 58.9, figure_text: 'đạt 58,9% KH' }),
      ],
    });
    expect(checks(t, 'indicator-rate')).toMatchObject([{ severity: 'truncation', expected: 59, actual: 58.9 }]);
  });
});

describe('poverty decreases', () => {
  const rates = (a: string, b: string) => [
    poor({ year: 2015, value: Number(a.replace(',', '.')), figure_text: `${a}%` }),
    poor({ year: 2020, value: Number(b.replace(',', '.')), figure_text: `${b}%` }),
  ];
  const decrease = (v: string) =>
    poor({ measure: 'decrease_avg_per_year', unit: 'pp_per_year', year_from: 2015, value: Number(v.replace(',', '.')), figure_text: `${v} %/năm` });

  it('allows for the rounding of the two printed rates, spread over the years', () => {
    // 52% → 14% over 5 years is 7,6/year; the rates' rounding allows ±0,2/year: 7,8 agrees, 7,9 does not.
    expect(checks(tables({ poverty: [...rates('52', '14'), decrease('7,8')] }), 'poverty-decrease')).toEqual([]);
    expect(checks(tables({ poverty: [...rates('52', '14'), decrease('7,9')] }), 'poverty-decrease')).toHaveLength(1);
    const [from, to] = rates('35,1', '8,77') as [never, never];
    expect(povertySlack(from, to, 5)).toBeCloseTo(0.011, 12);
  });

  it('a one-year change is not divided by the years', () => {
    const yoy = poor({ measure: 'decrease_yoy', unit: 'pp', year_from: 2015, value: 38, figure_text: '38%' });
    expect(checks(tables({ poverty: [...rates('52', '14'), yoy] }), 'poverty-decrease')).toEqual([]);
  });
});

describe('works stages', () => {
  it('an undated plan bounds the counts of every date', () => {
    const t = tables({ works: [work({ measure: 'planned', count: 10 }), work({ measure: 'started', count: 12, as_of: '2023-11-30' })] });
    expect(checks(t, 'works-stages')).toMatchObject([{ expected: 10, actual: 12 }]);
    const ok = tables({ works: [work({ measure: 'planned', count: 10 }), work({ measure: 'started', count: 10, as_of: '2023-11-30' })] });
    expect(checks(ok, 'works-stages')).toEqual([]);
  });
});

describe('repeated figures', () => {
  const again = (value: number, text: string, report: string) => fund({ report_id: report, value, figure_text: text });

  it('compare at the coarser of the two printings', () => {
    expect(checks(tables({ funding: [again(130595, '130.595 triệu', 'r1'), again(130595.4, '130.595,4 triệu', 'r2')] }), 'repeat')).toEqual([]);
    expect(checks(tables({ funding: [again(130595, '130.595 triệu', 'r1'), again(130596, '130.596 triệu', 'r2')] }), 'repeat')).toMatchObject([
      { expected: 130595, actual: 130596, reportIds: ['r1', 'r2'] },
    ]);
  });
});

describe('the registry', () => {
  it('lists every check once, and skips the checks of tables that did not validate', () => {
    expect(new Set(CHECKS.map((c) => c.name)).size).toBe(CHECKS.length);
    const t = tables({ funding: [fund({ value: 100 }), fund({ budget_source: 'central', value: 10 }), fund({ budget_source: 'provincial', value: 10 })] });
    expect(reconcile(t).length).toBeGreaterThan(0);
    expect(reconcile(t, new Set(['areas', 'projects', 'works']))).toEqual([]);
  });
});

describe('disbursed within the funds (a data-entry rule)', () => {
  const rule = tableRules.funding!;
  const rows = (disbursed: number, asOf: string | null = null) =>
    [fund({ measure: 'allocated', value: 100 }), fund({ measure: 'disbursed', value: disbursed, as_of: asOf })] as never[];

  it('allows disbursing exactly the allocation, refuses more', () => {
    expect(rule(rows(100), [2, 3])).toEqual([]);
    expect(rule(rows(100.001), [2, 3])).toMatchObject([{ index: 1, column: 'value', problem: { code: 'rule.disbursed-exceeds', base: 100, baseLine: 2 } }]);
  });

  it('looks the allocation up undated when the disbursement is dated', () => {
    expect(rule(rows(150, '2023-06-30'), [2, 3])).toHaveLength(1);
  });

  it('leaves misprinted rows to reconciliation', () => {
    const r = [fund({ measure: 'allocated', value: 100 }), fund({ measure: 'disbursed', value: 150, figure_status: 'malformed' })] as never[];
    expect(rule(r, [2, 3])).toEqual([]);
  });
});
