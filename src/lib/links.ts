/**
 * Where things live on the site: one place for every internal path a page
 * builds. Paths are site-relative ("/bao-cao/…"); components add the deployment
 * base with url() when they render a link.
 */
export const rowHref = (reportId: string, rowId: string) => `/bao-cao/${reportId}/#${rowId}`;
export const reportHref = (reportId: string) => `/bao-cao/${reportId}/`;
export const areaHref = (areaId: string) => `/dia-ban/${areaId}/`;
/** A discrepancy on the data-quality page. */
export const discrepancyHref = (id: string) => `/du-lieu/chat-luong/#${id}`;
/** The one-page printable brief of an area, and of the whole programme. */
export const areaBriefHref = (areaId: string) => `/dia-ban/${areaId}/ban-in/`;
export const programmeBriefHref = '/ban-in/';
