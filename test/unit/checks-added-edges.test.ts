/**
 * The checks of the rows staff add (new-code, estimate-word, the correction, merger and plan rules) and what the
 * downloads and pages read from corrections and figure ids (corrections.ts, figures.ts): the cases the first tests
 * left open, each as staff or a reader meets it (a warning said or not, on which line, naming what; a row marked as
 * corrected or not; a figure's unit, date and qualifier). Rows built here (reconcile-rows.ts: reports r1 of
 * 17/11/2023, r2 and r3 of 30/11/2023); expected values worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { correctionIssues } from '../../src/data/correction-rule.ts';
import { correctedRows, correctingRowOf, ratesOnCorrected, unmatchedCorrections } from '../../src/data/corrections.ts';
import type { TableDef, TableName } from '../../src/data/define.ts';
import { estimateWordIssues } from '../../src/data/estimate-word.ts';
import { figuresOf } from '../../src/data/figures.ts';
import { mergerIssues } from '../../src/data/merger-rule.ts';
import { newCodeIssues } from '../../src/data/new-code.ts';
import { planChangeIssues } from '../../src/data/plan-rule.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { AREAS, fund, person, poor, report, tables, work, type Row } from './reconcile-rows.ts';

const def = (name: string) => TABLES.find((t) => t.name === name)! as TableDef;
const FUNDING = def('funding');
const files = Object.fromEntries(TABLES.map((t) => [t.name, `data/${t.file}`])) as Record<TableName, string>;
/** r1 17/11, r2 and r3 30/11, r4 15/12/2023. */
const REPORTS = [report({}), report({ id: 'r2', date: '2023-11-30' }), report({ id: 'r3', date: '2023-11-30' }), report({ id: 'r4', date: '2023-12-15' })];
const NOTE = 'Đính chính số của báo cáo trước';
const disbursed = (report_id: string, value: number, over: Row = {}) => fund({ report_id, measure: 'disbursed', value, as_of: '2023-11-15', ...over });

