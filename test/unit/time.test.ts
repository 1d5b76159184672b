/**
 * Time and precedence (src/data/time.ts, src/data/current.ts current and history), with expectations
 * worked out by hand: which row of each observation a reader should see, and in what order.
 */
import { describe, expect, it } from 'vitest';
import { current, history } from '../../src/data/current.ts';
import { compareDates, dateEnd, effectiveDate, latestDate, precedence } from '../../src/data/time.ts';
import type { TableDef } from '../../src/data/define.ts';
import { funding, type Funding, type Report } from '../../src/data/tables/index.ts';
import { fromRows, rowsOf, type Columns } from '../../src/core/typed-table.ts';

const columns = Object.fromEntries((funding as TableDef).fields.map((f) => [f.name, true])) as Columns<Funding>;

const report = (id: string, date: string): Report => ({
  id, issuer: 'Ban Dân tộc', issuer_area_id: 'bac-giang', doc_type: 'monthly', number: null, date,
  period_start: date, period_end: date, title: 't', signer: null, note: null, figures_note: null, source_file: 'x.txt',
});

let n = 0;
const fund = (over: Partial<Funding>): Funding => ({
  id: `f${++n}`, report_id: 'a', section: '1', area_id: 'bac-giang', program: 'ntp1719', fund_year: '2023',
  budget_source: 'all', capital_type: 'all', project_id: null, measure: 'disbursement_rate', value: 1, unit: 'percent', as_of: null,
  tranche: null, decision_date: null, figure_text: '1', figure_status: 'reported', note: null, ...over,
});

const table = (rows: Funding[]) => fromRows(rows, columns);
const currentIds = (rows: Funding[], reports: Report[]) => rowsOf(current(table(rows), funding, reports)).map((r) => r.id).toSorted();
const historyRows = (rows: Funding[], reports: Report[]) => rowsOf(history(table(rows), funding, reports)).map((r) => [r.id, r.effective_date]);

describe('dates', () => {
  it('a month-only or year-only date stands for its last day', () => {
    expect(dateEnd('2023-06')).toBe('2023-06-30');
    expect(dateEnd('2023-11')).toBe('2023-11-30');
    expect(dateEnd('2024-02')).toBe('2024-02-29');
    expect(dateEnd('2023-02')).toBe('2023-02-28');
    // Centuries: 2000 is a leap year, 2100 is not; January and December have 31 days, September 30.
    expect(['2000-02', '2100-02', '2023-01', '2023-09', '2023-12'].map(dateEnd)).toEqual(['2000-02-29', '2100-02-28', '2023-01-31', '2023-09-30', '2023-12-31']);
    expect(dateEnd('2023')).toBe('2023-12-31');
    expect(dateEnd('2023-11-15')).toBe('2023-11-15');
  });

  it('a month-only date is later than a day in the same month, and equal to its last day', () => {
    expect(compareDates('2023-11', '2023-11-15')).toBeGreaterThan(0);
    expect(compareDates('2023-11-15', '2023-11')).toBeLessThan(0);
    expect(compareDates('2023-11', '2023-11-30')).toBe(0);
    expect(compareDates('2023-12-01', '2023-11')).toBeGreaterThan(0);
    expect(latestDate(['2023-11-15', '2023-11', '2023-10-31'])).toBe('2023-11');
    expect(latestDate(['2023-06', '2023-11-15', null, undefined])).toBe('2023-11-15');
    expect(latestDate([])).toBe('');
  });

  it('a figure without as_of is true at its report date', () => {
    expect(effectiveDate(null, '2023-06')).toBe('2023-06');
    expect(effectiveDate('2023-05-31', '2023-06')).toBe('2023-05-31');
  });

  it('precedence: later effective date, then later report, then higher report id', () => {
    const f = (effective_date: string, report_date: string, report_id: string) => ({ effective_date, report_date, report_id });
    expect(precedence(f('2023-11', 'x', 'a'), f('2023-11-15', 'x', 'b'))).toBeGreaterThan(0);
    expect(precedence(f('2023-11-15', '2023-11-30', 'a'), f('2023-11-15', '2023-11-17', 'b'))).toBeGreaterThan(0);
    expect(precedence(f('2023-11-15', '2023-11-30', 'b'), f('2023-11-15', '2023-11-30', 'a'))).toBeGreaterThan(0);
    expect(precedence(f('2023-11-15', '2023-11-30', 'a'), f('2023-11-15', '2023-11-30', 'a'))).toBe(0);
  });
});

