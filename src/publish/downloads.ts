/**
 * Every data download, generated at build time from the validated tables (never
 * copied from data/): per table CSV, JSON and XLSX; datapackage.json; README.md;
 * and one zip of all of them. Computed once per data load and shared by the
 * download endpoints and the data page (which shows each file's size).
 * At national scale (a million rows, a CSV of ~450 MB) each table is encoded
 * once: its CSV goes to a scratch file (store.ts), per-report and per-province
 * CSVs are line ranges of it, the zip is deflated from it piece by piece
 * (zip.ts), and bytes are made only when the endpoint writes a file.
 */
import { createHash } from 'node:crypto';
import type { DataLoad } from '../data/load.ts';
import { TABLES } from '../data/tables/index.ts';
import type { TableDef } from '../data/define.ts';
import type { Row } from './columns.ts';
import { dataPackage, type PackageFile } from './datapackage.ts';
import { csvHead, writeTableCsv, writeTableJson } from './formats.ts';
import { tableXlsxOffThread } from './workbooks.ts';
import { MemoryFile, RangesFile, Sink, type Stored } from './store.ts';
import { writeZip } from './zip.ts';
import { DOWNLOAD_DIR, ZIP_NAME, LIMITS } from './meta.ts';
import { readme } from './readme.ts';

type Format = 'CSV' | 'JSON' | 'XLSX' | 'ZIP' | 'Data Package' | 'Markdown';

export interface DownloadFile {
  /** ASCII, stable between builds. */
  name: string;
  format: Format;
  mediatype: string;
  /** Size in bytes, known without making the bytes (the data page shows it). */
  size: number;
  /** The file's bytes: kept ones for a small file, read back or cut out of the table's CSV for a large or per-report one. */
  bytes: () => Uint8Array;
  /** The same as a Response body (a large file is read from disk as Astro consumes it). */
  body: () => Promise<Blob | Uint8Array<ArrayBuffer>>;
  /** Writes the file at a path, off the main thread (how a build publishes it: src/publish/output.ts, site.ts). */
  writeTo: (path: string) => Promise<void>;
  /** The table it holds, if one. */
  table?: TableDef;
  /** For a per-report file: the report whose rows it holds (not in the zip). */
  reportId?: string;
  /** For a per-province part of a table: the province (not in the zip, which has the whole table). */
  province?: { id: string; name: string };
  /** For a per-fund-year part of a table with a fund year: that year or span, as written in the data. */
  fundYear?: string;
  rows?: number;
}

export interface DownloadOptions {
  /** ISO date-time of the data's last change: the package's `created`, the zip entries' time. */
  updated: string;
  /** Absolute URL of the data page, when the site URL is configured. */
  pageUrl?: string;
  /** The frozen version the data is, for the README's citation (src/publish/versions.ts). */
  version?: { id: string; url: string };
  /** Size limits (tests lower them). */
  limits?: Partial<typeof LIMITS>;
  /** A file larger than this waits in a scratch file rather than in memory (tests lower it). */
  spillBytes?: number;
}

export { LIMITS };
const SPILL_BYTES = 16e6;

const file = (meta: Omit<DownloadFile, 'size' | 'bytes' | 'body' | 'writeTo'>, stored: Stored): DownloadFile => ({
  ...meta,
  size: stored.size,
  bytes: () => stored.bytes(),
  body: () => stored.body(),
  writeTo: (path) => stored.writeTo(path),
});

/**
 * Some rows of a table as a CSV of their own, cut out of the table's CSV
 * (each row's line is the same wherever it is published): `key` groups the
 * rows, in file order, and each group becomes the header plus its lines.
 */
function groupedCsvs(rows: readonly Row[], offsets: Float64Array, head: Uint8Array, source: Stored, key: (r: Row) => string): Map<string, { file: Stored; rows: number }> {
  const groups = new Map<string, { ranges: number[]; rows: number }>();
  for (let i = 0; i < rows.length; i++) {
    const k = key(rows[i]!);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { ranges: [], rows: 0 }));
    g.rows++;
    const [s, e] = [offsets[i]!, offsets[i + 1]!];
    // A report's rows usually follow each other: one range for all of them.
    if (g.ranges.length && g.ranges[g.ranges.length - 1] === s) g.ranges[g.ranges.length - 1] = e;
    else g.ranges.push(s, e);
  }
  return new Map([...groups].map(([k, g]) => [k, { file: new RangesFile(head, source, g.ranges), rows: g.rows }]));
}

