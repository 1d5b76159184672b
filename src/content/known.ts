/** What a narrative may cite: the data's figure ids, areas, reports and the dashboard topics. */
import type { DataLoad } from '../data/load.ts';
import { once } from '../core/typed-table.ts';
import { figureIndex } from '../data/figures.ts';
import { TOPICS } from '../lib/topics.ts';
import type { Known } from './figure-refs.ts';

export const knownOf = once(
  (data: DataLoad): Known => ({
    figures: new Set(figureIndex(data.tables).keys()),
    areas: new Set(data.tables.areas.map((a) => a.id)),
    reports: new Set(data.tables.reports.map((r) => r.id)),
    topics: new Set(TOPICS.map((t) => t.id)),
  }),
);
