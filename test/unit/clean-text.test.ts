/**
 * cleanText skips normalisation for tidy ASCII (ids, codes, numbers): the
 * result must be exactly what the full path gives, for every kind of stray
 * space or invisible character staff paste in.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/data/normalise.ts';

/**
 * The full path: NFC, then spaces of any kind collapsed and the ends trimmed of spaces and zero-width
 * characters (inside the text those are kept, for the check to refuse).
 */
const reference = (raw: string) => {
  const text = raw.normalize('NFC');
  return /[^\S ]|[\u200B-\u200D\u2060]| {2}|^ | $/.test(text)
    ? text.replace(/[^\S\uFEFF]+/g, ' ').replace(/^[\s\u200B-\u200D\u2060]+|[\s\u200B-\u200D\u2060]+$/g, '')
    : text;
};

describe('cleanText', () => {
  const samples = ['', ' ', 'a', 'ha-noi-2023-01-f1', '4906', '1.234,5', 'a b', 'a  b', ' a', 'a ', 'a\tb', 'a\u200Bb', 'a\u00a0b', 'a\nb', '~!@#', 'x y z', 'Sơn Động', 'Sơn Động'.normalize('NFD'), '=1+1', 'a\u2003b', 'a\u200B', '\uFEFFa', 'a\uFEFFb', '\u2060a \u200D'];
  for (const raw of samples) it(JSON.stringify(raw), () => expect(cleanText(raw)).toBe(reference(raw)));
});
