/**
 * Every figure shows the date of what it is, in the built pages (dist/). Expectations are worked out
 * by hand from data/*.csv:
 * - reports.csv: the newest report of the site is bg-2024-04 (tháng 4/2024); Bạch Thông's only report is
 *   bt-2023-06 (tháng 6/2023, no day); Sơn Động's figures come from bg-2023-11-17 and bg-2023-11-30, the
 *   latter's rows without as_of, so its newest figure is 30/11/2023.
 * - funding.csv bg-2023-11-30-f26/f28/f30: total investments approved by QĐ 448 of 14/02/2022 (Sơn Động),
 *   QĐ 1464 of 04/03/2022 (Lục Nam), QĐ 7900 of 15/11/2021 (Yên Thế) (the report's footnote 14).
 * - funding.csv bt-2023-06-f07/f09: Bạch Thông's disbursement rates 18,74% and 4,4%, dated only "tháng 6/2023".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, DIST, textOf } from './built-site.ts';

const page = builtPage;
const text = textOf;
const footer = (path: string) => text(page(path).querySelector('.print-footer'));

describe('the printed "Số liệu đến" is the date of the page’s own figures', () => {
  it('Bạch Thông (figures of tháng 6/2023 only) does not print the site’s newest report, tháng 4/2024', () => {
    const f = footer('/dia-ban/bach-thong/');
    expect(f).toContain('Số liệu đến tháng 6/2023');
    expect(f).not.toContain('4/2024');
    expect(f).not.toMatch(/\d\d\/06\/2023/); // a month-only report has no day
  });

  it('Sơn Động prints 30/11/2023, its newest figure', () => {
    const f = footer('/dia-ban/son-dong/');
    expect(f).toContain('Số liệu đến ngày 30/11/2023');
    expect(f).not.toContain('4/2024');
  });

  it('the programme brief says the same date at its head and in its footer', () => {
    const doc = page('/ban-in/');
    const head = /Số liệu đến (ngày [\d/]+|tháng [\d/]+|năm \d{4})/.exec(text(doc.querySelector('.brief-dates')))?.[1];
    expect(head).toBeDefined();
    expect(footer('/ban-in/')).toContain(`Số liệu đến ${head} `);
  });

  it('a page without dated figures prints no data date', () => {
    const f = footer('/gioi-thieu/');
    expect(f).not.toContain('Số liệu đến');
    expect(f).toContain('/gioi-thieu/');
  });

  it('the margin of every sheet (one stylesheet for all pages) carries no data date', () => {
    const sheet = /<link rel="stylesheet" href="([^"]+\.css)"/.exec(readFileSync(join(DIST, 'giai-ngan', 'index.html'), 'utf8'))![1]!;
    const css = readFileSync(join(DIST, sheet), 'utf8');
    expect(css).toContain('@bottom-left');
    expect(css).not.toContain('Số liệu đến');
    expect(css).toContain('counter(pages)');
  });
});

describe('an approval shows the date of its decision', () => {
  it.each([
    ['/dia-ban/son-dong/', 'bg-2023-11-30-f26', 'huyện Sơn Động', '14/02/2022'],
    ['/dia-ban/luc-nam/', 'bg-2023-11-30-f28', 'huyện Lục Nam', '04/03/2022'],
    ['/dia-ban/yen-the/', 'bg-2023-11-30-f30', 'huyện Yên Thế', '15/11/2021'],
  ])('%s total investment card: theo quyết định ngày %s', (path, rowId, area, date) => {
    const card = page(path).querySelector(`#so-lieu-${rowId}`);
    expect(text(card?.querySelector('.figure-label'))).toContain('Tổng mức đầu tư');
    const meta = text(card);
    expect(meta).toContain(`${area}, theo quyết định ngày ${date}.`);
    // The report that repeats it (30/11/2023) is named in the source link, not as the figure's date.
    expect(meta).not.toMatch(/đến (ngày|tháng)/);
  });
});

describe('a month-only report on a chart', () => {
  // One report date is no line (a chart needs a comparison): the rates are in the fund-year chart and the cards.
  it('Bạch Thông’s disbursement rates (tháng 6/2023) are not labelled or placed at 15/06/2023', () => {
    const doc = page('/dia-ban/bach-thong/');
    expect(doc.querySelector('#tien-do-giai-ngan-bach-thong')).toBeNull();
    expect(doc.documentElement.outerHTML).not.toContain('15/06/2023');
    const chart = doc.querySelector('#ty-le-giai-ngan-bach-thong');
    expect(chart).not.toBeNull();
    expect(text(chart)).toContain('tháng 6/2023');
    for (const id of ['bt-2023-06-f06', 'bt-2023-06-f08']) expect(text(doc.querySelector(`#so-lieu-${id}`))).toContain('huyện Bạch Thông, theo báo cáo tháng 6/2023.');
  });
});

