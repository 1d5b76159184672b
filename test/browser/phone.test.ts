/**
 * Reading on a phone: no page scrolls sideways at 320 and 360 px, nor at 320 px with text at 200 %
 * (WCAG 1.4.4, 1.4.10), and every section of the header is in view after at most one tap.
 * Text at 200 %: the root font size doubles, the layout stays 320 px wide, as a phone's larger-text
 * setting does (why not page zoom: scripts/bench/phone.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { navOutOfView, openMenu, overflow, setTextSize } from '../../scripts/bench/phone.ts';
import { SECTIONS } from '../../src/lib/nav.ts';
import { useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const NAV = 'nav[aria-label="Các mục chính"]';

// Every page found in dist/, so a page added later is covered.
describe.concurrent.each(inject('pages'))('page %s on a phone', (path) => {
  it('does not scroll sideways at 320 or 360 px', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(baseUrl + path);
    expect(await overflow(page), 'sideways scroll at 320 px').toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 360, height: 640 });
    expect(await overflow(page), 'sideways scroll at 360 px').toBeLessThanOrEqual(0);
    await page.close();
  });
});

// The long dashboard pages, a report, lists, forms and a printable brief: each kind of layout once.
const SAMPLE = ['/', '/giai-ngan/', '/dia-ban/bac-giang/', '/dia-ban/bach-thong/ban-in/', '/bao-cao/', '/bao-cao/bt-2023-06/', '/du-lieu/', '/cap-nhat/', '/tim-kiem/'];

describe.concurrent.each(SAMPLE)('page %s with large text', (path) => {
  it('at 320 px, text at 200 %: does not scroll sideways, and shows every section after one tap on the menu', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(baseUrl + path);
    await setTextSize(page, '200%');
    // The text did grow (a test that set nothing would pass too).
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(32);
    expect(await overflow(page), 'sideways scroll').toBeLessThanOrEqual(0);
    await openMenu(page);
    expect(await navOutOfView(page)).toEqual([]);
    expect(await overflow(page), 'sideways scroll, menu open').toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('header at 320 px', () => {
  it('shows every section, Địa bàn included, after one tap and without swiping', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${baseUrl}/giai-ngan/`);
    await openMenu(page);
    const nav = page.locator(NAV);
    expect(await nav.getByRole('link').count()).toBe(SECTIONS.length);
    expect(await navOutOfView(page)).toEqual([]);
    // All of them on the first screen, none under the fold either.
    const bottom = await nav.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(640);
    await nav.getByRole('link', { name: 'Địa bàn', exact: true }).click();
    await page.waitForURL(/\/dia-ban\/$/, { timeout: 30_000 });
    await page.close();
  });
});

describe('header on a wide screen', () => {
  it('shows the sections in one row without «Mục lục», each a Tab stop', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}/giai-ngan/`);
    const nav = page.locator(NAV);
    expect(await nav.locator('summary').isVisible()).toBe(false);
    expect(await navOutOfView(page)).toEqual([]);
    const tops = await nav.getByRole('link').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const reached: string[] = [];
    for (let i = 0; i < 3 + SECTIONS.length; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => (document.activeElement?.closest('nav[aria-label="Các mục chính"]') ? document.activeElement.textContent!.trim() : null));
      if (stop) reached.push(stop);
    }
    expect(reached).toEqual(SECTIONS.map((s) => s.label));
    await page.close();
  });
});

// The seven long topic and area pages (scripts/bench/phone.ts LONG_PAGES). Before the folds, at 360 × 640: 15.4, 24.4, 22.9, 11.3, 7.4, 44.8 and 20.3 screens.
const LONG = ['/', '/giai-ngan/', '/cong-trinh/', '/ho-ngheo/', '/nguoi-co-uy-tin/', '/dia-ban/bac-giang/', '/dia-ban/bach-thong/'];

describe.concurrent.each(LONG)('long page %s on a phone', (path) => {
  it('opens on its first headline figure and is at most 12 screens long, the rest one tap away', async () => {
    const page = await browser.context.newPage();
    // A common cheap phone's screen: the first figure's number is on it, whole.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(baseUrl + path);
    const value = await page.locator('main .figure-value').first().boundingBox();
    expect(value!.y + value!.height, 'first figure below the first screen').toBeLessThanOrEqual(740);
    await page.setViewportSize({ width: 360, height: 640 });
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / 640);
    expect(screens).toBeLessThanOrEqual(12);
    // What was folded is one tap away: opening every fold shows all the page's charts.
    const charts = page.locator('main figure.chart');
    const total = await charts.count();
    for (const summary of await page.locator('main details.fold > summary').all()) await summary.click();
    expect(await charts.filter({ visible: true }).count()).toBe(total);
    await page.close();
  });
});

describe('folded charts and figures', () => {
  it('are closed on a phone, shown without a tap on a wide screen and on paper', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${baseUrl}/giai-ngan/`);
    const chart = page.locator('main details.fold figure.chart').first();
    const folded = page.locator('main details.fold .figure').first();
    expect(await chart.isVisible()).toBe(false);
    expect(await folded.isVisible()).toBe(false);
    expect(await page.locator('main details.fold > summary').first().textContent()).toMatch(/^Xem (thêm \d+ con số|\d+ biểu đồ và bảng số liệu)/);
    await page.emulateMedia({ media: 'print' });
    expect(await chart.isVisible()).toBe(true);
    expect(await folded.isVisible()).toBe(true);
    expect(await page.locator('main details.fold > summary').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await chart.isVisible()).toBe(true);
    expect(await folded.isVisible()).toBe(true);
    expect(await page.locator('main details.fold > summary').first().isVisible()).toBe(false);
    await page.close();
  });

  it("open at a chart's permalink on a phone", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${baseUrl}/giai-ngan/`);
    const id = await page.locator('main details.fold figure.chart').last().getAttribute('id');
    expect(id).toBeTruthy();
    await page.goto(`${baseUrl}/giai-ngan/#${id}`);
    const chart = page.locator(`#${id}`);
    await expect.poll(() => chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box!.y).toBeLessThan(640); // scrolled to it
    await page.close();
  });
});
