/**
 * The rule for the current figure at its edges (src/data/time.ts, src/data/current.ts): dates that end on the
 * same day, a report dated exactly at a cut-off, the order of the chosen rows, a count of persons whatever
 * period its report writes, and the figure a current figure replaced. Rows are built here; every expected
 * row is worked out by hand from their dates.
 */
import { describe, expect, it } from 'vitest';
import { current, history, summableAreas, withPrevious } from '../../src/data/current.ts';
import { compareDates, dateEnd, effectiveDate, latestDate, precedence } from '../../src/data/time.ts';
import type { TableDef } from '../../src/data/define.ts';
import { funding, ncut, type Area, type Funding, type Ncut, type Report } from '../../src/data/tables/index.ts';
import { fromRows, rowsOf, type Columns } from '../../src/core/typed-table.ts';

const columns = <R extends object>(def: TableDef) => Object.fromEntries(def.fields.map((f) => [f.name, true])) as Columns<R>;

const report = (id: string, date: string): Report => ({
  id, issuer: 'Ban Dân tộc', issuer_area_id: 'bac-giang', doc_type: 'monthly', number: null, date,
  period_start: date, period_end: date, title: 't', signer: null, note: null, figures_note: null, source_file: 'x.txt',
});
const REPORTS = [report('r-2023-11-17', '2023-11-17'), report('r-2023-11-30', '2023-11-30'), report('r-2024-02', '2024-02'), report('r-2024-03', '2024-03')];

let n = 0;
const fund = (over: Partial<Funding>): Funding => ({
  id: `f${++n}`, report_id: 'r-2023-11-17', section: '1', area_id: 'bac-giang', program: 'ntp1719', fund_year: '2023',
  budget_source: 'all', capital_type: 'all', project_id: null, measure: 'disbursed', value: 100, unit: 'mvnd', as_of: null,
  tranche: null, decision_date: null, figure_text: '100', figure_status: 'reported', note: null, ...over,
});
const person = (over: Partial<Ncut>): Ncut => ({
  id: `n${++n}`, report_id: 'r-2023-11-17', section: 'III.1', area_id: 'bac-giang', period: '2023-2027', measure: 'count', provider: 'province',
  persons: 500, quantity: null, quantity_unit: null, amount_mvnd: null, as_of: null, figure_text: '500 người', figure_status: 'reported', note: null, ...over,
});

const fundTable = (rows: Funding[]) => fromRows(rows, columns<Funding>(funding));
/** The current rows' ids in the order the rule returns them (not sorted: the order is part of the contract). */
const currentIds = (rows: Funding[], options = {}) => rowsOf(current(fundTable(rows), funding, REPORTS, options)).map((r) => r.id);
const currentCounts = (rows: Ncut[], reports = REPORTS) => rowsOf(current(fromRows(rows, columns<Ncut>(ncut)), ncut, reports)).map((r) => [r.period, r.measure, r.persons]);

describe('dates that end on the same day', () => {
  it('the latest of a month and its last day is the one given first (the date printed does not flip)', () => {
    expect(latestDate(['2023-11', '2023-11-30'])).toBe('2023-11');
    expect(latestDate(['2023-11-30', '2023-11'])).toBe('2023-11-30');
    expect(latestDate(['2023', '2023-12', '2023-12-31'])).toBe('2023');
  });

  it('December ends on the 31st, and an undated figure with as_of undefined is true at its report date', () => {
    expect(dateEnd('2023-12')).toBe('2023-12-31');
    expect(dateEnd('2024-04')).toBe('2024-04-30');
    expect(compareDates('2023-12', '2023')).toBe(0);
    expect(compareDates('2023-11-30', '2023-11')).toBe(0);
    expect(effectiveDate(undefined, '2023-06')).toBe('2023-06');
  });

  it('precedence is negative when the second figure wins, at each step of the rule', () => {
    const f = (effective_date: string, report_date: string, report_id: string) => ({ effective_date, report_date, report_id });
    expect(precedence(f('2023-11-15', 'x', 'b'), f('2023-11', 'x', 'a'))).toBeLessThan(0);
    expect(precedence(f('2023-11-15', '2023-11-17', 'b'), f('2023-11-15', '2023-11-30', 'a'))).toBeLessThan(0);
    expect(precedence(f('2023-11-15', '2023-11-30', 'a'), f('2023-11-15', '2023-11-30', 'b'))).toBeLessThan(0);
    // A month-only report date and the last day of that month are one date: the report id decides.
    expect(precedence(f('2023-11-15', '2023-11', 'a'), f('2023-11-15', '2023-11-30', 'b'))).toBeLessThan(0);
  });
});

