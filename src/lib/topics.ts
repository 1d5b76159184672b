/**
 * The dashboard's topics, as reports are filed under them: which rows of the data
 * make a report belong to a topic. One list for the report list's filters, the
 * "same topic" links and the narratives' <Charts topic="…">.
 */
import type { TableName } from '../data/define.ts';

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
  { id: 'cong-trinh', label: 'Công trình ngầm – cầu dân sinh', href: '/cong-trinh/', tables: ['works'], indicatorTopics: ['works'] },
  { id: 'ho-ngheo', label: 'Hộ nghèo', href: '/ho-ngheo/', tables: ['poverty'], indicatorTopics: ['poverty'] },
  { id: 'nguoi-co-uy-tin', label: 'Người có uy tín', href: '/nguoi-co-uy-tin/', tables: ['ncut'], indicatorTopics: ['ncut'] },
];

type Row = { report_id: string; area_id: string; topic?: string };

/** The topics a report contributed figures to, in the dashboard's order. */
export function topicsOf(reportId: string, tables: Partial<Record<TableName, readonly unknown[]>>): Topic[] {
  return TOPICS.filter((t) => {
    if (t.tables.some((name) => ((tables[name] ?? []) as readonly Row[]).some((r) => r.report_id === reportId))) return true;
    return ((tables.indicators ?? []) as readonly Row[]).some((r) => r.report_id === reportId && t.indicatorTopics.includes(r.topic ?? ''));
  });
}

/** The areas a report gives figures for (its issuer's area first). */
export function areasOf(reportId: string, issuerArea: string, tables: Partial<Record<TableName, readonly unknown[]>>): string[] {
  const out = new Set<string>([issuerArea]);
  for (const name of ['funding', 'works', 'poverty', 'ncut', 'indicators'] as const) {
    for (const r of (tables[name] ?? []) as readonly Row[]) if (r.report_id === reportId) out.add(r.area_id);
  }
  return [...out];
}
