/**
 * Qualifiers at their edges (src/data/qualifier.ts): the words staff copy with odd spacing or capitals, a
 * misprinted value, a row whose qualified figure is its amount, what a computed figure keeps, and how far a
 * qualified printed figure may be from the figure computed from the report's own amounts before the site
 * publishes a discrepancy. Expected values worked out by hand from the words' meaning.
 */
import { describe, expect, it } from 'vitest';
import { combineQualifiers, figureQualifier, printedQualifier, qualified, qualifierHolds, rowQualifier, sumQualifier } from '../../src/data/qualifier.ts';
import { funding, ncut } from '../../src/data/tables/index.ts';

describe('the words printed before the number', () => {
  it('read through capitals, line breaks and non-breaking spaces', () => {
    expect(printedQualifier('KHOẢNG HƠN 16.000 du khách', 16000)).toBe('khoang_hon');
    expect(printedQualifier('khoảng\nhơn 16.000 du khách', 16000)).toBe('khoang_hon');
    expect(printedQualifier('khoảng  hơn 16.000 du khách', 16000)).toBe('khoang_hon');
    expect(printedQualifier('trên\u00a076%', 76)).toBe('tren');
    expect(printedQualifier('thêm hơn 500 hộ', 500)).toBe('hon');
  });

  it('«ước khoảng» is an estimate, not «khoảng»; «hơn» after a year is still «hơn»', () => {
    expect(printedQualifier('ước khoảng 5.000 người', 5000)).toBe('uoc');
    expect(printedQualifier('ước đạt 61,48 tạ/ha', 61.48)).toBe('uoc');
    expect(printedQualifier('năm 2023 hơn 500 hộ', 500)).toBe('hon');
    // «trên» is «out of» only right after a number: a number earlier in the text does not make it so.
    expect(printedQualifier('xã 3 có trên 500 hộ', 500)).toBe('tren');
    // A percentage is not read as money unless asked: 76 is found among two numbers.
    expect(printedQualifier('trên 76% của 80 xã', 76)).toBe('tren');
    expect(figureQualifier({ figure_text: 'trên 76% của 80 xã', figure_status: 'reported' }, 76)).toBe('tren');
    expect(printedQualifier('gần 200 đại biểu', 200)).toBe('gan');
    expect(printedQualifier('tối đa 3 xã', 3)).toBe('toi_da');
  });

  it('a misprinted value takes the words of the only number printed, and none among several', () => {
    expect(printedQualifier('trên 76%', 77)).toBe('tren');
    expect(printedQualifier('trên 76% và 80%', 77)).toBeNull();
    expect(printedQualifier('76%', 76)).toBeNull();
    // One number however it is grouped or wherever it ends the text.
    expect(printedQualifier('trên 1 000 hộ', 999)).toBe('tren');
    expect(printedQualifier('ước tính 1.000', 999)).toBe('uoc');
  });

  it('an estimate with no figure_text is «ước»; a reported one with none has no qualifier', () => {
    expect(figureQualifier({ figure_status: 'estimate' }, 5)).toBe('uoc');
    expect(figureQualifier({ figure_status: 'reported' }, 5)).toBeNull();
    expect(figureQualifier({ figure_text: 'khoảng 2 tỷ đồng', figure_status: 'reported' }, 2000, true)).toBe('khoang');
  });
});

describe('a row’s qualifier', () => {
  it('is its amount’s when the words stand before the amount, read in money (1,2 tỷ = 1.200 triệu đồng)', () => {
    const row = { persons: 137, quantity: null, amount_mvnd: 1200, figure_text: 'khoảng 1,2 tỷ đồng cho 137 người', figure_status: 'reported' };
    expect(rowQualifier(ncut, row)).toBe('khoang');
    expect(rowQualifier(ncut, { ...row, figure_text: '1,2 tỷ đồng cho 137 người' })).toBeNull();
  });

  it('reads a funding value in million VND because its unit column says so', () => {
    const row = { value: 2000, unit: 'mvnd', figure_text: 'trên 2 tỷ đồng cho 5 xã', figure_status: 'reported' };
    expect(rowQualifier(funding, row)).toBe('tren');
    // Read plainly, the text prints 2 and 5, never 2.000: no number is the value and there are two.
    expect(rowQualifier(funding, { ...row, unit: 'percent' })).toBeNull();
  });

  it('an estimate row without words is «ước»', () => {
    expect(rowQualifier(funding, { value: 100, unit: 'percent', figure_text: '100%', figure_status: 'estimate' })).toBe('uoc');
  });
});

