/**
 * Benchmark of the data downloads alone (src/publish/downloads.ts), without Astro:
 *
 *   node_modules/.bin/node scripts/bench-downloads.ts DATA_DIR [--write OUT] [--hash]
 *
 * Loads DATA_DIR with loadData (timed apart), then times dataDownloads, and with
 * --write also what the endpoint /du-lieu/tai-ve/[file] and Astro do for every
 * file (a Response of its body, read back whole as Astro does, written to OUT,
 * in a scratch folder removed afterwards).
 * Prints the peak RSS of the process after each step (getrusage maxrss: a step
 * that does not raise it stayed under the loading's peak) and the RSS kept once
 * the downloads exist. --hash prints one SHA-256 over every file's name and
 * bytes, to check that a change left the downloads byte for byte the same.
 * The last line printed is one JSON object. Synthetic data for DATA_DIR:
 * `npm run gen:synthetic -- --rows N --out DIR`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadData } from '../src/data/load.ts';
import { dataDownloads, type DownloadFile } from '../src/publish/downloads.ts';

const dir = process.argv[2];
if (!dir || dir.startsWith('--')) {
  console.error('Cách dùng: node scripts/bench-downloads.ts THƯ_MỤC_DỮ_LIỆU [--write THƯ_MỤC_RA] [--hash]');
  process.exit(2);
}
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const mb = (n: number) => Math.round(n / 1e6);
const peak = () => mb(process.resourceUsage().maxRSS * 1024);
const rss = () => mb(process.memoryUsage().rss);
/** The bytes of a file, whichever shape the module gives (a Uint8Array, or a function making them). */
const bytesOf = (f: DownloadFile): Uint8Array => {
  const b = (f as unknown as { bytes: Uint8Array | (() => Uint8Array) }).bytes;
  return typeof b === 'function' ? b.call(f) : b;
};
const sizeOf = (f: DownloadFile): number => (f as unknown as { size?: number }).size ?? bytesOf(f).byteLength;
/** What the endpoint answers (body() since the downloads can live on disk; before, a copy of the bytes). */
const responseOf = async (f: DownloadFile): Promise<Response> => {
  const body = (f as unknown as { body?: () => Promise<Blob | Uint8Array<ArrayBuffer>> }).body;
  return new Response(body ? await body.call(f) : (bytesOf(f).slice() as Uint8Array<ArrayBuffer>));
};

let t = performance.now();
const data = await loadData(resolve(dir));
const loadS = (performance.now() - t) / 1000;
if (data.issues.some((i) => i.severity === 'error')) {
  console.error('Dữ liệu có lỗi: không đo.');
  process.exit(1);
}
const afterLoad = { peak: peak(), rss: rss() };
console.error(`load ${loadS.toFixed(1)} s, peak ${afterLoad.peak} MB, rss ${afterLoad.rss} MB`);

t = performance.now();
const files = await dataDownloads(data, { updated: '2026-11-22T08:43:55Z', pageUrl: 'https://example.org/du-lieu/' });
const downloadsS = (performance.now() - t) / 1000;
const afterDownloads = { peak: peak(), rss: rss() };
console.error(`downloads ${downloadsS.toFixed(1)} s, ${files.length} files, peak ${afterDownloads.peak} MB, rss ${afterDownloads.rss} MB`);

const byFormat: Record<string, { files: number; bytes: number }> = {};
for (const f of files) {
  const k = f.reportId ? 'CSV per report' : f.province ? 'CSV per province' : f.format;
  const e = (byFormat[k] ??= { files: 0, bytes: 0 });
  e.files++;
  e.bytes += sizeOf(f);
}
for (const [k, v] of Object.entries(byFormat)) console.error(`  ${k}: ${v.files} files, ${(v.bytes / 1e6).toFixed(1)} MB`);
for (const f of files.filter((f) => !f.reportId && !f.province)) console.error(`  ${f.name} ${(sizeOf(f) / 1e6).toFixed(2)} MB`);

let writeS: number | undefined;
const out = arg('write');
if (out) {
  mkdirSync(out, { recursive: true });
  const scratch = mkdtempSync(join(out, 'bench-downloads-'));
  t = performance.now();
  // As Astro's build does with an endpoint's response (core/build/generate.js).
  for (const f of files) await writeFile(join(scratch, f.name), Buffer.from(await (await responseOf(f)).arrayBuffer()));
  writeS = (performance.now() - t) / 1000;
  rmSync(scratch, { recursive: true, force: true });
  console.error(`write ${writeS.toFixed(1)} s, peak ${peak()} MB`);
}

let hash: string | undefined;
if (process.argv.includes('--hash')) {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) h.update(`${f.name}\n`).update(bytesOf(f));
  hash = h.digest('hex');
  const noZip = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) if (f.format !== 'ZIP') noZip.update(`${f.name}\n`).update(bytesOf(f));
  console.error(`sha256 ${hash}\nsha256 without the zip ${noZip.digest('hex')}`);
}

console.log(
  JSON.stringify({
    data: dir,
    load_s: +loadS.toFixed(1),
    downloads_s: +downloadsS.toFixed(1),
    write_s: writeS === undefined ? undefined : +writeS.toFixed(1),
    files: files.length,
    peak_after_load_mb: afterLoad.peak,
    rss_after_load_mb: afterLoad.rss,
    peak_after_downloads_mb: afterDownloads.peak,
    rss_after_downloads_mb: afterDownloads.rss,
    peak_end_mb: peak(),
    hash,
  }),
);
