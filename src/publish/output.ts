/**
 * How a build publishes the downloads: not as one Astro endpoint per file
 * (thousands of per-report CSVs, and national tables of hundreds of megabytes
 * that Astro would copy into memory to write), but written straight into the
 * output folder by the code that makes them, while the pages render.
 *
 * Where that folder is reaches the pages as a build-time constant,
 * `import.meta.env.MTQG_BUILD_OUT`, which src/integrations/downloads-output.ts
 * defines for `astro build` only: the dev server and the tests have none and
 * write nothing (the dev server serves the same files from endpoints). No state
 * is shared with the integration: the page that lists the downloads waits for
 * their writing, so a failure fails that page and the build, and the
 * integration finds the files on disk when the build is done.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DownloadFile } from './downloads.ts';
import { DOWNLOAD_DIR } from './meta.ts';

/** The build's output folder, or undefined outside `astro build` (dev server, tests). */
export function buildOutput(): string | undefined {
  return import.meta.env.MTQG_BUILD_OUT;
}

/** Copies a file published as it is (a staff copy of a data file, a frozen version) to `site` (a site path) under `outDir`. */
export function copyInto(outDir: string, site: string, from: string): void {
  const to = join(outDir, site);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

/** Writes files into DOWNLOAD_DIR under `outDir`, a few at a time (on the system's threads); how many. */
export async function writeDownloads(files: readonly DownloadFile[], outDir: string): Promise<number> {
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