describe('which row a later report corrects (downloads: corrected_by)', () => {
  it('only the earlier report’s row of the figure a noted row corrects: not an unnoted change, not a later report’s row', () => {
    const a = disbursed('r1', 100);
    const b = disbursed('r2', 120, { note: NOTE });
    // Another figure changed by r2 without a note: a later figure, not a correction.
    const x = fund({ measure: 'allocated', value: 50, as_of: '2023-11-15' });
    const y = fund({ report_id: 'r2', measure: 'allocated', value: 60, as_of: '2023-11-15' });
    // r4 (15/12) gives the disbursed figure of 15/11 again: after the correction, never corrected by it.
    const z = disbursed('r4', 130);
    expect([...correctedRows(FUNDING, [a, b, x, y, z], REPORTS)]).toEqual([[a.id, b.id]]);
  });

  it('two reports of the same day: neither corrects the other, and the noted one is said to correct nothing', () => {
    const c = disbursed('r3', 10, { area_id: 'd1' });
    const d = disbursed('r2', 12, { area_id: 'd1', note: NOTE });
    const rows = [c, d];
    expect([...correctedRows(FUNDING, rows, REPORTS)]).toEqual([]);
    expect(unmatchedCorrections(FUNDING, rows, REPORTS)).toEqual([{ index: 1, candidate: null }]);
  });

  it('a support row that adds a quantity beside the same persons corrects nothing (no figure both give differs)', () => {
    const ncut = def('ncut');
    const earlier = person({ persons: 30, as_of: '2023-11-15' });
    const later = person({ report_id: 'r2', persons: 30, quantity: 12, quantity_unit: 'copy', as_of: '2023-11-15', note: NOTE });
    expect([...correctedRows(ncut, [earlier, later], REPORTS)]).toEqual([]);
    // Nor one that leaves out a quantity the earlier row gave.
    const withQuantity = person({ persons: 30, quantity: 12, quantity_unit: 'copy', as_of: '2023-11-15' });
    const without = person({ report_id: 'r2', persons: 30, as_of: '2023-11-15', note: NOTE });
    expect([...correctedRows(ncut, [withQuantity, without], REPORTS)]).toEqual([]);
  });

  it('a poverty rate noted «Đính chính» with the same rate and another count of communes corrects no figure', () => {
    const earlier = poor({ communes: 28 });
    const later = poor({ report_id: 'r2', communes: 30, note: NOTE });
    expect([...correctedRows(def('poverty'), [earlier, later], REPORTS)]).toEqual([]);
  });

  it('the rate printed beside a corrected amount is marked too, whatever its date; another area’s rate, or a rate corrected itself, keeps its own', () => {
    const a = disbursed('r1', 100);
    const b = disbursed('r2', 120, { note: NOTE });
    const rate = fund({ measure: 'disbursement_rate', unit: 'percent', value: 50 });
    const other = fund({ area_id: 'd1', measure: 'disbursement_rate', unit: 'percent', value: 40 });
    // Development capital: its amount and its rate both corrected by r2.
    const a2 = disbursed('r1', 80, { capital_type: 'dtpt' });
    const b2 = disbursed('r2', 90, { capital_type: 'dtpt', note: NOTE });
    const r2 = fund({ capital_type: 'dtpt', measure: 'disbursement_rate', unit: 'percent', value: 40, as_of: '2023-11-15' });
    const r2b = fund({ report_id: 'r2', capital_type: 'dtpt', measure: 'disbursement_rate', unit: 'percent', value: 45, as_of: '2023-11-15', note: NOTE });
    const rows = [a, b, rate, other, a2, b2, r2, r2b];
    expect([...correctedRows(FUNDING, rows, REPORTS)].sort()).toEqual(
      [
        [a.id, b.id],
        [a2.id, b2.id],
        [r2.id, r2b.id],
      ].sort(),
    );
    expect([...ratesOnCorrected(FUNDING, rows, REPORTS)]).toEqual([[rate.id, b.id]]);
  });

  it('a withdrawal rewriting a row in place is told the correcting row of another report, if there is one', () => {
    const a = disbursed('r1', 100);
    const b = disbursed('r2', 120, { note: NOTE });
    const unnoted = disbursed('r3', 125, { area_id: 'd1' });
    const before = disbursed('r1', 110, { area_id: 'd1' });
    expect(correctingRowOf(FUNDING, [a, b, before, unnoted], REPORTS, a)).toBe(b.id);
    // The correcting row itself, and a row whose later figure has no note: none.
    expect(correctingRowOf(FUNDING, [a, b, before, unnoted], REPORTS, b)).toBe(null);
    expect(correctingRowOf(FUNDING, [a, b, before, unnoted], REPORTS, before)).toBe(null);
    expect(correctingRowOf(def('areas'), [AREAS[0]!], REPORTS, AREAS[0]!)).toBe(null);
  });
});

describe('a row noted «Đính chính» that corrects nothing (the checker’s warning)', () => {
  it('left undated beside an undated earlier figure: each is dated by its report, so the earlier report’s date is offered', () => {
    const earlier = disbursed('r1', 100, { as_of: null });
    const later = disbursed('r2', 120, { as_of: null, note: NOTE });
    expect(unmatchedCorrections(FUNDING, [earlier, later], REPORTS)).toEqual([{ index: 1, candidate: { id: earlier.id, at: '2023-11-17' } }]);
  });

  it('the same value again at the same date is a repeat: no warning', () => {
    expect(unmatchedCorrections(FUNDING, [disbursed('r1', 100), disbursed('r2', 100, { note: NOTE })], REPORTS)).toEqual([]);
  });

  it('of two earlier dates the latest is offered; a later report’s figure of the same date is not the one corrected', () => {
    const tenth = disbursed('r1', 90, { as_of: '2023-11-10' });
    const fifteenth = disbursed('r1', 100);
    const later = disbursed('r2', 120, { as_of: '2023-11-20', note: NOTE });
    expect(unmatchedCorrections(FUNDING, [tenth, fifteenth, later], REPORTS)).toEqual([{ index: 2, candidate: { id: fifteenth.id, at: '2023-11-15' } }]);
    const after = disbursed('r4', 130, { as_of: '2023-11-20' });
    expect(unmatchedCorrections(FUNDING, [later, after], REPORTS)).toEqual([{ index: 0, candidate: null }]);
  });

  it('the warning points at the row’s as_of as typed, and is not given for a table read with errors', () => {
    const t = tables({ reports: REPORTS, funding: [disbursed('r1', 100), disbursed('r2', 120, { as_of: '2023-11-20', note: NOTE })] });
    const [w, ...more] = correctionIssues(t, { funding: [2, 3] }, files, new Set(['funding', 'reports']));
    expect(more).toEqual([]);
    expect([w!.code, w!.severity, w!.file, w!.line, w!.column, w!.value]).toEqual(['rule.correction-unmatched', 'warning', 'data/funding.csv', 3, 'as_of', '2023-11-20']);
    expect(w!.message).toContain('dòng');
    expect(correctionIssues(t, { funding: [2, 3] }, files, new Set(['reports']))).toEqual([]);
  });
});