/** The province of each area (a commune or district counts under its province). */
function provinceOf(tables: DataLoad['tables']): (id: string) => string {
  const areas = new Map(tables.areas.map((a) => [a.id, a]));
  return (id) => {
    let a = areas.get(id);
    // A parent loop in areas.csv must not hang the build: the walk stops at an area already seen.
    for (const seen = new Set<string>(); a?.parent_id && !seen.has(a.id); a = areas.get(a.parent_id)) seen.add(a.id);
    return a?.id ?? id;
  };
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

/** Writes through a sink, with the SHA-256 of what went through when asked (datapackage.json gives the CSVs'). */
function stored(spill: number, make: (write: (chunk: Uint8Array) => void) => void, hashed = false): { file: Stored; sha256: string } {
  const sink = new Sink(spill);
  const hash = hashed ? createHash('sha256') : null;
  make((chunk) => {
    hash?.update(chunk);
    sink.write(chunk);
  });
  return { file: sink.close(), sha256: hash?.digest('hex') ?? '' };
}

/** The downloads of a data load: every file but the zip, and the zip, deflated while the build goes on. */
export interface Downloads {
  /** In the order the data page lists them; the zip comes after the whole-table files. */
  files: DownloadFile[];
  zip: Promise<DownloadFile>;
}

async function build(data: DataLoad, options: DownloadOptions): Promise<Downloads> {
  const { tables } = data;
  const files: DownloadFile[] = [];
  const inZip: { name: string; stored: Stored }[] = [];
  const limits = { ...LIMITS, ...options.limits };
  const spill = options.spillBytes ?? SPILL_BYTES;
  const csvs: PackageFile[] = [];
  const add = (meta: Omit<DownloadFile, 'size' | 'bytes' | 'body' | 'writeTo'>, s: Stored) => {
    files.push(file(meta, s));
    inZip.push({ name: meta.name, stored: s });
  };
  /** Per-report CSVs (cut from each observation table's CSV), listed after the zip. */
  const perReport: { def: TableDef; groups: Map<string, { file: Stored; rows: number }> }[] = [];
  const province = provinceOf(tables);
  // The workbooks are made on a worker thread while this one encodes the CSVs. Each is awaited in its
  // table's turn below, which reports a failure; until then a failure must not end the process unhandled.
  const workbooks = new Map(
    TABLES.filter((def) => tables[def.name].length <= limits.xlsxRows).map((def) => {
      const made = tableXlsxOffThread(def, tables);
      made.catch(() => {});
      return [def.name, made] as const;
    }),
  );
  for (const def of TABLES) {
    const rows = tables[def.name] as unknown as Row[];
    const count = rows.length;
    const cut = def.kind === 'observation' || count > limits.splitRows;
    const offsets = cut ? new Float64Array(count + 1) : undefined;
    const csv = stored(spill, (write) => writeTableCsv(def, tables, write, undefined, offsets), true);
    add({ name: `${def.name}.csv`, format: 'CSV', mediatype: MEDIA.csv!, table: def }, csv.file);
    csvs.push({ def, path: `${def.name}.csv`, bytes: csv.file.size, sha256: csv.sha256 });
    if (count <= limits.jsonRows) add({ name: `${def.name}.json`, format: 'JSON', mediatype: MEDIA.json!, table: def }, stored(spill, (write) => writeTableJson(def, tables, write)).file);
    const workbook = workbooks.get(def.name);
    if (workbook) add({ name: `${def.name}.xlsx`, format: 'XLSX', mediatype: MEDIA.xlsx!, table: def }, new MemoryFile(await workbook));
    if (!offsets) continue;
    const head = utf8.encode(csvHead(def, tables));
    // One area's or one fund year's rows, without filtering a whole table: per province (a district's rows
    // are in its province's file, with their area_id) for every observation table and any table too large
    // for a spreadsheet, and per fund year for a table that has one. Cut from the table's CSV, never re-encoded.
    if (def.kind === 'observation' || count > limits.splitRows) {
      const names = new Map(tables.areas.map((a) => [a.id, a.name]));
      for (const [id, g] of groupedCsvs(rows, offsets, head, csv.file, (r) => province(String(r.area_id ?? r.issuer_area_id ?? ''))))
        files.push(file({ name: `${def.name}-${id}.csv`, format: 'CSV', mediatype: MEDIA.csv!, table: def, province: { id, name: names.get(id) ?? id }, rows: g.rows }, g.file));
    }
    if (def.fields.some((f) => f.name === 'fund_year')) {
      // A fund year with more rows than a spreadsheet opens is published per province within it.
      const perYear = new Map<string, number>();
      for (const r of rows) perYear.set(String(r.fund_year ?? ''), (perYear.get(String(r.fund_year ?? '')) ?? 0) + 1);
      const split = (year: string) => (perYear.get(year) ?? 0) > limits.splitRows;
      const key = (r: Row) => {
        const year = String(r.fund_year ?? '');
        return split(year) ? `${year}|${province(String(r.area_id ?? ''))}` : year;
      };
      const names = new Map(tables.areas.map((a) => [a.id, a.name]));
      for (const [k, g] of [...groupedCsvs(rows, offsets, head, csv.file, key)].sort(([a], [b]) => a.localeCompare(b))) {
        const [year, part] = k.split('|') as [string, string | undefined];
        if (!year) continue;
        const name = `${def.name}-nam-von-${year}${part ? `-${part}` : ''}.csv`;
        files.push(file({ name, format: 'CSV', mediatype: MEDIA.csv!, table: def, fundYear: year, ...(part ? { province: { id: part, name: names.get(part) ?? part } } : {}), rows: g.rows }, g.file));
      }
    }
    if (def.kind === 'observation') perReport.push({ def, groups: groupedCsvs(rows, offsets, head, csv.file, (r) => String(r.report_id)) });
  }
  const descriptor = dataPackage(tables, csvs, { created: options.updated, homepage: options.pageUrl });
  add({ name: 'datapackage.json', format: 'Data Package', mediatype: MEDIA.json! }, new MemoryFile(utf8.encode(`${JSON.stringify(descriptor, null, 2)}\n`)));
  const names = [...inZip.map((f) => f.name), 'README.md'];
  add({ name: 'README.md', format: 'Markdown', mediatype: MEDIA.md! }, new MemoryFile(utf8.encode(readme(tables, { updated: options.updated, pageUrl: options.pageUrl, files: names, version: options.version }))));
  // Zip entries carry the date of the data (at noon UTC, so no time zone moves the day).
  const mtime = new Date(`${options.updated.slice(0, 10)}T12:00:00Z`);
  const zip = (async () => {
    const sink = new Sink(spill);
    await writeZip(inZip, mtime, sink);
    return file({ name: ZIP_NAME, format: 'ZIP', mediatype: MEDIA.zip! }, sink.close());
  })();
  // Awaited by whoever lists the zip; a failure is theirs to report, not an unhandled rejection.
  zip.catch(() => {});
  // One CSV per report and table, for the report pages: the rows that report printed.
  for (const report of tables.reports)
    for (const { def, groups } of perReport) {
      const g = groups.get(report.id);
      if (g) files.push(file({ name: reportFileName(report.id, def.name), format: 'CSV', mediatype: MEDIA.csv!, table: def, reportId: report.id, rows: g.rows }, g.file));
    }
  // Two parts with one name (an area id like "nam-von-2023") would overwrite each other without a word.
  const taken = new Set<string>();
  for (const f of files) {
    if (taken.has(f.name)) throw new Error(`Hai tệp tải về cùng tên ${f.name}: đổi mã địa bàn trong areas.csv để không trùng tên tệp của bảng khác.`);
    taken.add(f.name);
  }
  return { files, zip };
}

const cache = new WeakMap<DataLoad, Map<string, Promise<Downloads>>>();

/** The downloads of a data load, the zip still being made (computed once per load and options). */
export function downloadsOf(data: DataLoad, options: DownloadOptions): Promise<Downloads> {
  let byOptions = cache.get(data);
  if (!byOptions) cache.set(data, (byOptions = new Map()));
  const key = JSON.stringify(options);
  let downloads = byOptions.get(key);
  if (!downloads) byOptions.set(key, (downloads = build(data, options)));
  return downloads;
}

/** Every download of a data load, the zip after the whole-table files. */
export async function dataDownloads(data: DataLoad, options: DownloadOptions): Promise<DownloadFile[]> {
  const { files, zip } = await downloadsOf(data, options);
  const at = files.findIndex((f) => f.reportId !== undefined);
  const z = await zip;
  return at < 0 ? [...files, z] : [...files.slice(0, at), z, ...files.slice(at)];
}

export const downloadHref = (name: string) => `${DOWNLOAD_DIR}${name}`;
export const reportFileName = (reportId: string, table: string) => `bao-cao-${reportId}-${table}.csv`;


/** Vietnamese number formats by decimals, made once: toLocaleString builds one per call (a second of a national build's report pages). */
const sizeFormats = [0, 1].map((d) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: d }));

/** "860 B", "12 KB", "1,4 MB": sizes on download links, for readers on metered connections. */
export function fileSize(bytes: number): string {
  const nf = (n: number, d: 0 | 1) => sizeFormats[d]!.format(n);
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${nf(bytes / 1000, bytes < 10_000 ? 1 : 0)} KB`;
  return `${nf(bytes / 1_000_000, 1)} MB`;
}
