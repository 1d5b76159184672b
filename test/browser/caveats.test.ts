/**
 * Caveats travel with the figure, as built: an embed, the chart's SVG and its CSV carry the
 * discrepancy notes of the chart, each naming its figure, once. Expected values are written by hand
 * from the rows in data/ (bt-2023-06-f51 "Vốn giao: VNĐ 1.098trđ", misprinted; bt-2023-06-f05
 * "Vốn SN 46.929,385,459trđ", misprinted; bg-2023-11-30-p04..p06: "7,2 %/năm" printed for a fall
 * from 51,6% to 13,45% in 5 years, 7,63 points a year; bg-2023-11-17-f01: 130.595 triệu đồng).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, DIST } from './built-site.ts';
import { launch } from './chromium.ts';

const built = builtPages();
const embed = (id: string) => built.get(`/nhung/${id}/`)!;
const noteItems = (doc: Document) => [...doc.querySelectorAll('ul.notes li, ul.chart-notes li')].map((li) => ({ text: li.textContent!.replace(/\s+/g, ' ').trim(), href: li.querySelector('a')?.getAttribute('href') ?? null }));
/** The text drawn in an exported SVG, its wrapped lines joined again. */
const svgText = (id: string) =>
  [...readFileSync(join(DIST, 'du-lieu/bieu-do', `${id}.svg`), 'utf8').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replaceAll('&amp;', '&')).join(' ');
const qualityIds = new Set([...built.get('/du-lieu/chat-luong/')!.querySelectorAll('li.finding[id]')].map((li) => li.id));

