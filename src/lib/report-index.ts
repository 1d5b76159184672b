/**
 * Every report's rows, topics and areas, found in one pass over the tables and
 * kept per tables object: pages and downloads ask "which rows came from this
 * report" once per report, and with a million rows a scan per question would
 * make the build quadratic. It also splits each report's rows into pages
 * (FIRST_PAGE_ROWS on the report page, then ROWS_PER_PAGE a page, so no page
 * grows with the data), from which sitePaths() knows the page of every row
 * and the areas listed on their parent's page.
 */
import type { TableName } from '../data/define.ts';
import { TABLES } from '../data/tables/index.ts';
import { once } from '../core/typed-table.ts';
import { dateSortKey } from '../core/format.ts';
import { REPORT_DOWNLOADS, reportRowsHref, SitePaths } from './links.ts';

/** Rows on each later page of a report's figures (/bao-cao/<id>/so-lieu/<n>/). */
export const ROWS_PER_PAGE = 100;
/** Rows on the report page itself, below its narrative and charts: keeps it under the 60 KB first view. */
export const FIRST_PAGE_ROWS = 50;

/**
 * Pages of rows per report, the report page included: 450 rows, more than any
 * real report has printed (the largest, 384). A larger report (national scale)
 * shows its first FIRST_PAGE_ROWS rows on the report page and no further pages:
 * all its rows are in its CSV, one file, rather than a few hundred of them spread
 * over pages and the rest elsewhere (raw rows at national scale belong in downloads).
 */
export const MAX_ROW_PAGES = 5;
/** The most rows a report can have and still get all of them on pages. */
export const PAGED_ROWS = FIRST_PAGE_ROWS + (MAX_ROW_PAGES - 1) * ROWS_PER_PAGE;

/** Whether a report of `count` rows shows them all on pages (else only the first FIRST_PAGE_ROWS, on the report page). */
export const allRowsPaged = (count: number) => count <= PAGED_ROWS;

/** The page (1 = the report page) of the i-th of a report's `count` rows; 0 for a row only in the report's download. */
const pageOfRow = (i: number, count: number) => (i < FIRST_PAGE_ROWS ? 1 : allRowsPaged(count) ? 2 + Math.floor((i - FIRST_PAGE_ROWS) / ROWS_PER_PAGE) : 0);

export type SourceRow = Record<string, unknown> & { id: string; report_id: string; area_id: string; topic?: string };

const OBSERVATIONS = TABLES.filter((t) => t.kind === 'observation').map((t) => t.name);

export interface ReportEntry {
  /** The report's rows per table, in file order. */
  rows: Partial<Record<TableName, SourceRow[]>>;
  count: number;
  /** Areas with figures, in order of first appearance. */
  areas: Set<string>;
  /** Tables with rows, and indicator topics with rows. */
  tables: Set<TableName>;
  indicatorTopics: Set<string>;
}

/** One page of a report's rows, grouped by table. */
export interface RowPage {
  page: number;
  groups: { table: TableName; rows: SourceRow[] }[];
}

type AnyTables = Partial<Record<TableName, readonly unknown[]>>;
export const reportIndex = once((tables: AnyTables): Map<string, ReportEntry> => {
  const index = new Map<string, ReportEntry>();
  const entry = (id: string) => {
    let e = index.get(id);
    if (!e) index.set(id, (e = { rows: {}, count: 0, areas: new Set(), tables: new Set(), indicatorTopics: new Set() }));
    return e;
  };
  for (const name of OBSERVATIONS) {
    for (const r of (tables[name] ?? []) as readonly SourceRow[]) {
      const e = entry(r.report_id);
      (e.rows[name] ??= []).push(r);
      e.count++;
      e.areas.add(r.area_id);
      e.tables.add(name);
      if (name === 'indicators' && r.topic) e.indicatorTopics.add(r.topic);
    }
  }
  return index;
});

/**
 * The site's paths for this data (links.ts SitePaths): a row's page, and the areas (communes) shown on their
 * parent's page. Only the rows off their report's usual page are kept (page 1, or the downloads past the pages'
 * limit): at a million rows, 60 000 ids rather than every one.
 */
