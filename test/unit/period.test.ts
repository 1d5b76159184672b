import { describe, expect, it } from 'vitest';
import { parsePeriod, periodLabel } from '../../src/data/period.ts';
import { funding } from '../../src/data/tables/index.ts';
import { check, csvOf } from './helpers.ts';

describe('periods grow with time: validated by shape and range, labelled from the value', () => {
  it.each([
    ['2025', 'Năm 2025'],
    ['2030', 'Năm 2030'],
    ['2026-2030', 'Giai đoạn 2026–2030'],
    ['2024-carryover', 'Vốn 2024 chuyển sang 2025'],
    ['2023-11', 'Tháng 11/2023'],
    ['2023-h1', '6 tháng đầu năm 2023'],
    ['2023-h2', '6 tháng cuối năm 2023'],
    ['2022-2023-hk1', 'Học kỳ I năm học 2022–2023'],
  ])('%s → "%s"', (value, label) => {
    expect(periodLabel(value).vi).toBe(label);
  });

  it.each([
    ['1999', 'năm 1999 nằm ngoài khoảng 2000–2100'],
    ['2101', 'năm 2101 nằm ngoài khoảng 2000–2100'],
    ['2025-2021', 'năm cuối (2021) phải sau năm đầu (2025)'],
    ['2025-2025', 'năm cuối (2025) phải sau năm đầu (2025)'],
    ['2023-13', 'không có tháng 13'],
    ['2022-2024-hk1', 'năm học 2022-2024 phải gồm hai năm liền nhau'],
    ['năm 2023', 'không đúng dạng kỳ'],
    ['23', 'không đúng dạng kỳ'],
  ])('refuses %s: %s', (value, reason) => {
    expect(parsePeriod(value, ['year', 'month', 'half', 'span', 'carryover', 'term'])).toEqual({ ok: false, reason });
  });

  it('accepts only the forms a field allows', () => {
    expect(parsePeriod('2023-11', ['year', 'span']).ok).toBe(false);
    expect(parsePeriod('2023-11', ['month']).ok).toBe(true);
  });
});

const REFS = {
  areas: new Map([['bac-giang', 'Bắc Giang']]),
  reports: new Map([['bg-2030-01-15', 'Ban Dân tộc tỉnh Bắc Giang, 2030-01-15']]),
  projects: new Map<string, string>(),
};

const f = (over: Record<string, string>) => ({
  id: 'bg-2030-01-15-f01',
  report_id: 'bg-2030-01-15',
  section: '1',
  area_id: 'bac-giang',
  program: 'ntp1719',
  fund_year: '2030',
  budget_source: 'all',
  capital_type: 'all',
  measure: 'assigned',
  value: '1000',
  unit: 'mvnd',
  figure_text: '1.000 triệu đồng',
  figure_status: 'reported',
  ...over,
});

describe('a later report needs no code change', () => {
  it('accepts fund years 2025, 2030, a 2026–2030 period and a 2029 carry-over', () => {
    const { issues, rows } = check(
      funding,
      csvOf(funding, [
        f({ id: 'a1', fund_year: '2025' }),
        f({ id: 'a2', fund_year: '2030' }),
        f({ id: 'a3', fund_year: '2026-2030' }),
        f({ id: 'a4', fund_year: '2029-carryover' }),
      ]),
      REFS,
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.fund_year)).toEqual(['2025', '2030', '2026-2030', '2029-carryover']);
  });

  it('refuses an impossible fund year with the reason and the forms allowed, in Vietnamese', () => {
    const { issues } = check(funding, csvOf(funding, [f({ fund_year: '2030-2026' })]), REFS);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 2, column: 'fund_year', value: '2030-2026', code: 'period.invalid' });
    expect(issues[0]!.message).toContain('năm cuối (2026) phải sau năm đầu (2030)');
    expect(issues[0]!.expected).toContain('vốn năm trước chuyển sang năm sau (2022-carryover)');
    // Years print as years, never with a thousands separator.
    expect(issues[0]!.expected).not.toMatch(/2\.0\d\d/);
  });

  it('a half-year is not a fund year', () => {
    const { issues } = check(funding, csvOf(funding, [f({ fund_year: '2025-h1' })]), REFS);
    expect(issues.map((i) => i.code)).toEqual(['period.invalid']);
  });
});