describe('what a computed figure keeps', () => {
  it('a divisor «xấp xỉ» or «khoảng» stays so; any other bound divided by is «khoảng»', () => {
    expect(combineQualifiers([null], ['xap_xi'])).toBe('xap_xi');
    expect(combineQualifiers([null], ['khoang'])).toBe('khoang');
    expect(combineQualifiers([null], ['hon'])).toBe('khoang');
    expect(combineQualifiers(['uoc'], ['uoc'])).toBe('uoc');
    expect(combineQualifiers(['hon'], [null])).toBe('hon');
  });

  it('a sum of one qualified part keeps its word; «hơn» and «ít nhất» make «trên»; «tối đa» twice stays', () => {
    expect(sumQualifier(['hon', null])).toBe('hon');
    expect(sumQualifier(['toi_da', 'toi_da'])).toBe('toi_da');
    expect(sumQualifier(['hon', 'it_nhat'])).toBe('tren');
    expect(sumQualifier(['toi_da', 'duoi'])).toBe('duoi');
    expect(sumQualifier(['khoang', 'xap_xi'])).toBe('khoang');
    expect(sumQualifier([])).toBeNull();
  });

  it('prints the word before the figure, in either language', () => {
    expect(qualified('76%', 'tren')).toBe('trên 76%');
    expect(qualified('76%', 'tren', 'en')).toBe('over 76%');
    expect(qualified('76%', null)).toBe('76%');
  });
});

describe('how far a qualified printed figure may be from the computed one', () => {
  it('«trên 74%»: from 74% to ten units above, not below', () => {
    expect(qualifierHolds('tren', 74, 74, 1)).toBe(true);
    expect(qualifierHolds('tren', 74, 74.91, 1)).toBe(true);
    expect(qualifierHolds('tren', 74, 84, 1)).toBe(true);
    expect(qualifierHolds('tren', 74, 84.5, 1)).toBe(false);
    expect(qualifierHolds('tren', 74, 73.9, 1)).toBe(false);
    // A dropped digit: «trên 7%» for 74% is a misprint.
    expect(qualifierHolds('tren', 7, 74, 1)).toBe(false);
    expect(qualifierHolds('it_nhat', 70, 74.9, 1)).toBe(true);
    // «trên 74,5%»: ten units of 0,1, up to 75,5%.
    expect(qualifierHolds('tren', 74.5, 75.5, 0.1)).toBe(true);
    expect(qualifierHolds('tren', 74.5, 75.6, 0.1)).toBe(false);
  });

  it('«tối đa 100» and «dưới 4,0»: from ten units below to the figure itself', () => {
    expect(qualifierHolds('toi_da', 100, 100, 1)).toBe(true);
    expect(qualifierHolds('toi_da', 100, 90, 1)).toBe(true);
    expect(qualifierHolds('toi_da', 100, 89, 1)).toBe(false);
    expect(qualifierHolds('toi_da', 100, 100.5, 1)).toBe(false);
    expect(qualifierHolds('duoi', 4, 3.5, 0.1)).toBe(true);
    expect(qualifierHolds('duoi', 4, 2.9, 0.1)).toBe(false);
  });

  it('«gần 200»: five units under to half a unit over', () => {
    expect(qualifierHolds('gan', 200, 195, 1)).toBe(true);
    expect(qualifierHolds('gan', 200, 194.9, 1)).toBe(false);
    expect(qualifierHolds('gan', 200, 200.5, 1)).toBe(true);
    expect(qualifierHolds('gan', 200, 200.6, 1)).toBe(false);
    expect(qualifierHolds('gan', 61.5, 61, 0.1)).toBe(true);
    expect(qualifierHolds('gan', 61.5, 60.9, 0.1)).toBe(false);
  });

  it('«khoảng hơn 16.000»: a unit under to ten units over', () => {
    expect(qualifierHolds('khoang_hon', 16000, 15999, 1)).toBe(true);
    expect(qualifierHolds('khoang_hon', 16000, 15998.9, 1)).toBe(false);
    expect(qualifierHolds('khoang_hon', 16000, 16010, 1)).toBe(true);
    expect(qualifierHolds('khoang_hon', 16000, 16010.5, 1)).toBe(false);
    expect(qualifierHolds('khoang_hon', 16.5, 17.5, 0.1)).toBe(true);
    expect(qualifierHolds('khoang_hon', 16.5, 17.6, 0.1)).toBe(false);
  });

  it('«khoảng», «xấp xỉ», «ước»: within one unit, the printed decimals’ rounding included', () => {
    expect(qualifierHolds('khoang', 80, 79, 1)).toBe(true);
    expect(qualifierHolds('khoang', 80, 81, 1)).toBe(true);
    expect(qualifierHolds('khoang', 80, 81.2, 1)).toBe(false);
    expect(qualifierHolds('xap_xi', 80, 78.8, 1)).toBe(false);
    expect(qualifierHolds('uoc', 61.48, 61.47, 0.01)).toBe(true);
    // 0,7 + 0,1 is 0,7999… in binary: «khoảng 0,7» still holds for 0,8.
    expect(qualifierHolds('khoang', 0.7, 0.8, 0.1)).toBe(true);
  });
});
