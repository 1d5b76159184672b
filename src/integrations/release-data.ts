/**
 * When the last page is written, the build lets the data go (the rows, their
 * tables and the caches kept by load: the pages' metrics, views, downloads;
 * and the page of every row, kept by lib/links.ts) and has V8 give the memory back at once,
 * before the search index is written: Pagefind's process grows by half a
 * gigabyte while it writes its files, and the two together were the peak of a
 * national build's memory.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import { forgetLoads } from '../data/load.ts';
import { forgetPaths } from '../lib/links.ts';

/**
 * A full collection that also returns the freed pages to the system (V8's
 * "last resort" collection; an ordinary one keeps them for about ten seconds).
 * V8's own `gc`, reached without starting Node with --expose-gc: setting a V8
 * flag after start is not a documented Node interface (it works on Node 24; the
 * image worker in src/publish/png.ts does the same). The flag is process-wide, so
 * later vm contexts also get a `gc` global.
 */
function giveMemoryBack(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as (options: object) => void)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

export function releaseData(): AstroIntegration {
  return {
    name: 'mtqg-release-data',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const before = process.memoryUsage().rss;
        forgetLoads();
        forgetPaths();
        giveMemoryBack();
        logger.info(`Bộ nhớ khi xong các trang: ${Math.round(before / 1e6)} MB, sau khi bỏ dữ liệu: ${Math.round(process.memoryUsage().rss / 1e6)} MB.`);
      },
    },
  };
}
