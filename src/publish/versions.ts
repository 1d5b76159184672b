/**
 * Frozen data versions: every data release (a commit of the first-parent history that changed a table's file,
 * CSV or Excel) gets an id that never changes — its commit's UTC date-time and short hash,
 * e.g. 2026-12-06T03-31Z-56a90be — and a folder /du-lieu/phien-ban/<id>/ with a zip of the data files exactly
 * as committed (read with git at that commit) and a datapackage.json describing them. A citation names the id
 * and links that folder, so what was cited can still be downloaded after the next report.
 *
 * Bytes depend on the commit only: entries sorted by name, the zip written by zip.ts with the commit's day as
 * its time, and a descriptor without the site's address or today's wording (a resource gets the column
 * names and types of today's table only when its header is exactly those columns). Each version is made
 * once per machine and kept in a cache folder by id, so a build makes only the releases it has not seen;
 * without git history there are no versions and the pages say so.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { FieldDef, TableDef } from '../data/define.ts';
import { TABLES } from '../data/tables/index.ts';
import { LICENCE, PACKAGE_DESCRIPTION, PACKAGE_NAME, PACKAGE_TITLE, PUBLISHER } from './meta.ts';
import { MemoryFile, Sink } from './store.ts';
import { writeZip } from './zip.ts';

export const VERSION_DIR = '/du-lieu/phien-ban/';
/** What a version folder holds; bump it only when the files a version holds must change (they all will). */
const FORMAT = 1;
const PACKAGE_FILE = 'datapackage.json';

interface ReleaseFile {
  /** The file name in data/ (a table's CSV, or its Excel template when staff committed that). */
  name: string;
  table: TableDef;
  /** The git blob and its size. */
  blob: string;
  bytes: number;
}

export interface Release {
  id: string;
  /** Full commit hash. */
  commit: string;
  /** ISO date-time of the commit. */
  date: string;
  files: ReleaseFile[];
}

export interface Releases {
  available: boolean;
  /** Why not, in Vietnamese. */
  reason?: string;
  /** Newest first. */
  list: Release[];
  /** True when a table's file has edits not committed: the data built is then no release. */
  uncommitted: boolean;
}

/** "2026-12-06T03-31Z-56a90be": the commit's UTC date and minute, then its short hash (no colon: a file name on any system). */
function versionId(date: string, commit: string): string {
  const utc = new Date(date).toISOString();
  return `${utc.slice(0, 13)}-${utc.slice(14, 16)}Z-${commit.slice(0, 7)}`;
}

export const versionHref = (id: string) => `${VERSION_DIR}${id}/`;
const versionZipName = (id: string) => `${PACKAGE_NAME}-${id}.zip`;

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 2 * 1024 * 1024 * 1024 });

const tableFiles = TABLES.flatMap((t) => [
  { name: t.file, table: t },
  { name: t.file.replace(/\.csv$/, '.xlsx'), table: t },
]);

