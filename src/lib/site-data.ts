/** Facts about the data that every page shows (footer, overview). Read from data/, never typed. */
import { loadDataOrThrow } from '../data/load.ts';
import type { Report } from '../data/tables/index.ts';
import { dateSortKey } from './format.ts';

export interface SourceSummary {
  reports: Report[];
  latest: Report;
  issuers: string[];
}

export async function sourceSummary(): Promise<SourceSummary> {
  const { tables } = await loadDataOrThrow();
  const reports = [...tables.reports].sort((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)));
  const latest = reports[0];
  if (!latest) throw new Error('data/reports.csv không có báo cáo nào: cần ít nhất một báo cáo để xây dựng trang.');
  const issuers = [...new Set(reports.map((r) => r.issuer))];
  return { reports, latest, issuers };
}
