/**
 * Composite keys ("same report, area, measure…") for Maps over millions of
 * rows. Each field's values are numbered as they are first seen, and the key
 * is one character per field: short strings hash far faster than the joined
 * values, and equal values give equal keys.
 */
export type Keyer<R> = (row: R) => string;

export function keyer<R>(fields: readonly (keyof R & string)[]): Keyer<R> {
  const codes = fields.map(() => new Map<unknown, number>());
  return (row) => {
    let key = '';
    for (let j = 0; j < fields.length; j++) {
      const value = row[fields[j]!];
      const seen = codes[j]!;
      let code = seen.get(value);
      if (code === undefined) {
        code = seen.size;
        seen.set(value, code);
      }
      // One UTF-16 unit below the surrogate range; beyond it, a delimited number.
      key += code < 0xd800 ? String.fromCharCode(code) : `\ud800${code.toString(36)}\u0001`;
    }
    return key;
  };
}
