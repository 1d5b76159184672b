/**
 * Crawls the built site from the home page as a reader would: every internal link and
 * anchor leads somewhere, every download answers with a file, and no page is unreachable.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const pages = inject('pages');
const origin = new URL(baseUrl).origin;

/** Links that fetch a file rather than open a page. */
const DOWNLOAD = /\.(csv|json|xlsx|zip|pdf|png|svg|txt)$/i;

interface Crawl {
  visited: Map<string, Set<string>>; // page path → ids and names on it
  links: { from: string; href: string; url: URL; download: boolean }[];
}

async function crawl(): Promise<Crawl> {
  const visited = new Map<string, Set<string>>();
  const links: Crawl['links'] = [];
  const queue = ['/'];
  while (queue.length) {
    const path = queue.shift()!;
    if (visited.has(path)) continue;
    const response = await fetch(origin + path);
    const html = await response.text();
    const { document } = parseHTML(html);
    const ids = new Set<string>();
    for (const el of document.querySelectorAll('[id], a[name]')) ids.add(el.getAttribute('id') ?? el.getAttribute('name')!);
    visited.set(path, response.ok ? ids : new Set());
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      const url = new URL(href, origin + path);
      if (url.origin !== origin || url.protocol !== 'http:') continue;
      const download = a.hasAttribute('download') || DOWNLOAD.test(url.pathname);
      links.push({ from: path, href, url, download });
      if (!download && !visited.has(url.pathname)) queue.push(url.pathname);
    }
  }
  return { visited, links };
}

describe('links of the built site', async () => {
  const { visited, links } = await crawl();

  it('has no broken internal link', async () => {
    const broken: string[] = [];
    for (const path of new Set(links.filter((l) => !l.download).map((l) => l.url.pathname))) {
      const response = await fetch(origin + path, { method: 'HEAD' });
      if (response.status !== 200) broken.push(`${path} (${response.status})`);
    }
    expect(broken).toEqual([]);
  });

  it('has no link to a missing anchor', () => {
    const missing = links
      .filter((l) => l.url.hash && !l.download)
      .filter((l) => !visited.get(l.url.pathname)?.has(decodeURIComponent(l.url.hash.slice(1))))
      .map((l) => `${l.from} → ${l.href}`);
    expect(missing).toEqual([]);
  });

  it('serves every download link as a non-empty file', async () => {
    const bad: string[] = [];
    for (const link of links.filter((l) => l.download)) {
      const response = await fetch(link.url);
      const body = await response.arrayBuffer();
      if (response.status !== 200 || body.byteLength === 0) bad.push(`${link.from} → ${link.href} (${response.status}, ${body.byteLength} B)`);
    }
    expect(bad).toEqual([]);
  });

  it('reaches every page of dist/ from the home page', () => {
    expect(pages.filter((p) => !visited.has(p))).toEqual([]);
  });
});
