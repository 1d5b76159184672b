import { describe, expect, it } from 'vitest';
import { cleanText, injectionProblem, parseDate, parseNumber, readNumber } from '../../src/data/normalise.ts';

const value = (text: string, format: 'integer' | 'decimal') => {
  const r = parseNumber(text, format);
  return r.ok ? r.value : r.problem.code;
};

describe('numbers', () => {
  it.each([
    ['80000', 80000],
    ['80.000', 80000],
    ['1,234', 1234],
    ['1.234.567', 1234567],
    ['007', 7],
    ['-5', -5],
    ['12,0', 12],
  ])('integer %s = %s', (text, expected) => expect(value(text, 'integer')).toBe(expected));

  it.each([
    ['12,5', 'number.not-integer'],
    ['1.23.456', 'number.malformed'],
    ['khoảng 200', 'number.text'],
    ['n/a', 'number.text'],
    ['12a', 'number.text'],
    ['19 công trình', 'number.text'],
  ])('integer %s is refused (%s)', (text, code) => expect(value(text, 'integer')).toBe(code));

  it.each([
    ['1234.5', 1234.5],
    ['1234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['-0,5', -0.5],
    ['0,500', 0.5],
    ['13.912,443', 13912.443],
    ['13912.443', 13912.443],
    ['1.234.567', 1234567],
    ['61,85', 61.85],
    ['130595', 130595],
    ['0', 0],
    ['-0', 0],
  ])('decimal %s = %s', (text, expected) => expect(value(text, 'decimal')).toBe(expected));

  it.each([
    ['80.000', 'number.ambiguous'],
    ['130.595', 'number.ambiguous'],
    ['1,234', 'number.ambiguous'],
    ['-80.000', 'number.ambiguous'],
    ['61,9%', 'number.text'],
    ['80 000', 'number.text'],
    ['1.2.3', 'number.malformed'],
    ['1,2.3', 'number.malformed'],
    ['1.234,5,6', 'number.malformed'],
    ['12.', 'number.malformed'],
    ['1,23457E+11', 'number.exponent'],
    ['1234567890123456', 'number.too-long'],
    ['', 'number.text'],
    ['+5', 'number.text'],
  ])('decimal %s is refused (%s)', (text, code) => expect(value(text, 'decimal')).toBe(code));

  it('explains both readings of an ambiguous value', () => {
    expect(parseNumber('80.000', 'decimal')).toEqual({
      ok: false,
      problem: { code: 'number.ambiguous', separator: '.', asInteger: 80000, decimalText: '80,000', unambiguousDecimal: '80,0' },
    });
    const r = parseNumber('130.595', 'decimal');
    expect(r.ok || r.problem).toMatchObject({ asInteger: 130595, unambiguousDecimal: '130,5950' });
  });

  it('hints at what is wrong with text in a number cell', () => {
    expect(parseNumber('61,9%', 'decimal')).toMatchObject({ problem: { hint: 'percent' } });
    expect(parseNumber('80 000', 'integer')).toMatchObject({ problem: { hint: 'spaces' } });
    expect(parseNumber('khoảng 200', 'integer')).toMatchObject({ problem: { hint: 'text' } });
  });

  it('keeps the printed decimals', () => {
    expect(readNumber('78,80')).toEqual({ kind: 'number', reading: { value: 78.8, decimals: 2 } });
    expect(readNumber('1.234,500')).toEqual({ kind: 'number', reading: { value: 1234.5, decimals: 3 } });
  });
});

describe('dates', () => {
  const date = (text: string) => {
    const r = parseDate(text);
    return r.ok ? r.value : r.problem;
  };

  it.each([
    ['2023-11-17', '2023-11-17'],
    ['2023-11', '2023-11'],
    ['2023', '2023'],
    ['17/11/2023', '2023-11-17'],
    ['7/1/2023', '2023-01-07'],
    ['17-11-2023', '2023-11-17'],
    ['11/2023', '2023-11'],
    ['6/2023', '2023-06'],
    ['29/02/2024', '2024-02-29'],
    ['2023-1-5', '2023-01-05'],
  ])('%s → %s', (text, iso) => expect(date(text)).toBe(iso));

  it.each([
    ['2023-02-30', 'tháng 2 năm 2023 chỉ có 28 ngày'],
    ['29/02/2023', 'tháng 2 năm 2023 chỉ có 28 ngày'],
    ['31/04/2023', 'tháng 4 năm 2023 chỉ có 30 ngày'],
    ['2023-13', 'không có tháng 13'],
    ['13/2023', 'không có tháng 13'],
    ['00/01/2023', 'tháng 1 năm 2023 chỉ có 31 ngày'],
    ['1823-01-01', 'năm 1823 nằm ngoài khoảng 1900–2100'],
    // Excel's US order (month first): the day it stands for is offered (walk-through 13); 14/13/2025 is no date either way.
    ['1/14/2025', 'không có tháng 14; có phải ngày 14/01/2025? (máy đặt kiểu Mỹ ghi tháng trước ngày)'],
    // 30 February is no day either: nothing is offered.
    ['2/30/2024', 'không có tháng 30'],
    ['14/13/2025', 'không có tháng 13'],
  ])('%s is impossible: %s', (text, reason) => expect(date(text)).toEqual({ code: 'date.impossible', reason }));

  it.each(['tháng 11/2023', '2023/11/17', 'hôm nay', '12345', '31/2/25'])('%s is not a date', (text) => {
    expect(date(text)).toEqual({ code: 'date.invalid', serial: null, shortYear: null });
  });

  it('a date with a two-digit year is refused, and the day with its full year is offered (20/6/25 = 20/06/2025)', () => {
    expect(date('20/6/25')).toEqual({ code: 'date.invalid', serial: null, shortYear: '2025-06-20' });
    expect(date('17.11.23')).toEqual({ code: 'date.invalid', serial: null, shortYear: '2023-11-17' });
  });

  it('a month an English Excel turned into words ("Nov-23") is named as such, with the month it was (2023-11)', () => {
    expect(date('Nov-23')).toEqual({ code: 'cell.excel-month', month: '2023-11' });
    expect(date('jan-2026')).toEqual({ code: 'cell.excel-month', month: '2026-01' });
    expect(date('Abc-23')).toEqual({ code: 'date.invalid', serial: null, shortYear: null });
  });

  it('an Excel date serial is not a date, but the day it stands for is offered (45247 = 17/11/2023, 46032 = 10/01/2026)', () => {
    expect(date('45247')).toEqual({ code: 'date.invalid', serial: '2023-11-17', shortYear: null });
    expect(date('46032')).toEqual({ code: 'date.invalid', serial: '2026-01-10', shortYear: null });
  });
});

describe('text', () => {
  it('makes NFC and trims every kind of space', () => {
    expect(cleanText('Sơn Động'.normalize('NFD'))).toBe('Sơn Động'.normalize('NFC'));
    expect(cleanText('\u00a0 Sơn  Động\t')).toBe('Sơn Động');
    // A zero-width space is removed at the ends; inside it is kept for the check to refuse (invisible-characters.test.ts).
    expect(cleanText('a\u200b')).toBe('a');
    expect(cleanText('a\u200bb')).toBe('a\u200bb');
    expect(cleanText('line\r\nbreak')).toBe('line break');
    expect(cleanText('plain-id')).toBe('plain-id');
  });
});

describe('formula and script injection', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', false, 'cell.formula'],
    ['=1+1', false, 'cell.formula'],
    ['+84 912', false, 'cell.formula'],
    ['@SUM(A1)', false, 'cell.formula'],
    ['- Ghi chú', false, 'cell.formula'],
    ['-5%', false, 'cell.formula'],
    ['=1+1', true, 'cell.formula'],
    ['<script>alert(1)</script>', false, 'cell.html'],
    ['Xem <b>mục 3</b>', false, 'cell.html'],
    ['<img src=x onerror=alert(1)>', false, 'cell.html'],
  ])('%s is refused', (text, numberCell, code) => expect(injectionProblem(text, numberCell)?.code).toBe(code));

  it.each([
    ['-0,5', true],
    ['-12', true],
    ['Giảm 5%', false],
    ['tỷ lệ < 5%', false],
    ['a-b = c', false],
  ])('%s is fine', (text, numberCell) => expect(injectionProblem(text, numberCell)).toBeNull());
});

