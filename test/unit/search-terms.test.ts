/** The glossary as search sees it (src/lib/search-terms.ts): abbreviations as typed, folded as searched. */
import { describe, expect, it } from 'vitest';
import { GLOSSARY, type Term } from '../../src/lib/glossary.ts';
import { isSearched } from '../../src/lib/search-fold.ts';
import { bareAbbreviation, pageAka, recordedTerms, termNames, termRecord } from '../../src/lib/search-terms.ts';

const term = (id: string) => GLOSSARY.find((t) => t.id === id)!;

describe('abbreviations as readers type them', () => {
  it('drops the leading word of a short form, keeps a short form that is all abbreviation', () => {
    expect(bareAbbreviation('vốn SN')).toBe('SN');
    expect(bareAbbreviation('xã ĐBKK')).toBe('ĐBKK');
    expect(bareAbbreviation('vốn ĐTPT')).toBe('ĐTPT');
    expect(bareAbbreviation('DTTS&MN')).toBeUndefined();
    expect(bareAbbreviation('CT MTQG 1719')).toBeUndefined();
    expect(bareAbbreviation(undefined)).toBeUndefined();
  });

  it('lists every name of a term once', () => {
    expect(termNames(term('von-sn'))).toEqual(['Vốn sự nghiệp', 'vốn SN', 'SN', 'kinh phí sự nghiệp']);
    expect(termNames(term('von-dtpt'))).toEqual(['Vốn đầu tư phát triển', 'vốn ĐTPT', 'ĐTPT', 'đầu tư phát triển']);
  });
});

describe('a glossary entry as a search record', () => {
  it('links to the entry, is found by its abbreviation with đ as d, and shows the definition', () => {
    const r = termRecord(term('von-dtpt'));
    expect(r.url).toBe('/gioi-thieu/#thuat-ngu-von-dtpt');
    expect(r.meta.title).toBe('Thuật ngữ: Vốn đầu tư phát triển (vốn ĐTPT)');
    // The search page searches "ĐTPT" as "dTPT": the folded form must be a word of the text itself.
    expect(r.content.split(/[\s.]+/)).toContain('dtpt');
    expect(r.meta.definition).toBe(term('von-dtpt').definition);
    expect(r.content.endsWith(term('von-dtpt').definition)).toBe(true);
  });

  it('a term with a reading page has no record; that page carries its names instead', () => {
    const ids = recordedTerms().map((t) => t.id);
    expect(ids).toContain('von-sn');
    expect(ids).not.toContain('nguoi-co-uy-tin');
    expect(ids).not.toContain('ke-hoach-511');
    expect(pageAka('/nguoi-co-uy-tin/')).toBe('nguoi co uy tin ncut');
    expect(pageAka('/cong-trinh/')).toBe('ke hoach 511 kh kh511');
    expect(pageAka('/giai-ngan/')).toBe('');
  });

  it('every reading page named in the glossary is indexed for search', () => {
    const pages = GLOSSARY.map((t: Term) => t.page).filter((p): p is string => !!p);
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) expect(isSearched(p), p).toBe(true);
  });
});
