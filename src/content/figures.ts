/** The figure index of the loaded data, for the narratives' <Value id="…"> (built once per data load). */
import { correctedRows, ratesOnCorrected } from '../data/corrections.ts';
import { figureId, figureIndex, type FigureRecord } from '../data/figures.ts';
import { TABLES } from '../data/tables/index.ts';
import type { Row } from '../data/validate.ts';
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

/** Per table, the rows a later report corrected, and the rates printed beside such a figure: each → the correcting row. */
const correctionsOf = once((data: DataLoad): Map<string, { by: string; rate: boolean }> => {
  const out = new Map<string, { by: string; rate: boolean }>();
  const tables = data.tables as unknown as Record<string, readonly Row[]>;
  for (const def of TABLES) {
    const rows = tables[def.name] ?? [];
    for (const [id, by] of correctedRows(def, rows, tables.reports ?? [])) out.set(`${def.name}\u0000${id}`, { by, rate: false });
    for (const [id, by] of ratesOnCorrected(def, rows, tables.reports ?? [])) out.set(`${def.name}\u0000${id}`, { by, rate: true });
  }
  return out;
});

/**
 * A cited figure a later report corrected, or a rate printed beside such a figure: the correcting figure, so a
 * narrative written before the correction never quotes the old number unsaid (walk-through 32: «170.353 triệu
 * đồng, đạt 40,7%» kept in a report's summary after 170.535 was printed). Null for any other figure.
 */
export function correctionOf(data: DataLoad, f: FigureRecord): { by: FigureRecord; rate: boolean } | null {
  const found = correctionsOf(data).get(`${f.table}\u0000${f.rowId}`);
  if (!found) return null;
  const index = indexOf(data);
  // The correcting row's figure of the same column (ncut's persons, funding's value); for a rate, its amount.
  const by = index.get(figureId(f.table, found.by, f.field)) ?? index.get(figureId(f.table, found.by));
  return by ? { by, rate: found.rate } : null;
}

/** Each row's (first) figure, once per data load: a report page's every snapshot chart asks (correctionsAmong). */
const figuresByRow = once((data: DataLoad): Map<string, FigureRecord> => {
  const out = new Map<string, FigureRecord>();
  for (const f of indexOf(data).values()) if (!out.has(f.rowId)) out.set(f.rowId, f);
  return out;
});

/**
 * The figures among a chart's rows that a later report corrected, each with its correction, in the order given: a
 * chart drawn as it stood when its report was issued says so beside it (walk-through 34: «170.353» and «40,7%» kept
 * on the old report's charts with no word of 170.535). Rates printed beside a corrected amount come after.
 */
export function correctionsAmong(data: DataLoad, rowIds: Iterable<string>): { was: FigureRecord; by: FigureRecord; rate: boolean }[] {
  const byRow = figuresByRow(data);
  const out: { was: FigureRecord; by: FigureRecord; rate: boolean }[] = [];
  for (const id of new Set(rowIds)) {
    const was = byRow.get(id);
    const fix = was ? correctionOf(data, was) : null;
    if (was && fix) out.push({ was, ...fix });
  }
  return out.toSorted((a, b) => Number(a.rate) - Number(b.rate));
}
