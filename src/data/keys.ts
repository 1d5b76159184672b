/**
 * Composite keys ("same report, area, measure…") for Maps over millions of
 * rows, as small integers: no string is built per row. Each field's values
 * are numbered as they are first seen; the numbers of the first two fields
 * are then numbered as a pair, that pair's number with the third field's, and
 * so on, in exact tables (no hashing collisions: equal ids mean equal values).
 *
 * The ids of one keyer are 0, 1, 2… in the order their value tuples are first
 * seen, so a caller may index an array by them.
 */
export type Keyer<R> = (row: R) => number;

/** (a, b) → id, both non-negative int32: open addressing over one Int32Array of triples. */
class PairIds {
  private slots = new Int32Array(3 * 1024).fill(-1);
  private mask = 1023;
  size = 0;

  id(a: number, b: number): number {
    const slots = this.slots;
    let h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1);
    h ^= h >>> 15;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const at = 3 * i;
      const sa = slots[at]!;
      if (sa === -1) {
        const id = this.size++;
        slots[at] = a;
        slots[at + 1] = b;
        slots[at + 2] = id;
        if (this.size * 2 > this.mask) this.grow();
        return id;
      }
      if (sa === a && slots[at + 1] === b) return slots[at + 2]!;
    }
  }

  private grow(): void {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(3 * (mask + 1)).fill(-1);
    for (let at = 0; at < old.length; at += 3) {
      const a = old[at]!;
      if (a === -1) continue;
      const b = old[at + 1]!;
      let h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1);
      h ^= h >>> 15;
      let i = h & mask;
      while (slots[3 * i] !== -1) i = (i + 1) & mask;
      slots[3 * i] = a;
      slots[3 * i + 1] = b;
      slots[3 * i + 2] = old[at + 2]!;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

export function keyer<R>(fields: readonly (keyof R & string)[]): Keyer<R> {
  const n = fields.length;
  if (n === 0) return () => 0;
  // Map keys compare as SameValueZero, as the joined values did: 0 and -0 are one value, null and undefined two.
  const codes = fields.map(() => new Map<unknown, number>());
  const pairs = fields.map(() => new PairIds());
  const code = (j: number, value: unknown): number => {
    const seen = codes[j]!;
    let c = seen.get(value);
    if (c === undefined) {
      c = seen.size;
      seen.set(value, c);
    }
    return c;
  };
  return (row) => {
    let id = code(0, row[fields[0]!]);
    for (let j = 1; j < n; j++) id = pairs[j]!.id(id, code(j, row[fields[j]!]));
    return id;
  };
}
