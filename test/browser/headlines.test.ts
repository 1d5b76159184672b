/**
 * Headline cards people read: a card with a total leads with its share, large, over a bar of that length, the
 * amounts it is worked out from beneath. Expected values are the reports' figures, worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, textOf } from './built-site.ts';

const card = (path: string, label: RegExp) => [...builtPage(path).querySelectorAll('main .figure')].find((c) => label.test(textOf(c.querySelector('.figure-label'))))!;
const barWidth = (c: Element) => Number(c.querySelector('.figure-bar-fill')?.getAttribute('width'));

describe('headline cards', () => {
  it('lead with the disbursement rate over its bar, the amounts beneath (80.775 of 130.595 triệu đồng, 61,9%)', () => {
    // On /giai-ngan/: the home page gives the newest report's money only (the 2022–2023 totals of 30/11/2023).
    const c = card('/giai-ngan/', /^Đã giải ngân, vốn 2022 chuyển sang 2023$/);
    expect(textOf(c.querySelector('.figure-value'))).toBe('61,9% vốn giao');
    expect(barWidth(c)).toBeCloseTo(61.9, 1);
    expect(textOf(c.querySelector('.figure-amounts'))).toBe('80.775/130.595 triệu đồng');
    // A printed rate: no word that the page worked it out.
    expect(c.querySelector('.figure-meta .figure-computed')).toBeNull();
  });

  it('lead with the share of a plan completed (56 of 75 works: 74,7%)', () => {
    const c = card('/', /^Công trình ngầm, cầu dân sinh hoàn thành: Kế hoạch 2022–2024/);
    expect(textOf(c.querySelector('.figure-value'))).toBe('74,7%');
    expect(barWidth(c)).toBeCloseTo(74.67, 1);
    expect(textOf(c.querySelector('.figure-amounts'))).toBe('56/75 công trình');
    // The report prints the counts; the share is the page's own, and the card says so, on screen and on paper.
    expect(textOf(c.querySelector('.figure-meta .figure-computed'))).toBe('Tỷ lệ do trang tự tính.');
    expect(c.querySelector('.figure-meta .no-print')).toBeNull();
  });

  it('draw every bar as long as the share it stands under, on every page', () => {
    let checked = 0;
    for (const [path, doc] of builtPages()) {
      for (const c of doc.querySelectorAll('.figure')) {
        const bar = c.querySelector('.figure-bar');
        if (!bar) continue;
        checked++;
        const share = /(\d+(?:\.\d{3})*(?:,\d+)?)%/.exec(textOf(c.querySelector('.figure-value')))![1]!;
        const percent = Number(share.replace(/\./g, '').replace(',', '.'));
        // The printed rate is rounded; the bar is drawn from the figure, never beyond full.
        expect(Math.abs(barWidth(c) - Math.min(100, percent)), `${path} ${textOf(c.querySelector('.figure-label'))}`).toBeLessThan(0.06);
        expect(c.querySelector('.figure-amounts'), path).not.toBeNull();
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
