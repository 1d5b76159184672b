/** The readable table of `npm run bench:site` (Markdown, also pasted into docs/benchmarks.md). */
import { BUDGETS, completeWithoutJs, missedBudgets, type PageResult } from './budgets.ts';

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export function markdownTable(results: PageResult[]): string {
  const head = [
    'Page',
    'HTML',
    'CSS',
    'JS',
    'Fonts',
    'Images',
    'First view (wire)',
    'Req.',
    'Other origins',
    'No-JS: charts / tables',
    'Perf',
    'A11y',
    'BP',
    'SEO',
    'LCP ms',
    'TBT ms',
    'CLS',
    'axe',
    'Budgets',
  ];
  const rows = results.map((r) => {
    const lh = r.lighthouse;
    const missed = missedBudgets(r);
    return [
      `\`${r.path}\``,
      kb(r.bytes.html.gzip),
      kb(r.bytes.css.gzip),
      kb(r.bytes.js.gzip),
      kb(r.bytes.font.gzip),
      kb(r.bytes.image.gzip),
      kb(r.transferred),
      String(r.requests),
      String(r.foreignRequests.length),
      `${completeWithoutJs(r) ? 'complete' : 'INCOMPLETE'}: ${r.noJs.charts} / ${r.noJs.tables}`,
      lh ? String(lh.performance) : '–',
      lh ? String(lh.accessibility) : '–',
      lh ? String(lh.bestPractices) : '–',
      lh ? String(lh.seo) : '–',
      lh ? String(lh.lcpMs) : '–',
      lh ? String(lh.tbtMs) : '–',
      lh ? String(lh.cls) : '–',
      String(r.axe.length),
      missed.length ? `**missed:** ${missed.join('; ')}` : 'met',
    ];
  });
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `Sizes in KB (1 KB = 1000 bytes), gzip as a server sends them (WOFF2 and images as is); ` +
      `"First view" is what the browser received with an empty cache, headers included. ` +
      `Budgets: JS ≤ ${kb(BUDGETS.jsGzipBytes)} KB, first view ≤ ${kb(BUDGETS.firstViewBytes)} KB, ` +
      `no other origin, complete without JS, Lighthouse (mobile) performance ≥ ${BUDGETS.performance}, ` +
      `accessibility, best practices and SEO 100, 0 axe violations.`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...rows.map(line),
  ].join('\n');
}
