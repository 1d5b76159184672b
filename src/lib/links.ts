/** Where things live on the site: one place for every internal link a page builds. */
import { url } from './nav.ts';

/** A source row: its line in the table of its report's page. */
export const rowHref = (reportId: string, rowId: string) => url(`/bao-cao/${reportId}/#${rowId}`);
export const reportHref = (reportId: string) => url(`/bao-cao/${reportId}/`);
export const areaHref = (areaId: string) => url(`/dia-ban/${areaId}/`);
/** A discrepancy on the data-quality page. */
export const discrepancyHref = (id: string) => url(`/du-lieu/chat-luong/#${id}`);
