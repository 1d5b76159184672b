/**
 * The worker thread of workbooks.ts: makes one XLSX file per job, with the
 * same functions (and so the same bytes) as the main thread would. Node runs
 * this TypeScript file as it is; nothing here may need Vite (import.meta.env).
 */
import { parentPort } from 'node:worker_threads';
import type { Tables } from '../data/load.ts';
import { TABLES } from '../data/tables/index.ts';
import { templateXlsx, type TemplateRow } from '../templates/xlsx.ts';
import { tableXlsx } from './formats.ts';
import type { WorkbookJob } from './workbooks.ts';

parentPort!.on('message', async ({ id, job }: { id: number; job: WorkbookJob }) => {
  try {
    const def = TABLES.find((t) => t.name === job.table)!;
    const result =
      job.kind === 'table'
        ? await tableXlsx(def, job.tables as unknown as Tables)
        : new Uint8Array(await templateXlsx(def, job.rows as readonly TemplateRow[]));
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error)?.stack ?? error) });
  }
});
