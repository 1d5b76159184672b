/**
 * `npm run bench:print [-- --pages /,giai-ngan] [--out .tmp/print] [--dist dist]`
 *
 * Prints the topic pages of the built dist/ (run `npm run build` first) to A4 PDFs with
 * Chromium, as a leader's "Print" would, and reports per page: sheets, headings left alone at
 * the foot of a sheet, charts cut from their title, the narrowest figure card and the smallest
 * chart text on paper.
 * Writes each PDF to the --out folder to look at. The numbers go in docs/benchmarks.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from './bench/chromium.ts';
import { narrowestCard, pageParts, printA4, printProblems, PRINT_VIEWPORT, smallestChartText } from './bench/print.ts';
import { serveDist } from './bench/serve.ts';
import { PRINT_PAGES } from './bench/print-pages.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { pages: { type: 'string' }, out: { type: 'string', default: '.tmp/print' }, dist: { type: 'string', default: 'dist' } },
});
const pages = values.pages?.split(',').map((p) => (p === '/' ? '/' : `/${p.replace(/^\/|\/$/g, '')}/`)) ?? PRINT_PAGES;
mkdirSync(values.out, { recursive: true });

const { server, baseUrl } = await serveDist(resolve(root, values.dist));
const context = await launch();
console.log('| page | sheets | sheets of headings only | headings alone at a sheet foot | charts cut from title | narrowest card (px) | smallest chart text (pt) |');
console.log('| --- | --: | --: | --: | --: | --: | --: |');
// A brief prints with 12 mm side margins (brief.css), the other pages with 15 mm (print.css).
const BRIEF_VIEWPORT = { ...PRINT_VIEWPORT, width: Math.round((186 / 25.4) * 96) };
try {
  for (const path of pages) {
    const page = await context.newPage();
    await page.setViewportSize(path.endsWith('/ban-in/') ? BRIEF_VIEWPORT : PRINT_VIEWPORT);
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    const printed = await printA4(page);
    await page.emulateMedia({ media: 'print' });
    const problems = printProblems(printed, await pageParts(page));
    const card = await narrowestCard(page);
    const text = await smallestChartText(page, 'main figure');
    writeFileSync(resolve(values.out, `${path.replace(/\//g, '_') || '_'}.pdf`), printed.pdf);
    const list = (xs: string[]) => (xs.length ? `${xs.length} (${xs.map((x) => x.slice(0, 40)).join('; ')})` : '0');
    console.log(`| ${path} | ${printed.sheets.length} | ${problems.headingOnlySheets.join(', ') || 0} | ${list(problems.orphanHeadings)} | ${list(problems.splitCharts)} | ${card ?? '–'} | ${text ?? '–'} |`);
    await page.close();
  }
} finally {
  await context.close();
  server.close();
}
