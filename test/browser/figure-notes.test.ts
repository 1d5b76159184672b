/**
 * In the built site (dist/): a figure with several discrepancies lists them all; a finding about a cited
 * document's date stands beside the figures of its report section, and nowhere else when the section has none.
 * Expected values worked out by hand:
 * - funding.csv bt-2023-06-f08 (SN disbursed "2.080,045,980trđ", misprinted) over its base f05 ("46.929,385,459trđ",
 *   misprinted, and larger than the SN assigned in II.1.1, f03 "16.567,406trđ"): three discrepancies.
 * - documents.csv bt-2023-06-d35: Công văn 2698/UBND-TCKH "ngày 30/12/2023" cited in "III.1.3 (4) Dự án 4" of a
 *   report of tháng 6/2023; funding rows bt-2023-06-f25…f29 are that section's figures. bt-2023-06-d34: Quyết định
 *   2618/QĐ-UBND "ngày 14/9/2023" in "III.1.3 (3) Dự án 3 – Tiểu dự án 2", a section with no figure row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, DIST, textOf } from './built-site.ts';

const page = builtPage;
const text = textOf;

describe('a figure touched by several discrepancies', () => {
  it('the Bạch Thông SN disbursement card lists its three notes, its own first, each linking to its entry', () => {
    const items = [...page('/dia-ban/bach-thong/').querySelectorAll('#so-lieu-bt-2023-06-f08 .figure-note li')];
    expect(items.map((li) => text(li).split(' — ')[0])).toEqual([
      'Đã giải ngân, năm 2023, vốn sự nghiệp, huyện Bạch Thông: 2.080,04598 triệu đồng',
      'Vốn đã phân bổ, năm 2023, vốn sự nghiệp, huyện Bạch Thông: 46.929,385459 triệu đồng',
      'Vốn đã phân bổ, năm 2023, vốn sự nghiệp, huyện Bạch Thông: 46.929,385459 triệu đồng',
    ]);
    expect(text(items[1]) + text(items[2])).toContain('nhiều hơn vốn giao 16.567,406 triệu đồng');
    const quality = page('/du-lieu/chat-luong/');
    const hrefs = items.map((li) => li.querySelector('a')!.getAttribute('href')!);
    expect(new Set(hrefs).size).toBe(3);
    for (const h of hrefs) expect(quality.getElementById(h.split('#')[1]!), h).not.toBeNull();
  });
});

describe('a cited document dated after its report', () => {
  it('is beside the figures of its section: the project chart, its embed and its CSV rows', () => {
    for (const path of ['/dia-ban/bach-thong/', '/nhung/giai-ngan-theo-du-an-bach-thong/']) {
      expect(text(page(path).querySelector('[data-chart="giai-ngan-theo-du-an-bach-thong"], body')), path).toContain('2698/UBND-TCKH “Công văn số 2698/UBND-TCKH ngày 30/12/2023”');
    }
    const csv = readFileSync(join(DIST, 'du-lieu/bieu-do/giai-ngan-theo-du-an-bach-thong.csv'), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    const note = header!.indexOf('note');
    const ofSection = (r: string[]) => /bt-2023-06-f2[5-9]\b/.test(r.at(-1)!);
    expect(rows.filter(ofSection).length).toBeGreaterThan(0);
    for (const r of rows) expect(r[note]!.includes('2698/UBND-TCKH'), r.at(-1)).toBe(ofSection(r));
  });

  it('stays on its report page and the data-quality page when its section has no figure', () => {
    const pages = [...builtPages()].filter(([, doc]) => doc.body.textContent!.includes('2618/QĐ-UBND')).map(([path]) => path);
    expect(pages.toSorted()).toEqual(['/bao-cao/bt-2023-06/', '/du-lieu/chat-luong/']);
  });
});

describe('what the data team wrote travels with the figure (issue 22)', () => {
  // reports.csv bg-2024-02-21 figures_note: its title says tháng 02/2024, its opening tháng 01/2024.
  const CAVEAT = 'Tiêu đề báo cáo ghi kết quả tháng 02/2024, đoạn mở đầu lại ghi tháng 01/2024';

  it('a row’s note is printed under its card, as on the report page (funding.csv bg-2023-11-17-f06: the Treasury’s figure)', () => {
    const card = page('/giai-ngan/').querySelector('#so-lieu-bg-2023-11-17-f06');
    expect(text(card?.querySelector('.figure-row-note'))).toBe('Ghi chú: Số liệu giải ngân của Kho bạc Nhà nước đến 15/11/2023.');
    // A card with no note says none.
    expect(page('/giai-ngan/').querySelectorAll('.figure-row-note').length).toBeLessThan(page('/giai-ngan/').querySelectorAll('.figure').length);
  });

  it('is printed on an area’s page too (every topic at once), and the report page it links to has it at the row', () => {
    const card = page('/dia-ban/bac-giang/').querySelector('#so-lieu-bg-2023-11-17-f06');
    expect(text(card?.querySelector('.figure-row-note'))).toBe('Ghi chú: Số liệu giải ngân của Kho bạc Nhà nước đến 15/11/2023.');
    const [path, anchor] = card!.querySelector('.figure-meta a')!.getAttribute('href')!.split('#');
    expect(path).toBe('/bao-cao/bg-2023-11-17/');
    expect(text(page(path!).getElementById(anchor!)?.closest('tr, li, article, section'))).toContain('Số liệu giải ngân của Kho bạc Nhà nước đến 15/11/2023.');
  });

  it('a report’s caveat is on each of its cards, said of the whole report, and on no other card', () => {
    const tet = page('/nguoi-co-uy-tin/').querySelector('#so-lieu-bg-2024-02-21-n01');
    expect(text(tet?.querySelector('.figure-note'))).toContain(`Về cả báo cáo: ${CAVEAT}`);
    const other = page('/dia-ban/bac-giang/').querySelector('#so-lieu-bg-2023-11-17-f06');
    expect(text(other)).not.toContain(CAVEAT);
  });

  it('and on the chart that draws one of its figures: the embed names the report, the CSV has it beside that value only', () => {
    expect(text(page('/nhung/ho-tro-nguoi-co-uy-tin-bac-giang/').body)).toContain(`Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 21/02/2024: ${CAVEAT}`);
    const csv = readFileSync(join(DIST, 'du-lieu/bieu-do/ho-tro-nguoi-co-uy-tin-bac-giang.csv'), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    const note = header!.indexOf('note');
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r[note]!.includes(CAVEAT), r.at(-1)).toBe(r.at(-1) === 'bg-2024-02-21-n01');
    // The image wraps the note into lines of about 100 characters: its first line, with the report's name.
    expect(readFileSync(join(DIST, 'du-lieu/bieu-do/ho-tro-nguoi-co-uy-tin-bac-giang.svg'), 'utf8')).toContain('Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 21/02/2024: Tiêu đề báo cáo ghi kết quả tháng 02/2024,');
  });
});
