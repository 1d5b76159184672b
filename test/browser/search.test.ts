/**
 * Search as a reader on a phone types it, usually without diacritics: Pagefind in
 * headless Chromium must return the expected page for accented and unaccented
 * queries, đ/d included; the results are readable at 360 px; without JavaScript
 * the search page still leads to the report list and every area page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launch, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** The paths of the results the search page shows for a query typed into its box. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#q', query);
  await page.click('.search-form button');
  await page.waitForFunction(() => !/Đang tìm/.test(document.getElementById('search-status')!.textContent ?? '') && document.getElementById('search-status')!.textContent !== '');
  return page.$$eval('#search-results li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const CASES: [query: string, expected: string][] = [
  ['giai ngan', '/giai-ngan/'],
  ['giải ngân', '/giai-ngan/'],
  ['Son Dong', '/dia-ban/son-dong/'],
  ['Sơn Động', '/dia-ban/son-dong/'],
  ['dau tu', '/gioi-thieu/'],
  ['đầu tư', '/gioi-thieu/'],
  ['doi ung', '/gioi-thieu/'],
  ['Luc Ngan', '/dia-ban/luc-ngan/'],
  ['nguoi co uy tin', '/nguoi-co-uy-tin/'],
  ['người có uy tín', '/nguoi-co-uy-tin/'],
  ['Bach Thong', '/dia-ban/bach-thong/'],
];

describe('search with and without diacritics', () => {
  it.each(CASES)('"%s" finds %s among the first results', async (query, expected) => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/tim-kiem/`);
    const found = await search(page, query);
    expect(found.slice(0, 8)).toContain(expected);
    await page.close();
  });

  it('"dau tu" matches the words spelt with đ, not only "dau"', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('dau tu')}`);
    await page.waitForSelector('#search-results li');
    const excerpts = await page.$$eval('#search-results li p', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(excerpts.join(' ')).toMatch(/đầu tư/i);
    await page.close();
  });

  it('excerpts are the page’s words, not a chart’s embed code, links or citation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('giải ngân')}`);
    await page.waitForSelector('#search-results li');
    const excerpts = (await page.$$eval('#search-results li p', (ps) => ps.map((p) => p.textContent ?? ''))).join(' ');
    expect(excerpts).toMatch(/giải ngân/i);
    expect(excerpts).not.toMatch(/iframe|width="|Chép mã nhúng|Trích dẫn:|Cite as/);
    await page.close();
  });
});

/**
 * The field's words (src/lib/search-terms.ts): the page a reader expects must be FIRST. A bare
 * abbreviation of a kind of fund (ĐTPT, SN) is typed to learn what it means: its glossary entry,
 * whose definition the result shows; /giai-ngan/ follows. A term with a reading page of its own
 * (NCUT, Kế hoạch 511) finds that page. A query naming an area finds the area's page.
 */
const FIRST: [query: string, expected: string][] = [
  ['NCUT', '/nguoi-co-uy-tin/'],
  ['ĐTPT', '/gioi-thieu/#thuat-ngu-von-dtpt'],
  ['SN', '/gioi-thieu/#thuat-ngu-von-sn'],
  ['KH 511', '/cong-trinh/'],
  ['ke hoach 511', '/cong-trinh/'],
  ['DTTS&MN', '/gioi-thieu/#thuat-ngu-dtts-mn'],
  ['ĐBKK', '/gioi-thieu/#thuat-ngu-xa-dbkk'],
  ['TMĐT', '/gioi-thieu/#thuat-ngu-tong-muc-dau-tu'],
  ['tong muc dau tu Son Dong', '/dia-ban/son-dong/'],
  ['von su nghiep', '/gioi-thieu/#thuat-ngu-von-sn'],
  ['vốn sự nghiệp là gì', '/gioi-thieu/#thuat-ngu-von-sn'],
];

/** Path and fragment of each result. */
async function searchLinks(page: Page, query: string): Promise<string[]> {
  await search(page, query);
  return page.$$eval('#search-results li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
}

describe('search that knows the field’s words', () => {
  it.each(FIRST)('"%s" puts %s first', async (query, expected) => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/tim-kiem/`);
    expect((await searchLinks(page, query))[0]).toBe(expected);
    await page.close();
  });

  it('a glossary result shows the term and its definition, not the names it is found by', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/tim-kiem/?q=SN`);
    await page.waitForSelector('#search-results li');
    const first = page.locator('#search-results li').first();
    expect(await first.locator('a').textContent()).toBe('Thuật ngữ: Vốn sự nghiệp (vốn SN)');
    expect(await first.locator('p').textContent()).toMatch(/^Tiền chi cho hoạt động chứ không xây công trình mới/);
    await page.close();
  });

  it('the data dictionary does not come first for a reading query, and /du-lieu/ is still found by its name', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/tim-kiem/`);
    const found = await searchLinks(page, 'nhà ở');
    expect(found.length).toBeGreaterThan(1);
    expect(found[0]).not.toMatch(/^\/du-lieu\//);
    expect((await searchLinks(page, 'bang du lieu'))[0]).toBe('/du-lieu/');
    // Typed with its diacritics, as a reader on a Vietnamese keyboard does (was 3rd, after pages that use the words).
    expect((await searchLinks(page, 'bảng dữ liệu'))[0]).toBe('/du-lieu/');
    expect((await searchLinks(page, 'tải dữ liệu'))[0]).toBe('/du-lieu/');
    expect((await searchLinks(page, 'datapackage'))[0]).toBe('/du-lieu/');
    await page.close();
  });
});

describe('the search page on a 360 px phone', () => {
  it('shows results without sideways scrolling, and loads Pagefind only there', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl}/gioi-thieu/`);
    expect(scripts.filter((p) => p.includes('pagefind'))).toEqual([]);
    await page.goto(`${baseUrl}/tim-kiem/?q=son%20dong`);
    await page.waitForSelector('#search-results li');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const box = await page.locator('#q').boundingBox();
    expect(box!.width).toBeGreaterThan(180);
    expect(scripts.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(scripts.every((p) => !/^https?:/.test(p))).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the header search link leads to a page listing the report list and every area page', async () => {
    const noJs = await launch({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}/bao-cao/`);
    await page.click('header a.search-link');
    expect(new URL(page.url()).pathname).toBe('/tim-kiem/');
    const links = await page.$$eval('.browse a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain('/bao-cao/');
    expect(links).toContain('/dia-ban/son-dong/');
    expect(links).toContain('/dia-ban/bach-thong/');
    await noJs.close();
  });
});
