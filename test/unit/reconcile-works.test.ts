/**
 * works-districts: the districts' counts of works against their province's.
 * When the districts of a kind of work are every district the report gives
 * for that programme, batch and plan version, they must make the province's
 * count exactly; when the report names another district elsewhere, they may
 * only not exceed it. Counts and sentences worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { checks, ids, tables, work, type Row } from './reconcile-rows.ts';

const findings = (rows: Row[]) => checks(tables({ works: rows }), 'works-districts');
const province = (count: number, over: Row = {}) => work({ count, ...over });
const district = (area: string, count: number, over: Row = {}) => work({ area_id: area, count, ...over });

describe('works-districts: every district the report gives must make the province', () => {
  it('Sơn Động 6 + Lục Nam 5 against 10 planned for Bắc Giang, no other district named: found, in words', () => {
    const rows = [province(10), district('d1', 6), district('d2', 5)];
    expect(findings(rows)).toEqual([
      expect.objectContaining({
        severity: 'discrepancy',
        table: 'works',
        rowIds: ids(rows),
        expected: 11,
        actual: 10,
        difference: -1,
        message:
          'Báo cáo r1 (mục 1) nêu kế hoạch (tất cả) toàn tỉnh Bắc Giang là 10 công trình, nhưng các phần (Sơn Động 6 + Lục Nam 5) cộng lại là 11 công trình; chênh lệch 1 công trình.',
      }),
    ]);
  });

  it('complete districts short of the province by one work: found; adding up exactly: not', () => {
    const short = [province(10), district('d1', 6), district('d2', 3)];
    expect(findings(short)).toMatchObject([{ rowIds: ids(short), expected: 9, actual: 10, message: expect.stringContaining('chênh lệch 1 công trình') }]);
    expect(findings([province(10), district('d1', 6), district('d2', 4)])).toEqual([]);
  });

  it('a district the report names elsewhere for the same plan makes the list partial: short is fine, over is found', () => {
    // Yên Thế has works started in the same plan, but no planned count: the planned districts are only some.
    const named = district('d3', 2, { measure: 'started', as_of: '2023-11-15' });
    expect(findings([province(10), district('d1', 6), district('d2', 3), named])).toEqual([]);
    const over = [province(10), district('d1', 6), district('d2', 5)];
    expect(findings([...over, named])).toEqual([
      expect.objectContaining({
        rowIds: ids(over),
        expected: 11,
        actual: 10,
        message: 'Báo cáo r1 (mục 1): Sơn Động 6 + Lục Nam 5 = 11 công trình, nhiều hơn kế hoạch (tất cả) toàn tỉnh Bắc Giang (10 công trình).',
      }),
    ]);
  });

  it('a district named only in another report, programme, batch or plan version does not make the list partial', () => {
    const short = [province(10), district('d1', 6), district('d2', 3)];
    for (const elsewhere of [{ report_id: 'r2' }, { program: 'ntp1719' }, { batch: '2025' }, { plan_version: 'revised' }]) {
      expect(findings([...short, district('d3', 1, elsewhere)]), JSON.stringify(elsewhere)).toMatchObject([{ rowIds: ids(short), expected: 9 }]);
    }
  });

  it('the same kind, measure and date only: spillways are not summed into bridges, nor one date into another', () => {
    expect(findings([province(10, { work_type: 'cau' }), district('d1', 6, { work_type: 'ngam' }), district('d2', 5, { work_type: 'ngam' })])).toEqual([]);
    expect(findings([province(10, { measure: 'completed' }), district('d1', 6), district('d2', 5)])).toEqual([]);
    const at = (as_of: string) => ({ measure: 'completed', as_of });
    expect(findings([province(10, at('2023-11-15')), district('d1', 6, at('2023-10-31')), district('d2', 5, at('2023-10-31'))])).toEqual([]);
    // Spillways by district against the province's spillways: the kind is named.
    const ngam = [province(10, { work_type: 'ngam', measure: 'completed' }), district('d1', 6, { work_type: 'ngam', measure: 'completed' }), district('d2', 5, { work_type: 'ngam', measure: 'completed' })];
    expect(findings(ngam)).toMatchObject([{ message: expect.stringContaining('nêu hoàn thành (ngầm dân sinh) toàn tỉnh Bắc Giang là 10 công trình') }]);
  });

  it('no province figure, or one district only: nothing to sum', () => {
    // Two districts and nothing for the province: no total.
    expect(findings([district('d1', 6), district('d2', 5)])).toEqual([]);
    // One district only: no sum.
    expect(findings([province(10), district('d1', 6)])).toEqual([]);
  });
});

describe('works-stages: completed + under construction ≤ started ≤ planned, at each date', () => {
  const stage = (measure: string, count: number, over: Row = {}) => work({ measure, count, as_of: '2023-11-30', ...over });
  const stages = (rows: Row[]) => checks(tables({ works: rows }), 'works-stages');

  it('6 completed + 5 under construction of 10 started: found, in words', () => {
    const started = stage('started', 10);
    const parts = [stage('completed', 6), stage('under_construction', 5)];
    expect(stages([started, ...parts])).toEqual([
      expect.objectContaining({
        severity: 'discrepancy',
        table: 'works',
        rowIds: ids([started, ...parts]),
        expected: 10,
        actual: 11,
        message: 'Báo cáo r1 (mục 1): hoàn thành 6 + đang thi công 5 = 11 công trình, nhiều hơn đã khởi công (10 công trình).',
      }),
    ]);
    expect(stages([stage('started', 10), stage('completed', 6), stage('under_construction', 4)])).toEqual([]);
  });

  it('without a started count the plan bounds the works done; started beyond the plan is found alone', () => {
    const planned = stage('planned', 10, { as_of: null });
    const done = stage('completed', 11);
    expect(stages([planned, done])).toMatchObject([{ rowIds: ids([planned, done]), expected: 10, actual: 11 }]);
    const started = stage('started', 12);
    expect(stages([planned, started])).toMatchObject([
      { rowIds: ids([planned, started]), expected: 10, actual: 12, message: 'Báo cáo r1 (mục 1): đã khởi công 12 công trình, nhiều hơn kế hoạch (10 công trình).' },
    ]);
  });

  it('a count of its own date first, then an undated one; another date is not compared', () => {
    // Started: 20 undated, 10 as of 30/11; 11 completed as of 30/11 exceed the 10.
    const dated = stage('started', 10);
    const done = stage('completed', 11);
    expect(stages([stage('started', 20, { as_of: null }), dated, done])).toMatchObject([{ rowIds: ids([dated, done]), expected: 10 }]);
    // Started 10 as of 31/10, 11 completed as of 30/11: two dates, nothing undated.
    expect(stages([stage('started', 10, { as_of: '2023-10-31' }), done])).toEqual([]);
  });

  it('one finding for the same rows found at two dates; other kinds of works are not mixed', () => {
    // At the undated «date» and at 30/11 (where the undated counts apply): started 12 > planned 10, once.
    const rows = [stage('planned', 10, { as_of: null }), stage('started', 12, { as_of: null }), stage('completed', 1)];
    expect(stages(rows)).toMatchObject([{ rowIds: ids(rows.slice(0, 2)) }]);
    expect(stages([stage('started', 10, { work_type: 'cau' }), stage('completed', 11, { work_type: 'ngam' })])).toEqual([]);
  });
});
