/**
 * Every page of the built site, in Debian's Chromium: what a reader on a phone or a
 * desktop would notice if it broke.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/lib/format.ts';
import { SECTIONS } from '../../src/lib/nav.ts';
import { sourceSummary } from '../../src/lib/site-data.ts';
import { launch } from './chromium.ts';

const baseUrl = inject('baseUrl');
const SHOTS = 'test-results/screenshots';
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  context = await launch();
});
afterAll(async () => {
  await context?.close();
});

interface Visit {
  page: Page;
  status: number | undefined;
  consoleErrors: string[];
  failed: string[];
  foreign: string[];
}

/** Opens a path and records console errors, failed requests and requests to other origins. */
async function visit(path: string, width = 1280): Promise<Visit> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const consoleErrors: string[] = [];
  const failed: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => !r.url().startsWith(baseUrl) && !r.url().startsWith('data:') && foreign.push(r.url()));
  const response = await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
  return { page, status: response?.status(), consoleErrors, failed, foreign };
}

const slug = (path: string) => path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'index';

describe.each(SECTIONS.map((s) => [s.label, s.href] as const))('%s (%s)', (label, href) => {
  it('loads in Vietnamese with no error and nothing from other sites', async () => {
    const v = await visit(href);
    expect(v.status).toBe(200);
    expect(await v.page.getAttribute('html', 'lang')).toBe('vi');
    expect(v.consoleErrors).toEqual([]);
    expect(v.failed).toEqual([]);
    expect(v.foreign).toEqual([]);
    // Landmarks, one h1, the current section marked in the navigation.
    await expect.poll(() => v.page.locator('main#noi-dung h1').count()).toBe(1);
    expect(await v.page.locator('header').count()).toBeGreaterThan(0);
    expect(await v.page.locator('footer').count()).toBe(1);
    const current = v.page.locator('nav[aria-label="Các mục chính"] a[aria-current="page"]');
    expect(await current.textContent()).toBe(label);
    expect(await v.page.title()).toMatch(/MTQG 1719/);
    await v.page.screenshot({ path: `${SHOTS}/${slug(href)}-1280.png`, fullPage: true });
    await v.page.close();
  });

  it('has no accessibility violations (axe-core)', async () => {
    const v = await visit(href);
    const results = await new AxeBuilder({ page: v.page }).analyze();
    const summary = results.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    await v.page.close();
  });

  it('fits a 360 px phone without horizontal scrolling', async () => {
    const v = await visit(href, 360);
    const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await v.page.screenshot({ path: `${SHOTS}/${slug(href)}-360.png`, fullPage: true });
    await v.page.close();
  });
});

describe('data-quality page', () => {
  it('lists the discrepancies of the source reports, with their rows, and passes the same checks', async () => {
    const v = await visit('/du-lieu/chat-luong/');
    expect(v.status).toBe(200);
    expect(v.consoleErrors).toEqual([]);
    expect(v.foreign).toEqual([]);
    const text = (await v.page.locator('main').textContent()) ?? '';
    // Two known inconsistencies of the reports: Dự án 8's rate and the ĐBKK poverty decrease.
    expect(text).toContain('18,14%');
    expect(text).toContain('7,63');
    expect(await v.page.locator('main li.finding').count()).toBeGreaterThanOrEqual(10);
    const results = await new AxeBuilder({ page: v.page }).analyze();
    expect(results.violations.map((x) => x.id)).toEqual([]);
    await v.page.close();
    const phone = await visit('/du-lieu/chat-luong/', 360);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await phone.page.screenshot({ path: `${SHOTS}/chat-luong-360.png`, fullPage: true });
    await phone.page.close();
  });
});

describe('site shell', () => {
  it('navigates to every section from the header', async () => {
    const v = await visit('/');
    for (const s of SECTIONS) {
      await v.page.locator('nav[aria-label="Các mục chính"]').getByRole('link', { name: s.label, exact: true }).click();
      await v.page.waitForLoadState('domcontentloaded');
      expect(new URL(v.page.url()).pathname).toBe(s.href);
      expect(await v.page.locator('nav a[aria-current="page"]').first().textContent()).toBe(s.label);
    }
    expect(v.consoleErrors).toEqual([]);
    await v.page.close();
  });

  it('offers a skip link as the first stop of the keyboard, landing on the main content', async () => {
    const v = await visit('/giai-ngan/');
    await v.page.keyboard.press('Tab');
    const focused = v.page.locator(':focus');
    expect(await focused.textContent()).toBe('Bỏ qua, đến nội dung chính');
    expect(await focused.isVisible()).toBe(true);
    await v.page.keyboard.press('Enter');
    expect(new URL(v.page.url()).hash).toBe('#noi-dung');
    await v.page.close();
  });

  it('shows the data source and the date of the latest report, read from data/', async () => {
    const { latest, reports } = await sourceSummary();
    const v = await visit('/');
    const footer = (await v.page.locator('footer').textContent()) ?? '';
    expect(footer).toContain(formatDate(latest.date));
    expect(footer).toContain(latest.issuer);
    expect(footer).toContain(`${reports.length} báo cáo`);
    await v.page.close();
  });

  it('uses the self-hosted Vietnamese font, with diacritics rendered by it', async () => {
    const v = await visit('/');
    const loaded = await v.page.evaluate(async () => {
      await document.fonts.ready;
      // The faces actually downloaded: both subsets are needed for Vietnamese ("ơ", "ư", "đ", "ộ" are outside latin).
      return [...document.fonts]
        .filter((f) => f.family.replace(/["']/g, '') === 'Be Vietnam Pro' && f.status === 'loaded')
        .map((f) => f.unicodeRange);
    });
    expect(loaded.some((range) => range.includes('U+1EA0'))).toBe(true);
    await v.page.close();
  });

  it('prints on A4 without the navigation, showing where links go', async () => {
    const v = await visit('/gioi-thieu/');
    await v.page.emulateMedia({ media: 'print' });
    expect(await v.page.locator('nav[aria-label="Các mục chính"]').isVisible()).toBe(false);
    expect(await v.page.locator('.skip-link').isVisible()).toBe(false);
    const after = await v.page.evaluate(() => {
      const a = document.querySelector('main a[href^="/"]');
      return a ? getComputedStyle(a, '::after').content : '';
    });
    expect(after).toContain('/bao-cao/');
    await v.page.pdf({ path: `${SHOTS}/gioi-thieu-print.pdf`, format: 'A4' });
    await v.page.close();
  });

  it('works without JavaScript', async () => {
    const noJs = await launch({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    const response = await page.goto(`${baseUrl}/du-lieu/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('main h1').textContent()).toBe('Dữ liệu');
    expect(await page.locator('main table').count()).toBeGreaterThan(0);
    await noJs.close();
  });

  it('answers an unknown address with the Vietnamese 404 page', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/khong-co-trang-nay/`);
    expect(response?.status()).toBe(404);
    await page.close();
    const v = await visit('/404.html');
    expect(await v.page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    await v.page.close();
  });
});
