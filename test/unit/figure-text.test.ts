/** The value of a row must be a number printed in its figure_text: the net under the number rules. */
import { describe, expect, it } from 'vitest';
import { figureTextIssues, printedAt, printedNumbers } from '../../src/data/figure-text.ts';
import { loadData } from '../../src/data/load.ts';
import { funding, indicators } from '../../src/data/tables/index.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { dataDir, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const row = (over: Record<string, unknown>) => ({ figure_status: 'reported', unit: 'mvnd', ...over });

describe('figure as printed vs value', () => {
  it('reads the numbers of a printed figure the Vietnamese way', () => {
    expect(printedNumbers('giải ngân 170.353/418.318 triệu đồng, đạt 40,7%')).toEqual([170353, 418318, 40.7]);
    expect(printedNumbers('Tiểu DA 1, Dự án 4: 7,383.915trđ')).toEqual([1, 4, 7383.915]);
  });

  it('refuses "236.540" typed for 236540 in a comma file (read as 236,54), quoting the cell and suggesting the reading', () => {
    const issues = figureTextIssues(funding, [row({ value: 236.54, figure_text: '236.540 triệu đồng' })], [7], 'data/funding.csv', {
      typed: { value: ['236.540'] },
      delimiter: ',',
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', line: 7, column: 'value', code: 'figure.mismatch', value: '236.540' });
    expect(issues[0]!.message).toContain('ô "236.540" được đọc là 236,54');
    expect(issues[0]!.message).toContain('có phải 236540?');
    expect(issues[0]!.fix).toContain('tệp này phân cách bằng dấu phẩy');
    expect(issues[0]!.fix).toContain('130.595 triệu đồng phải viết 130595');
  });

  it('gives the advice of an Excel ";" file, whose decimal mark is the comma', () => {
    const [i] = figureTextIssues(indicators, [row({ value: 6190, unit: 'percent', figure_text: 'đạt 61,9%' })], [3], 'data/indicators.csv', {
      typed: { value: ['6190'] },
      delimiter: ';',
    });
    expect(i!.message).toContain('có phải 61,9?');
    expect(i!.fix).toContain('dấu chấm phẩy');
    expect(i!.fix).not.toContain('130.595 triệu đồng phải viết');
  });

  it('suggests nothing when the printed numbers give no likely reading', () => {
    const [i] = figureTextIssues(funding, [row({ value: 7, figure_text: 'từ 12 đến 30 triệu' })], [2], 'f');
    expect(i!.message).not.toContain('có phải');
    expect(i!.value).toBe('7');
  });

  it('never takes a number printed as a percentage for an amount or a count, nor offers it (walk-through 26)', () => {
    // «Vốn năm 2023 kéo dài sang năm 2024: 7.450 triệu đồng, đã giải ngân hết (100%)»: the disbursed 7.450 with only
    // «đã giải ngân hết (100%)» quoted. Typing the suggested 100 would have published 100 triệu đồng (1,34%).
    const [money] = figureTextIssues(funding, [row({ value: 7450, figure_text: 'đã giải ngân hết (100%)' })], [12], 'data/funding.csv');
    expect(money!.message).not.toContain('có phải');
    expect(money!.fix).toContain('chép «7.450 triệu đồng, đã giải ngân hết (100%)», không chỉ «đã giải ngân hết (100%)»');
    // 100 typed as the amount is refused too, not matched against the «100%».
    expect(figureTextIssues(funding, [row({ value: 100, figure_text: 'đã giải ngân hết (100%)' })], [12], 'f').map((i) => i.code)).toEqual(['figure.mismatch']);
    // The whole quote passes; a rate still matches its «100%», and an indicator of households its «%»-less count.
    expect(figureTextIssues(funding, [row({ value: 7450, figure_text: '7.450 triệu đồng, đã giải ngân hết (100%)' })], [12], 'f')).toEqual([]);
    expect(figureTextIssues(funding, [row({ value: 100, unit: 'percent', figure_text: 'đã giải ngân hết (100%)' })], [12], 'f')).toEqual([]);
    expect(figureTextIssues(indicators, [row({ value: 12, unit: 'household', figure_text: '12 hộ, đạt 40%' })], [3], 'f')).toEqual([]);
    const [count] = figureTextIssues(indicators, [row({ value: 40, unit: 'household', figure_text: '12 hộ, đạt 40%' })], [3], 'f');
    expect(count!.message).toContain('có phải 12?');
  });

  it('a digit dropped or doubled is said as such, not as a matter of separators (walk-through 31)', () => {
    const [dropped] = figureTextIssues(funding, [row({ value: 6187, figure_text: '61.870 triệu đồng' })], [4], 'data/funding.csv', { typed: { value: ['6187'] }, delimiter: ',' });
    expect(dropped!.message).toContain('có phải 61870?');
    expect(dropped!.fix).toMatch(/^có vẻ gõ thiếu một chữ số: gõ lại đúng như in, 61870/);
    const [doubled] = figureTextIssues(funding, [row({ value: 618700, figure_text: '61.870 triệu đồng' })], [4], 'data/funding.csv', { typed: { value: ['618700'] }, delimiter: ',' });
    expect(doubled!.fix).toMatch(/^có vẻ gõ thừa một chữ số/);
    // «236.540» read as 236,54: the same digits, a separator slip, told as before.
    const [separator] = figureTextIssues(funding, [row({ value: 236.54, figure_text: '236.540 triệu đồng' })], [4], 'f', { typed: { value: ['236.540'] }, delimiter: ',' });
    expect(separator!.fix).toContain('tệp này phân cách bằng dấu phẩy');
  });

  it('accepts a misprint marked malformed with a note, and asks for the note when it is missing', () => {
    const misprint = { value: 1, figure_text: '10.726, 547 triệu đồng', figure_status: 'malformed' };
    expect(figureTextIssues(funding, [row({ ...misprint, note: 'đọc là 10.726,547' })], [2], 'f')).toEqual([]);
    const [i] = figureTextIssues(funding, [row(misprint)], [2], 'f');
    expect(i).toMatchObject({ code: 'figure.misprint-note', severity: 'error', column: 'note', line: 2 });
  });

  it('accepts the conversions the printed unit implies, and nothing else', () => {
    const ok = [
      row({ value: 130595, figure_text: '130.595 triệu đồng' }),
      row({ value: 150000, figure_text: '150 tỷ đồng' }),
      row({ value: 3.2, figure_text: '04 NCUT với số tiền 3.200.000 đồng' }),
      row({ value: 85, figure_text: '85.000.000đ (Tám mươi năm triệu đồng)' }),
      row({ value: 46929.385459, figure_text: '46.929,385,459trđ', figure_status: 'malformed', note: 'hai dấu phẩy' }),
    ];
    expect(figureTextIssues(funding, ok, [2, 3, 4, 5, 6], 'f')).toEqual([]);
    const wrong = [row({ value: 150, figure_text: '150.000 triệu đồng' }), row({ value: 3200000, figure_text: '3.200.000 đồng' })];
    expect(figureTextIssues(funding, wrong, [2, 3], 'f').map((i) => i.line)).toEqual([2, 3]);
  });

  it('compares a signed change with the printed magnitude', () => {
    expect(figureTextIssues(indicators, [row({ value: -1.4, unit: 'percent', figure_text: 'giảm 1,4%' })], [2], 'i')).toEqual([]);
  });

  it('finds no mismatch in the bundled data/', async () => {
    const { issues } = await loadData('data');
    expect(issues.filter((i) => i.code.startsWith('figure.')).map((i) => `${i.file}:${i.line}`)).toEqual([]);
  });

  it('blocks the check end to end: the slip is an error of the file, never a source discrepancy', async () => {
    const dir = dataDir(null);
    const csv = readFileSync(join(dir, 'funding.csv'), 'utf8').split('\n');
    // The first data row, with its value typed "1.000" while the report prints a plain figure.
    const cells = csv[1]!.split(',');
    const valueAt = csv[0]!.split(',').indexOf('value');
    const textAt = csv[0]!.split(',').indexOf('figure_text');
    cells[valueAt] = '236.540';
    cells[textAt] = '236.540 triệu đồng';
    csv[1] = cells.join(',');
    writeFileSync(join(dir, 'funding.csv'), csv.join('\n'));
    const data = await loadData(dir);
    const slip = data.issues.filter((i) => i.code === 'figure.mismatch');
    expect(slip).toHaveLength(1);
    expect(slip[0]).toMatchObject({ severity: 'error', value: '236.540' });
    expect(data.discrepancies.filter((d) => d.table === 'funding')).toEqual([]);
  });

  it('a row with a bad date still has its value compared: both slips are listed at once (walk-through 31)', async () => {
    const dir = dataDir(null);
    const csv = readFileSync(join(dir, 'funding.csv'), 'utf8').split('\n');
    const header = csv[0]!.split(',');
    const cells = csv[1]!.split(',');
    cells[header.indexOf('value')] = '2765';
    cells[header.indexOf('figure_text')] = '27.615 triệu đồng';
    cells[header.indexOf('as_of')] = '30/11/24';
    csv[1] = cells.join(',');
    // The next row with a unit typed as its label: its value cannot be read surely, so it is not compared.
    const other = csv[2]!.split(',');
    other[header.indexOf('unit')] = 'triệu đồng';
    other[header.indexOf('figure_text')] = '"442,628 tỷ đồng"';
    csv[2] = other.join(',');
    writeFileSync(join(dir, 'funding.csv'), csv.join('\n'));
    const data = await loadData(dir);
    const row2 = data.issues.filter((i) => i.line === 2).map((i) => [i.column, i.code]);
    expect(row2).toContainEqual(['as_of', expect.stringMatching(/date|period/)]);
    expect(row2).toContainEqual(['value', 'figure.mismatch']);
    expect(data.issues.find((i) => i.line === 2 && i.code === 'figure.mismatch')!.message).toContain('có phải 27615?');
    expect(data.issues.filter((i) => i.line === 3).map((i) => i.column)).toEqual(['unit']);
  });
});

describe('reading printed numbers, and the likeliest slip', () => {
  it('the Vietnamese writing first, the English one when only it fits; a malformed grouping is no number', () => {
    // «1,5» is one and a half; «12,345,678» can only be English; «7.5» has no thousands group.
    expect(printedNumbers('12,345,678 đồng; 1.234.567,8; 7.5; 1,5')).toEqual([12345678, 1234567.8, 7.5, 1.5]);
    expect(printedNumbers('1,234.5 tấn')).toEqual([1234.5]);
    expect(printedNumbers('12.25 ha')).toEqual([12.25]);
    expect(printedNumbers('1.2.3; 1.234.5; 1234,567.5; 1,234.5.6')).toEqual([]);
  });

  it('«tỷ» right after the number (with or without a space) multiplies by a thousand; further on it does not', () => {
    expect(figureTextIssues(funding, [row({ value: 150000, figure_text: '150tỷ đồng' })], [2], 'f')).toEqual([]);
    expect(figureTextIssues(funding, [row({ value: 150, figure_text: '150 (tỷ lệ 5%)' })], [2], 'f')).toEqual([]);
  });

  it('an amount Excel stored with a binary fraction is still the printed one', () => {
    expect(figureTextIssues(funding, [row({ value: 130595.00000001, figure_text: '130.595 triệu đồng' })], [2], 'f')).toEqual([]);
  });

  it('where the value is printed: its first character, or null', () => {
    expect(printedAt('đạt trên 74%', 74, false)).toBe(9);
    expect(printedAt('giảm 1,4%', -1.4, false)).toBe(5);
    expect(printedAt('tổng 150 tỷ đồng', 150000, true)).toBe(5);
    expect(printedAt('không có số này: 12', 5, false)).toBeNull();
  });

  it('suggests the printed number with the same digits, else one a power of ten apart, else the only one', () => {
    const ha = (value: number, text: string, typed: string) =>
      figureTextIssues(indicators, [row({ value, unit: 'ha', figure_text: text })], [2], 'i', { typed: { value: [typed] } })[0]!.message;
    // «0,05» typed: its digits are those of 5, though 50 is a power of ten apart too.
    expect(ha(0.05, '50 ha, 5 xã', '0,05')).toContain('có phải 5?');
    // No same digits: 50 is 0,05 × 1000; 7 is no power of ten apart.
    expect(ha(0.05, '50 ha và 7 xã', '0,05')).toContain('có phải 50?');
    // The only number printed.
    expect(ha(7, 'khoảng 12 ha', '7')).toContain('có phải 12?');
  });

  it('a signed change keeps its sign in the suggestion; a cell not given as typed is quoted as read', () => {
    const [change] = figureTextIssues(indicators, [row({ value: -14, unit: 'percent', figure_text: 'giảm 1,4%' })], [2], 'i', { typed: { other: ['x'] } });
    expect(change).toMatchObject({ value: '-14' });
    expect(change!.message).toContain('có phải -1.4?');
  });
});
