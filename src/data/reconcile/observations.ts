/** The observation tables and the figure columns their definitions mark. */
import { figureFields, type TableName } from '../define.ts';
import { TABLES } from '../tables/index.ts';
import type { Provenance } from './types.ts';

export type Observation = Provenance & { figure_text: string; figure_status: string; note: string | null } & Record<string, unknown>;

export const OBSERVATIONS: readonly TableName[] = TABLES.filter((t) => t.kind === 'observation').map((t) => t.name);

export const figureNames = (table: TableName): string[] => figureFields(TABLES.find((t) => t.name === table)!).map((f) => f.name);

export function figure(row: Observation, field: string): number | null {
  const v = row[field];
  return typeof v === 'number' ? v : null;
}