describe('a commune under a district after the merger (the checker’s warning)', () => {
  const areas = [...AREAS, { id: 'c1', name: 'An Lạc', level: 'commune', parent_id: 'd1', note: null }];
  const reports = [report({}), report({ id: 'r5', date: '2025-08-01' })];
  const lines = { areas: [2, 3, 4, 5, 6] };

  it('a commune with a figure of 2023, listed before its figure of 2025, existed before the reform: no warning at all', () => {
    const indicators: Row[] = [
      { id: 'i1', report_id: 'r1', area_id: 'c1' },
      { id: 'i2', report_id: 'r5', area_id: 'c1' },
    ];
    expect(mergerIssues(tables({ areas, reports, indicators }), lines, files)).toEqual([]);
  });

  it('its figures of 2025 only: one warning, on its line, naming the district', () => {
    const [w, ...more] = mergerIssues(tables({ areas, reports, indicators: [{ id: 'i2', report_id: 'r5', area_id: 'c1' }] as Row[] }), lines, files);
    expect(more).toEqual([]);
    expect([w!.line, w!.column, w!.value]).toEqual([6, 'parent_id', 'd1']);
    expect(w!.message).toContain('vẫn ghi thuộc huyện Sơn Động');
  });
});

describe('a plan given another size by a later report (the checker’s warning)', () => {
  const lines = { works: [2, 3, 4, 5] };

  it('rows in any order: the warning is on the later report’s row, naming the earlier report', () => {
    const later = work({ report_id: 'r2', count: 28 });
    const earlier = work({ report_id: 'r1', count: 37 });
    const [w, ...more] = planChangeIssues(tables({ works: [later, earlier] }), lines, files);
    expect(more).toEqual([]);
    expect([w!.line, w!.column, w!.value]).toEqual([2, 'count', '28']);
    expect(w!.message).toBe('báo cáo trước r1 ghi kế hoạch này (cùng địa bàn, đợt, danh mục) có 37 công trình, dòng này ghi 28: trang web sẽ thay 37 bằng 28');
  });

  it('a lone plan row, completed works growing, or one report giving its plan at two dates, are no change of plan', () => {
    expect(planChangeIssues(tables({ works: [work({ count: 37 })] }), lines, files)).toEqual([]);
    const completed = [work({ measure: 'completed', count: 10 }), work({ report_id: 'r2', measure: 'completed', count: 12 })];
    expect(planChangeIssues(tables({ works: completed }), lines, files)).toEqual([]);
    const twoDates = [work({ count: 37, as_of: '2023-10-31' }), work({ count: 40, as_of: '2023-11-15' })];
    expect(planChangeIssues(tables({ works: twoDates }), lines, files)).toEqual([]);
  });
});

describe('an estimate copied without its «ước» (the checker’s warning)', () => {
  const added = (table: TableName, rows: Row[]) => ({ published: {}, tables: { [table]: rows }, lines: { [table]: rows.map((_, i) => i + 2) }, files });

  it('an amount printed in billions beside another number («trên 300 hộ, khoảng 2,5 tỷ đồng» for 2.500 million) is read as «khoảng»', () => {
    const text = 'hỗ trợ trên 300 hộ, khoảng 2,5 tỷ đồng';
    const [w, ...more] = estimateWordIssues(added('funding', [fund({ value: 2500, figure_text: text, figure_status: 'estimate' })]));
    expect(more).toEqual([]);
    expect([w!.line, w!.column, w!.value]).toEqual([2, 'figure_text', text]);
    expect(w!.message).toContain('trang web sẽ ghi «khoảng …»');
  });

  it('a support row without persons is read by its amount in billions', () => {
    const row = person({ amount_mvnd: 1200, figure_text: 'cho 40 hộ, khoảng 1,2 tỷ đồng', figure_status: 'estimate' });
    expect(estimateWordIssues(added('ncut', [row])).map((w) => [w.line, w.value])).toEqual([[2, 'cho 40 hộ, khoảng 1,2 tỷ đồng']]);
  });
});

