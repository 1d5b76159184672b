/**
 * Publishing dist/ (scripts/build-steps.ts): one build at a time, and a publish killed at any step leaves
 * dist/ a complete site, the old one or the new one. The kills are real SIGKILLs at each step
 * (MTQG_PUBLISH_KILL_AFTER), in a child process publishing small fake sites; the lock is taken by a
 * child that stays alive, and one whose process is gone is taken over.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
const STEPS = join(ROOT, 'scripts/build-steps.ts');
const work = mkdtempSync(join(tmpdir(), 'mtqg-publish-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILES = ['index.html', 'giai-ngan/index.html', 'pagefind/pagefind.js', '404.html'];

/** A site whose every file says which version it is. */
function site(dir: string, version: string): void {
  for (const f of FILES) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), version);
  }
}

/** The version dist/ serves, after checking every file of it is there and of the same version. */
function servedVersion(dist: string): string {
  const versions = FILES.map((f) => readFileSync(join(dist, f), 'utf8'));
  expect(new Set(versions).size, `dist/ mixes versions: ${versions.join(', ')}`).toBe(1);
  return versions[0]!;
}

/** Runs lockBuild() then publish() in a child process, as build.ts and build-index.ts do (same pid). */
function publishChild(dist: string, env: Record<string, string> = {}) {
  const code = `import { lockBuild, publish } from ${JSON.stringify(STEPS)}; lockBuild(); publish();`;
  return spawnSync(NODE, ['--input-type=module', '-e', code], { env: { ...process.env, DIST_DIR: dist, ...env }, encoding: 'utf8' });
}

describe('publish() killed at every step', () => {
  for (const legacy of [false, true]) {
    for (const killAfter of [1, 2, 3, 4, 5]) {
      it(`after step ${killAfter}${legacy ? ', the old dist/ a plain folder' : ''}: dist/ is the old or the new complete site, and the next build publishes and tidies`, () => {
        const dir = join(work, `kill-${legacy ? 'legacy-' : ''}${killAfter}`);
        mkdirSync(dir);
        const dist = join(dir, 'dist');
        if (legacy) site(dist, 'old');
        else {
          site(`${dist}.building`, 'old');
          expect(publishChild(dist).status).toBe(0);
          expect(lstatSync(dist).isSymbolicLink()).toBe(true);
        }
        expect(servedVersion(dist)).toBe('old');

        site(`${dist}.building`, 'new');
        const killed = publishChild(dist, { MTQG_PUBLISH_KILL_AFTER: String(killAfter) });
        const ran = legacy || killAfter !== 3; // step 3 is taken only when dist/ is a plain folder
        if (ran) expect(killed.signal).toBe('SIGKILL');
        if (legacy && killAfter === 3) {
          // The one moment without dist/ (the switch from a plain folder to a link): the next build puts it back.
          expect(existsSync(join(dist, 'index.html'))).toBe(false);
        } else expect(['old', 'new']).toContain(servedVersion(dist));
        if (killAfter >= 4) expect(servedVersion(dist)).toBe('new');

        // The next build (the lock of the killed one is stale) publishes a complete site and leaves nothing behind.
        site(`${dist}.building`, 'newer');
        const next = publishChild(dist);
        expect(next.status, next.stderr).toBe(0);
        expect(servedVersion(dist)).toBe('newer');
        expect(readdirSync(dir).sort()).toEqual(['dist', 'dist.sites']);
        expect(readdirSync(`${dist}.sites`)).toHaveLength(1);
      });
    }
  }
});

describe('after a kill left no dist/ (the switch from a plain folder)', () => {
  it('the next build, even one that fails on its data, puts the old site back first and says so truthfully', async () => {
    const dir = join(work, 'kill-then-fail');
    mkdirSync(dir);
    const dist = join(dir, 'dist');
    site(dist, 'old');
    site(`${dist}.building`, 'new');
    expect(publishChild(dist, { MTQG_PUBLISH_KILL_AFTER: '3' }).signal).toBe('SIGKILL');
    expect(existsSync(dist)).toBe(false);

    const failed = await new Promise<{ code: number; stderr: string }>((done) =>
      execFile(NODE, ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, DIST_DIR: dist, DATA_DIR: join(dir, 'no-data') } }, (error, _out, stderr) =>
        done({ code: error ? Number(error.code) : 0, stderr }),
      ),
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('bản trong dist/ được giữ nguyên');
    expect(servedVersion(dist)).toBe('old');
  }, 60_000);
});

describe('one build at a time', () => {
  it('a second build is refused with exit code 3 and a Vietnamese message while the first holds the lock; dist/ is not touched', async () => {
    const dir = join(work, 'lock');
    mkdirSync(dir);
    const dist = join(dir, 'dist');
    site(`${dist}.building`, 'old');
    expect(publishChild(dist).status).toBe(0);

    // The first build: holds the lock until told to publish.
    site(`${dist}.building`, 'first');
    const first = spawn(NODE, ['--input-type=module', '-e', `import { lockBuild, publish } from ${JSON.stringify(STEPS)}; lockBuild(); console.log('locked'); process.stdin.once('data', () => { publish(); process.exit(0); });`], {
      env: { ...process.env, DIST_DIR: dist },
    });
    await new Promise<void>((locked) => first.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && locked()));

    const second = await new Promise<{ code: number; stderr: string }>((done) =>
      execFile(NODE, ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, DIST_DIR: dist } }, (error, _out, stderr) => done({ code: error ? Number(error.code) : 0, stderr })),
    );
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/Một lần xây dựng khác đang chạy trong thư mục này \(tiến trình \d+/);
    expect(second.stderr).toContain('dist/ không bị thay đổi');
    expect(servedVersion(dist)).toBe('old');
    expect(servedVersion(`${dist}.building`)).toBe('first'); // the first build's scratch folder untouched

    first.stdin.write('go\n');
    expect(await new Promise((done) => first.on('exit', done))).toBe(0);
    expect(servedVersion(dist)).toBe('first');
    expect(existsSync(`${dist}.lock`)).toBe(false);
  }, 60_000);

  it('a lock left by a killed build is taken over', () => {
    const dir = join(work, 'stale');
    mkdirSync(dir);
    const dist = join(dir, 'dist');
    site(`${dist}.building`, 'one');
    // A build killed holding the lock: its pid is gone.
    const dead = spawnSync(NODE, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    writeFileSync(`${dist}.lock`, dead.stdout);
    const run = publishChild(dist);
    expect(run.status, run.stderr).toBe(0);
    expect(servedVersion(dist)).toBe('one');
    expect(existsSync(`${dist}.lock`)).toBe(false);
  });

  it('a lock whose pid now belongs to another program (not a build) is taken over', () => {
    const dir = join(work, 'reused');
    mkdirSync(dir);
    const dist = join(dir, 'dist');
    site(`${dist}.building`, 'one');
    writeFileSync(`${dist}.lock`, `${process.pid}\n`); // this test runner: alive, and not a build
    const run = publishChild(dist);
    if (existsSync('/proc/self/cmdline') && !readFileSync('/proc/self/cmdline', 'utf8').includes('build')) {
      expect(run.status, run.stderr).toBe(0);
      expect(servedVersion(dist)).toBe('one');
    }
  });
});
