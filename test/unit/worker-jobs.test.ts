/** The worker-thread jobs of a build (src/publish/worker-jobs.ts): every job ends, with its result or a clear failure. */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { workerJobs } from '../../src/publish/worker-jobs.ts';

const worker = (onMessage: string) => () =>
  new Worker(`const { parentPort } = require('node:worker_threads'); parentPort.on('message', ({ id, job }) => { ${onMessage} });`, { eval: true });
const failure = (message: string) => `Không làm được: ${message}`;

describe('worker jobs', () => {
  it('answer each job with its result; with endWhenIdle, one worker for jobs one after the other, ended when idle', async () => {
    const double = workerJobs<number, [number, number]>(
      worker("parentPort.postMessage({ id, result: [job * 2, require('node:worker_threads').threadId] })"),
      failure,
      true,
    );
    const burst = await Promise.all([double(1), double(2), double(3)]);
    expect(burst.map(([v]) => v)).toEqual([2, 4, 6]);
    const [, next] = await double(4);
    expect(new Set([...burst.map(([, t]) => t), next]).size).toBe(1);
    // A second after its last job the worker has ended: the next job starts another.
    await new Promise((r) => setTimeout(r, 1500));
    const [value, later] = await double(21);
    expect(value).toBe(42);
    expect(later).not.toBe(next);
  });

  it('fail with the failure wording when the worker says so', async () => {
    const run = workerJobs<number, number>(worker("parentPort.postMessage({ id, error: 'hỏng ' + job })"), failure);
    await expect(run(7)).rejects.toThrow('Không làm được: hỏng 7');
  });

  it('fail, rather than wait for ever, when the worker stops with jobs left', async () => {
    const run = workerJobs<number, number>(worker('process.exit(3)'), failure);
    await expect(Promise.all([run(1), run(2)])).rejects.toThrow(/Không làm được: .*mã 3/);
  });

  it('fail a job that cannot be sent, alone', async () => {
    const run = workerJobs<unknown, number>(worker('parentPort.postMessage({ id, result: 1 })'), failure);
    await expect(run({ f: () => 1 })).rejects.toThrow(/^Không làm được: /);
    expect(await run({ ok: true })).toBe(1);
  });
});