export const sitePaths = once((tables: AnyTables): SitePaths => {
  const pages = new Map<string, number>();
  const overflowing = new Set<string>();
  for (const [reportId, e] of reportIndex(tables)) {
    const usual = allRowsPaged(e.count) ? 1 : 0;
    if (usual === 0) overflowing.add(reportId);
    let i = 0;
    for (const name of OBSERVATIONS)
      for (const r of e.rows[name] ?? []) {
        const page = pageOfRow(i++, e.count);
        if (page !== usual) pages.set(r.id, page);
      }
  }
  const parents = new Map<string, string>();
  for (const a of (tables.areas ?? []) as readonly { id: string; level: string; parent_id: string | null }[])
    if (a.level === 'commune' && a.parent_id) parents.set(a.id, a.parent_id);
  return new SitePaths(pages, overflowing, parents);
});

const EMPTY: ReportEntry = { rows: {}, count: 0, areas: new Set(), tables: new Set(), indicatorTopics: new Set() };

export const reportEntry = (tables: AnyTables, reportId: string): ReportEntry => reportIndex(tables).get(reportId) ?? EMPTY;

/** The pages of a report's rows (at least one, possibly empty; see allRowsPaged). */
export function rowPages(entry: ReportEntry): RowPage[] {
  const pages: RowPage[] = [];
  let i = 0;
  for (const table of OBSERVATIONS) {
    for (const row of entry.rows[table] ?? []) {
      const n = pageOfRow(i++, entry.count) - 1;
      if (n < 0) return pages;
      const page = (pages[n] ??= { page: n + 1, groups: [] });
      const last = page.groups.at(-1);
      if (last?.table === table) last.rows.push(row);
      else page.groups.push({ table, rows: [row] });
    }
  }
  return pages.length ? pages : [{ page: 1, groups: [] }];
}

/**
 * Where a table's rows start for the report page's list of tables: on the report page itself, on a later
 * page of rows, or, for a report too large to page whose first rows are all of other tables, in its
 * downloads (the report page's `#tai-ve`). `onPages` says which.
 */
export function tableStart(reportId: string, pages: readonly RowPage[], table: TableName): { href: string; onPages: boolean } {
  const page = pages.find((p) => p.groups.some((g) => g.table === table))?.page;
  if (page === undefined) return { href: `#${REPORT_DOWNLOADS}`, onPages: false };
  return { href: page === 1 ? `#bang-${table}` : `${reportRowsHref(reportId, page)}#bang-${table}`, onPages: true };
}

/** The reports with figures about each area (one pass per tables object): an area page lists them. */
export const reportsByArea = once((tables: AnyTables): Map<string, Set<string>> => {
  const m = new Map<string, Set<string>>();
  for (const [reportId, e] of reportIndex(tables)) for (const a of e.areas) (m.get(a) ?? m.set(a, new Set()).get(a)!).add(reportId);
  return m;
});

/** How many figures each area has, over every observation table (one pass, kept per tables object). */
export const areaFigureCounts = once((tables: AnyTables): Map<string, number> => {
  const m = new Map<string, number>();
  for (const name of OBSERVATIONS) for (const r of (tables[name] ?? []) as readonly SourceRow[]) m.set(r.area_id, (m.get(r.area_id) ?? 0) + 1);
  return m;
});

const newest = once((reports: readonly { id: string; date: string }[]) => {
  const keyed = reports.map((r) => ({ r, k: dateSortKey(r.date) }));
  return keyed.sort((a, b) => b.k.localeCompare(a.k)).map((x) => x.r);
});

/** The reports newest first (a month-only date at the month's end), sorted once per reports table. */
export function reportsNewestFirst<R extends { id: string; date: string }>(reports: readonly R[]): readonly R[] {
  return newest(reports) as unknown as readonly R[];
}

const byReport = once((discrepancies: readonly { reportIds: readonly string[] }[]) => {
  const m = new Map<string, unknown[]>();
  for (const d of discrepancies) for (const id of new Set(d.reportIds)) (m.get(id) ?? m.set(id, []).get(id)!).push(d);
  return m;
});

/** The discrepancies that involve each report, grouped once (a report page asks for its own). */
export function findingsOf<D extends { reportIds: readonly string[] }>(discrepancies: readonly D[], reportId: string): D[] {
  return (byReport(discrepancies).get(reportId) ?? []) as D[];
}
