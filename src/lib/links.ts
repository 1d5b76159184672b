/**
 * Where things live on the site: one place for every internal path a page
 * builds. Paths are site-relative ("/bao-cao/…"); components add the deployment
 * base with url() when they render a link.
 *
 * Two facts of the data decide some paths: which page of its report's rows a row
 * is on (a report's rows are split into pages of bounded size), and which areas
 * have no page of their own (communes: they are listed on their parent's page).
 * Those paths are methods of SitePaths, made from the data by
 * lib/report-index.ts sitePaths(): a link to a row or an area cannot be made
 * before the data it depends on is known.
 */

/** The page of a report's rows: the report page itself for the first, then /so-lieu/2/, /so-lieu/3/… */
export const reportRowsHref = (reportId: string, page: number) => (page <= 1 ? `/bao-cao/${reportId}/` : `/bao-cao/${reportId}/so-lieu/${page}/`);

/** The paths that depend on the data: a source row's line, an area's page. */
export class SitePaths {
  /** The page of each row not on its report's usual page: page 1, or (for `overflowing` reports) 0, the downloads. */
  readonly #rowPages: ReadonlyMap<string, number>;
  /** Reports with more rows than their pages show. */
  readonly #overflowing: ReadonlySet<string>;
  /** Each area listed on its parent's page (communes), with that parent. */
  readonly #listedIn: ReadonlyMap<string, string>;

  constructor(rowPages: ReadonlyMap<string, number>, overflowing: ReadonlySet<string>, listedIn: ReadonlyMap<string, string>) {
    this.#rowPages = rowPages;
    this.#overflowing = overflowing;
    this.#listedIn = listedIn;
  }

  /** A source row: its line on a page of the report's rows, or (past the pages' limit) the report's downloads, which hold every row. */
  rowHref(reportId: string, rowId: string): string {
    const page = this.#rowPages.get(rowId) ?? (this.#overflowing.has(reportId) ? 0 : 1);
    return page === 0 ? `${reportHref(reportId)}#${REPORT_DOWNLOADS}` : `${reportRowsHref(reportId, page)}#${rowId}`;
  }

  /** An area's page; a commune's line on its parent's page. */
  areaHref(areaId: string): string {
    const parent = this.#listedIn.get(areaId);
    return parent ? `/dia-ban/${parent}/#${areaId}` : `/dia-ban/${areaId}/`;
  }

  /** Whether an area has a page of its own (communes do not). */
  hasAreaPage(areaId: string): boolean {
    return !this.#listedIn.has(areaId);
  }
}

/** The anchor of a report page's downloads. */
export const REPORT_DOWNLOADS = 'tai-ve';
export const reportHref = (reportId: string) => `/bao-cao/${reportId}/`;
/** A discrepancy on the data-quality page. */
export const discrepancyHref = (id: string) => `/du-lieu/chat-luong/#${id}`;
/** The one-page printable brief of an area, and of the whole programme. */
export const areaBriefHref = (areaId: string) => `/dia-ban/${areaId}/ban-in/`;
/** An area's figures of the topics without a page of their own (views/other-indicators.ts). */
export const areaIndicatorsHref = (areaId: string) => `/dia-ban/${areaId}/chi-tieu/`;
export const programmeBriefHref = '/ban-in/';
