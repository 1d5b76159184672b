/**
 * `npm run build`: check the data, build the site into a scratch folder, and only
 * when everything succeeded replace dist/. A staff member's wrong cell stops the
 * build with the data report and leaves the published dist/ exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
// DIST_DIR lets tests build elsewhere than the published dist/.
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const scratch = `${dist}.building`;
const previous = `${dist}.previous`;
const node = process.execPath;

function run(args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync(node, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const started = performance.now();

console.log(`1/3 Kiểm tra dữ liệu trong ${process.env.DATA_DIR ?? 'data'}/ …`);
if (!run(['scripts/check-data.ts'])) {
  console.error('\nDừng: dữ liệu có lỗi (xem trên). Trang web chưa được xây dựng lại; bản trong dist/ được giữ nguyên.');
  process.exit(1);
}

console.log('\n2/3 Xây dựng trang web …');
rmSync(scratch, { recursive: true, force: true });
const astroEnv = { ASTRO_OUT_DIR: scratch, ASTRO_TELEMETRY_DISABLED: '1' };
if (!run(['node_modules/astro/bin/astro.mjs', 'build'], astroEnv)) {
  rmSync(scratch, { recursive: true, force: true });
  console.error('\nDừng: xây dựng trang web thất bại (xem trên). Bản trong dist/ được giữ nguyên.');
  process.exit(1);
}

console.log('\n3/3 Thay bản công bố dist/ …');
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(scratch, dist);
rmSync(previous, { recursive: true, force: true });

console.log(`Xong sau ${((performance.now() - started) / 1000).toFixed(1)} giây: trang web ở dist/.`);
