/** Writes the data downloads into the build's output (see src/publish/output.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setBuildOutput, writeAnnouncedCopies, writeAnnouncedDownloads } from '../publish/output.ts';

export function downloadsOutput(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'mtqg-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Downloads made during the build are written while the pages render.
      'astro:build:start': () => setBuildOutput(outDir),
      'astro:build:done': async ({ dir, logger }) => {
        setBuildOutput(undefined);
        const written = await writeAnnouncedDownloads(fileURLToPath(dir));
        // The data page always lists the downloads: none announced means a broken build, not an empty one.
        if (written === null) throw new Error('Không có tệp tải về nào được tạo: trang /du-lieu/ không chạy?');
        const copies = writeAnnouncedCopies(fileURLToPath(dir));
        logger.info(`Tệp tải về: ${written} tệp; bản sao tệp dữ liệu cho cán bộ: ${copies} tệp.`);
      },
    },
  };
}
