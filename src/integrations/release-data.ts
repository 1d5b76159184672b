/**
 * When the last page is written, the build lets the data go (the rows, their
 * tables and every page's caches) and has V8 give the memory back at once,
 * before the search index is written: Pagefind's process grows by half a
 * gigabyte while it writes its files, and the two together were the peak of a
 * national build's memory.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import { forgetLoads } from '../data/load.ts';

/**
 * A full collection that also returns the freed pages to the system (V8's
 * "last resort" collection; an ordinary one keeps them for about ten seconds).
 * V8's own `gc`, reached without starting Node with --expose-gc.
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
        giveMemoryBack();
        logger.info(`Bộ nhớ khi xong các trang: ${Math.round(before / 1e6)} MB, sau khi bỏ dữ liệu: ${Math.round(process.memoryUsage().rss / 1e6)} MB.`);
      },
    },
  };
}
