/**
 * Where things live on the site: one place for every internal path a page
 * builds. Paths are site-relative ("/bao-cao/…"); components add the deployment
 * base with url() when they render a link.
 *
 * Two facts of the data decide some paths, and are registered once per data
 * load by lib/report-index.ts: which page of its report's rows a row is on
 * (a report's rows are split into pages of bounded size), and which areas have
 * no page of their own (communes: they are listed on their parent's page).
 */
interface Registered {
  /** The page of each row not on its report's usual page: page 1, or (for `overflowing` reports) 0, the downloads. */
  rowPages: ReadonlyMap<string, number>;
  /** Reports with more rows than their pages show. */
  overflowing: ReadonlySet<string>;
  listedIn: ReadonlyMap<string, string>;
}
// Shared by every copy of this module (Astro's bundle, the build's own modules).
const SHARED = Symbol.for('mtqg1719.paths');
const registered = ((globalThis as Record<symbol, unknown>)[SHARED] ??= { rowPages: new Map(), overflowing: new Set(), listedIn: new Map() }) as Registered;

export function registerPaths(pages: ReadonlyMap<string, number>, parents: ReadonlyMap<string, string>, overflowing: ReadonlySet<string>): void {
  registered.rowPages = pages;
  registered.overflowing = overflowing;
  registered.listedIn = parents;
}

/** The page of a report's rows: the report page itself for the first, then /so-lieu/2/, /so-lieu/3/… */
export const reportRowsHref = (reportId: string, page: number) => (page <= 1 ? `/bao-cao/${reportId}/` : `/bao-cao/${reportId}/so-lieu/${page}/`);
/** A source row: its line on a page of the report's rows, or (past the pages' limit) the report's downloads, which hold every row. */
export const rowHref = (reportId: string, rowId: string) => {
  const page = registered.rowPages.get(rowId) ?? (registered.overflowing.has(reportId) ? 0 : 1);
  return page === 0 ? `${reportHref(reportId)}#${REPORT_DOWNLOADS}` : `${reportRowsHref(reportId, page)}#${rowId}`;
};
/** The anchor of a report page's downloads. */
export const REPORT_DOWNLOADS = 'tai-ve';
export const reportHref = (reportId: string) => `/bao-cao/${reportId}/`;
/** An area's page; a commune's line on its parent's page. */
export const areaHref = (areaId: string) => {
  const parent = registered.listedIn.get(areaId);
  return parent ? `/dia-ban/${parent}/#${areaId}` : `/dia-ban/${areaId}/`;
};
/** Whether an area has a page of its own (communes do not). */
export const hasAreaPage = (areaId: string) => !registered.listedIn.has(areaId);
/** A discrepancy on the data-quality page. */
export const discrepancyHref = (id: string) => `/du-lieu/chat-luong/#${id}`;
/** The one-page printable brief of an area, and of the whole programme. */
export const areaBriefHref = (areaId: string) => `/dia-ban/${areaId}/ban-in/`;
export const programmeBriefHref = '/ban-in/';