describe('the current figure', () => {
  it('a month-only report (2023-11) is later than a figure dated 15/11/2023, whatever the row order', () => {
    const reports = [report('month', '2023-11'), report('day', '2023-11-20')];
    const day = fund({ report_id: 'day', as_of: '2023-11-15', value: 10 });
    const month = fund({ report_id: 'month', value: 20 });
    expect(currentIds([month, day], reports)).toEqual([month.id]);
    expect(currentIds([day, month], reports)).toEqual([month.id]);
  });

  it('same effective date: the later report wins; same report date: the higher report id wins', () => {
    const reports = [report('r1', '2023-11-17'), report('r2', '2023-11-30'), report('r2b', '2023-11-30')];
    const early = fund({ report_id: 'r1', as_of: '2023-11-15', value: 10 });
    const late = fund({ report_id: 'r2', as_of: '2023-11-15', value: 11 });
    expect(currentIds([late, early], reports)).toEqual([late.id]);
    const twin = fund({ report_id: 'r2b', as_of: '2023-11-15', value: 12 });
    // r2 and r2b share 30/11/2023: 'r2b' > 'r2', so r2b's figure is current.
    expect(currentIds([twin, late, early], reports)).toEqual([twin.id]);
    expect(currentIds([early, late, twin], reports)).toEqual([twin.id]);
  });

  it('a carry-over (fund_year 2022-carryover) is a different observation from 2023', () => {
    const reports = [report('r1', '2023-11-17'), report('r2', '2023-11-30')];
    const carry = fund({ report_id: 'r2', fund_year: '2022-carryover', value: 5 });
    const year = fund({ report_id: 'r1', fund_year: '2023', value: 7 });
    expect(currentIds([carry, year], reports)).toEqual([carry.id, year.id].toSorted());
  });

  it('a tranche is never taken for its fund’s total, even when it is newer', () => {
    const reports = [report('r1', '2023-11-17'), report('r2', '2023-11-30')];
    const total = fund({ report_id: 'r1', measure: 'assigned', unit: 'mvnd', value: 1000 });
    const tranche = fund({ report_id: 'r2', measure: 'assigned', unit: 'mvnd', value: 300, tranche: 'qd-742-2022' });
    const ids = currentIds([total, tranche], reports);
    expect(ids).toEqual([total.id, tranche.id].toSorted());
    const rows = rowsOf(current(table([total, tranche]), funding, reports));
    expect(rows.find((r) => r.tranche === null)!.value).toBe(1000);
  });
});

describe('history: every report’s figure, one per effective date', () => {
  it('keeps one figure per date (the later report’s), ordered by date with months at their last day', () => {
    const reports = [report('jun', '2023-06'), report('r17', '2023-11-17'), report('r30', '2023-11-30'), report('nov', '2023-11')];
    const june = fund({ report_id: 'jun', value: 18.74 });
    const first = fund({ report_id: 'r17', as_of: '2023-11-15', value: 60 });
    const repeat = fund({ report_id: 'r30', as_of: '2023-11-15', value: 61 });
    const month = fund({ report_id: 'nov', value: 70 });
    const end = fund({ report_id: 'r30', value: 65 });
    // 15/11: r17 and r30 give it, r30 (30/11/2023) is later → `repeat`. 30/11/2023 and 2023-11 are one date:
    // the report 2023-11 and the report 30/11/2023 end on the same day, and 'r30' > 'nov' → `end`.
    expect(historyRows([month, end, repeat, first, june], reports)).toEqual([
      [june.id, '2023-06'],
      [repeat.id, '2023-11-15'],
      [end.id, '2023-11-30'],
    ]);
  });

  it('keeps observations apart: a carry-over has its own history', () => {
    const reports = [report('r1', '2023-11-17'), report('r2', '2023-11-30')];
    const a = fund({ report_id: 'r1', fund_year: '2023', value: 1 });
    const b = fund({ report_id: 'r1', fund_year: '2022-carryover', value: 2 });
    const c = fund({ report_id: 'r2', fund_year: '2023', value: 3 });
    expect(historyRows([c, b, a], reports)).toEqual([
      [b.id, '2023-11-17'],
      [a.id, '2023-11-17'],
      [c.id, '2023-11-30'],
    ]);
  });
});

describe('the wording of a figure’s date', () => {
  it('says the day, the month or the year as the source gives it, and what the date is of', async () => {
    const { asOfPhrase, figureDatePhrase } = await import('../../src/core/format.ts');
    expect(asOfPhrase('2023-11-17')).toBe('Số liệu đến ngày 17/11/2023');
    expect(asOfPhrase('2023-06')).toBe('Số liệu đến tháng 6/2023');
    expect(asOfPhrase('2022')).toBe('Số liệu đến năm 2022');
    expect(figureDatePhrase('2023-11-15')).toBe('đến ngày 15/11/2023');
    expect(figureDatePhrase('2023-06')).toBe('tháng 6/2023');
    expect(figureDatePhrase('2022')).toBe('năm 2022');
    expect(figureDatePhrase('2022-02-14', 'decision')).toBe('theo quyết định ngày 14/02/2022');
    expect(figureDatePhrase('2023-11-30', 'report')).toBe('theo báo cáo ngày 30/11/2023');
    expect(figureDatePhrase('2023-12-31', 'estimate')).toBe('ước đến ngày 31/12/2023');
  });
});
