/**
 * Tells the pages where `astro build` writes (src/publish/output.ts), and checks at the end that the
 * downloads are there: read from disk, nothing shared with the pages' bundle.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DOWNLOAD_DIR } from '../publish/meta.ts';

export function downloadsOutput(): AstroIntegration {
  return {
    name: 'mtqg-downloads',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { define: { 'import.meta.env.MTQG_BUILD_OUT': JSON.stringify(fileURLToPath(config.outDir)) } } });
      },
      'astro:build:done': ({ dir, logger }) => {
        const downloads = join(fileURLToPath(dir), DOWNLOAD_DIR);
        const count = existsSync(downloads) ? readdirSync(downloads).length : 0;
        // The data page always lists the downloads: none written means a broken build, not an empty one.
        if (count === 0) throw new Error('Không có tệp tải về nào được tạo: trang /du-lieu/ không chạy?');
        logger.info(`Tệp tải về: ${count} tệp.`);
      },
    },
  };
}
