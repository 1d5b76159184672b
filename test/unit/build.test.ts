/** A staff member's wrong cell must stop the build and leave the published site untouched. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataDir, removeDataDirs, ROOT } from './helpers.ts';

afterAll(removeDataDirs);

function build(env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('npm run build with bad data', () => {
  it('stops with the Vietnamese data report, exits non-zero and leaves the published dist/ as it was', async () => {
    const out = mkdtempSync(join(tmpdir(), 'mtqg-dist-'));
    const dist = join(out, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the published site');

    const { code, output } = await build({ DATA_DIR: dataDir('bad/duplicate-id'), DIST_DIR: dist });

    expect(code).toBe(1);
    expect(output).toMatch(/dòng \d+, cột "id"/);
    expect(output).toContain('bản trong dist/ được giữ nguyên');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the published site');
    expect(existsSync(`${dist}.building`)).toBe(false);
    rmSync(out, { recursive: true, force: true });
  });
});
