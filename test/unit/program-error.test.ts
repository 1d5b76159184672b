/**
 * A failure of the programs is never blamed on the data: with a package
 * missing, `npm run check` and `npm run build` say "Lỗi chương trình", ask to
 * tell the technical team, show the technical message, and exit 2 (not 1).
 * A mistyped data folder is one clear message, not one per missing file.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { FIXTURES, ROOT, runCheck, VALID_MIN } from './helpers.ts';

const MISSING_PACKAGE = join(FIXTURES, 'program-error/missing-package.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'mtqg-program-error-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(script: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      join(ROOT, 'node_modules/.bin/node'),
      [script],
      { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: `--import=${MISSING_PACKAGE}`, ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('program errors', () => {
  it('npm run check with a missing package: a program error with the technical message, exit 2', async () => {
    const { code, stdout, stderr } = await run('scripts/check-data.ts', { DATA_DIR: VALID_MIN });
    expect(code).toBe(2);
    expect(stderr).toContain('Lỗi chương trình khi kiểm tra dữ liệu — đây không phải lỗi dữ liệu');
    expect(stderr).toContain('báo cho bộ phận kỹ thuật');
    expect(stderr).toContain("Cannot find package 'papaparse'");
    expect(stdout + stderr).not.toMatch(/dữ liệu có lỗi|Hãy sửa các lỗi/);
  });

  it('npm run build stops on it as a program error, not as bad data, and keeps dist/', async () => {
    const { code, stderr } = await run('scripts/build.ts', { DATA_DIR: VALID_MIN, DIST_DIR: join(scratch, 'dist') });
    expect(code).toBe(2);
    expect(stderr).toContain('Lỗi chương trình khi kiểm tra dữ liệu');
    expect(stderr).not.toContain('dữ liệu có lỗi');
  });

  it('npm run build without Pagefind: the pages are built, then a program error on the search index; dist/ is kept and no scratch folder is left', async () => {
    const dist = join(scratch, 'dist-kept');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'bản đang công bố');
    const { code, stdout, stderr } = await run('scripts/build.ts', { DATA_DIR: VALID_MIN, DIST_DIR: dist, MISSING_PACKAGE: 'pagefind' });
    expect(code).toBe(2);
    expect(stdout).toContain('2/3 Xây dựng trang web');
    expect(stderr).toContain('Lỗi chương trình khi tạo chỉ mục tìm kiếm');
    expect(stderr).toContain("Cannot find package 'pagefind'");
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('bản đang công bố');
    expect(existsSync(`${dist}.building`)).toBe(false);
  }, 120_000);
});

describe('a mistyped data folder', () => {
  it('is one message naming the folder, not one per missing file', async () => {
    const data = await loadData(join(scratch, 'dat'));
    expect(data.issues).toHaveLength(1);
    expect(data.issues[0]).toMatchObject({ code: 'folder.missing', severity: 'error', file: join(scratch, 'dat') });
    expect(data.issues[0]!.message).toContain('không tìm thấy thư mục dữ liệu');
    const check = await runCheck(join(scratch, 'dat'));
    expect(check.code).toBe(1);
    expect(check.stdout.match(/không tìm thấy/g)).toHaveLength(1);
  });
});
