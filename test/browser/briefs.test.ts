/**
 * The one-page briefs (/ban-in/, /dia-ban/<id>/ban-in/): what a leader printing one for a
 * meeting would notice — a second sheet, a QR code that leads elsewhere, a figure that
 * differs from the site's, an unreadable page.
 */
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { QUALIFIERS } from '../../src/data/qualifier.ts';
import { figureLead } from '../../src/views/figure.ts';
import { GLOSSARY } from '../../src/lib/glossary.ts';
import { areaBrief, allBriefPaths, LIMITS, programmeBrief } from '../../src/views/brief.ts';
import { viewContext } from '../../src/views/context.ts';
import { pageParts, printA4 as printSheets, printProblems, smallestChartText } from '../../scripts/bench/print.ts';
import { builtPages } from './built-site.ts';
import { launch, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const briefs = inject('pages').filter((p) => p === '/ban-in/' || /^\/dia-ban\/[^/]+\/ban-in\/$/.test(p));
const browser = useBrowser();
const built = builtPages();

/** Sheets in a PDF printed by Chromium: its page objects (not the /Pages tree). */
const sheets = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** The brief's printed width: A4 less its 12 mm side margins (brief.css), in CSS px. */
const SHEET_WIDTH = Math.round((186 / 25.4) * 96);

/** Chromium's print-to-PDF with default settings, on A4. */
const printA4 = (page: Page) => page.pdf({ format: 'A4' });

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
  return page;
}

/** Reads a QR code off a screenshot, as a phone camera would, with a decoder independent of the one that drew it. */
async function readQr(page: Page, selector: string): Promise<string | null> {
  const png = await page.locator(selector).screenshot();
  const canvasPage = await browser.context.newPage(); // about:blank: no site CSP for the data: image
  const { width, height, data } = await canvasPage.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width + 40;
    canvas.height = img.height + 40;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 20, 20);
    const d = g.getImageData(0, 0, canvas.width, canvas.height);
    return { width: d.width, height: d.height, data: Array.from(d.data) };
  }, `data:image/png;base64,${png.toString('base64')}`);
  await canvasPage.close();
  return jsQR(new Uint8ClampedArray(data), width, height)?.data ?? null;
}

describe('the briefs built', () => {
  it('are one for the programme and one for every province and district of areas.csv', async () => {
    expect(briefs.toSorted()).toEqual(allBriefPaths(await viewContext()).toSorted());
  });

  it('are linked from the home page, the area list and each area page', async () => {
    const links = async (path: string) => {
      const { document } = parseHTML(await (await fetch(baseUrl + path)).text());
      return [...document.querySelectorAll('main a[href$="ban-in/"]')].map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
    };
    expect(await links('/')).toContainEqual(['/ban-in/', 'In bản tóm tắt']);
    expect((await links('/dia-ban/')).map(([href]) => href)).toContain('/ban-in/');
    for (const b of briefs.filter((p) => p !== '/ban-in/')) expect(await links(b.replace('ban-in/', ''))).toContainEqual([b, 'In bản tóm tắt']);
  });
});

