/**
 * The history of data updates, derived at build time from git: for each commit
 * that changed the data folder (first-parent history, i.e. as merged), the rows
 * added, corrected (same id, a cell changed), removed, and the figures a new row
 * supersedes (same observation, see data/current.ts). Nothing is kept by hand.
 * Without git or history (a tarball, a data folder outside the repository) the
 * changelog is simply unavailable and the data page says so; a shallow clone
 * shows what it has, its oldest commit counted as the first publication.
 *
 * Each version is read as the check reads it (data/canonical.ts: encoding, Unicode form, separators, decimal
 * comma, row order made one), so a file saved again in another form with the same values is no correction;
 * a correction lists, cell by cell, the value before and after.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { canonicaliseFile } from '../data/canonical.ts';
import { notesCorrection } from '../data/corrections.ts';
import { observationText } from '../data/current.ts';
import { figureFields, type TableName } from '../data/define.ts';
import { TABLES } from '../data/tables/index.ts';
import { formatNumber } from '../core/format.ts';

/** One cell of a corrected row: its column, and the text before and after (as read, in canonical form). */
interface CellEdit {
  id: string;
  field: string;
  before: string;
  after: string;
}

export interface TableChange {
  table: TableName;
  added: string[];
  corrected: string[];
  /** The cells each corrected row changed, in the order of the rows and the table's columns. */
  edits: CellEdit[];
  removed: string[];
  /** Ids of earlier rows that a row added here supersedes (same observation), as a newer figure… */
  superseded: string[];
  /** …or as a correction (the added row's note begins «Đính chính», data/corrections.ts): said so, not «newer». */
  correctedLater: string[];
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

/**
 * A version of a table's file, read as the check reads it: the canonical text of its rows (one encoding,
 * Unicode form, separator, decimal mark and row order), or, for a version the check refuses, its text as is.
 */
function parse(table: TableName, text: string | null): Rows {
  const byId = new Map<string, Record<string, string>>();
  if (!text) return { columns: new Set(), byId };
  const read = canonicaliseFile(table, new TextEncoder().encode(text), table);
  const parsed = Papa.parse<Record<string, string>>(('text' in read ? read.text : text).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  for (const r of parsed.data) if (r.id) byId.set(r.id.trim(), r);
  // The columns the file itself has (the canonical text has every column of today's table).
  const header = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { preview: 1 }).data[0] ?? [];
  return { columns: new Set(header.map((h) => h.trim())), byId };
}

/** Many `rev:path` blobs in one git process (a build reads dozens); null for a path absent at that rev. */
function showAll(cwd: string, specs: readonly string[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (specs.length === 0) return out;
  const buf = execFileSync('git', ['cat-file', '--batch'], { cwd, input: specs.join('\n') + '\n', stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  let at = 0;
  for (const spec of specs) {
    const eol = buf.indexOf(0x0a, at);
    const header = buf.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!m) {
      out.set(spec, null);
      continue;
    }
    const size = Number(m[1]);
    out.set(spec, buf.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return out;
}

function diffTable(table: TableName, beforeRows: Rows, afterRows: Rows): TableChange {
  const def = TABLES.find((t) => t.name === table)!;
  const before = beforeRows.byId;
  const after = afterRows.byId;
  // A column added or dropped by a change of the data model is not a correction of the rows.
  const shared = def.fields.filter((f) => beforeRows.columns.has(f.name) && afterRows.columns.has(f.name));
  const cell = (r: Record<string, string>, f: string) => (r[f] ?? '').trim();
  const added = [...after.keys()].filter((id) => !before.has(id));
  const removed = [...before.keys()].filter((id) => !after.has(id));
  const edits: CellEdit[] = [];
  for (const [id, now] of after) {
    const was = before.get(id);
    if (!was) continue;
    for (const f of shared) if (cell(was, f.name) !== cell(now, f.name)) edits.push({ id, field: f.name, before: cell(was, f.name), after: cell(now, f.name) });
  }
  const corrected = [...new Set(edits.map((e) => e.id))];
  const superseded: string[] = [];
  const correctedLater: string[] = [];
  if (def.kind === 'observation') {
    // A new count of prestigious persons supersedes the old one whatever period it names (current.ts).
    const keyOf = observationText(def);
    const earlier = new Map<string, string[]>();
    for (const [id, r] of before) if (after.has(id)) earlier.set(keyOf(r), [...(earlier.get(keyOf(r)) ?? []), id]);
    for (const id of added) (notesCorrection(after.get(id)!.note) ? correctedLater : superseded).push(...(earlier.get(keyOf(after.get(id)!)) ?? []));
  }
  const corrections = new Set(correctedLater);
  return { table, added, corrected, edits, removed, superseded: [...new Set(superseded)].filter((id) => !corrections.has(id)), correctedLater: [...corrections] };
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
    const specs = log.flatMap((c) => TABLES.flatMap((t) => [`${c.commit}:${prefix}${t.file}`, ...(c.parent ? [`${c.parent}:${prefix}${t.file}`] : [])]));
    const blobs = showAll(dir, [...new Set(specs)]);
    const show = (rev: string, path: string) => blobs.get(`${rev}:${path}`) ?? null;
    const updates: DataUpdate[] = [];
    for (const c of log) {
      // A root commit, or the oldest of a shallow clone (git shows it without parents): first publication.
      const first = c.parent === null;
      const changes = TABLES.flatMap((t) => {
        const path = `${prefix}${t.file}`;
        const now = show(c.commit, path);
        const was = c.parent === null ? null : show(c.parent, path);
        // A file this commit did not touch is not read at all.
        if (was === now) return [];
        return [diffTable(t.name, parse(t.name, was), parse(t.name, now))];
      }).filter((ch) => !empty(ch));
      if (changes.length) updates.push({ commit: c.commit.slice(0, 12), date: c.date, subject: c.subject, first, changes });
    }
    const status = git(dir, ['status', '--porcelain', '--', ...TABLES.map((t) => t.file)]).trim();
    return { available: true, updates, lastChange: log[0]!.date, uncommitted: status !== '' };
  } catch {
    return unavailable('không đọc được lịch sử git của thư mục dữ liệu');
  }
}

/** What a change did to a table, in words: "thêm 3 dòng, sửa 1 dòng". */
export const changeText = (c: TableChange): string =>
  [
    c.added.length && `thêm ${formatNumber(c.added.length)} dòng`,
    c.corrected.length && `sửa ${formatNumber(c.corrected.length)} dòng`,
    c.removed.length && `bỏ ${formatNumber(c.removed.length)} dòng`,
    c.superseded.length && `${formatNumber(c.superseded.length)} số liệu cũ được thay bằng số mới hơn`,
    c.correctedLater.length && `${formatNumber(c.correctedLater.length)} số liệu cũ được báo cáo sau đính chính`,
  ]
    .filter(Boolean)
    .join(', ');

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
      return diffTable(t.name, parse(t.name, showAll(dir, [`HEAD:${prefix}${t.file}`]).get(`HEAD:${prefix}${t.file}`) ?? null), parse(t.name, now));
    }).filter((ch) => !empty(ch));
  } catch {
    return [];
  }
}

