/**
 * The Content-Security-Policy of deploy/ and the built pages agree: nothing inline that
 * the policy would block, nothing loaded from another origin, and the three host
 * configurations send the same headers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { HEADERS_FILE, parseHeadersFile } from '../../scripts/bench/serve.ts';
import { SITE_DIST } from './site-under-test.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = SITE_DIST;
const baseUrl = inject('baseUrl');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const rules = parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8'));
/** The headers _headers gives a path: every matching rule applies (test/unit/deploy-headers.test.ts checks none sets a header twice). */
const headersFor = (path: string) =>
  new Map(
    rules
      .filter((r) => (r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern))
      .flatMap((r) => r.headers.filter((h): h is [string, string] => h[1] !== null)),
  );
const siteHeaders = new Map([...headersFor('/giai-ngan/')].filter(([name]) => name !== 'Cache-Control'));
const csp = siteHeaders.get('Content-Security-Policy')!;

describe('Content-Security-Policy', () => {
  it('allows nothing inline and nothing from another origin', () => {
    // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly; it allows no JavaScript eval.
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    for (const directive of ['default-src', 'script-src', 'style-src']) expect(csp).toContain(`${directive} 'self'`);
    expect(csp).toContain("object-src 'none'");
  });

  it('is the same, with the same headers, in _headers, nginx.conf and Caddyfile', () => {
    for (const file of ['nginx.conf', 'Caddyfile']) {
      const text = readFileSync(join(root, 'deploy', file), 'utf8');
      for (const [name, value] of siteHeaders) {
        expect(text, `${file}: ${name}`).toContain(name);
        expect(text, `${file}: ${name}`).toContain(value);
      }
    }
  });

  it('lets any site frame the embedded charts (/nhung/), and only them, with nothing else loosened', async () => {
    const embed = headersFor('/nhung/x/');
    const policy = embed.get('Content-Security-Policy')!;
    expect(policy).toContain('frame-ancestors *');
    // Scripts from this site only: the embed page's height message (/nhung/chieu-cao.js), nothing inline.
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    for (const file of ['nginx.conf', 'Caddyfile']) expect(readFileSync(join(root, 'deploy', file), 'utf8'), file).toContain(policy);
    const [chart] = htmlFiles(join(dist, 'nhung'));
    const response = await fetch(`${baseUrl}${chart!.slice(dist.length).replace(/index\.html$/, '')}`);
    expect(response.headers.get('content-security-policy')).toBe(policy);
    expect(response.headers.get('x-frame-options')).toBeNull();
    const page = await fetch(baseUrl + '/giai-ngan/');
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('is sent with every page by the test server (as deploy/_headers says)', async () => {
    const response = await fetch(baseUrl + '/');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('covers every top-level page, folder and file of the built site (Netlify has no site-wide rule for it)', () => {
    const uncovered = readdirSync(dist)
      .map((name) => (name === 'index.html' ? '/' : statSync(join(dist, name)).isDirectory() ? `/${name}/` : `/${name}`))
      .filter((path) => !headersFor(path).get('Content-Security-Policy') || !headersFor(path).get('Cache-Control'));
    expect(uncovered).toEqual([]);
  });
});

describe('Cache-Control, as the test server sends it from deploy/_headers', () => {
  it('revalidates pages, data downloads and the staff service worker; keeps hashed assets a year', async () => {
    const asset = readdirSync(join(dist, '_astro')).find((n) => n.endsWith('.css'))!;
    const [download] = readdirSync(join(dist, 'du-lieu/tai-ve')).filter((n) => n.endsWith('.csv'));
    for (const path of ['/', '/cap-nhat/', '/cap-nhat/sw.js', `/du-lieu/tai-ve/${download}`, '/du-lieu/tai-ve/mtqg1719-du-lieu.zip'])
      expect((await fetch(baseUrl + path)).headers.get('cache-control'), path).toBe('no-cache');
    expect((await fetch(`${baseUrl}/_astro/${asset}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});

describe.each(htmlFiles(dist).map((f) => [f.slice(dist.length)]))('built page %s', (file) => {
  const { document } = parseHTML(readFileSync(join(dist, file), 'utf8'));

  it('has no inline script, style or event handler the policy would block', () => {
    const inline = [
      // A JSON data block (type="application/json") is never executed, so the policy does not apply to it.
      ...[...document.querySelectorAll('script:not([src]):not([type="application/json"])')].map(() => '<script> without src'),
      ...[...document.querySelectorAll('style')].map((s) => `<style> ${s.textContent?.slice(0, 60)}`),
      ...[...document.querySelectorAll('[style]')].map((e) => `style="" on <${e.tagName.toLowerCase()}>`),
      ...[...document.querySelectorAll('*')].flatMap((e) =>
        [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${a.name}="" on <${e.tagName.toLowerCase()}>`),
      ),
      ...[...document.querySelectorAll('[href^="javascript:"]')].map(() => 'javascript: link'),
    ];
    expect(inline).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    const selectors = 'script[src], link[href]:not([rel="canonical"]):not([rel="alternate"]), img[src], iframe[src], source[src], video[src], audio[src], object[data], embed[src], image[href], use[href]';
    const foreign = [...document.querySelectorAll(selectors)]
      .map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? e.getAttribute('data') ?? '')
      .filter((u) => /^(https?:)?\/\//i.test(u));
    expect(foreign).toEqual([]);
  });
});

describe('nothing sent that no reader sees', () => {
  it('no HTML comment of a component is sent with the pages (an Astro comment is not): 0.4 KB on every first view', () => {
    const commented = htmlFiles(dist)
      .filter((f) => readFileSync(f, 'utf8').includes('<!--'))
      .map((f) => f.slice(dist.length));
    expect(commented).toEqual([]);
  });
});
