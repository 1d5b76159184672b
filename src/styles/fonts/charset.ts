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
const COMBINING_TONES = '\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b';

/**
 * ASCII, the Latin-1 signs the pages print (no-break space, «», ·, °, m² and m³ of src/core/units.ts, ×, ÷), and
 * the typography of reports (dashes, quotes, ₫, ≤). Not the rest of Latin-1's signs (¡ ¢ © ® ½ µ …): a page
 * prints none, and a character staff type into data/ is added from there (sourceText); carrying all 32 cost
 * 2.4 KB of font on every page's first view (both weights, 7 December 2026).
 */
const LATIN =
  range(0x20, 0x7e) +
  '\u00a0«»·°²³' +
  '×÷' +
  '‐‑–—‘’‚“”„…•·′″‰€₫№−≈≠≤≥\u2009\u202f';

export const BASE_CHARSET = LATIN + VIETNAMESE + COMBINING_TONES;

/** Unique characters of some texts, sorted, so the same sources give the same font bytes. */
export function uniqueChars(...texts: string[]): string {
  const set = new Set<string>();
  for (const text of texts) for (const ch of text) set.add(ch);
  return [...set].sort().join('');
}

/**
 * Marks in `seen` (indexed by code point) every character of UTF-8 bytes: what `for (const ch of text)`
 * visits in the decoded text, without making the text (a national data folder holds hundreds of
 * megabytes, which as strings took 7 s and half a gigabyte). False at the first byte that is not valid
 * UTF-8: the caller then decodes the file as before, with U+FFFD for the bad bytes.
 */
export function markUtf8Chars(bytes: Uint8Array, seen: Uint8Array): boolean {
  const n = bytes.length;
  const cont = (i: number) => i < n && (bytes[i]! & 0xc0) === 0x80;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      seen[b] = 1;
      i++;
    } else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) {
      seen[((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f)] = 1;
      i += 2;
    } else if (b >= 0xe0 && b <= 0xef && cont(i + 1) && cont(i + 2)) {
      const cp = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return false; // overlong, or a lone surrogate
      seen[cp] = 1;
      i += 3;
    } else if (b >= 0xf0 && b <= 0xf4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
      const cp = ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
      if (cp < 0x10000 || cp > 0x10ffff) return false;
      seen[cp] = 1;
      i += 4;
    } else return false;
  }
  return true;
}

/** The characters marked by markUtf8Chars, as one string. */
export function markedChars(seen: Uint8Array): string {
  let out = '';
  for (let cp = 0; cp < seen.length; cp++) if (seen[cp]) out += String.fromCodePoint(cp);
  return out;
}
