/**
 * The browser tests build the site only when dist/ is not already the build of the current files: the
 * fingerprint must change with every input a build reads, and with nothing else.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFingerprint, publishedFingerprint } from '../../scripts/build-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'mtqg-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the fingerprint of what a build reads', () => {
  mkdirSync(join(root, 'data'));
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'test'));
  writeFileSync(join(root, 'data', 'funding.csv'), 'id,value\na,1\n');
  writeFileSync(join(root, 'src', 'page.ts'), 'export {}\n');
  writeFileSync(join(root, 'package-lock.json'), '{}');

  it('changes with a data cell, a source file, the lock or SITE_URL, and not with a test file', () => {
    const before = buildFingerprint(root);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    writeFileSync(join(root, 'test', 'x.test.ts'), 'it()');
    expect(buildFingerprint(root)).toBe(before);
    writeFileSync(join(root, 'data', 'funding.csv'), 'id,value\na,2\n');
    const edited = buildFingerprint(root);
    expect(edited).not.toBe(before);
    writeFileSync(join(root, 'src', 'page.ts'), 'export const x = 1;\n');
    expect(buildFingerprint(root)).not.toBe(edited);
    const code = buildFingerprint(root);
    writeFileSync(join(root, 'package-lock.json'), '{"v":2}');
    expect(buildFingerprint(root)).not.toBe(code);
    const locked = buildFingerprint(root);
    const site = process.env.SITE_URL;
    process.env.SITE_URL = 'https://example.org';
    try {
      expect(buildFingerprint(root)).not.toBe(locked);
    } finally {
      if (site === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = site;
    }
    expect(buildFingerprint(root)).toBe(locked);
  });

  it('changes with the staff guide (data/README.md) and templates when the tables come from another folder (the test site)', () => {
    mkdirSync(join(root, 'fixture'), { recursive: true });
    writeFileSync(join(root, 'fixture', 'funding.csv'), 'id,value\na,1\n');
    const env = { DATA_DIR: 'fixture' };
    const before = buildFingerprint(root, env);
    writeFileSync(join(root, 'data', 'README.md'), '# Hướng dẫn\n');
    const guided = buildFingerprint(root, env);
    expect(guided).not.toBe(before);
    mkdirSync(join(root, 'data', 'templates'), { recursive: true });
    writeFileSync(join(root, 'data', 'templates', 'funding.csv'), 'id,value\n');
    expect(buildFingerprint(root, env)).not.toBe(guided);
  });

  it('changes when the same data files are committed (a new data version), and not with a commit elsewhere', () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('add', 'src');
    git('commit', '-qm', 'code');
    const uncommitted = buildFingerprint(root);
    git('add', 'data');
    git('commit', '-qm', 'data');
    const committed = buildFingerprint(root);
    expect(committed).not.toBe(uncommitted);
    writeFileSync(join(root, 'src', 'other.ts'), 'export {}\n');
    git('add', 'src/other.ts');
    git('commit', '-qm', 'code again');
    rmSync(join(root, 'src', 'other.ts'));
    git('rm', '-q', '--cached', 'src/other.ts');
    expect(buildFingerprint(root)).toBe(committed);
  });

  it('is read back from the version dist links to; none for a plain folder or a version without one', () => {
    const sites = join(root, 'dist.sites');
    mkdirSync(join(sites, '2026-12-06T05-00-00-000Z-42-0123456789abcdef'), { recursive: true });
    writeFileSync(join(sites, '2026-12-06T05-00-00-000Z-42-0123456789abcdef', 'index.html'), '<p>');
    symlinkSync('dist.sites/2026-12-06T05-00-00-000Z-42-0123456789abcdef', join(root, 'dist'));
    expect(publishedFingerprint(join(root, 'dist'))).toBe('0123456789abcdef');
    cpSync(join(sites, '2026-12-06T05-00-00-000Z-42-0123456789abcdef'), join(sites, 'old-42'), { recursive: true });
    symlinkSync('dist.sites/old-42', join(root, 'dist-old'));
    expect(publishedFingerprint(join(root, 'dist-old'))).toBeNull();
    mkdirSync(join(root, 'plain'));
    expect(publishedFingerprint(join(root, 'plain'))).toBeNull();
    expect(publishedFingerprint(join(root, 'missing'))).toBeNull();
  });
});
