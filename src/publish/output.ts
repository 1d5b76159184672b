/**
 * How a build publishes the downloads: not as one Astro endpoint per file
 * (thousands of per-report CSVs, and national tables of hundreds of megabytes
 * that Astro would copy into memory to write), but written straight into the
 * output folder when the pages are done (src/integrations/downloads-output.ts).
 * The page that computes them announces them here; the integration, in the
 * same process but outside Astro's bundle, finds them by a global symbol.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DownloadFile } from './downloads.ts';
import { DOWNLOAD_DIR } from './meta.ts';

const KEY = Symbol.for('mtqg1719.downloads');
type Shared = Record<symbol, Promise<readonly DownloadFile[]> | undefined>;

export function announceDownloads(files: Promise<readonly DownloadFile[]>): void {
  (globalThis as Shared)[KEY] = files;
}

/** Writes every announced download into `outDir` (DOWNLOAD_DIR under it); how many, or null when no page announced any. */
export async function writeAnnouncedDownloads(outDir: string): Promise<number | null> {
  const announced = (globalThis as Shared)[KEY];
  if (!announced) return null;
  const files = await announced;
  const dir = join(outDir, DOWNLOAD_DIR);
  mkdirSync(dir, { recursive: true });
  for (const f of files) f.writeTo(join(dir, f.name));
  delete (globalThis as Shared)[KEY];
  return files.length;
}
