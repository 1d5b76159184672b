// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { dataReload } from './src/integrations/data-reload.ts';
import subsetFonts from './src/styles/fonts/integration.ts';
import { figureRefs } from './src/content/vite-figure-refs.ts';
import { downloadsOutput } from './src/integrations/downloads-output.ts';
import { readConfig } from './src/core/config.ts';
import { printSite } from './src/styles/print-site.ts';

// Read afresh, not the cached settings: scripts/build.ts sets ASTRO_OUT_DIR after it has read them.
const settings = readConfig();

// scripts/build.ts builds into a scratch folder (ASTRO_OUT_DIR) and only then
// swaps it into dist/, so a failed build never leaves half a site published.
const outDir = settings.ASTRO_OUT_DIR ?? './dist';

export default defineConfig({
  output: 'static',
  outDir,
  // Set SITE_URL / SITE_BASE when deploying under a domain or a sub-path (e.g. GitHub Pages).
  site: settings.SITE_URL,
  base: settings.SITE_BASE,
  trailingSlash: 'ignore',
  // No inline <style>: the Content-Security-Policy in deploy/ allows stylesheets from the site only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [subsetFonts(), mdx(), dataReload(settings.DATA_DIR), downloadsOutput()],
  // Scripts as files, never inlined (the Content-Security-Policy allows scripts from the site only);
  // the narratives' figure ids are checked against the data before an MDX page compiles. The checker of
  // /cap-nhat/ runs in a module worker (src/staff/check-worker.ts), emitted as its own ES module file.
  vite: { build: { assetsInlineLimit: 0 }, worker: { format: 'es' }, plugins: [figureRefs(), printSite(settings.SITE_URL)] },
  devToolbar: { enabled: false },
});
