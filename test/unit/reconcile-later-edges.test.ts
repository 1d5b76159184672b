/**
 * The reconciliation checks added after 1 December, as /du-lieu/chat-luong/ shows their findings: the whole
 * sentence a reader sees, and the cases on either side of each rule that the first tests (reconcile-findings,
 * reconcile-funding-parts) left open. Rows built here (reconcile-rows.ts: Bắc Giang with Sơn Động, Lục Nam, Yên
 * Thế; reports r1 of 17/11/2023, r2 and r3 of 30/11/2023); every expected sentence and figure worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Tables } from '../../src/data/reconcile/index.ts';
import { AREAS, checks, doc, fund, ids, ind, person, poor, report, tables, work, type Row } from './reconcile-rows.ts';

const only = (t: Tables, check: string) => checks(t, check);
/** The sentences of a check's findings, each of the table and kind (severity) the page files it under. */
const messages = (t: Tables, check: string, table: string, severity = 'discrepancy') =>
  only(t, check).map((d) => {
    expect([d.table, d.severity]).toEqual([table, severity]);
    return d.message;
  });

describe('document-dates: the sentences of the three findings', () => {
  const half = [report({ id: 'r1', date: '2023-06', period_start: '2023-01', period_end: '2023-06' })];

  it('a late document cited in two sections: one sentence naming both sections and the report’s month', () => {
    const text = 'Công văn số 2698/UBND-TCKH ngày 30/12/2023';
    const rows = [doc({ document: 'cv-2698', doc_ref: '2698/UBND-TCKH', date: '2023-12-30', figure_text: text }), doc({ document: 'cv-2698', doc_ref: '2698/UBND-TCKH', date: '2023-12-30', figure_text: text, section: '2' })];
    expect(messages(tables({ reports: half, documents: rows }), 'document-dates', 'documents')).toEqual([
      'Báo cáo r1 (mục 1; 2) dẫn 2698/UBND-TCKH “Công văn số 2698/UBND-TCKH ngày 30/12/2023”, sau ngày của chính báo cáo (tháng 6/2023); có thể in nhầm năm.',
    ]);
  });

  it('a document of the period dated long before it: the month of a monthly report, the span of a half-year one', () => {
    const feb = [report({ date: '2024-02-21', period_start: '2024-02', period_end: '2024-02' })];
    const early = doc({ document: 'kh-53', doc_ref: '53/KH-UBND', role: 'issued_in_period', date: '2023-12-31', figure_text: 'Kế hoạch số 53/KH-UBND ngày 31/12/2023' });
    expect(messages(tables({ reports: feb, documents: [early] }), 'document-dates', 'documents')).toEqual([
      'Báo cáo r1 (mục 1) kể 53/KH-UBND “Kế hoạch số 53/KH-UBND ngày 31/12/2023” là việc làm trong kỳ báo cáo (tháng 2/2024), nhưng ngày in sớm hơn đầu kỳ hơn một kỳ báo cáo; có thể in nhầm năm.',
    ]);
    // A half-year (01–06/2023) may list documents from 01/07/2022: 30/06/2022 is too early.
    const old = doc({ document: 'kh-9', doc_ref: '9/KH-UBND', role: 'issued_in_period', date: '2022-06-30', figure_text: 'Kế hoạch số 9/KH-UBND ngày 30/6/2022' });
    expect(messages(tables({ reports: half, documents: [old] }), 'document-dates', 'documents')).toEqual([
      'Báo cáo r1 (mục 1) kể 9/KH-UBND “Kế hoạch số 9/KH-UBND ngày 30/6/2022” là việc làm trong kỳ báo cáo (tháng 1/2023 – tháng 6/2023), nhưng ngày in sớm hơn đầu kỳ hơn một kỳ báo cáo; có thể in nhầm năm.',
    ]);
    expect(only(tables({ reports: half, documents: [{ ...old, date: '2022-07-01' }] }), 'document-dates')).toEqual([]);
  });

  it('an odd date in report r2 is set beside the usual date’s citation in r2 itself, «và 2 chỗ khác»', () => {
    const reports = [report({}), report({ id: 'r2', date: '2023-11-30' })];
    const usual = [doc({}), doc({ report_id: 'r2' }), doc({ section: '3' })];
    const odd = doc({ report_id: 'r2', section: 'fn12', date: '2022-10-15', figure_text: 'Kế hoạch số 511/KH-UBND ngày 15/10/2022' });
    const found = only(tables({ reports, documents: [...usual, odd] }), 'document-dates');
    expect(found.map((d) => d.rowIds)).toEqual([[odd.id, usual[1]!.id]]);
    expect(found[0]).toMatchObject({ table: 'documents', severity: 'discrepancy' });
    expect(found[0]!.message).toBe(
      '511/KH-UBND được dẫn với ngày khác nhau: Báo cáo r2 (mục fn12) ghi “Kế hoạch số 511/KH-UBND ngày 15/10/2022”, trong khi Báo cáo r2 (mục 1) và 2 chỗ khác ghi “Kế hoạch số 511/KH-UBND ngày 15/10/2021”.',
    );
  });

  it('two odd dates beside a usual one: a finding each; three dates once each: one finding with the three', () => {
    const usual = [doc({}), doc({ section: '2' })];
    const a = doc({ section: '3', date: '2021-10-16' });
    const b = doc({ section: '4', date: '2021-10-17' });
    expect(only(tables({ documents: [...usual, a, b] }), 'document-dates').map((d) => d.rowIds)).toEqual([
      [a.id, usual[0]!.id],
      [b.id, usual[0]!.id],
    ]);
    const three = [doc({}), doc({ section: '3', date: '2021-10-16' }), doc({ section: '4', date: '2021-10-17' })];
    const [one, ...more] = only(tables({ documents: three }), 'document-dates');
    expect(more).toEqual([]);
    expect(one!.rowIds).toEqual(ids(three));
    // A tie names one citation of each side, without «chỗ khác».
    expect(one!.message).toBe(
      '511/KH-UBND được dẫn với ngày khác nhau: Báo cáo r1 (mục 3) ghi “Kế hoạch số 511/KH-UBND ngày 15/10/2021”, trong khi Báo cáo r1 (mục 1) ghi “Kế hoạch số 511/KH-UBND ngày 15/10/2021”.',
    );
  });

  it('the usual date is the one most often printed, whichever comes first in the file', () => {
    const odd = doc({ date: '2021-10-16', section: '9' });
    const usual = [doc({ section: '1' }), doc({ section: '2' })];
    expect(only(tables({ documents: [odd, ...usual] }), 'document-dates').map((d) => d.rowIds)).toEqual([[odd.id, usual[0]!.id]]);
  });
});

