/**
 * The real build under faults: two builds at once in one folder (the second is refused, the first
 * publishes a complete site), and a share image that fails to draw (a program error, exit 2, with
 * dist/ untouched and no scratch folder left; it was an unhandled rejection, exit 1, scratch left).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, VALID_MIN } from './helpers.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
const work = mkdtempSync(join(tmpdir(), 'mtqg-build-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile(NODE, ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, DATA_DIR: VALID_MIN, ...env } }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

describe('two builds at once in one folder', () => {
  it('the second is refused (exit 3, dist/ not touched) and the first publishes a complete site', async () => {
    const dist = join(work, 'concurrent', 'dist');
    mkdirSync(join(work, 'concurrent'));
    const first = spawn(NODE, ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, DATA_DIR: VALID_MIN, DIST_DIR: dist } });
    let out = '';
    first.stdout.on('data', (d: Buffer) => (out += d.toString()));
    first.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const firstDone = new Promise<number | null>((done) => first.on('exit', done));
    // Started: it holds the lock once it says its first step.
    while (!out.includes('1/3') && first.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    expect(out).toContain('1/3');

    const second = await build({ DIST_DIR: dist });
    expect(second.code).toBe(3);
    expect(second.stderr).toContain('Một lần xây dựng khác đang chạy');
    expect(second.stdout).not.toContain('1/3');

    expect(await firstDone, out).toBe(0);
    expect(out).toContain('Xong');
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(dist, 'chia-se', 'chung.png'))).toBe(true);
    expect(existsSync(`${dist}.building`)).toBe(false);
    expect(existsSync(`${dist}.lock`)).toBe(false);
  }, 240_000);
});

describe('two builds at once into two folders outside the project (a test beside a benchmark)', () => {
  it('both publish a complete site: neither deletes the other\'s intermediate files', async () => {
    // Different data, so that the two builds' chunks differ (a second report page in one of them).
    const data = join(work, 'other-data');
    mkdirSync(data);
    for (const f of ['areas', 'documents', 'funding', 'indicators', 'ncut', 'poverty', 'projects', 'reports', 'withdrawals', 'works'])
      writeFileSync(join(data, `${f}.csv`), readFileSync(join(VALID_MIN, `${f}.csv`), 'utf8'));
    writeFileSync(join(data, 'areas.csv'), readFileSync(join(VALID_MIN, 'areas.csv'), 'utf8').trimEnd() + '\nyen-the,Yên Thế,district,bac-giang,,\n');
    const dists = [join(work, 'apart-a', 'dist'), join(work, 'apart-b', 'dist')];
    const [a, b] = await Promise.all([build({ DIST_DIR: dists[0]! }), build({ DIST_DIR: dists[1]!, DATA_DIR: data })]);
    for (const [i, r] of [a, b].entries()) {
      expect({ code: r.code, err: r.stderr.includes('ERR_MODULE_NOT_FOUND') }, r.stdout + r.stderr).toEqual({ code: 0, err: false });
      expect(existsSync(join(dists[i]!, 'cap-nhat', 'huong-dan', 'index.html'))).toBe(true);
    }
    // Neither build's own folder is left in the project (a folder there is a build still running beside the tests).
    const builds = join(ROOT, '.astro', 'builds');
    const running = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(existsSync(builds) ? readdirSync(builds).filter((n) => /^\d+$/.test(n) && !running(Number(n))) : []).toEqual([]);
  }, 300_000);
});

describe('a build step that fails after the data passed', () => {
  it('a share image resvg cannot draw: program error, exit 2, dist/ untouched, no dist.building/ left', async () => {
    const dist = join(work, 'share', 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'bản đang công bố');
    const { code, stdout, stderr } = await build({
      DIST_DIR: dist,
      NODE_OPTIONS: `--import=${join(FIXTURES, 'program-error/failing-share-image.mjs')}`,
    });
    expect(stdout).toContain('2/3 Xây dựng trang web');
    expect(code, stderr).toBe(2);
    expect(stderr).toContain('Lỗi chương trình khi xây dựng trang web — đây không phải lỗi dữ liệu');
    expect(stderr).toContain('bản trong dist/ được giữ nguyên');
    expect(stderr).toContain('resvg: SVG data parsing failed (test)');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('bản đang công bố');
    expect(existsSync(`${dist}.building`)).toBe(false);
    expect(existsSync(`${dist}.lock`)).toBe(false);
  }, 240_000);

  it('with no site published before, a failed build says so instead of claiming one was kept', async () => {
    const dist = join(work, 'none', 'dist');
    mkdirSync(join(work, 'none'));
    const { code, stderr } = await build({ DIST_DIR: dist, DATA_DIR: join(work, 'no-such-data') });
    expect(code).toBe(1);
    expect(stderr).toContain('chưa có bản công bố nào trong dist/');
    expect(stderr).not.toContain('được giữ nguyên');
  }, 120_000);
});
