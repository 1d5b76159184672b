/**
 * The worker thread of workbooks.ts: makes one XLSX file per job, with the
 * same functions (and so the same bytes) as the main thread would. Node runs
 * this TypeScript file as it is; nothing here may need Vite (import.meta.env).
 */
import { parentPort } from 'node:worker_threads';
import writeXlsxFile from 'write-excel-file/node';
import { stableZip } from '../core/stable-zip.ts';
import type { Tables } from '../data/load.ts';
import { TABLES } from '../data/tables/index.ts';
import { templateXlsx, type TemplateRow } from '../templates/xlsx.ts';
import { tableXlsx } from './formats.ts';
import type { WorkbookJob } from './workbooks.ts';

async function workbook(job: WorkbookJob): Promise<Uint8Array> {
  // A chart's workbook is stamped like every other (core/stable-zip.ts): the same chart, the same bytes in every build.
  if (job.kind === 'sheets') return stableZip(new Uint8Array(await writeXlsxFile(...job.sheets).toBuffer()));
  const def = TABLES.find((t) => t.name === job.table)!;
  return job.kind === 'table' ? await tableXlsx(def, job.tables as unknown as Tables) : new Uint8Array(await templateXlsx(def, job.rows as readonly TemplateRow[]));
}

parentPort!.on('message', async ({ id, job }: { id: number; job: WorkbookJob }) => {
  try {
    parentPort!.postMessage({ id, result: await workbook(job) });
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error)?.stack ?? error) });
  }
});
