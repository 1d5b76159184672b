/**
 * Every page on paper, as a leader printing one for a meeting gets it (Chromium's
 * print-to-PDF, A4, read back sheet by sheet with pdf.js): no sheet holding only a heading,
 * no heading left at the foot of a sheet, no chart cut from its title or axis, no card
 * squeezed to a sliver. The topic pages' sheet counts are recorded in docs/benchmarks.md
 * (`npm run bench:print`).
 */
import { describe, expect, inject, it } from 'vitest';
import { narrowestCard, pageParts, printA4, printProblems, PRINT_VIEWPORT } from '../../scripts/bench/print.ts';
import { PRINT_PAGES } from '../../scripts/bench/print-pages.ts';
import { useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
// Every page a reader can print (the embed pages live inside other sites' articles), the topic pages first.
const pages = [...new Set([...PRINT_PAGES, ...inject('pages').filter((p) => !p.startsWith('/nhung/'))])];

/** A card narrower than this (about 48 mm) wraps its number and label a word a line. */
const MIN_CARD_PX = 180;

describe.concurrent.each(pages)('%s on A4', (path) => {
  it('has no sheet of headings only, no heading at a sheet foot, no chart cut from its title, no squeezed card', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PRINT_VIEWPORT);
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    const printed = await printA4(page);
    await page.emulateMedia({ media: 'print' });
    const parts = await pageParts(page);
    // The checks can see what they look for: the page's headings and charts were found, and printed.
    expect(parts.headings.length).toBeGreaterThan(1);
    expect(printed.sheets.join('')).toContain(parts.headings[1]!.replace(/\s+/g, ''));
    const problems = printProblems(printed, parts);
    expect(problems.headingOnlySheets, 'sheets holding nothing but headings').toEqual([]);
    expect(problems.orphanHeadings, 'headings printed last on a sheet').toEqual([]);
    expect(problems.splitCharts, 'charts whose title, subtitle and drawing are not on one sheet').toEqual([]);
    const card = await narrowestCard(page);
    if (card !== null) expect(card, 'narrowest card on paper (CSS px)').toBeGreaterThanOrEqual(MIN_CARD_PX);
    // No card's text runs out of it (a number too wide for its column).
    const overflowing = await page.evaluate(() => [...document.querySelectorAll('main .figure')].filter((f) => f.scrollWidth > f.clientWidth + 1).length);
    expect(overflowing).toBe(0);
    await page.close();
  });
});

describe('the checks on a printout', () => {
  it('see a chart cut across sheets, a heading alone on a sheet and at a sheet foot', async () => {
    // What the print stylesheet prevents, made on purpose: a chart taller than a sheet, and
    // a heading pushed to the foot of the first sheet with the rest forced onto the next.
    const page = await browser.context.newPage();
    await page.setViewportSize(PRINT_VIEWPORT);
    await page.goto(`${baseUrl}/giai-ngan/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      // Through the CSSOM: the Content-Security-Policy forbids style attributes.
      const svg = document.querySelector<SVGElement>('main figure.chart .chart-wide svg')!;
      svg.style.setProperty('max-height', 'none', 'important');
      svg.style.setProperty('height', '1500px', 'important');
      svg.style.setProperty('width', '100%', 'important');
      document.querySelector<HTMLElement>('main h1')!.style.setProperty('break-after', 'page', 'important');
    });
    const printed = await printA4(page);
    await page.emulateMedia({ media: 'print' });
    const problems = printProblems(printed, await pageParts(page));
    expect(problems.splitCharts.length).toBeGreaterThan(0);
    expect(problems.headingOnlySheets).toContain(1);
    // The chart's subtitle, left at the foot of the sheet before its drawing.
    expect(problems.orphanHeadings).toContainEqual(expect.stringMatching(/^Tỷ lệ giải ngân/));
    await page.close();
  });
});
