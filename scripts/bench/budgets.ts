/** The budgets, on every page. 1 KB = 1000 bytes (the stricter reading). */
export const BUDGETS = {
  jsGzipBytes: 5_000,
  firstViewBytes: 60_000,
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
} as const;

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
export const KINDS: Kind[] = ['html', 'css', 'js', 'font', 'image', 'other'];

export interface Lighthouse {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that cost points in accessibility, best practices or SEO. */
  failedAudits: string[];
  /** Lighthouse's measure of this machine's CPU speed (its throttling assumes ~1000–2000). */
  benchmarkIndex: number;
}

export interface PageResult {
  path: string;
  /** Bytes of each kind of resource the first view loads: raw, and gzip (what a server sends). */
  bytes: Record<Kind, { raw: number; gzip: number }>;
  /** Bytes on the wire for the first view (encoded bodies + response headers), empty cache. */
  transferred: number;
  requests: number;
  foreignRequests: string[];
  failedRequests: string[];
  noJs: { h1: number; charts: number; tables: number; text: number };
  withJs: { h1: number; charts: number; tables: number; text: number };
  axe: string[];
  lighthouse?: Lighthouse;
}

/** Content shown without JavaScript: a heading, and every chart, table and word the page has with it. */
export const completeWithoutJs = (r: PageResult) =>
  r.noJs.h1 >= 1 &&
  r.noJs.charts >= r.withJs.charts &&
  r.noJs.tables >= r.withJs.tables &&
  r.noJs.text >= r.withJs.text * 0.99;

/** Every missed budget of a page, as a sentence. */
export function missedBudgets(r: PageResult): string[] {
  const missed: string[] = [];
  if (!completeWithoutJs(r)) missed.push('incomplete without JavaScript');
  if (r.bytes.js.gzip > BUDGETS.jsGzipBytes) missed.push(`JS ${r.bytes.js.gzip} B gzip > ${BUDGETS.jsGzipBytes}`);
  if (r.foreignRequests.length) missed.push(`requests to other origins: ${r.foreignRequests.join(', ')}`);
  if (r.failedRequests.length) missed.push(`failed requests: ${r.failedRequests.join(', ')}`);
  if (r.transferred > BUDGETS.firstViewBytes) missed.push(`first view ${r.transferred} B > ${BUDGETS.firstViewBytes}`);
  if (r.axe.length) missed.push(`axe: ${r.axe.join(', ')}`);
  const lh = r.lighthouse;
  if (lh) {
    if (lh.performance < BUDGETS.performance) missed.push(`Lighthouse performance ${lh.performance}`);
    if (lh.accessibility < BUDGETS.accessibility) missed.push(`Lighthouse accessibility ${lh.accessibility}`);
    if (lh.bestPractices < BUDGETS.bestPractices) missed.push(`Lighthouse best practices ${lh.bestPractices}`);
    if (lh.seo < BUDGETS.seo) missed.push(`Lighthouse SEO ${lh.seo}`);
    if (lh.failedAudits.length) missed.push(`Lighthouse audits: ${lh.failedAudits.join(', ')}`);
  }
  return missed;
}
