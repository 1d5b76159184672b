/**
 * The history of data updates, derived at build time from git: for each commit
 * that changed the data folder (first-parent history, i.e. as merged), the rows
 * added, corrected (same id, a cell changed), removed, and the figures a new row
 * supersedes (same observation, see data/current.ts). Nothing is kept by hand.
 * Without git or history (a tarball, a data folder outside the repository) the
 * changelog is simply unavailable and the data page says so; a shallow clone
 * shows what it has, its oldest commit counted as the first publication.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { observationKey } from '../data/current.ts';
import type { TableName } from '../data/define.ts';
import { TABLES } from '../data/tables/index.ts';

export interface TableChange {
  table: TableName;
  added: string[];
  corrected: string[];
  removed: string[];
  /** Ids of earlier rows that a row added here supersedes (same observation). */
  superseded: string[];
}

export interface DataUpdate {
  commit: string;
  /** ISO date-time of the commit. */
  date: string;
  subject: string;
  /** True for the oldest commit seen: everything in it counts as first published. */
  first: boolean;
  changes: TableChange[];
}

export interface Changelog {
  available: boolean;
  /** Why not, in Vietnamese, when unavailable. */
  reason?: string;
  /** Newest first. */
  updates: DataUpdate[];
  /** ISO date-time of the last commit that changed the data, or null. */
  lastChange: string | null;
  /** True when the working copy has uncommitted changes to the data. */
  uncommitted: boolean;
}

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

interface Rows {
  columns: Set<string>;
  byId: Map<string, Record<string, string>>;
}

function parse(text: string | null): Rows {
  const byId = new Map<string, Record<string, string>>();
  if (!text) return { columns: new Set(), byId };
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  for (const r of parsed.data) if (r.id) byId.set(r.id.trim(), r);
  return { columns: new Set(parsed.meta.fields ?? []), byId };
}

function show(cwd: string, rev: string, path: string): string | null {
  try {
    return git(cwd, ['show', `${rev}:${path}`]);
  } catch {
    return null;
  }
}

function diffTable(table: TableName, beforeRows: Rows, afterRows: Rows): TableChange {
  const def = TABLES.find((t) => t.name === table)!;
  const before = beforeRows.byId;
  const after = afterRows.byId;
  // A column added or dropped by a change of the data model is not a correction of the rows.
  const shared = def.fields.filter((f) => beforeRows.columns.has(f.name) && afterRows.columns.has(f.name));
  const same = (a: Record<string, string>, b: Record<string, string>) => shared.every((f) => (a[f.name] ?? '').trim() === (b[f.name] ?? '').trim());
  const added = [...after.keys()].filter((id) => !before.has(id));
  const removed = [...before.keys()].filter((id) => !after.has(id));
  const corrected = [...after.keys()].filter((id) => before.has(id) && !same(before.get(id)!, after.get(id)!));
  const superseded: string[] = [];
  if (def.kind === 'observation') {
    const keyOf = (r: Record<string, string>) => observationKey(def).map((k) => (r[k] ?? '').trim()).join('\u0000');
    const earlier = new Map<string, string[]>();
    for (const [id, r] of before) if (after.has(id)) earlier.set(keyOf(r), [...(earlier.get(keyOf(r)) ?? []), id]);
    for (const id of added) superseded.push(...(earlier.get(keyOf(after.get(id)!)) ?? []));
  }
  return { table, added, corrected, removed, superseded: [...new Set(superseded)] };
}

const empty = (c: TableChange) => c.added.length + c.corrected.length + c.removed.length === 0;

/** The changelog of the data folder, at most `limit` updates. Never throws. */
export function dataChangelog(dataDir: string, limit = 30): Changelog {
  const dir = resolve(dataDir);
  const unavailable = (reason: string): Changelog => ({ available: false, reason, updates: [], lastChange: null, uncommitted: false });
  let prefix: string;
  try {
    if (git(dir, ['rev-parse', '--is-inside-work-tree']).trim() !== 'true') return unavailable('thư mục dữ liệu không nằm trong kho git');
    prefix = git(dir, ['rev-parse', '--show-prefix']).trim();
  } catch {
    return unavailable('không có git hoặc thư mục dữ liệu không nằm trong kho git');
  }
  try {
    const log = git(dir, ['log', '--first-parent', `--max-count=${limit}`, '--format=%H%x09%P%x09%cI%x09%s', '--', ...TABLES.map((t) => t.file)])
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [commit, parents, date, ...subject] = line.split('\t');
        return { commit: commit!, parent: parents!.split(' ')[0] || null, date: date!, subject: subject.join('\t') };
      });
    if (log.length === 0) return unavailable('lịch sử git chưa có lần ghi nào của thư mục dữ liệu');
    const updates: DataUpdate[] = [];
    for (const c of log) {
      // A root commit, or the oldest of a shallow clone (git shows it without parents): first publication.
      const first = c.parent === null;
      const changes = TABLES.map((t) => {
        const path = `${prefix}${t.file}`;
        const after = parse(show(dir, c.commit, path));
        const before = c.parent === null ? parse(null) : parse(show(dir, c.parent, path));
        return diffTable(t.name, before, after);
      }).filter((ch) => !empty(ch));
      if (changes.length) updates.push({ commit: c.commit.slice(0, 12), date: c.date, subject: c.subject, first, changes });
    }
    const status = git(dir, ['status', '--porcelain', '--', ...TABLES.map((t) => t.file)]).trim();
    return { available: true, updates, lastChange: log[0]!.date, uncommitted: status !== '' };
  } catch {
    return unavailable('không đọc được lịch sử git của thư mục dữ liệu');
  }
}

/** Uncommitted edits compared with the last commit (for `npm run dev` and local builds). */
export function workingChanges(dataDir: string): TableChange[] {
  const dir = resolve(dataDir);
  try {
    const prefix = git(dir, ['rev-parse', '--show-prefix']).trim();
    return TABLES.map((t) => {
      let now: string | null = null;
      try {
        now = readFileSync(join(dir, t.file), 'utf8');
      } catch {
        now = null;
      }
      return diffTable(t.name, parse(show(dir, 'HEAD', `${prefix}${t.file}`)), parse(now));
    }).filter((ch) => !empty(ch));
  } catch {
    return [];
  }
}