describe('embeds carry the notes of their chart', () => {
  it('Bạch Thông: the misprinted figures, named with their values, linked to their entries', () => {
    const projects = noteItems(embed('giai-ngan-theo-du-an-bach-thong'));
    const misprint = projects.find((n) => n.text.includes('1.098 triệu đồng'));
    expect(misprint?.text).toContain('Vốn giao (kế hoạch), năm 2023, vốn đầu tư phát triển, Dự án 10 – TDA 2, huyện Bạch Thông: 1.098 triệu đồng — báo cáo in sai con số này (“Vốn giao: VNĐ 1.098trđ”)');
    expect(misprint?.href).toMatch(/\/du-lieu\/chat-luong\/#malformed-/);
    const rate = noteItems(embed('ty-le-giai-ngan-bach-thong'));
    expect(rate.map((n) => n.text).join('\n')).toContain('Vốn đã phân bổ, năm 2023, vốn sự nghiệp, huyện Bạch Thông: 46.929,385459 triệu đồng — báo cáo in sai con số này (“Vốn SN 46.929,385,459trđ”)');
  });

  it('the poverty decrease: the 7,2 printed, the 7,63 its rates give', () => {
    const notes = noteItems(embed('muc-giam-decrease-avg-per-year-bac-giang'));
    const decrease = notes.find((n) => n.text.includes('các xã đặc biệt khó khăn'));
    expect(decrease?.text).toContain(': 7,2 điểm phần trăm/năm — tỷ lệ hộ nghèo của báo cáo, từ 51,6% (năm 2015) xuống 13,45% (năm 2020), cho mức giảm bình quân 7,63 điểm phần trăm/năm.');
    expect(decrease?.href).toMatch(/\/du-lieu\/chat-luong\/#poverty-decrease-/);
  });

  it('every note under a chart, on a page or an embed, is said once and links to an entry that exists', () => {
    let checked = 0;
    for (const [path, doc] of built) {
      for (const list of doc.querySelectorAll('ul.notes, ul.chart-notes')) {
        const items = [...list.querySelectorAll(':scope > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
        expect(new Set(items).size, `${path}: ${items.join(' | ')}`).toBe(items.length);
        for (const a of list.querySelectorAll('a[href*="/du-lieu/chat-luong/#"]')) {
          expect(qualityIds.has(a.getAttribute('href')!.split('#')[1]!), `${path}: ${a.getAttribute('href')}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('briefs', () => {
  it('show a headline figure’s note next to it, about the figure itself first, and list the discrepancies in the same words', () => {
    const brief = built.get('/dia-ban/bach-thong/ban-in/')!;
    // bt-2023-06-f08: "2.080,045,980trđ", the disbursed SN figure, misprinted; its base f05 is too.
    const note = brief.querySelector('#so-lieu-bt-2023-06-f08 .figure-note')?.textContent ?? '';
    expect(note).toContain('Đã giải ngân, năm 2023, vốn sự nghiệp, huyện Bạch Thông: 2.080,04598 triệu đồng — báo cáo in sai con số này');
    const listed = [...brief.querySelectorAll('.brief-notes li')].filter((li) => li.querySelector('a[href*="/du-lieu/chat-luong/#malformed-"]')).map((li) => li.textContent!.replace(/\s+/g, ' '));
    // The sheet lists the discrepancies of its own figures first: the card's misprint, in the card's words.
    expect(listed.join('\n')).toContain('Đã giải ngân, năm 2023, vốn sự nghiệp, huyện Bạch Thông: 2.080,04598 triệu đồng — báo cáo in sai');
  });
});

describe('chart files carry them too', () => {
  it('the SVG (and so the PNG drawn from it) draws the notes below the chart', () => {
    expect(svgText('giai-ngan-theo-du-an-bach-thong')).toContain('Dự án 10 – TDA 2, huyện Bạch Thông: 1.098 triệu đồng — báo cáo in sai con số này');
    expect(svgText('muc-giam-decrease-avg-per-year-bac-giang')).toContain('cho mức giảm bình quân 7,63 điểm phần trăm/năm.');
    for (const file of readdirSync(join(DIST, 'du-lieu/bieu-do')).filter((f) => f.endsWith('.svg'))) {
      const id = file.replace(/\.svg$/, '');
      const notes = noteItems(embed(id)).map((n) => n.text.replace(/ Xem chi tiết$/, ''));
      for (const n of notes) expect(svgText(id), `${id}: ${n}`).toContain(n);
    }
  });

  it('the CSV names the source row, report, section, date and status of each value', () => {
    const text = readFileSync(join(DIST, 'du-lieu/bieu-do/von-va-giai-ngan-bac-giang.csv'), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(header!.slice(4)).toEqual(['report_id', 'report', 'section', 'as_of', 'as_of_from', 'decision_date', 'figure_status', 'note', 'row_note', 'chart_note', 'row_id']);
    const f01 = rows.find((r) => r.at(-1) === 'bg-2023-11-17-f01');
    expect(f01).toEqual([
      'Vốn 2022 chuyển sang 2023',
      'Vốn',
      '130595',
      'triệu đồng',
      'bg-2023-11-17',
      'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023',
      '3.1.2 Kết quả thực hiện và giải ngân – Nguồn vốn năm 2022 chuyển sang năm 2023',
      '2023-11-17',
      // The report gives f01 no date of its own: its as_of is the report's, and the CSV says so.
      'báo cáo',
      '',
      'reported',
      '',
      // The data team's note on the row (funding.csv), as under the figure's card.
      'Tổng vốn năm 2022 chuyển nguồn sang thực hiện năm 2023.',
      // The chart's own note, about no one value (below).
      'Các khoản vốn ở đây chồng lấn nhau (một giai đoạn gồm các năm của nó, một tổng gồm các phần): chúng không được cộng lại và không so sánh như các khoản ngang hàng.',
      'bg-2023-11-17-f01',
    ]);
    // The misprinted figure's note sits beside the value read from it.
    const bt = readFileSync(join(DIST, 'du-lieu/bieu-do/giai-ngan-theo-du-an-bach-thong.csv'), 'utf8').replace(/^\uFEFF/, '');
    const f51 = Papa.parse<string[]>(bt, { skipEmptyLines: true }).data.find((r) => r.at(-1) === 'bt-2023-06-f51');
    expect(f51?.slice(0, 3)).toEqual(['Dự án 10 – TDA 2 (Vốn ĐTPT)', 'Vốn giao', '1098']);
    expect(f51?.[10]).toBe('malformed');
    expect(f51?.[11]).toContain('1.098 triệu đồng — báo cáo in sai con số này');
  });
});

describe("a chart's CSV, read alone", () => {
  const csvOf = (id: string) => {
    const [header, ...rows] = Papa.parse<string[]>(readFileSync(join(DIST, 'du-lieu/bieu-do', `${id}.csv`), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
  };

  it('says on every line that its values overlap and must not be added up, as the chart does under it', () => {
    // Bắc Giang's money: 2023 (418.318 allocated) beside 2022–2023 (671.874), which holds it: a column summed counts it twice.
    const rows = csvOf('von-va-giai-ngan-bac-giang');
    expect(rows.length).toBeGreaterThan(4);
    for (const r of rows) expect(r.chart_note).toMatch(/^Các khoản vốn ở đây chồng lấn nhau \(một giai đoạn gồm các năm của nó, một tổng gồm các phần\): chúng không được cộng lại/);
    // The misprints behind Bạch Thông's 4,4% are of the amounts it is worked out from, not of the printed rate drawn.
    for (const r of csvOf('ty-le-giai-ngan-bach-thong')) expect(r.chart_note).toContain('46.929,385459 triệu đồng');
  });

  it("marks a 0 drawn from a project's 0% rate as the page's reading, not as a printed amount", () => {
    // bt-2023-06: ten projects with «0%» disbursed and no amount printed; the chart draws 0 triệu đồng for each.
    const zeros = csvOf('giai-ngan-theo-du-an-bach-thong').filter((r) => r['Nhóm'] === 'Đã giải ngân' && r['Giá trị'] === '0');
    expect(zeros).toHaveLength(10);
    for (const r of zeros) expect(r.figure_status, r.row_id).toBe('computed from reported');
  });
});

describe("the data team's notes on a chart's values", () => {
  // bt-2023-06-f08 (Vốn sự nghiệp đã giải ngân, Bạch Thông, 6/2023), its note in the site's funding.csv.
  const F08 = 'Số in sai định dạng (hai dấu phẩy). Đọc 2.080,045,980 là 2.080.045.980 đồng = 2.080,04598 triệu đồng (khớp với tỷ lệ 4,4% in kèm).';
  const POINTER = 'Có 3 ghi chú của nhóm dữ liệu về một số giá trị (phạm vi con số, cách đọc báo cáo): xem bảng số liệu của biểu đồ trên trang gốc.';
  const homeTable = (id: string) => {
    const embedLink = embed(id).querySelector('a[href*="-ghi-chu"]')?.getAttribute('href');
    return embedLink ? built.get(embedLink.split('#')[0]!)!.querySelector(`#${id}`)! : null;
  };

  it("number each noted value in the chart's data table on its home page, linked to the notes listed under it", () => {
    const chart = built.get('/giai-ngan/')!.querySelector('#von-va-giai-ngan-bach-thong')!;
    expect(chart.querySelector('.chart-data summary')!.textContent).toContain('Xem bảng số liệu (kèm 3 ghi chú)');
    const sn = [...chart.querySelectorAll('.chart-data tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.includes('Vốn SN'))!;
    const disbursed = sn.querySelectorAll('td')[1]!;
    // The value as a reader hears it: the number, then «ghi chú n» (a hidden word), never a superscript digit.
    expect(disbursed.textContent!.replace(/\s+/g, ' ').trim()).toMatch(/^2\.080,05 ?ghi chú [123]$/);
    const ref = disbursed.querySelector('sup a')!.getAttribute('href')!;
    const note = chart.querySelector(ref)!;
    expect(note.closest('ol.table-footnotes')).not.toBeNull();
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).toBe(`${ref.at(-1)} ${F08}`);
  });

  it('a page repeating the chart says how many there are and links to them', () => {
    const chart = built.get('/dia-ban/bach-thong/')!.querySelector('#von-va-giai-ngan-bach-thong')!;
    expect(chart.querySelector('.chart-data summary')!.textContent).toContain('Xem bảng số liệu (3 ghi chú ở trang gốc)');
    expect(chart.querySelector('.table-footnotes, sup')).toBeNull();
    const line = chart.querySelector('.table-notes-home')!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).toBe('Các giá trị trong bảng có 3 ghi chú của nhóm dữ liệu: xem bảng số liệu trên trang gốc của biểu đồ.');
    expect(line.querySelector('a')!.getAttribute('href')).toBe('/giai-ngan/#von-va-giai-ngan-bach-thong-ghi-chu');
  });

  it("an embed and the chart's image say how many there are and where, only when there are some", () => {
    expect(noteItems(embed('von-va-giai-ngan-bach-thong'))).toContainEqual({ text: `${POINTER} Xem chi tiết`, href: '/giai-ngan/#von-va-giai-ngan-bach-thong-ghi-chu' });
    expect(svgText('von-va-giai-ngan-bach-thong')).toContain(POINTER.slice(0, 40));
    // ty-le-giai-ngan-bach-thong: its rows carry no note.
    expect(noteItems(embed('ty-le-giai-ngan-bach-thong')).map((n) => n.text).join(' ')).not.toContain('ghi chú của nhóm dữ liệu');
  });

  it('a printed brief says how many there are and prints the address of the page that lists them', () => {
    // ty-le-giai-ngan-bac-giang, on Bắc Giang's brief and the programme's: 5 notes, listed under its table on /giai-ngan/.
    for (const brief of ['/dia-ban/bac-giang/ban-in/', '/ban-in/']) {
      const line = built.get(brief)!.querySelector('#ty-le-giai-ngan-bac-giang .brief-chart-value-notes')!;
      expect(line.textContent!.replace(/\s+/g, ' ').trim(), brief).toBe(
        'Có 5 ghi chú của nhóm dữ liệu về một số giá trị (phạm vi con số, cách đọc báo cáo): xem bảng số liệu của biểu đồ tại /giai-ngan/.',
      );
      expect(line.querySelector('a')!.getAttribute('href')).toBe('/giai-ngan/#ty-le-giai-ngan-bac-giang-ghi-chu');
      expect(homeTable('ty-le-giai-ngan-bac-giang')!.querySelectorAll('ol.table-footnotes > li')).toHaveLength(5);
    }
    // Bạch Thông's brief shows its rate chart, whose rows carry no note.
    expect(built.get('/dia-ban/bach-thong/ban-in/')!.querySelector('#ty-le-giai-ngan-bach-thong')).not.toBeNull();
    expect(built.get('/dia-ban/bach-thong/ban-in/')!.querySelector('.brief-chart-value-notes')).toBeNull();
  });

  it('every embed counts the notes its home table lists and links to that list; the metadata lists them too', () => {
    let checked = 0;
    for (const file of readdirSync(join(DIST, 'du-lieu/bieu-do')).filter((f) => f.endsWith('.svg'))) {
      const id = file.replace(/\.svg$/, '');
      const said = noteItems(embed(id)).find((n) => n.text.startsWith('Có ') && n.text.includes('ghi chú của nhóm dữ liệu'));
      const home = homeTable(id);
      const listed = home ? home.querySelectorAll('ol.table-footnotes > li').length : 0;
      expect(said ? Number(/^Có (\d+) /.exec(said.text)![1]) : 0, id).toBe(listed);
      // The chart's metadata lists the same notes, in the home table's order.
      const meta = JSON.parse(readFileSync(join(DIST, 'du-lieu/bieu-do', `${id}.json`), 'utf8')) as { value_notes: string[] };
      const texts = home ? [...home.querySelectorAll('ol.table-footnotes > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim().replace(/^\d+ /, '')) : [];
      expect(meta.value_notes.map((n) => n.replace(/\s+/g, ' ').trim()), id).toEqual(texts);
      if (said) {
        expect(home!.querySelector(`#${id}-ghi-chu`), id).not.toBeNull();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('the findings as the data-quality page and the report pages print them', () => {
  // The check names reports by their codes (for staff); a reader gets their dates. bt-2023-06 is dated 6/2023.
  const CODE = /[Bb]áo cáo (bg|bt)-\d{4}/;
  it('name each report by its date, never by its code', () => {
    const quality = built.get('/du-lieu/chat-luong/')!;
    const sentences = [...quality.querySelectorAll('li.finding > p:not(.kind):not(.rows)')].map((p) => p.textContent!.replace(/\s+/g, ' '));
    expect(sentences.length).toBeGreaterThan(20);
    expect(sentences.filter((t) => CODE.test(t))).toEqual([]);
    expect(sentences).toContainEqual(expect.stringMatching(/^Báo cáo tháng 6\/2023 \(mục III\.2\.3 Đề án ứng dụng CNTT \(Tiểu dự án 2, Dự án 10\)\) nêu vốn giao \(kế hoạch\)/));
    const listed = [...built].flatMap(([path, doc]) => (path.startsWith('/bao-cao/') ? [...doc.querySelectorAll('ul.discrepancies li')].map((li) => li.textContent!) : []));
    expect(listed.length).toBeGreaterThan(5);
    expect(listed.filter((t) => CODE.test(t))).toEqual([]);
  });
});

describe('embeds with their notes fit the iframe the chart page suggests', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('at the snippet’s largest width (760 px), the page is no taller than its height', async () => {
    const page = await browser.newPage();
    // Low, so the document's height is its content's (never less than the viewport).
    await page.setViewportSize({ width: 760, height: 100 });
    const baseUrl = inject('baseUrl');
    const snippets = new Map<string, { path: string; height: number }>();
    for (const [path, doc] of built) {
      for (const ta of doc.querySelectorAll('textarea.chart-embed-code')) {
        const snippet = ta.textContent!.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
        const src = /src="(?:https?:\/\/[^/"]+)?([^"]+)"/.exec(snippet)![1]!;
        snippets.set(src, { path, height: Number(/height="(\d+)"/.exec(snippet)![1]) });
      }
    }
    expect(snippets.size).toBeGreaterThan(10);
    for (const [src, { path, height }] of snippets) {
      await page.goto(`${baseUrl}${src}`);
      expect(await page.evaluate(() => document.documentElement.scrollHeight), `${path} → ${src}`).toBeLessThanOrEqual(height);
    }
    await page.close();
  });
});
