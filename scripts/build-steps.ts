/**
 * What the two processes of `npm run build` share (scripts/build.ts, then
 * scripts/build-index.ts): where the site is built and published, the lock
 * that lets one build at a time use them, and how a program error is told.
 * Node's modules only, so that it works when a package is missing.
 *
 * Publishing is one rename(2): dist is a symbolic link to the published
 * version (dist.sites/<id>/), and a new link is renamed over it. Killed at any
 * instant, dist is the old complete site or the new one (test/unit/publish-atomic.test.ts).
 */
import { config } from '../src/core/config.ts';
import { cpSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
// DIST_DIR lets tests build elsewhere than the published dist/.
export const dist = resolve(root, config().DIST_DIR);
export const scratch = `${dist}.building`;
/** Published versions; dist links to one of them. */
const sites = `${dist}.sites`;
/** Where publish() of an earlier version of this script put the old dist/ for a moment. */
const previous = `${dist}.previous`;
const lockFile = `${dist}.lock`;

/** Exit code of a build refused because another build of the same folder is running. */
export const BUSY = 3;

/** Whether a published site is there (dist, followed if it is a link, is a folder with pages). */
export function published(): boolean {
  try {
    return statSync(join(dist, 'index.html')).isFile();
  } catch {
    return false;
  }
}

/** What a failed build says about the published site (a clause, no capital, no full stop): only what is true. */
export function keptClause(): string {
  return published()
    ? 'bản trong dist/ được giữ nguyên'
    : 'chưa có bản công bố nào trong dist/ (chưa lần xây dựng nào thành công) nên không có bản nào được giữ lại';
}

/** Same wording as messages.ts programError, which these scripts cannot rely on importing. */
export function programError(step: string): never {
  console.error(
    `\nLỗi chương trình khi ${step} — đây không phải lỗi dữ liệu, các tệp CSV không cần sửa. ` +
      `Hãy báo cho bộ phận kỹ thuật, gửi kèm thông báo kỹ thuật ở trên; ${keptClause()}.`,
  );
  process.exit(2);
}

/**
 * Whatever fails from here on, a promise nobody awaited included, is the programs' failure: told as such
 * (exit 2, naming the step `doing()` says), with the scratch folder removed and dist/ as it was.
 */
export function crashesAreProgramErrors(doing: () => string): void {
  const crashed = (error: unknown) => {
    console.error(error);
    dropScratch();
    programError(doing());
  };
  process.on('uncaughtException', crashed);
  process.on('unhandledRejection', crashed);
}

/**
 * Removes the scratch folder of a build that failed (downloads may still be being written into it: retry);
 * only by the build holding the lock, so a refused second build never removes the first one's.
 */
export function dropScratch(): void {
  if (holder(lockFile) === process.pid) rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}

// ---- One build at a time -------------------------------------------------------------

/** The pid in a lock file, or null when there is none. */
function holder(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Whether the build that wrote a lock still runs. Our own pid is an earlier
 * process's (a container gives the same small pids again); a pid that now
 * belongs to a program other than a build (Linux: /proc/<pid>/cmdline) too.
 */
function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('build');
  } catch {
    return true; // not Linux, or not ours to read: it runs
  }
}

/**
 * Takes the build lock (dist.lock holding this pid, made by link(2) of a
 * complete file, so it is never seen half written) or stops with exit code 3.
 * A lock whose process is gone (killed, power cut) is taken over: moved aside
 * by rename (of two builds doing so at once one moves it), checked to be the
 * dead one, removed. The lock outlives process.execve (same pid) and is
 * released when the build's last process exits.
 */
export function lockBuild(): void {
  const mine = `${lockFile}.${process.pid}`;
  mkdirSync(dirname(dist), { recursive: true });
  writeFileSync(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(mine, lockFile);
        process.on('exit', releaseBuild);
        recover();
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const pid = holder(lockFile);
      if (pid !== null && alive(pid)) busy(pid);
      // Stale (or unreadable: link(2) never leaves one half written, so its writer is gone).
      const aside = `${lockFile}.stale-${process.pid}`;
      try {
        renameSync(lockFile, aside);
      } catch {
        continue; // another build moved it first
      }
      const moved = holder(aside);
      if (moved !== null && moved !== pid && alive(moved)) {
        // Moved a live build's lock made meanwhile: give it back and give way.
        try {
          linkSync(aside, lockFile);
        } catch {
          /* a third build took the place: it holds the lock */
        }
        unlinkSync(aside);
        busy(moved);
      }
      unlinkSync(aside);
    }
    busy(holder(lockFile) ?? 0);
  } finally {
    rmSync(mine, { force: true });
  }
}

