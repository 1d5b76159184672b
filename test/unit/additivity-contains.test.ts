/**
 * What the views ask the additivity rules besides «may these be added» (src/data/additivity.ts): does one row count
 * everything another counts (a total and its part: the pages then name the total, not the part), which rows are one
 * item when counted, and a row's sum group asked in any order. Rows of Bắc Giang (Sơn Động, Lục Ngạn) and Bạch
 * Thông built here; every answer worked out by hand from the nesting rules of the table definitions.
 */
import { describe, expect, it } from 'vitest';
import { checkSum, contains, overlap, overlapGroups, parentsOf, sumExample, sumGroups } from '../../src/data/additivity.ts';
import { funding, ncut, works } from '../../src/data/tables/index.ts';

const parents = parentsOf({
  areas: [{ id: 'bac-giang', parent_id: null }, { id: 'son-dong', parent_id: 'bac-giang' }, { id: 'luc-ngan', parent_id: 'bac-giang' }, { id: 'bach-thong', parent_id: 'bac-kan' }, { id: 'bac-kan', parent_id: null }],
  projects: [{ id: 'ntp1719', parent_id: null }, { id: 'ntp1719.da10', parent_id: 'ntp1719' }, { id: 'ntp1719.da10.tda2', parent_id: 'ntp1719.da10' }, { id: 'ntp1719.da10.tda3', parent_id: 'ntp1719.da10' }],
});
type Row = Record<string, unknown>;
const f = (over: Row): Row => ({ area_id: 'bac-giang', program: 'ntp1719', fund_year: '2023', budget_source: 'all', capital_type: 'all', project_id: null, tranche: null, measure: 'assigned', unit: 'mvnd', ...over });
const w = (over: Row): Row => ({ area_id: 'bac-giang', program: 'plan511', batch: '2022-2024', plan_version: 'revised', capital_type: 'all', work_type: 'all', measure: 'planned', ...over });

describe('one row counts everything another counts', () => {
  const both = (a: Row, b: Row) => [contains(funding, a, b, parents), contains(funding, b, a, parents)];

  it('a province and its district, a programme and its project, a project and its sub-project: one way only', () => {
    expect(both(f({}), f({ area_id: 'son-dong' }))).toEqual([true, false]);
    expect(both(f({}), f({ project_id: 'ntp1719.da10' }))).toEqual([true, false]);
    expect(both(f({ project_id: 'ntp1719.da10' }), f({ project_id: 'ntp1719.da10.tda3' }))).toEqual([true, false]);
    // Two districts, two sub-projects, another province: neither.
    expect(both(f({ area_id: 'son-dong' }), f({ area_id: 'luc-ngan' }))).toEqual([false, false]);
    expect(both(f({ project_id: 'ntp1719.da10.tda2' }), f({ project_id: 'ntp1719.da10.tda3' }))).toEqual([false, false]);
    expect(both(f({}), f({ area_id: 'bach-thong' }))).toEqual([false, false]);
  });

  it('a period and a year in it; funds of no year stated and any year', () => {
    expect(both(f({ fund_year: '2021-2025' }), f({ fund_year: '2023' }))).toEqual([true, false]);
    expect(both(f({ fund_year: '2021-2025' }), f({ fund_year: '2024-2026' }))).toEqual([false, false]);
    expect(both(f({ fund_year: null }), f({ fund_year: '2023' }))).toEqual([true, false]);
  });

  it('all sources and one; central + provincial and each; all capital and ĐTPT; a fund and its tranche', () => {
    expect(both(f({}), f({ budget_source: 'central' }))).toEqual([true, false]);
    expect(both(f({ budget_source: 'central_provincial' }), f({ budget_source: 'provincial' }))).toEqual([true, false]);
    expect(both(f({ budget_source: 'central_provincial' }), f({ budget_source: 'district' }))).toEqual([false, false]);
    expect(both(f({}), f({ capital_type: 'sn' }))).toEqual([true, false]);
    expect(both(f({}), f({ tranche: 'qd-742-2022' }))).toEqual([true, false]);
    expect(both(f({ tranche: 'qd-412-2023' }), f({ tranche: 'qd-742-2022' }))).toEqual([false, false]);
  });

  it('never across measures, units or programmes, and an original list does not hold the revised one', () => {
    expect(both(f({}), f({ area_id: 'son-dong', measure: 'disbursed' }))).toEqual([false, false]);
    expect(both(f({}), f({ area_id: 'son-dong', unit: 'percent' }))).toEqual([false, false]);
    expect(both(f({}), f({ area_id: 'son-dong', program: 'plan511' }))).toEqual([false, false]);
    expect(contains(works, w({ plan_version: 'original' }), w({ area_id: 'son-dong' }), parents)).toBe(false);
    expect(contains(works, w({}), w({ area_id: 'son-dong', work_type: 'cau' }), parents)).toBe(true);
    expect(contains(works, w({ work_type: 'road' }), w({ work_type: 'road_commune' }), parents)).toBe(true);
    expect(contains(works, w({ work_type: 'road' }), w({ work_type: 'school' }), parents)).toBe(false);
  });

  it('a count of persons for a term does not hold a count for a year in it (a stock); gifts of the term hold the year’s', () => {
    const n = (over: Row): Row => ({ area_id: 'bac-giang', period: '2023-2027', measure: 'count', provider: 'province', ...over });
    expect(contains(ncut, n({}), n({ period: '2024' }), parents)).toBe(false);
    expect(contains(ncut, n({ measure: 'tet_gift' }), n({ measure: 'tet_gift', period: '2024' }), parents)).toBe(true);
  });
});

