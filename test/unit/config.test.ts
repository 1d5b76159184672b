/** The build's settings: wrong ones are refused at once, each named with its value and the fix. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/core/config.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('build settings', () => {
  it('have defaults, and a blank value counts as unset (a CI secret left empty)', () => {
    expect(readConfig({})).toMatchObject({ SITE_BASE: '/', DATA_DIR: 'data', DIST_DIR: 'dist' });
    expect(readConfig({ SITE_URL: '', SITE_BASE: ' ', REPO_URL: '' })).toMatchObject({ SITE_URL: undefined, SITE_BASE: '/', REPO_URL: undefined });
    expect(readConfig({ SITE_URL: 'https://so-lieu.example.vn', SITE_BASE: '/so-lieu/' })).toMatchObject({ SITE_URL: 'https://so-lieu.example.vn', SITE_BASE: '/so-lieu/' });
    // A sub-path without its slashes is read as meant.
    expect(readConfig({ SITE_BASE: 'so-lieu' }).SITE_BASE).toBe('/so-lieu/');
    expect(readConfig({ SITE_BASE: '/bao-cao/so-lieu' }).SITE_BASE).toBe('/bao-cao/so-lieu/');
  });

  it('refuse every wrong one at once, naming the variable, its value and the fix', () => {
    let message = '';
    try {
      readConfig({ SITE_URL: 'so-lieu.example.vn', SITE_BASE: 'so lieu', REPO_URL: 'git@github.com:x/y.git', CONTENT_DIR: 'khong-co-thu-muc-nay' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain('SITE_URL phải là một địa chỉ web đầy đủ, bắt đầu bằng https://');
    expect(message).toContain('(SITE_URL="so-lieu.example.vn")');
    expect(message).toContain('SITE_BASE là một đường dẫn con như /so-lieu/, không có khoảng trắng');
    expect(message).toContain('(REPO_URL="git@github.com:x/y.git")');
    expect(message).toContain('CONTENT_DIR: không có thư mục này');
    expect(message.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(4);
  });

  it('stop `npm run check` before anything is read, with the message and no stack trace', async () => {
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((done) =>
      execFile(join(ROOT, 'node_modules/.bin/node'), ['scripts/check-data.ts'], { cwd: ROOT, env: { ...process.env, SITE_URL: 'ftp://so-lieu.example.vn' } }, (error, _out, stderr) =>
        done({ code: error ? Number(error.code) : 0, stderr }),
      ),
    );
    expect(code).toBe(1);
    expect(stderr).toContain('Cấu hình xây trang không hợp lệ');
    expect(stderr).toContain('(SITE_URL="ftp://so-lieu.example.vn")');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
