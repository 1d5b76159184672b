/**
 * The search index (Pagefind), built while the pages are: each page marked for
 * search (BaseLayout's data-pagefind-body) is handed to Pagefind as soon as it
 * is rendered (search-middleware.ts), and Pagefind indexes it in its own
 * process, on the machine's other core; when the build is done, the index is
 * written into the output. Running the Pagefind CLI over dist/ afterwards gave
 * the same index but added its whole time to the build (10–20 s at national scale).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

const SHARED = Symbol.for('mtqg1719.search-index');

type Pending = { index: Promise<pagefind.PagefindIndex>; added: Promise<unknown>[] };

/** The index of this build, shared by the middleware (bundled by Astro) and the integration in one process. */
export function buildIndex(): Pending {
  const g = globalThis as Record<symbol, Pending | undefined>;
  return (g[SHARED] ??= {
    index: pagefind.createIndex().then(({ errors, index }) => {
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      return index;
    }),
    added: [],
  });
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'mtqg-search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pending = buildIndex();
        const index = await pending.index;
        const added = await Promise.all(pending.added);
        const errors = (added as { errors: string[] }[]).flatMap((r) => r.errors);
        if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(fileURLToPath(dir), 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        delete (globalThis as Record<symbol, unknown>)[SHARED];
        logger.info(`Chỉ mục tìm kiếm: ${added.length} trang.`);
      },
    },
  };
}
