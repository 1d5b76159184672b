/**
 * The field's words in search, from the one glossary (src/lib/glossary.ts): readers type
 * "NCUT", "SN", "KH 511" or "vốn sự nghiệp là gì" and expect the page or the definition.
 * - Each term without a reading page is a search record of its own (scripts/build-index.ts), so the
 *   term or its abbreviation finds its entry on /gioi-thieu/ ahead of the long pages that merely use it.
 * - A term's reading page (Term.page) carries the term's names folded in an `aka` meta field,
 *   which the search page weights above the title (public/tim-kiem.js), so it comes first; the
 *   term has no record of its own then (a record, short and full of the names, would outrank it).
 */
import { GLOSSARY, termHref, type Term } from './glossary.ts';
import { foldedDWords, foldWord } from './search-fold.ts';

/** The abbreviation alone, as typed: "vốn SN" → "SN", "xã ĐBKK" → "ĐBKK" (reports write the bare form too). */
export function bareAbbreviation(short: string | undefined): string | undefined {
  return short?.match(/^\p{Ll}+\s+(\p{Lu}[\p{Lu}\p{N}&]+)$/u)?.[1];
}

/** Every way of writing the term: name, abbreviation (with and without its leading word), other forms. */
export function termNames(t: Term): string[] {
  return [...new Set([t.term, t.short, bareAbbreviation(t.short), ...(t.forms ?? [])].filter((n): n is string => !!n))];
}

/** Names folded as the search page searches them (no accents, đ→d, lower case), word by word, de-duplicated. */
function foldedNames(t: Term): string {
  return [...new Set(termNames(t).flatMap((n) => n.split(/\s+/).map(foldWord)))].join(' ');
}

export interface TermRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: { title: string; fold: string; definition: string };
}

/**
 * A glossary entry as a search result of its own: its names, their đ-words folded ("dtpt" for
 * ĐTPT, as the search page searches them), then the definition. The folded names are in the text,
 * not only in the `fold` meta: Pagefind scores a meta match the same on every page, so the short
 * entry would tie with the long pages that merely use the abbreviation. The search page shows the
 * definition, not this text.
 */
export function termRecord(t: Term): TermRecord {
  const names = termNames(t).join('. ');
  const folded = foldedDWords(names);
  const content = `${names}. ${folded ? `${folded}. ` : ''}${t.definition}`;
  return {
    url: termHref(t.id),
    content,
    language: 'vi',
    meta: { title: `Thuật ngữ: ${t.term}${t.short ? ` (${t.short})` : ''}`, fold: foldedDWords(content), definition: t.definition },
  };
}

/** The terms searched as entries of their own: those without a reading page (that page stands for them). */
export const recordedTerms = (glossary: readonly Term[] = GLOSSARY) => glossary.filter((t) => !t.page);

/**
 * The `aka` meta of a term's reading page: the folded names of the glossary terms it stands for
 * ("nguoi co uy tin ncut" on /nguoi-co-uy-tin/, which writes "NCUT" only in its ignored term box);
 * '' for other pages.
 */
export function pageAka(path: string, glossary: readonly Term[] = GLOSSARY): string {
  return [...new Set(glossary.filter((t) => t.page === path).flatMap((t) => foldedNames(t).split(' ')))].join(' ');
}
