/**
 * The dashboard's topics, as reports are filed under them: which rows of the data
 * make a report belong to a topic. One list for the report list's filters, the
 * "same topic" links and the narratives' <Charts topic="…">.
 */
import type { TableName } from '../data/define.ts';
import { reportEntry } from './report-index.ts';

export interface Topic {
  id: string;
  label: string;
  href: string;
  /** Tables whose rows put a report under this topic… */
  tables: readonly TableName[];
  /** …and indicator topics (indicators.csv `topic`) that do too. */
  indicatorTopics: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  { id: 'giai-ngan', label: 'Giải ngân', href: '/giai-ngan/', tables: ['funding'], indicatorTopics: ['funding'] },
  { id: 'cong-trinh', label: 'Công trình', href: '/cong-trinh/', tables: ['works'], indicatorTopics: ['works'] },
  { id: 'ho-ngheo', label: 'Hộ nghèo', href: '/ho-ngheo/', tables: ['poverty'], indicatorTopics: ['poverty'] },
  { id: 'nguoi-co-uy-tin', label: 'Người có uy tín', href: '/nguoi-co-uy-tin/', tables: ['ncut'], indicatorTopics: ['ncut'] },
];

const byReport = new WeakMap<object, Map<string, Topic[]>>();

/** The topics a report contributed figures to, in the dashboard's order (kept per report: every report page compares its topics with every other report's). */
export function topicsOf(reportId: string, tables: Partial<Record<TableName, readonly unknown[]>>): Topic[] {
  let known = byReport.get(tables);
  if (!known) byReport.set(tables, (known = new Map()));
  let topics = known.get(reportId);
  if (!topics) {
    const e = reportEntry(tables, reportId);
    topics = TOPICS.filter((t) => t.tables.some((name) => e.tables.has(name)) || t.indicatorTopics.some((x) => e.indicatorTopics.has(x)));
    known.set(reportId, topics);
  }
  return topics;
}

/** The areas a report gives figures for (its issuer's area first). */
export function areasOf(reportId: string, issuerArea: string, tables: Partial<Record<TableName, readonly unknown[]>>): string[] {
  return [...new Set([issuerArea, ...reportEntry(tables, reportId).areas])];
}
