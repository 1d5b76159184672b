/**
 * Periods at their edges (src/data/period.ts): the first and last years allowed, month 0, a second year out of
 * range, text around a valid period, the last day each form covers (the current-figure rule caps a count of
 * persons at it) and the English labels of the downloads. Expected values worked out by hand from the forms.
 */
import { describe, expect, it } from 'vitest';
import { formsText, parsePeriod, period, periodLabel, periodLastDay } from '../../src/data/period.ts';

const ALL = ['year', 'month', 'half', 'span', 'carryover', 'term'] as const;

describe('reading a period', () => {
  it('takes the years 2000 and 2100, the months 1 and 12, and reads each part', () => {
    expect(parsePeriod('2000', ALL)).toStrictEqual({ ok: true, period: { form: 'year', from: 2000, to: 2000 } });
    expect(parsePeriod('2100', ALL)).toStrictEqual({ ok: true, period: { form: 'year', from: 2100, to: 2100 } });
    expect(parsePeriod('2023-01', ALL)).toStrictEqual({ ok: true, period: { form: 'month', from: 2023, to: 2023, part: 1 } });
    expect(parsePeriod('2023-12', ALL)).toStrictEqual({ ok: true, period: { form: 'month', from: 2023, to: 2023, part: 12 } });
    expect(parsePeriod('2023-h2', ALL)).toStrictEqual({ ok: true, period: { form: 'half', from: 2023, to: 2023, part: 2 } });
    expect(parsePeriod('2021-2025', ALL)).toStrictEqual({ ok: true, period: { form: 'span', from: 2021, to: 2025 } });
    expect(parsePeriod('2024-carryover', ALL)).toStrictEqual({ ok: true, period: { form: 'carryover', from: 2024, to: 2025 } });
    expect(parsePeriod('2022-2023-hk2', ALL)).toStrictEqual({ ok: true, period: { form: 'term', from: 2022, to: 2023, part: 2 } });
  });

  it('says which part is wrong: month 0, a second year past 2100, a carry-over from 1999', () => {
    expect(parsePeriod('2023-00', ALL)).toEqual({ ok: false, reason: 'không có tháng 0' });
    expect(parsePeriod('2099-2101', ALL)).toEqual({ ok: false, reason: 'năm 2101 nằm ngoài khoảng 2000–2100' });
    expect(parsePeriod('2022-2101-hk1', ALL)).toEqual({ ok: false, reason: 'năm 2101 nằm ngoài khoảng 2000–2100' });
    expect(parsePeriod('1999-carryover', ALL)).toEqual({ ok: false, reason: 'năm 1999 nằm ngoài khoảng 2000–2100' });
    expect(parsePeriod('2023-2022-hk1', ALL)).toEqual({ ok: false, reason: 'năm cuối (2022) phải sau năm đầu (2023)' });
  });

  it.each(['12023', '20231', '2023-1', '2023-111', '2023-h3', '2023-h12', 'x2023-h1', '2021-20255', '2022-carryover1', 'v2022-carryover', '2022-2023-hk3', '2022-2023-hk12', '2022-2023-hk'])(
    'refuses %s: text around a period is not a period',
    (text) => {
      expect(parsePeriod(text, ALL)).toEqual({ ok: false, reason: 'không đúng dạng kỳ' });
    },
  );

  it('tries each allowed form in turn; a program asking for a bad period is told which and why', () => {
    expect(parsePeriod('2022-2023-hk1', ['span', 'term'])).toMatchObject({ ok: true, period: { form: 'term' } });
    expect(parsePeriod('2022-2023-hk1', ['span'])).toEqual({ ok: false, reason: 'không đúng dạng kỳ' });
    expect(() => period('2023-13')).toThrow('Not a valid period: 2023-13 (không có tháng 13)');
  });
});

describe('the last day a period covers', () => {
  it.each([
    ['2025', '2025-12-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2023-12', '2023-12-31'],
    ['2023-h1', '2023-06-30'],
    ['2023-h2', '2023-12-31'],
    ['2023-2027', '2027-12-31'],
    ['2022-carryover', '2023-12-31'],
    ['2022-2023-hk1', '2023-12-31'],
  ])('%s ends on %s', (text, last) => {
    expect(periodLastDay(text)).toBe(last);
  });
});

describe('labels', () => {
  it('in English, for the downloads', () => {
    expect(periodLabel('2025')).toEqual({ vi: 'Năm 2025', en: '2025' });
    expect(periodLabel('2023-03')).toEqual({ vi: 'Tháng 3/2023', en: '03/2023' });
    expect(periodLabel('2023-h1')).toEqual({ vi: '6 tháng đầu năm 2023', en: 'First half of 2023' });
    expect(periodLabel('2023-h2')).toEqual({ vi: '6 tháng cuối năm 2023', en: 'Second half of 2023' });
    expect(periodLabel('2026-2030')).toEqual({ vi: 'Giai đoạn 2026–2030', en: '2026–2030' });
    expect(periodLabel('2024-carryover')).toEqual({ vi: 'Vốn 2024 chuyển sang 2025', en: '2024 funds carried into 2025' });
    expect(periodLabel('2022-2023-hk2')).toEqual({ vi: 'Học kỳ II năm học 2022–2023', en: 'Term 2, school year 2022–2023' });
  });

  it('the forms a field allows, in the checker’s words, each with its example', () => {
    expect(formsText(['year', 'half'])).toBe('năm (2025), nửa năm (h1 = 6 tháng đầu năm, h2 = 6 tháng cuối năm) (2023-h1)');
    expect(formsText(['month', 'term'], (s) => `«${s}»`)).toBe('tháng («2023-11»), học kỳ của năm học («2022-2023-hk1»)');
  });
});
