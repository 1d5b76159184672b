/**
 * Every internal link and anchor of a built site, read from its files (no
 * server): for `npm run bench:build`, where pages exist only at national scale
 * (a report too large to page, a province's communes without pages of their
 * own). test/browser/links.test.ts crawls the site built from data/ the same way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLinks {
  count: number;
  /** One example per kind of problem (the target with its ids and numbers generalised), with how many. */
  kinds: { kind: string; count: number; example: string }[];
}

export function brokenLinks(dist: string): BrokenLinks {
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) pages.set(`/${relative(dist, p).replace(/index\.html$/, '')}`, p);
    }
  };
  walk(dist);
  const ids = new Map<string, Set<string>>();
  const links: [string, string][] = [];
  for (const [path, file] of pages) {
    const html = readFileSync(file, 'utf8');
    ids.set(path, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!)));
    for (const m of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) links.push([path, m[1]!.replace(/&amp;/g, '&')]);
  }
  const kinds = new Map<string, { count: number; example: string }>();
  const add = (kind: string, example: string) => {
    const k = kinds.get(kind) ?? kinds.set(kind, { count: 0, example }).get(kind)!;
    k.count++;
  };
  // One kind per page type: /bao-cao/*/, /dia-ban/*/ban-in/…
  const general = (path: string) => path.replace(/^\/(bao-cao|dia-ban|nhung|chia-se|du-lieu\/tai-ve|du-lieu\/bieu-do)\/[^/]+/, '/$1/*').replace(/\d+/g, 'N');
  for (const [from, href] of links) {
    if (/^[a-z]+:/i.test(href)) continue;
    const url = new URL(href, `http://site${from}`);
    const path = decodeURIComponent(url.pathname);
    if (pages.has(path)) {
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !ids.get(path)!.has(anchor)) add(`#${anchor.replace(/\d+/g, 'N')} missing on ${general(path)}`, `${from} → ${href}`);
      continue;
    }
    const file = join(dist, path);
    if (!existsSync(file) || statSync(file).isDirectory()) add(`missing ${general(path)}`, `${from} → ${href}`);
    else if (statSync(file).size === 0) add(`empty ${general(path)}`, `${from} → ${href}`);
  }
  const list = [...kinds].map(([kind, k]) => ({ kind, ...k })).sort((a, b) => b.count - a.count);
  return { count: list.reduce((n, k) => n + k.count, 0), kinds: list };
}
