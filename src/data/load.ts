/**
 * The one entry to the data: reads every table of data/ in dependency order,
 * validates and reconciles them, and hands typed rows (or Arquero tables) to
 * pages. One direction: read → normalise → validate → reconcile → tables.
 */
import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as aq from 'arquero';
import type { TableName } from './define.ts';
import { issue, type Issue } from './messages.ts';
import { figureTextIssues } from './figure-text.ts';
import { readCsv } from './read.ts';
import { reconcile, type Discrepancy, type Tables } from './reconcile/index.ts';
import { formatReport } from './report.ts';
import { TABLES } from './tables/index.ts';
import { tableValidator, type RefIndex } from './validate.ts';

/** The data directory: data/ unless DATA_DIR says otherwise (tests build from fixtures). */
export const DATA_DIR = process.env.DATA_DIR ?? 'data';

export type { Discrepancy, Issue, Tables };

export interface DataLoad {
  tables: Tables;
  /** Errors block a build; warnings do not. */
  issues: Issue[];
  /** Inconsistencies printed in the reports themselves, for the data-quality page. */
  discrepancies: Discrepancy[];
  /** Valid rows loaded per table. */
  counts: Record<TableName, number>;
}

/** The file's path as staff would type it: relative to the working directory when inside it. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function bytesOf(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Reads, validates and reconciles every table; never throws on bad data, reports it. */
export async function loadData(dataDir = DATA_DIR): Promise<DataLoad> {
  let issues: Issue[] = [];
  const tables = {} as Record<TableName, unknown[]>;
  const counts = {} as Record<TableName, number>;
  const refs: Partial<Record<TableName, RefIndex>> = {};
  for (const def of TABLES) {
    tables[def.name] = [];
    counts[def.name] = 0;
  }
  // A mistyped folder is one problem, not one missing file per table.
  if (!(await isFolder(dataDir))) {
    const where = { file: shownPath(resolve(dataDir)), line: null, column: null, value: null };
    issues.push(issue({ code: 'folder.missing', files: TABLES.map((t) => t.file) }, where));
    return { tables: tables as unknown as Tables, issues, discrepancies: [], counts };
  }
  /** Tables whose every row validated: only these are reconciled. */
  const clean = new Set<TableName>();
  const files = await Promise.all(TABLES.map((def) => bytesOf(join(dataDir, def.file))));

  TABLES.forEach((def, t) => {
    const file = shownPath(join(dataDir, def.file));
    const template = def.fields.map((f) => f.name).join(',');
    const bytes = files[t];
    files[t] = null; // let a large file's bytes go once read
    if (!bytes) {
      issues.push(issue({ code: 'file.missing', header: template }, { file, line: null, column: null, value: null }));
      return;
    }
    const validator = tableValidator(def, file, refs);
    const readIssues = readCsv(bytes, file, template, validator);
    const validated = validator.finish();
    const figureIssues = figureTextIssues(def, validated.rows, validated.lines, file, validated);
    const failed = [readIssues, validated.issues, figureIssues].some((list) => list.some((i) => i.severity === 'error'));
    if (validated.checked && !failed) clean.add(def.name);
    // concat, not push(...): a systematic mistake can give an issue for each of a million rows.
    issues = issues.concat(readIssues, validated.issues, figureIssues);
    if (validated.checked) refs[def.name] = validated.index;
    tables[def.name] = validated.rows;
    counts[def.name] = validated.rows.length;
  });

  const typed = tables as unknown as Tables;
  return { tables: typed, issues, discrepancies: reconcile(typed, clean), counts };
}

const loads = new Map<string, { stamp: string; load: Promise<DataLoad> }>();

/** When each table's file last changed: a staff edit during `npm run dev` makes a new stamp, so pages reload the data. */
function stampOf(dataDir: string): string {
  return TABLES.map((def) => {
    try {
      const s = statSync(join(dataDir, def.file));
      return `${s.mtimeMs}:${s.size}`;
    } catch {
      return '-';
    }
  }).join('|');
}

/**
 * For pages at build time: the data, loaded once per directory (again when a
 * file changed), or an Error whose message is the staff-readable report when
 * any cell is wrong.
 */
export function loadDataOrThrow(dataDir = DATA_DIR): Promise<DataLoad> {
  const key = resolve(dataDir);
  const stamp = stampOf(dataDir);
  const cached = loads.get(key);
  if (cached && cached.stamp === stamp) return cached.load;
  const load = loadData(dataDir).then((data) => {
    if (data.issues.some((i) => i.severity === 'error')) throw new Error(formatReport(data, 'build'));
    return data;
  });
  loads.set(key, { stamp, load });
  return load;
}

/** One table as an Arquero table, for the metrics. */
export async function toTable<K extends TableName>(name: K, dataDir = DATA_DIR): Promise<aq.ColumnTable> {
  const data = await loadDataOrThrow(dataDir);
  return aq.from(data.tables[name] as unknown as object[]);
}
