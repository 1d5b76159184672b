/**
 * Jobs for one worker thread, answered in any order by id: the build hands
 * the worker work for the machine's second core and goes on rendering pages.
 * The worker starts at the first job and does not keep the process alive
 * while it has nothing to do; with `endWhenIdle` it ends then, giving its
 * memory back (for jobs that come in a few bursts). It answers
 * `{ id, result }` or `{ id, error }`.
 */
import { Worker } from 'node:worker_threads';

type Reply<R> = { id: number; result?: R; error?: string };

export function workerJobs<Q, R>(start: () => Worker, failure: (message: string) => string, endWhenIdle = false): (job: Q) => Promise<R> {
  let worker: Worker | null = null;
  let next = 0;
  const pending = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();
  const started = (): Worker => {
    if (worker) return worker;
    const w = start();
    w.on('message', ({ id, result, error }: Reply<R>) => {
      const job = pending.get(id)!;
      pending.delete(id);
      if (pending.size === 0) {
        w.unref();
        if (endWhenIdle) {
          worker = null;
          void w.terminate();
        }
      }
      if (error !== undefined) job.reject(new Error(failure(error)));
      else job.resolve(result as R);
    });
    w.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
      worker = null;
    });
    w.unref();
    return (worker = w);
  };
  return (job) => {
    const w = started();
    const id = next++;
    return new Promise<R>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ id, job });
    });
  };
}
