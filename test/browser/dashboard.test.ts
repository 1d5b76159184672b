/**
 * The dashboard as built: every chart is in the HTML (SVG and data table) and
 * readable without JavaScript; every headline figure on a page shows the value,
 * area and report of the data/ row it links to (read straight from the CSV, not through the views).
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { builtPages } from './built-site.ts';
import { launch } from './chromium.ts';
import { SITE_DATA } from './site-under-test.ts';

const baseUrl = inject('baseUrl');

const built = builtPages();
const chartPages = [...built].filter(([, doc]) => doc.querySelector('figure.chart'));

describe('charts are in the HTML', () => {
  it('the dashboard pages have charts', () => {
    const paths = chartPages.map(([p]) => p);
    for (const p of ['/', '/giai-ngan/', '/cong-trinh/', '/ho-ngheo/', '/nguoi-co-uy-tin/']) expect(paths).toContain(p);
  });

  it.each(chartPages.map(([p]) => p))('%s: each chart has an anchor, a title, its SVG, a text description, a source and a data table', (path) => {
    const doc = built.get(path)!;
    const ids = new Set<string>();
    for (const fig of doc.querySelectorAll('figure.chart')) {
      const id = fig.getAttribute('id')!;
      expect(id, path).toMatch(/^[a-z0-9-]+$/);
      expect(ids.has(id), `${path}#${id} twice`).toBe(false);
      ids.add(id);
      expect(fig.querySelector('.chart-title')?.textContent?.trim(), id).toBeTruthy();
      expect(fig.querySelectorAll('svg').length, id).toBeGreaterThanOrEqual(1);
      expect(fig.querySelector('.chart-description')?.textContent?.length, id).toBeGreaterThan(20);
      expect(fig.querySelector('.chart-meta a'), id).not.toBeNull();
      const table = fig.querySelector('details table');
      expect(table, id).not.toBeNull();
      expect(table!.querySelectorAll('tbody tr').length, id).toBeGreaterThan(0);
    }
  });
});

describe('every figure links to its source row', () => {
  it('each headline figure and chart source link points at a report page (and row) that exists', () => {
    for (const [path, doc] of built) {
      for (const a of doc.querySelectorAll('.figure a[href^="/bao-cao/"], .chart-meta a[href^="/bao-cao/"]')) {
        const [page, anchor] = a.getAttribute('href')!.split('#');
        const target = built.get(page!);
        expect(target, `${path} → ${page}`).toBeDefined();
        if (anchor) expect(target!.getElementById(anchor), `${path} → ${page}#${anchor}`).not.toBeNull();
      }
    }
  });
});

/** Every row of the observation files, read straight from data/ (not through the site's own loader or views). */
const DATA = SITE_DATA;
const dataRows = new Map<string, Record<string, string>>();
for (const file of ['funding', 'works', 'poverty', 'ncut', 'indicators']) {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(DATA, `${file}.csv`), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  for (const r of parsed.data) dataRows.set(r.id!, r);
}
const areaNames = new Map(
  Papa.parse<Record<string, string>>(readFileSync(join(DATA, 'areas.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data.map((a) => [a.id!, a.name!]),
);

/** A number as vi-VN prints it, with every decimal the report printed: the one rule for a card's figures. */
const viExact = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 }).format(n);

describe('every headline figure on a page is the row of data/ it links to', () => {
  const cards = [...built].flatMap(([path, doc]) => [...doc.querySelectorAll('.figure[id^="so-lieu-"]')].map((el) => ({ path, el })));

  it('the pages have headline figures', () => {
    for (const p of ['/', '/giai-ngan/', '/cong-trinh/', '/dia-ban/bach-thong/']) expect(cards.some((c) => c.path === p), p).toBe(true);
  });

  it.each([...new Set(cards.map((c) => c.path))])('%s: value, area and source link of each figure match its row', (path) => {
    for (const { el } of cards.filter((c) => c.path === path)) {
      const id = el.id.replace(/^so-lieu-/, '');
      const row = dataRows.get(id);
      expect(row, `${path}: ${id} is a row of data/`).toBeDefined();
      const value = Number(row!.value ?? row!.count ?? row!.persons ?? row!.amount_mvnd ?? row!.quantity);
      const printed = (el.textContent ?? '').replace(/\s+/g, ' ');
      // The exact figure in its own unit is on the card (large amounts also in tỷ đồng beside it).
      expect(printed, `${path}: ${id}`).toContain(viExact(value));
      expect(printed, `${path}: ${id}`).toContain(areaNames.get(row!.area_id!)!);
      const source = el.querySelector('.figure-meta a')!.getAttribute('href')!;
      expect(source, `${path}: ${id}`).toContain(row!.report_id!);
    }
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launch({ javaScriptEnabled: false });
  });
  afterAll(async () => context?.close());

  it.each(['/', '/giai-ngan/', '/cong-trinh/', '/ho-ngheo/', '/nguoi-co-uy-tin/'])('%s shows its charts drawn one tap away, and their tables one more', async (path) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(baseUrl + path);
    // On a phone each section's charts are behind one tap ("Xem … biểu đồ"), which needs no script.
    const groups = page.locator('details.fold > summary');
    expect(await groups.count()).toBeGreaterThan(0);
    expect(await page.locator('figure.chart').first().isVisible()).toBe(false);
    for (const summary of await groups.all()) await summary.click();
    const charts = page.locator('figure.chart');
    const n = await charts.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const box = await charts.nth(i).locator('.chart-graphic svg:visible').first().boundingBox();
      expect(box?.width, `${path} chart ${i}`).toBeGreaterThan(200);
      expect(box?.height, `${path} chart ${i}`).toBeGreaterThan(50);
    }
    await charts.first().locator('details.chart-data > summary').click();
    expect(await charts.first().locator('table').isVisible()).toBe(true);
    await page.close();
  });
});
