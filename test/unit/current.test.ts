import { describe, expect, it } from 'vitest';
import { current, observationIds, observationKey, summableAreas } from '../../src/data/current.ts';
import { figureId, figureIndex, figuresOf } from '../../src/data/figures.ts';
import type { TableDef } from '../../src/data/define.ts';
import { funding, ncut, poverty, works, type Area, type Funding, type Report } from '../../src/data/tables/index.ts';
import * as aq from 'arquero';
import { fromRows, rowsOf, typed, type Columns } from '../../src/core/typed-table.ts';

const columns = <R extends object>(def: TableDef) => Object.fromEntries(def.fields.map((f) => [f.name, true])) as Columns<R>;

const report = (id: string, date: string): Report => ({
  id, issuer: 'Ban Dân tộc', issuer_area_id: 'bac-giang', doc_type: 'monthly', number: null, date,
  period_start: date, period_end: date, title: 't', signer: null, note: null, figures_note: null, source_file: 'x.txt',
});
const REPORTS = [report('r-2023-11-17', '2023-11-17'), report('r-2023-11-30', '2023-11-30'), report('r-2024-02', '2024-02')];

let n = 0;
const fund = (over: Partial<Funding>): Funding => ({
  id: `f${++n}`, report_id: 'r-2023-11-17', section: '1', area_id: 'bac-giang', program: 'ntp1719', fund_year: '2023',
  budget_source: 'all', capital_type: 'all', project_id: null, measure: 'assigned', value: 100, unit: 'mvnd', as_of: null,
  tranche: null, decision_date: null, figure_text: '100', figure_status: 'reported', note: null, ...over,
});

const currentOf = (rows: Funding[], options = {}) =>
  rowsOf(current(fromRows(rows, columns<Funding>(funding)), funding, REPORTS, options)).map((r) => r.id).toSorted();

describe('the rule for the current figure', () => {
  it('the observation key is the table key without report and date', () => {
    expect(observationKey(funding)).toEqual(['area_id', 'program', 'fund_year', 'budget_source', 'capital_type', 'project_id', 'tranche', 'measure']);
    expect(observationKey(poverty)).toContain('poverty_standard');
    expect(observationKey(works)).toContain('plan_version');
  });

  it('reads a filtered or ordered table by its own rows, not the rows of the data behind it', () => {
    const assigned = fund({ measure: 'assigned', value: 1 });
    const older = fund({ report_id: 'r-2023-11-30', measure: 'disbursed', value: 2 });
    const newer = fund({ report_id: 'r-2024-02', measure: 'disbursed', value: 3 });
    const base = fromRows([assigned, older, newer], columns<Funding>(funding));
    const view = typed<Funding>(base.t.filter((d: Funding) => d.measure === 'disbursed').orderby(aq.desc('value')), columns<Funding>(funding));
    expect(rowsOf(current(view, funding, REPORTS)).map((r) => r.id)).toEqual([newer.id]);
  });

  it('the latest as_of wins, whatever the report order', () => {
    const older = fund({ report_id: 'r-2023-11-30', measure: 'disbursed', as_of: '2023-10-31', value: 50 });
    const newer = fund({ report_id: 'r-2023-11-17', measure: 'disbursed', as_of: '2023-11-15', value: 60 });
    expect(currentOf([older, newer])).toEqual([newer.id]);
  });

  it('at equal as_of the later report wins; a figure repeated by a later report is counted once', () => {
    const first = fund({ report_id: 'r-2023-11-17', measure: 'disbursed', as_of: '2023-11-15', value: 60 });
    const repeat = fund({ report_id: 'r-2023-11-30', measure: 'disbursed', as_of: '2023-11-15', value: 60 });
    expect(currentOf([first, repeat])).toEqual([repeat.id]);
  });

  it('an undated figure is true at its report date, so a new report supersedes an older dated one', () => {
    const dated = fund({ report_id: 'r-2023-11-17', as_of: '2023-11-15', value: 100 });
    const undatedLater = fund({ report_id: 'r-2024-02', value: 120 });
    expect(currentOf([dated, undatedLater])).toEqual([undatedLater.id]);
    // A month-only date counts as its last day: 2024-02 is after 15/11/2023.
  });

  it('a carry-over and the current year are different observations', () => {
    const carry = fund({ fund_year: '2022-carryover', value: 130595 });
    const year = fund({ fund_year: '2023', value: 495128 });
    expect(currentOf([carry, year])).toEqual([carry.id, year.id].toSorted());
  });

  it('tranches are kept apart from each other and from the total', () => {
    const total = fund({ fund_year: '2021-2025', budget_source: 'provincial', value: 237000 });
    const t1 = fund({ fund_year: '2021-2025', budget_source: 'provincial', capital_type: 'dtpt', tranche: 'qd-742-2022', decision_date: '2022-07-27', value: 200000 });
    const t2 = fund({ fund_year: '2021-2025', budget_source: 'provincial', capital_type: 'dtpt', tranche: 'qd-412-2023', decision_date: '2023-04-20', value: 27000 });
    expect(currentOf([total, t1, t2])).toEqual([total.id, t1.id, t2.id].toSorted());
  });

  it('"what was current before the latest report" leaves that report out', () => {
    const before = fund({ report_id: 'r-2023-11-17', measure: 'disbursed', as_of: '2023-11-15', value: 60 });
    const latest = fund({ report_id: 'r-2024-02', measure: 'disbursed', as_of: '2024-01-31', value: 90 });
    expect(currentOf([before, latest])).toEqual([latest.id]);
    expect(currentOf([before, latest], { without: ['r-2024-02'] })).toEqual([before.id]);
    expect(currentOf([before, latest], { until: '2023-12-31' })).toEqual([before.id]);
  });
});

