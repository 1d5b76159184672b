/**
 * A page on paper, as Chromium prints it (A4, print-to-PDF with default settings), read back
 * sheet by sheet with pdf.js: the text of each sheet in the order it was drawn, less the text
 * of the bottom margin (site name, page number). Used by `node scripts/bench-print.ts` and the
 * print tests (test/browser/print.test.ts).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';

/** The text a sheet shows, compared without spaces (pdf.js splits runs and lines its own way). */
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Below this height from the sheet's bottom edge (PDF points) is the margin's running text. */
const MARGIN_PT = 11 * (72 / 25.4);

export interface Printed {
  pdf: Uint8Array;
  /** Per sheet, its text in drawing order without spaces, margins left out. */
  sheets: string[];
}

export async function printA4(page: Page): Promise<Printed> {
  const pdf = new Uint8Array(await page.pdf({ format: 'A4' }));
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, verbosity: 0 }).promise;
  const sheets: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const text = content.items
      .filter((item) => 'str' in item && item.transform[5] > MARGIN_PT)
      .map((item) => ('str' in item ? item.str : ''))
      .join('');
    sheets.push(squeeze(text));
  }
  await doc.destroy();
  return { pdf, sheets };
}

/** What must not be cut across sheets on a page: each chart's title, subtitle and drawing. */
export interface PageParts {
  /**
   * Headings of the page's main text (h1–h4, chart titles), the lines that introduce what follows
   * (chart subtitles, an open table's summary and unit line) and the site's header, as printed.
   */
  headings: string[];
  /** Those headings whose text also ends some other line of the page (a date in a list): no sure sign of an orphan. */
  ambiguous: string[];
  /** Per chart, its title, subtitle and the words of its printed drawing, in drawing order. */
  charts: { title: string; pieces: string[] }[];
}