describe('funding-allocated: the sentence', () => {
  it('names the area, programme, fund year, source, capital type and project, with both printed texts', () => {
    const allocated = fund({ capital_type: 'sn', project_id: 'da1', measure: 'allocated', value: 150, section: 'III.1', figure_text: '150 triệu đồng' });
    const assigned = fund({ capital_type: 'sn', project_id: 'da1', measure: 'assigned', value: 100, section: 'II.1', figure_text: '100 triệu' });
    expect(messages(tables({ funding: [allocated, assigned] }), 'funding-allocated', 'funding')).toEqual([
      'Cùng một khoản vốn (Bắc Giang, chương trình MTQG 1719, năm vốn 2023, tổng các nguồn, vốn sự nghiệp, DA1): Báo cáo r1 (mục III.1) ghi vốn đã phân bổ “150 triệu đồng” (150 triệu đồng), nhiều hơn vốn giao “100 triệu” (100 triệu đồng) mà Báo cáo r1 (mục II.1) ghi; không thể phân bổ nhiều hơn số được giao.',
    ]);
  });

  it('funds of the whole programme: no project named', () => {
    const rows = [fund({ measure: 'allocated', value: 150, figure_text: '150' }), fund({ measure: 'assigned', value: 100, figure_text: '100' })];
    expect(messages(tables({ funding: rows }), 'funding-allocated', 'funding')[0]).toContain('(Bắc Giang, chương trình MTQG 1719, năm vốn 2023, tổng các nguồn, tổng (ĐTPT + SN)): ');
  });

  it('one decimal printed: 100,1 against 100 is rounding (each off by 0,05), 100,2 is found', () => {
    const assigned = fund({ measure: 'assigned', value: 100 });
    expect(only(tables({ funding: [fund({ measure: 'allocated', value: 100.1 }), assigned] }), 'funding-allocated')).toEqual([]);
    expect(only(tables({ funding: [fund({ measure: 'allocated', value: 100.2 }), assigned] }), 'funding-allocated')).toMatchObject([{ expected: 100, actual: 100.2 }]);
  });

  it('a disbursed amount above the assigned one is not allocated: no finding', () => {
    expect(only(tables({ funding: [fund({ measure: 'disbursed', value: 150 }), fund({ measure: 'assigned', value: 100 })] }), 'funding-allocated')).toEqual([]);
  });

  it('at any date: allocated as of 15/11 against the assigned amount without a date', () => {
    const allocated = fund({ measure: 'allocated', value: 150, as_of: '2023-11-15' });
    const assigned = fund({ measure: 'assigned', value: 100 });
    expect(only(tables({ funding: [allocated, assigned] }), 'funding-allocated')).toMatchObject([{ rowIds: [allocated.id, assigned.id], expected: 100, actual: 150 }]);
  });
});

