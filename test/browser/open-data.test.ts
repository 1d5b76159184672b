/**
 * Open data as built: from every chart, two clicks reach its data,
 * images, citation and embed page; the embed pages request nothing but
 * themselves; the data page's download links exist, with the sizes they state,
 * and the built files match datapackage.json's byte counts and hashes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fileSize } from '../../src/publish/downloads.ts';
import { builtPages, DIST } from './built-site.ts';
import { launch } from './chromium.ts';

const baseUrl = inject('baseUrl');
const distFile = (sitePath: string) => join(DIST, decodeURIComponent(sitePath.split('#')[0]!).replace(/\/$/, '/index.html'));

const built = builtPages();
const figures = [...built].filter(([p]) => !p.startsWith('/nhung/')).flatMap(([page, doc]) => [...doc.querySelectorAll('figure.chart')].map((fig) => ({ page, fig })));
/** The dashboard's charts, wherever shown; a narrative's snapshot of one as it stood at its report is not one of them. */
const charts = figures.filter(({ fig }) => !fig.hasAttribute('data-snapshot-of'));
const snapshots = figures.filter(({ fig }) => fig.hasAttribute('data-snapshot-of'));
const embeds = [...built.keys()].filter((p) => p.startsWith('/nhung/'));
/** Charts shown on their home page, where their citation and embed code are written. */
const atHome = charts.filter(({ fig }) => fig.querySelector('details.chart-share textarea'));

/**
 * The "Tải về, trích dẫn, nhúng" block holding a chart's citation and embed code: its own, or the one
 * on the chart's home page that a repeating page links to (and that block must exist there).
 */
function homeShare(fig: Element): Element {
  const share = fig.querySelector('details.chart-share')!;
  const link = share.querySelector('.chart-share-home a');
  if (!link) return share;
  const [path, id] = link.getAttribute('href')!.split('#') as [string, string];
  expect(id).toBe(`${fig.getAttribute('data-chart')}-chia-se`);
  const target = built.get(path)?.getElementById(id);
  expect(target, link.getAttribute('href')!).toBeTruthy();
  expect(target!.querySelector('textarea'), link.getAttribute('href')!).toBeTruthy();
  return target!;
}

function pngSize(path: string) {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;
}

