/**
 * What the checks of the rows staff added are given (estimate-word.ts, new-code.ts, qualifier-sibling.ts): the
 * published rows, the tables as read, each row's line in its file, and the files' names. These checks warn about new
 * rows only: a report may print what they ask about, and a published row is not asked about again.
 */
import type { TableName } from './define.ts';
import type { Where } from './messages.ts';
import type { PublishedRows } from './published.ts';

type Row = Readonly<Record<string, unknown>>;

export interface AddedRows {
  published: PublishedRows;
  tables: Readonly<Partial<Record<TableName, readonly Row[]>>>;
  lines: Readonly<Partial<Record<TableName, readonly number[]>>>;
  files: Readonly<Record<TableName, string>>;
}

/** The rows of a table whose id no published row has, each with its index in the table (for its line). */
export function newRowsOf({ published, tables }: AddedRows, table: TableName): { row: Row; i: number }[] {
  const before = new Set((published[table] ?? []).map((r) => String(r.id)));
  return (tables[table] ?? []).flatMap((row, i) => (before.has(String(row.id)) ? [] : [{ row, i }]));
}

/** Where a warning about a table's row `i` points: its file and line, the column and the value shown. */
export function placeOf({ lines, files }: AddedRows, table: TableName, i: number, column: string, value: string): Where {
  return { file: files[table], line: lines[table]?.[i] ?? null, column, value };
}
