/**
 * `npm run build`: check the data, build the site into a scratch folder, and only
 * when everything succeeded replace dist/. A staff member's wrong cell stops the
 * build with the data report and leaves the published dist/ exactly as it was.
 * A failure of the programs themselves (the checker crashed, a package is
 * missing, Astro failed after the data passed) is reported as a program
 * error for the technical team, never as a data error.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';

const root = resolve(import.meta.dirname, '..');
// DIST_DIR lets tests build elsewhere than the published dist/.
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const scratch = `${dist}.building`;
const previous = `${dist}.previous`;

/** Same wording as messages.ts programError, which this script cannot rely on importing. */
function programError(step: string): never {
  console.error(
    `\nLỗi chương trình khi ${step} — đây không phải lỗi dữ liệu, các tệp CSV không cần sửa. ` +
      'Hãy báo cho bộ phận kỹ thuật, gửi kèm thông báo kỹ thuật ở trên. Bản trong dist/ được giữ nguyên.',
  );
  process.exit(2);
}

// Two settings read only when the process starts, so the build starts itself again with them
// (process.execve replaces this process: same pid, same output, nothing left running). At a million rows
// each took about 0.15 GB off the build's peak, for no measurable time (docs/benchmarks.md):
// - V8's young generation, which grew to some 130 MB while a build allocates fast, capped at 16 MB a half;
// - the C allocator's arenas: one per thread that allocates (workers, zlib's and the file system's threads),
//   each keeping what its thread freed; two in all.
const young = process.execArgv.some((a) => a.startsWith('--max-semi-space-size'));
if ((!young || process.env.MALLOC_ARENA_MAX === undefined) && typeof process.execve === 'function')
  process.execve(
    process.execPath,
    [process.execPath, ...(young ? [] : ['--max-semi-space-size=16']), ...process.execArgv, import.meta.filename, ...process.argv.slice(2)],
    { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' },
  );

// Rolldown (Astro's bundler) allocates with mimalloc, which by default keeps freed memory for later and
// held it after bundling. Give it back at once (set before it loads). The image worker undoes this for
// resvg's own mimalloc, which frees and allocates again for every drawing (src/publish/png.ts).
for (const name of ['MIMALLOC_PURGE_DELAY', 'MIMALLOC_RESET_DELAY', 'MIMALLOC_ARENA_EAGER_COMMIT']) process.env[name] ??= '0';

// V8 lets its heap grow up to several times what survived a collection when a program allocates fast, as
// a build does: at a million rows that was some 0.3 GB of garbage at the peak. Growing by a fifth at a time
// collects a little more often (docs/benchmarks.md). Read at every collection, so setting it here is in time.
setFlagsFromString('--heap-growing-percent=20');

const started = performance.now();

console.log(`1/3 Kiểm tra dữ liệu trong ${process.env.DATA_DIR ?? 'data'}/ …`);
// The check runs in this process and the pages are built here too: the data is read and checked once.
const { checkData } = await import('./check-data.ts');
const checked = await checkData(undefined);
if (checked === 1) {
  console.error('\nDừng: dữ liệu có lỗi (xem trên). Trang web chưa được xây dựng lại; bản trong dist/ được giữ nguyên.');
  process.exit(1);
}
// 2 is the checker's own program error (already explained).
if (checked !== 0) programError('kiểm tra dữ liệu');

// The report narratives cite the data: a wrong id is the author's to fix, said before building.
let content: number;
try {
  content = await (await import('./check-content.ts')).checkContent();
} catch (error) {
  console.error(error);
  programError('kiểm tra bài viết');
}
if (content === 1) {
  console.error('\nDừng: bài viết báo cáo có lỗi (xem trên). Trang web chưa được xây dựng lại; bản trong dist/ được giữ nguyên.');
  process.exit(1);
}

console.log('\n2/3 Xây dựng trang web …');
rmSync(scratch, { recursive: true, force: true });
// astro.config.mjs reads the output folder from the environment.
process.env.ASTRO_OUT_DIR = scratch;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  const { build } = await import('astro');
  await build({ root });
} catch (error) {
  console.error(error);
  // Downloads may still be being written into it on the system's threads (src/publish/output.ts): retry.
  rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  // The data passed the check, so a failure here is the site's code or packages.
  programError('xây dựng trang web');
}

// The search index (Pagefind) was built with the pages, inside the scratch folder (src/integrations/search-index.ts).

console.log('\n3/3 Thay bản công bố dist/ …');
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(scratch, dist);
rmSync(previous, { recursive: true, force: true });

console.log(`Xong sau ${((performance.now() - started) / 1000).toFixed(1)} giây: trang web ở dist/.`);
// Astro may leave timers or handles open; the build is done.
process.exit(0);