describe('every chart has its data, images, citation and embed page', () => {
  it('one chart, one address: a chart a narrative repeats is cited by the same permanent link as on its own page', () => {
    const permalinks = new Map<string, Set<string>>();
    for (const { fig } of charts) {
      const chart = fig.getAttribute('data-chart')!;
      const code = fig.querySelector('details.chart-share code')!.textContent!;
      permalinks.set(chart, (permalinks.get(chart) ?? new Set()).add(code));
      expect(code.endsWith(`#${chart}`), code).toBe(true);
      // The citation quotes that address too (on the chart's home page, where the citation is written).
      expect(homeShare(fig).querySelector('.cite-text')!.textContent).toContain(code);
    }
    const repeated = charts.filter(({ fig }) => fig.id !== fig.getAttribute('data-chart'));
    expect(repeated.length).toBeGreaterThan(0);
    for (const [chart, codes] of permalinks) expect([chart, [...codes]]).toEqual([chart, [...codes].slice(0, 1)]);
  });

  it('a narrative\'s snapshot of a chart (as it stood at its report) has no files of its own and links to the chart as it is now', () => {
    expect(snapshots.length).toBeGreaterThan(0);
    for (const { page, fig } of snapshots) {
      expect(fig.querySelector('details.chart-share'), `${page}#${fig.id}`).toBeNull();
      const [path, id] = fig.querySelector('.chart-snapshot a')!.getAttribute('href')!.split('#') as [string, string];
      expect(id).toBe(fig.getAttribute('data-snapshot-of'));
      const live = built.get(path)?.getElementById(id);
      expect(live?.querySelector('details.chart-share'), `${path}#${id}`).toBeTruthy();
    }
  });

  it('the site has charts, each with one embed page', () => {
    expect(charts.length).toBeGreaterThan(5);
    // A chart a narrative page repeats (data-chart names the dashboard chart) shares that chart's files.
    expect(new Set(embeds)).toEqual(new Set(charts.map((c) => `/nhung/${c.fig.getAttribute('data-chart')}/`)));
  });

  it('links to files that exist, with the sizes and pixel dimensions they state', () => {
    for (const { page, fig } of charts) {
      const share = fig.querySelector('details.chart-share');
      expect(share, `${page}#${fig.id}`).not.toBeNull();
      const links = [...share!.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href')!, item: (a.closest('li')?.textContent ?? '').replace(/\s+/g, ' ') }));
      for (const ext of ['csv', 'png', 'svg']) {
        const link = links.find((l) => l.href === `/du-lieu/bieu-do/${fig.getAttribute('data-chart')}.${ext}`);
        expect(link, `${fig.id}.${ext}`).toBeDefined();
        const path = join(DIST, link!.href);
        expect(link!.item).toContain(fileSize(statSync(path).size));
        if (ext === 'png') expect(link!.item).toContain(pngSize(path));
      }
      // The same data as a workbook, and what the chart is (metadata), beside the CSV.
      for (const ext of ['xlsx', 'json']) {
        const href = `/du-lieu/bieu-do/${fig.getAttribute('data-chart')}.${ext}`;
        expect(links.some((l) => l.href === href), `${fig.id}.${ext}`).toBe(true);
        expect(existsSync(join(DIST, href)), href).toBe(true);
      }
      const meta = JSON.parse(readFileSync(join(DIST, `/du-lieu/bieu-do/${fig.getAttribute('data-chart')}.json`), 'utf8')) as { title: string; licence: { name: string }; sources: unknown[] };
      expect(meta.licence.name).toBe('CC-BY-4.0');
      expect(meta.sources.length).toBeGreaterThan(0);
      // The permanent link is the chart's own address: its anchor here on its home page, else that page's.
      const chart = fig.getAttribute('data-chart')!;
      expect(links.some((l) => l.href === `#${chart}` || l.href.endsWith(`/#${chart}`)), `${page}#${fig.id}`).toBe(true);
      expect(existsSync(distFile(`/nhung/${fig.getAttribute('data-chart')}/`))).toBe(true);
      // A page that repeats a chart links to its home page's citation and embed code, one tap away.
      const home = homeShare(fig);
      if (home !== share) expect(share!.querySelector('.chart-share-home a')!.textContent).toBe('trang gốc của biểu đồ');
      const text = home.textContent!;
      expect(text).toContain('Trích dẫn:');
      expect(text).toContain('Cite as:');
      // Without JavaScript the reader is told to put in the date they viewed the page (never the build's).
      expect(text).toContain('(truy cập ngày …)');
      expect(text).toContain('Thay “…” bằng ngày anh/chị xem trang.');
      expect(home.querySelector('textarea')!.textContent).toContain(`/nhung/${fig.getAttribute('data-chart')}/`);
    }
  });
});

describe('embed pages', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('load nothing but the page, its small stylesheets, script, font and icon from this site, and stay light', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const path of embeds) {
      requests.length = 0;
      // The one script only posts the page's height to a framing page: it asks for nothing after load.
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      // Stylesheet and script are files because the Content-Security-Policy allows nothing inline.
      // The drawing's labels are fitted to the site's font: one stylesheet and its two font files (400, 700) from /_astro/.
      const own = requests.filter((u) => !u.endsWith('/favicon.svg') && !u.startsWith(`${baseUrl}/_astro/`));
      expect(own.toSorted(), path).toEqual([`${baseUrl}${path}`, `${baseUrl}/nhung/chieu-cao.js`, `${baseUrl}/nhung/nhung.css`].toSorted());
      const assets = requests.filter((u) => u.startsWith(`${baseUrl}/_astro/`)).map((u) => u.replace(/^.*\./, ''));
      expect(assets.filter((ext) => ext === 'css'), path).toHaveLength(1);
      expect(assets.filter((ext) => ext === 'woff2').length, path).toBeLessThanOrEqual(2);
      expect(assets.length, path).toBeLessThanOrEqual(3);
      expect(await page.locator('svg').count()).toBeGreaterThan(0);
      expect(await page.locator('script').evaluateAll((s) => s.map((e) => e.getAttribute('src')))).toEqual(['/nhung/chieu-cao.js']);
      expect(statSync(distFile(path)).size, path).toBeLessThan(80_000);
    }
    await page.close();
  });
});

describe('embed pages for search engines', () => {
  it('describe the chart and name the page that shows it in full (never the site root), without a conflicting noindex', () => {
    for (const path of embeds) {
      const doc = built.get(path)!;
      expect(doc.querySelector('meta[name="robots"]'), path).toBeNull();
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0, path).toBeGreaterThan(30);
      const canonical = new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!, 'http://x');
      expect(canonical.pathname, path).not.toBe('/');
      expect(canonical.hash, path).toBe('');
      expect(built.has(canonical.pathname), `${path} → ${canonical.pathname}`).toBe(true);
    }
    // A chart of the home page names its own embed page.
    const home = embeds.find((p) => [...built.get('/')!.querySelectorAll('figure.chart')].some((f) => p === `/nhung/${f.getAttribute('data-chart')}/`));
    expect(home).toBeDefined();
    expect(new URL(built.get(home!)!.querySelector('link[rel="canonical"]')!.getAttribute('href')!, 'http://x').pathname).toBe(home);
  });
});