/** A published row taken back by an explicit decision (data/withdrawals.csv), for the changelog. */
export interface WithdrawalNote {
  table: TableName;
  /** The table's title, e.g. "Người có uy tín". */
  tableTitle: string;
  rowId: string;
  reason: string;
  /** As given (YYYY-MM-DD, YYYY-MM or YYYY). */
  date: string;
  decidedBy: string;
}

/** The withdrawals, newest decision first: each published row removed or replaced, with its reason. */
export function withdrawalNotes(rows: readonly { row_id: string; table: string; reason: string; date: string; decided_by: string }[]): WithdrawalNote[] {
  return rows
    .map((w) => ({
      table: w.table as TableName,
      tableTitle: TABLES.find((t) => t.name === w.table)?.title.vi ?? w.table,
      rowId: w.row_id,
      reason: w.reason,
      date: w.date,
      decidedBy: w.decided_by,
    }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.rowId < b.rowId ? -1 : a.rowId > b.rowId ? 1 : 0));
}

/**
 * The value each corrected row first had when published, from the changelog (its oldest edit of a figure
 * column), by "table\u0000row id": a report page says «trước là 36.557 triệu đồng» beside «đã sửa ngày …».
 * `pending`: the uncommitted edits, newer than every update.
 */
export function firstPublishedValues(changelog: Pick<Changelog, 'updates'>, pending: readonly TableChange[] = []): Map<string, { field: string; value: string }> {
  const out = new Map<string, { field: string; value: string }>();
  const oldestFirst = [...changelog.updates].reverse().flatMap((u) => u.changes);
  for (const change of [...oldestFirst, ...pending]) {
    const def = TABLES.find((t) => t.name === change.table);
    const figures = new Set(def ? figureFields(def).map((f) => f.name) : []);
    for (const e of change.edits) {
      const key = `${change.table}\u0000${e.id}`;
      if (figures.has(e.field) && !out.has(key)) out.set(key, { field: e.field, value: e.before });
    }
  }
  return out;
}
