/** The value of a row must be a number printed in its figure_text: the net under the number rules. */
import { describe, expect, it } from 'vitest';
import { figureTextIssues, printedNumbers } from '../../src/data/figure-text.ts';
import { loadData } from '../../src/data/load.ts';
import { funding, indicators } from '../../src/data/tables/index.ts';

const row = (over: Record<string, unknown>) => ({ figure_status: 'reported', unit: 'mvnd', ...over });

describe('figure as printed vs value', () => {
  it('reads the numbers of a printed figure the Vietnamese way', () => {
    expect(printedNumbers('giải ngân 170.353/418.318 triệu đồng, đạt 40,7%')).toEqual([170353, 418318, 40.7]);
    expect(printedNumbers('Tiểu DA 1, Dự án 4: 7,383.915trđ')).toEqual([1, 4, 7383.915]);
  });

  it('warns when "130.595" was typed for 130595 in a comma-separated file (read as 130,595)', () => {
    const issues = figureTextIssues(funding, [row({ value: 130.595, figure_text: '130.595 triệu đồng' })], [7], 'data/funding.csv');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', line: 7, column: 'value', code: 'figure.mismatch' });
    expect(issues[0]!.fix).toContain('130.595 triệu đồng phải viết 130595');
  });

  it('accepts the conversions the printed unit implies, and nothing else', () => {
    const ok = [
      row({ value: 130595, figure_text: '130.595 triệu đồng' }),
      row({ value: 150000, figure_text: '150 tỷ đồng' }),
      row({ value: 3.2, figure_text: '04 NCUT với số tiền 3.200.000 đồng' }),
      row({ value: 85, figure_text: '85.000.000đ (Tám mươi năm triệu đồng)' }),
      row({ value: 46929.385459, figure_text: '46.929,385,459trđ', figure_status: 'malformed' }),
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
    expect(issues.filter((i) => i.code === 'figure.mismatch').map((i) => `${i.file}:${i.line}`)).toEqual([]);
  });
});