/** Read with print styles applied (the caller emulates print media). */
export function pageParts(page: Page): Promise<PageParts> {
  return page.evaluate(() => {
    // Laid out, and on the sheet: a brief's chart that does not fit is pushed out sideways, unprinted.
    const shown = (el: Element) =>
      ((el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed') && el.getBoundingClientRect().left < document.documentElement.clientWidth;
    const headings = [...document.querySelectorAll('main :is(h1, h2, h3, h4, .chart-subtitle, summary, .table-unit), header.site-header')].filter(shown).map((h) => (h as HTMLElement).innerText);
    const charts = [...document.querySelectorAll('main :is(figure.chart, figure.brief-chart)')].filter(shown).map((figure) => {
      const text = (selector: string) => (figure.querySelector(selector) as HTMLElement | null)?.innerText ?? '';
      const title = text(':is(.chart-title, .brief-chart-title)');
      const subtitle = text(':is(.chart-subtitle, .brief-chart-subtitle)');
      const svg = [...figure.querySelectorAll('.chart-graphic svg')].find((s) => (s as SVGGraphicsElement).getBBox().width > 0);
      const words = svg ? [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '') : [];
      // A brief's chart is whole with its date, sources and notes too, printed above its drawing (each kept to its
      // lines on paper: their openings).
      const meta = [...figure.querySelectorAll('.brief-chart-meta')].map((m) => (m as HTMLElement).innerText.slice(0, 40));
      return { title, pieces: [title, subtitle, ...meta, ...words] };
    });
    // Lines of the page as printed (screen-reader-only text, clipped out of sight, left out) that end
    // with a heading's text without being that heading.
    const unseen = [...document.querySelectorAll<HTMLElement>('.visually-hidden')];
    for (const el of unseen) el.style.setProperty('display', 'none');
    const lines = document.body.innerText.split('\n').map((l) => l.replace(/\s+/g, ''));
    for (const el of unseen) el.style.removeProperty('display');
    const count = (t: string) => lines.filter((l) => l.endsWith(t)).length;
    const squeezed = headings.map((h) => h.replace(/\s+/g, ''));
    const ambiguous = headings.filter((_, i) => count(squeezed[i]!) > squeezed.filter((t) => t === squeezed[i]).length);
    // The site header opens the first sheet, and its second line is drawn after the sheet's other text: when
    // the text before it ends with "Chương trình MTQG 1719" (a link), the sheet seems to end with the header.
    // It still counts for a sheet that holds nothing else.
    const header = (document.querySelector('header.site-header') as HTMLElement | null)?.innerText;
    if (header && !ambiguous.includes(header)) ambiguous.push(header);
    return { headings, ambiguous, charts };
  });
}

export interface PrintProblems {
  /** Headings printed last on a sheet, what they introduce on the next one: one per such sheet. */
  orphanHeadings: string[];
  /** Sheets (numbered from 1) that hold nothing but headings: a reader turns a page to find them alone. */
  headingOnlySheets: number[];
  /** Charts whose title, subtitle and drawing are not all on one sheet. */
  splitCharts: string[];
}

/**
 * Whether a sheet shows these texts one after the other (other text may come between: labels
 * drawn twice, a halo under the ink). A chart cut across sheets leaves its last labels off the
 * sheet of its title; its data table comes after it, so cannot supply them.
 */
function inOrder(sheet: string, pieces: string[]): boolean {
  let at = 0;
  for (const piece of pieces.map(squeeze)) {
    const found = sheet.indexOf(piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}

export function printProblems(printed: Printed, parts: PageParts): PrintProblems {
  const { sheets } = printed;
  // One per sheet that ends with a heading (the last sheet ends the page: nothing can follow there).
  const sure = parts.headings.filter((h) => squeeze(h) && !parts.ambiguous.includes(h));
  const orphanHeadings = sheets.slice(0, -1).flatMap((s) => sure.filter((h) => s.endsWith(squeeze(h))).slice(0, 1));
  const splitCharts = parts.charts.filter((c) => !sheets.some((s) => inOrder(s, c.pieces))).map((c) => c.title);
  // Line by line: the lines of a block may be drawn in another order than they are read (the header's).
  const squeezed = parts.headings.flatMap((h) => h.split('\n')).map(squeeze).filter(Boolean).toSorted((a, b) => b.length - a.length);
  const headingOnlySheets = sheets.flatMap((s, i) => (squeezed.reduce((rest, h) => rest.replaceAll(h, ''), s).length < 20 ? [i + 1] : []));
  return { orphanHeadings, headingOnlySheets, splitCharts };
}

/**
 * The width the print layout gets on A4 (210 mm less print.css's 15 mm side margins = 180 mm),
 * in CSS px at 96 per inch: laying the page out at this width with print media gives the boxes of
 * the paper copy, which a PDF does not tell.
 */
export const PRINT_VIEWPORT = { width: Math.round((180 / 25.4) * 96), height: 1100 };

/** Cards: the figure boxes, and whatever else sits side by side in a grid on paper. */
const CARD_SELECTOR = 'main .figure';

/** The narrowest printed card, in CSS px (null when the page has none). Call with print media emulated. */
export function narrowestCard(page: Page): Promise<number | null> {
  return page.evaluate((selector) => {
    const widths = [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect().width).filter((w) => w > 0);
    return widths.length ? Math.round(Math.min(...widths)) : null;
  }, CARD_SELECTOR);
}

/**
 * The smallest text of the charts in `selector` as laid out now, in points (1 CSS px = 0.75 pt):
 * each label's font size times the scale its drawing is shown at. Call with print media emulated.
 */
export function smallestChartText(page: Page, selector: string): Promise<number | null> {
  return page.evaluate((selector) => {
    const sizes = [...document.querySelectorAll<SVGTextElement>(`${selector} svg text`)]
      .filter((t) => t.getBBox().width > 0 && t.getClientRects().length > 0 && t.getBoundingClientRect().left < document.documentElement.clientWidth)
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a * 0.75);
    return sizes.length ? Math.round(Math.min(...sizes) * 10) / 10 : null;
  }, selector);
}
