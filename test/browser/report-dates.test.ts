/**
 * A report's page and its pages of rows are dated by the report's own figures (the print footer and the line above
 * the rows), in the built site (dist/). Expected dates worked out by hand from data/*.csv:
 * - bg-2023-11-17's rows are dated 15/11/2023, 17/11/2023 or not at all (→ the report's 17/11/2023), besides one
 *   estimate "to 31/12/2023" (not data to that day); its narrative charts are drawn as they stood on 17/11/2023, so
 *   no later report's figure (plan 511 of bg-2023-11-30, 30/11/2023) dates the page.
 * - bt-2023-06 is dated only "tháng 6/2023", as are its rows; bg-2024-04's one row has no date (→ tháng 4/2024).
 */
import { describe, expect, it } from 'vitest';
import { builtPage, textOf } from './built-site.ts';

const page = builtPage;
const text = textOf;

describe('a report’s pages are dated by its own figures', () => {
  const footer = (path: string) => text(page(path).querySelector('.print-footer'));
  const rowsDate = (path: string) => text(page(path).querySelector('.rows-as-of'));

  it('bg-2023-11-17 prints 17/11/2023 for its own figures, not its estimate to 31/12/2023, nor a later report\'s date', () => {
    expect(footer('/bao-cao/bg-2023-11-17/')).toContain('Số liệu đến ngày 17/11/2023 (các con số của báo cáo này).');
    expect(rowsDate('/bao-cao/bg-2023-11-17/')).toMatch(/^Số liệu đến ngày 17\/11\/2023:/);
    expect(page('/bao-cao/bg-2023-11-17/').querySelector('.print-footer')!.getAttribute('data-print-as-of')).toBe('2023-11-17');
  });

  it('bt-2023-06 and each of its pages of rows say tháng 6/2023, never a day', () => {
    const paths = ['/bao-cao/bt-2023-06/', ...[2, 3, 4, 5].map((n) => `/bao-cao/bt-2023-06/so-lieu/${n}/`)];
    for (const path of paths) {
      expect(footer(path), path).toContain('Số liệu đến tháng 6/2023 (các con số của báo cáo này).');
      expect(rowsDate(path), path).toMatch(/^Số liệu đến tháng 6\/2023:/);
    }
  });

  it('a report page shows its figures’ date among its details', () => {
    const dd = page('/bao-cao/bg-2024-04/').querySelector('dl.meta dd[data-report-as-of]');
    expect(text(dd?.previousElementSibling)).toBe('Số liệu đến');
    expect(text(dd)).toBe('tháng 4/2024 (con số mới nhất của báo cáo)');
  });
});