/** Every data release in the data folder's git history, newest first. Never throws. */
export function dataReleases(dataDir: string): Releases {
  const dir = resolve(dataDir);
  const none = (reason: string): Releases => ({ available: false, reason, list: [], uncommitted: false });
  try {
    if (git(dir, ['rev-parse', '--is-inside-work-tree']).toString().trim() !== 'true') return none('thư mục dữ liệu không nằm trong kho git');
  } catch {
    return none('không có git hoặc thư mục dữ liệu không nằm trong kho git');
  }
  try {
    // Two git processes however long the history: the log with each release's changes to the tables' files (paths
    // relative to the data folder; a merge compared with its first parent; the oldest commit, a root or a shallow
    // clone's first, as all added), then the sizes of the blobs. Each release's files are the changes applied in turn.
    const paths = tableFiles.map((f) => f.name);
    const log = git(dir, ['log', '--first-parent', '--diff-merges=first-parent', '--root', '--no-renames', '--raw', '--no-abbrev', '--relative', '--format=%x00%H%x09%cI', '--', ...paths]).toString();
    const commits = log
      .split('\0')
      .filter(Boolean)
      .map((chunk) => {
        const [head, ...lines] = chunk.split('\n');
        const [commit, date] = head!.split('\t') as [string, string];
        // ":<mode> <mode> <old blob> <new blob> <A|M|D|T>\t<path>"
        const changes = lines.flatMap((l) => {
          const m = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([AMDT])\t(.+)$/.exec(l);
          return m ? [{ blob: m[1]!, kind: m[2]!, path: m[3]! }] : [];
        });
        return { commit, date, changes };
      })
      .reverse();
    const blobs = [...new Set(commits.flatMap((c) => c.changes.filter((x) => x.kind !== 'D').map((x) => x.blob)))];
    const sizes = new Map(
      blobs.length === 0
        ? []
        : execFileSync('git', ['cat-file', '--batch-check=%(objectname) %(objectsize)'], { cwd: dir, input: `${blobs.join('\n')}\n`, stdio: ['pipe', 'pipe', 'ignore'] })
            .toString()
            .split('\n')
            .filter(Boolean)
            .map((l) => l.split(' ') as [string, string])
            .map(([blob, size]) => [blob, Number(size)]),
    );
    const tree = new Map<string, string>();
    const list: Release[] = [];
    for (const c of commits) {
      for (const x of c.changes) {
        if (x.kind === 'D') tree.delete(x.path);
        else tree.set(x.path, x.blob);
      }
      const files = tableFiles
        .filter((f) => tree.has(f.name))
        .map((f) => ({ ...f, blob: tree.get(f.name)!, bytes: sizes.get(tree.get(f.name)!) ?? 0 }))
        .sort((a, b) => (a.name < b.name ? -1 : 1));
      if (files.length) list.unshift({ id: versionId(c.date, c.commit), commit: c.commit, date: c.date, files });
    }
    if (list.length === 0) return none('lịch sử git chưa có lần ghi nào của thư mục dữ liệu');
    const status = git(dir, ['status', '--porcelain', '--', ...paths]).toString().trim();
    return { available: true, list, uncommitted: status !== '' };
  } catch {
    return none('không đọc được lịch sử git của thư mục dữ liệu');
  }
}

/** A column's type in Table Schema, from its definition. */
const fieldType = (f: FieldDef) => (f.type === 'number' ? (f.format === 'integer' ? 'integer' : 'number') : 'string');

/** The header of a CSV as written (BOM removed), or null when it is not UTF-8 text. */
function csvHeader(bytes: Uint8Array): string[] | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.byteLength, 64 * 1024)));
  } catch {
    return null;
  }
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return Papa.parse<string[]>(first).data[0] ?? [];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The descriptor of a version's files (as they are in its zip). */
function versionPackage(release: Release, contents: ReadonlyMap<string, Uint8Array>): Record<string, unknown> {
  const resources = release.files.map((f) => {
    const bytes = contents.get(f.name)!;
    const base = { name: f.name.endsWith('.xlsx') ? `${f.table.name}-xlsx` : f.table.name, path: f.name, title: f.table.title.vi };
    const facts = { bytes: bytes.byteLength, hash: `sha256:${sha256(bytes)}` };
    if (f.name.endsWith('.xlsx'))
      return { ...base, description: 'Tệp Excel theo mẫu nhập liệu, như đã ghi vào kho ở phiên bản này; không kèm lược đồ cột.', format: 'xlsx', mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ...facts };
    const header = csvHeader(bytes);
    // Today's columns in the file's order, when the file has exactly those (a column renamed, added or dropped since: none).
    const byName = new Map(f.table.fields.map((c) => [c.name, c]));
    const matches = header !== null && header.length === byName.size && new Set(header).size === header.length && header.every((h) => byName.has(h));
    const description = matches
      ? 'Tệp CSV như đã ghi vào kho ở phiên bản này. Lược đồ chỉ nêu tên và kiểu các cột (các cột của tệp đúng là các cột của bảng hiện nay); ý nghĩa các cột: xem trang Dữ liệu.'
      : 'Tệp CSV như đã ghi vào kho ở phiên bản này. Các cột của tệp khác các cột của bảng hiện nay, nên không kèm lược đồ: xem dòng đầu của tệp.';
    return {
      ...base,
      type: 'table',
      description,
      format: 'csv',
      mediatype: 'text/csv',
      ...(header !== null ? { encoding: 'utf-8' } : {}),
      ...facts,
      ...(matches
        ? { schema: { fields: header.map((h) => ({ name: h, type: fieldType(byName.get(h)!) })), missingValues: [''], ...(byName.has('id') ? { primaryKey: ['id'] } : {}) } }
        : {}),
    };
  });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: PACKAGE_NAME,
    title: PACKAGE_TITLE.vi,
    description: `${PACKAGE_DESCRIPTION.vi}\n\nPhiên bản ${release.id}: các tệp dữ liệu đúng như đã ghi vào kho ở commit ${release.commit}, không sửa đổi.\n\n${PACKAGE_DESCRIPTION.en}\n\nVersion ${release.id}: the data files exactly as committed in ${release.commit}.`,
    version: release.id,
    created: release.date,
    commit: release.commit,
    licenses: [{ name: LICENCE.name, path: LICENCE.path, title: LICENCE.title }],
    contributors: [{ title: PUBLISHER.vi, roles: ['publisher'] }],
    resources,
  };
}

