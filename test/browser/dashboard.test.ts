/**
 * The dashboard as built: every chart is in the HTML (SVG and data table) and
 * readable without JavaScript; every headline figure on a page is the one the
 * metrics compute from data/ and links to a source row that exists.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatHeadline } from '../../src/lib/format.ts';
import { viewContext } from '../../src/views/context.ts';
import { areaTopics } from '../../src/views/area.ts';
import { overviewHeadlines } from '../../src/views/overview.ts';
import type { FigureProps } from '../../src/views/figure.ts';
import { builtPages } from './built-site.ts';
import { launch } from './chromium.ts';

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

/** The figure's value as the Figure component prints it. */
const shown = (f: FigureProps) => formatHeadline(f.value, f.unit, f.total).number;

function expectFigures(path: string, figures: FigureProps[]) {
  const doc = built.get(path)!;
  expect(figures.length, path).toBeGreaterThan(0);
  for (const f of figures) {
    const el = doc.getElementById(f.id!);
    expect(el, `${path}: ${f.id}`).not.toBeNull();
    expect(el!.querySelector('.figure-value')!.textContent, `${path}: ${f.label}`).toContain(shown(f));
    expect(el!.querySelector('.figure-meta a')!.getAttribute('href')).toBe(f.href);
  }
}

describe('figures on the pages are what the metrics compute from the data', () => {
  it('overview', async () => {
    const ctx = await viewContext();
    expectFigures('/', overviewHeadlines(ctx).flatMap((a) => a.figures));
  });

  it('every area page', async () => {
    const ctx = await viewContext();
    for (const area of ctx.data.tables.areas) {
      const figures = areaTopics(ctx, area.id).flatMap((t) => t.figures);
      if (figures.length) expectFigures(`/dia-ban/${area.id}/`, figures);
    }
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launch({ javaScriptEnabled: false });
  });
  afterAll(async () => context?.close());

  it.each(['/', '/giai-ngan/', '/cong-trinh/', '/ho-ngheo/', '/nguoi-co-uy-tin/'])('%s shows its charts drawn and their tables one tap away', async (path) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(baseUrl + path);
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
