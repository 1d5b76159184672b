/**
 * Frozen data versions (src/publish/versions.ts): a repository with two data releases gets two versions,
 * each a zip of its data files exactly as committed and a datapackage.json describing them; a third release
 * adds a version and leaves the older ones listed under the same ids, byte for byte the same, even when made
 * again from nothing (another machine, another time zone). Without git there are no versions, and no error.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { readme } from '../../src/publish/readme.ts';
import { dataReleases, frozenVersions, type VersionFiles } from '../../src/publish/versions.ts';
import { dataDir, FIXTURES, removeDataDirs, VALID_MIN } from './helpers.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const made: string[] = [];
afterAll(() => {
  removeDataDirs();
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const temp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
};

/** A commit at a fixed date (committer date is what the version id reads). */
const git = (cwd: string, date: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    stdio: 'pipe',
    env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
  });
const head = (repo: string) => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo }).toString().trim();
const show = (repo: string, spec: string) => execFileSync('git', ['show', spec], { cwd: repo });
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const unzipList = (zip: string) =>
  execFileSync('unzip', ['-Z1', zip])
    .toString()
    .split('\n')
    .filter(Boolean);
const unzipFile = (zip: string, name: string) => execFileSync('unzip', ['-p', zip, name], { maxBuffer: 1 << 28 });
const filesOf = (v: VersionFiles) => ({ zip: readFileSync(join(v.dir, v.zip.name)), pkg: readFileSync(join(v.dir, v.pkg.name)) });

/** A repository with valid-min as data/, released twice (a README commit between touches no data). */
function twoReleases() {
  const repo = temp('mtqg-versions-');
  const data = join(repo, 'data');
  cpSync(VALID_MIN, data, { recursive: true });
  git(repo, '2024-01-10T08:00:00Z', 'init', '-q');
  git(repo, '2024-01-10T08:00:00Z', 'add', '.');
  git(repo, '2024-01-10T08:00:00Z', 'commit', '-qm', 'first');
  const first = head(repo);
  writeFileSync(join(repo, 'README.md'), 'not data\n');
  git(repo, '2024-01-15T08:00:00Z', 'add', 'README.md');
  git(repo, '2024-01-15T08:00:00Z', 'commit', '-qm', 'readme');
  // Second release: a note corrected in funding.csv, and ncut.csv's last column renamed (not today's header).
  const funding = readFileSync(join(data, 'funding.csv'), 'utf8');
  const lines = funding.split('\n');
  lines[1] = lines[1]!.replace(/,([^,]*)$/, ',Sửa ghi chú');
  writeFileSync(join(data, 'funding.csv'), lines.join('\n'));
  const ncut = readFileSync(join(data, 'ncut.csv'), 'utf8');
  writeFileSync(join(data, 'ncut.csv'), ncut.replace(/^([^\n]*),note\n/, '$1,ghi_chu\n'));
  // Committed at 16:30 in Hà Nội: 09:30 UTC.
  git(repo, '2024-02-20T16:30:00+07:00', 'commit', '-qam', 'second');
  const second = head(repo);
  return { repo, data, first, second };
}

describe('one commit that is a release of two data folders (the site’s data/ and a test fixture)', () => {
  it('gives each folder its own files, the cache shared', async () => {
    const repo = temp('mtqg-versions-two-');
    const data = join(repo, 'data');
    const other = join(repo, 'fixture');
    cpSync(VALID_MIN, data, { recursive: true });
    cpSync(VALID_MIN, other, { recursive: true });
    writeFileSync(join(other, 'areas.csv'), `${readFileSync(join(other, 'areas.csv'), 'utf8').trimEnd()}\nbac-kan,Bắc Kạn,province,,,\n`);
    git(repo, '2024-01-10T08:00:00Z', 'init', '-q');
    git(repo, '2024-01-10T08:00:00Z', 'add', '.');
    git(repo, '2024-01-10T08:00:00Z', 'commit', '-qm', 'both');
    const cache = temp('mtqg-versions-cache-');
    const [ofData] = await frozenVersions(data, dataReleases(data).list, cache);
    const [ofOther] = await frozenVersions(other, dataReleases(other).list, cache);
    // The same commit, the same id…
    expect(ofOther!.release.id).toBe(ofData!.release.id);
    // …and each zip holds its own folder's areas.csv, as committed.
    expect(unzipFile(join(ofData!.dir, ofData!.zip.name), 'areas.csv').equals(show(repo, `${head(repo)}:data/areas.csv`))).toBe(true);
    expect(unzipFile(join(ofOther!.dir, ofOther!.zip.name), 'areas.csv').equals(show(repo, `${head(repo)}:fixture/areas.csv`))).toBe(true);
  });
});

