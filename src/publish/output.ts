/**
 * How a build publishes the downloads: not as one Astro endpoint per file
 * (thousands of per-report CSVs, and national tables of hundreds of megabytes
 * that Astro would copy into memory to write), but written straight into the
 * output folder: while the pages render, as soon as the downloads are made,
 * or else when the pages are done (src/integrations/downloads-output.ts).
 * The page that computes them announces them here; the integration, in the
 * same process but outside Astro's bundle, finds them by a global symbol.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DownloadFile } from './downloads.ts';
import { DOWNLOAD_DIR } from './meta.ts';

const KEY = Symbol.for('mtqg1719.downloads');
const COPIES = Symbol.for('mtqg1719.copies');
type Shared = Record<symbol, { site: string; from: string }[] | undefined>;

/** A file published as it is (a staff copy of a data file): copied to `site` (a site path) when the pages are done. */
export function announceCopy(site: string, from: string): void {
  ((globalThis as Shared)[COPIES] ??= []) as { site: string; from: string }[];
  ((globalThis as Shared)[COPIES] as { site: string; from: string }[]).push({ site, from });
}

/** Copies every announced file into `outDir`; how many. */
export function writeAnnouncedCopies(outDir: string): number {
  const copies = ((globalThis as Shared)[COPIES] ?? []) as { site: string; from: string }[];
  for (const c of copies) {
    const to = join(outDir, c.site);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(c.from, to);
  }
  delete (globalThis as Shared)[COPIES];
  return copies.length;
}

const OUT_DIR = Symbol.for('mtqg1719.downloads-out');

/**
 * Where this build writes its output (set by the integration when a build starts; never in the dev
 * server): announced downloads are then written as soon as they are made, on the system's threads
 * while the pages render, rather than after the last page.
 */
export function setBuildOutput(outDir: string | undefined): void {
  (globalThis as Record<symbol, unknown>)[OUT_DIR] = outDir;
}

/** Writes files into DOWNLOAD_DIR under outDir, a few at a time. */
async function writeDownloads(files: readonly DownloadFile[], outDir: string): Promise<number> {
  const dir = join(outDir, DOWNLOAD_DIR);
  mkdirSync(dir, { recursive: true });
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const f = files[next++]!;
      await f.writeTo(join(dir, f.name));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return files.length;
}

interface Announced {
  files: Promise<readonly DownloadFile[]>;
  /** The writing begun when they were announced during a build. */
  written?: { outDir: string; count: Promise<number> };
}

/**
 * Files to publish under a name (the table files, the zip); announcing a name again replaces it, so the dev
 * server, which reloads the data after each edit and never writes, keeps only the latest. During a build
 * they are written as soon as they are made.
 */
export function announceDownloads(name: string, files: Promise<readonly DownloadFile[]>): void {
  const g = globalThis as Record<symbol, unknown>;
  const outDir = g[OUT_DIR] as string | undefined;
  const entry: Announced = { files };
  if (outDir !== undefined) {
    const count = files.then((f) => writeDownloads(f, outDir));
    // Failures are reported by writeAnnouncedDownloads, when the build awaits the writing.
    count.catch(() => {});
    entry.written = { outDir, count };
  }
  ((g[KEY] ??= new Map()) as Map<string, Announced>).set(name, entry);
}

/** Writes every announced download into `outDir` (DOWNLOAD_DIR under it), or waits for the writing begun when they were announced; how many, or null when no page announced any. */
export async function writeAnnouncedDownloads(outDir: string): Promise<number | null> {
  const g = globalThis as Record<symbol, unknown>;
  const announced = [...((g[KEY] ?? new Map()) as Map<string, Announced>).values()];
  delete g[KEY];
  if (announced.length === 0) return null;
  let count = 0;
  for (const { files, written } of announced) {
    // Writing begun elsewhere is finished first: its failure is the build's, and no file is written twice at once.
    const begun = written ? await written.count : 0;
    count += written?.outDir === outDir ? begun : await writeDownloads(await files, outDir);
  }
  return count;
}
