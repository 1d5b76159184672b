/**
 * What reconciliation produces and what each check receives. A finding here is
 * not a data-entry error — the rows copy the reports faithfully — but a fact
 * about the sources, kept with its figures, rows, reports and sections for
 * the data-quality page.
 */
import type { TableName } from '../define.ts';
import type { RowKeyer } from '../keys.ts';
import type { DiscrepancySeverity } from '../messages.ts';
import type { RowsByTable } from '../tables/index.ts';

export type Tables = { [K in keyof RowsByTable]: readonly RowsByTable[K][] };

export interface Discrepancy {
  /** Stable: derived from the check and the row ids, so a page can link to it. */
  id: string;
  /** The name of the check (one file of src/data/reconcile/). */
  check: string;
  /**
   * `rounding` / `truncation`: printed rounding or cut-off digits, minor;
   * `discrepancy`: the figures disagree; `source-error`: a misprinted figure.
   */
  severity: DiscrepancySeverity;
  table: TableName;
  rowIds: string[];
  reportIds: string[];
  sections: string[];
  /** What the other figures imply (sum of parts, computed rate, first report's value). */
  expected: number | null;
  /** What the report states. */
  actual: number | null;
  difference: number | null;
  message: string;
}

/** What every check is given: the rows of clean tables, and names for sentences. */
export interface Context {
  tables: Tables;
  areas: ReadonlyMap<string, RowsByTable['areas']>;
  projects: ReadonlyMap<string, RowsByTable['projects']>;
  /** Area and project ids → the names staff read. */
  names: ReadonlyMap<string, string>;
  /** Keys of a table's rows over any of its fields: each field coded once per table, shared by the checks. */
  keysOf: <K extends TableName>(table: K) => RowKeyer<RowsByTable[K]>;
}

/** One check: its name, the tables it reads (it runs only when they all validated), and the check itself. */
export interface CheckDef {
  name: string;
  tables: readonly TableName[];
  run: (context: Context) => Discrepancy[];
}

export interface Provenance {
  id: string;
  report_id: string;
  section: string;
  /** `malformed`: the report misprinted this figure (observation tables). */
  figure_status?: string;
}

export interface Figure extends Provenance {
  value: number;
  figure_text: string;
}
