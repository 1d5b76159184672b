/**
 * Every page's first view (empty cache) stays within the budget a cheap phone on a slow rural connection can
 * afford: 60 KB on the wire, compressed as the production server sends it, headers included, as `npm run
 * bench:site` measures it (scripts/bench/budgets.ts). A page that grows past it fails here, not only in a benchmark.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUDGETS } from '../../scripts/bench/budgets.ts';
import { launchBrowser } from '../../scripts/bench/chromium.ts';

const baseUrl = inject('baseUrl');
// One browser, a fresh context (an empty cache) for each page, as bench:site measures.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Bytes received for `path` in a fresh context: bodies as sent (gzip) and response headers, as bench:site counts. */
async function firstView(page: Page, path: string): Promise<{ bytes: number; largest: string[] }> {
  const requests: Request[] = [];
  page.on('request', (r) => void requests.push(r));
  await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
  const sized = await Promise.all(
    requests
      .filter((r) => !r.url().startsWith('data:'))
      .map(async (r) => {
        const s = await r.sizes();
        return { url: new URL(r.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize };
      }),
  );
  return {
    bytes: sized.reduce((sum, r) => sum + r.bytes, 0),
    largest: sized.toSorted((a, b) => b.bytes - a.bytes).slice(0, 4).map((r) => `${r.url} ${r.bytes}`),
  };
}

describe.concurrent.each(inject('pages'))('page %s', (path) => {
  it(`weighs at most ${BUDGETS.firstViewBytes / 1000} KB on first view`, async () => {
    const context = await browser.newContext();
    const { bytes, largest } = await firstView(await context.newPage(), path);
    await context.close();
    expect(bytes, largest.join(', ')).toBeLessThanOrEqual(BUDGETS.firstViewBytes);
    // Something was measured: the page itself at least.
    expect(bytes).toBeGreaterThan(1000);
  });
});
