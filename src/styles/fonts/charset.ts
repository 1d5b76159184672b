/**
 * Which characters the self-hosted font files carry. A fixed Vietnamese + Latin set, so a
 * word staff type into data/ later renders in the site's font (never as tofu or in a
 * mismatched fallback), plus whatever else the sources use today (a symbol in a heading).
 */
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/** Every letter of Vietnamese with all tones, upper and lower case, including Đ/đ. */
export const VIETNAMESE =
  'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư' + range(0x1ea0, 0x1ef9);

/** Text typed with combining tone marks (NFD, some Windows keyboards) still finds its marks. */
export const COMBINING_TONES = '\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b';

/** ASCII, Latin-1 punctuation and signs, and the typography of reports (dashes, quotes, ₫, ≤). */
export const LATIN =
  range(0x20, 0x7e) +
  range(0xa0, 0xbf) +
  '×÷' +
  '‐‑–—‘’‚“”„…•·′″‰€₫№−≈≠≤≥\u2009\u202f';

export const BASE_CHARSET = LATIN + VIETNAMESE + COMBINING_TONES;

/** Unique characters of some texts, sorted, so the same sources give the same font bytes. */
export function uniqueChars(...texts: string[]): string {
  const set = new Set<string>();
  for (const text of texts) for (const ch of text) set.add(ch);
  return [...set].sort().join('');
}
