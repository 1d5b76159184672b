/**
 * Worker of tail-read.ts: reads a header line and the rows of a file's second
 * half, checks their cells, and answers with the rows column by column (or
 * null when any had a problem: the main thread then reads the whole file, so
 * that every message is the usual one). Whatever happens, even a module that
 * fails to load, it answers and sets `done`: the main thread is waiting.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { TailJob } from './check.ts';
import type { RowColumns } from './validate.ts';

const { job, done, port } = workerData as { job: TailJob; done: Int32Array; port: MessagePort };

let columns: RowColumns | null = null;
try {
  const [{ templateHeader }, { readCsvText }, { TABLES }, { tableValidator }] = await Promise.all([
    import('./check.ts'),
    import('./read.ts'),
    import('./tables/index.ts'),
    import('./validate.ts'),
  ]);
  const def = TABLES.find((t) => t.name === job.table)!;
  // No references: they are checked on the main thread, over every row.
  const validator = tableValidator(def, job.file, {});
  const issues = readCsvText(job.text, job.file, templateHeader(def.name), validator);
  if (issues.length === 0) columns = validator.columnsRead(job.lineOffset);
} catch {
  columns = null;
} finally {
  try {
    port.postMessage({ columns }, columns ? ([...columns.codes.map((c) => c.buffer), columns.lines.buffer] as ArrayBuffer[]) : []);
  } catch {
    port.postMessage({ columns: null });
  }
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
