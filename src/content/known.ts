/** What a narrative may cite: the data's figure ids, areas, reports and the dashboard topics. */
import type { DataLoad } from '../data/load.ts';
import { figureIndex } from '../data/figures.ts';
import { TOPICS } from '../lib/topics.ts';
import type { Known } from './figure-refs.ts';

const cache = new WeakMap<DataLoad, Known>();

export function knownOf(data: DataLoad): Known {
  let known = cache.get(data);
  if (!known) {
    known = {
      figures: new Set(figureIndex(data.tables).keys()),
      areas: new Set(data.tables.areas.map((a) => a.id)),
      reports: new Set(data.tables.reports.map((r) => r.id)),
      topics: new Set(TOPICS.map((t) => t.id)),
    };
    cache.set(data, known);
  }
  return known;
}
