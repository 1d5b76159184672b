/**
 * Printed figures are rounded. These helpers decide whether a stated figure
 * agrees with one computed from other figures, given how many decimals the
 * report printed — so "61,9 %" for 61,85 is fine, and "18,14 %" for 18,34 is not.
 */
import { readNumber } from './normalise.ts';

/** Decimals in the shortest writing of a number: 78.8 → 1, 130595 → 0. */
export function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const text = String(n);
  const dot = text.indexOf('.');
  // Very small numbers print as "1e-7": fall back to a fixed writing.
  if (text.includes('e')) return (n.toFixed(20).replace(/0+$/, '').split('.')[1] ?? '').length;
  return text.length - dot - 1;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * How many decimals the report printed a value with, read from figure_text
 * ("78,80 %" → 2, "61,9%" → 1); the value's own decimals when the text does
 * not show it (the cell may have lost trailing zeros).
 */
export function printedDecimals(figureText: string, value: number): number {
  for (const token of figureText.match(/\d[\d.,]*\d|\d/g) ?? []) {
    const read = readNumber(token);
    if (read.kind === 'number' && close(read.reading.value, value)) return read.reading.decimals;
    if (read.kind === 'ambiguous') {
      if (close(read.asDecimal.value, value)) return read.asDecimal.decimals;
      if (close(read.asInteger, value)) return 0;
    }
  }
  return decimalsOf(value);
}

export function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((n + Number.EPSILON * Math.sign(n)) * f) / f;
}

export type Agreement = 'agrees' | 'rounding' | 'truncation' | 'differs';

/** Cut to `decimals` decimals without rounding, as a report that drops digits does: 58,97 → 58,9. */
export function truncate(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.trunc(round(n * f, 6)) / f;
}

/**
 * Whether a `stated` figure printed with `decimals` decimals agrees with a
 * `computed` one. `slack` is the uncertainty of `computed` coming from its own
 * rounded inputs. `truncation`: the digits beyond the printed ones were cut
 * off instead of rounded (58,97 printed "58,9"); `rounding`: rounded more
 * coarsely and padded with zeros (78,78 printed "78,80"). Anything else —
 * even one unit off in the last digit (9/281 = 3,20 printed "3,3") — differs.
 */
export function agreement(stated: number, computed: number, decimals: number, slack = 0): Agreement {
  const eps = 1e-9 * Math.max(1, Math.abs(computed));
  const diff = Math.abs(stated - computed);
  const unit = 10 ** -decimals;
  if (diff <= unit / 2 + slack + eps) return 'agrees';
  if (Math.abs(stated - truncate(computed, decimals)) <= eps) return 'truncation';
  for (let k = decimals - 1; k >= 0; k--) if (Math.abs(stated - round(computed, k)) <= slack + eps) return 'rounding';
  return 'differs';
}