describe('funding-district-gap: the sentence, and the districts it names', () => {
  const plan = (area: string, value: number, over: Row = {}) => fund({ program: 'plan511', fund_year: '2022-2024', measure: 'total_investment', area_id: area, value, ...over });

  it('one district missing: «huyện Lục Nam … của huyện này»', () => {
    const rows = [plan('p', 100), plan('d1', 60)];
    expect(messages(tables({ funding: rows, works: [work({ area_id: 'd2', count: 5 })] }), 'funding-district-gap', 'funding')).toEqual([
      'Báo cáo r1 (mục 1) nêu tổng mức đầu tư, tổng các nguồn, tổng (ĐTPT + SN) toàn tỉnh Bắc Giang là 100 triệu đồng; các huyện có ghi số (Sơn Động 60) cộng lại là 60 triệu đồng, thiếu 40 triệu đồng. Cùng báo cáo có nêu huyện Lục Nam trong kế hoạch 511 (ngầm, cầu dân sinh) nhưng không ghi số của huyện này.',
    ]);
  });

  it('two districts missing, one named by a works count and one by another funding figure: both named, «các huyện này»', () => {
    const rows = [plan('p', 100), plan('d1', 60)];
    const disbursed = plan('d3', 5, { measure: 'disbursed' });
    const [d] = only(tables({ funding: [...rows, disbursed], works: [work({ area_id: 'd2', count: 5 })] }), 'funding-district-gap');
    expect(d!.rowIds).toEqual(ids(rows));
    expect(d!.message).toContain('Cùng báo cáo có nêu huyện Yên Thế, Lục Nam trong kế hoạch 511 (ngầm, cầu dân sinh) nhưng không ghi số của các huyện này.');
  });

  it('parts printed to the million may fall 1 short of the province’s 101 (60 + 40), not 2 (of 102)', () => {
    const named = [work({ area_id: 'd3', count: 5 })];
    expect(only(tables({ funding: [plan('p', 101), plan('d1', 60), plan('d2', 40)], works: named }), 'funding-district-gap')).toEqual([]);
    expect(only(tables({ funding: [plan('p', 102), plan('d1', 60), plan('d2', 40)], works: named }), 'funding-district-gap')).toMatchObject([{ expected: 100, actual: 102 }]);
  });

  it('a district named only by the first row of the report (a disbursement listed before the plan) is named missing', () => {
    const rows = [plan('d3', 5, { measure: 'disbursed' }), plan('p', 100), plan('d1', 60)];
    expect(only(tables({ funding: rows }), 'funding-district-gap')).toMatchObject([{ expected: 60, actual: 100, message: expect.stringContaining('có nêu huyện Yên Thế trong') }]);
  });

  it('parts printed to one decimal allow a tenth between them: 60 + 39,5 = 99,5 is short of 100', () => {
    const rows = [plan('p', 100), plan('d1', 60), plan('d2', 39.5)];
    expect(only(tables({ funding: rows, works: [work({ area_id: 'd3', count: 5 })] }), 'funding-district-gap')).toMatchObject([{ expected: 99.5, actual: 100 }]);
  });

  it('a province whose districts give no amount at all is not said to lack them (another province’s amount beside it)', () => {
    const areas = [...AREAS, { id: 'q', name: 'Bắc Kạn', level: 'province', parent_id: null, note: null }];
    expect(only(tables({ areas, funding: [plan('p', 100), plan('q', 80)], works: [work({ area_id: 'd2', count: 5 })] }), 'funding-district-gap')).toEqual([]);
  });
});