describe('which figure is current', () => {
  it('the current rows come in table order, whichever row of an observation wins', () => {
    // A (2023 disbursed): 17/11 then 15/01/2024 (row 3 wins); B (2023 assigned): one row (row 2).
    const aOld = fund({ as_of: '2023-11-15', value: 60 });
    const b = fund({ measure: 'assigned', value: 500 });
    const aNew = fund({ report_id: 'r-2024-02', as_of: '2024-01-15', value: 90 });
    expect(currentIds([aOld, b, aNew])).toEqual([b.id, aNew.id]);
    // The first row wins over a later, older one.
    expect(currentIds([aNew, b, aOld])).toEqual([aNew.id, b.id]);
  });

  it('a cut-off keeps the reports dated on it: until 30/11/2023, or until «tháng 11/2023»', () => {
    const r17 = fund({ as_of: '2023-11-15', value: 60 });
    const r30 = fund({ report_id: 'r-2023-11-30', as_of: '2023-11-25', value: 70 });
    const feb = fund({ report_id: 'r-2024-02', as_of: '2024-01-31', value: 90 });
    expect(currentIds([r17, r30, feb], { until: '2023-11-30' })).toEqual([r30.id]);
    expect(currentIds([r17, r30, feb], { until: '2023-11' })).toEqual([r30.id]);
    expect(currentIds([r17, r30, feb], { until: '2023-11-17' })).toEqual([r17.id]);
    expect(currentIds([r17, r30, feb], { until: '2023-11-16' })).toEqual([]);
    // A month-only report (2024-02) ends on 29/02/2024: a cut-off on the 28th leaves it out.
    expect(currentIds([r17, r30, feb], { until: '2024-02-28' })).toEqual([r30.id]);
    expect(currentIds([r17, r30, feb], { until: '2024-02-29' })).toEqual([feb.id]);
    expect(currentIds([r17, r30, feb], { without: ['r-2024-02', 'r-2023-11-30'] })).toEqual([r17.id]);
  });
});

describe('a count of prestigious persons is one figure whatever period its report writes', () => {
  it('a later report’s count for «năm 2024» replaces the count for the term 2023-2027', () => {
    const term = person({ period: '2023-2027', persons: 500 });
    const year = person({ report_id: 'r-2024-02', period: '2024', persons: 510 });
    expect(currentCounts([term, year])).toEqual([['2024', 'count', 510]]);
    expect(currentCounts([year, term])).toEqual([['2024', 'count', 510]]);
  });

  it('support given in 2023 and in 2024 are two figures: only a count is a stock', () => {
    const gifts2023 = person({ period: '2023', measure: 'tet_gift', persons: 300 });
    const gifts2024 = person({ report_id: 'r-2024-02', period: '2024', measure: 'tet_gift', persons: 320 });
    expect(currentCounts([gifts2023, gifts2024])).toEqual([['2023', 'tet_gift', 300], ['2024', 'tet_gift', 320]]);
  });

  it('a later report’s count for a term that ended in 2022 does not replace the count for 2023-2027', () => {
    // The 2019-2022 count is true at 31/12/2022 at the latest, before the 2023 report's 17/11/2023.
    const now = person({ period: '2023-2027', persons: 500 });
    const old = person({ report_id: 'r-2024-02', period: '2019-2022', persons: 480 });
    expect(currentCounts([old, now])).toEqual([['2023-2027', 'count', 500]]);
    // …but it does replace a count dated earlier than the end of its term.
    const earlier = person({ report_id: 'r-2023-11-17', period: '2019-2022', as_of: '2022-06-30', persons: 470 });
    expect(currentCounts([earlier, old])).toEqual([['2019-2022', 'count', 480]]);
  });

  it('counts kept by the province and by the districts stay apart', () => {
    const province = person({ provider: 'province', persons: 500 });
    const district = person({ report_id: 'r-2024-02', period: '2024', provider: 'district', persons: 120 });
    expect(currentCounts([province, district])).toEqual([['2023-2027', 'count', 500], ['2024', 'count', 120]]);
  });
});

