/** The budget verdicts of `npm run bench:site`, the header file the servers read, and bench:build's CPU by thread. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { npmBuild } from '../../scripts/build-command.ts';
import { KINDS, missedBudgets, type PageResult } from '../../scripts/bench/budgets.ts';
import { discoverPages, parseHeadersFile } from '../../scripts/bench/serve.ts';
import { ThreadCpu } from '../../scripts/bench/threads.ts';

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

describe('the build the benchmarks measure', () => {
  it('is `npm run build` as npm runs it: the project\'s Node started with the process settings docs/scale.md measured', () => {
    const root = join(import.meta.dirname, '../..');
    const build = npmBuild(root, { PATH: process.env.PATH });
    expect(build.command).toBe('sh');
    const script = build.args[1]!;
    expect(script).toMatch(/scripts\/build\.ts$/);
    // The same shell line with a probe for the build script: the settings reach Node, and Node accepts each.
    const probe = spawnSync(build.command, [build.args[0]!, script.replace('scripts/build.ts', `-e "console.log(JSON.stringify([process.version, process.env.MALLOC_ARENA_MAX, process.execArgv]))"`)], { cwd: root, env: build.env, encoding: 'utf8' });
    expect(probe.stderr).toBe('');
    const [version, arenas, flags] = JSON.parse(probe.stdout) as [string, string, string[]];
    expect(version).toMatch(/^v24\./);
    expect(arenas).toBe('2');
    expect(flags).toEqual(expect.arrayContaining(['--max-semi-space-size=16', '--heap-growing-percent=20']));
  });
});

describe("bench:build's CPU by kind of thread", () => {
  it("tells a Node process's own thread from its worker thread, each with the time it spent", async () => {
    // The main thread does a fixed piece of work (about 0.6 s of CPU here, more wall time on a busy machine), then a
    // worker thread the same; sampled every 50 ms, as the bench does.
    const spin = 'let x = 0; for (let i = 0; i < 1e8; i++) x = (x * 31 + i) % 1000003; if (x < 0) console.log(x);';
    const script = `${spin} const { Worker } = require('node:worker_threads'); new Worker(${JSON.stringify(spin)}, { eval: true }).on('exit', () => setTimeout(() => {}, 300));`;
    const child = spawn(process.execPath, ['-e', script]);
    const threads = new ThreadCpu();
    const timer = setInterval(() => threads.sample([child.pid!]), 50);
    await new Promise((done) => child.on('exit', done));
    clearInterval(timer);
    const by = threads.seconds();
    expect(by.main).toBeGreaterThan(0.2);
    expect(by.WorkerThread).toBeGreaterThan(0.2);
    // Each piece is counted to its own kind, not both to one: neither has much more than half of the two.
    expect(Math.max(by.main!, by.WorkerThread!)).toBeLessThan(0.8 * (by.main! + by.WorkerThread!));
  }, 30_000);
});
