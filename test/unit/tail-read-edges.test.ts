/**
 * The edges of reading a large file's second half on another thread (src/data/tail-read.ts, tailStart in
 * src/data/read.ts): where the text is split when quotes come before the middle (an inch sign inside a cell, a
 * multi-line cell opening a line, doubled quotes, short quoted cells), a file not split at all, and the workers'
 * end: the check waits for them, but not past its limit, and leaves no timer behind; a worker that ends without
 * answering has its half read on the main thread. Expected split points worked out by hand from the texts built here.
 */
import { EventEmitter } from 'node:events';
import type { WorkerOptions } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tailStart } from '../../src/data/read.ts';
import { tailReader, tailWorkersExited } from '../../src/data/tail-read.ts';

/** The workers tail-read.ts starts: real ones (kept to watch their end), or, while `fake` is set, stand-ins. */
const workers = vi.hoisted(() => ({
  fake: null as null | ((w: EventEmitter & { workerData: { done: Int32Array } }) => void),
  real: [] as EventEmitter[],
}));
vi.mock('node:worker_threads', async (original) => {
  const real = await original<typeof import('node:worker_threads')>();
  function Worker(url: URL, options: WorkerOptions) {
    if (!workers.fake) {
      const worker = new real.Worker(url, options);
      workers.real.push(worker);
      return worker;
    }
    const stand = Object.assign(new EventEmitter(), { unref: () => {}, workerData: options.workerData as { done: Int32Array } });
    workers.fake(stand);
    return stand;
  }
  return { ...real, Worker };
});

afterEach(async () => {
  workers.fake = null;
  workers.real = [];
  await tailWorkersExited();
});

const rows = Array.from({ length: 40 }, (_, i) => `r${i},${i},ghi chú ${i}`);
/** A note of 100 lines: about 800 characters, more than the 40 rows together, so that it spans the middle. */
const longNote = (first = 'dòng') => `"${Array.from({ length: 100 }, (_, i) => `${i === 0 ? first : 'dòng'} ${i}`).join('\n')}"`;

describe('where a text is split, with quotes before the middle', () => {
  it('an inch sign inside an unquoted cell opens no quoted cell: the split is after the note spanning the middle', () => {
    // «ống 5"» on row 3, a 100-line note after row 9 (spans the middle), a quoted cell with a comma on row 30.
    const body = rows.map((r, i) => (i === 3 ? 'r3,3,ống 5" loại A' : i === 30 ? 'r30,30,"ghi chú, có phẩy"' : r));
    const text = `id,value,note\n${body.slice(0, 10).join('\n')}\nq,1,${longNote()}\n${body.slice(10).join('\n')}\n`;
    const at = tailStart(text);
    expect(text.slice(at).startsWith('r10,10,ghi chú 10\n')).toBe(true);
  });

  it('a note spanning the middle that opens its line (the first column) is not split either', () => {
    const text = `note,id\n${rows.slice(0, 10).join('\n')}\n${longNote()},q\n${rows.slice(10).join('\n')}\n`;
    expect(text.slice(tailStart(text)).startsWith('r10,10,ghi chú 10\n')).toBe(true);
  });

  it('doubled quotes («""») inside the note spanning the middle do not end it', () => {
    const text = `id,value,note\n${rows.slice(0, 10).join('\n')}\nq,1,${longNote('tên ""Cầu Mới"", dòng')}\n${rows.slice(10).join('\n')}\n`;
    expect(text.slice(tailStart(text)).startsWith('r10,10,ghi chú 10\n')).toBe(true);
  });

  it('short quoted cells of the first half (one with a comma, one empty) do not move the split from a little past the middle', () => {
    const body = rows.map((r, i) => (i === 2 ? 'r2,2,"có, phẩy"' : i === 4 ? 'r4,4,""' : r));
    const text = `id,value,note\n${body.join('\n')}\n`;
    // The header's 14 characters, 10 rows of 15 and 30 of 18 with their line breaks: 704; one more for the quoted
    // comma, 7 fewer for the empty cell: 698. 55% is 383, inside row 22 (characters 374 to 391): the split is at row 23.
    expect(text.length).toBe(698);
    expect(text.indexOf('r22,')).toBe(374);
    expect(text.slice(tailStart(text)).startsWith('r23,23,ghi chú 23\n')).toBe(true);
  });

  it('not at all when no line starts after the middle: one long last row, with or without its line break', () => {
    const text = `id,note\n1,${'x'.repeat(100)}\n`;
    expect(tailStart(text)).toBe(-1);
    expect(tailStart(text.trimEnd())).toBe(-1);
    // The note spanning the middle is on the last line, without a line break after it: no line starts after it.
    const last = `id,value,note\n${rows.slice(0, 10).join('\n')}\nq,1,${longNote()}`;
    expect(tailStart(last)).toBe(-1);
  });
});

describe('the workers’ end', () => {
  const job = { table: 'nope' as never, file: 'x.csv', text: 'id\n1\n', lineOffset: 0 };

  it('the check waits until a worker has ended (a process ending while a worker ends crashed V8)', async () => {
    const wait = tailReader(0).start(job);
    expect(wait()).toBeNull();
    let ended = false;
    workers.real[0]!.once('exit', () => (ended = true));
    await tailWorkersExited();
    expect(ended).toBe(true);
  });

  it('but not past its limit when a worker never ends', async () => {
    let stand: EventEmitter | undefined;
    workers.fake = (w) => (stand = w);
    tailReader(0).start(job);
    try {
      const outcome = await Promise.race([
        tailWorkersExited(50).then(() => 'returned'),
        new Promise((resolve) => setTimeout(() => resolve('still waiting'), 3000).unref()),
      ]);
      expect(outcome).toBe('returned');
    } finally {
      stand!.emit('exit');
    }
  });

  it('and leaves no timer behind once the workers have ended (the check’s process ends at once)', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    await tailWorkersExited(60_000);
    expect(timers()).toBe(before);
  });

  it('a worker that cannot start (its thread refused) does not stop the check: its half is read on the main thread', () => {
    let stand: EventEmitter | undefined;
    workers.fake = (w) => (stand = w);
    const wait = tailReader(0).start(job);
    stand!.emit('error', new Error('ERR_WORKER_INIT_FAILED'));
    Atomics.store((stand as EventEmitter & { workerData: { done: Int32Array } }).workerData.done, 0, 1);
    expect(wait()).toBeNull();
    stand!.emit('exit');
  });

  it('a worker that ends without answering: its half is read on the main thread', () => {
    let stand: EventEmitter | undefined;
    workers.fake = (w) => {
      stand = w;
      Atomics.store(w.workerData.done, 0, 1);
    };
    const wait = tailReader(0).start(job);
    expect(wait()).toBeNull();
    stand!.emit('exit');
  });
});
