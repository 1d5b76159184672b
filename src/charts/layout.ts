/** Small layout helpers shared by the chart kinds: ordering, text wrapping, sizes. */
import type { CategoryOrder } from './types.ts';

export const collator = new Intl.Collator('vi', { numeric: true });

/** A rendering variant: the phone one is drawn at the width it is shown, so 13 px text stays 13 px. */
export interface Variant {
  name: 'narrow' | 'wide';
  width: number;
  fontSize: number;
  /** Approximate advance of one character, for wrapping and fitting labels (Be Vietnam Pro is wide). */
  charWidth: number;
  /** Height of one band row (a label line or a bar). */
  row: number;
  xTicks: number;
}
export const VARIANTS: readonly Variant[] = [
  { name: 'narrow', width: 328, fontSize: 13, charWidth: 7.4, row: 22, xTicks: 3 },
  { name: 'wide', width: 720, fontSize: 13, charWidth: 7.4, row: 22, xTicks: 6 },
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

/** Estimated pixel width of a text at a variant's font size. */
export function textWidth(text: string, v: Variant): number {
  return text.length * v.charWidth;
}
