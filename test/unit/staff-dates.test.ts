/**
 * A report dated by its month only (bg-2024-04: "tháng 4/2024", no day printed) is never written "ngày tháng
 * 4/2024" on the staff checker: its preview's date column says the month, and that the report has no day.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/data/tables/index.ts';
import { runChecker, type Published } from '../../src/staff/checker.ts';
import { ROOT } from './helpers.ts';

// The tested site's frozen data (test/fixtures/site/): its report bg-2024-04 is dated 2024-04.
const SITE = join(ROOT, 'test/fixtures/site/data');
const published = Object.fromEntries(TABLES.map((t) => [t.name, readFileSync(join(SITE, t.file), 'utf8')])) as Published;

describe('the checker preview of a month-only report', () => {
  it('says "(báo cáo tháng 4/2024, chưa ghi ngày)" for a row of bg-2024-04 without as_of, and a dated report keeps "ngày báo cáo"', () => {
    const { preview } = runChecker([{ table: 'indicators', file: 'indicators.csv', bytes: new TextEncoder().encode(published.indicators), fromXlsx: false }], published);
    const row = preview.find((r) => r.id === 'bg-2024-04-i01')!;
    expect(row.asOf).toBe('(báo cáo tháng 4/2024, chưa ghi ngày)');
    expect(row.report).toBe('bg-2024-04 — Ban Dân tộc tỉnh Bắc Giang, tháng 4/2024');
    expect(preview.filter((r) => /ngày (báo cáo )?(tháng|năm)/.test(r.asOf + r.report))).toEqual([]);
    expect(preview.some((r) => /^\(ngày báo cáo \d{2}\/\d{2}\/\d{4}\)$/.test(r.asOf))).toBe(true);
  });
});

describe('the checker preview of a poverty figure', () => {
  it('dates it by its year, as its card does, never by its report’s day (walk-through 34)', () => {
    const { preview } = runChecker([{ table: 'poverty', file: 'poverty.csv', bytes: new TextEncoder().encode(published.poverty), fromXlsx: false }], published);
    const poverty = preview.filter((r) => r.table === 'poverty');
    expect(poverty.length).toBeGreaterThan(0);
    expect(poverty.filter((r) => !/^(năm \d{4}|\d{4}–\d{4})$/.test(r.asOf)).map((r) => [r.id, r.asOf])).toEqual([]);
  });
});

describe('a date typed with a two-digit year', () => {
  it('is refused on the checker, offering the day with its full year (20/6/25 → 20/06/2025)', () => {
    // The first funding row with «tính đến» typed as a staff member in a hurry would: 20/6/25.
    const lines = published.funding.split('\n');
    const cells = lines[1]!.split(',');
    const asOf = lines[0]!.split(',').indexOf('as_of');
    cells[asOf] = '20/6/25';
    const edited = [lines[0], cells.join(','), ...lines.slice(2)].join('\n');
    const { issues } = runChecker([{ table: 'funding', file: 'funding.csv', bytes: new TextEncoder().encode(edited), fromXlsx: false }], published);
    const date = issues.find((i) => i.code === 'date.invalid')!;
    expect(date.column).toBe('as_of');
    expect(date.message).toBe('năm chỉ có 2 chữ số; có phải 20/06/2025?');
    expect(date.fix).toBe('ghi năm đủ 4 chữ số: 20/06/2025');
  });
});
