/**
 * `npm run bench:phone [-- --pages /,giai-ngan] [--all]`
 *
 * Phone reading, measured on the built dist/ (build first: `npm run build`), in Debian's Chromium:
 * - page length in screens: the document's height at 360 px over a 640 px screen;
 * - sideways scroll (CSS px past the window) at 360 px, 320 px, and 320 px with text at 200 %;
 * - header sections not in view at 320 px, after one tap on the menu if the header has one.
 * Prints a Markdown table (docs/benchmarks.md, "Phone reading"). Default pages: the seven long topic
 * and area pages (LONG_PAGES); --all measures every page.
 *
 * Text at 200 %: the root font size is set to 200 %, the layout width stays 320 px. That is what a
 * phone's larger-text setting does (the text grows, the screen does not), and every size on the
 * site is in rem or em, so all the text doubles. Page zoom to 200 % at 320 px (a 160 px layout) is
 * not the test: WCAG 1.4.10 asks for reflow down to 320 CSS px, and 1280 px at 200 % zoom (640 px)
 * is already covered by test/browser/pages.test.ts.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBrowser } from './chromium.ts';
import { discoverPages, serveDist } from './serve.ts';

export const SCREEN = { width: 360, height: 640 };
export const LONG_PAGES = ['/', '/giai-ngan/', '/cong-trinh/', '/ho-ngheo/', '/nguoi-co-uy-tin/', '/dia-ban/bac-giang/', '/dia-ban/bach-thong/'];

/** CSS px the page is laid out past the window (0: no sideways scroll). */
export const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Sets the root font size (text size setting of a phone); '' restores the site's own. */
export const setTextSize = (page: Page, size: string) =>
  page.evaluate((s) => {
    document.documentElement.style.fontSize = s;
  }, size);

/** Labels of the header's section links not shown, or whose box is not wholly inside the window. */
export const navOutOfView = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('nav[aria-label="Các mục chính"] a')]
      .filter((a) => {
        const r = a.getBoundingClientRect();
        return !a.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || r.width === 0 || r.left < 0 || r.right > window.innerWidth + 0.5;
      })
      .map((a) => (a.textContent ?? '').trim()),
  );

/** Opens the header's menu with a tap when it has one (a closed <details>); says whether it did. */
export async function openMenu(page: Page): Promise<boolean> {
  const toggle = page.locator('nav[aria-label="Các mục chính"] details:not([open]) > summary');
  if (!(await toggle.count()) || !(await toggle.isVisible())) return false;
  await toggle.click();
  return true;
}

/** The outermost elements that stick out past the window's right edge, to say what overflows. */
export const overflowing = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const w = window.innerWidth;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.getBoundingClientRect().right <= w + 0.5) continue;
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > w + 0.5) continue;
      // Inside a scroll box the page itself does not scroll.
      let p = el.parentElement;
      let clipped = false;
      while (p && p !== document.body) {
        if (getComputedStyle(p).overflowX !== 'visible') clipped = true;
        p = p.parentElement;
      }
      if (clipped) continue;
      out.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}`);
    }
    return [...new Set(out)].slice(0, 4);
  });

export interface PhoneResult {
  path: string;
  screens: number;
  overflow360: number;
  overflow320: number;
  overflow320Text200: number;
  navHidden320: string[];
  culprits: string[];
}

export async function measurePhone(page: Page, url: string, path: string): Promise<PhoneResult> {
  await page.setViewportSize(SCREEN);
  await page.goto(url, { waitUntil: 'load' });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const overflow360 = await overflow(page);
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow320 = await overflow(page);
  const tapped = await openMenu(page);
  const navHidden320 = await navOutOfView(page);
  if (tapped) await page.locator('nav[aria-label="Các mục chính"] summary').click();
  await setTextSize(page, '200%');
  const overflow320Text200 = await overflow(page);
  const culprits = overflow320Text200 > 0 ? await overflowing(page) : [];
  await setTextSize(page, '');
  return { path, screens: height / SCREEN.height, overflow360, overflow320, overflow320Text200, navHidden320, culprits };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { pages: { type: 'string' }, all: { type: 'boolean', default: false } } });
  const dist = resolve(import.meta.dirname, '../../dist');
  const normalise = (p: string) => (p === 'index' || p === '/' ? '/' : `/${p.replace(/^\/|\/$/g, '')}/`);
  const pages = values.all ? discoverPages(dist) : (values.pages?.split(',').map((p) => normalise(p.trim())) ?? LONG_PAGES);
  const { server, baseUrl } = await serveDist(dist);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  console.log('| page | screens at 360 px | sideways px at 360 / 320 / 320 + text 200 % | sections not in view at 320 px (menu open) |');
  console.log('|---|---:|---|---|');
  for (const path of pages) {
    const r = await measurePhone(page, baseUrl + path, path);
    const culprits = r.culprits.length ? ` (${r.culprits.join(', ')})` : '';
    console.log(
      `| \`${path}\` | ${r.screens.toFixed(1)} | ${r.overflow360} / ${r.overflow320} / ${r.overflow320Text200}${culprits} | ${r.navHidden320.join(', ') || '–'} |`,
    );
  }
  await browser.close();
  server.close();
}
