/** The built site read from dist/ as documents, for tests that inspect the HTML without a browser. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

import { SITE_DIST } from './site-under-test.ts';

/** The built site under test (site-under-test.ts), not the developer's dist/. */
export const DIST = SITE_DIST;

/** Every built page: site path → its document. */
export function builtPages(): Map<string, Document> {
  const out = new Map<string, Document>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') out.set(`/${relative(DIST, dir)}/`.replace('//', '/'), parseHTML(readFileSync(path, 'utf8')).document);
    }
  };
  walk(DIST);
  return out;
}

let pages: Map<string, Document> | undefined;

/** One built page's document (every page is read once per test file); fails when the page was not built. */
export function builtPage(path: string): Document {
  pages ??= builtPages();
  const doc = pages.get(path);
  if (!doc) throw new Error(`${path} was not built`);
  return doc;
}

/** An element's text with its white space collapsed, as a reader sees it. */
export const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
