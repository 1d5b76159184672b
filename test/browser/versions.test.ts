/**
 * Frozen data versions as built from this repository's history of the data the tested site is built from: /du-lieu/phien-ban/ lists every data release
 * (each commit of the first-parent history that changed a table's file), each with its own page, zip and
 * datapackage.json; the zip of the project's first release, downloaded from the site, opens and holds that
 * commit's files; the data page's and the charts' citations name the current version and link it; each
 * changelog entry and each data update of the Atom feed links its version.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { TABLES } from '../../src/data/tables/index.ts';
import { fileSize } from '../../src/publish/downloads.ts';
import { builtPage, textOf } from './built-site.ts';
import { SITE_UNDER_TEST } from './site-under-test.ts';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '../..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, maxBuffer: 1 << 28 });
const work = mkdtempSync(join(tmpdir(), 'mtqg-versions-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The first data release of the site under test: the commit of 06/12/2026, 09:11:07 UTC that froze its data
 * (test/fixtures/site/): history does not change.
 */
const FIRST = { id: '2026-12-06T09-11Z-29c8953', commit: '29c8953' };
const DIR = SITE_UNDER_TEST.DATA_DIR;

/** The commits that changed a table's file, newest first, as git lists them (short hashes). */
const dataCommits = () =>
  git('log', '--first-parent', '--format=%H', '--', ...TABLES.flatMap((t) => [`${DIR}/${t.file}`, `${DIR}/${t.file.replace(/\.csv$/, '.xlsx')}`]))
    .toString()
    .trim()
    .split('\n')
    .map((h) => h.slice(0, 7));