// A few briefs at a time (browser project: maxConcurrency): each test opens its own page.
describe.concurrent.each(briefs)('brief %s', (path) => {
  it('prints on exactly one A4 sheet, with no accessibility violation on screen or on paper', async () => {
    const page = await open(path);
    const pdf = await printA4(page);
    expect(sheets(pdf), 'sheets in print-to-PDF (A4, default settings)').toBe(1);
    const screen = await new AxeBuilder({ page }).analyze();
    expect(screen.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Contrast of the print layout (small grey text on paper, which is also what a greyscale printer keeps).
    await page.emulateMedia({ media: 'print' });
    const paper = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(paper.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // On paper, every term linked in the sheet's labels is explained inside the sheet (links cannot be tapped).
    const { linked, explained } = await page.evaluate(() => ({
      linked: [...document.querySelectorAll('.brief [data-term]')].filter((el) => !el.closest('.brief-terms')).map((el) => el.getAttribute('data-term')!),
      explained: [...document.querySelectorAll('.brief-terms a')].filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('href')!.split('#thuat-ngu-')[1]!),
    }));
    const names = new Set(GLOSSARY.filter((t) => t.subject).map((t) => t.id));
    expect(explained).toEqual(expect.arrayContaining([...new Set(linked.filter((id) => !names.has(id)))]));
    await page.close();
  });

  it('prints every chart it shows, whole, with its text at 7 pt or more; a chart left out is named with its link', async () => {
    const page = await open(path, SHEET_WIDTH);
    const printed = await printSheets(page);
    // On screen a named chart's caveat is whole: Bắc Giang's Tết gifts of «Tháng 2/2024», a month its report is not sure of.
    for (const note of await page.locator('.brief-more-note').all()) expect(await note.isVisible()).toBe(true);
    if (path === '/dia-ban/bac-giang/ban-in/') expect(await page.locator('.brief-more-note').allTextContents()).toEqual([expect.stringContaining('đoạn mở đầu lại ghi tháng 01/2024')]);
    await page.emulateMedia({ media: 'print' });
    const parts = await pageParts(page);
    const titles = await page.locator('.brief-chart-title').allTextContents();
    // Screen and paper show the same charts: the sheet chose only those that fit.
    expect(parts.charts.length, 'charts on the sheet').toBe(titles.length);
    for (const a of await page.locator('.brief-more-charts a').all()) {
      const [target, id] = (await a.getAttribute('href'))!.split('#') as [string, string];
      expect(built.get(target)?.getElementById(id), `${target}#${id}`).toBeTruthy();
    }
    expect(printProblems(printed, parts).splitCharts, 'charts cut').toEqual([]);
    // A named chart's caveat: on paper its mark, in the named chart's place («… (có lưu ý)»).
    const marks = page.locator('.brief-more-charts .brief-more-mark');
    expect(await marks.count()).toBe(await page.locator('.brief-more-charts .brief-more-note').count());
    for (const mark of await marks.all()) expect(await mark.isVisible()).toBe(true);
    for (const note of await page.locator('.brief-more-note').all()) expect(await note.isVisible()).toBe(false);
    // A chart left off paper (no room at 7 pt) leaves no half of itself on the sheet.
    const kept = new Set(parts.charts.map((c) => c.title));
    for (const t of titles.filter((t) => !kept.has(t))) expect(printed.sheets.join('')).not.toContain(t.replace(/\s+/g, '').slice(0, 30));
    // 7 pt = 9.33 CSS px: each label's size times the scale of its drawing on the sheet.
    if (parts.charts.length) expect(await smallestChartText(page, '.brief-chart')).toBeGreaterThanOrEqual(7);
    await page.close();
  });

  it('has a QR code that reads back as the address printed beside it, which is this page', async () => {
    const page = await open(path);
    const printed = (await page.locator('[data-brief-url]').textContent())!.trim();
    expect(printed.endsWith(path)).toBe(true);
    expect(await readQr(page, '.brief-qr svg')).toBe(printed);
    await page.close();
  });

  it('shows the figures the views compute, each with its date and source, and the data date', async () => {
    const ctx = await viewContext();
    const brief = path === '/ban-in/' ? programmeBrief(ctx) : areaBrief(ctx, path.split('/')[2]!);
    const page = await open(path);
    // As read on screen: the print-only «có lưu ý (xem dưới)» beside a noted card's number is not its value.
    const values = (await page.locator('.brief .figure-value').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    // A share leads ("61,9% vốn giao"), its amounts beneath ("80.775/130.595 triệu đồng").
    const leads = brief.figures.items.map((f) => figureLead(f));
    // A figure with no share leads with its word as printed («hơn 10 điểm phần trăm»).
    const word = (f: (typeof brief.figures.items)[number]) => (f.qualifier && !f.share ? `${QUALIFIERS[f.qualifier].vi} ` : '');
    expect(values).toEqual(leads.map((l, i) => `${word(brief.figures.items[i]!)}${l.lead}${l.leadUnit ? ` ${l.leadUnit}` : ''}`));
    const amounts = (await page.locator('.brief .figure-amounts').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(amounts).toEqual(leads.flatMap((l) => (l.amounts ? [l.amounts] : [])));
    expect(values.length).toBeLessThanOrEqual(LIMITS.figures);
    for (const meta of await page.locator('.brief .figure').allTextContents()) expect(meta).toMatch(/Nguồn/);
    expect(await page.locator('.brief-chart').count()).toBe(brief.charts.length);
    const head = (await page.locator('.brief-dates').textContent()) ?? '';
    // The newest figure's date, said to be that (each figure keeps its own), then when the page was made.
    expect(head).toMatch(brief.asOf ? /Số liệu đến .*\d{4} \(số mới nhất; mỗi số ghi ngày riêng\)\..*Trang tạo ngày \d\d\/\d\d\/\d{4}\..*Ngày in:/ : /Chưa có số liệu/);
    await page.close();
  });
});

describe('a brief filled to every limit', () => {
  it('still prints on one A4 sheet: capped lists, clamped texts, charts of fixed height', async () => {
    // The fullest brief, grown in the page to the worst the caps allow: every list at its limit with long
    // texts, two charts with many bars and long titles. Staff adding data can never exceed this.
    const path = briefs.find((p) => p !== '/ban-in/' && p.includes('bac-giang')) ?? briefs[0]!;
    const page = await open(path);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate((limits) => {
      const long = (n: number) => 'Đã giải ngân vốn sự nghiệp của Tiểu dự án 2, Dự án 10 (trung ương và đối ứng tỉnh) '.repeat(20).slice(0, n);
      const fill = <T extends Element>(parent: Element, item: T, n: number) => {
        parent.replaceChildren(...Array.from({ length: n }, () => item.cloneNode(true)));
      };
      const grid = document.querySelector('.brief .figure-grid')!;
      const figure = grid.querySelector('.figure')!;
      figure.querySelector('.figure-label')!.textContent = long(400);
      // Every card with the data team's note on its row, as long as any (the real ones reach 518 characters).
      if (!figure.querySelector('.figure-row-note')) figure.insertAdjacentHTML('beforeend', '<p class="figure-meta figure-row-note"></p>');
      for (const meta of figure.querySelectorAll('.figure-meta')) meta.textContent = long(600);
      // And the notes a card keeps on paper, each kind at once (a caveat on its whole report and one on its base's, a
      // «%» read as points), long, as Figure.astro writes them on a sheet: the third is said to be on the full page.
      for (const n of figure.querySelectorAll('.figure-note')) n.remove();
      figure.insertAdjacentHTML('beforeend', `<div class="figure-note on-paper"><p class="figure-note-count">3 lưu ý về số liệu:</p><ul>${'<li class="on-paper t-paper-note"></li>'.repeat(2)}<li class="on-paper paper-extra t-paper-note"></li><li class="on-paper figure-note-paper-more">Còn 1 lưu ý khác: xem trang đầy đủ.</li></ul></div>`);
      for (const li of figure.querySelectorAll('.t-paper-note')) li.textContent = long(600);
      fill(grid, figure, limits.figures);
      // Both note sections at their caps: the items, the "và N … khác" line, the report line.
      for (const section of document.querySelectorAll('.brief-notes > section')) {
        const list = document.createElement('ul');
        list.className = 'brief-list';
        const li = document.createElement('li');
        li.textContent = long(limits.discrepancyText + 120);
        fill(list, li, Math.max(limits.changes, limits.discrepancies) + 1);
        const p = document.createElement('p');
        p.className = 'brief-small';
        p.textContent = long(300);
        section.replaceChildren(section.querySelector('h2')!, list, p);
      }
      const charts = document.querySelector('.brief-charts')!;
      const chart = charts.querySelector('.brief-chart')!;
      chart.querySelector('.brief-chart-title')!.textContent = long(400);
      chart.querySelector('.brief-chart-subtitle')!.textContent = long(400);
      // The date and sources, a note for paper and the count of the data team's notes on the values, each as long as any.
      for (const cls of ['brief-chart-note', 'brief-chart-value-notes']) if (!chart.querySelector(`.${cls}`)) chart.insertAdjacentHTML('beforeend', `<p class="brief-chart-meta ${cls}"></p>`);
      for (const meta of chart.querySelectorAll('.brief-chart-meta')) meta.textContent = long(600);
      // Drawings as tall as a brief's may be (LIMITS.chartHeight), so each is drawn at 7 pt at the least.
      for (const svg of chart.querySelectorAll('svg')) svg.setAttribute('viewBox', `0 0 720 ${limits.chartHeight}`), svg.setAttribute('height', String(limits.chartHeight));
      fill(charts, chart, limits.charts);
      charts.className = `brief-charts brief-charts-${limits.charts}`;
      // Every chart the sheet may only name (four topics, one drawn), each with a long title and its caveat's mark.
      const named = document.querySelector('.brief-more-charts') ?? charts.insertAdjacentElement('afterend', Object.assign(document.createElement('p'), { className: 'brief-more brief-more-charts' }))!;
      named.textContent = Array.from({ length: 3 }, () => `${long(160)} (có lưu ý)`).join('; ');
      const related = document.querySelector('.brief-related')!;
      related.textContent = Array.from({ length: limits.related + 1 }, () => 'huyện Thành phố Đông Hà cũ').join(', ');
      // The glossary's lines as long as its clamp lets them be.
      const terms = document.querySelector('.brief-terms') ?? related.insertAdjacentElement('afterend', Object.assign(document.createElement('p'), { className: 'brief-terms brief-small' }))!;
      terms.textContent = long(2000);
    }, LIMITS);
    // On paper each card shows two of its notes and the line saying there is one more; the screen all three, no such line.
    const shownNotes = () =>
      page.evaluate(() => [...document.querySelectorAll('.brief .figure')].map((f) => ['.t-paper-note', '.figure-note-paper-more'].map((s) => [...f.querySelectorAll(s)].filter((li) => li.getClientRects().length > 0).length).join('+')));
    expect(new Set(await shownNotes())).toEqual(new Set(['2+1']));
    await page.emulateMedia({ media: 'screen' });
    expect(new Set(await shownNotes())).toEqual(new Set(['3+0']));
    await page.emulateMedia({ media: null }); // back to the default: page.pdf prints with print media, as a user would
    const printed = await printSheets(page);
    if (process.env.BRIEF_PDF) (await import('node:fs')).writeFileSync(process.env.BRIEF_PDF, printed.pdf);
    expect(printed.sheets).toHaveLength(1);
    // A chart prints whole (with its date, sources and notes) at 7 pt or more, or not at all. At this worst the blocks
    // at their caps leave the charts about 64 px of the 316 a chart needs: it is left off paper whole (the full page
    // has it). Every real brief prints the charts it shows (above: screen and paper show the same charts).
    await page.emulateMedia({ media: 'print' });
    const parts = await pageParts(page);
    expect(printProblems(printed, parts).splitCharts).toEqual([]);
    if (parts.charts.length) expect(await smallestChartText(page, '.brief-chart')).toBeGreaterThanOrEqual(7);
    await page.close();
  });
});

describe('a brief whose only chart has no room on the sheet', () => {
  it('leaves the chart off paper whole: no title, date or sources printed without its bars', async () => {
    const path = briefs.find((p) => p.includes('bac-giang')) ?? briefs[0]!;
    const page = await open(path);
    // The drawn chart made far taller than the room left (a drawing that at 7 pt needs more than the sheet).
    const title = await page.evaluate(() => {
      const chart = document.querySelectorAll('.brief-chart')[0]!;
      for (const svg of chart.querySelectorAll('svg')) svg.setAttribute('height', '3000');
      for (const extra of [...document.querySelectorAll('.brief-chart')].slice(1)) extra.remove();
      return chart.querySelector('.brief-chart-title')!.textContent!;
    });
    const printed = await printSheets(page);
    expect(printed.sheets).toHaveLength(1);
    await page.emulateMedia({ media: 'print' });
    expect((await pageParts(page)).charts).toEqual([]);
    const squeezed = (t: string) => t.replace(/\s+/g, '');
    expect(printed.sheets[0]).not.toContain(squeezed(title).slice(0, 30));
    expect(printed.sheets[0]).not.toContain(squeezed((await page.locator('.brief-chart-meta').first().textContent())!).slice(0, 30));
    await page.close();
  });
});

describe('a figure card’s notes on the printed sheet', () => {
  it('keeps a note marked for paper (a newer figure elsewhere), and leaves the others to the lists below the cards', async () => {
    const page = await open('/dia-ban/son-dong/ban-in/');
    // The card markup of Figure.astro: one note alone, and a list of two of which one is for paper.
    await page.evaluate(() => {
      const card = document.querySelector('.brief .figure')!;
      card.insertAdjacentHTML(
        'beforeend',
        '<p class="figure-note on-paper" id="t-alone">Số mới hơn của tỉnh</p><p class="figure-note" id="t-plain">Chênh lệch</p>' +
          '<div class="figure-note on-paper" id="t-list"><p class="figure-note-count">2 lưu ý về số liệu:</p><ul><li id="t-li-paper" class="on-paper">Số mới hơn</li><li id="t-li-plain">Chênh lệch</li></ul></div>',
      );
    });
    const shown = () => page.evaluate(() => ['t-alone', 't-plain', 't-list', 't-li-paper', 't-li-plain'].filter((id) => document.getElementById(id)!.getClientRects().length > 0));
    expect(await shown()).toEqual(['t-alone', 't-plain', 't-list', 't-li-paper', 't-li-plain']);
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toEqual(['t-alone', 't-list', 't-li-paper']);
    expect(await page.evaluate(() => document.querySelector('#t-list .figure-note-count')!.getClientRects().length)).toBe(0);
    await page.close();
  });
});

describe('the data team’s note on a card’s row, on paper', () => {
  it('prints under its card in two lines at most, starting as the note does (funding.csv bt-2023-06-f08: a misprinted number)', async () => {
    const page = await open('/dia-ban/bach-thong/ban-in/');
    await page.emulateMedia({ media: 'print' });
    const note = page.locator('#so-lieu-bt-2023-06-f08 .figure-row-note');
    expect(await note.evaluate((e) => e.getClientRects().length)).toBeGreaterThan(0);
    // The note of that row in the fixture's funding.csv, as the card begins it.
    expect(await note.textContent()).toMatch(/^Ghi chú: Số in sai định dạng \(hai dấu phẩy\)\. Đọc 2\.080,045,980 là 2\.080\.045\.980 đồng/);
    const lines = await note.evaluate((e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight));
    expect(lines).toBeGreaterThan(1.5);
    expect(lines).toBeLessThan(2.5);
    await page.close();
  });
});

describe('a card whose notes are left to the lists below', () => {
  it('says on paper that it has a note, and the sheet lists its first note (a fact-checker\'s finding: 46.929 printed unquestioned)', async () => {
    const page = await open('/dia-ban/bach-thong/ban-in/');
    const noted = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.brief .figure')]
          .filter((card) => card.querySelector('.figure-note'))
          .map((card) => card.querySelector('.figure-noted')?.getClientRects().length ?? -1),
      );
    // On screen the notes themselves are under the card: no marker shown.
    const onScreen = await noted();
    expect(onScreen.length).toBeGreaterThan(0);
    expect(onScreen.every((n) => n === 0)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect((await noted()).every((n) => n > 0)).toBe(true);
    expect(await page.locator('.brief .figure-noted').first().textContent()).toBe(' · có lưu ý (xem dưới)');
    // Each noted card's first note is among the sheet's listed discrepancies.
    const missing = await page.evaluate(() => {
      const listed = new Set([...document.querySelectorAll<HTMLAnchorElement>('.brief a[href*="/du-lieu/chat-luong/#"]')].filter((a) => !a.closest('.figure')).map((a) => a.getAttribute('href')));
      return [...document.querySelectorAll('.brief .figure')]
        .map((card) => card.querySelector<HTMLAnchorElement>('.figure-note a[href*="/du-lieu/chat-luong/#"]')?.getAttribute('href'))
        .filter((href) => href && !listed.has(href));
    });
    expect(missing).toEqual([]);
    await page.close();
  });
});

describe('the print button of a brief', () => {
  it('prints the sheet, is not on paper, and without JavaScript the page says how to print', async () => {
    const page = await open('/ban-in/');
    await page.evaluate(() => {
      (window as { printed?: number }).printed = 0;
      window.print = () => void ((window as { printed?: number }).printed! += 1);
    });
    const button = page.getByRole('button', { name: 'In bản tóm tắt' });
    expect(await button.isVisible()).toBe(true);
    await button.click();
    expect(await page.evaluate(() => (window as { printed?: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await button.isVisible()).toBe(false);
    await page.close();

    const noScript = await launch({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(`${baseUrl}/ban-in/`);
      expect(await plain.getByRole('button', { name: 'In bản tóm tắt' }).isVisible()).toBe(false);
      expect(await plain.locator('.brief-screen').textContent()).toContain('Ctrl+P');
    } finally {
      await noScript.close();
    }
  });
});