function busy(pid: number): never {
  let since = '';
  try {
    since = `, bắt đầu lúc ${lstatSync(lockFile).mtime.toLocaleTimeString('vi-VN')}`;
  } catch {
    /* released meanwhile */
  }
  console.error(
    `Một lần xây dựng khác đang chạy trong thư mục này (tiến trình ${pid}${since}). ` +
      'Hãy chờ lần đó xong rồi chạy lại `npm run build`. Lần này không làm gì: dist/ không bị thay đổi.',
  );
  process.exit(BUSY);
}

/** Releases the lock if this process holds it (called on exit; a kill leaves it to be taken over). */
export function releaseBuild(): void {
  if (holder(lockFile) === process.pid) rmSync(lockFile, { force: true });
}

// ---- Publishing ------------------------------------------------------------------------

/**
 * Puts right what a kill left, under the lock: a dist/ that an earlier
 * publish moved aside and never replaced comes back; links and versions no
 * longer published are removed.
 */
function recover(): void {
  if (!exists(dist) && existsSync(join(previous, 'index.html'))) renameSync(previous, dist);
  const current = exists(dist) && lstatSync(dist).isSymbolicLink() ? resolve(dirname(dist), readlinkSync(dist)) : null;
  if (current !== previous) rmSync(previous, { recursive: true, force: true });
  const prefix = `${basename(dist)}.link-`;
  for (const name of readdirSync(dirname(dist))) if (name.startsWith(prefix)) rmSync(join(dirname(dist), name), { force: true });
  if (existsSync(sites)) for (const name of readdirSync(sites)) if (join(sites, name) !== current) rmSync(join(sites, name), { recursive: true, force: true });
}

/**
 * The folder Astro builds into. Astro keeps its intermediate chunks (which import the project's packages) inside
 * the output folder when that folder is inside the working directory, but in a shared `.astro/` when it is not (a
 * test's or a benchmark's temporary DIST_DIR), and removes them when done: two such builds at once deleted each
 * other's chunks. An outside build is therefore made in a folder of its own inside the project, then moved to the
 * scratch folder (a rename; a copy across file systems).
 */
export function astroOutDir(): { dir: string; done: () => void; release: () => void } {
  const cwd = process.cwd();
  if (scratch.startsWith(cwd + sep)) return { dir: scratch, done: () => {}, release: () => {} };
  const builds = join(cwd, '.astro', 'builds');
  mkdirSync(builds, { recursive: true });
  // Folders left by builds that were killed.
  for (const name of readdirSync(builds)) if (/^\d+$/.test(name) && !alive(Number(name))) rmSync(join(builds, name), { recursive: true, force: true });
  const own = join(builds, String(process.pid));
  rmSync(own, { recursive: true, force: true });
  const dir = join(own, 'site');
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    done: () => {
      rmSync(scratch, { recursive: true, force: true });
      try {
        renameSync(dir, scratch);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        cpSync(dir, scratch, { recursive: true, verbatimSymlinks: true });
      }
      rmSync(own, { recursive: true, force: true });
    },
    release: () => rmSync(own, { recursive: true, force: true }),
  };
}

/** Whether a path exists, a dangling link included. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Test-only: MTQG_PUBLISH_KILL_AFTER=n kills this process with SIGKILL right after publish step n. */
function step(n: number): void {
  if (process.env.MTQG_PUBLISH_KILL_AFTER === String(n)) process.kill(process.pid, 'SIGKILL');
}

/**
 * The new site replaces dist/ only now that every step succeeded, by one
 * rename(2) of a link over the link dist. Steps: (1) the built folder becomes
 * dist.sites/<id>/ (named by date, process and the inputs' fingerprint); (2) a link to it is made beside dist; (3, once, when
 * dist/ is still a plain folder from before links) the old folder is moved
 * aside to dist.previous/ — the one moment without dist/, put right by the
 * next build; (4) the link is renamed over dist; (5) the old version removed.
 */
export function publish(fingerprint?: string): void {
  mkdirSync(sites, { recursive: true });
  // The fingerprint of the files it was built from (build-inputs.ts) ends the version's name.
  const version = join(sites, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}${fingerprint ? `-${fingerprint}` : ''}`);
  renameSync(scratch, version);
  step(1);
  const link = `${dist}.link-${process.pid}`;
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(dist), version), link);
  step(2);
  let old: string | null = null;
  if (exists(dist)) {
    if (lstatSync(dist).isSymbolicLink()) old = resolve(dirname(dist), readlinkSync(dist));
    else {
      rmSync(previous, { recursive: true, force: true });
      renameSync(dist, previous);
      old = previous;
      step(3);
    }
  }
  renameSync(link, dist);
  step(4);
  if (old !== null && old !== version) rmSync(old, { recursive: true, force: true });
  step(5);
}
