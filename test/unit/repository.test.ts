import { describe, expect, it } from 'vitest';
import { repositoryOf } from '../../src/lib/repository.ts';
import { nextSourceFile } from '../../src/lib/source-files.ts';

describe('the repository staff publish to, set once', () => {
  it('is known by itself in a GitHub Actions run, with the upload page and the runs page', () => {
    expect(repositoryOf({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'bdt-bacgiang/mtqg1719' })).toEqual({
      url: 'https://github.com/bdt-bacgiang/mtqg1719',
      host: 'github',
      branch: 'main',
      dataFolder: 'https://github.com/bdt-bacgiang/mtqg1719/tree/main/data',
      upload: 'https://github.com/bdt-bacgiang/mtqg1719/upload/main/data',
      runs: 'https://github.com/bdt-bacgiang/mtqg1719/actions',
    });
  });

  it('in a GitLab run, with the Web IDE (several files in one commit) and the pipelines', () => {
    const r = repositoryOf({ CI_PROJECT_URL: 'https://gitlab.com/bdt/mtqg1719', CI_DEFAULT_BRANCH: 'main' })!;
    expect(r.host).toBe('gitlab');
    expect(r.upload).toBe('https://gitlab.com/-/ide/project/bdt/mtqg1719/edit/main/-/data/');
    expect(r.runs).toBe('https://gitlab.com/bdt/mtqg1719/-/pipelines');
  });

  it('from REPO_URL elsewhere (a clone address is read as its page); nothing without one or for a non-web address', () => {
    expect(repositoryOf({ REPO_URL: 'https://github.com/a/b.git', REPO_BRANCH: 'chinh' })!.upload).toBe('https://github.com/a/b/upload/chinh/data');
    expect(repositoryOf({ REPO_URL: 'https://git.example.vn/a/b' })).toMatchObject({ host: 'other', upload: null, runs: null, dataFolder: 'https://git.example.vn/a/b' });
    expect(repositoryOf({})).toBeNull();
    expect(repositoryOf({ REPO_URL: 'git@github.com:a/b.git' })).toBeNull();
    expect(repositoryOf({ REPO_URL: 'javascript:alert(1)' })).toBeNull();
  });
});

describe('the next free source file name', () => {
  it('takes the number after the highest used (data/reports.csv uses 000 to 004)', () => {
    expect(nextSourceFile(['000_f0c8a5335ea76620.txt', '002_d916417514755901.txt', '004_8c4f8d49e808a6a2.txt', '001_x.txt'])).toBe('005_<mã-báo-cáo>.txt');
    expect(nextSourceFile(['bao-cao.pdf'])).toBe('000_<mã-báo-cáo>.txt');
    expect(nextSourceFile(['0999_a.txt'])).toBe('1000_<mã-báo-cáo>.txt');
  });
});