describe('the file declares the decimal mark of an ambiguous value', () => {
  it('reads "460.622" as 460.622 in our comma-separated files (dot = decimal mark)', () => {
    expect(parseNumber('460.622', 'decimal', '.')).toEqual({ ok: true, value: 460.622 });
  });

  it('reads "130.595" as 130595 and "61,9" as 61.9 in an Excel vi-VN semicolon export', () => {
    expect(parseNumber('130.595', 'decimal', ',')).toEqual({ ok: true, value: 130595 });
    expect(parseNumber('460,622', 'decimal', ',')).toEqual({ ok: true, value: 460.622 });
    expect(parseNumber('61,9', 'decimal', ',')).toEqual({ ok: true, value: 61.9 });
  });

  it('still refuses "1,234" in a comma-separated file: vi 1,234 or English 1234', () => {
    expect(parseNumber('1,234', 'decimal', '.')).toMatchObject({ ok: false, problem: { code: 'number.ambiguous' } });
  });

  it('never lets the mark change an integer column: "80.000" is 80000 everywhere', () => {
    expect(parseNumber('80.000', 'integer', '.')).toEqual({ ok: true, value: 80000 });
    expect(parseNumber('80.000', 'integer', ',')).toEqual({ ok: true, value: 80000 });
  });
});