describe('the history of a figure', () => {
  it('two observations at the same date keep their table order, after an earlier date', () => {
    const a = fund({ as_of: '2023-11-15', value: 60 });
    const b = fund({ measure: 'assigned', as_of: '2023-11-15', value: 500 });
    const early = fund({ report_id: 'r-2023-11-30', as_of: '2023-10-31', value: 40 });
    const rows = rowsOf(history(fundTable([a, b, early]), funding, REPORTS)).map((r) => r.id);
    expect(rows).toEqual([early.id, a.id, b.id]);
  });
});

describe('the figure a current figure replaced', () => {
  const previousOf = (rows: Funding[]) =>
    Object.fromEntries(rowsOf(withPrevious(fundTable(rows), funding, REPORTS, 'value')).map((r) => [r.id, [r.previous_value, r.previous_report_id]]));

  it('is the latest of the earlier figures, not the first in the file', () => {
    const nov30 = fund({ report_id: 'r-2023-11-30', as_of: '2023-11-25', value: 70 });
    const nov17 = fund({ as_of: '2023-11-15', value: 60 });
    const feb = fund({ report_id: 'r-2024-02', as_of: '2024-01-31', value: 90 });
    expect(previousOf([nov30, nov17, feb])).toEqual({ [feb.id]: [70, 'r-2023-11-30'] });
    expect(previousOf([nov17, nov30, feb])).toEqual({ [feb.id]: [70, 'r-2023-11-30'] });
  });

  it('leaves out a later report’s older figure: «so với» names a report before the current one', () => {
    // r-2024-03 repeats an older date (31/12/2023): the figure of r-2024-02 stays current, and what it
    // replaced is 17/11/2023's, not the March report's.
    const nov17 = fund({ as_of: '2023-11-15', value: 60 });
    const feb = fund({ report_id: 'r-2024-02', as_of: '2024-01-31', value: 90 });
    const mar = fund({ report_id: 'r-2024-03', as_of: '2023-12-31', value: 80 });
    expect(previousOf([mar, nov17, feb])).toEqual({ [feb.id]: [60, 'r-2023-11-17'] });
  });

  it('takes a report of the same date with a lower id, never the current report itself', () => {
    const same = [report('bg-a', '2023-11-30'), report('bg-b', '2023-11-30')];
    const a = fund({ report_id: 'bg-a', value: 70 });
    const b = fund({ report_id: 'bg-b', value: 75 });
    const out = rowsOf(withPrevious(fundTable([b, a]), funding, same, 'value')).map((r) => [r.id, r.previous_value, r.previous_id]);
    expect(out).toEqual([[b.id, 70, a.id]]);
  });
});

describe('areas that may be added', () => {
  const area = (id: string, level: string, parent_id: string | null): Area => ({ id, name: id, level, parent_id, note: null }) as Area;
  const AREAS = [area('bg', 'province', null), area('bk', 'province', null), area('sd', 'district', 'bg')];
  it('one province alone is its own scope; an unknown area is a program error', () => {
    expect(summableAreas(['bg', 'bg'], AREAS)).toEqual({ level: 'province', province: 'bg' });
    expect(() => summableAreas(['bg', 'bk'], AREAS)).toThrow('Figures of province/bg and province/bk must not be added together');
    expect(() => summableAreas(['sd', 'xx'], AREAS)).toThrow('Unknown area xx');
  });
});