describe('funding-districts-corrected: the sentence and the report each figure is from', () => {
  const at = (area: string, value: number, report = 'r1') => fund({ area_id: area, value, report_id: report, as_of: '2023-11-15' });

  it('Lục Nam corrected by r2: the whole sentence', () => {
    const rows = [at('p', 100), at('d1', 40), at('d2', 45), at('d2', 65, 'r2')];
    expect(messages(tables({ funding: rows }), 'funding-districts-corrected', 'funding')).toEqual([
      'Báo cáo r1 (mục 1): Sơn Động (báo cáo r1) 40 + Lục Nam (báo cáo r2) 65 = 105 triệu đồng, nhiều hơn vốn giao (kế hoạch), tổng các nguồn, tổng (ĐTPT + SN) toàn tỉnh Bắc Giang (báo cáo r1) (100 triệu đồng).',
    ]);
  });

  it('the correction listed before the row it corrects still stands', () => {
    const rows = [at('d2', 65, 'r2'), at('p', 100), at('d1', 40), at('d2', 45)];
    expect(only(tables({ funding: rows }), 'funding-districts-corrected')).toMatchObject([{ expected: 105, actual: 100 }]);
  });

  it('the province corrected down by r2 below its districts of r1: «toàn tỉnh Bắc Giang (báo cáo r2)»', () => {
    const rows = [at('p', 100), at('d1', 40), at('d2', 45), at('p', 80, 'r2')];
    const [d, ...more] = only(tables({ funding: rows }), 'funding-districts-corrected');
    expect(more).toEqual([]);
    expect(d).toMatchObject({ expected: 85, actual: 80, rowIds: [rows[3]!.id, rows[1]!.id, rows[2]!.id] });
    expect(d!.message).toBe(
      'Báo cáo r2 (mục 1): Sơn Động (báo cáo r1) 40 + Lục Nam (báo cáo r1) 45 = 85 triệu đồng, nhiều hơn vốn giao (kế hoạch), tổng các nguồn, tổng (ĐTPT + SN) toàn tỉnh Bắc Giang (báo cáo r2) (80 triệu đồng).',
    );
  });

  it('a province’s undated figure of r2 (30/11) against its districts’ of r3 dated 30/11: the same date', () => {
    const rows = [fund({ report_id: 'r2', value: 100 }), fund({ report_id: 'r3', area_id: 'd1', value: 60, as_of: '2023-11-30' }), fund({ report_id: 'r3', area_id: 'd2', value: 45, as_of: '2023-11-30' })];
    expect(only(tables({ funding: rows }), 'funding-districts-corrected')).toMatchObject([{ expected: 105, actual: 100, rowIds: ids(rows) }]);
  });

  it('a district against its communes is «toàn huyện»', () => {
    const areas = [...AREAS, { id: 'c1', name: 'An Lạc', level: 'commune', parent_id: 'd1', note: null }, { id: 'c2', name: 'Lệ Viễn', level: 'commune', parent_id: 'd1', note: null }];
    const rows = [at('d1', 50), at('c1', 30), at('c2', 20), at('c2', 30, 'r2')];
    expect(messages(tables({ areas, funding: rows }), 'funding-districts-corrected', 'funding')).toEqual([
      'Báo cáo r1 (mục 1): An Lạc (báo cáo r1) 30 + Lệ Viễn (báo cáo r2) 30 = 60 triệu đồng, nhiều hơn vốn giao (kế hoạch), tổng các nguồn, tổng (ĐTPT + SN) toàn huyện Sơn Động (báo cáo r1) (50 triệu đồng).',
    ]);
  });
});

