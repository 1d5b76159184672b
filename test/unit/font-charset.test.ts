/**
 * The characters the subset fonts carry: every character of the sources, read
 * from bytes one file at a time (a national data folder is hundreds of
 * megabytes), exactly as decoding each file and visiting its characters gives.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markedChars, markUtf8Chars, uniqueChars } from '../../src/styles/fonts/charset.ts';
import { sourceText } from '../../src/styles/fonts/subset.ts';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const marked = (bytes: Uint8Array) => {
  const seen = new Uint8Array(0x110000);
  return { ok: markUtf8Chars(bytes, seen), chars: markedChars(seen) };
};

describe('characters of UTF-8 bytes', () => {
  it('are those of the decoded text: ASCII, Vietnamese, combining marks, signs, a BOM and characters beyond 16 bits', () => {
    const text = '\uFEFFid,tên\nSơn Động,Quảng Ninh — 5 µg ≤ 10 ₫\nHoa\u0300 😀 𝔸\n';
    const { ok, chars } = marked(new TextEncoder().encode(text));
    expect(ok).toBe(true);
    expect(uniqueChars(chars)).toBe(uniqueChars(text));
    expect(chars).toContain('😀');
    expect(chars).toContain('\u0300');
  });

  it('stop at bytes that are not UTF-8: a Latin-1 letter, an overlong form, a surrogate, a cut sequence', () => {
    const bytes = [
      [0x51, 0x75, 0xe1, 0x6e, 0x67], // Windows-1252 "Quáng"
      [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80], [0xf0, 0x80, 0x80, 0x80], // overlong forms
      [0xed, 0xa0, 0x80], // a surrogate
      [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], // beyond U+10FFFF
      [0x61, 0xe1, 0xbb], [0xf0, 0x9f, 0x98], [0x80], // cut sequences, a lone continuation byte
    ];
    for (const bad of bytes) {
      expect(new TextDecoder().decode(new Uint8Array(bad))).toContain('\uFFFD');
      expect(marked(new Uint8Array(bad)).ok).toBe(false);
    }
  });
});

describe('the text of the source folders', () => {
  it('holds every character of the text files, files that are not UTF-8 read as before, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'font-chars-'));
    made.push(dir);
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'funding.csv'), 'id,ghi_chú\nf1,Bắc Giang – “giải ngân”\n');
    writeFileSync(join(dir, 'sub', 'Page.astro'), '<h1>Đồng bào № 1 😀</h1>');
    // Windows-1252 "Quáng": its á is not UTF-8, and decodes to U+FFFD as readFileSync(…, 'utf8') gave.
    writeFileSync(join(dir, 'old.csv'), Buffer.from([0x51, 0x75, 0xe1, 0x6e, 0x67, 0x0a]));
    writeFileSync(join(dir, 'image.png'), 'ẞ∑');
    writeFileSync(join(dir, 'node_modules', 'x.ts'), '∫');
    const expected = uniqueChars('id,ghi_chú\nf1,Bắc Giang – “giải ngân”\n', '<h1>Đồng bào № 1 😀</h1>', 'Qu\uFFFDng\n');
    expect(sourceText([dir, join(dir, 'missing')])).toBe(expected);
  });

  it('reads a file given by its path, as the staff guide (data/README.md) is read whatever the data folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'font-chars-'));
    made.push(dir);
    writeFileSync(join(dir, 'README.md'), 'Chữ hỏng: S¬n §éng\n');
    expect(sourceText([join(dir, 'README.md')])).toBe(uniqueChars('Chữ hỏng: S¬n §éng\n'));
  });
});
