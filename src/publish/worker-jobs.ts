/**
 * Jobs for one worker thread, answered in any order by id: the build hands
 * the worker work for the machine's second core and goes on rendering pages.
 * The worker starts at the first job and does not keep the process alive
 * while it has nothing to do; with `endWhenIdle` it ends after a second
 * without work, giving its memory back (for jobs that come in a few bursts). It answers
 * `{ id, result }` or `{ id, error }`.
 */
import { Worker } from 'node:worker_threads';

type Reply<R> = { id: number; result?: R; error?: string };

const IDLE_MS = 1000;

export function workerJobs<Q, R>(start: () => Worker, failure: (message: string) => string, endWhenIdle = false): (job: Q) => Promise<R> {
  type Job = { resolve: (r: R) => void; reject: (e: Error) => void };
  /** The running worker and its jobs (a worker ended when idle leaves its successor its own). */
  let current: { w: Worker; pending: Map<number, Job> } | null = null;
  let next = 0;
  const started = () => {
    if (current) return current;
    const w = start();
    const self = { w, pending: new Map<number, Job>() };
    const { pending } = self;
    w.on('message', ({ id, result, error }: Reply<R>) => {
      const job = pending.get(id);
      if (!job) return;
      pending.delete(id);
      if (pending.size === 0) {
        w.unref();
        // Ended after a second with nothing to do: jobs asked for one after the other keep one worker.
        if (endWhenIdle)
          setTimeout(() => {
            if (pending.size > 0 || current !== self) return;
            current = null;
            void w.terminate();
          }, IDLE_MS).unref();
      }
      if (error !== undefined) job.reject(new Error(failure(error)));
      else job.resolve(result as R);
    });
    // A crash, or an exit with work left (never an end asked for when idle), fails every job left.
    const fail = (message: string) => {
      for (const job of pending.values()) job.reject(new Error(failure(message)));
      pending.clear();
      if (current === self) current = null;
    };
    w.on('error', (error) => fail(error.message));
    w.on('exit', (code) => {
      if (pending.size > 0) fail(`luồng phụ dừng (mã ${code}) khi còn việc`);
      if (current === self) current = null;
    });
    w.unref();
    return (current = self);
  };
  return (job) => {
    const { w, pending } = started();
    const id = next++;
    return new Promise<R>((resolve, reject) => {
      try {
        w.postMessage({ id, job });
      } catch (error) {
        // A job that cannot be sent (not cloneable) is this job's failure alone.
        reject(new Error(failure((error as Error).message)));
        return;
      }
      pending.set(id, { resolve, reject });
      w.ref();
    });
  };
}
