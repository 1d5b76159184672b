/** The Atom feed: well-formed XML with what Atom requires, one entry per new report, linked from every page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { builtPages } from './built-site.ts';
import { launch } from './chromium.ts';
import { SITE_DATA } from './site-under-test.ts';

const baseUrl = inject('baseUrl');

describe('/du-lieu/cap-nhat.atom', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('is an Atom feed a reader accepts: XML, feed id, title, updated, author, entries with id, title, updated and link', async () => {
    const page = await browser.newPage();
    // Fetched as a reader would (a browser opening it would download it); parsed by the browser's own XML parser.
    const response = await page.request.get(`${baseUrl}/du-lieu/cap-nhat.atom`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const text = await response.text();
    const facts = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const feed = doc.documentElement;
      const one = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0]?.textContent ?? null;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: `${feed.namespaceURI} ${feed.localName}`,
        id: one(feed, 'id'),
        title: one(feed, 'title'),
        updated: one(feed, 'updated'),
        author: one(feed, 'name'),
        entries: [...feed.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
          id: one(e, 'id'),
          title: one(e, 'title'),
          updated: one(e, 'updated'),
          link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? null,
        })),
      };
    }, text);
    await page.close();
    expect(facts.error).toBe(false);
    expect(facts.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(facts.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(facts.title).toContain('MTQG 1719');
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
    expect(facts.updated).toMatch(rfc3339);
    expect(facts.author).toBeTruthy();
    expect(facts.entries.length).toBeGreaterThan(0);
    for (const e of facts.entries) {
      expect(e.id).toMatch(/^urn:uuid:/);
      expect(e.updated).toMatch(rfc3339);
      expect(e.title).toBeTruthy();
      expect(e.link).toBeTruthy();
    }
    expect(new Set(facts.entries.map((e) => e.id)).size).toBe(facts.entries.length);
    // Every report of the site's reports.csv is an entry linking to its page (fewer than the feed's 50).
    const reports = readFileSync(join(SITE_DATA, 'reports.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]!);
    for (const id of reports) expect(facts.entries.some((e) => e.link!.endsWith(`/bao-cao/${id}/`)), id).toBe(true);
  });

  it('is announced in the head of every page', () => {
    for (const [path, doc] of builtPages()) {
      if (path.startsWith('/nhung/')) continue;
      expect(doc.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href'), path).toBe('/du-lieu/cap-nhat.atom');
    }
  });
});