describe('the data page', () => {
  const doc = built.get('/du-lieu/')!;

  it('keeps an anchor per table and links every download with its format and size', () => {
    for (const t of ['areas', 'reports', 'projects', 'funding', 'works', 'poverty', 'ncut', 'indicators']) expect(doc.getElementById(t), t).not.toBeNull();
    const links = [...doc.querySelectorAll('a[href^="/du-lieu/tai-ve/"]')];
    expect(links.length).toBeGreaterThanOrEqual(8 * 3 + 3);
    for (const a of links) {
      const path = join(DIST, a.getAttribute('href')!);
      expect(existsSync(path), a.getAttribute('href')!).toBe(true);
      expect(a.parentElement!.textContent!.replace(/\s+/g, ' ')).toContain(fileSize(statSync(path).size));
    }
  });

  it('the built files are the ones datapackage.json describes', () => {
    const descriptor = JSON.parse(readFileSync(join(DIST, 'du-lieu/tai-ve/datapackage.json'), 'utf8'));
    for (const r of descriptor.resources) {
      const bytes = readFileSync(join(DIST, 'du-lieu/tai-ve', r.path));
      expect(bytes.byteLength).toBe(r.bytes);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('shows the changelog section, from history or saying why not', () => {
    const section = doc.getElementById('thay-doi')!;
    expect(section).not.toBeNull();
    expect(section.querySelectorAll('ol.changelog > li').length > 0 || /không có lịch sử/.test(section.textContent!)).toBe(true);
  });
});

describe('two clicks from a chart', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launch({ javaScriptEnabled: false });
  });
  afterAll(async () => browser?.close());

  it('without JavaScript: open "Tải về, trích dẫn, nhúng", then the CSV link downloads the chart data', async () => {
    const { page: path, fig } = atHome[0]!;
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${path}`);
    const share = page.locator(`#${fig.id}-chia-se`);
    await share.locator('summary').click();
    const link = share.getByRole('link', { name: 'CSV', exact: true });
    await expect(link.isVisible()).resolves.toBe(true);
    const response = await page.request.get(`${baseUrl}${await link.getAttribute('href')}`);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    await page.close();
  });
});

describe('with JavaScript (enhancement)', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('the iframe snippet and permalink get an absolute address when the build had no SITE_URL', async () => {
    const { page: path, fig } = atHome[0]!;
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${path}`);
    const share = page.locator(`#${fig.id}-chia-se`);
    await share.locator('summary').click();
    const snippet = await share.locator('textarea').inputValue();
    expect(snippet).toMatch(/^<iframe src="https?:\/\/[^"]+\/nhung\//);
    expect(await share.locator('code').first().textContent()).toMatch(/^https?:\/\//);
    expect(await share.locator('.cite-text').first().textContent()).toContain(`${new URL(baseUrl).origin}`);
    await page.close();
  });

  it('from a page that repeats a chart, one tap leads to its citation and embed code, open', async () => {
    const repeated = charts.find(({ fig }) => fig.querySelector('.chart-share-home a'))!;
    expect(repeated).toBeDefined();
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${repeated.page}`);
    const share = page.locator(`#${repeated.fig.id}-chia-se`);
    await share.locator('summary').click();
    await share.getByRole('link', { name: 'trang gốc của biểu đồ' }).click();
    const home = page.locator(`#${repeated.fig.getAttribute('data-chart')}-chia-se`);
    await home.locator('textarea').waitFor({ state: 'visible' });
    expect(await home.locator('[data-citation] .cite-text').first().textContent()).toContain(`#${repeated.fig.getAttribute('data-chart')}`);
    await page.close();
  });

  it('a citation gives the reader\'s own access date and copies with one tap; so does the data set\'s', async () => {
    const { page: path, fig } = atHome[0]!;
    const context = await launch();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const page = await context.newPage();
    // The reader's clock, months after the build.
    await page.clock.setFixedTime(new Date('2027-03-15T10:00:00'));
    await page.goto(`${baseUrl}${path}`);
    const share = page.locator(`#${fig.id}-chia-se`);
    await share.locator('summary').click();
    const vi = share.locator('[data-citation]').first();
    expect(await vi.locator('.cite-text').textContent()).toMatch(/\(truy cập ngày 15\/03\/2027\)\.$/);
    expect(await vi.locator('.cite-fill').isVisible()).toBe(false);
    expect(await share.locator('[data-citation][lang="en"] .cite-text').textContent()).toMatch(/\(accessed 15 March 2027\)\.$/);
    await vi.locator('.cite-copy').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Nhóm số liệu Chương trình MTQG 1719, .* \(truy cập ngày 15\/03\/2027\)\.$/);
    await page.goto(`${baseUrl}/du-lieu/`);
    const dataset = page.locator('[data-citation]').first();
    expect(await dataset.locator('.cite-text').textContent()).toMatch(/phiên bản số liệu \d{4}-\d{2}-\d{2}T\d{2}-\d{2}Z-[0-9a-f]{7} \(ngày \d{2}\/\d{2}\/\d{4}\), https?:\/\/[^ ]+\/du-lieu\/phien-ban\/[^ ]+\/, giấy phép Creative Commons Attribution 4\.0 \(truy cập ngày 15\/03\/2027\)\.$/);
    expect(await dataset.locator('.cite-copy').isVisible()).toBe(true);
    await context.close();
  });
});
