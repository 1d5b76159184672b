/**
 * Absolute addresses for things that leave the site (citations, iframe snippets,
 * the credit line of an image). With SITE_URL set (see README, Deploying) they
 * are full URLs; without it, site paths with the base, which is all a local build can know.
 */
export function absoluteUrl(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const site = import.meta.env.SITE;
  return site ? new URL(`${base}${path}`, site).href : `${base}${path}`;
}

/** The line printed at the bottom of a chart image: the site, the licence of the data and the chart's address. */
export function chartCredit(id: string, page: string): string {
  return `Số liệu Chương trình MTQG 1719 · giấy phép CC BY 4.0 — ${absoluteUrl(`${page}#${id}`)}`;
}
