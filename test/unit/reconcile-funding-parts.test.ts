/**
 * Districts against their province (funding-districts) and projects against
 * their programme (funding-projects): a report lists only some of the parts,
 * so their sum may only not exceed the total; amounts are printed to the
 * million, so each part may be off by half a unit. Expected figures and
 * sentences worked out by hand from the rows below.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, checks, fund, ids, tables, type Row } from './reconcile-rows.ts';

const districts = (rows: Row[]) => checks(tables({ funding: rows }), 'funding-districts');
const projects = (rows: Row[]) => checks(tables({ funding: rows }), 'funding-projects');

describe('funding-districts: the districts a report lists may not add up to more than their province', () => {
  const province = (value = 100, over: Row = {}) => fund({ value, ...over });
  const district = (area: string, value: number, over: Row = {}) => fund({ area_id: area, value, ...over });

  it('Sơn Động 60 + Lục Nam 45 against Bắc Giang 100: found, in words', () => {
    const rows = [province(), district('d1', 60), district('d2', 45)];
    expect(districts(rows)).toEqual([
      expect.objectContaining({
        severity: 'discrepancy',
        table: 'funding',
        rowIds: ids(rows),
        expected: 105,
        actual: 100,
        difference: -5,
        message:
          'Báo cáo r1 (mục 1): Sơn Động 60 + Lục Nam 45 = 105 triệu đồng, nhiều hơn vốn giao (kế hoạch), tổng các nguồn, tổng (ĐTPT + SN) toàn tỉnh Bắc Giang (100 triệu đồng).',
      }),
    ]);
  });

  it('each of two districts may be off by half a million: 60 + 41 against 100 is not found, 60 + 42 is', () => {
    expect(districts([province(), district('d1', 60), district('d2', 41)])).toEqual([]);
    expect(districts([province(), district('d1', 60), district('d2', 42)])).toMatchObject([{ expected: 102, actual: 100 }]);
    // Some districts only: less than the province is no finding.
    expect(districts([province(), district('d1', 30), district('d2', 20)])).toEqual([]);
  });

  it('amounts with decimals: the slack is half of their last decimal', () => {
    // Printed to 0,1: two parts may drift by 0,1 together. 60 + 40,1 = 100,1 against 100 is not found.
    expect(districts([province(100), district('d1', 60), district('d2', 40.1)])).toEqual([]);
    // 60,1 + 40,1 = 100,2: beyond 100,1, but a province printed to the million may be 100,2 rounded.
    expect(districts([province(100), district('d1', 60.1), district('d2', 40.1)])).toEqual([]);
    // 60,1 + 40,5 = 100,6 rounds to 101, not 100: found.
    expect(districts([province(100), district('d1', 60.1), district('d2', 40.5)])).toMatchObject([{ expected: 100.6, actual: 100 }]);
  });

  it('the districts of one report, measure, source and capital type, wherever the report gives them', () => {
    // The province in section II, the districts in a footnote: still the same figure.
    const split = [province(100, { section: 'II' }), district('d1', 60, { section: 'fn3' }), district('d2', 45, { section: 'fn3' })];
    expect(districts(split)).toMatchObject([{ rowIds: ids(split), sections: ['II', 'fn3'] }]);
    expect(districts([province(), district('d1', 60, { report_id: 'r2' }), district('d2', 45, { report_id: 'r2' })])).toEqual([]);
    expect(districts([province(), district('d1', 60, { measure: 'disbursed' }), district('d2', 45, { measure: 'disbursed' })])).toEqual([]);
    expect(districts([province(), district('d1', 60, { capital_type: 'sn' }), district('d2', 45, { capital_type: 'sn' })])).toEqual([]);
    expect(districts([province(), district('d1', 60, { budget_source: 'central' }), district('d2', 45, { budget_source: 'central' })])).toEqual([]);
  });

  it('a district with its own total is a total too; one district alone is not summed', () => {
    // Only one district given: no sum to compare (a sum needs two parts).
    expect(districts([province(), district('d1', 150)])).toEqual([]);
    // Rates are not amounts: 60% + 45% is not compared with 100%.
    const rate = (area: string, value: number) => fund({ area_id: area, measure: 'disbursement_rate', unit: 'percent', value });
    expect(districts([rate('p', 100), rate('d1', 60), rate('d2', 45)])).toEqual([]);
  });

  it('a district against its communes is named as a district: «toàn huyện Sơn Động», not «toàn tỉnh»', () => {
    const areas = [...AREAS, { id: 'c1', name: 'An Lập', level: 'commune', parent_id: 'd1', note: null }, { id: 'c2', name: 'Vân Sơn', level: 'commune', parent_id: 'd1', note: null }];
    const rows = [district('d1', 20), district('c1', 12), district('c2', 10)];
    expect(checks(tables({ areas, funding: rows }), 'funding-districts')).toEqual([
      expect.objectContaining({
        rowIds: ids(rows),
        expected: 22,
        actual: 20,
        message: 'Báo cáo r1 (mục 1): An Lập 12 + Vân Sơn 10 = 22 triệu đồng, nhiều hơn vốn giao (kế hoạch), tổng các nguồn, tổng (ĐTPT + SN) toàn huyện Sơn Động (20 triệu đồng).',
      }),
    ]);
  });

  it('the same in the other measures: «vốn đã phân bổ» of the province against its districts', () => {
    const allocated = (area: string, value: number) => fund({ area_id: area, measure: 'allocated', capital_type: 'dtpt', budget_source: 'central', value });
    const rows = [allocated('p', 90), allocated('d1', 50), allocated('d2', 30), allocated('d3', 20)];
    expect(districts(rows)).toEqual([
      expect.objectContaining({
        rowIds: ids(rows),
        expected: 100,
        actual: 90,
        message: 'Báo cáo r1 (mục 1): Sơn Động 50 + Lục Nam 30 + Yên Thế 20 = 100 triệu đồng, nhiều hơn vốn đã phân bổ, ngân sách trung ương, vốn đầu tư phát triển toàn tỉnh Bắc Giang (90 triệu đồng).',
      }),
    ]);
  });
});

describe('funding-projects: the projects a report lists may not add up to more than the programme', () => {
  const total = (value: number, over: Row = {}) => fund({ value, ...over });
  const project = (id: string, value: number, over: Row = {}) => fund({ project_id: id, value, ...over });

  it('DA1 70 + DA2 40 against the programme’s 100: found, in words', () => {
    const rows = [total(100), project('da1', 70), project('da2', 40)];
    expect(projects(rows)).toEqual([
      expect.objectContaining({
        severity: 'discrepancy',
        table: 'funding',
        rowIds: ids(rows),
        expected: 110,
        actual: 100,
        difference: -10,
        message: 'Báo cáo r1 (mục 1): DA1 70 + DA2 40 = 110 triệu đồng, nhiều hơn vốn giao (kế hoạch), tổng các nguồn, tổng (ĐTPT + SN) (100 triệu đồng).',
      }),
    ]);
  });

  it('within the rounding of two amounts (60 + 41), or short of the total, not found', () => {
    expect(projects([total(100), project('da1', 60), project('da2', 41)])).toEqual([]);
    expect(projects([total(100), project('da1', 60), project('da2', 42)])).toMatchObject([{ expected: 102 }]);
    expect(projects([total(100), project('da1', 30), project('da2', 20)])).toEqual([]);
  });

  it('a sub-project is inside its project: counted only when its project is absent', () => {
    // DA1 60, its sub-project 50, DA2 40: 60 + 40 = 100.
    expect(projects([total(100), project('da1', 60), project('da1.t1', 50), project('da2', 40)])).toEqual([]);
    // Without DA1, its sub-project counts: DA1-T1 70 + DA2 40 = 110.
    const rows = [total(100), project('da1.t1', 70), project('da2', 40)];
    expect(projects(rows)).toMatchObject([{ rowIds: ids(rows), expected: 110, message: expect.stringContaining('DA1-T1 70 + DA2 40 = 110') }]);
  });

  it('per capital type: the ĐTPT projects against the programme’s ĐTPT, named with it', () => {
    const dtpt = (id: string | null, value: number) => fund({ project_id: id, capital_type: 'dtpt', value });
    const rows = [dtpt(null, 50), dtpt('da1', 30), dtpt('da2', 25)];
    expect(projects(rows)).toEqual([
      expect.objectContaining({
        rowIds: ids(rows),
        expected: 55,
        actual: 50,
        message: 'Báo cáo r1 (mục 1): DA1 (vốn ĐTPT) 30 + DA2 (vốn ĐTPT) 25 = 55 triệu đồng, nhiều hơn vốn giao (kế hoạch), tổng các nguồn, vốn đầu tư phát triển (50 triệu đồng).',
      }),
    ]);
    // SN projects are named with SN, and not counted against the ĐTPT total.
    const sn = (id: string | null, value: number) => fund({ project_id: id, capital_type: 'sn', value });
    expect(projects([sn(null, 50), sn('da1', 30), sn('da2', 25)])).toMatchObject([{ message: expect.stringContaining('DA1 (vốn SN) 30 + DA2 (vốn SN) 25 = 55') }]);
    expect(projects([dtpt(null, 50), sn('da1', 30), sn('da2', 25)])).toEqual([]);
  });

  it('towards the programme’s «all»: a project’s own total, else its ĐTPT + SN, never policy credit', () => {
    // DA1 all 60 (with ĐTPT 40 and SN 20 given too) + DA2 all 30: 90 ≤ 100.
    const withParts = [total(100), project('da1', 60), project('da1', 40, { capital_type: 'dtpt' }), project('da1', 20, { capital_type: 'sn' }), project('da2', 30)];
    expect(projects(withParts)).toEqual([]);
    // DA1 as ĐTPT 50 + SN 30 only, DA2 all 40: 120 > 100, with the rows counted.
    const split = [total(100), project('da1', 50, { capital_type: 'dtpt' }), project('da1', 30, { capital_type: 'sn' }), project('da2', 40)];
    expect(projects(split)).toMatchObject([{ rowIds: ids(split), expected: 120 }]);
    // Policy credit is not part of «all» (ĐTPT + SN): DA1 credit 500 does not count, its ĐTPT 30 does (30 + 40 = 70).
    expect(projects([total(100), project('da1', 500, { capital_type: 'credit' }), project('da1', 30, { capital_type: 'dtpt' }), project('da2', 40)])).toEqual([]);
    // Nor is a credit total compared with credit projects.
    expect(projects([total(10, { capital_type: 'credit' }), project('da1', 50, { capital_type: 'credit' }), project('da2', 40, { capital_type: 'credit' })])).toEqual([]);
  });

  it('a programme total absent, or in another report: nothing to compare', () => {
    expect(projects([project('da1', 70), project('da2', 40)])).toEqual([]);
    expect(projects([total(100, { report_id: 'r2' }), project('da1', 70), project('da2', 40)])).toEqual([]);
    // The programme's total in one section, the projects in another: the same figure.
    const split = [total(100, { section: 'I' }), project('da1', 70, { section: 'II' }), project('da2', 40, { section: 'II' })];
    expect(projects(split)).toMatchObject([{ rowIds: ids(split), sections: ['I', 'II'] }]);
  });
});

describe('funding-districts-corrected: a later report that corrects a district is read against its province', () => {
  const corrected = (rows: Row[]) => checks(tables({ funding: rows }), 'funding-districts-corrected');
  const at = (area: string, value: number, report = 'r1', as_of: string | null = '2023-11-15') => fund({ area_id: area, value, report_id: report, as_of });
  // Report r1 (17/11/2023): Bắc Giang 100, Sơn Động 40, Lục Nam 45 at 15/11: 85, within the province.
  const first = () => [at('p', 100), at('d1', 40), at('d2', 45)];

  it('Lục Nam corrected to 65 for 15/11 by report r2 (30/11): 40 + 65 = 105 above Bắc Giang 100, naming each report', () => {
    const rows = [...first(), at('d2', 65, 'r2')];
    expect(checks(tables({ funding: rows }), 'funding-districts')).toEqual([]);
    const [found, ...more] = corrected(rows);
    expect(more).toEqual([]);
    expect(found).toMatchObject({ severity: 'discrepancy', expected: 105, actual: 100, reportIds: ['r1', 'r2'] });
    expect(found!.rowIds).toEqual([rows[0]!.id, rows[1]!.id, rows[3]!.id]);
    expect(found!.message).toContain('Sơn Động (báo cáo r1) 40 + Lục Nam (báo cáo r2) 65 = 105 triệu đồng, nhiều hơn');
    expect(found!.message).toContain('toàn tỉnh Bắc Giang (báo cáo r1) (100 triệu đồng)');
  });

  it('not found when the correction stays within the province, when the province is corrected too, or when the dates differ', () => {
    expect(corrected([...first(), at('d2', 55, 'r2')])).toEqual([]);
    expect(corrected([...first(), at('d2', 65, 'r2'), at('p', 110, 'r2')])).toEqual([]);
    // Blank as_of: each figure counts at its report's date, so r2's Lục Nam is a later figure, not a correction.
    expect(corrected([at('p', 100, 'r1', null), at('d1', 40, 'r1', null), at('d2', 65, 'r2', null)])).toEqual([]);
    // Every figure from one report: funding-districts says it, not this check.
    expect(corrected([at('p', 100), at('d1', 60), at('d2', 45)])).toEqual([]);
  });
});