describe('observation ids', () => {
  /** What the ids must agree with: one text key per row. */
  const textKeys = (cols: unknown[][], n: number) => Array.from({ length: n }, (_, i) => cols.map((c) => (c[i] == null ? '\u0000' : String(c[i]))).join('\u0001'));
  const sameGrouping = (cols: unknown[][], n: number) => {
    const { ids, count } = observationIds(cols, n);
    const keys = textKeys(cols, n);
    const byKey = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      if (!byKey.has(keys[i]!)) byKey.set(keys[i]!, ids[i]!);
      expect(ids[i], `row ${i}`).toBe(byKey.get(keys[i]!));
    }
    expect(new Set(ids).size).toBe(byKey.size);
    expect(count).toBe(byKey.size);
    expect(Math.max(...ids)).toBe(count - 1);
  };

  it('are equal exactly when the key columns are (a missing cell as null)', () => {
    const cols = [
      ['a', 'a', 'b', 'a', 'b', 'a'],
      [1, 1, 1, 2, 1, null],
      [null, undefined, null, null, 'x', undefined],
    ];
    sameGrouping(cols, 6);
    const { ids } = observationIds(cols, 6);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[5]).not.toBe(ids[0]);
  });

  it('stay exact when the columns together have more combinations than a number holds', () => {
    // Rows i and i + 1500 differ only in the first column; the other 7 columns have 1500 values
    // each (1500^7 combinations, far past 2^53), so the first column's code is the smallest part.
    const n = 3000;
    const cols: string[][] = [Array.from({ length: n }, (_, i) => (i < n / 2 ? 'a' : 'b'))];
    for (let c = 1; c < 8; c++) cols.push(Array.from({ length: n }, (_, i) => `v${((i % (n / 2)) * (c + 7)) % (n / 2)}`));
    // Some repeated rows, so that equal keys must still meet.
    for (let i = 0; i < 100; i++) for (const col of cols) col[n - 1 - i] = col[i]!;
    sameGrouping(cols, n);
  });
});

describe('areas are added only within one level of one province', () => {
  const area = (id: string, level: string, parent_id: string | null): Area => ({ id, name: id, level, parent_id, note: null }) as Area;
  const AREAS = [area('bg', 'province', null), area('bk', 'province', null), area('sd', 'district', 'bg'), area('ln', 'district', 'bg'), area('bt', 'district', 'bk')];
  it('districts of one province may be added', () => {
    expect(summableAreas(['sd', 'ln'], AREAS)).toEqual({ level: 'district', province: 'bg' });
  });
  it('a province with its district, or districts of two provinces, may not', () => {
    expect(() => summableAreas(['bg', 'sd'], AREAS)).toThrow(/must not be added/);
    expect(() => summableAreas(['sd', 'bt'], AREAS)).toThrow(/must not be added/);
  });
});

describe('global figure ids', () => {
  it('one figure per row: table/row id; several: table/row id/field', () => {
    const figs = figuresOf(ncut, [
      { id: 'n1', report_id: 'r', area_id: 'a', section: 's', persons: 137, quantity: null, quantity_unit: null, amount_mvnd: 68.5, as_of: null, figure_text: 't', figure_status: 'reported' },
    ]);
    expect(figs.map((f) => [f.id, f.unit, f.value])).toEqual([
      ['ncut/n1/persons', 'person', 137],
      ['ncut/n1/amount_mvnd', 'mvnd', 68.5],
    ]);
    expect(figureId('funding', 'bg-2023-11-17-f02')).toBe('funding/bg-2023-11-17-f02');
  });
  it('are unique across tables even when row ids repeat between tables', () => {
    const index = figureIndex({ funding: [fund({ id: 'x1' })], works: [{ id: 'x1', report_id: 'r', area_id: 'a', section: 's', count: 3, as_of: null, figure_text: '3', figure_status: 'reported' }] });
    expect([...index.keys()].toSorted()).toEqual(['funding/x1', 'works/x1']);
    expect(index.get('funding/x1')).toMatchObject({ unit: 'mvnd', value: 100 });
  });
});

describe('what changed since the previous report', () => {
  it('gives each current figure the value it replaced, and nothing for a first figure', async () => {
    const { withPrevious } = await import('../../src/data/current.ts');
    const a = fund({ report_id: 'r-2023-11-17', measure: 'disbursed', as_of: '2023-11-15', value: 60 });
    const b = fund({ report_id: 'r-2024-02', measure: 'disbursed', as_of: '2024-01-31', value: 90 });
    const c = fund({ report_id: 'r-2024-02', measure: 'assigned', value: 500 });
    const out = rowsOf(withPrevious(fromRows([a, b, c], columns<Funding>(funding)), funding, REPORTS, 'value'));
    const byId = Object.fromEntries(out.map((r) => [r.id, [r.previous_value, r.previous_id, r.previous_report_id]]));
    expect(byId).toEqual({ [b.id]: [60, a.id, 'r-2023-11-17'], [c.id]: [null, null, null] });
  });
});
