/**
 * `npm run build`: check the data, build the site into a scratch folder, and only
 * when everything succeeded replace dist/. A staff member's wrong cell stops the
 * build with the data report and leaves the published dist/ exactly as it was.
 * A failure of the programs themselves (the checker crashed, a package is
 * missing, Astro failed after the data passed) is reported as a program
 * error for the technical team, never as a data error.
 */
// First: settings that are wrong stop the build here, each named with its fix, before anything is touched.
import './check-config.ts';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../src/core/config.ts';
import { buildFingerprint } from './build-inputs.ts';
import { astroOutDir, crashesAreProgramErrors, dropScratch, keptClause, lockBuild, programError, root, scratch } from './build-steps.ts';

// The settings read when a process starts are given by `npm run build` (package.json), which the benchmark
// runs as it is (scripts/build-command.ts): the C allocator's arenas, V8's young generation and how fast its
// heap grows (docs/scale.md, section 3, says what each saves at a million rows). Run directly, as the tests
// do with small data, this builds the same site without them.

// Rolldown (Astro's bundler) allocates with mimalloc, which by default keeps freed memory for later and
// held it after bundling. Give it back at once (set before it loads). The image worker undoes this for
// resvg's own mimalloc, which frees and allocates again for every drawing (src/publish/png.ts).
for (const name of ['MIMALLOC_PURGE_DELAY', 'MIMALLOC_RESET_DELAY', 'MIMALLOC_ARENA_EAGER_COMMIT']) process.env[name] ??= '0';

const startedAt = Date.now();
// What this build is made from, read before anything else (a file changed meanwhile makes the next build run).
process.env.MTQG_BUILD_INPUTS = buildFingerprint(root);

// One build at a time: a second one started meanwhile stops here with exit code 3, touching nothing.
try {
  lockBuild();
} catch (error) {
  console.error(error);
  programError('khóa thư mục xây dựng');
}

let doing = 'kiểm tra dữ liệu';
crashesAreProgramErrors(() => doing);

console.log(`1/3 Kiểm tra dữ liệu trong ${config().DATA_DIR}/ …`);
// The check runs in this process and the pages are built here too: the data is read and checked once.
const { checkData } = await import('./check-data.ts');
const checked = await checkData(undefined);
if (checked === 1) {
  console.error(`\nDừng: dữ liệu có lỗi (xem trên). Trang web chưa được xây dựng lại; ${keptClause()}.`);
  process.exit(1);
}
// 2 is the checker's own program error (already explained).
if (checked !== 0) programError('kiểm tra dữ liệu');

// The report narratives cite the data: a wrong id is the author's to fix, said before building.
let content: number;
doing = 'kiểm tra bài viết';
try {
  content = await (await import('./check-content.ts')).checkContent();
} catch (error) {
  console.error(error);
  programError('kiểm tra bài viết');
}
if (content === 1) {
  console.error(`\nDừng: bài viết báo cáo có lỗi (xem trên). Trang web chưa được xây dựng lại; ${keptClause()}.`);
  process.exit(1);
}

console.log('\n2/3 Xây dựng trang web …');
doing = 'xây dựng trang web';
rmSync(scratch, { recursive: true, force: true });
// astro.config.mjs reads the output folder from the environment: the scratch folder, or the project's own folder for an outside one (build-steps.ts).
const out = astroOutDir();
process.env.ASTRO_OUT_DIR = out.dir;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  const { build } = await import('astro');
  await build({ root });
  out.done();
} catch (error) {
  console.error(error);
  out.release();
  dropScratch();
  // The data passed the check, so a failure here is the site's code or packages.
  programError('xây dựng trang web');
}

// The search index and the swap of dist/ in a fresh process (scripts/build-index.ts): the memory of the
// pages, and of the data behind them, is given back at once.
process.env.MTQG_BUILD_STARTED = String(startedAt);
const next = join(import.meta.dirname, 'build-index.ts');
if (typeof process.execve === 'function') process.execve(process.execPath, [process.execPath, ...process.execArgv, next, ...process.argv.slice(2)], process.env);
await import(next);
