/**
 * The synthetic national data set (npm run gen:synthetic, used by bench:build)
 * is valid against the real checker, has exactly the funding rows asked for,
 * and is the same on every run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/synthetic/generate.ts';
import { runCheck } from './helpers.ts';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'mtqg-synthetic-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('synthetic data', () => {
  it('2 000 funding rows over 34 provinces and their communes pass `npm run check` with no error', async () => {
    const dir = fresh();
    const counts = generate({ rows: 2000, out: dir });
    expect(counts.funding).toBe(2000);
    const lines = readFileSync(join(dir, 'funding.csv'), 'utf8').trimEnd().split('\n');
    expect(lines.length - 1).toBe(2000);
    const areas = readFileSync(join(dir, 'areas.csv'), 'utf8');
    expect(areas.match(/,province,/g)).toHaveLength(34);
    expect(counts.areas).toBeGreaterThan(3300);
    const { code, stdout } = await runCheck(dir);
    expect(stdout).toContain('Không có lỗi');
    expect(code).toBe(0);
  }, 60_000);

  it('gives the same files for the same seed, and exact counts at awkward sizes', () => {
    const a = fresh();
    const b = fresh();
    generate({ rows: 1237, out: a });
    const counts = generate({ rows: 1237, out: b });
    expect(counts.funding).toBe(1237);
    for (const f of ['funding.csv', 'works.csv', 'poverty.csv', 'areas.csv', 'reports.csv'])
      expect(readFileSync(join(a, f), 'utf8')).toBe(readFileSync(join(b, f), 'utf8'));
  });
});
