/**
 * Composite keys ("same report, area, measure…") for Maps over millions of
 * rows, as small integers: no string is built per row. Each field's values
 * are numbered as they are first seen; the tuple of those numbers is then
 * looked up in one exact hash table (the tuple itself is stored and compared,
 * so equal ids always mean equal values, whatever the hash does).
 *
 * The ids of one keyer are 0, 1, 2… in the order their value tuples are first
 * seen, so a caller may index an array by them. `replace` gives the key of the
 * row with some fields replaced, without copying the row.
 */
export type Keyer<R> = (row: R, replace?: Partial<R>) => number;

function hashOf(codes: Int32Array): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < codes.length; j++) {
    h = Math.imul(h ^ codes[j]!, 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Tuples of n non-negative int32 codes → dense ids, by open addressing. */
class TupleIds {
  /** Slot → id + 1 (0: empty). */
  private slots = new Int32Array(1024);
  private mask = 1023;
  /** The tuple of each id, n codes after another, and its hash. */
  private tuples: Int32Array;
  private hashes = new Int32Array(512);
  size = 0;

  private readonly n: number;

  constructor(n: number) {
    this.n = n;
    this.tuples = new Int32Array(512 * n);
  }

  id(codes: Int32Array): number {
    const h = hashOf(codes);
    const { n, slots, tuples, hashes } = this;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const slot = slots[i]!;
      if (slot === 0) return this.add(codes, h, i);
      const id = slot - 1;
      if (hashes[id] !== h) continue;
      let j = 0;
      const at = id * n;
      while (j < n && tuples[at + j] === codes[j]) j++;
      if (j === n) return id;
    }
  }

  private add(codes: Int32Array, h: number, slot: number): number {
    const id = this.size++;
    const n = this.n;
    if (id === this.hashes.length) {
      const hashes = new Int32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const tuples = new Int32Array(id * 2 * n);
      tuples.set(this.tuples);
      this.tuples = tuples;
    }
    this.hashes[id] = h;
    this.tuples.set(codes, id * n);
    this.slots[slot] = id + 1;
    if (this.size * 2 > this.mask) this.grow();
    return id;
  }

  private grow(): void {
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(mask + 1);
    for (let id = 0; id < this.size; id++) {
      let i = this.hashes[id]! & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/**
 * Numbers one field's values 0, 1, 2… as first seen. Map keys compare as
 * SameValueZero, as the joined values did: 0 and -0 are one value, null and
 * undefined two. Consecutive rows mostly repeat their values (the very same
 * strings), so the last value's code is kept.
 */
function valueCoder(): (value: unknown) => number {
  const seen = new Map<unknown, number>();
  let last: unknown = Symbol('none');
  let lastCode = -1;
  return (value) => {
    if (value === last) return lastCode;
    let c = seen.get(value);
    if (c === undefined) seen.set(value, (c = seen.size));
    last = value;
    lastCode = c;
    return c;
  };
}

export function keyer<R>(fields: readonly (keyof R & string)[]): Keyer<R> {
  const n = fields.length;
  if (n === 0) return () => 0;
  const coders = fields.map(valueCoder);
  const code = (j: number, value: unknown): number => coders[j]!(value);
  const valueOf = (row: R, replace: Partial<R> | undefined, j: number): unknown => {
    const field = fields[j]!;
    return replace !== undefined && field in replace ? replace[field] : row[field];
  };
  if (n === 1) return (row, replace) => code(0, valueOf(row, replace, 0));
  const tuple = new Int32Array(n);
  const ids = new TupleIds(n);
  let lastId = -1;
  return (row, replace) => {
    let same = lastId >= 0;
    for (let j = 0; j < n; j++) {
      const c = code(j, valueOf(row, replace, j));
      if (same && tuple[j] !== c) same = false;
      tuple[j] = c;
    }
    if (same) return lastId; // the previous row's tuple, unchanged
    lastId = ids.id(tuple);
    return lastId;
  };
}

/** Each row's group id (-1 for a row left out), and how many groups. */
export interface RowKeys {
  ids: Int32Array;
  size: number;
}

/** The keys of a table's rows over some of its fields, of the rows `where` keeps. */
export type RowKeyer<R> = (fields: readonly (keyof R & string)[], where?: (row: R) => boolean) => RowKeys;

/**
 * Keys of one table's rows over any set of its fields, for checks that group
 * the same table many ways (reconcile/). Each field's values are coded once
 * per table, so a grouping is then one pass over small integers, not a
 * property lookup per row and field. Ids are 0, 1, 2… in order of first sight
 * among the rows `where` keeps: the ids a keyer called on those rows gives.
 */
export function rowKeys<R>(rows: readonly R[]): RowKeyer<R> {
  const coded = new Map<string, Int32Array>();
  const codesOf = (field: keyof R & string): Int32Array => {
    let codes = coded.get(field);
    if (codes) return codes;
    codes = new Int32Array(rows.length);
    const code = valueCoder();
    for (let i = 0; i < rows.length; i++) codes[i] = code(rows[i]![field]);
    coded.set(field, codes);
    return codes;
  };
  return (fields, where) => {
    const columns = fields.map(codesOf);
    const n = columns.length; // 0 fields: every kept row in group 0, as a keyer of no field gives
    const ids = new Int32Array(rows.length);
    const tuple = new Int32Array(n);
    const tuples = new TupleIds(n);
    let lastId = -1;
    for (let i = 0; i < rows.length; i++) {
      if (where !== undefined && !where(rows[i]!)) {
        ids[i] = -1;
        continue;
      }
      let same = lastId >= 0;
      for (let j = 0; j < n; j++) {
        const c = columns[j]![i]!;
        if (same && tuple[j] !== c) same = false;
        tuple[j] = c;
      }
      if (!same) lastId = tuples.id(tuple);
      ids[i] = lastId;
    }
    return { ids, size: tuples.size };
  };
}
