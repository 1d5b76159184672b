/** The budget verdicts of `npm run bench:site` and the header file the servers read. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, missedBudgets, type PageResult } from '../../scripts/bench/budgets.ts';
import { discoverPages, parseHeadersFile } from '../../scripts/bench/serve.ts';

const content = { h1: 1, charts: 2, tables: 1, text: 1000 };
function page(over: Partial<PageResult> = {}): PageResult {
  return {
    path: '/',
    bytes: Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0 }])) as PageResult['bytes'],
    transferred: 40_000,
    requests: 5,
    foreignRequests: [],
    failedRequests: [],
    noJs: content,
    withJs: content,
    axe: [],
    lighthouse: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 1200, tbtMs: 0, cls: 0, failedAudits: [], benchmarkIndex: 1800 },
    ...over,
  };
}

describe('budgets', () => {
  it('passes a lean, complete page', () => {
    expect(missedBudgets(page())).toEqual([]);
  });

  it('names each missed budget', () => {
    const heavy = page({
      transferred: 61_000,
      foreignRequests: ['https://cdn.example/plot.js'],
      noJs: { ...content, charts: 0 },
      axe: ['color-contrast (2)'],
    });
    heavy.bytes.js.gzip = 190_000;
    heavy.lighthouse!.performance = 97;
    const missed = missedBudgets(heavy).join('\n');
    for (const word of ['without JavaScript', 'JS 190000', 'other origins', 'first view 61000', 'axe: color-contrast', 'performance 97'])
      expect(missed).toContain(word);
  });
});

describe('bench server helpers', () => {
  it('reads the _headers format', () => {
    const rules = parseHeadersFile('# c\n/*\n  X-A: 1; b=2\n\n/_astro/*\n  Cache-Control: immutable\n');
    expect(rules).toEqual([
      { pattern: '/*', headers: [['X-A', '1; b=2']] },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
    ]);
  });

  it('finds every page of a built site, whatever pages exist', () => {
    const dist = mkdtempSync(join(tmpdir(), 'mtqg-dist-'));
    for (const dir of ['', 'a', 'a/b', '_astro']) {
      mkdirSync(join(dist, dir), { recursive: true });
      writeFileSync(join(dist, dir, 'index.html'), '');
    }
    writeFileSync(join(dist, '404.html'), '');
    expect(discoverPages(dist)).toEqual(['/', '/a/', '/a/b/']);
  });
});
