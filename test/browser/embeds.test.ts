/**
 * Embeds that fit: the embed code a chart offers, pasted into a news page on another origin
 * (a second server: localhost and its own port, the site being on 127.0.0.1), shows the whole
 * chart, title to source line, on a 320 px phone, a 360 px phone and a desktop: with the
 * optional script the iframe takes the exact height its page posts; without it (a news site
 * whose editor strips scripts, or no JavaScript at all) the snippet's own height leaves
 * nothing cut off.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages } from './built-site.ts';
import { launch } from './chromium.ts';

const baseUrl = inject('baseUrl');
const built = builtPages();

/**
 * Each chart's embed code as its page offers it, one per embed page (the first page that shows the chart).
 * A build without SITE_URL writes site paths, which the page's script completes with its address: done here the same way.
 */
const snippets = new Map<string, string>();
for (const [path, doc] of built) {
  if (path.startsWith('/nhung/')) continue;
  for (const area of doc.querySelectorAll('textarea.chart-embed-code')) {
    // linkedom leaves a <textarea>'s text as written in the HTML: decoded here as a browser does.
    const code = area.textContent!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const id = /\/nhung\/([^/"]+)\//.exec(code)![1]!;
    if (!snippets.has(id)) snippets.set(id, code.replace(/src="\//g, `src="${baseUrl}/`));
  }
}
const embeds = [...built.keys()].filter((p) => p.startsWith('/nhung/'));
const ids = [...snippets.keys()];
/** A bar chart with long labels and nine notes (the tallest), a short one, and one with a wide legend. */
const FEW = ['giai-ngan-theo-du-an-bach-thong', 'ho-tro-nguoi-co-uy-tin-bac-giang', 'von-va-giai-ngan-bac-giang'];
const withoutScript = (code: string) => code.replace(/\n?<script\b[^>]*><\/script>/, '');

/** The news page: its own origin, a story column with 16 px side margins, the embed code in it. */
let story = '';
let host: Server;
let hostUrl: string;
beforeAll(async () => {
  host = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(story));
  await new Promise<void>((done) => host.listen(0, 'localhost', done));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/bai-viet/`;
  expect(new URL(hostUrl).origin).not.toBe(new URL(baseUrl).origin);
});
afterAll(() => new Promise<void>((done) => host.close(() => done())));

const storyWith = (code: string) =>
  `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bài báo</title>` +
  `<body style="margin:0;padding:0 16px;font:16px serif"><h1>Một bài báo</h1><p>Đoạn mở đầu của bài báo.</p>${code}<p>Đoạn tiếp theo.</p></body></html>`;

/** Opens the story at a width and returns the chart's frame once its page has loaded. */
async function open(page: Page, code: string, width: number): Promise<Frame> {
  story = storyWith(code);
  await page.setViewportSize({ width, height: 800 });
  await page.goto(hostUrl, { waitUntil: 'load' });
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  await frame!.waitForLoadState('load');
  expect(new URL(frame!.url()).origin).toBe(new URL(baseUrl).origin);
  return frame!;
}

interface Fit {
  /** The iframe's height on the news page. */
  frame: number;
  /** The embed page's content, from the top of its body to the bottom of its last line. */
  content: number;
  /** What the embed page would need to scroll: 0 when nothing is hidden. */
  overflow: number;
  title: number;
  /** Bottom of the source and date line, and of the last line (links), in the iframe. */
  source: number;
  last: number;
  sourceFont: number;
}
async function fit(page: Page, frame: Frame): Promise<Fit> {
  // The snippet sizes its iframe to the page it holds once that page has laid out: read both sides once they agree
  // (a busy machine took a measure between the two, 854 against 889).
  for (let i = 0; i < 50; i++) {
    const [outer, inner] = [await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height), await frame.evaluate(() => window.innerHeight)];
    if (Math.round(outer) === inner) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const box = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => {
    const [source, links] = [...document.querySelectorAll('p.meta')];
    return {
      content: document.body.getBoundingClientRect().height,
      overflow: document.documentElement.scrollHeight - window.innerHeight,
      title: document.querySelector('h1')!.getBoundingClientRect().top,
      source: source!.getBoundingClientRect().bottom,
      last: links!.getBoundingClientRect().bottom,
      sourceFont: parseFloat(getComputedStyle(source!).fontSize),
      viewport: window.innerHeight,
    };
  });
  expect(inside.viewport).toBe(Math.round(box));
  return { frame: box, ...inside };
}

/** Everything from the title to the links under the source line is inside the iframe. */
function expectWhole(f: Fit, what: string) {
  expect(f.title, what).toBeGreaterThanOrEqual(0);
  expect(f.overflow, what).toBeLessThanOrEqual(0);
  expect(f.content, what).toBeLessThanOrEqual(f.frame);
  expect(f.source, what).toBeLessThanOrEqual(f.frame);
  expect(f.last, what).toBeLessThanOrEqual(f.frame);
}

describe('the embed code', () => {
  it('exists for every embed page and is the iframe plus the optional script, both from this site', () => {
    expect(new Set(ids.map((id) => `/nhung/${id}/`))).toEqual(new Set(embeds));
    for (const code of snippets.values()) {
      expect(code).toMatch(new RegExp(`^<iframe src="${baseUrl}/nhung/[a-z0-9-]+/" title="[^"]+" width="100%" height="\\d+" style="[^"]*max-width:760px[^"]*" loading="lazy"></iframe>\\n<script src="${baseUrl}/nhung/nhung.js" async></script>$`));
    }
  });

  it('is the one the chart page hands out when JavaScript completes its addresses', async () => {
    const context = await launch();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/giai-ngan/`);
    const offered = await page.locator('textarea.chart-embed-code').first().inputValue();
    const id = /\/nhung\/([^/"]+)\//.exec(offered)![1]!;
    expect(offered).toBe(snippets.get(id));
    await context.close();
  });
});

describe('on a news page of another origin', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await launch();
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each([320, 360, 1280])('without the script, at %i px, every chart shows whole in the snippet’s height', async (width) => {
    for (const id of ids) {
      const frame = await open(page, withoutScript(snippets.get(id)!), width);
      expectWhole(await fit(page, frame), `${id} at ${width} px`);
    }
  });

  it.each([320, 360, 1280])('with the script, at %i px, every iframe takes its chart’s height: whole, and no blank below', async (width) => {
    for (const id of ids) {
      const frame = await open(page, snippets.get(id)!, width);
      await expect.poll(async () => { const f = await fit(page, frame); return Math.abs(f.frame - f.content); }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
      expectWhole(await fit(page, frame), `${id} at ${width} px`);
    }
  });

  it('with the script, follows the width: a desktop story read again on a phone grows to the taller phone layout', async () => {
    const id = FEW[0]!;
    const frame = await open(page, snippets.get(id)!, 1280);
    await expect.poll(async () => { const f = await fit(page, frame); return Math.abs(f.frame - f.content); }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
    const desktop = (await fit(page, frame)).frame;
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(async () => (await fit(page, frame)).frame, { timeout: 10_000 }).toBeGreaterThan(desktop + 100);
    await expect.poll(async () => { const f = await fit(page, frame); return Math.abs(f.frame - f.content); }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
    expectWhole(await fit(page, frame), `${id}, 1280 → 360 px`);
  });

  it('with the script, listens to this site’s embed pages only: a height posted by anyone else changes nothing', async () => {
    const frame = await open(page, snippets.get(FEW[1]!)!, 360);
    await expect.poll(async () => { const f = await fit(page, frame); return Math.abs(f.frame - f.content); }, { timeout: 10_000 }).toBeLessThanOrEqual(1);
    const before = (await fit(page, frame)).frame;
    // The news page itself (another origin), pretending to be the chart.
    await page.evaluate(() => window.postMessage({ 'mtqg1719-chieu-cao': { id: 'x', height: 40 } }, '*'));
    await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
    expect((await fit(page, frame)).frame).toBe(before);
  });

  it('prints the source and date line at a legible size on a 360 px phone (≥ 12 px, as the page around it)', async () => {
    for (const id of FEW) {
      const frame = await open(page, snippets.get(id)!, 360);
      expect((await fit(page, frame)).sourceFont, id).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('with JavaScript off in the reader’s browser', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await launch({ javaScriptEnabled: false });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each([320, 1280])('at %i px the snippet’s height still shows the whole chart', async (width) => {
    for (const id of FEW) {
      const frame = await open(page, snippets.get(id)!, width);
      expectWhole(await fit(page, frame), `${id} at ${width} px`);
    }
  });
});
