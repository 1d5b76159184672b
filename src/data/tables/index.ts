/** The registry of every dataset definition, in dependency order (references first). */
import type { RowOf, TableDef, TableName } from '../define.ts';
import { areas } from './areas.ts';
import { documents } from './documents.ts';
import { funding } from './funding.ts';
import { indicators } from './indicators.ts';
import { ncut } from './ncut.ts';
import { poverty } from './poverty.ts';
import { projects } from './projects.ts';
import { reports } from './reports.ts';
import { withdrawals } from './withdrawals.ts';
import { works } from './works.ts';

export { areas, funding, indicators, ncut, poverty, reports, works };

export const TABLES = [areas, reports, projects, funding, works, poverty, ncut, indicators, documents, withdrawals] as const satisfies readonly TableDef[];

export type Area = RowOf<typeof areas>;
export type Report = RowOf<typeof reports>;
export type Project = RowOf<typeof projects>;
export type Funding = RowOf<typeof funding>;
export type Work = RowOf<typeof works>;
export type Poverty = RowOf<typeof poverty>;
export type Ncut = RowOf<typeof ncut>;
export type Indicator = RowOf<typeof indicators>;
export type CitedDocument = RowOf<typeof documents>;
type Withdrawal = RowOf<typeof withdrawals>;

export interface RowsByTable {
  areas: Area;
  reports: Report;
  projects: Project;
  funding: Funding;
  works: Work;
  poverty: Poverty;
  ncut: Ncut;
  indicators: Indicator;
  documents: CitedDocument;
  withdrawals: Withdrawal;
}

export function tableDef(name: TableName): TableDef {
  const def = TABLES.find((t) => t.name === name);
  if (!def) throw new Error(`Unknown table ${name}`);
  return def;
}
