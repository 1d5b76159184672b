/**
 * Readers type "Son Dong" for "Sơn Động": each indexed page carries its words
 * with đ/Đ folded (search-fold.ts). A word missed here is a page search cannot find.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldedDWords, foldWord } from '../../src/lib/search-fold.ts';
import { FIXTURES } from './helpers.ts';

/** The plain definition: every maximal run of letters and marks that holds a đ/Đ. */
const reference = (text: string) =>
  [...new Set([...text.matchAll(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu)].map((m) => foldWord(m[0].normalize('NFC'))))].sort().join(' ');

describe('foldedDWords', () => {
  it('folds each word with đ/Đ once, leaving out tags, scripts, drawings and entities', () => {
    const html = '<p>Sơn Động, đầu tư <b>Đồng</b>bào; Sơn Động<svg><text>Đắk</text></svg> &dstrok; đ <script>đi</script>Lục Ngạn</p>';
    expect(foldedDWords(html)).toBe('d dau dong');
  });

  it('keeps a word whole when its accents are separate marks (text pasted from another system)', () => {
    expect(foldedDWords('<p>Đồng Văn</p>'.normalize('NFD'))).toBe('dong');
    expect(foldedDWords('<p>huyện Bắc Đông</p>'.normalize('NFD'))).toBe('dong');
  });

  it('finds the same words as the plain definition in a whole source report', () => {
    const text = readFileSync(join(FIXTURES, 'seeds/000_f0c8a5335ea76620.txt'), 'utf8');
    expect(foldedDWords(text)).toBe(reference(text));
    expect(foldedDWords(text).split(' ').length).toBeGreaterThan(20);
  });
});