describe('a new indicator code (the checker’s warning)', () => {
  const I = (id: string, indicator: string, label = indicator, unit = 'person') => ({ id, indicator, label, unit });
  const warn = (published: ReturnType<typeof I>[], now: ReturnType<typeof I>[]) =>
    newCodeIssues({ published: { indicators: published }, tables: { indicators: [...published, ...now] }, lines: {}, files });

  it('words of two letters are no likeness: «gifts_in_cash» is not offered «meals_in_kind»', () => {
    const [w] = warn([I('p1', 'meals_in_kind')], [I('n1', 'gifts_in_cash')]);
    expect(w!.message).toBe('mã chỉ tiêu gifts_in_cash chưa có trong số liệu đang công bố: trang web sẽ coi đây là một chỉ tiêu mới, không nối với số của báo cáo trước');
  });

  it('a code already published, though not in the guide, is not new; a guide code keeps the guide’s label', () => {
    expect(warn([I('p1', 'zinc_mines')], [I('n1', 'zinc_mines')])).toEqual([]);
    const [w] = warn([I('p1', 'near_poor_rate', 'Tỷ lệ cận nghèo (báo cáo)', 'percent')], [I('n1', 'near_poor_ratio')]);
    expect(w!.message).toContain('near_poor_rate (Tỷ lệ hộ cận nghèo, đơn vị percent)');
    expect(w!.message).not.toContain('(báo cáo)');
  });

  it('the codes sharing the rarest word come first, ties by code: zinc (one code), then quartz (three)', () => {
    const published = [I('p1', 'zinc_mines'), I('p2', 'quartz_sites'), I('p3', 'quartz_pits'), I('p4', 'quartz_mines')];
    const [w] = warn(published, [I('n1', 'zinc_quartz_output')]);
    expect(w!.message).toContain('; mã đã có gần giống: zinc_mines (zinc_mines, đơn vị person); quartz_mines (quartz_mines, đơn vị person); quartz_pits (quartz_pits, đơn vị person)');
    expect(w!.message).not.toContain('quartz_sites');
  });
});

describe('a figure’s global id, unit, date and qualifier (figure index)', () => {
  it('a support row gives its persons and its quantity (in its quantity’s unit), not the amount it lacks', () => {
    const row = person({ id: 'n-9', persons: 30, quantity: 12, quantity_unit: 'copy', as_of: '2023-11-15', figure_text: '30 người, 12 tờ báo' });
    expect(figuresOf(def('ncut'), [row]).map((f) => [f.id, f.field, f.value, f.unit, f.as_of])).toEqual([
      ['ncut/n-9/persons', 'persons', 30, 'person', '2023-11-15'],
      ['ncut/n-9/quantity', 'quantity', 12, 'copy', '2023-11-15'],
    ]);
  });

  it('an amount printed in billions beside another number, with «khoảng», is qualified «khoảng»; an undated row, or a table without as_of, has none', () => {
    const row = fund({ id: 'f-9', value: 2500, figure_text: 'hỗ trợ trên 300 hộ, khoảng 2,5 tỷ đồng' });
    expect(figuresOf(FUNDING, [row]).map((f) => [f.id, f.unit, f.as_of, f.qualifier])).toEqual([['funding/f-9', 'mvnd', null, 'khoang']]);
    const rate = { ...poor({ id: 'p-9' }) };
    delete rate.as_of;
    expect(figuresOf(def('poverty'), [rate]).map((f) => [f.id, f.unit, f.as_of])).toEqual([['poverty/p-9', 'percent', null]]);
  });
});
