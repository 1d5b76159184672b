/**
 * The staff checker of /cap-nhat/, without the page: the files a person chose
 * (CSV, or CSV made from an XLSX) take the place of the published tables of
 * the same name, the published tables stand in for the rest, and the build's
 * own check (src/data/check.ts) runs on the lot. Then: which rows are valid
 * and how the site will show them, and which discrepancies the new files add
 * to those already published.
 */
import { canonicalCsv } from '../data/canonical.ts';
import { checkTables, type DataLoad, type Discrepancy, type Issue, type Progress, type PublishedRows, type TableInput } from '../data/check.ts';
import { unknownFileIssue, type Cited } from '../data/published.ts';
import type { TableName } from '../data/define.ts';
import { figureFields } from '../data/define.ts';
import { figureQualifier, qualified } from '../data/qualifier.ts';
import { TABLES } from '../data/tables/index.ts';
import { describeRow, rowUnit } from '../lib/describe.ts';
import { formatDate, formatValue } from '../core/format.ts';

export interface ChosenTable {
  table: TableName;
  /** As the person knows it: "funding.csv", or "mau-funding.xlsx › funding". */
  file: string;
  bytes: Uint8Array;
  fromXlsx: boolean;
  /** Problems found before reading, as for a file in data/ (a workbook chosen beside this CSV with other rows). */
  extra?: Issue[];
}

/** The published data files' text by table, shipped with the page. */
export type Published = Record<TableName, string>;

export interface PreviewRow {
  line: number;
  id: string;
  table: TableName;
  what: string;
  area: string;
  figures: string;
  asOf: string;
  report: string;
  reportId: string | null;
  printed: string;
  /** Not in the published data as it is: a new row, or a published row changed. */
  changed: boolean;
  /** A published row changed in place: its figures as published ("20.016 đầu báo"), to compare with `figures`. */
  was?: string;
  /** The file (or workbook sheet) as chosen: "ncut.xlsx › ncut", whose row numbers `line` gives. */
  file: string;
  /**
   * A new figure that looks rounded («2.100 hộ», «50%») with no «khoảng», «trên», «hơn» in what was copied: the page
   * asks staff to look at the paper again, since a forgotten «khoảng» can be caught by no rule (walk-through 29).
   */
  rounded?: true;
}

/**
 * A value a report often gives as an approximation, not 0: a whole multiple of 10 for a percentage below 100 (100%
 * is «hết», walk-through 31), of 1.000 for an amount in million VND (29.800 triệu đồng is a plan's exact figure,
 * walk-through 30), of 50 for a count of 100 or more («khoảng 1.150 hộ», walk-through 31).
 */
const looksRounded = (value: number, unit: string): boolean =>
  value !== 0 && Number.isInteger(value) && (unit === 'percent' ? value < 100 && value % 10 === 0 : unit === 'mvnd' ? value % 1000 === 0 : value >= 100 && value % 50 === 0);

export interface CheckerResult {
  issues: Issue[];
  /** Warnings about the form of clean files (not canonical): shown with the issues, never blocking. */
  form: Issue[];
  errors: number;
  warnings: number;
  preview: PreviewRow[];
  /** Discrepancies found with the chosen files that the published data does not have. */
  added: Discrepancy[];
  /** Rows per chosen table, valid ones. */
  counts: Partial<Record<TableName, number>>;
  /**
   * The canonical CSV (npm run chuan-hoa's form) of each chosen table without
   * an error: the file to put in data/ — from a CSV saved by Excel or from an
   * XLSX alike — so the change shows as the rows that changed.
   */
  canonical: { table: TableName; file: string; text: string }[];
}

const encoder = new TextEncoder();

/** The published tables, as files named for the person reading the messages. */
function publishedInputs(published: Published): Record<TableName, TableInput> {
  return Object.fromEntries(
    TABLES.map((t) => [t.name, { file: `${t.file} (đã công bố)`, bytes: encoder.encode(published[t.name] ?? ''), canonicalWarning: false }]),
  ) as Record<TableName, TableInput>;
}

type AnyRow = Record<string, unknown> & { id?: string };

/**
 * `cited`: the rows the site's articles cite (a withdrawn one still cited is refused, as in `npm run check`).
 * `unknown`: chosen files no table is named for ("funding (1).csv"): refused like such a file in
 * the data folder (published.ts unknownFileIssue), so a renamed download is never silently left out.
 * `progress`: told the line reached in each table read with the chosen files (the page shows it).
 */
export function runChecker(
  chosen: readonly ChosenTable[],
  published: Published,
  unknown: readonly string[] = [],
  cited: Cited = {},
  progress?: Progress,
): CheckerResult {
  const inputs = publishedInputs(published);
  // No "not in canonical form" warning here: the page hands back every chosen file in that form to upload, and
  // says so, so the warning would only be noise after rows added exactly as the guide says (npm run check keeps it).
  for (const c of chosen) inputs[c.table] = { file: c.file, bytes: c.bytes, canonicalWarning: false, ...(c.extra ? { extra: c.extra } : {}) };
  const before = checkTables(publishedInputs(published));
  // The published rows: one removed or changed in place without a withdrawal is an error, as in `npm run check`.
  const load = checkTables(inputs, { published: before.tables as unknown as PublishedRows, cited, ...(progress ? { progress } : {}) });
  load.issues = [...unknown.map((name) => unknownFileIssue(name)), ...load.issues];
  const known = new Set(before.discrepancies.map((d) => d.id));
  const errors = load.issues.filter((i) => i.severity === 'error').length;
  const tables = new Set(chosen.map((c) => c.table));
  return {
    issues: load.issues,
    form: load.form,
    errors,
    warnings: load.issues.length - errors + load.form.length,
    preview: previewRows(load, tables, before, new Map(chosen.map((c) => [c.table, c.file]))),
    added: load.discrepancies.filter((d) => !known.has(d.id)),
    counts: Object.fromEntries([...tables].map((t) => [t, load.counts[t]])),
    canonical: chosen
      .filter((c) => !load.issues.some((i) => i.file === c.file && i.severity === 'error'))
      .map((c) => ({ table: c.table, file: TABLES.find((t) => t.name === c.table)!.file, text: canonicalCsv(c.table, load.tables[c.table] as never) })),
  };
}

