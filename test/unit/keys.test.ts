/**
 * The composite keys behind duplicate-observation errors, the disbursement
 * rule and every reconciliation group: two rows get the same key exactly when
 * their key fields are equal — a false match would hide a duplicate or mix two
 * figures in one sum, a false split would miss them.
 */
import { describe, expect, it } from 'vitest';
import { keyer, rowKeys } from '../../src/data/keys.ts';

type R = { a: unknown; b: unknown; c: unknown };

describe('keyer', () => {
  it('gives equal rows the same key and distinct rows distinct keys, beyond 0xd800 values of a field', () => {
    const key = keyer<R>(['a', 'b', 'c']);
    const seen = new Map<number, string>();
    const rows: R[] = [];
    // 70 000 distinct values in the first field (more than fit below the UTF-16 surrogates), crossed with the others.
    for (let i = 0; i < 70_000; i++) rows.push({ a: `v${i}`, b: i % 3, c: null });
    for (let i = 0; i < 2_000; i++) rows.push({ a: 'v1', b: `x${i}`, c: i % 2 === 0 ? null : 'y' });
    for (let i = 0; i < 60_000; i++) rows.push({ a: 'v1', b: 1, c: `z${i}` });
    for (const row of rows) {
      const text = JSON.stringify([row.a, row.b, row.c]);
      const k = key(row);
      if (seen.has(k)) expect(seen.get(k)).toBe(text);
      else seen.set(k, text);
    }
    expect(seen.size).toBe(new Set(rows.map((r) => JSON.stringify([r.a, r.b, r.c]))).size);
    // Asked again, in another order, each row finds its key.
    for (const row of rows.toReversed()) expect(seen.get(key(row))).toBe(JSON.stringify([row.a, row.b, row.c]));
  });

  it('tells apart values that join to the same text, and null from "" and from a missing field', () => {
    const key = keyer<R>(['a', 'b', 'c']);
    const ids = [
      key({ a: 'ab', b: 'c', c: '' }),
      key({ a: 'a', b: 'bc', c: '' }),
      key({ a: 'a', b: 'b', c: 'c' }),
      key({ a: 'a', b: 'b', c: null }),
      key({ a: 'a', b: 'b', c: '' }),
      key({ a: 'a', b: 'b', c: undefined }),
      key({ a: 1, b: 'b', c: '' }),
      key({ a: '1', b: 'b', c: '' }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('numbers keys 0, 1, 2… in the order they are first seen (callers index arrays by them)', () => {
    const key = keyer<R>(['a', 'b']);
    expect([key({ a: 'p', b: 1, c: 0 }), key({ a: 'q', b: 1, c: 0 }), key({ a: 'p', b: 1, c: 9 }), key({ a: 'p', b: 2, c: 0 })]).toEqual([0, 1, 0, 2]);
    const one = keyer<R>(['c']);
    expect([one({ a: 0, b: 0, c: 'x' }), one({ a: 0, b: 0, c: 'y' }), one({ a: 1, b: 1, c: 'x' })]).toEqual([0, 1, 0]);
  });
});

describe('keyer with replaced fields', () => {
  it('gives the key of the row as if those fields had the given values, without changing the row', () => {
    const key = keyer<R>(['a', 'b', 'c']);
    const row = { a: 'x', b: 1, c: '2023-11' };
    const undated = key({ ...row, c: null });
    expect(key(row, { c: null })).toBe(undated);
    expect(key(row)).not.toBe(undated);
    expect(key(row, { a: 'y', c: null })).toBe(key({ a: 'y', b: 1, c: null }));
    expect(row.c).toBe('2023-11');
  });
});

describe('rowKeys (one table grouped many ways)', () => {
  const rows: R[] = [];
  for (let i = 0; i < 5_000; i++) rows.push({ a: `v${i % 70}`, b: i % 3 === 0 ? null : i % 7, c: i % 11 === 0 ? undefined : `w${i % 5}` });

  it('gives each kept row the id a keyer gives it, and -1 to the rows left out', () => {
    const keysOf = rowKeys(rows);
    const where = (r: R) => r.b !== 2;
    for (const fields of [['a', 'b', 'c'], ['c', 'a'], ['b'], []] as (keyof R & string)[][]) {
      const key = keyer<R>(fields);
      const { ids, size } = keysOf(fields, where);
      const expected = rows.map((r) => (where(r) ? key(r) : -1));
      expect([...ids]).toEqual(expected);
      expect(size).toBe(new Set(expected.filter((k) => k >= 0)).size);
    }
  });

  it('numbers groups in order of first sight among the kept rows, whatever the order of the table', () => {
    const keysOf = rowKeys<R>([
      { a: 'p', b: 9, c: 0 },
      { a: 'q', b: 1, c: 0 },
      { a: 'p', b: 1, c: 0 },
      { a: 'q', b: 1, c: 5 },
    ]);
    expect([...keysOf(['a', 'b'], (r) => r.b === 1).ids]).toEqual([-1, 0, 1, 0]);
    expect([...keysOf(['a']).ids]).toEqual([0, 1, 0, 1]);
  });
});
