/** The figure index of the loaded data, for the narratives' <Value id="…"> (built once per data load). */
import { figureIndex, type FigureRecord } from '../data/figures.ts';
import { loadDataOrThrow, type DataLoad } from '../data/load.ts';
import { qualified } from '../data/qualifier.ts';
import { formatValue } from '../core/format.ts';
import { once } from '../core/typed-table.ts';
import type { SitePaths } from '../lib/links.ts';

const indexOf = once((data: DataLoad): Map<string, FigureRecord> => figureIndex(data.tables));

export async function figures(): Promise<Map<string, FigureRecord>> {
  return indexOf(await loadDataOrThrow());
}

/** How a cited figure reads in a narrative: vi-VN, unit spelled out, every printed decimal kept, qualified as printed ("trên 76%"). */
export const figureText = (f: FigureRecord) => qualified(formatValue(f.value, f.unit, 6), f.qualifier);

/** Where a cited figure links: its row on its report's page. */
export const figureHref = (paths: SitePaths, f: FigureRecord) => paths.rowHref(f.report_id, f.rowId);
