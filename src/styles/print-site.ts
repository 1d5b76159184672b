/**
 * Vite plugin: the print stylesheet's build-time part, bundled into the site's one stylesheet
 * (`import 'virtual:print-site.css'` in BaseLayout) rather than served as a file of its own, so
 * every page's first view makes one request fewer. It holds what depends on the build: the
 * site's origin for printed link targets (SITE_URL), and the site's name and page numbers in
 * the bottom margin of every sheet (Chromium 131+).
 *
 * One stylesheet serves every page, so the margin says only what is true of every page. The
 * date of the figures differs by page (the newest figure the page shows), so it is printed in
 * the page's own footer text (PrintFooter.astro), not here: a site-wide date would claim
 * "Số liệu đến tháng 4/2024" on pages whose newest figure is months older.
 */
const ID = 'virtual:print-site.css';

// A CSS string: quotes and backslashes escaped, one line.
const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ')}"`;

/** The stylesheet for a site served from `site` (undefined: printed links stay site paths). */
function printSiteCss(site: string | undefined): string {
  const origin = site ? new URL(site).origin : '';
  return (
    `@page{@bottom-left{content:${cssString('Số liệu Chương trình MTQG 1719')}}` +
    `@bottom-right{content:"Trang " counter(page) "/" counter(pages)}}\n` +
    `@media print{:root{--print-origin:${cssString(origin)}}}\n`
  );
}

export function printSite(site: string | undefined) {
  return {
    name: 'mtqg-print-site',
    resolveId: (id: string) => (id === ID ? `\0${ID}` : null),
    load: (id: string) => (id === `\0${ID}` ? printSiteCss(site) : null),
  };
}
