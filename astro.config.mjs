// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { dataReload } from './src/integrations/data-reload.ts';
import { figureRefs } from './src/content/vite-figure-refs.ts';

// scripts/build.ts builds into a scratch folder (ASTRO_OUT_DIR) and only then
// swaps it into dist/, so a failed build never leaves half a site published.
const outDir = process.env.ASTRO_OUT_DIR ?? './dist';

export default defineConfig({
  output: 'static',
  outDir,
  // Set SITE_URL / SITE_BASE when deploying under a domain or a sub-path (e.g. GitHub Pages).
  site: process.env.SITE_URL,
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), dataReload(process.env.DATA_DIR ?? 'data')],
  // The narratives' figure ids are checked against the data before an MDX page compiles.
  vite: { plugins: [figureRefs()] },
  devToolbar: { enabled: false },
});
