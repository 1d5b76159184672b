/**
 * CPU time of a process tree by kind of thread, from /proc, for `npm run bench:build`: which of the build's
 * seconds are the main thread's (pages, the check) and which run beside it (V8's collector and compiler
 * threads "V8Worker", worker_threads "WorkerThread", libuv's file and zlib threads, Pagefind's own process).
 * A thread is counted up to its last sample, so one that ends between two samples loses at most that interval.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** A thread's kind: "main" for a Node process's own thread, else its name less any number ("libuv-worker"). */
function kindOf(pid: number, tid: number): string {
  let name = '?';
  try {
    name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
  } catch {
    // ended
  }
  const process = readComm(pid);
  if (process === 'pagefind' || process.startsWith('pagefind')) return 'pagefind';
  return tid === pid ? 'main' : name.replace(/[-_ ]?\d+$/, '');
}

function readComm(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** User + system clock ticks of one thread (fields 14 and 15 of its stat). */
function ticks(pid: number, tid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return null;
  }
}

export class ThreadCpu {
  /** "pid/tid" → [kind, ticks at its last sample]. */
  private readonly seen = new Map<string, [string, number]>();

  /** Samples every thread of these processes. */
  sample(pids: readonly number[]): void {
    for (const pid of pids) {
      let tids: string[];
      try {
        tids = readdirSync(`/proc/${pid}/task`);
      } catch {
        continue;
      }
      for (const t of tids) {
        const tid = Number(t);
        const n = ticks(pid, tid);
        if (n === null) continue;
        const key = `${pid}/${tid}`;
        const known = this.seen.get(key);
        this.seen.set(key, [known?.[0] ?? kindOf(pid, tid), n]);
      }
    }
  }

  /** Seconds of CPU by kind of thread so far, largest first (clock ticks are 100 a second on Linux). */
  seconds(): Record<string, number> {
    const by = new Map<string, number>();
    for (const [kind, n] of this.seen.values()) by.set(kind, (by.get(kind) ?? 0) + n);
    return Object.fromEntries([...by].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).map(([k, n]) => [k, Math.round(n) / 100]));
  }
}
