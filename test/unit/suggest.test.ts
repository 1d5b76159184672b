/**
 * "Có phải …?" (src/data/suggest.ts): which code the checker offers for a typo, worked out by hand by counting
 * edits. Short words tolerate one edit, up to 8 letters two, longer ones three; a label typed for a code counts.
 */
import { describe, expect, it } from 'vitest';
import { distance, fold, suggest } from '../../src/data/suggest.ts';

describe('folding a name', () => {
  it('drops diacritics and đ, lower-cases, and joins words with one hyphen', () => {
    expect(fold('Sơn Động')).toBe('son-dong');
    expect(fold('  Area__ID ')).toBe('area-id');
    expect(fold('Tân \t Yên')).toBe('tan-yen');
    expect(fold('ĐÀ-_NẴNG')).toBe('da-nang');
  });
});

describe('the distance between two words', () => {
  it('counts insertions, deletions, substitutions, and a swap of neighbours as one', () => {
    expect(distance('abc', 'abc')).toBe(0);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('abc', '')).toBe(3);
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('valeu', 'value')).toBe(1);
    expect(distance('abcd', 'bacd')).toBe(1);
    // Each letter moves at most once: «ca» → «abc» is three edits (a swap, then an insertion is not allowed).
    expect(distance('ca', 'abc')).toBe(3);
  });

  it('gives up past the most it is asked about, with one more than that', () => {
    expect(distance('abcdef', 'a', 2)).toBe(3);
    expect(distance('aaaa', 'bbbb', 1)).toBe(2);
    expect(distance('aaaa', 'bbbb', 4)).toBe(4);
    expect(distance('abcd', 'abxy', 2)).toBe(2);
  });
});

describe('the suggestion', () => {
  it('one edit for a word of three letters, two up to eight, three beyond', () => {
    expect(suggest('dox', ['dog'])).toBe('dog');
    expect(suggest('dxx', ['dog'])).toBeNull();
    expect(suggest('unxx', ['unit'])).toBe('unit');
    expect(suggest('uxxx', ['unit'])).toBeNull();
    expect(suggest('abcdefxx', ['abcdefgh'])).toBe('abcdefgh');
    expect(suggest('abcdexxx', ['abcdefgh'])).toBeNull();
    expect(suggest('abcdefxxx', ['abcdefghi'])).toBe('abcdefghi');
    expect(suggest('abcdexxxx', ['abcdefghi'])).toBeNull();
  });

  it('the nearest wins; of equally near ones, the first listed', () => {
    expect(suggest('cat', ['bat', 'cab'])).toBe('bat');
    expect(suggest('cab', ['bat', 'cat', 'cab'])).toBe('cab');
    expect(suggest('planed', ['planned', 'plan', 'planed_x'])).toBe('planned');
  });

  it('a name typed for an id: «Sơn Động» finds sd by its name, «Luc Nma» ln with two letters swapped', () => {
    const names: Record<string, string> = { sd: 'Sơn Động', ln: 'Lục Nam', bg: 'Bắc Giang' };
    const label = (id: string) => names[id];
    expect(suggest('Sơn  Động', ['bg', 'sd', 'ln'], label)).toBe('sd');
    expect(suggest('Luc Nma', ['bg', 'sd', 'ln'], label)).toBe('ln');
    expect(suggest('Luc Nma', ['bg', 'sd', 'ln'])).toBeNull();
    expect(suggest('tinh bac giang', ['bac-giang'], () => undefined)).toBeNull();
  });

  it('nothing for an empty cell', () => {
    expect(suggest('', ['a'])).toBeNull();
    expect(suggest('   ', ['a', 'b'])).toBeNull();
  });
});
