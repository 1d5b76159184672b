/** Small layout helpers shared by the chart kinds: ordering, text wrapping, sizes. */
import { measureText, type Weight } from './measure.ts';
import type { CategoryOrder } from './types.ts';

export const collator = new Intl.Collator('vi', { numeric: true });

/**
 * A rendering variant. The phone one is drawn for the narrowest phone's column (320 px screen less the page's
 * 2 × 16 px padding), so its 13 px text is never shrunk; wider phones scale it up (src/styles/charts.css).
 */
export interface Variant {
  name: 'narrow' | 'wide';
  width: number;
  fontSize: number;
  /** Height of one band row (a label line or a bar). */
  row: number;
  xTicks: number;
}
export const VARIANTS: readonly Variant[] = [
  { name: 'narrow', width: 288, fontSize: 13, row: 22, xTicks: 3 },
  { name: 'wide', width: 720, fontSize: 13, row: 22, xTicks: 6 },
];

/** Unique values in order of first appearance. */
export function firstAppearance<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/**
 * What a bar chart's categories are ordered by: a stack's total (its segments are parts of the bar), else the
 * longest bar (grouped bars are a measure and its part, e.g. assigned and disbursed: never added). One rule for
 * the drawn chart and its data table.
 */
export function barOrderTotals(rows: readonly { category: string; value: number }[], stacked: boolean): Map<string, number> {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.category, stacked ? (totals.get(r.category) ?? 0) + r.value : Math.max(totals.get(r.category) ?? 0, r.value));
  return totals;
}

/** Categories in the requested order; `totals` gives each category's value for 'value' order. */
export function orderCategories(categories: string[], order: CategoryOrder, totals: Map<string, number>): string[] {
  const unique = firstAppearance(categories);
  if (order === 'given') return unique;
  if (order === 'value') return unique.sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || collator.compare(a, b));
  return unique.sort(collator.compare);
}

/** Greedy word wrap to at most `maxChars` per line (a word longer than that gets its own line). */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Pixel width of a text at a variant's font size, measured with the site's font. */
export function textWidth(text: string, v: Variant, weight: Weight = 400): number {
  return measureText(text, v.fontSize, weight);
}

/** Greedy word wrap to lines at most `maxWidth` px wide (a word wider than that gets its own line). */
export function wrapWidth(text: string, maxWidth: number, v: Variant, weight: Weight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, v, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
