/**
 * What the two processes of `npm run build` share (scripts/build.ts, then
 * scripts/build-index.ts): where the site is built and published, and how a
 * program error is told. Node's modules only, so that it works when a package
 * is missing.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
// DIST_DIR lets tests build elsewhere than the published dist/.
export const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
export const scratch = `${dist}.building`;
const previous = `${dist}.previous`;

/** Same wording as messages.ts programError, which these scripts cannot rely on importing. */
export function programError(step: string): never {
  console.error(
    `\nLỗi chương trình khi ${step} — đây không phải lỗi dữ liệu, các tệp CSV không cần sửa. ` +
      'Hãy báo cho bộ phận kỹ thuật, gửi kèm thông báo kỹ thuật ở trên. Bản trong dist/ được giữ nguyên.',
  );
  process.exit(2);
}

/** Removes the scratch folder of a build that failed (downloads may still be being written into it: retry). */
export function dropScratch(): void {
  rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}

/** The new site replaces dist/ only now that every step succeeded. */
export function publish(): void {
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(scratch, dist);
  rmSync(previous, { recursive: true, force: true });
}