describe('frozen data versions on the built site', () => {
  const list = builtPage('/du-lieu/phien-ban/');
  const ids = [...list.querySelectorAll('ol.versions > li')].map((li) => li.getAttribute('data-version')!);

  it('/du-lieu/phien-ban/ lists every data release of the history, newest first, the first one included', () => {
    expect(ids.map((id) => id.slice(-7))).toEqual(dataCommits());
    expect(ids.at(-1)).toBe(FIRST.id);
    expect(list.querySelector('[data-versions-unavailable]')).toBeNull();
    // Each entry says when and links its page, zip and descriptor.
    const first = list.querySelector(`li[data-version="${FIRST.id}"]`)!;
    expect(textOf(first)).toContain('Ghi ngày 06/12/2026 lúc 09:11 UTC');
    expect([...first.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      `/du-lieu/phien-ban/${FIRST.id}/`,
      `/du-lieu/phien-ban/${FIRST.id}/mtqg1719-${FIRST.id}.zip`,
      `/du-lieu/phien-ban/${FIRST.id}/datapackage.json`,
    ]);
    for (const id of ids) expect(textOf(builtPage(`/du-lieu/phien-ban/${id}/`).querySelector('h1'))).toBe(`Phiên bản số liệu ${id}`);
  });

  it("every version's zip and datapackage.json are served, with the size the list states", async () => {
    for (const li of list.querySelectorAll('ol.versions > li')) {
      const links = [...li.querySelectorAll('.downloads a')];
      expect(links.length, li.getAttribute('data-version')!).toBe(2);
      for (const a of links) {
        const response = await fetch(`${baseUrl}${a.getAttribute('href')}`);
        expect(response.status, a.getAttribute('href')!).toBe(200);
        const bytes = (await response.arrayBuffer()).byteLength;
        expect(textOf(a), a.getAttribute('href')!).toContain(fileSize(bytes));
      }
    }
  });

  it("every version's zip, downloaded from the site, opens and holds its commit's data files exactly (the first release's named by hand)", async () => {
    const response = await fetch(`${baseUrl}/du-lieu/phien-ban/${FIRST.id}/mtqg1719-${FIRST.id}.zip`);
    expect(response.status).toBe(200);
    const zip = join(work, 'first.zip');
    writeFileSync(zip, new Uint8Array(await response.arrayBuffer()));
    const out = join(work, 'first');
    execFileSync('unzip', ['-q', zip, '-d', out]);
    // The fixture froze the ten tables.
    const committed = ['areas.csv', 'documents.csv', 'funding.csv', 'indicators.csv', 'ncut.csv', 'poverty.csv', 'projects.csv', 'reports.csv', 'withdrawals.csv', 'works.csv'];
    expect(readdirSync(out).sort()).toEqual([...committed, 'datapackage.json'].sort());
    for (const name of committed) expect(readFileSync(join(out, name)).equals(git('show', `${FIRST.commit}:${DIR}/${name}`)), name).toBe(true);
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(pkg).toMatchObject({ version: FIRST.id, created: '2026-12-06T09:11:07+00:00' });
    expect(pkg.commit.startsWith(FIRST.commit)).toBe(true);
    // Every other version (merges included) holds its own commit's files too.
    for (const id of ids) {
      const path = join(work, `${id}.zip`);
      writeFileSync(path, new Uint8Array(await (await fetch(`${baseUrl}/du-lieu/phien-ban/${id}/mtqg1719-${id}.zip`)).arrayBuffer()));
      const names = execFileSync('unzip', ['-Z1', path]).toString().split('\n').filter((n) => n.endsWith('.csv'));
      const inCommit = git('ls-tree', '--name-only', id.slice(-7), `${DIR}/`).toString().split('\n').filter((n) => n.startsWith(`${DIR}/`) && /\/[a-z]+\.(csv|xlsx)$/.test(n));
      expect(names.map((n) => `${DIR}/${n}`), id).toEqual(inCommit.sort());
      for (const name of names) expect(execFileSync('unzip', ['-p', path, name], { maxBuffer: 1 << 28 }).equals(git('show', `${id.slice(-7)}:${DIR}/${name}`)), `${id} ${name}`).toBe(true);
    }
    // The descriptor served beside the zip is the one inside it.
    const served = await fetch(`${baseUrl}/du-lieu/phien-ban/${FIRST.id}/datapackage.json`);
    expect(Buffer.from(await served.arrayBuffer()).equals(readFileSync(join(out, 'datapackage.json')))).toBe(true);
  });

  it("the data set's and the charts' citations name the current version and link its page; each changelog entry links its version", () => {
    const current = ids[0]!;
    const data = builtPage('/du-lieu/');
    const cite = textOf(data.querySelector('[data-citation] .cite-text'));
    expect(cite).toContain(`phiên bản số liệu ${current} (ngày `);
    expect(cite).toContain(`/du-lieu/phien-ban/${current}/`);
    const chart = textOf(builtPage('/giai-ngan/').querySelector('figure.chart [data-citation] .cite-text'));
    expect(chart).toContain(`phiên bản ${current} (`);
    expect(chart).toContain(`/du-lieu/phien-ban/${current}/)`);
    const entries = [...data.querySelectorAll('ol.changelog > li')];
    expect(entries.length).toBeGreaterThan(0);
    for (const li of entries) {
      const href = li.querySelector('.version-link a')?.getAttribute('href');
      expect(href, textOf(li.querySelector('h3'))).toMatch(/^\/du-lieu\/phien-ban\/[^/]+\/$/);
      expect(ids).toContain(href!.split('/')[3]);
    }
  });

  it("the Atom feed's data updates link their versions", async () => {
    const feed = await (await fetch(`${baseUrl}/du-lieu/cap-nhat.atom`)).text();
    const updates = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]).filter((e) => e.includes('<title>Cập nhật số liệu'));
    expect(updates.length).toBeGreaterThan(0);
    for (const e of updates) {
      const href = /<link rel="alternate" type="text\/html" href="([^"]+)"/.exec(e)![1]!;
      expect(href).toMatch(/\/du-lieu\/phien-ban\/[^/]+\/$/);
      expect(ids).toContain(href.split('/').at(-2));
    }
  });
});
