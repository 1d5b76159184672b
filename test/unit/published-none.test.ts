/**
 * When `npm run check` has nothing to compare with — a data folder outside a repository, a shallow clone
 * (CI's default fetch-depth: 1), the repository's first commit — it says so plainly, in staff words and on
 * its own line in CI, instead of a bare "Không có lỗi" that would pass a deleted published row.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { dataDir, removeDataDirs, ROOT } from './helpers.ts';

afterAll(removeDataDirs);

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', '-c', 'protocol.file.allow=always', ...args], { cwd, stdio: 'pipe' }).toString();

/** npm run check on a folder, with extra environment (GITHUB_ACTIONS for CI). */
function check(dir: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string }> {
  const clean = { ...process.env, ...env };
  delete clean.DATA_PUBLISHED_REF;
  return new Promise((done) =>
    execFile(join(ROOT, 'node_modules/.bin/node'), ['scripts/check-data.ts', dir], { cwd: ROOT, env: clean }, (error, stdout) => done({ code: error ? Number(error.code ?? 1) : 0, stdout })),
  );
}

/** A repository of valid-min with two commits, the second deleting a published row. */
function twoCommits(): string {
  const dir = dataDir(null);
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'published');
  const ncut = readFileSync(join(dir, 'ncut.csv'), 'utf8');
  writeFileSync(join(dir, 'ncut.csv'), ncut.split('\n').filter((l) => !l.startsWith('bg-2023-11-17-n02,')).join('\n'));
  git(dir, 'commit', '-q', '-am', 'delete a row');
  return dir;
}

describe('npm run check with nothing published to compare with', () => {
  it('a folder outside a repository: a warning naming why and what to do, and the summary line is not a bare "Không có lỗi."', async () => {
    const dir = dataDir(null);
    expect((await loadData(dir)).notCompared).toBe('no-repository');
    const { code, stdout } = await check(dir);
    expect(code).toBe(0);
    expect(stdout).toContain('CẢNH BÁO: lần kiểm tra này KHÔNG so được với số liệu đang công bố');
    expect(stdout).toContain('thư mục dữ liệu không nằm trong một kho git');
    // The summary line (before the notes on the files' form) says it too.
    const summary = stdout.split('\n').filter((l) => l.startsWith('Không có lỗi'));
    expect(summary).toEqual(['Không có lỗi trong các tệp, nhưng chưa so với số liệu đang công bố (xem CẢNH BÁO ở trên).']);
  });

  it('a shallow clone (one commit): says the history is missing and how CI gets it; on GitHub Actions a ::warning line', async () => {
    const origin = twoCommits();
    const clone = dataDir(null);
    execFileSync('rm', ['-rf', clone]);
    git(ROOT, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    expect((await loadData(clone)).notCompared).toBe('shallow');
    const { stdout } = await check(clone, { GITHUB_ACTIONS: 'true' });
    expect(stdout).toContain('bản sao của kho chỉ có lần ghi mới nhất');
    expect(stdout).toContain('fetch-depth: 0');
    expect(stdout).toMatch(/^::warning title=[^:]+::.*KHÔNG so được với số liệu đang công bố/m);
    // The full clone of the same commits finds the deleted row, and says nothing of the kind.
    const full = await check(origin);
    expect(full.code).toBe(1);
    expect(full.stdout).toContain('bg-2023-11-17-n02');
    expect(full.stdout).not.toContain('KHÔNG so được');
  }, 60_000);

  it("the repository's first commit: nothing published yet, said as such", async () => {
    const dir = dataDir(null);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first');
    expect((await loadData(dir)).notCompared).toBe('first-commit');
    expect((await check(dir)).stdout).toContain('kho chưa có lần ghi nào trước lần này');
  });
});
