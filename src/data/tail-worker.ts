/**
 * Worker of tail-read.ts: reads a header line and the rows of a file's second
 * half, checks their cells, and answers with the rows column by column (or
 * null when any had a problem: the main thread then reads the whole file, so
 * that every message is the usual one). Always answers, then sets `done`.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { templateHeader, type TailJob } from './check.ts';
import { readCsvText } from './read.ts';
import { TABLES } from './tables/index.ts';
import { tableValidator, type RowColumns } from './validate.ts';

const { job, done, port } = workerData as { job: TailJob; done: Int32Array; port: MessagePort };

let columns: RowColumns | null = null;
try {
  const def = TABLES.find((t) => t.name === job.table)!;
  // No references: they are checked on the main thread, over every row.
  const validator = tableValidator(def, job.file, {});
  const issues = readCsvText(job.text, job.file, templateHeader(def.name), validator);
  if (issues.length === 0) columns = validator.columnsRead(job.lineOffset);
} catch {
  columns = null;
}
const transfer = columns ? [...columns.codes.map((c) => c.buffer), columns.lines.buffer] : [];
port.postMessage({ columns }, transfer as ArrayBuffer[]);
Atomics.store(done, 0, 1);
Atomics.notify(done, 0);
