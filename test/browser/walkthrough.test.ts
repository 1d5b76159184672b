/**
 * What a reader found wrong walking the built site on a phone (360 px), kept fixed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, DIST } from './built-site.ts';
import { launch } from './chromium.ts';

const baseUrl = inject('baseUrl');
const built = builtPages();
const embeds = [...built.keys()].filter((p) => p.startsWith('/nhung/'));
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Every discrepancy note of the built site: beside figures, under charts, in embeds and on briefs. */
const notes = () =>
  [...built].flatMap(([path, doc]) =>
    [...doc.querySelectorAll('.figure-note li, p.figure-note, .chart-notes li, ul.notes li, .brief-notes li')].map((el) => ({ path, text: text(el) })),
  );

// The checks added with documents.csv had no sentence of their own: their notes said only «các số của báo cáo
// nguồn không khớp nhau ở đây» beside 73 works, the province's 165.500 and the poverty decreases, and a cited
// document's note named its report by its code («Báo cáo bg-2023-11-30»).
describe('every note says what is wrong with its figure', () => {
  it('no note, on a page or in a chart file, is the general sentence', () => {
    const all = notes();
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((n) => n.text.includes('không khớp nhau ở đây'))).toEqual([]);
    for (const file of readdirSync(join(DIST, 'du-lieu/bieu-do')).filter((f) => /\.(csv|svg)$/.test(f))) {
      expect(readFileSync(join(DIST, 'du-lieu/bieu-do', file), 'utf8'), file).not.toContain('không khớp nhau ở đây');
    }
  });

  it('plan 511 by its two lists, and the province against the districts with a figure (works.csv w13/w16, funding.csv f24–f30 of bg-2023-11-30)', () => {
    const on = (path: string) => notes().filter((n) => n.path === path).map((n) => n.text.replace(/ Xem chi tiết$/, ''));
    expect(on('/cong-trinh/')).toContain('Kế hoạch, giai đoạn 2022–2024, danh mục ban đầu, tỉnh Bắc Giang: 73 công trình — cùng báo cáo nêu số này theo danh mục sau điều chỉnh, bổ sung là 75 công trình; hai số của một kế hoạch.');
    // 79.703 (Sơn Động) + 46.301 (Lục Nam) + 14.613 (Yên Thế) = 140.617; Lục Ngạn has works but no amount.
    expect(on('/dia-ban/bac-giang/').join('\n')).toContain('Tổng mức đầu tư, giai đoạn 2022–2024, tỉnh Bắc Giang: 165.500 triệu đồng — các huyện có ghi số cộng lại là 140.617 triệu đồng, ít hơn tổng này');
  });

  it('a cited document’s note names its report by the report’s date, not its code', () => {
    const docs = notes().filter((n) => n.text.startsWith('Văn bản dẫn ở cùng mục của báo cáo:'));
    expect(docs.length).toBeGreaterThan(0);
    for (const n of docs) expect(n.text, n.path).not.toMatch(/Báo cáo b[gt]-\d/);
    expect(docs.map((n) => n.text)).toContainEqual(expect.stringContaining('Báo cáo ngày 30/11/2023 (mục II.3.1 (chú thích 8)) ghi “Công văn số 788/BDT-CSDT&ĐB ngày 28/12/2022”'));
  });
});


describe('embeds at 360 px', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  // The description for screen readers was moved 9999 px to the left on one line: a long one (the Bạch Thông
  // project chart's) ran back into view over the notes ("…78,8 triệu đồng; Dự án 6: 0 triệu đồng…").
  it('the hidden chart description takes no room on screen, and nothing is wider than the phone', async () => {
    expect(embeds.length).toBeGreaterThan(10);
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of embeds) {
      await page.goto(`${baseUrl}${path}`);
      const box = await page.evaluate(() => {
        const r = document.getElementById('mo-ta')!.getBoundingClientRect();
        return { width: r.width, height: r.height, scroll: document.documentElement.scrollWidth };
      });
      expect(box.width, path).toBeLessThanOrEqual(1);
      expect(box.height, path).toBeLessThanOrEqual(1);
      expect(box.scroll, path).toBeLessThanOrEqual(360);
    }
    await page.close();
  });
});

// «Công trình theo kế hoạch, vốn đtpt (năm 2023)» on /cong-trinh/, /dia-ban/bach-thong/ and its brief: the whole
// capital label was lower-cased with its acronym.
describe('acronyms keep their capitals in labels', () => {
  it('no page text says «đtpt», «vốn sn» or «dtts» in lower case', () => {
    // Staff guides and the data dictionary show codes (sn, dtpt); report pages quote the sources as printed.
    for (const [path, doc] of [...built].filter(([p]) => !/^\/(cap-nhat|du-lieu|bao-cao)\//.test(p))) {
      const body = text(doc.querySelector('main') ?? doc.body);
      expect(body.match(/(?<!\p{L})(?:đtpt|sn|dtts|mtqg)(?!\p{L})/gu), path).toBeNull();
    }
  });
});

// The total-investment chart said «Số liệu đến ngày 30/11/2023» for amounts approved by decisions of 2021–2022
// (funding.csv bg-2023-11-30-f26/f28/f30: 14/02/2022, 04/03/2022, 15/11/2021), though their cards say the decisions.
describe('approvals on a chart are dated as approvals', () => {
  it('the plan 511 total-investment chart, its embed and its SVG give the latest decision, 04/03/2022', () => {
    const line = 'Theo các quyết định phê duyệt, quyết định mới nhất ngày 04/03/2022.';
    const chart = built.get('/cong-trinh/')!.querySelector('#von-ke-hoach-511-bac-giang .chart-meta');
    expect(text(chart!)).toContain(line);
    expect(text(chart!)).not.toContain('Số liệu đến');
    expect(text(built.get('/nhung/von-ke-hoach-511-bac-giang/')!.querySelector('.meta')!)).toContain(line);
    expect(readFileSync(join(DIST, 'du-lieu/bieu-do/von-ke-hoach-511-bac-giang.svg'), 'utf8')).toContain(line.slice(0, -1));
  });
});