describe('funding-sources and funding-capital: the parts named by their labels (funding-helpers)', () => {
  it('central 60 + provincial 50 against all sources 100', () => {
    const rows = [fund({ value: 100 }), fund({ budget_source: 'central', value: 60 }), fund({ budget_source: 'provincial', value: 50 })];
    expect(messages(tables({ funding: rows }), 'funding-sources', 'funding')).toEqual([
      'Báo cáo r1 (mục 1) nêu vốn giao (kế hoạch), tổng các nguồn, tổng (ĐTPT + SN) là 100 triệu đồng, nhưng các phần (ngân sách trung ương 60 + đối ứng ngân sách tỉnh 50) cộng lại là 110 triệu đồng; chênh lệch 10 triệu đồng.',
    ]);
  });
});

describe('malformed: the sentence of a figure the report misprinted', () => {
  it('with the note saying how it was read, and without a note', () => {
    const noted = fund({ value: 12345, figure_text: '1.2.345', figure_status: 'malformed', note: 'đọc là 12.345 triệu đồng' });
    const bare = fund({ measure: 'disbursed', value: 7.5, figure_text: '7,,5', figure_status: 'malformed' });
    // A figure printed well beside them is no finding.
    const fine = fund({ measure: 'allocated', value: 80, figure_text: '80' });
    expect(messages(tables({ funding: [noted, fine, bare] }), 'malformed', 'funding', 'source-error')).toEqual([
      'Báo cáo r1 (mục 1) in con số sai định dạng "1.2.345"; đã đọc là 12.345 (đọc là 12.345 triệu đồng).',
      'Báo cáo r1 (mục 1) in con số sai định dạng "7,,5"; đã đọc là 7,5.',
    ]);
  });

  it('a support row read by its first figure there is: the quantity when no persons are given', () => {
    const row = person({ persons: null, quantity: 12, quantity_unit: 'ton', figure_text: '1 2 tấn', figure_status: 'malformed', note: 'đọc là 12 tấn' });
    expect(only(tables({ ncut: [row] }), 'malformed')).toMatchObject([{ severity: 'source-error', table: 'ncut', rowIds: [row.id], expected: null, actual: 12 }]);
  });
});

