/**
 * One page's first view in Chromium: bytes by kind, requests, other origins, axe-core,
 * and what is left of it with JavaScript disabled. A new browser context per visit,
 * so nothing comes from the cache.
 */
import AxeBuilder from '@axe-core/playwright';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { KINDS, type Kind, type PageResult } from './budgets.ts';
import { isCompressible } from './serve.ts';

/** Lighthouse's mobile viewport (Moto G Power). */
const MOBILE = { width: 412, height: 823 };

function kindOf(request: Request): Kind {
  const type = request.resourceType();
  const ext = extname(new URL(request.url()).pathname);
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || ext === '.css') return 'css';
  if (type === 'script' || ext === '.js') return 'js';
  if (type === 'font' || ext === '.woff2' || ext === '.woff') return 'font';
  if (type === 'image') return 'image';
  return 'other';
}

/** What a reader sees: a heading, charts (inline SVG in figures), tables, and the amount of text. */
async function content(page: Page) {
  return page.evaluate(() => ({
    h1: document.querySelectorAll('main h1').length,
    charts: document.querySelectorAll('figure svg').length,
    tables: document.querySelectorAll('main table').length,
    // <noscript> is left out: with JavaScript on its markup counts as raw text, off it is a notice, not content.
    text: (() => {
      const main = document.querySelector('main')?.cloneNode(true) as HTMLElement | undefined;
      main?.querySelectorAll('noscript').forEach((n) => n.remove());
      return (main?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    })(),
  }));
}

export async function measurePage(browser: Browser, baseUrl: string, path: string): Promise<PageResult> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({ viewport: MOBILE });
  const page = await context.newPage();
  const requests: Request[] = [];
  const failed: string[] = [];
  page.on('request', (r) => requests.push(r));
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto(baseUrl + path, { waitUntil: 'networkidle' });

  const bytes = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0 }])) as PageResult['bytes'];
  let transferred = 0;
  const foreign: string[] = [];
  for (const request of requests) {
    const url = request.url();
    if (url.startsWith('data:')) continue;
    if (new URL(url).origin !== origin) {
      foreign.push(url);
      continue;
    }
    const response = await request.response();
    if (!response) continue;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const kind = kindOf(request);
    const compressible = isCompressible(url) || kind === 'html' || kind === 'css' || kind === 'js';
    bytes[kind].raw += body.length;
    bytes[kind].gzip += compressible ? gzipSync(body).length : body.length;
    const sizes = await request.sizes();
    transferred += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  const withJs = await content(page);
  const axe = await new AxeBuilder({ page }).analyze();
  await context.close();

  const noJsContext = await browser.newContext({ viewport: MOBILE, javaScriptEnabled: false });
  const noJsPage = await noJsContext.newPage();
  await noJsPage.goto(baseUrl + path, { waitUntil: 'load' });
  const noJs = await content(noJsPage);
  await noJsContext.close();

  return {
    path,
    bytes,
    transferred,
    requests: requests.length,
    foreignRequests: foreign,
    failedRequests: failed,
    noJs,
    withJs,
    axe: axe.violations.map((v) => `${v.id} (${v.nodes.length})`),
  };
}
