/**
 * The search page's script (public/tim-kiem.js) inserts Pagefind's excerpts as text, with only the
 * highlight <mark> as markup: Pagefind keeps a page's text decoded and unescaped, so an area named
 * "&lt;script&gt;" (shown literally on its page) came out as <script> when the excerpt was set as HTML.
 * The script runs here on a linkedom document with a stand-in for Pagefind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const SOURCE = readFileSync(join(ROOT, 'public/tim-kiem.js'), 'utf8');
const IMPORT = "import(base + '/pagefind/pagefind.js')";

async function search(excerpt: string, title = 'Trang') {
  const { window, document } = parseHTML(
    '<html><body><form class="search-form"><input id="q"></form><p id="search-status"></p><ol id="search-results"></ol></body></html>',
  );
  const pagefind = {
    options: async () => undefined,
    search: async () => ({ results: [{ data: async () => ({ url: '/dia-ban/x/', meta: { title }, excerpt }) }] }),
  };
  expect(SOURCE).toContain(IMPORT);
  runInNewContext(SOURCE.replace(IMPORT, 'Promise.resolve(__pagefind)'), {
    document,
    window,
    location: { search: '?q=son' },
    history: { replaceState() {} },
    URLSearchParams,
    Promise,
    __pagefind: pagefind,
  });
  for (let i = 0; i < 20 && !document.querySelector('#search-results li'); i++) await new Promise((r) => setTimeout(r, 5));
  return document.querySelector('#search-results li p')!;
}

describe('search excerpts', () => {
  it('text from the page stays text: entities, tags and handlers are shown literally; only <mark> is an element', async () => {
    const text = 'Xã &lt;script&gt;alert(1)&lt;/script&gt; <b>đậm</b> <img src=x onerror=alert(1)> <mark>Sơn</mark> Động & <mark><i>x</i></mark>';
    const p = await search(text);
    expect([...p.children].map((e) => e.tagName.toLowerCase())).toEqual(['mark', 'mark']);
    expect(p.querySelector('script, img, b, i')).toBeNull();
    expect(p.textContent).toBe('Xã &lt;script&gt;alert(1)&lt;/script&gt; <b>đậm</b> <img src=x onerror=alert(1)> Sơn Động & <i>x</i>');
    expect(p.querySelectorAll('mark')[0]!.textContent).toBe('Sơn');
  });

  it('an excerpt without a match, or empty, is plain text', async () => {
    expect((await search('a < b &amp; c')).textContent).toBe('a < b &amp; c');
    expect((await search('')).childNodes.length).toBe(0);
  });
});