describe('observation-history: the sentences, and which rows are compared', () => {
  const reports = [report({}), report({ id: 'r2', date: '2023-11-30' }), report({ id: 'r3', date: '2023-12-15' })];
  const disbursed = (report_id: string, value: number, as_of: string | null, over: Row = {}) => fund({ report_id, measure: 'disbursed', value, as_of, ...over });

  it('an older date in a later report: «ban hành sau, lại ghi … một ngày sớm hơn»', () => {
    const rows = [disbursed('r1', 100, '2023-11-15'), disbursed('r2', 90, '2023-11-10')];
    expect(messages(tables({ reports, funding: rows }), 'observation-history', 'funding')).toEqual([
      'Cùng một số liệu (đã giải ngân): Báo cáo r1 (mục 1) ghi 100 tính đến 15/11/2023; Báo cáo r2 (mục 1), ban hành sau, lại ghi 90 tính đến 10/11/2023, một ngày sớm hơn, mà không giải thích.',
    ]);
  });

  it('a running total that falls: «Số cộng dồn giảm đi», the later figure dated by its report when it has no as_of', () => {
    const rows = [disbursed('r1', 100, '2023-11-15'), disbursed('r2', 90, null)];
    expect(messages(tables({ reports, funding: rows }), 'observation-history', 'funding')).toEqual([
      'Số cộng dồn giảm đi (đã giải ngân): Báo cáo r1 (mục 1) ghi 100 tính đến 15/11/2023, Báo cáo r2 (mục 1) ghi 90 tính đến 30/11/2023; số cộng dồn không thể nhỏ đi theo thời gian.',
    ]);
  });

  it('works completed fall from 28 to 27: found; started is a running total too; a planned count may fall', () => {
    const w = (report_id: string, measure: string, count: number) => work({ report_id, measure, count });
    expect(only(tables({ reports, works: [w('r1', 'completed', 28), w('r2', 'completed', 27)] }), 'observation-history')).toMatchObject([
      { table: 'works', expected: 28, actual: 27, message: expect.stringContaining('Số cộng dồn giảm đi (hoàn thành)') },
    ]);
    expect(only(tables({ reports, works: [w('r1', 'started', 28), w('r2', 'started', 27)] }), 'observation-history')).toMatchObject([{ expected: 28, actual: 27 }]);
    expect(only(tables({ reports, works: [w('r1', 'planned', 28), w('r2', 'planned', 27)] }), 'observation-history')).toEqual([]);
  });

  it('a figure without a measure is «số liệu»', () => {
    const rows = [ind({ value: 100, as_of: '2023-11-15' }), ind({ report_id: 'r2', value: 90, as_of: '2023-11-10' })];
    expect(messages(tables({ reports, indicators: rows }), 'observation-history', 'indicators')).toEqual([
      'Cùng một số liệu (số liệu): Báo cáo r1 (mục 1) ghi 100 tính đến 15/11/2023; Báo cáo r2 (mục 1), ban hành sau, lại ghi 90 tính đến 10/11/2023, một ngày sớm hơn, mà không giải thích.',
    ]);
  });

  it('a third report going back before both earlier dates differs from each: two findings, listed whatever the rows’ order', () => {
    const a = disbursed('r1', 100, '2023-11-15');
    const b = disbursed('r2', 110, '2023-11-20');
    const c = disbursed('r3', 90, '2023-11-10');
    for (const order of [[a, b, c], [c, b, a]]) {
      expect(only(tables({ reports, funding: order }), 'observation-history').map((d) => [d.rowIds, d.expected, d.actual])).toEqual([
        [[a.id, c.id], 100, 90],
        [[b.id, c.id], 110, 90],
      ]);
    }
  });

  it('a later report’s date between two earlier ones is compared with the later of them only', () => {
    const a = disbursed('r1', 100, '2023-11-05');
    const b = disbursed('r2', 110, '2023-11-20');
    const c = disbursed('r3', 105, '2023-11-15');
    // c (15/11) is after a (05/11): a is not stale against it; b (20/11, issued before c) is.
    // By date a (05/11) → c (15/11) → b (20/11) the running total rises: no fall either.
    expect(only(tables({ reports, funding: [a, b, c] }), 'observation-history').map((d) => d.rowIds)).toEqual([[b.id, c.id]]);
  });

  it('a running total falling twice in a row: each fall found, not the first against the last, whatever the rows’ order', () => {
    const rows = [disbursed('r1', 100, '2023-11-05'), disbursed('r2', 90, '2023-11-10'), disbursed('r3', 80, '2023-11-15')];
    for (const order of [rows, rows.toReversed()]) {
      expect(only(tables({ reports, funding: order }), 'observation-history').map((d) => [d.expected, d.actual])).toEqual([
        [100, 90],
        [90, 80],
      ]);
    }
  });

  it('a report’s own figures at two dates are not a fall between reports', () => {
    const rows = [disbursed('r1', 100, '2023-11-05'), disbursed('r1', 90, '2023-11-15'), disbursed('r2', 95, '2023-11-20')];
    expect(only(tables({ reports, funding: rows }), 'observation-history')).toEqual([]);
  });

  // r1 (20/11) gives 20/11; r2 (issued 30/11) and r4 (issued 15/12) go back to earlier days: each is found against r1.
  it.each([
    ['a stale figure is found against the latest date given before it, even after an earlier stale one', '2023-11-05', '2023-11-10'],
    ['a later report going back to a date another report already gave is left to repeat for that one', '2023-11-15', '2023-11-15'],
  ])('%s', (_name, r2Date, r4Date) => {
    const four = [...reports, report({ id: 'r4', date: '2023-12-15' })];
    const a = disbursed('r1', 100, '2023-11-20', { measure: 'allocated' });
    const b = disbursed('r2', 95, r2Date, { measure: 'allocated' });
    const c = disbursed('r4', 90, r4Date, { measure: 'allocated' });
    expect(only(tables({ reports: four, funding: [a, b, c] }), 'observation-history').map((d) => d.rowIds)).toEqual([
      [a.id, b.id],
      [a.id, c.id],
    ]);
  });

  it('figures that agree at the decimals printed are the same figure: 100,4 printed «100,4» against «100»', () => {
    const rows = [disbursed('r1', 100.4, '2023-11-15', { figure_text: '100,4' }), disbursed('r2', 100, '2023-11-10', { figure_text: '100' })];
    expect(only(tables({ reports, funding: rows }), 'observation-history')).toEqual([]);
    const falls = [disbursed('r1', 100.4, '2023-11-15', { figure_text: '100,4' }), disbursed('r2', 100, '2023-11-20', { figure_text: '100' })];
    expect(only(tables({ reports, funding: falls }), 'observation-history')).toEqual([]);
  });

  it('a support row compared by its second figure when the first agrees: 30 persons both times, 12 tonnes then 10', () => {
    const rows = [
      person({ persons: 30, quantity: 12, quantity_unit: 'ton', as_of: '2023-11-15' }),
      person({ report_id: 'r2', persons: 30, quantity: 10, quantity_unit: 'ton', as_of: '2023-11-10' }),
    ];
    expect(only(tables({ reports, ncut: rows }), 'observation-history')).toMatchObject([{ table: 'ncut', expected: 12, actual: 10 }]);
    // A quantity one report gives and the other leaves blank is no difference.
    const blank = [person({ persons: 30, quantity: 12, quantity_unit: 'copy', as_of: '2023-11-15' }), person({ report_id: 'r2', persons: 30, as_of: '2023-11-10' })];
    expect(only(tables({ reports, ncut: blank }), 'observation-history')).toEqual([]);
  });
});

