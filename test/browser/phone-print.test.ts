/**
 * The header on a 360 px phone and the page on paper: what a reader on a cheap phone or
 * a leader with a printout would notice.
 */
import { describe, expect, inject, it } from 'vitest';
import { SECTIONS } from '../../src/lib/nav.ts';
import { sourceSummary } from '../../src/lib/site-data.ts';
import { useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('header on a 360 px phone', () => {
  it('leaves the first screen to the content: one title line, one menu line naming the section', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${baseUrl}/gioi-thieu/`);
    const header = await page.locator('header.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(100);
    const h1 = await page.locator('main h1').boundingBox();
    expect(h1!.y).toBeLessThan(160);
    // Closed, the menu says where the reader is; one tap shows every section, the current one marked.
    const nav = page.locator('nav[aria-label="Các mục chính"]');
    const toggle = nav.locator('summary');
    expect(await toggle.textContent()).toMatch(/^\s*Mục lục\s*, đang xem:\s*Giới thiệu\s*$/);
    expect(await nav.getByRole('link').count()).toBe(0); // hidden until opened
    await toggle.click();
    expect(await nav.getByRole('link').count()).toBe(SECTIONS.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const current = nav.locator('a[aria-current="page"]');
    expect(await current.textContent()).toBe('Giới thiệu');
    const box = await current.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    await page.close();
  });
});

describe('print', () => {
  it('ends the printed page with its address, the data date and the source', async () => {
    const { reports } = await sourceSummary();
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/gioi-thieu/`);
    expect(await page.locator('.print-footer').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const footer = page.locator('.print-footer');
    expect(await footer.isVisible()).toBe(true);
    const text = (await footer.textContent()) ?? '';
    expect(text).toContain('/gioi-thieu/');
    expect(text).toContain(`${reports.length} báo cáo`);
    // The site's name and page numbers run in the bottom margin of every sheet, from the site's one stylesheet
    // (no inline <style>: the Content-Security-Policy allows none; src/styles/print-site.ts); the data date,
    // which differs by page, is in the footer text (test/browser/dates.test.ts).
    const href = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    const rule = await (await page.request.get(`${baseUrl}${href}`)).text();
    expect(rule).toMatch(/@bottom-left\{content:"Số liệu Chương trình MTQG 1719"\}/);
    expect(rule).toContain('counter(pages)');
    await page.close();
  });
});
