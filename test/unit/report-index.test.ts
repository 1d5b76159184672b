/**
 * A report's rows are split into pages of at most ROWS_PER_PAGE, so no page
 * grows with the data, and every figure's source link (links.ts SitePaths.rowHref)
 * points at the page its row is on. Communes have no page of their own: their
 * links go to their line on the parent's page.
 */
import { describe, expect, it } from 'vitest';
import { FIRST_PAGE_ROWS, MAX_ROW_PAGES, PAGED_ROWS, reportIndex, ROWS_PER_PAGE, rowPages, sitePaths, tableStart } from '../../src/lib/report-index.ts';

const funding = Array.from({ length: 2 * ROWS_PER_PAGE + 30 }, (_, i) => ({ id: `r1-f${i + 1}`, report_id: 'r1', area_id: i % 2 ? 'xa-a' : 'tinh' }));
const works = Array.from({ length: 5 }, (_, i) => ({ id: `r1-w${i + 1}`, report_id: 'r1', area_id: 'tinh' }));
const areas = [
  { id: 'tinh', level: 'province', parent_id: null },
  { id: 'xa-a', level: 'commune', parent_id: 'tinh' },
];
const tables = { funding, works, areas, poverty: [], ncut: [], indicators: [] };
const bound = (p: ReturnType<typeof sitePaths>) => ({ rowHref: p.rowHref.bind(p), areaHref: p.areaHref.bind(p), hasAreaPage: p.hasAreaPage.bind(p) });

describe('pages of a report’s rows', () => {
  it('holds every row once, in table order, at most ROWS_PER_PAGE a page', () => {
    const pages = rowPages(reportIndex(tables).get('r1')!);
    expect(pages).toHaveLength(3);
    const ids = pages.flatMap((p) => p.groups.flatMap((g) => g.rows.map((r) => r.id)));
    expect(ids).toEqual([...funding, ...works].map((r) => r.id));
    for (const p of pages) expect(p.groups.reduce((n, g) => n + g.rows.length, 0)).toBeLessThanOrEqual(ROWS_PER_PAGE);
    expect(pages[2]!.groups.map((g) => g.table)).toEqual(['funding', 'works']);
  });

  it('links each row to the page it is on', () => {
    const { rowHref } = bound(sitePaths(tables));
    expect(rowHref('r1', 'r1-f1')).toBe('/bao-cao/r1/#r1-f1');
    expect(rowHref('r1', `r1-f${ROWS_PER_PAGE + 1}`)).toBe('/bao-cao/r1/so-lieu/2/#r1-f' + (ROWS_PER_PAGE + 1));
    expect(rowHref('r1', 'r1-w5')).toBe('/bao-cao/r1/so-lieu/3/#r1-w5');
  });

  it('pages a report of up to PAGED_ROWS rows in full, and a larger one only on its report page, linking its other rows to its downloads', () => {
    const rows = (id: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${id}-f${i + 1}`, report_id: id, area_id: 'tinh' }));
    const fits = rows('r2', PAGED_ROWS);
    const big = rows('r3', PAGED_ROWS + 1);
    const withBig = { ...tables, funding: [...funding, ...fits, ...big] };
    const index = reportIndex(withBig);
    const { rowHref } = bound(sitePaths(withBig));
    const fitPages = rowPages(index.get('r2')!);
    expect(fitPages).toHaveLength(MAX_ROW_PAGES);
    expect(fitPages.flatMap((p) => p.groups.flatMap((g) => g.rows.map((r) => r.id)))).toEqual(fits.map((r) => r.id));
    expect(rowHref('r2', `r2-f${PAGED_ROWS}`)).toBe(`/bao-cao/r2/so-lieu/${MAX_ROW_PAGES}/#r2-f${PAGED_ROWS}`);

    const bigPages = rowPages(index.get('r3')!);
    expect(bigPages).toHaveLength(1);
    expect(bigPages[0]!.groups.flatMap((g) => g.rows.map((r) => r.id))).toEqual(big.slice(0, FIRST_PAGE_ROWS).map((r) => r.id));
    expect(rowHref('r3', `r3-f${FIRST_PAGE_ROWS}`)).toBe(`/bao-cao/r3/#r3-f${FIRST_PAGE_ROWS}`);
    expect(rowHref('r3', `r3-f${FIRST_PAGE_ROWS + 1}`)).toBe('/bao-cao/r3/#tai-ve');
    expect(rowHref('r3', `r3-f${PAGED_ROWS + 1}`)).toBe('/bao-cao/r3/#tai-ve');
    // The smaller report is untouched.
    expect(rowHref('r1', 'r1-w5')).toBe('/bao-cao/r1/so-lieu/3/#r1-w5');
    // The report page's list of tables: a table whose rows are not on any page leads to the downloads, never to a missing anchor.
    expect(tableStart('r3', bigPages, 'funding')).toEqual({ href: '#bang-funding', onPages: true });
    expect(tableStart('r3', bigPages, 'works')).toEqual({ href: '#tai-ve', onPages: false });
    expect(tableStart('r1', rowPages(index.get('r1')!), 'works')).toEqual({ href: '/bao-cao/r1/so-lieu/3/#bang-works', onPages: true });
  });

  it('sends a commune to its line on its province’s page', () => {
    const { areaHref, hasAreaPage } = bound(sitePaths(tables));
    expect(hasAreaPage('xa-a')).toBe(false);
    expect(areaHref('xa-a')).toBe('/dia-ban/tinh/#xa-a');
    expect(areaHref('tinh')).toBe('/dia-ban/tinh/');
  });
});
