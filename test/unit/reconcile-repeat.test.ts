/**
 * repeat: one figure given two values by two reports at the same date, as the
 * data-quality page lists it. "The same date" is the effective date (a blank
 * as_of counts at its report's date); a poverty rate, which has no as_of, is
 * of its year whatever the report's date. Figures and sentences worked out by
 * hand from the rows below.
 */
import { describe, expect, it } from 'vitest';
import { checks, fund, ids, person, poor, tables, work } from './reconcile-rows.ts';

const repeats = (over: Parameters<typeof tables>[0]) => checks(tables(over), 'repeat');

describe('repeat: the same figure, two values, one date', () => {
  it('names a works figure by what it is: no «Không tách», «Tất cả» for the all-types, all-capital count (walk-through 13)', () => {
    const rows = [
      work({ area_id: 'd1', measure: 'completed', count: 28, figure_text: '28 công trình', as_of: '2023-11-30' }),
      work({ report_id: 'r2', area_id: 'd1', measure: 'completed', count: 27, figure_text: '27 công trình', as_of: '2023-11-30' }),
    ];
    const [found] = repeats({ works: rows });
    expect(found!.message).toBe('Cùng một số liệu (Sơn Động, kế hoạch 511 (ngầm, cầu dân sinh), đợt / giai đoạn 2022-2024, theo báo cáo, hoàn thành, tính đến 30/11/2023): Báo cáo r1 (mục 1) ghi 28 công trình, Báo cáo r2 (mục 1) ghi 27 công trình.');
    expect(found!.message.toLowerCase()).not.toMatch(/không tách|tất cả/);
  });

  it('two reports giving the assigned funds as of 15/11/2023 as 100.000 and 100.500: found, in words', () => {
    const rows = [
      fund({ value: 100000, figure_text: '100.000 triệu đồng', as_of: '2023-11-15' }),
      fund({ report_id: 'r2', section: 'II.1', value: 100500, figure_text: '100.500 triệu đồng', as_of: '2023-11-15' }),
    ];
    expect(repeats({ funding: rows })).toEqual([
      expect.objectContaining({
        severity: 'discrepancy',
        table: 'funding',
        rowIds: ids(rows),
        reportIds: ['r1', 'r2'],
        sections: ['1', 'II.1'],
        expected: 100000,
        actual: 100500,
        difference: 500,
        message:
          'Cùng một số liệu (Bắc Giang, chương trình MTQG 1719, năm vốn 2023, tổng các nguồn, tổng (ĐTPT + SN), vốn giao (kế hoạch), tính đến 15/11/2023): ' +
          'Báo cáo r1 (mục 1) ghi 100.000 triệu đồng, Báo cáo r2 (mục II.1) ghi 100.500 triệu đồng.',
      }),
    ]);
  });

  it('a later report whose row says it corrects the earlier one («Đính chính…», as the guide asks): a correction, in those words, whatever the files\' order', () => {
    const earlier = fund({ value: 100000, figure_text: '100.000 triệu đồng', as_of: '2023-11-15' });
    const later = fund({ report_id: 'r2', section: 'II.1', value: 100500, figure_text: '100.500 triệu đồng', as_of: '2023-11-15', note: 'Đính chính số của báo cáo r1' });
    const expected = expect.objectContaining({
      severity: 'correction',
      rowIds: ids([earlier, later]),
      expected: 100000,
      actual: 100500,
      message:
        'Báo cáo r2 (mục II.1) đính chính một số liệu của báo cáo r1 (mục 1) (Bắc Giang, chương trình MTQG 1719, năm vốn 2023, tổng các nguồn, tổng (ĐTPT + SN), vốn giao (kế hoạch), tính đến 15/11/2023): ' +
        'báo cáo trước ghi 100.000 triệu đồng, báo cáo sau ghi 100.500 triệu đồng; trang dùng số của báo cáo sau.',
    });
    expect(repeats({ funding: [earlier, later] })).toEqual([expected]);
    expect(repeats({ funding: [later, earlier] })).toEqual([expected]);
    // The note on the earlier report's row, or two reports of one day: nothing says which corrects which.
    expect(repeats({ funding: [{ ...earlier, note: 'Đính chính' }, { ...later, note: null }] })).toMatchObject([{ severity: 'discrepancy' }]);
    expect(repeats({ funding: [{ ...earlier, report_id: 'r3' }, later] })).toMatchObject([{ severity: 'discrepancy' }]);
  });

  it('the key in words names the project, the tranche and the other enum values; a project not in projects.csv by its id', () => {
    const pair = (over: Record<string, unknown>) => [
      fund({ measure: 'disbursed', budget_source: 'central', capital_type: 'sn', value: 10, as_of: '2023-11-15', ...over }),
      fund({ report_id: 'r2', measure: 'disbursed', budget_source: 'central', capital_type: 'sn', value: 12, as_of: '2023-11-15', ...over }),
    ];
    const [d] = repeats({ funding: pair({ project_id: 'da1', tranche: 'qd-742-2022' }) });
    expect(d!.message).toBe(
      'Cùng một số liệu (Bắc Giang, chương trình MTQG 1719, năm vốn 2023, ngân sách trung ương, vốn sự nghiệp, DA1, đợt giao vốn qd-742-2022, đã giải ngân, tính đến 15/11/2023): ' +
        'Báo cáo r1 (mục 1) ghi 10 triệu đồng, Báo cáo r2 (mục 1) ghi 12 triệu đồng.',
    );
    const [unknown] = repeats({ funding: pair({ project_id: 'da9', area_id: 'd1' }) });
    expect(unknown!.message).toContain('(Sơn Động, chương trình MTQG 1719, năm vốn 2023, ngân sách trung ương, vốn sự nghiệp, da9, đã giải ngân,');
  });

  it('a blank as_of counts at its report’s date: a later report’s new figure is an update, not a contradiction', () => {
    // r1 of 17/11, r2 of 30/11: 100 then 120 is progress.
    expect(repeats({ funding: [fund({ value: 100 }), fund({ report_id: 'r2', value: 120 })] })).toEqual([]);
    // Two reports of the same day (r2 and r3, both 30/11) with blank as_of: the same date, two values.
    const sameDay = [fund({ report_id: 'r2', value: 100 }), fund({ report_id: 'r3', value: 120 })];
    expect(repeats({ funding: sameDay })).toMatchObject([{ rowIds: ids(sameDay), expected: 100, actual: 120 }]);
    // r1 blank (so 17/11) and r2 «tính đến 17/11/2023»: the same date.
    const asOfFirst = [fund({ value: 100 }), fund({ report_id: 'r2', value: 120, as_of: '2023-11-17' })];
    expect(repeats({ funding: asOfFirst })).toMatchObject([{ rowIds: ids(asOfFirst), expected: 100, actual: 120 }]);
  });

  it('a month-only date compares at its last day: «tháng 11/2023» is 30/11, not 15/11', () => {
    const endOfMonth = [fund({ value: 100, as_of: '2023-11' }), fund({ report_id: 'r2', value: 120, as_of: '2023-11-30' })];
    expect(repeats({ funding: endOfMonth })).toMatchObject([{ rowIds: ids(endOfMonth) }]);
    expect(repeats({ funding: [fund({ value: 100, as_of: '2023-11' }), fund({ report_id: 'r2', value: 120, as_of: '2023-11-15' })] })).toEqual([]);
  });

  it('a poverty rate is of its year: two reports of different dates giving 10% and 11% for 2022 contradict each other', () => {
    const rows = [poor({ value: 10, figure_text: '10%' }), poor({ report_id: 'r2', value: 11, figure_text: '11%' })];
    expect(repeats({ poverty: rows })).toEqual([
      expect.objectContaining({
        rowIds: ids(rows),
        expected: 10,
        actual: 11,
        message:
          'Cùng một số liệu (Bắc Giang, vùng đồng bào DTTS&MN, chuẩn nghèo 2021-2025, danh sách xã 2021-2025, tỷ lệ hộ nghèo, năm 2022): ' +
          'Báo cáo r1 (mục 1) ghi 10%, Báo cáo r2 (mục 1) ghi 11%.',
      }),
    ]);
    // Another year is another figure.
    expect(repeats({ poverty: [poor({ value: 10 }), poor({ report_id: 'r2', year: 2023, value: 11, figure_text: '11%' })] })).toEqual([]);
  });

  it('each report is compared with the first: 100, 110, 110 gives two findings, both against the first', () => {
    const [a, b, c] = [fund({ value: 100 }), fund({ report_id: 'r2', value: 110, as_of: '2023-11-17' }), fund({ report_id: 'r3', value: 110, as_of: '2023-11-17' })];
    expect(repeats({ funding: [a!, b!, c!] }).map((d) => d.rowIds)).toEqual([ids([a!, b!]), ids([a!, c!])]);
    // 100, 100, 120: one finding, the third against the first.
    const [x, y, z] = [fund({ value: 100 }), fund({ report_id: 'r2', value: 100, as_of: '2023-11-17' }), fund({ report_id: 'r3', value: 120, as_of: '2023-11-17' })];
    expect(repeats({ funding: [x!, y!, z!] })).toMatchObject([{ rowIds: ids([x!, z!]), expected: 100, actual: 120 }]);
  });

  it('a row with several figures: the first that differs is reported once; a figure one report leaves blank is not compared', () => {
    // Tết gifts: 10 persons in both, 50 against 55 million: the amount.
    const amount = [person({ persons: 10, amount_mvnd: 50 }), person({ report_id: 'r2', as_of: '2023-11-17', persons: 10, amount_mvnd: 55 })];
    expect(repeats({ ncut: amount })).toMatchObject([{ table: 'ncut', rowIds: ids(amount), expected: 50, actual: 55 }]);
    // Both differ: one finding, on the persons (the first figure column).
    const both = [person({ persons: 10, amount_mvnd: 50 }), person({ report_id: 'r2', as_of: '2023-11-17', persons: 12, amount_mvnd: 55 })];
    expect(repeats({ ncut: both })).toMatchObject([{ rowIds: ids(both), expected: 10, actual: 12 }]);
    // The amount given by one report only, the persons equal: nothing to compare.
    expect(repeats({ ncut: [person({ persons: 10 }), person({ report_id: 'r2', as_of: '2023-11-17', persons: 10, amount_mvnd: 55 })] })).toEqual([]);
    expect(repeats({ ncut: [person({ persons: 10, amount_mvnd: 50 }), person({ report_id: 'r2', as_of: '2023-11-17', persons: 10 })] })).toEqual([]);
  });

  it('a figure printed more coarsely elsewhere is told apart: rounding, cut digits, or within the coarser printing', () => {
    const rate = (report: string, value: number, text: string) => fund({ report_id: report, measure: 'disbursement_rate', unit: 'percent', value, figure_text: text, as_of: '2023-11-15' });
    // 78,78% then «78,80%»: two decimals, but 78,8 is 78,78 rounded to one.
    expect(repeats({ funding: [rate('r1', 78.78, '78,78%'), rate('r2', 78.8, '78,80%')] })).toMatchObject([{ severity: 'rounding', expected: 78.78, actual: 78.8 }]);
    // 58,97% then «58,9%»: the coarser printing has one decimal, and 58,97 cut to one is 58,9.
    expect(repeats({ funding: [rate('r1', 58.97, '58,97%'), rate('r2', 58.9, '58,9%')] })).toMatchObject([{ severity: 'truncation', expected: 58.97, actual: 58.9 }]);
    // 58,97% then «59%»: the same figure rounded to the unit.
    expect(repeats({ funding: [rate('r1', 58.97, '58,97%'), rate('r2', 59, '59%')] })).toEqual([]);
    // 58,94% then «59,0%»: one decimal would be 58,9, but 59 is 58,94 rounded to the unit.
    expect(repeats({ funding: [rate('r1', 58.94, '58,94%'), rate('r2', 59, 'đạt 59,0%')] })).toMatchObject([{ severity: 'rounding' }]);
    // 58,94% then «59,5%»: neither.
    expect(repeats({ funding: [rate('r1', 58.94, '58,94%'), rate('r2', 59.5, '59,5%')] })).toMatchObject([{ severity: 'discrepancy', expected: 58.94, actual: 59.5 }]);
  });

  it('equal figures are not found', () => {
    expect(repeats({ funding: [fund({ value: 100, as_of: '2023-11-15' }), fund({ report_id: 'r2', value: 100, as_of: '2023-11-15' })] })).toEqual([]);
  });
});