describe('poverty-commune-lists: the sentences', () => {
  it('two lists of one group, one with its count of communes', () => {
    const rows = [poor({ population_group: 'xa_dbkk', poverty_standard: '2016-2020', commune_list: '2016-2020', year: 2015, section: '2' }), poor({ population_group: 'xa_dbkk', communes: 28, section: '3' })];
    expect(messages(tables({ poverty: rows }), 'poverty-commune-lists', 'poverty')).toEqual([
      'Báo cáo r1 dùng cùng một tên nhóm “các xã đặc biệt khó khăn” cho 2 danh sách xã khác nhau (danh sách ghi theo báo cáo hoặc suy từ năm số liệu, xem ghi chú của dòng): danh sách giai đoạn 2016-2020 (mục 2); danh sách giai đoạn 2021-2025, 28 xã (mục 3). Tỷ lệ hộ nghèo của các nhóm này không so sánh hay nối với nhau được.',
    ]);
  });

  it('an indicator’s number of communes against the poverty figure that counts another: the one that differs is named', () => {
    const total = ind({ indicator: 'dtts_mn_communes_total', label: 'Số xã vùng DTTS&MN', unit: 'commune', value: 171, section: 'I' });
    const agrees = poor({ population_group: 'dtts_mn', communes: 171, section: 'II.1', year: 2021 });
    const differs = poor({ population_group: 'dtts_mn', communes: 73, section: 'II.2' });
    const found = only(tables({ indicators: [total], poverty: [agrees, differs] }), 'poverty-commune-lists').filter((d) => d.table === 'poverty' && d.expected === 171);
    expect(found).toMatchObject([{ severity: 'discrepancy', rowIds: [total.id, differs.id], expected: 171, actual: 73 }]);
    expect(found[0]!.message).toBe(
      'Báo cáo r1 nói về “vùng đồng bào DTTS&MN” với hai số xã khác nhau: 171 xã (mục I, số xã vùng DTTS&MN) và 73 xã (mục II.2, tỷ lệ hộ nghèo); hai con số nói về hai tập hợp xã khác nhau dưới cùng một tên.',
    );
  });
});

