/**
 * Text widths from the site's own font (Be Vietnam Pro, the TTFs the font subset is made from), so a
 * chart's labels are placed, wrapped and fitted by what the reader will see, not by a guess per character.
 * Advance widths only (no kerning): a label is at most a pixel or two narrower than measured.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';

const FILES = {
  400: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  700: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
} as const;
export type Weight = keyof typeof FILES;

interface Metrics {
  /** Advance of each code point in em, filled as characters are met. */
  advance: Map<number, number>;
  font: Font;
}
const loaded = new Map<Weight, Metrics>();

function metrics(weight: Weight): Metrics {
  let m = loaded.get(weight);
  if (!m) {
    const font = create(readFileSync(createRequire(import.meta.url).resolve(FILES[weight]))) as Font;
    m = { font, advance: new Map() };
    loaded.set(weight, m);
  }
  return m;
}

/**
 * Width in px of `text` at `fontSize` px. A character the font lacks is drawn by a fallback font: it is
 * counted as 0,6 em, about the widest Latin letter of common sans fonts.
 */
export function measureText(text: string, fontSize: number, weight: Weight = 400): number {
  const { font, advance } = metrics(weight);
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    let a = advance.get(cp);
    if (a === undefined) {
      const glyph = font.glyphForCodePoint(cp);
      a = glyph && glyph.id !== 0 ? glyph.advanceWidth / font.unitsPerEm : 0.6;
      advance.set(cp, a);
    }
    em += a;
  }
  return em * fontSize;
}
