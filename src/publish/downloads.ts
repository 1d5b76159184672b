/**
 * Every data download, generated at build time from the validated tables (never
 * copied from data/): per table CSV, JSON and XLSX; datapackage.json; README.md;
 * and one zip of all of them. Computed once per data load and shared by the
 * download endpoints and the data page (which shows each file's size).
 */
import { zipSync } from 'fflate';
import type { DataLoad } from '../data/load.ts';
import { TABLES } from '../data/tables/index.ts';
import type { TableDef } from '../data/define.ts';
import { dataPackage } from './datapackage.ts';
import { tableCsv, tableJson, tableXlsx } from './formats.ts';
import { DOWNLOAD_DIR, ZIP_NAME } from './meta.ts';
import { readme } from './readme.ts';
import { reportIndex } from '../lib/report-index.ts';

export type Format = 'CSV' | 'JSON' | 'XLSX' | 'ZIP' | 'Data Package' | 'Markdown';

export interface DownloadFile {
  /** ASCII, stable between builds. */
  name: string;
  format: Format;
  mediatype: string;
  bytes: Uint8Array;
  /** The table it holds, if one. */
  table?: TableDef;
  /** For a per-report file: the report whose rows it holds (not in the zip). */
  reportId?: string;
  /** For a per-province part of a large table: the province (not in the zip, which has the whole table). */
  province?: { id: string; name: string };
  rows?: number;
}

export interface DownloadOptions {
  /** ISO date-time of the data's last change: the package's `created`, the zip entries' time. */
  updated: string;
  /** Absolute URL of the data page, when the site URL is configured. */
  pageUrl?: string;
  /** Size limits (tests lower them). */
  limits?: Partial<typeof LIMITS>;
}

/**
 * What a table must stay under to get each format. Excel and LibreOffice open
 * at most 1 048 576 rows, and a workbook of a few hundred thousand rows takes
 * minutes to write and to open: above `xlsxRows` a table has no XLSX (its CSV
 * opens in Excel), above `jsonRows` no JSON (the CSV and datapackage.json
 * describe it), and above `splitRows` its rows are also published per
 * province, each part well under a spreadsheet's limit.
 */
export const LIMITS = { xlsxRows: 50_000, jsonRows: 200_000, splitRows: 1_048_575 };

/** A large table's rows split by province (a commune or district counts under its province). */
function provinceFiles(def: TableDef, tables: DataLoad['tables']): DownloadFile[] {
  const areas = new Map(tables.areas.map((a) => [a.id, a]));
  const provinceOf = (id: string): string => {
    let a = areas.get(id);
    while (a?.parent_id) a = areas.get(a.parent_id);
    return a?.id ?? id;
  };
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const r of tables[def.name] as unknown as Record<string, unknown>[]) {
    const p = provinceOf(String(r.area_id ?? r.issuer_area_id ?? ''));
    (groups.get(p) ?? groups.set(p, []).get(p)!).push(r);
  }
  return [...groups].map(([id, rows]) => ({
    name: `${def.name}-${id}.csv`,
    format: 'CSV' as const,
    mediatype: MEDIA.csv!,
    bytes: tableCsv(def, tables, rows),
    table: def,
    province: { id, name: areas.get(id)?.name ?? id },
    rows: rows.length,
  }));
}

const utf8 = new TextEncoder();

export const MEDIA: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  md: 'text/markdown; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
};

/** A zip whose bytes depend only on its contents: fixed time, unix permissions and UTF-8-safe (ASCII) names. */
export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[], mtime: Date): Uint8Array {
  // Level 9 for the small files; a large table's CSV at level 6 (nearly as small, several times faster).
  const entries = Object.fromEntries(files.map((f) => [f.name, [f.bytes, { mtime, os: 3, attrs: 0o100644 << 16, level: f.bytes.byteLength > 8e6 ? (6 as const) : (9 as const) }]]));
  return zipSync(entries as Parameters<typeof zipSync>[0]);
}

async function build(data: DataLoad, options: DownloadOptions): Promise<DownloadFile[]> {
  const { tables } = data;
  const files: DownloadFile[] = [];
  const limits = { ...LIMITS, ...options.limits };
  for (const def of TABLES) {
    const count = (tables[def.name] as readonly unknown[]).length;
    files.push({ name: `${def.name}.csv`, format: 'CSV', mediatype: MEDIA.csv!, bytes: tableCsv(def, tables), table: def });
    if (count <= limits.jsonRows) files.push({ name: `${def.name}.json`, format: 'JSON', mediatype: MEDIA.json!, bytes: tableJson(def, tables), table: def });
    if (count <= limits.xlsxRows) files.push({ name: `${def.name}.xlsx`, format: 'XLSX', mediatype: MEDIA.xlsx!, bytes: await tableXlsx(def, tables), table: def });
    if (count > limits.splitRows) files.push(...provinceFiles(def, tables));
  }
  const csvs = files.filter((f) => f.format === 'CSV' && !f.province).map((f) => ({ def: f.table!, path: f.name, bytes: f.bytes }));
  const descriptor = dataPackage(tables, csvs, { created: options.updated, homepage: options.pageUrl });
  files.push({ name: 'datapackage.json', format: 'Data Package', mediatype: MEDIA.json!, bytes: utf8.encode(`${JSON.stringify(descriptor, null, 2)}\n`) });
  const names = [...files.filter((f) => !f.province).map((f) => f.name), 'README.md'];
  files.push({ name: 'README.md', format: 'Markdown', mediatype: MEDIA.md!, bytes: utf8.encode(readme(tables, { updated: options.updated, pageUrl: options.pageUrl, files: names })) });
  // Zip entries carry the date of the data (at noon UTC, so no time zone moves the day).
  const mtime = new Date(`${options.updated.slice(0, 10)}T12:00:00Z`);
  files.push({ name: ZIP_NAME, format: 'ZIP', mediatype: MEDIA.zip!, bytes: zipFiles(files.filter((f) => !f.province), mtime) });
  // One CSV per report and table, for the report pages: the rows that report printed.
  const index = reportIndex(tables);
  for (const report of tables.reports)
    for (const def of TABLES.filter((t) => t.kind === 'observation')) {
      const rows = index.get(report.id)?.rows[def.name] ?? [];
      if (rows.length === 0) continue;
      files.push({ name: reportFileName(report.id, def.name), format: 'CSV', mediatype: MEDIA.csv!, bytes: tableCsv(def, tables, rows), table: def, reportId: report.id, rows: rows.length });
    }
  return files;
}

const cache = new WeakMap<DataLoad, Map<string, Promise<DownloadFile[]>>>();

/** The downloads of a data load (computed once per load and options). */
export function dataDownloads(data: DataLoad, options: DownloadOptions): Promise<DownloadFile[]> {
  let byOptions = cache.get(data);
  if (!byOptions) cache.set(data, (byOptions = new Map()));
  const key = JSON.stringify(options);
  let files = byOptions.get(key);
  if (!files) byOptions.set(key, (files = build(data, options)));
  return files;
}

export const downloadHref = (name: string) => `${DOWNLOAD_DIR}${name}`;
export const reportFileName = (reportId: string, table: string) => `bao-cao-${reportId}-${table}.csv`;


/** "860 B", "12 KB", "1,4 MB": sizes on download links, for readers on metered connections. */
export function fileSize(bytes: number): string {
  const nf = (n: number, d: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: d });
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${nf(bytes / 1000, bytes < 10_000 ? 1 : 0)} KB`;
  return `${nf(bytes / 1_000_000, 1)} MB`;
}
