/**
 * Every page of the built site, in Debian's Chromium: what a reader on a phone or a
 * desktop would notice if it broke.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/core/format.ts';
import { SECTIONS } from '../../src/lib/nav.ts';
import { sourceSummary } from '../../src/lib/site-data.ts';
import { launch } from './chromium.ts';
import { parseHTML } from 'linkedom';
import { VIETNAMESE } from '../../src/styles/fonts/charset.ts';

const baseUrl = inject('baseUrl');
const SHOTS = 'test-results/screenshots';
// Full-page screenshots of every page at 1280 and 360 px, for people to look at: SCREENSHOTS=1 npm run test:browser.
// Off by default, they took about a third of the suite's time.
const SCREENSHOTS = process.env.SCREENSHOTS === '1';
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

/** The section a path belongs to: the longest matching href ("/" only for the home page). */
const sectionOf = (path: string) =>
  [...SECTIONS].sort((a, b) => b.href.length - a.href.length).find((s) => (s.href === '/' ? path === '/' : path.startsWith(s.href)));

/** Widest the page is laid out beyond the window, in CSS pixels (0 = no horizontal scroll). */
/** Where the keyboard focus is after a Tab: the element (or null past the last stop) and whether its focus is visible. */
const focusStop = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName,
      text: (el.textContent ?? '').trim().slice(0, 40),
      what: `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      kb: el.dataset.kb ?? null,
      nav: !!el.closest('nav[aria-label="Các mục chính"]'),
      ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
      open: el.tagName === 'SUMMARY' ? (el.parentElement as HTMLDetailsElement).open : null,
    };
  });

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

// Every page found in dist/ (pages added later are covered without editing a list), with one
// visit per page for every per-page check: status, language, console, requests, landmarks,
// axe-core, then the same page laid out at 360 px (a phone) and at 640 px (1280 px at 200 % zoom).
// A few pages at a time (browser project: maxConcurrency): the browser works while a test waits for it.
describe.concurrent.each(inject('pages'))('page %s', (path) => {
  it('loads in Vietnamese, complete, accessible, and fits a phone and 200 % zoom', async () => {
    const v = await visit(path, 1280);
    expect(v.status).toBe(200);
    expect(await v.page.getAttribute('html', 'lang')).toBe('vi');
    // Landmarks, one h1, the current section marked in the navigation. An embedded chart (/nhung/)
    // is the chart alone, without the site's header and footer.
    const embed = path.startsWith('/nhung/');
    expect(await v.page.locator(embed ? 'main h1' : 'main#noi-dung h1').count()).toBe(1);
    expect(await v.page.locator('header').count() > 0).toBe(!embed);
    expect(await v.page.locator('footer').count()).toBe(embed ? 0 : 1);
    expect(await v.page.title()).toMatch(/MTQG 1719/);
    const section = sectionOf(path);
    if (section) {
      const current = v.page.locator('nav[aria-label="Các mục chính"] a[aria-current="page"]');
      expect(await current.textContent()).toBe(section.label);
    }
    const results = await new AxeBuilder({ page: v.page }).analyze();
    const summary = results.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    if (SCREENSHOTS) await v.page.screenshot({ path: `${SHOTS}/${slug(path)}-1280.png`, fullPage: true });

    // 200 % zoom of a 1280 px window lays the page out at 640 CSS px.
    await v.page.setViewportSize({ width: 640, height: 900 });
    expect(await overflow(v.page), 'horizontal scroll at 200 % zoom').toBeLessThanOrEqual(0);
    await v.page.setViewportSize({ width: 360, height: 800 });
    expect(await overflow(v.page), 'horizontal scroll at 360 px').toBeLessThanOrEqual(0);
    // Tap targets on a phone (WCAG 2.2, 2.5.8; not among axe's default rules, but Lighthouse checks it).
    const taps = await new AxeBuilder({ page: v.page }).withRules(['target-size']).analyze();
    expect(taps.violations.flatMap((x) => x.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    if (SCREENSHOTS) await v.page.screenshot({ path: `${SHOTS}/${slug(path)}-360.png`, fullPage: true });

    // Collected over the whole visit, after every layout.
    expect(v.consoleErrors).toEqual([]);
    expect(v.failed).toEqual([]);
    expect(v.foreign).toEqual([]);
    await v.page.close();
  });
});

describe('data-quality page', () => {
  it('lists the discrepancies of the source reports, with their rows', async () => {
    const v = await visit('/du-lieu/chat-luong/');
    const text = (await v.page.locator('main').textContent()) ?? '';
    // Two known inconsistencies of the reports: Dự án 8's rate and the ĐBKK poverty decrease.
    expect(text).toContain('18,14%');
    expect(text).toContain('7,63');
    expect(await v.page.locator('main li.finding').count()).toBeGreaterThanOrEqual(10);
    await v.page.close();
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
    // The jump is a navigation within the page: wait for it (a busy machine takes its time), then check where it went.
    await v.page.waitForURL(/#noi-dung$/, { timeout: 30_000 });
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

  it('draws every character of every page, and all of Vietnamese, in the self-hosted font', async () => {
    // Characters of the text of every built page, plus every Vietnamese letter (a name staff type later).
    const texts = await Promise.all(
      inject('pages').map(async (p) => parseHTML(await (await fetch(baseUrl + p)).text()).document.body.textContent ?? ''),
    );
    const chars = [...new Set([...texts.join(''), ...VIETNAMESE])].filter((c) => /\S/u.test(c) && c !== '\ufeff');
    const v = await visit('/');
    const faces = await v.page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Be Vietnam Pro').map((f) => `${f.weight} ${f.status}`);
    });
    expect(faces.sort()).toEqual(['400 loaded', '700 loaded']);
    // A glyph the font lacks falls back to the generic family, and then measures the same as it.
    const missing = await v.page.evaluate(async (chars) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      const out: string[] = [];
      for (const weight of [400, 700]) {
        await document.fonts.load(`${weight} 32px "Be Vietnam Pro"`, chars.join(''));
        for (const ch of chars) {
          const differs = ['monospace', 'serif'].some((generic) => {
            ctx.font = `${weight} 32px "Be Vietnam Pro", ${generic}`;
            const withFont = ctx.measureText(ch).width;
            ctx.font = `${weight} 32px ${generic}`;
            return withFont !== ctx.measureText(ch).width;
          });
          if (!differs) out.push(`${weight} ${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`);
        }
      }
      return out;
    }, chars);
    // A character listed here is drawn by a system font: add it to src/styles/fonts/charset.ts.
    expect(missing).toEqual([]);
    await v.page.close();
  });

  it('moves through the menu, links and details with the keyboard alone, focus always visible', async () => {
    // A page with <details> (the data dictionary today); found in dist/, not named.
    const htmls = await Promise.all(inject('pages').map(async (p) => [p, await (await fetch(baseUrl + p)).text()] as const));
    const withDetails = htmls.find(([, html]) => html.includes('<summary'));
    expect(withDetails, 'no page with <details> to test').toBeDefined();
    const v = await visit(withDetails![0], 360);
    const reached: string[] = [];
    const invisible: string[] = [];
    let toggled = false;
    for (let i = 0; i < 600; i++) {
      await v.page.keyboard.press('Tab');
      const stop = await focusStop(v.page);
      if (!stop) break; // past the last stop, back to the document
      if (!stop.ring || !stop.onScreen) invisible.push(`${stop.tag} "${stop.text}"`);
      // On a phone the sections are behind the header's "Mục lục": Enter opens it, then Tab goes through them.
      if (stop.nav && stop.tag === 'SUMMARY') {
        expect(stop.open).toBe(false);
        await v.page.keyboard.press('Enter');
        continue;
      }
      if (stop.nav) reached.push(stop.text);
      if (stop.tag === 'SUMMARY' && !toggled) {
        expect(stop.open).toBe(false);
        await v.page.keyboard.press('Enter');
        expect(await v.page.evaluate(() => (document.activeElement!.parentElement as HTMLDetailsElement).open)).toBe(true);
        await v.page.keyboard.press('Space');
        expect(await v.page.evaluate(() => (document.activeElement!.parentElement as HTMLDetailsElement).open)).toBe(false);
        toggled = true;
      }
    }
    expect(reached).toEqual(SECTIONS.map((s) => s.label));
    expect(toggled).toBe(true);
    expect(invisible).toEqual([]);
    await v.page.close();
  });

  it("reaches every chart's controls (disclosures, downloads, embed code) with the keyboard, focus visible", async () => {
    // The page with the most charts, found in dist/: its disclosures are opened, then every link,
    // summary, text box and shown button inside a figure must be a visible Tab stop.
    const htmls = await Promise.all(inject('pages').map(async (p) => [p, await (await fetch(baseUrl + p)).text()] as const));
    const [path] = htmls.map(([p, html]) => [p, html.split('<figure').length] as const).sort((a, b) => b[1] - a[1])[0]!;
    const v = await visit(path, 360);
    const controls = await v.page.evaluate(() => {
      // On a phone a section's charts are behind one tap (Fold): opened, like each chart's disclosures.
      for (const d of document.querySelectorAll('details.fold, figure details')) (d as HTMLDetailsElement).open = true;
      const els = [...document.querySelectorAll<HTMLElement>('figure a[href], figure summary, figure textarea, figure button:not([hidden])')];
      els.forEach((el, i) => (el.dataset.kb = String(i)));
      return els.length;
    });
    expect(controls, `${path} has no chart controls`).toBeGreaterThan(10);
    const reached = new Set<string>();
    const invisible: string[] = [];
    for (let i = 0; i < 3000; i++) {
      await v.page.keyboard.press('Tab');
      const stop = await focusStop(v.page);
      if (!stop) break;
      if (stop.kb !== null) reached.add(stop.kb);
      if (!stop.ring || !stop.onScreen) invisible.push(stop.what);
    }
    expect(reached.size, `${path}: chart controls reached by Tab`).toBe(controls);
    expect(invisible).toEqual([]);
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
    expect(await page.locator('main h1').textContent()).toBe('Bảng dữ liệu để tải về');
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