/** A poverty figure is of its year, as its card says («năm 2024», a fall «2023–2024»), never of its report's day (walk-through 34). */
const povertyYears = (table: TableName, row: AnyRow): string | null =>
  table !== 'poverty' || typeof row.year !== 'number' ? null : typeof row.year_from === 'number' ? `${row.year_from}–${row.year}` : `năm ${row.year}`;

/** A figure without as_of is dated by its report: "(ngày báo cáo 17/11/2023)"; a month-only report is no day. */
const reportDate = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? `(ngày báo cáo ${formatDate(date)})` : `(báo cáo ${formatDate(date)}, chưa ghi ngày)`);

/** The valid rows of the chosen tables, in words and formatted as the site shows them. */
function previewRows(load: DataLoad, chosen: ReadonlySet<TableName>, published: DataLoad, files: ReadonlyMap<TableName, string>): PreviewRow[] {
  const reports = new Map(load.tables.reports.map((r) => [r.id, r]));
  const areas = new Map(load.tables.areas.map((a) => [a.id, a.name]));
  // A project's short name beside what a row measures: two funding rows of Dự án 1 and Dự án 4 read alike without it.
  const projects = new Map(load.tables.projects.map((p) => [p.id, p.short_name ?? p.name]));
  const project = (row: AnyRow) => (typeof row.project_id === 'string' ? ` · ${projects.get(row.project_id) ?? row.project_id}` : '');
  const out: PreviewRow[] = [];
  for (const def of TABLES) {
    if (!chosen.has(def.name)) continue;
    const rows = load.tables[def.name] as unknown as AnyRow[];
    const lines = load.lines[def.name];
    // withdrawals.csv has no id: a decision is its table, row and date.
    const keyOf = (r: AnyRow) => r.id ?? `${String(r.table)}/${String(r.row_id)}/${String(r.date)}`;
    const publishedRows = new Map((published.tables[def.name] as unknown as AnyRow[]).map((r) => [keyOf(r), r]));
    const observation = def.kind === 'observation';
    // As the site will print them, qualifier included ("trên 76%").
    const figuresOf = (row: AnyRow) =>
      observation
        ? figureFields(def)
            .filter((f) => typeof row[f.name] === 'number')
            .map((f) => {
              const unit = rowUnit(def.name, row, f.name);
              return qualified(formatValue(row[f.name] as number, unit, 6), figureQualifier(row, row[f.name] as number, unit === 'mvnd'));
            })
            .join('; ')
        : '';
    // Every figure of the row rounded, and none qualified.
    const rounded = (row: AnyRow) => {
      const figures = figureFields(def).filter((f) => typeof row[f.name] === 'number');
      return (
        figures.length > 0 &&
        figures.every((f) => looksRounded(row[f.name] as number, rowUnit(def.name, row, f.name)) && figureQualifier(row, row[f.name] as number, rowUnit(def.name, row, f.name) === 'mvnd') === null)
      );
    };
    rows.forEach((row, i) => {
      const reportId = typeof row.report_id === 'string' ? row.report_id : def.name === 'reports' ? (row.id ?? null) : null;
      const report = reportId ? reports.get(reportId) : undefined;
      const key = keyOf(row);
      const old = publishedRows.get(key);
      const changed = old === undefined || JSON.stringify(old) !== JSON.stringify(row);
      const was = old && changed && figuresOf(old) !== figuresOf(row) ? figuresOf(old) : undefined;
      out.push({
        line: lines[i] ?? 0,
        file: files.get(def.name) ?? def.file,
        id: key,
        table: def.name,
        what: observation
          ? describeRow(def.name, row) + project(row)
          : def.name === 'withdrawals'
            ? `Rút lại hoặc sửa dòng ${String(row.row_id)} của ${String(row.table)}.csv: ${String(row.reason ?? '')}`
            : String(row.name ?? row.title ?? row.short_name ?? ''),
        area: typeof row.area_id === 'string' ? (areas.get(row.area_id) ?? row.area_id) : '',
        figures: figuresOf(row),
        ...(was ? { was } : {}),
        asOf: typeof row.as_of === 'string' ? formatDate(row.as_of) : povertyYears(def.name, row) ?? (report ? reportDate(report.date) : ''),
        report: report ? `${report.id} — ${report.issuer}, ${formatDate(report.date)}` : '',
        reportId,
        printed: typeof row.figure_text === 'string' ? row.figure_text : '',
        changed,
        ...(changed && observation && rounded(row) ? { rounded: true as const } : {}),
      });
    });
  }
  return out;
}
