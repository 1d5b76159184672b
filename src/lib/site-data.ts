/** Facts about the data that every page shows (footer, overview). Read from data/, never typed. */
import { loadDataOrThrow, type Tables } from '../data/load.ts';
import { once } from '../core/typed-table.ts';
import type { Report } from '../data/tables/index.ts';
import { dateSortKey } from '../core/format.ts';

export interface SourceSummary {
  reports: Report[];
  latest: Report;
  issuers: string[];
}

/** Computed once per data load: the footer of every page asks for it. */
export async function sourceSummary(): Promise<SourceSummary> {
  return summaryOf((await loadDataOrThrow()).tables);
}

const summaryOf = once((tables: Tables): SourceSummary => {
  const keyed = tables.reports.map((r) => ({ r, k: dateSortKey(r.date) }));
  const reports = keyed.sort((a, b) => b.k.localeCompare(a.k)).map((x) => x.r);
  const latest = reports[0];
  if (!latest) throw new Error('data/reports.csv không có báo cáo nào: cần ít nhất một báo cáo để xây dựng trang.');
  const issuers = [...new Set(reports.map((r) => r.issuer))];
  return { reports, latest, issuers };
});