/** Noon of the commit's UTC day in the local zone: zip.ts writes local time, so the zip's bytes are the same in any zone. */
function zipTime(date: string): Date {
  const [y, m, d] = new Date(date).toISOString().slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

export interface VersionFiles {
  release: Release;
  /** The folder holding the zip and datapackage.json. */
  dir: string;
  zip: { name: string; size: number };
  pkg: { name: string; size: number };
}

/** Reads a release's files with git, one at a time (a national table is hundreds of megabytes). */
function contentsOf(dataDir: string, release: Release): Map<string, Uint8Array> {
  return new Map(release.files.map((f) => [f.name, new Uint8Array(git(resolve(dataDir), ['cat-file', 'blob', f.blob]))]));
}

/** Where versions are kept between builds (by id: a version's files never change). */
const DEFAULT_CACHE = resolve('node_modules/.cache/mtqg1719-versions');

/**
 * A release's folder in the cache: its id and the blobs it holds. One commit can be a release of two data folders of
 * the same repository (the site's data/ and a test fixture, changed together): the id alone would give the second
 * folder the first one's zip.
 */
const cacheName = (release: Release) =>
  `${release.id}-${createHash('sha256').update(release.files.map((f) => `${f.name}\u0000${f.blob}`).sort().join('\n')).digest('hex').slice(0, 12)}`;

/** A release's zip and datapackage.json, made in `cacheDir` unless already there. */
async function frozenVersion(dataDir: string, release: Release, cacheDir = DEFAULT_CACHE): Promise<VersionFiles> {
  const dir = join(cacheDir, `v${FORMAT}`, cacheName(release));
  const zipName = versionZipName(release.id);
  const done = (): VersionFiles => ({
    release,
    dir,
    zip: { name: zipName, size: statSync(join(dir, zipName)).size },
    pkg: { name: PACKAGE_FILE, size: statSync(join(dir, PACKAGE_FILE)).size },
  });
  if (existsSync(join(dir, zipName)) && existsSync(join(dir, PACKAGE_FILE))) return done();
  const contents = contentsOf(dataDir, release);
  const pkg = new TextEncoder().encode(`${JSON.stringify(versionPackage(release, contents), null, 2)}\n`);
  const entries = [...contents, [PACKAGE_FILE, pkg] as const].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, bytes]) => ({ name, stored: new MemoryFile(bytes) }));
  // Made in a folder of its own, then renamed into place: a build stopped half-way leaves no half version.
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const sink = new Sink(16e6);
  await writeZip(entries, zipTime(release.date), sink);
  await sink.close().writeTo(join(tmp, zipName));
  writeFileSync(join(tmp, PACKAGE_FILE), pkg);
  try {
    renameSync(tmp, dir);
  } catch {
    // Another build made it meanwhile: the same bytes.
    rmSync(tmp, { recursive: true, force: true });
  }
  return done();
}

/** Every release's files, oldest first (each is read and deflated in turn, to keep memory to one release). */
export async function frozenVersions(dataDir: string, releases: readonly Release[], cacheDir = DEFAULT_CACHE): Promise<VersionFiles[]> {
  const out: VersionFiles[] = [];
  for (const r of [...releases].reverse()) out.push(await frozenVersion(dataDir, r, cacheDir));
  return out.reverse();
}

/** The data files a release added, changed or removed since the one before it (by git blob: bytes, not meaning). */
export function changedFiles(release: Release, previous: Release | undefined): { added: string[]; changed: string[]; removed: string[] } {
  const before = new Map((previous?.files ?? []).map((f) => [f.name, f.blob]));
  const now = new Set(release.files.map((f) => f.name));
  return {
    added: release.files.filter((f) => !before.has(f.name)).map((f) => f.name),
    changed: release.files.filter((f) => before.has(f.name) && before.get(f.name) !== f.blob).map((f) => f.name),
    removed: [...before.keys()].filter((n) => !now.has(n)),
  };
}
