/**
 * Pagefind folds accents and case on both sides but keeps "đ" a letter of its own,
 * so "dau tu" would not find "đầu tư" nor "Son Dong" find "Sơn Động". Each indexed
 * page therefore carries its words that contain đ/Đ, folded (đ→d, no accents), in a
 * `fold` meta field that the search page ranks (../shared stack notes: measured fix).
 */

/** Lower-case, accents removed, đ→d. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** The folded, de-duplicated words with đ/Đ of an HTML fragment's text, space-separated (no commas: Pagefind's meta separator). */
export function foldedDWords(html: string): string {
  const text = html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
  // From each đ/Đ out to the ends of its word: a pattern that tries a word at every letter is
  // several times slower on a page of thousands of words.
  const letter = /[\p{L}\p{M}]/u;
  // The words as written first, then each folded once: a page says "đồng" hundreds of times.
  const written = new Set<string>();
  const d = /[đĐ]/g;
  for (let m = d.exec(text); m; m = d.exec(text)) {
    let start = m.index;
    let end = start + 1;
    while (start > 0 && letter.test(text[start - 1]!)) start--;
    while (end < text.length && letter.test(text[end]!)) end++;
    written.add(text.slice(start, end));
    d.lastIndex = end;
  }
  const words = new Set([...written].map((w) => foldWord(w.normalize('NFC'))));
  return [...words].sort().join(' ');
}

/** Site paths whose pages are searched: reports, topics, areas, datasets, method. */
const SEARCHED = ['/bao-cao/', '/giai-ngan/', '/cong-trinh/', '/ho-ngheo/', '/nguoi-co-uy-tin/', '/dia-ban/', '/du-lieu/', '/gioi-thieu/'] as const;

/**
 * Filter pages of the report list repeat the list: not indexed, so results are not duplicated.
 * Nor are the later pages of a report's rows (/bao-cao/<id>/so-lieu/<n>/): thousands of pages of
 * numbers with the report's own words; the report page itself is indexed.
 */
export function isSearched(path: string): boolean {
  return SEARCHED.some((p) => path.startsWith(p)) && !/^\/bao-cao\/(co-quan|dia-ban|chu-de)\//.test(path) && !/^\/bao-cao\/[^/]+\/so-lieu\//.test(path);
}
