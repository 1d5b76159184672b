/**
 * The narratives of the reports, checked against data/reports.csv: a narrative
 * naming an unknown report, or two narratives for one report, stop the build with
 * a message naming the file and the nearest report id.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadDataOrThrow } from '../data/load.ts';
import { nearest } from './figure-refs.ts';

export type Narrative = CollectionEntry<'narratives'>;

interface Entry {
  id: string;
  filePath?: string;
  data: { report: string };
}

/** Problems in Vietnamese, one per narrative that cannot be placed on a report page. */
export function narrativeProblems(entries: readonly Entry[], reportIds: readonly string[]): string[] {
  const known = new Set(reportIds);
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const e of entries) {
    const file = e.filePath ?? e.id;
    const id = e.data.report;
    if (!known.has(id)) {
      problems.push(`${file}: report: "${id}" không có trong data/reports.csv. Mã gần nhất: ${nearest(id, known).map((n) => `"${n}"`).join(', ')}.`);
    } else if (seen.has(id)) {
      problems.push(`${file}: báo cáo "${id}" đã có bài viết ở ${seen.get(id)}; mỗi báo cáo một bài.`);
    } else seen.set(id, file);
  }
  return problems;
}

/** Narratives by report id; throws when any narrative is misplaced. */
export async function narrativesByReport(): Promise<Map<string, Narrative>> {
  const [entries, { tables }] = await Promise.all([getCollection('narratives'), loadDataOrThrow()]);
  const problems = narrativeProblems(entries, tables.reports.map((r) => r.id));
  if (problems.length > 0) throw new Error(`Bài viết báo cáo (content/) có lỗi:\n${problems.join('\n')}`);
  return new Map(entries.map((e) => [e.data.report, e]));
}
