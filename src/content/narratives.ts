/**
 * The narratives of the reports, checked against data/reports.csv: a narrative
 * naming an unknown report, or two narratives for one report, stop the build with
 * a message naming the file and the nearest report id.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadDataOrThrow } from '../data/load.ts';
import { narrativeProblems } from './figure-refs.ts';

export type Narrative = CollectionEntry<'narratives'>;

/** Narratives by report id; throws when any narrative is misplaced. */
export async function narrativesByReport(): Promise<Map<string, Narrative>> {
  const [entries, { tables }] = await Promise.all([getCollection('narratives'), loadDataOrThrow()]);
  const problems = narrativeProblems(entries, tables.reports.map((r) => r.id));
  if (problems.length > 0) throw new Error(`Bài viết báo cáo (content/) có lỗi:\n${problems.join('\n')}`);
  return new Map(entries.map((e) => [e.data.report, e]));
}
