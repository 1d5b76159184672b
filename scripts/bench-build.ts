/**
 * npm run bench:build -- --rows N [--keep] [--seed S]: generates N funding rows
 * (other tables in proportion, scripts/synthetic/) into a temporary folder,
 * runs the full production build from it (check, pages, downloads, search
 * index) into a temporary dist — never the repository's dist/ — and measures
 * it: wall time, CPU time of the whole process tree (user + system, every
 * core: steadier than wall time on a shared machine, and what a second core
 * can take off the wall), peak memory of the whole process tree (every
 * process's RSS summed, sampled from /proc every 100 ms), pages, largest
 * page, dist size, CPU by kind of thread (scripts/bench/threads.ts), and broken internal links and anchors (scripts/bench/links.ts),
 * which fail the run: some pages and links exist only at national scale.
 * The last line printed is one JSON object.
 */
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { brokenLinks } from './bench/links.ts';
import { ThreadCpu } from './bench/threads.ts';
import { npmBuild } from './build-command.ts';
import { generate } from './synthetic/generate.ts';

const root = resolve(import.meta.dirname, '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const rows = Number(arg('rows') ?? 10000);
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(process.env.BENCH_TMP ?? tmpdir(), `mtqg-bench-${rows}-`));
const data = join(work, 'data');
const dist = join(work, 'dist');

const t0 = performance.now();
const counts = generate({ rows, out: data, seed: Number(arg('seed') ?? 1719) });
const genS = (performance.now() - t0) / 1000;
console.error(`Dữ liệu tổng hợp: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')} (${genS.toFixed(1)} s)`);

/** A process and all its descendants, from /proc. */
function tree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  const all: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    all.push(p);
    stack.push(...(children.get(p) ?? []));
  }
  return all;
}

/** RSS in bytes of these processes, from /proc. */
function rss(pids: readonly number[]): number {
  let total = 0;
  for (const p of pids) {
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // ended
    }
  }
  return total;
}

/** CPU seconds (user + system) of this process's children that have ended and been waited for, from /proc. */
function childrenCpu(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name: state is field 3, cutime 16 and cstime 17 (clock ticks, 100 per second on Linux).
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) / 100;
}

const steps: Record<string, number> = {};
const cpuBefore = childrenCpu();
const started = performance.now();
const build = npmBuild(root, { ...process.env, DATA_DIR: data, DIST_DIR: dist });
const child = spawn(build.command, build.args, { cwd: root, env: build.env, stdio: ['ignore', 'pipe', 'inherit'] });
let peak = 0;
const threads = new ThreadCpu();
/** CPU by kind of thread at the end of each step (the check's, then Astro's and Pagefind's). */
const threadsAt: Record<string, Record<string, number>> = {};
const timer = setInterval(() => {
  const pids = tree(child.pid!);
  peak = Math.max(peak, rss(pids));
  threads.sample(pids);
}, 100);
let last = 'check';
let lastAt = started;
child.stdout.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stderr.write(text);
  // build.ts prints "2/3 …" and "3/3 …": the time of each step.
  for (const [mark, name] of [['2/3', 'astro_pagefind'], ['3/3', 'replace']] as const) {
    if (text.includes(mark)) {
      const now = performance.now();
      steps[`${last}_s`] = Math.round(now - lastAt) / 1000;
      threadsAt[last] = threads.seconds();
      last = name;
      lastAt = now;
    }
  }
});
const code: number = await new Promise((done) => child.on('close', (c) => done(c ?? 1)));
clearInterval(timer);
const wallS = (performance.now() - started) / 1000;
const cpuS = childrenCpu() - cpuBefore;
steps[`${last}_s`] = Math.round(performance.now() - lastAt) / 1000;
if (code !== 0) {
  console.error(`Xây dựng thất bại (mã ${code}); thư mục giữ lại: ${work}`);
  process.exit(1);
}

let pages = 0;
let largest = { bytes: 0, page: '' };
let distBytes = 0;
function walk(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else {
      const size = statSync(p).size;
      distBytes += size;
      if (e.name.endsWith('.html')) {
        if (e.name === 'index.html') pages++;
        if (size > largest.bytes) largest = { bytes: size, page: `/${relative(dist, p)}` };
      }
    }
  }
}
walk(dist);
const broken = brokenLinks(dist);
for (const k of broken.kinds) console.error(`Liên kết hỏng: ${k.count} × ${k.kind} (ví dụ ${k.example})`);

const csvBytes = statSync(join(data, 'funding.csv')).size;
/** What a client-side dashboard would ship: the funding CSV, gzipped. */
const csvGzip: number = await new Promise((done, fail) => {
  let n = 0;
  createReadStream(join(data, 'funding.csv'))
    .pipe(createGzip({ level: 6 }))
    .on('data', (c: Buffer) => (n += c.length))
    .on('end', () => done(n))
    .on('error', fail);
});

// A build with broken links is kept, to look at.
if (!keep && broken.count === 0) rmSync(work, { recursive: true, force: true });
else console.error(`Giữ lại: ${work}`);
console.log(
  JSON.stringify({
    rows,
    wall_s: Math.round(wallS * 10) / 10,
    cpu_s: Math.round(cpuS * 10) / 10,
    peak_rss_mb: Math.round(peak / 1e6),
    pages,
    largest_page_bytes: largest.bytes,
    largest_page: largest.page,
    dist_bytes: distBytes,
    broken_links: broken.count,
    steps,
    // Seconds of CPU by kind of thread, the whole build and at the end of the check (scripts/bench/threads.ts).
    threads_cpu_s: threads.seconds(),
    threads_cpu_s_check: threadsAt.check ?? null,
    gen_s: Math.round(genS * 10) / 10,
    funding_csv_bytes: csvBytes,
    funding_csv_gzip_bytes: csvGzip,
    tables: counts,
  }),
);
// A link that breaks only with more data is a defect of the site, as a page over budget is of bench:site.
if (broken.count > 0) process.exit(1);
