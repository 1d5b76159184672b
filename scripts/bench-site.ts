/**
 * `npm run bench:site [-- --no-lighthouse] [--pages /,giai-ngan] [--no-build] [--runs 1]`
 *
 * Builds the site, serves dist/ on 127.0.0.1 like a production host (gzip, the headers
 * of deploy/_headers), and measures every page found in dist/ (every index.html): bytes
 * by kind, requests, other origins, content without JavaScript, axe-core, Lighthouse.
 * Lighthouse runs 3 times a page by default and keeps the median (one run varies by several
 * points on a shared machine). Writes bench/site.json and bench/site.md; exits 1 when a
 * page misses a budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { missedBudgets, BUDGETS, type PageResult } from './bench/budgets.ts';
import { launchBrowser } from './bench/chromium.ts';
import { medianLighthouse } from './bench/lighthouse.ts';
import { measurePage } from './bench/measure.ts';
import { markdownTable } from './bench/report.ts';
import { discoverPages, serveDist } from './bench/serve.ts';
import { npmBuild } from './build-command.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    'no-lighthouse': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    pages: { type: 'string' },
    /** Lighthouse runs per page; the median is kept. */
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench' },
  },
});

/**
 * Built as production is (README, Deploying): with SITE_URL, here the address the pages are served
 * from, so citations and share links are absolute in the HTML and not filled in by script.
 */
const PORT = Number(process.env.BENCH_PORT ?? 4399);
if (!values['no-build']) {
  const build = npmBuild(root, { ...process.env, SITE_URL: `http://127.0.0.1:${PORT}` });
  const built = spawnSync(build.command, build.args, { cwd: root, stdio: 'inherit', env: build.env });
  if (built.status !== 0) process.exit(1);
}

const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const all = discoverPages(dist);
/** "giai-ngan", "/giai-ngan" and "/giai-ngan/" name the same page; "/" or "index" the home page. */
const normalise = (p: string) => (p === 'index' || p === '/' ? '/' : `/${p.replace(/^\/|\/$/g, '')}/`);
const wanted = values.pages?.split(',').map((p) => normalise(p.trim()));
const unknown = wanted?.filter((p) => !all.includes(p)) ?? [];
if (unknown.length) {
  console.error(`Unknown pages: ${unknown.join(', ')}. Pages in dist/: ${all.join(', ')}`);
  process.exit(2);
}
const pages = wanted ?? all;

const { server, baseUrl } = await serveDist(dist, PORT);
const results: PageResult[] = [];
const report = (r: PageResult, seconds: number) => {
  const missed = missedBudgets(r);
  console.log(
    `${r.path.padEnd(28)} ${(r.transferred / 1000).toFixed(1).padStart(6)} KB` +
      (r.lighthouse ? `  perf ${r.lighthouse.performance}` : '') +
      `  ${missed.length ? 'MISSED: ' + missed.join('; ') : 'ok'}  (${seconds.toFixed(1)} s)`,
  );
};
try {
  // Playwright first, then Lighthouse alone: two Chromiums at once on 2 cores skew the timings.
  const browser = await launchBrowser();
  try {
    for (const path of pages) {
      const started = performance.now();
      results.push(await measurePage(browser, baseUrl, path));
      if (values['no-lighthouse']) report(results.at(-1)!, (performance.now() - started) / 1000);
    }
  } finally {
    await browser.close();
  }
  if (!values['no-lighthouse']) {
    for (const result of results) {
      const started = performance.now();
      result.lighthouse = await medianLighthouse(baseUrl + result.path, Math.max(1, Number(values.runs)));
      report(result, (performance.now() - started) / 1000);
    }
  }
} finally {
  server.close();
}

const outDir = resolve(root, values.out!);
mkdirSync(outDir, { recursive: true });
const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? '', node: process.version };
const failing = results.filter((r) => missedBudgets(r).length);
writeFileSync(
  resolve(outDir, 'site.json'),
  JSON.stringify({ date: new Date().toISOString(), machine, budgets: BUDGETS, lighthouse: !values['no-lighthouse'], lighthouseRuns: Number(values.runs), pages: results }, null, 2) + '\n',
);
const table = markdownTable(results);
writeFileSync(resolve(outDir, 'site.md'), `# Site benchmark\n\n${new Date().toISOString().slice(0, 10)}, ${machine.cpus} × ${machine.model}, Node ${machine.node}.\n\n${table}\n`);
console.log(`\n${table}\n\nWritten: ${values.out}/site.json, ${values.out}/site.md`);
if (failing.length) {
  console.error(`\n${failing.length} of ${results.length} pages miss a budget.`);
  process.exit(1);
}
console.log(`\nEvery page (${results.length}) within budget.`);