describe('periods that share a year, and what a refused sum names', () => {
  it('2021–2023 and 2023–2025 share 2023; 2024–2025 and 2021–2023 share none; funds of no year stated share any', () => {
    expect(overlap(funding, f({ fund_year: '2021-2023' }), f({ fund_year: '2023-2025' }), parents)).toBe(true);
    expect(overlap(funding, f({ fund_year: '2024-2025' }), f({ fund_year: '2021-2023' }), parents)).toBe(false);
    expect(overlap(funding, f({ fund_year: '2021-2023' }), f({ fund_year: '2024-2025' }), parents)).toBe(false);
    expect(overlap(funding, f({ fund_year: null }), f({}), parents)).toBe(true);
    expect(overlap(funding, f({}), f({ fund_year: null }), parents)).toBe(true);
  });

  it('the two rows a sum may not add: of another measure, or counting the same thing', () => {
    const total = f({});
    const disbursed = f({ area_id: 'son-dong', measure: 'disbursed' });
    const district = f({ area_id: 'son-dong' });
    expect(checkSum(funding, [total, f({ area_id: 'luc-ngan' }), disbursed], parents)).toEqual({ ok: false, reason: 'different', field: 'measure', rows: [total, disbursed] });
    expect(checkSum(funding, [f({ area_id: 'luc-ngan' }), total, district], parents)).toEqual({ ok: false, reason: 'overlap', rows: [f({ area_id: 'luc-ngan' }), total] });
    expect(checkSum(funding, [f({ area_id: 'luc-ngan' }), district], parents)).toEqual({ ok: true });
  });
});

describe('rows that are one item when counted', () => {
  const rows = [
    w({ area_id: 'son-dong', work_type: 'ngam' }),
    w({ area_id: 'luc-ngan', work_type: 'cau' }),
    w({}),
    w({ area_id: 'luc-ngan', work_type: 'ngam' }),
    w({ measure: 'completed' }),
  ];

  it('the province’s total joins its districts’ types into one item, even those that do not overlap each other', () => {
    // Sơn Động's spillways and Lục Ngạn's bridges are apart, but both are inside Bắc Giang's all-types count.
    expect(overlapGroups(works, rows, parents)).toEqual([[0, 1, 2, 3], [4]]);
    expect(overlapGroups(works, [rows[0]!, rows[1]!, rows[3]!, rows[4]!], parents)).toEqual([[0], [1], [2], [3]]);
    expect(overlapGroups(works, [rows[3]!, rows[4]!, rows[2]!], parents)).toEqual([[0, 2], [1]]);
  });
});

describe('a row’s sum group, asked in any order', () => {
  const r = (id: string, over: Row) => ({ ...f({ area_id: 'bach-thong', ...over }), id, report_id: 'bt-2023-06' });
  const rows = [
    r('f01', { value: 43311.16 }),
    r('f02', { project_id: 'ntp1719.da10.tda2', value: 85 }),
    r('f05', { project_id: 'ntp1719.da10.tda3', value: 322.852 }),
    r('f06', { project_id: 'ntp1719.da10.tda3', measure: 'disbursed', value: 21.828 }),
    r('f09', { project_id: 'ntp1719.da10.tda3', measure: 'disbursement_rate', unit: 'percent', value: 6.8 }),
    { ...r('f10', { project_id: 'ntp1719.da10.tda3', value: 322.852 }), as_of: '2023-06-30' },
  ];

  it('the same groups whichever row is asked first, a second pass included', () => {
    const groupOf = sumGroups(funding, rows, parents);
    // f10, the sub-project's funds counted to 30/06/2023, is of another day than the rows with no date: a group of its own.
    expect([rows[3], rows[4], rows[0], rows[5], rows[1], rows[2]].map((x) => groupOf(x!))).toEqual(['bt-2023-06/3', null, 'bt-2023-06/1', 'bt-2023-06/4', 'bt-2023-06/2', 'bt-2023-06/2']);
    expect(rows.map((x) => groupOf(x))).toEqual(['bt-2023-06/1', 'bt-2023-06/2', 'bt-2023-06/2', 'bt-2023-06/3', null, 'bt-2023-06/4']);
    expect(rows.map((x) => groupOf(x))).toEqual(['bt-2023-06/1', 'bt-2023-06/2', 'bt-2023-06/2', 'bt-2023-06/3', null, 'bt-2023-06/4']);
  });

  it('a row not among those grouped gets its place’s group (a rate none); repeats are not looked for then', () => {
    const groupOf = sumGroups(funding, rows, parents);
    expect(groupOf({ ...rows[5]! })).toBe('bt-2023-06/4');
    expect(groupOf({ ...rows[4]! })).toBeNull();
    expect(groupOf({ ...rows[0]!, report_id: 'bt-2023-12' })).toBe('bt-2023-12/1');
  });

  it('no worked example where no stated total equals a group’s sum', () => {
    expect(sumExample(funding, rows, parents)).toBeNull();
    // 85 + 322,852 = 407,852 stated for Dự án 10: the example.
    const example = sumExample(funding, [...rows, r('f11', { project_id: 'ntp1719.da10', value: 407.852 })], parents)!;
    expect([example.total.id, example.parts.map((x) => x.id)]).toEqual(['f11', ['f02', 'f05']]);
  });
});
