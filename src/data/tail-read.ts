/**
 * The second half of a large data file read on another thread (the build's
 * check, Node only): at national scale the check is most of a minute on one
 * core while the other waits. The worker reads and checks the cells of its
 * half (tail-worker.ts) and hands back its rows column by column; the main
 * thread reads the first half meanwhile, then takes them (check.ts readTable).
 * Checks across rows (duplicates, references, rules) still see every row, on
 * the main thread.
 */
import { performance } from 'node:perf_hooks';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { TailJob, TailReader } from './check.ts';
import type { RowColumns } from './validate.ts';

/** Below this many characters (about 4 MB, some 20 000 rows) starting a worker costs more than it saves. */
const MIN_LENGTH = 4_000_000;

/** Workers not yet exited: a process that ends while one of them is ending crashed V8 (SIGSEGV). */
const running = new Set<Promise<void>>();

/**
 * Resolves once every worker started here has exited (await it before the process may end), or after
 * `limitMs`: a worker that never answered is left to the process's end, as it is not ending then.
 */
export async function tailWorkersExited(limitMs = 10_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)));
  await Promise.race([Promise.all(running), limit]);
  clearTimeout(timer);
}

export function tailReader(minLength = MIN_LENGTH): TailReader {
  return {
    minLength,
    start(job: TailJob) {
      const started = performance.now();
      const done = new Int32Array(new SharedArrayBuffer(4));
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(new URL('./tail-worker.ts', import.meta.url), {
        workerData: { job, done, port: port2 },
        transferList: [port2],
      });
      worker.unref();
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      running.add(exited);
      void exited.then(() => running.delete(exited));
      // An error the worker could not report itself (it could not start): read on the main thread.
      worker.on('error', () => {});
      return () => {
        // The worker answers, whatever happens to its reading, then sets `done`. If it never does (its
        // thread could not start), give up once it has taken far longer than the main thread's half did,
        // and read on the main thread. It is never ended from here: ending a worker as it exits crashed V8.
        Atomics.wait(done, 0, 0, Math.max(30_000, 3 * (performance.now() - started)));
        const reply = receiveMessageOnPort(port1)?.message as { columns: RowColumns | null } | undefined;
        port1.close();
        return reply?.columns ?? null;
      };
    },
  };
}
