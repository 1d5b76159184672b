/** The link check of `npm run bench:build` (scripts/bench/links.ts) finds what a reader would hit. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../../scripts/bench/links.ts';

const dist = mkdtempSync(join(tmpdir(), 'mtqg-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
};

describe('broken links of a built site', () => {
  it('counts missing pages, missing anchors and empty downloads, one example per kind; good links pass', () => {
    put('index.html', '<a href="/bao-cao/a/">a</a><a href="/bao-cao/b/#bang-works">b</a><a href="/du-lieu/tai-ve/x.csv" download>x</a><a href="https://example.org/">out</a>');
    put('bao-cao/a/index.html', '<h2 id="bang-funding">F</h2><a href="#bang-funding">ok</a><a href="#bang-works">works</a><a href="/dia-ban/a-xa-1/ban-in/">brief</a><a href="/du-lieu/tai-ve/empty.csv">e</a>');
    put('bao-cao/b/index.html', '<h2 id="bang-works">W</h2><a href="#bang-works">ok</a><a href="../a/#bang-funding">ok</a><a href="#bang-indicators">i</a>');
    put('du-lieu/tai-ve/x.csv', 'id\n1\n');
    put('du-lieu/tai-ve/empty.csv', '');
    const found = brokenLinks(dist);
    expect(found.kinds.map((k) => [k.kind, k.count])).toEqual(
      expect.arrayContaining([
        ['#bang-works missing on /bao-cao/*/', 1],
        ['#bang-indicators missing on /bao-cao/*/', 1],
        ['missing /dia-ban/*/ban-in/', 1],
        ['empty /du-lieu/tai-ve/*', 1],
      ]),
    );
    expect(found.count).toBe(4);
    expect(found.kinds.find((k) => k.kind.startsWith('missing'))!.example).toBe('/bao-cao/a/ → /dia-ban/a-xa-1/ban-in/');
  });
});
