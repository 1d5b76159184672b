/**
 * The built site prints a figure's qualifier as its source does: the card of the row printed "trên 76%"
 * reads "trên 76%", never "76%". Expected texts come from the rows of data/*.csv, read by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './built-site.ts';
import { SITE_DATA } from './site-under-test.ts';

const pages = builtPages();
const value = (path: string, rowId: string) => {
  const card = pages.get(path)?.getElementById(`so-lieu-${rowId}`);
  return card?.querySelector('.figure-value')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
};

describe('qualified figures on the built pages', () => {
  it('the works cards of Bắc Giang: "trên 76%", "khoảng 7.820 hộ", "trên 8.000 học sinh", and "ước" for an estimate', () => {
    for (const path of ['/cong-trinh/', '/dia-ban/bac-giang/']) {
      expect(value(path, 'bg-2023-11-17-i01'), path).toBe('trên 76%'); // figure_text "trên 76%"
      expect(value(path, 'bg-2023-11-30-i36'), path).toBe('khoảng 7.820 hộ'); // "khoảng 7.820 hộ dân"
      expect(value(path, 'bg-2023-11-30-i39'), path).toBe('trên 8.000 học sinh'); // "trên 8.000 học sinh"
      expect(value(path, 'bg-2023-11-17-i02'), path).toBe('ước 100%'); // "100%", figure_status estimate
    }
    expect(value('/dia-ban/bach-thong/', 'bt-2023-06-i255')).toBe('khoảng 80%'); // "khoảng 80% khối lượng"
  });

  it('no card anywhere drops the word its source prints first', () => {
    const printed = new Map<string, string>();
    for (const table of ['funding', 'works', 'poverty', 'ncut', 'indicators']) {
      const rows = Papa.parse<Record<string, string>>(readFileSync(join(SITE_DATA, `${table}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;
      for (const r of rows) printed.set(r.id!, r.figure_text!);
    }
    const LEADING = /^((?:khoảng )?(?:trên|hơn)|khoảng|gần|ước|xấp xỉ|dưới) \d/u;
    let checked = 0;
    for (const [path, doc] of pages) {
      for (const card of doc.querySelectorAll('.figure[id^="so-lieu-"]')) {
        const word = LEADING.exec(printed.get(card.id.slice('so-lieu-'.length)) ?? '')?.[1];
        if (!word) continue;
        checked++;
        expect(card.querySelector('.figure-value')?.textContent?.replace(/\s+/g, ' ').trim(), `${path}#${card.id}`).toMatch(new RegExp(`^${word} \\d`, 'u'));
      }
    }
    // trên 76%, khoảng 7.820, trên 8.000 on /cong-trinh/ and /dia-ban/bac-giang/, khoảng 80% on two pages.
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it('the indicators download says it beside figure_text', () => {
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(DIST, 'du-lieu/tai-ve/indicators.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(csv.find((r) => r.id === 'bg-2023-11-17-i01')).toMatchObject({ figure_text: 'trên 76%', qualifier: 'tren', qualifier_label: 'trên' });
    // …and /du-lieu/ lists the column where the files have it, after figure_text.
    const names = [...pages.get('/du-lieu/')!.querySelectorAll('table.fields th code')].map((c) => c.textContent);
    const i = names.indexOf('figure_text');
    expect(names.slice(i, i + 2)).toEqual(['figure_text', 'qualifier']);
  });
});
