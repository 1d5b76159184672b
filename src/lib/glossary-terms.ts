/**
 * Finds the glossary's terms inside a label (figure label, chart subtitle, table header),
 * so the label can link each term to its plain-language entry (src/components/TermText.astro).
 * Matching is on NFC text, Vietnamese case-insensitive (Đ = đ), whole words only (a term
 * never matches inside a longer word), and the longest form wins ("vốn ĐTPT" over "ĐTPT").
 */
import { GLOSSARY, type Term } from './glossary.ts';

export interface TermMatch {
  /** Offsets in the NFC form of the label. */
  start: number;
  end: number;
  /** The text as written in the label. */
  text: string;
  term: Term;
}

/** A piece of a label: plain text, or a term to link. */
export type TermSegment = string | { text: string; term: Term };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The dashes people type for one another in "2016–2020". */
const dashes = (s: string) => s.replace(/[-–—]/g, '[-–—]');
const key = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

interface Matcher {
  pattern: RegExp;
  byForm: Map<string, Term>;
}
const matchers = new WeakMap<readonly Term[], Matcher>();

function matcher(glossary: readonly Term[]): Matcher {
  const cached = matchers.get(glossary);
  if (cached) return cached;
  const byForm = new Map<string, Term>();
  for (const t of glossary) for (const f of [t.term, t.short, ...(t.forms ?? [])]) if (f && !byForm.has(key(f))) byForm.set(key(f).replace(/[-–—]/g, '-'), t);
  // Longest first: at one position the regex takes the first alternative that matches.
  const forms = [...byForm.keys()].toSorted((a, b) => b.length - a.length);
  const body = forms.map((f) => dashes(escape(f).replace(/\\-/g, '-'))).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${body})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
  const m = { pattern, byForm };
  matchers.set(glossary, m);
  return m;
}

/** Every term in the label, left to right, without overlaps. */
export function findTerms(label: string, glossary: readonly Term[] = GLOSSARY): TermMatch[] {
  const text = label.normalize('NFC');
  const { pattern, byForm } = matcher(glossary);
  const out: TermMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    const term = byForm.get(key(m[0]).replace(/[-–—]/g, '-'));
    if (term) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], term });
  }
  return out;
}

/**
 * The label cut into text and terms, each term linked only at its first occurrence
 * (`seen` carries the terms already linked in the same block, e.g. across a table's headers).
 */
export function termSegments(label: string, seen: Set<string> = new Set(), glossary: readonly Term[] = GLOSSARY): TermSegment[] {
  const text = label.normalize('NFC');
  const out: TermSegment[] = [];
  let at = 0;
  for (const m of findTerms(text, glossary)) {
    if (seen.has(m.term.id)) continue;
    seen.add(m.term.id);
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push({ text: m.text, term: m.term });
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** An abbreviation as written ("ĐTPT", "Vốn SN", "DTTS&MN"): shown in <abbr> with the full term. */
export const isAbbreviation = (text: string) => /\p{Lu}{2,}/u.test(text);

/** Term ids marked in rendered HTML (data-term="…"), in order of first appearance: the page's own glossary. */
export function termsInHtml(html: string, glossary: readonly Term[] = GLOSSARY): Term[] {
  const ids = new Set([...html.matchAll(/\bdata-term="([a-z0-9-]+)"/g)].map((m) => m[1]!));
  return [...ids].map((id) => glossary.find((t) => t.id === id)).filter((t): t is Term => t !== undefined);
}
