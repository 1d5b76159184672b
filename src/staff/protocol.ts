/** The messages between /cap-nhat/ (client.ts) and the checker's worker (check-worker.ts): plain data only. */
import type { Cited } from '../data/published.ts';
import type { Published } from './checker.ts';
import type { CheckView } from './view.ts';

/** The page → the worker: the chosen files (a File is sent by reference, not copied) and the published tables. */
export interface CheckRequest {
  files: File[];
  published: Published;
  cited: Cited;
}

/** The view sent back, with each canonical file as a Blob (made in the worker: a large text is not copied again). */
export type SentView = Omit<CheckView, 'canonical'> & { canonical: { table: CheckView['canonical'][number]['table']; file: string; blob: Blob }[] };

/** The worker → the page: what it is doing (a sentence to show), then the result or the program error. */
export type CheckReply = { kind: 'progress'; text: string } | { kind: 'done'; view: SentView } | { kind: 'failed'; error: string };
