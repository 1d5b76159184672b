/**
 * The XLSX files of a build, made on a worker thread (workbook-worker.ts):
 * write-excel-file spends about 0.3 ms a row, so the workbooks of a national
 * build (each table's download and each staff template holding the published
 * rows) took some ten seconds of the main thread. Asked for early, they are
 * ready by the time a page or the zip needs them. Same bytes as tableXlsx and
 * templateXlsx give on the main thread. The charts' workbooks are written here
 * too, from sheets the main thread makes (chart-files.ts).
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type writeXlsxFile from 'write-excel-file/node';
import type { TableDef, TableName } from '../data/define.ts';
import type { Tables } from '../data/load.ts';
import type { TemplateRow } from '../templates/xlsx.ts';
import { workerJobs } from './worker-jobs.ts';

/** write-excel-file's sheets and options, as a chart's workbook gives them (plain values only: they are sent to the worker). */
type Sheets = Parameters<typeof writeXlsxFile>;

export type WorkbookJob =
  | { kind: 'table'; table: TableName; tables: Partial<Record<TableName, readonly unknown[]>> }
  | { kind: 'template'; table: TableName; rows: readonly TemplateRow[] }
  | { kind: 'sheets'; sheets: Sheets };

// Resolved from the project folder, like png.ts: this module is bundled by Astro, the worker is run from source.
const run = workerJobs<WorkbookJob, Uint8Array>(
  () => new Worker(join(process.cwd(), 'src/publish/workbook-worker.ts')),
  (error) => `Không tạo được tệp Excel: ${error}`,
  true,
);

/** A table's XLSX download (formats.ts tableXlsx): its rows, and the reference tables its labels and sources come from. */
export function tableXlsxOffThread(def: TableDef, tables: Tables): Promise<Uint8Array> {
  const { areas, projects, reports } = tables;
  return run({ kind: 'table', table: def.name, tables: { areas, projects, reports, [def.name]: tables[def.name] } });
}

/** A staff template with rows (src/templates/xlsx.ts templateXlsx). */
export function templateXlsxOffThread(def: TableDef, rows: readonly TemplateRow[]): Promise<Uint8Array> {
  return run({ kind: 'template', table: def.name, rows });
}

/** A workbook of sheets already made (a chart's: chart-files.ts chartXlsx). */
export function sheetsXlsxOffThread(...sheets: Sheets): Promise<Uint8Array> {
  return run({ kind: 'sheets', sheets });
}
