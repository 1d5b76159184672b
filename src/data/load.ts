/**
 * The one entry to the data: reads every table of data/ in dependency order,
 * validates and reconciles them, and hands typed rows (or Arquero tables) to
 * pages. One direction: read → normalise → validate → reconcile → tables.
 */
import { config } from '../core/config.ts';
import { statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as aq from 'arquero';
import type { TableName } from './define.ts';
import { checkTables, type DataLoad, type TableInput, type TailReader } from './check.ts';
import { issue, type Issue } from './messages.ts';
import { publishedFiles } from './published-git.ts';
import { unknownEntries, unknownFileIssue, type Cited, type NotCompared, type PublishedRows } from './published.ts';
import { formatReport } from './report.ts';
import { TABLES } from './tables/index.ts';

/** The data directory: data/ unless DATA_DIR says otherwise (tests build from fixtures). */
export const DATA_DIR = config().DATA_DIR;

export type { DataLoad } from './check.ts';
export type { Discrepancy, Tables } from './reconcile/index.ts';

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

/**
 * How the loads of this module read a large file's second half on another thread, if at all: set by
 * scripts/check-data.ts (src/data/tail-read.ts), never imported here, so that Astro's bundle of this
 * module for the pages neither carries nor publishes the worker.
 */
let tailReader: TailReader | undefined;
export function readTailsWith(reader: TailReader | undefined): void {
  tailReader = reader;
}

/**
 * Which rows the site's articles cite, for a data folder: set by scripts/check-data.ts
 * (src/content/cited.ts reads the narratives), never imported here, so the data layer
 * does not depend on the content. Unset: no article is known.
 */
let citations: ((dataDir: string) => Cited) | undefined;
export function citationsWith(read: ((dataDir: string) => Cited) | undefined): void {
  citations = read;
}

/** Reads every table's file, then validates and reconciles them (check.ts, shared with the browser checker); never throws on bad data. */
/**
 * @param publishedRef the commit, tag or branch the published rows are read from (DATA_PUBLISHED_REF; null:
 * the rule of published-git.ts)
 */
export async function loadData(dataDir = DATA_DIR, publishedRef: string | null = config().DATA_PUBLISHED_REF ?? null): Promise<DataLoad> {
  // A mistyped folder is one problem, not one missing file per table.
  if (!(await isFolder(dataDir))) {
    const tables = Object.fromEntries(TABLES.map((t) => [t.name, []]));
    const counts = Object.fromEntries(TABLES.map((t) => [t.name, 0])) as Record<TableName, number>;
    const where = { file: shownPath(resolve(dataDir)), line: null, column: null, value: null };
    const issues = [issue({ code: 'folder.missing', files: TABLES.map((t) => t.file) }, where)];
    return { tables: tables as unknown as DataLoad['tables'], issues, discrepancies: [], counts, lines: tables as unknown as DataLoad['lines'], form: [] };
  }
  const form: Issue[] = [];
  const inputs = {} as Record<TableName, TableInput>;
  for (const def of TABLES) inputs[def.name] = await tableInput(def.name, dataDir, form);
  const published = await publishedRows(dataDir, publishedRef);
  const data = checkTables(inputs, { readTail: tailReader, published: 'notCompared' in published ? undefined : published.rows, cited: citations?.(dataDir) });
  if ('notCompared' in published) data.notCompared = published.notCompared;
  data.form.unshift(...form);
  // A file no table is named for ("funding (1).csv" from a second download) would be left out without a word.
  const names = (await readdir(dataDir, { withFileTypes: true })).filter((e) => !e.isDirectory()).map((e) => e.name);
  const unknown = unknownEntries(names).map((name) => unknownFileIssue(name, shownPath(join(dataDir, name))));
  if (unknown.length) data.issues = [...unknown, ...data.issues];
  return data;
}

/** The rows published now (published-git.ts: the data at the last commit before the change), or why there are none to compare with. */
async function publishedRows(dataDir: string, publishedRef: string | null): Promise<{ rows: PublishedRows } | { notCompared: NotCompared }> {
  const ref = publishedFiles(dataDir, publishedRef);
  if ('notCompared' in ref) return ref;
  const inputs = {} as Record<TableName, TableInput>;
  for (const t of TABLES) {
    // A table published as a workbook is read as its sheet's CSV, as tableInput reads it now.
    const workbook = ref.workbooks[t.name];
    const sheet = workbook ? await workbookCsv(workbook, t.name) : null;
    inputs[t.name] = { file: `${t.file} (đã công bố, ${ref.ref})`, bytes: sheet ?? ref.texts[t.name] ?? null, canonicalWarning: false };
  }
  return { rows: checkTables(inputs).tables as unknown as PublishedRows };
}

/** The sheet of a table's workbook as CSV bytes, or null when it has none. */
async function workbookCsv(xlsx: Uint8Array, name: TableName): Promise<Uint8Array | null> {
  const { xlsxToCsv } = await import('./xlsx.ts');
  const sheet = (await xlsxToCsv(xlsx, `${name}.xlsx`).catch(() => [])).find((s) => s.table === name);
  return sheet ? new TextEncoder().encode(sheet.csv) : null;
}

/**
 * A table's file: its CSV, or — when there is no CSV — an XLSX saved from the
 * template (data/<table>.xlsx), read as the CSV its sheet would export. With
 * both, the CSV is used and a warning says the XLSX is not.
 */
/** Ids of the rows of a workbook's sheet that its CSV lacks or has with other cells; null when it has no sheet of the table. */
async function rowsOnlyIn(xlsx: Uint8Array, csv: Uint8Array, name: TableName): Promise<string[] | null> {
  const { xlsxToCsv } = await import('./xlsx.ts');
  const { rowsOnlyInSheet } = await import('./twin.ts');
  const sheet = (await xlsxToCsv(xlsx, `${name}.xlsx`).catch(() => [])).find((s) => s.table === name);
  // A workbook with no readable sheet of the table may hold new figures too: never taken for the CSV's twin.
  if (!sheet) return null;
  return rowsOnlyInSheet(sheet.csv, new TextDecoder().decode(csv));
}

async function tableInput(name: TableName, dataDir: string, form: Issue[]): Promise<TableInput> {
  const def = TABLES.find((t) => t.name === name)!;
  const csvPath = join(dataDir, def.file);
  const xlsxPath = csvPath.replace(/\.csv$/, '.xlsx');
  const [csv, xlsx] = await Promise.all([bytesOf(csvPath), bytesOf(xlsxPath)]);
  const file = shownPath(csvPath);
  if (!xlsx) return { file, bytes: csv };
  const shown = shownPath(xlsxPath);
  const at = { file: shown, line: null, column: null, value: null };
  // Both: the CSV is used. The same rows in both (a template folder holds both on purpose) is a warning; an XLSX
  // with rows the CSV lacks or has otherwise is an error, since its figures would be dropped without a word.
  if (csv) {
    const names = { csv: def.file, xlsx: def.file.replace(/\.csv$/, '.xlsx') };
    const differ = await rowsOnlyIn(xlsx, csv, name);
    // Among the table's problems, not the file-form notes (which never block publishing).
    if (differ === null) return { file, bytes: csv, extra: [issue({ code: 'xlsx.no-sheet', table: name }, at)] };
    if (differ.length) return { file, bytes: csv, extra: [issue({ code: 'file.both-differ', ...names, rows: differ.length, example: differ[0]! }, at)] };
    form.push(issue({ code: 'file.both', ...names }, at));
    return { file, bytes: csv };
  }
  const { xlsxToCsv } = await import('./xlsx.ts');
  const sheet = (await xlsxToCsv(xlsx, `${name}.xlsx`).catch(() => [])).find((s) => s.table === name);
  if (!sheet) return { file: shown, bytes: new Uint8Array(), extra: [issue({ code: 'xlsx.no-sheet', table: name }, at)] };
  form.push(issue({ code: 'file.not-canonical', reasons: ['tệp Excel (.xlsx) thay cho CSV'] }, at));
  return { file: shown, bytes: new TextEncoder().encode(sheet.csv), canonicalWarning: false };

}

/**
 * Loads kept per process, shared by every copy of this module: `npm run build`
 * checks the data, then builds the pages in the same process (the pages' copy
 * of this module is bundled by Astro), so a million rows are read and checked
 * once, not once per step.
 */
const SHARED = Symbol.for('mtqg1719.data-loads');
type Cached = { stamp: string; checkedAt: number; load: Promise<DataLoad>; checked?: Promise<DataLoad> };
const loads: Map<string, Cached> = ((globalThis as Record<symbol, unknown>)[SHARED] ??= new Map()) as Map<string, Cached>;

/** When each table's files last changed: a staff edit during `npm run dev` makes a new stamp, so pages reload the data. */
function stampOf(dataDir: string): string {
  // A table's CSV, and the workbook read when there is no CSV.
  return TABLES.flatMap((def) => [def.file, def.file.replace(/\.csv$/, '.xlsx')])
    .map((file) => {
      try {
        const s = statSync(join(dataDir, file));
        return `${s.mtimeMs}:${s.size}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

/**
 * In a production build, how long a load is trusted without looking at the
 * files again: thousands of pages ask for the data within seconds. `npm run dev`
 * looks every time, so a staff edit shows on the next page.
 */
const RESTAT_MS = config().NODE_ENV === 'production' ? 1000 : 0;

function entryOf(dataDir: string): Cached {
  const key = resolve(dataDir);
  const cached = loads.get(key);
  const now = Date.now();
  if (cached && now - cached.checkedAt < RESTAT_MS) return cached;
  const stamp = stampOf(dataDir);
  if (cached && cached.stamp === stamp) {
    cached.checkedAt = now;
    return cached;
  }
  const entry: Cached = { stamp, checkedAt: now, load: loadData(dataDir) };
  loads.set(key, entry);
  return entry;
}

/** The data of a folder, loaded once per process (again when a file changed): what the checker reports, errors included. */
export const sharedLoad = (dataDir = DATA_DIR): Promise<DataLoad> => entryOf(dataDir).load;

/**
 * For pages at build time: the shared load, or an Error whose message is the
 * staff-readable report when any cell is wrong.
 */
export function loadDataOrThrow(dataDir = DATA_DIR): Promise<DataLoad> {
  const entry = entryOf(dataDir);
  return (entry.checked ??= entry.load.then((data) => {
    if (data.issues.some((i) => i.severity === 'error')) throw new Error(formatReport(data, 'build'));
    return data;
  }));
}

/** One table as an Arquero table, for the metrics. */
export async function toTable<K extends TableName>(name: K, dataDir = DATA_DIR): Promise<aq.ColumnTable> {
  const data = await loadDataOrThrow(dataDir);
  return aq.from(data.tables[name] as unknown as object[]);
}
