/**
 * The staff checker at /cap-nhat/ on large files, under the site's own
 * Content-Security-Policy (the test server sends deploy/_headers):
 * a workbook over 1 MB finishes (fflate's blob: worker, which the policy
 * refuses, is never started), the check runs in a same-origin worker while the
 * page stays responsive, the worker says how far it has got, and a file with
 * an error on each of 100,000 columns gives a short, counted list.
 *
 * The times measured are printed (console.info) for the record; the limits
 * asserted are loose on purpose: the machines running these tests are shared.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { largeFundingXlsx } from '../unit/helpers.ts';
import { DIST } from './built-site.ts';
import { launch } from './chromium.ts';
import { SITE_DATA } from './site-under-test.ts';

const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'cap-nhat-large-'));
let context: BrowserContext;
let page: Page;
/** Console errors, uncaught errors and CSP violations the page reports, and the workers it starts. */
const errors: string[] = [];
const workers: string[] = [];
let policy: string | null = null;
/** The 42 MB file, chosen again in the last test. */
let large = '';

beforeAll(async () => {
  context = await launch();
  page = await context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(e.message));
  page.on('worker', (w) => void workers.push(w.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(`${baseUrl}/cap-nhat/`);
  policy = (await response?.headerValue('content-security-policy')) ?? null;
});
afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Watched {
  /** From choosing the file to the result written. */
  ms: number;
  /** The longest the page's thread went without running a 50 ms timer, while the check ran. */
  longestGap: number;
  /** The slowest answer of the page to page.evaluate (polled every 250 ms), while the check ran. */
  slowestAnswer: number;
  /** Every progress text shown. */
  progress: string[];
  path: string;
}

/**
 * A new path for a file of this name: Chromium fires no change event when the input is given
 * the path it already holds, even if the file changed.
 */
let made = 0;
function fresh(name: string): string {
  const sub = join(dir, String(++made));
  mkdirSync(sub);
  return join(sub, name);
}

/** Chooses a file (written to disk: a large buffer is slow over the DevTools protocol) and watches the page until the result is written. */
async function chooseWatched(name: string, bytes: Uint8Array | string): Promise<Watched> {
  const path = fresh(name);
  writeFileSync(path, bytes);
  const before = await page.locator('#ket-qua').getAttribute('data-done');
  await page.evaluate(() => {
    const w = { last: performance.now(), longest: 0, progress: [] as string[], timer: 0, observer: null as MutationObserver | null };
    w.timer = window.setInterval(() => {
      const now = performance.now();
      w.longest = Math.max(w.longest, now - w.last);
      w.last = now;
    }, 50);
    const out = document.getElementById('ket-qua')!;
    w.observer = new MutationObserver(() => {
      const text = out.querySelector('#tien-do')?.textContent;
      if (text && w.progress.at(-1) !== text) w.progress.push(text);
    });
    w.observer.observe(out, { childList: true, subtree: true, characterData: true });
    (window as unknown as { watch: typeof w }).watch = w;
  });
  const started = Date.now();
  await page.locator('#tep').setInputFiles(path);
  let slowestAnswer = 0;
  for (;;) {
    const asked = Date.now();
    const done = await page.evaluate((b) => document.getElementById('ket-qua')?.dataset.done !== (b ?? undefined), before);
    slowestAnswer = Math.max(slowestAnswer, Date.now() - asked);
    if (done) break;
    if (Date.now() - started > 240_000) throw new Error(`${name}: no result after 240 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const ms = Date.now() - started;
  const seen = await page.evaluate(() => {
    const w = (window as unknown as { watch: { longest: number; progress: string[]; timer: number; observer: MutationObserver } }).watch;
    clearInterval(w.timer);
    w.observer.disconnect();
    return { longestGap: Math.round(w.longest), progress: w.progress };
  });
  const watched = { ms, slowestAnswer, ...seen, path };
  console.info(`${name} (${(statSync(path).size / 1e6).toFixed(2)} MB): result after ${ms} ms; longest gap of the page's timers ${watched.longestGap} ms; slowest evaluate ${slowestAnswer} ms; ${watched.progress.length} progress texts`);
  return watched;
}

const violations = () => page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);

describe('the checker worker in the build', () => {
  it('is its own same-origin module file in /_astro/, started by URL from client.js, never inlined as a blob: or data: URL', () => {
    const scripts = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
    const worker = scripts.filter((f) => /^check-worker[-.\w]*\.js$/.test(f));
    expect(worker).toHaveLength(1);
    const client = scripts.filter((f) => /^client\.[-\w]+\.js$/.test(f)).map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'));
    expect(client).toHaveLength(1);
    expect(client[0]).toMatch(new RegExp(`new Worker\\(new URL\\(\`/_astro/${worker[0]!.replaceAll('.', '\\.')}\``));
    expect(client[0]).not.toMatch(/data:text\/javascript|createObjectURL\(new Blob/);
  });
});

describe('/cap-nhat/ under the site Content-Security-Policy', () => {
  it('is served with the policy of deploy/_headers: scripts and workers from the site only', () => {
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/blob:|worker-src/);
  });

  it('a workbook over 1 MB (791 funding rows) finishes with its result, in a same-origin worker, with no violation of the policy', async () => {
    const { xlsx, rows } = await largeFundingXlsx(6, 300, SITE_DATA);
    expect(xlsx.length).toBeGreaterThan(1_000_000);
    const watched = await chooseWatched('funding.xlsx', xlsx);
    expect(await page.locator('#tom-tat').textContent()).toContain('Không có lỗi');
    // 678 rows added as tranches; the preview shows the first 500 and says so.
    const caption = await page.locator('#xem-truoc caption').textContent();
    expect(caption).toContain(`${(rows - 113).toLocaleString('vi-VN')} dòng mới hoặc đã sửa`);
    expect(caption).toContain('hiện 500 dòng đầu');
    expect(await page.locator('#xem-truoc tbody tr').count()).toBe(500);
    expect(watched.progress.some((t) => t.startsWith('Đang đọc và giải nén funding.xlsx'))).toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(workers.some((u) => /\/_astro\/check-worker[-.\w]*\.js$/.test(u))).toBe(true);
    expect(workers.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
  });

  it('a CSV of 100,000 columns: a clear Vietnamese error, counted, 200 rows of it shown, and the page answers throughout', async () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `cot${i}`);
    const csv = `${names.join(',')}\n${names.map(() => '1').join(',')}\n`;
    const watched = await chooseWatched('funding.csv', csv);
    const summary = await page.locator('#tom-tat').textContent();
    expect(summary).toMatch(/^Có 100\.0\d\d lỗi và \d+ cảnh báo\. Số liệu CHƯA thể công bố/);
    const unknown = page.locator('#van-de tbody tr[data-code="header.unknown"]');
    expect(await unknown.count()).toBe(200);
    expect(await unknown.first().textContent()).toContain('Cột "cot0" không có trong mẫu của tệp này');
    // The columns the file lacks are named, not hidden behind the unknown ones.
    expect(await page.locator('#van-de tbody tr[data-code="header.missing"][data-column="id"]').count()).toBe(1);
    const rest = page.locator('#van-de-an li[data-code="header.unknown"]');
    expect(await rest.getAttribute('data-count')).toBe('99800');
    expect(await rest.textContent()).toMatch(/^… và 99\.800 lỗi khác cùng loại trong funding\.csv \(như: cột "cot200" không có trong mẫu/);
    expect(await page.locator('#ket-qua tr').count()).toBeLessThan(400);
    // Before, the page froze for 88 s; now only writing the result takes the page's thread.
    expect(watched.longestGap).toBeLessThan(3_000);
    expect(watched.slowestAnswer).toBeLessThan(3_000);
    expect(await violations()).toEqual([]);
  });

  it('a CSV of 150,000 rows (42 MB): progress in lines while it is checked, then the result, the page answering throughout', async () => {
    const [header, ...published] = readFileSync(join(SITE_DATA, 'funding.csv'), 'utf8').trimEnd().split('\n');
    // Copies of the published rows under new ids: each repeats a figure (an error), so the errors are many.
    const rows = Array.from({ length: Math.ceil(150_000 / published.length) }, (_, k) => published.map((r) => r.replace(/^([^,]+),/, `$1-x${k},`)))
      .flat()
      .slice(0, 150_000);
    const csv = [header, ...rows].join('\n') + '\n';
    expect(csv.length).toBeGreaterThan(30_000_000);
    const watched = await chooseWatched('funding.csv', csv);
    const lines = watched.progress.map((t) => /^Đang kiểm tra funding\.csv: ([\d.]+)\/150\.001 dòng…$/.exec(t)?.[1]).filter((n) => n !== undefined);
    // Some line between the first and the last was shown.
    expect(lines.some((n) => n !== '0' && n !== '150.001'), watched.progress.join(' | ')).toBe(true);
    expect(await page.locator('#tom-tat').textContent()).toMatch(/^Có [\d.]+ lỗi/);
    expect(await page.locator('#van-de tbody tr').count()).toBeLessThanOrEqual(400);
    expect(watched.longestGap).toBeLessThan(3_000);
    expect(watched.slowestAnswer).toBeLessThan(3_000);
    expect(await violations()).toEqual([]);
    large = watched.path;
  }, 300_000);

  it('choosing other files while a check runs: the new files are checked, the old check is stopped', async () => {
    const path = fresh('funding.csv');
    copyFileSync(large, path); // the 42 MB file of the test above
    const before = await page.locator('#ket-qua').getAttribute('data-done');
    await page.locator('#tep').setInputFiles(path);
    await page.waitForFunction(() => document.getElementById('tien-do')?.textContent?.includes('funding.csv'), null, { timeout: 120_000 });
    await page.locator('#tep').setInputFiles({ name: 'areas.csv', mimeType: 'text/csv', buffer: readFileSync(join(SITE_DATA, 'areas.csv')) });
    await page.waitForFunction((b) => document.getElementById('ket-qua')?.dataset.done !== (b ?? undefined), before, { timeout: 120_000 });
    expect(await page.locator('#ket-qua').textContent()).toContain('Đã kiểm tra: areas.csv.');
    expect(await page.locator('#tom-tat').textContent()).toContain('Không có lỗi');
  }, 300_000);
});
