/**
 * Astro integration: generates the subset fonts before Vite reads global.css, for
 * `astro build` and `astro dev` alike, so the font always matches today's data.
 */
import { config as settings } from '../../core/config.ts';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { sourceText, writeFonts } from './subset.ts';

export default function subsetFonts(): AstroIntegration {
  return {
    name: 'mtqg-subset-fonts',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const dataDir = join(root, settings().DATA_DIR);
        // Folders whose text reaches pages; src/data/ code (diacritic-folding tables) would only add weight.
        // The staff guide and column reference are data/'s READMEs whatever DATA_DIR is (a test's fixture folder).
        const dirs = ['content', 'src/pages', 'src/components', 'src/layouts', 'src/lib', 'src/charts', 'data/README.md', 'data/templates/README.md'];
        const text = sourceText([dataDir, ...dirs.map((d) => join(root, d))]);
        const fonts = await writeFonts(join(root, 'src/styles/fonts/generated'), text);
        logger.info(fonts.map((f) => `${f.file.slice(root.length)} ${(f.bytes / 1024).toFixed(1)} KB`).join(', '));
      },
    },
  };
}