describe('printed-period: the sentence, and which periods are school years', () => {
  const pupils = (period: string, text: string) => ind({ indicator: 'pupils', unit: 'pupil', value: 195, period, figure_text: text });

  it('the whole sentence, and a school year printed with a dash and spaces', () => {
    const row = pupils('2022-2023-hk2', 'Học kỳ II năm học 2020 – 2021: 195 học sinh');
    expect(messages(tables({ indicators: [row] }), 'printed-period', 'indicators', 'source-error')).toEqual([
      'Báo cáo r1 (mục 1) in “Học kỳ II năm học 2020 – 2021: 195 học sinh” (năm học 2020-2021), nhưng theo mạch của báo cáo con số thuộc kỳ 2022-2023-hk2; có thể in nhầm năm học (xem ghi chú của dòng).',
    ]);
  });

  it('a whole school year (2022-2023) is read as well; a half-year or a month is not a school year', () => {
    expect(only(tables({ indicators: [pupils('2022-2023', 'năm học 2021-2022: 195 học sinh')] }), 'printed-period')).toHaveLength(1);
    expect(only(tables({ indicators: [pupils('2023-h1', 'năm học 2021-2022: 195 học sinh')] }), 'printed-period')).toEqual([]);
    expect(only(tables({ indicators: [pupils('2023-11', 'năm học 2021-2022: 195 học sinh')] }), 'printed-period')).toEqual([]);
  });
});

describe('works-plan-versions: the sentence, and three lists', () => {
  it('73 by the original list, 75 by the revised one: the sentence names the plan, the type and each list', () => {
    const rows = [work({ plan_version: 'original', count: 73, section: '2' }), work({ plan_version: 'revised', count: 75, section: '3' })];
    expect(messages(tables({ works: rows }), 'works-plan-versions', 'works')).toEqual([
      'Báo cáo r1 nêu số công trình — kế hoạch (tất cả) của kế hoạch 511 (ngầm, cầu dân sinh), đợt 2022-2024, Bắc Giang theo hai danh mục khác nhau: 73 (mục 2, danh mục ban đầu) và 75 (mục 3, sau điều chỉnh, bổ sung); người đọc phải tự tìm con số nào là hiện hành.',
    ]);
  });

  it('the reported count, the original and the revised: each pair that differs is a finding', () => {
    const current = work({ plan_version: 'current', count: 75 });
    const original = work({ plan_version: 'original', count: 73 });
    const revised = work({ plan_version: 'revised', count: 75 });
    expect(only(tables({ works: [revised, original, current] }), 'works-plan-versions').map((d) => d.rowIds)).toEqual([
      [current.id, original.id],
      [original.id, revised.id],
    ]);
  });

  it('the revised list given at two dates: the one that differs from the original is named', () => {
    const original = work({ plan_version: 'original', count: 73 });
    const same = work({ plan_version: 'revised', count: 73, as_of: '2023-10-31' });
    const other = work({ plan_version: 'revised', count: 75, as_of: '2023-11-15' });
    expect(only(tables({ works: [original, same, other] }), 'works-plan-versions')).toMatchObject([{ rowIds: [original.id, other.id], expected: 73, actual: 75 }]);
  });

  it('lists given at different dates in one report are still compared', () => {
    const rows = [work({ plan_version: 'original', count: 73 }), work({ plan_version: 'revised', count: 75, as_of: '2023-11-15' })];
    expect(only(tables({ works: rows }), 'works-plan-versions')).toMatchObject([{ rowIds: ids(rows) }]);
  });

  it('indicators: only the list’s parenthesis at the end of the label is dropped', () => {
    const v = (list: string, value: number) => ind({ indicator: `villages_${list}`, label: `Thôn (xã ĐBKK) có công trình (danh mục ${list})`, unit: 'village', value, period: '2022-2024' });
    expect(only(tables({ indicators: [v('original', 68), v('revised', 69)] }), 'works-plan-versions')[0]!.message).toContain('nêu thôn (xã ĐBKK) có công trình, Bắc Giang theo hai danh mục');
  });

  it('indicators: the sentence keeps the label without its list, lower-cased', () => {
    const villages = (list: string, value: number) => ind({ indicator: `villages_${list}`, label: `Thôn, bản có công trình (danh mục ${list})`, unit: 'village', value, period: '2022-2024', section: list === 'original' ? '1' : '2' });
    expect(messages(tables({ indicators: [villages('revised', 69), villages('original', 68)] }), 'works-plan-versions', 'indicators')).toEqual([
      'Báo cáo r1 nêu thôn, bản có công trình, Bắc Giang theo hai danh mục khác nhau: 68 (mục 1, danh mục ban đầu) và 69 (mục 2, sau điều chỉnh, bổ sung); người đọc phải tự tìm con số nào là hiện hành.',
    ]);
  });
});
