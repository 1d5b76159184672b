/**
 * Subsets Be Vietnam Pro (regular and bold) at build time: one WOFF2 file per weight,
 * holding the Vietnamese + Latin set and every character the sources use. Without
 * hinting and with only the layout features Vietnamese needs (marks, kerning), two
 * weights weigh ~22 KB instead of ~94 KB for @fontsource's three subsets per weight.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import subsetFont from 'subset-font';
import { BASE_CHARSET, markedChars, markUtf8Chars, uniqueChars } from './charset.ts';

const WEIGHTS = [
  { weight: 400, source: '400Regular/BeVietnamPro_400Regular.ttf' },
  { weight: 700, source: '700Bold/BeVietnamPro_700Bold.ttf' },
] as const;

/** File name of a generated weight, as global.css imports it. */
const fontFile = (weight: number) => `be-vietnam-pro-${weight}.woff2`;

/** ccmp/mark/mkmk place stacked Vietnamese tone marks; kern keeps spacing; locl for language forms. */
const FEATURES = ['ccmp', 'mark', 'mkmk', 'kern', 'locl'];
const TEXT_FILES = new Set(['.csv', '.astro', '.ts', '.md', '.mdx', '.json']);

/**
 * The characters of all text in the folders (or files) that end up on pages (data, components, pages, narratives,
 * the staff guide), sorted.
 */
export function sourceText(dirs: string[]): string {
  const seen = new Uint8Array(0x110000);
  const notUtf8: string[] = [];
  const read = (path: string) => {
    // One file at a time, as bytes: never the whole folder as text.
    const bytes = readFileSync(path);
    if (!markUtf8Chars(bytes, seen)) notUtf8.push(bytes.toString('utf8'));
  };
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    if (!statSync(dir).isDirectory()) return read(dir);
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (TEXT_FILES.has(extname(name))) read(path);
    }
  };
  dirs.forEach(walk);
  return uniqueChars(markedChars(seen), ...notUtf8);
}

async function subsetWeight(weight: number, text: string): Promise<Uint8Array> {
  const entry = WEIGHTS.find((w) => w.weight === weight);
  if (!entry) throw new Error(`No source font for weight ${weight}`);
  const require = createRequire(import.meta.url);
  const ttf = readFileSync(require.resolve(`@expo-google-fonts/be-vietnam-pro/${entry.source}`));
  return subsetFont(ttf, text, { targetFormat: 'woff2', keepFeatures: FEATURES, noHinting: true });
}

/** Writes the WOFF2 files into outDir; rewrites a file only when its bytes change (quiet dev server). */
export async function writeFonts(outDir: string, extraText: string): Promise<{ file: string; bytes: number }[]> {
  mkdirSync(outDir, { recursive: true });
  const text = uniqueChars(BASE_CHARSET, extraText);
  const written = [];
  for (const { weight } of WEIGHTS) {
    const bytes = await subsetWeight(weight, text);
    const path = join(outDir, fontFile(weight));
    const old = existsSync(path) ? readFileSync(path) : undefined;
    if (!old || !Buffer.from(bytes).equals(old)) writeFileSync(path, bytes);
    written.push({ file: path, bytes: bytes.length });
  }
  return written;
}
