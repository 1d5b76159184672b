/**
 * The facts /du-lieu/ gives of each dataset (src/publish/datasets.ts), on valid-min plus a commune's row and a
 * month-only report. Expected values worked out from the fixture's rows by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, dateSpan } from '../../src/publish/datasets.ts';
import type { DownloadFile } from '../../src/publish/downloads.ts';
import { funding, ncut, reports } from '../../src/data/tables/index.ts';
import type { ViewContext } from '../../src/views/context.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

let ctx: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext({
    'areas.csv': plus('areas.csv', ['xa-an-ba,An Bá,commune,son-dong,,']),
    'reports.csv': plus('reports.csv', ['bg-2024-04,Ban Dân tộc tỉnh Bắc Giang,bac-giang,monthly,,2024-04,2024-01,2024-04,Báo cáo tháng 4/2024,,,,004_d.txt']),
    'ncut.csv': plus('ncut.csv', ['bg-2024-04-n01,bg-2024-04,II,xa-an-ba,2024,count,commune,5,,,,,5 người,reported,']),
  });
});

const file = (name: string, over: Partial<DownloadFile> = {}) => ({ name, format: 'CSV', mediatype: 'text/csv', size: 1, ...over }) as DownloadFile;

describe('what /du-lieu/ says of a dataset', () => {
  it('counts its rows, names its areas and counts its communes, and spans its reports\' dates, a month at its place', () => {
    const [ncutFacts] = datasets([ncut], ctx.data.tables, [], { updates: [] }, '2025-01-01');
    const rows = ctx.data.tables.ncut.length;
    expect(ncutFacts!.count).toBe(rows);
    // The commune is counted («1 xã»), never listed by name.
    expect(ncutFacts!.areas.at(-1)).toBe('1 xã');
    expect(ncutFacts!.areas).not.toContain('xã An Bá');
    expect(ncutFacts!.areas[0]).toBe('tỉnh Bắc Giang');
    // Reports of 17/11/2023 … and the month-only report of April 2024, last.
    expect(ncutFacts!.reportDates).toMatch(/^\d{2}\/\d{2}\/2023 – tháng 4\/2024$/);
    expect(ncutFacts!.reports.at(-1)!.id).toBe('bg-2024-04');
  });

  it('the reports table counts every report, and a table without as_of has no figures\' date span', () => {
    const [facts] = datasets([reports], ctx.data.tables, [], { updates: [] }, '2025-01-01');
    expect(facts!.reports.map((r) => r.id)).toEqual(ctx.data.tables.reports.map((r) => r.id));
    expect(facts!.asOf).toBeNull();
  });

  it('lists the table\'s files and its parts, and dates it by the changelog\'s last change of it', () => {
    const downloads = [file('funding.csv'), file('funding.xlsx', { format: 'XLSX' }), file('ncut.csv'), file('funding-bac-giang.csv', { table: funding, province: { id: 'bac-giang', name: 'Bắc Giang' } }), file('funding-2023.csv', { table: funding, fundYear: '2023' })];
    const updates = [{ date: '2024-05-02', changes: [{ table: 'ncut' }] }, { date: '2024-03-01', changes: [{ table: 'funding' }] }, { date: '2024-01-01', changes: [{ table: 'funding' }] }];
    const [facts] = datasets([funding], ctx.data.tables, downloads, { updates } as never, '2025-01-01');
    expect(facts!.files.map((f) => f.name)).toEqual(['funding.csv', 'funding.xlsx']);
    expect(facts!.provinceFiles.map((f) => f.name)).toEqual(['funding-bac-giang.csv']);
    expect(facts!.yearFiles.map((f) => f.name)).toEqual(['funding-2023.csv']);
    // The newest update first in the changelog: the funding table's is 01/03/2024, not the ncut change after it.
    expect(facts!.updated).toBe('2024-03-01');
    const [untouched] = datasets([reports], ctx.data.tables, downloads, { updates } as never, '2025-01-01');
    expect(untouched!.updated).toBe('2025-01-01');
  });
});

describe('a span of dates', () => {
  it('is first – last as read, one date when all agree, nothing without dates', () => {
    expect(dateSpan(['2023-11-30', '2023-06', '', '2024'])).toBe('tháng 6/2023 – năm 2024');
    expect(dateSpan(['2023-11-17', '2023-11-17'])).toBe('17/11/2023');
    expect(dateSpan(['', ''])).toBeNull();
  });
});
