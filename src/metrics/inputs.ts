/**
 * What every metric takes: the validated tables as typed Arquero tables, and the
 * reference rows (areas, reports, projects) used for labels and the rule for the
 * current figure. Built once from a data load; no I/O here.
 */
import * as aq from 'arquero';
import { current, history, type Dated } from '../data/current.ts';
import { enumText, type TableDef } from '../data/define.ts';
import {
  funding, indicators, ncut, poverty, works,
  type Area, type Funding, type Indicator, type Ncut, type Poverty, type Project, type Report, type RowsByTable, type Work,
} from '../data/tables/index.ts';
import { fromRows, type Columns, type Table } from '../core/typed-table.ts';

export interface Inputs {
  funding: Table<Funding>;
  works: Table<Work>;
  poverty: Table<Poverty>;
  ncut: Table<Ncut>;
  indicators: Table<Indicator>;
  areas: readonly Area[];
  reports: readonly Report[];
  projects: readonly Project[];
}

export type Tables = { [K in keyof RowsByTable]: readonly RowsByTable[K][] };

const columnsOf = <R extends object>(def: TableDef) => Object.fromEntries(def.fields.map((f) => [f.name, true])) as Columns<R>;

export function inputsOf(tables: Tables): Inputs {
  return {
    funding: fromRows(tables.funding, columnsOf<Funding>(funding)),
    works: fromRows(tables.works, columnsOf<Work>(works)),
    poverty: fromRows(tables.poverty, columnsOf<Poverty>(poverty)),
    ncut: fromRows(tables.ncut, columnsOf<Ncut>(ncut)),
    indicators: fromRows(tables.indicators, columnsOf<Indicator>(indicators)),
    areas: tables.areas,
    reports: tables.reports,
    projects: tables.projects,
  };
}

const DEFS = { funding, works, poverty, ncut, indicators } as const;
type Observed = keyof typeof DEFS;
type RowOfTable<K extends Observed> = Inputs[K] extends Table<infer R> ? R : never;

/** The current figure of every observation of one table (see data/current.ts for the rule). */
export function currentOf<K extends Observed>(inputs: Inputs, table: K, options?: Parameters<typeof current>[3]): Table<RowOfTable<K> & Dated> {
  // Computed once per inputs, table and options: every page and area asks for the same current figures.
  let byKey = currents.get(inputs);
  if (!byKey) currents.set(inputs, (byKey = new Map()));
  const key = `${table}|${JSON.stringify(options ?? null)}`;
  let t = byKey.get(key);
  // The row type of one table is known only per K; the rule itself is the same for every table.
  if (!t) byKey.set(key, (t = current(inputs[table] as unknown as Table<{ report_id: string }>, DEFS[table], inputs.reports, options)));
  return t as unknown as Table<RowOfTable<K> & Dated>;
}

const currents = new WeakMap<Inputs, Map<string, unknown>>();

/**
 * Every report's figure of each observation of one table's rows that pass `keep`, one per effective
 * date (see data/current.ts history): for charts over report dates.
 */
export function historyOf<K extends Observed>(inputs: Inputs, table: K, keep: (row: RowOfTable<K>) => boolean): Table<RowOfTable<K> & Dated> {
  // An Arquero filter of the table's own rows: a Table<R> is its ColumnTable, so the filtered view keeps the row type.
  const rows: Table<{ report_id: string }> = { t: inputs[table].t.filter(aq.escape(keep)) };
  return history(rows, DEFS[table], inputs.reports) as unknown as Table<RowOfTable<K> & Dated>;
}

/** The Vietnamese label of a code of an enum field (data/define.ts enumText). */
export const enumLabel = (def: TableDef, field: string, value: string): string => enumText(def, field, value);