describe('frozen data versions', () => {
  const { repo, data, first, second } = twoReleases();
  const cacheA = temp('mtqg-versions-cache-');
  let before: VersionFiles[];

  it('lists each data release, newest first, as its UTC date-time and short commit; a commit that changed no data file is none', async () => {
    const releases = dataReleases(data);
    expect(releases.available).toBe(true);
    expect(releases.list.map((r) => r.id)).toEqual([`2024-02-20T09-30Z-${second.slice(0, 7)}`, `2024-01-10T08-00Z-${first.slice(0, 7)}`]);
    expect(releases.list.map((r) => r.commit)).toEqual([second, first]);
    before = await frozenVersions(data, releases.list, cacheA);
    expect(before.map((v) => v.zip.name)).toEqual([`mtqg1719-2024-02-20T09-30Z-${second.slice(0, 7)}.zip`, `mtqg1719-2024-01-10T08-00Z-${first.slice(0, 7)}.zip`]);
  });

  it("a version's zip holds the data files exactly as committed, and datapackage.json with their sizes and hashes", () => {
    for (const [v, commit] of [
      [before[0]!, second],
      [before[1]!, first],
    ] as const) {
      const zip = join(v.dir, v.zip.name);
      const names = unzipList(zip);
      // valid-min's ten tables, sorted, with the descriptor among them.
      expect(names).toEqual(['areas.csv', 'datapackage.json', 'documents.csv', 'funding.csv', 'indicators.csv', 'ncut.csv', 'poverty.csv', 'projects.csv', 'reports.csv', 'withdrawals.csv', 'works.csv']);
      const pkg = JSON.parse(unzipFile(zip, 'datapackage.json').toString('utf8'));
      expect(unzipFile(zip, 'datapackage.json').equals(filesOf(v).pkg)).toBe(true);
      expect(pkg).toMatchObject({ name: 'mtqg1719', version: v.release.id, commit, licenses: [{ name: 'CC-BY-4.0' }] });
      for (const name of names.filter((n) => n !== 'datapackage.json')) {
        const committed = show(repo, `${commit}:data/${name}`);
        expect(unzipFile(zip, name).equals(committed), name).toBe(true);
        const r = pkg.resources.find((x: { path: string }) => x.path === name);
        expect(r, name).toMatchObject({ bytes: committed.byteLength, hash: `sha256:${sha256(committed)}` });
      }
    }
    // The second release corrected a note: the two versions' funding.csv differ, and each is its commit's.
    const note = (v: VersionFiles) => unzipFile(join(v.dir, v.zip.name), 'funding.csv').toString('utf8');
    expect(note(before[0]!)).toContain('Sửa ghi chú');
    expect(note(before[1]!)).not.toContain('Sửa ghi chú');
  });

  it("gives a file the columns of today's table only when its header is exactly those, and says so otherwise", () => {
    const pkg = JSON.parse(filesOf(before[0]!).pkg.toString('utf8'));
    const ncut = pkg.resources.find((r: { name: string }) => r.name === 'ncut');
    expect(ncut.schema).toBeUndefined();
    expect(ncut.description).toContain('khác các cột của bảng hiện nay');
    const funding = pkg.resources.find((r: { name: string }) => r.name === 'funding');
    const header = readFileSync(join(data, 'funding.csv'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(',');
    // In the file's order, which is not the definition's (tranche and decision_date come last in valid-min).
    expect(funding.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    expect(header.slice(-2)).toEqual(['tranche', 'decision_date']);
    expect(funding.schema.fields.find((f: { name: string }) => f.name === 'value').type).toBe('number');
    // The first version's ncut.csv still has today's header.
    const older = JSON.parse(filesOf(before[1]!).pkg.toString('utf8'));
    expect(older.resources.find((r: { name: string }) => r.name === 'ncut').schema).toBeDefined();
  });

  it('datapackage.json validates against the official Data Package v2 profile', () => {
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    ajv.addFormat('textarea', true);
    const valid = ajv.compile(JSON.parse(readFileSync(join(FIXTURES, 'datapackage-v2', 'datapackage.json'), 'utf8')));
    for (const v of before) {
      const pkg = JSON.parse(filesOf(v).pkg.toString('utf8'));
      expect(valid(pkg), JSON.stringify(valid.errors?.slice(0, 5))).toBe(true);
    }
  });

  it('a third release adds a version; the older two keep their ids and their bytes, made again from nothing in another time zone', async () => {
    const works = readFileSync(join(data, 'works.csv'), 'utf8');
    writeFileSync(join(data, 'works.csv'), works.split('\n').filter((_, i) => i !== 1).join('\n'));
    // …and a file removed: the new version has no withdrawals.csv, the older ones keep theirs.
    git(repo, '2024-03-05T10:00:00Z', 'rm', '-q', 'data/withdrawals.csv');
    git(repo, '2024-03-05T10:00:00Z', 'commit', '-qam', 'third');
    const third = head(repo);
    const releases = dataReleases(data);
    expect(releases.list.map((r) => r.id)).toEqual([`2024-03-05T10-00Z-${third.slice(0, 7)}`, ...before.map((v) => v.release.id)]);
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    let after: VersionFiles[];
    try {
      after = await frozenVersions(data, releases.list, temp('mtqg-versions-cache-'));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    for (const [i, v] of before.entries()) {
      const again = after[i + 1]!;
      expect(again.release.id).toBe(v.release.id);
      expect(filesOf(again).zip.equals(filesOf(v).zip), `${v.release.id} zip`).toBe(true);
      expect(filesOf(again).pkg.equals(filesOf(v).pkg), `${v.release.id} datapackage.json`).toBe(true);
    }
    const newest = unzipList(join(after[0]!.dir, after[0]!.zip.name));
    expect(newest).toContain('works.csv');
    expect(newest).not.toContain('withdrawals.csv');
    expect(unzipList(join(after[1]!.dir, after[1]!.zip.name))).toContain('withdrawals.csv');
    expect(unzipFile(join(after[0]!.dir, after[0]!.zip.name), 'works.csv').equals(show(repo, `${third}:data/works.csv`))).toBe(true);
    // And from the cache: the files made before are used as they are.
    const cached = await frozenVersions(data, releases.list, cacheA);
    expect(cached.slice(1).map((v) => v.dir)).toEqual(before.map((v) => v.dir));
  });

  it('says when a table has edits not committed (the data built is then no version), and not for other files', () => {
    expect(dataReleases(data).uncommitted).toBe(false);
    writeFileSync(join(repo, 'notes.txt'), 'x\n');
    expect(dataReleases(data).uncommitted).toBe(false);
    writeFileSync(join(data, 'ncut.xlsx'), 'not yet committed');
    expect(dataReleases(data).uncommitted).toBe(true);
    rmSync(join(data, 'ncut.xlsx'));
  });

  it('without git history there are no versions, with the reason, and nothing fails', async () => {
    const plain = dataDir(null);
    const releases = dataReleases(plain);
    expect(releases.available).toBe(false);
    expect(releases.reason).toMatch(/git/);
    expect(releases.list).toEqual([]);
    expect(await frozenVersions(plain, releases.list, temp('mtqg-versions-cache-'))).toEqual([]);
  });

  it('a data folder inside a repository that never committed it has no versions', () => {
    const outer = temp('mtqg-versions-outer-');
    git(outer, '2024-01-01T00:00:00Z', 'init', '-q');
    writeFileSync(join(outer, 'x.txt'), 'x\n');
    git(outer, '2024-01-01T00:00:00Z', 'add', '.');
    git(outer, '2024-01-01T00:00:00Z', 'commit', '-qm', 'x');
    mkdirSync(join(outer, 'data'));
    cpSync(VALID_MIN, join(outer, 'data'), { recursive: true });
    expect(dataReleases(join(outer, 'data'))).toMatchObject({ available: false, list: [] });
  });

  it("the current download's README cites the frozen version and its address when the data is one", async () => {
    const { tables } = await loadData(VALID_MIN);
    const version = { id: '2024-02-20T09-30Z-abc1234', url: 'https://example.org/du-lieu/phien-ban/2024-02-20T09-30Z-abc1234/' };
    const text = readme(tables, { updated: '2024-02-20T09:30:00Z', files: [], version });
    expect(text).toContain('phiên bản số liệu 2024-02-20T09-30Z-abc1234 (ngày 20/02/2024), https://example.org/du-lieu/phien-ban/2024-02-20T09-30Z-abc1234/ (truy cập ngày …)');
    expect(text).toContain('data version 2024-02-20T09-30Z-abc1234 (2024-02-20), https://example.org/du-lieu/phien-ban/2024-02-20T09-30Z-abc1234/ (accessed …)');
    expect(readme(tables, { updated: '2024-02-20T09:30:00Z', files: [] })).not.toContain('phien-ban');
  });
});
