/**
 * How a build publishes the downloads: not as one Astro endpoint per file
 * (thousands of per-report CSVs, and national tables of hundreds of megabytes
 * that Astro would copy into memory to write), but written straight into the
 * output folder when the pages are done (src/integrations/downloads-output.ts).
 * The page that computes them announces them here; the integration, in the
 * same process but outside Astro's bundle, finds them by a global symbol.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DownloadFile } from './downloads.ts';
import { DOWNLOAD_DIR } from './meta.ts';

const KEY = Symbol.for('mtqg1719.downloads');
const COPIES = Symbol.for('mtqg1719.copies');
type Shared = Record<symbol, Promise<readonly DownloadFile[]> | { site: string; from: string }[] | undefined>;

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

export function announceDownloads(files: Promise<readonly DownloadFile[]>): void {
  (globalThis as Shared)[KEY] = files;
}

/** Writes every announced download into `outDir` (DOWNLOAD_DIR under it); how many, or null when no page announced any. */
export async function writeAnnouncedDownloads(outDir: string): Promise<number | null> {
  const announced = (globalThis as Shared)[KEY] as Promise<readonly DownloadFile[]> | undefined;
  if (!announced) return null;
  const files = await announced;
  const dir = join(outDir, DOWNLOAD_DIR);
  mkdirSync(dir, { recursive: true });
  for (const f of files) f.writeTo(join(dir, f.name));
  delete (globalThis as Shared)[KEY];
  return files.length;
}
