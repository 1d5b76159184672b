/**
 * printed-ratio: a percentage printed with its own operands, "8614/8698 =
 * 99,03%", in any observation table. The operands are read from the text
 * (a dot between thousands is a thousands separator); each quotient below is
 * worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { checks, fund, ind, poor, tables, type Row } from './reconcile-rows.ts';

const share = (value: number, text: string, over: Row = {}) => ind({ unit: 'percent', value, figure_text: text, ...over });
const found = (over: Parameters<typeof tables>[0]) => checks(tables(over), 'printed-ratio');

describe('printed-ratio: "A/B = C%"', () => {
  it('«09/281 = 3,3%»: 9 / 281 = 3,203%, found, in words', () => {
    const row = share(3.3, '09/281 = 3,3%');
    expect(found({ indicators: [row] })).toEqual([
      expect.objectContaining({
        severity: 'discrepancy',
        table: 'indicators',
        rowIds: [row.id],
        expected: 3.2,
        actual: 3.3,
        message: 'Báo cáo r1 (mục 1) in "09/281 = 3,3%", nhưng 9 / 281 = 3,203%.',
      }),
    ]);
  });

  it('right quotients are not found, with thousands separators and spaces around the signs', () => {
    expect(found({ indicators: [share(99.03, '8614/8698 = 99,03%'), share(99.03, '8.614 / 8.698 = 99,03 %'), share(100, '139/139 = 100%')] })).toEqual([]);
  });

  it('a wrong one is read with or without spaces around the signs', () => {
    expect(found({ indicators: [share(3.3, '9 / 281 = 3,3 %')] })).toMatchObject([{ expected: 3.2, actual: 3.3 }]);
    expect(found({ indicators: [share(3.3, '9/281=3,3%')] })).toMatchObject([{ expected: 3.2, actual: 3.3 }]);
  });

  it('«2/3 = 66,6%»: 66,67 cut to one decimal, told as cut digits', () => {
    expect(found({ indicators: [share(66.6, '2/3 = 66,6%')] })).toMatchObject([
      { severity: 'truncation', expected: 66.7, actual: 66.6, message: 'Báo cáo r1 (mục 1) in "2/3 = 66,6%", nhưng 2 / 3 = 66,667% (báo cáo cắt bớt chữ số thay vì làm tròn).' },
    ]);
  });

  it('in the funding and poverty tables too', () => {
    // 45.880 / 61.250 = 74,906%: «74,9%» is right, «75,9%» is not.
    const rate = (value: number, text: string) => fund({ measure: 'disbursement_rate', unit: 'percent', value, figure_text: text });
    expect(found({ funding: [rate(74.9, '45.880/61.250 = 74,9%')] })).toEqual([]);
    expect(found({ funding: [rate(75.9, '45.880/61.250 = 75,9%')] })).toMatchObject([{ table: 'funding', expected: 74.9, actual: 75.9 }]);
    // 5 / 100 = 5%, printed 6%.
    expect(found({ poverty: [poor({ value: 6, figure_text: '5/100 = 6%' })] })).toMatchObject([{ table: 'poverty', expected: 5, actual: 6 }]);
  });

  it('a count copied with the whole phrase is not the percentage: «8614/8698 = 99,03%» on the row of 8614 households is no finding', () => {
    const households = ind({ indicator: 'families', unit: 'household', value: 8614, figure_text: '8614/8698 = 99,03%' });
    expect(found({ indicators: [households, share(99.03, '8614/8698 = 99,03%')] })).toEqual([]);
  });

  it('not checked: a misprinted row, a zero or unreadable operand, a ratio without "=", or no ratio', () => {
    expect(found({ indicators: [share(3.3, '09/281 = 3,3%', { figure_status: 'malformed' })] })).toEqual([]);
    expect(found({ indicators: [share(3.3, '9/0 = 3,3%')] })).toEqual([]);
    expect(found({ indicators: [share(3.3, '1,2,3/281 = 3,3%'), share(3.3, '9/2,8,1 = 3,3%')] })).toEqual([]);
    expect(found({ indicators: [share(3.3, '09/281, đạt 3,3%'), share(3.3, 'đạt 3,3%')] })).toEqual([]);
  });
});
