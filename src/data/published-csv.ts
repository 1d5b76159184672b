/**
 * A published table as the CSV file /cap-nhat/du-lieu/ serves: what the browser checker compares staff's
 * files with, and what staff extend. The CSV of data/ as it is; a table kept as a workbook (data/<table>.xlsx,
 * no CSV) as its rows in the canonical form, so that its published rows are compared there too; a table
 * without a file as its header line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalCsv } from './canonical.ts';
import { templateHeader } from './check.ts';
import type { TableDef } from './define.ts';
import type { Row } from './validate.ts';

export function publishedCsv(def: TableDef, dataDir: string, rows: readonly Row[]): string | Uint8Array {
  const path = join(dataDir, def.file);
  if (existsSync(path)) return readFileSync(path);
  return existsSync(path.replace(/\.csv$/, '.xlsx')) ? canonicalCsv(def.name, rows) : `${templateHeader(def.name)}\n`;
}
