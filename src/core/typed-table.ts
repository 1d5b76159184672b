/**
 * A thin typed layer over Arquero: a `Table<R>` is an Arquero table whose rows
 * have the type `R`. Metrics take and return `Table<…>`, so `astro check` sees
 * the columns a chart reads; `typed()` checks at run time that the columns a
 * transform promises are really there (a typo in a rollup is a build error,
 * not an empty chart).
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

declare const ROW: unique symbol;

export interface Table<R extends object> {
  readonly t: ColumnTable;
  /** Type-level only: the row type. */
  readonly [ROW]?: R;
}

/** Every column of `R`, listed once: the compiler checks the list is complete. */
export type Columns<R extends object> = { readonly [K in keyof R]-?: true };

/** Names a transform's result; throws (a program error) when a promised column is missing. */
export function typed<R extends object>(t: ColumnTable, columns: Columns<R>): Table<R> {
  const missing = Object.keys(columns).filter((c) => !t.columnNames().includes(c));
  if (missing.length > 0) throw new Error(`Metric result lacks column(s) ${missing.join(', ')}; has ${t.columnNames().join(', ')}`);
  return { t };
}

/**
 * One field of the validated rows, read in place: an Arquero column (`length`, `at`, iteration) that is
 * a view of the rows rather than a copy of them. The rows stay in memory for the whole build (downloads,
 * report pages), so copying them into columns, as aq.from does, held every value twice: 160 MB more at a
 * million rows.
 */
class RowColumn<R extends object> {
  private readonly rows: readonly R[];
  private readonly name: keyof R;
  constructor(rows: readonly R[], name: keyof R) {
    this.rows = rows;
    this.name = name;
  }
  get length(): number {
    return this.rows.length;
  }
  /** Undefined past the end, as an array's `at` (Arquero's `get` on an empty table asks for row 0). */
  at(row: number): R[keyof R] | undefined {
    return this.rows[row]?.[this.name];
  }
  *[Symbol.iterator](): Iterator<R[keyof R]> {
    for (const row of this.rows) yield row[this.name];
  }
}

/** Validated rows → a table (rows are trusted: they come from the validator; callers never change them). */
export function fromRows<R extends object>(rows: readonly R[], columns: Columns<R>): Table<R> {
  const names = Object.keys(columns) as (keyof R & string)[];
  const t = aq.table(Object.fromEntries(names.map((n) => [n, new RowColumn(rows, n)])));
  return typed<R>(t, columns);
}

const objects = new WeakMap<object, readonly object[]>();

/**
 * The rows, for components that render them. Made once per table and shared
 * (the metrics are computed once per data load, and every area page asks for
 * its rows): callers filter and map, never change them.
 */
export function rowsOf<R extends object>(table: Table<R>): R[] {
  let rows = objects.get(table);
  if (!rows) objects.set(table, (rows = table.t.objects()));
  return rows as R[];
}

const memos = new WeakMap<object, Map<unknown, unknown>>();

/**
 * A value of one object alone (the metric inputs, a data load, a table's rows), computed once per object and
 * kept as long as the object lives: every page and area page asks for the same metrics and indexes. The one way
 * the layers above keep what they derive from a data load.
 */
export function once<I extends object, T>(fn: (inputs: I) => T): (inputs: I) => T {
  return (inputs) => {
    let m = memos.get(inputs);
    if (!m) memos.set(inputs, (m = new Map()));
    if (!m.has(fn)) m.set(fn, fn(inputs));
    return m.get(fn) as T;
  };
}
