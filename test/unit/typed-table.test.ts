import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { fromRows, rowsOf, type Columns } from '../../src/core/typed-table.ts';

type R = { id: string; area_id: string; measure: string; value: number | null };
const COLUMNS: Columns<R> = { id: true, area_id: true, measure: true, value: true };
const rows = (n: number): R[] =>
  Array.from({ length: n }, (_, i) => ({ id: `f${i}`, area_id: `a${i % 7}`, measure: i % 2 ? 'assigned' : 'disbursed', value: i % 5 ? i * 1.5 : null }));

function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('tables made from validated rows', () => {
  it('read the rows as they are: verbs, arrays and rows give the rows’ values', () => {
    const input = rows(1000);
    const t = fromRows(input, COLUMNS).t;
    expect(t.numRows()).toBe(1000);
    expect(t.columnNames()).toEqual(['id', 'area_id', 'measure', 'value']);
    expect(t.array('id')).toEqual(input.map((r) => r.id));
    expect([...t.column('value')!]).toEqual(input.map((r) => r.value));
    const sums = t
      .filter((d: R) => d.measure === 'assigned')
      .groupby('area_id')
      .rollup({ total: aq.op.sum('value'), n: aq.op.count() })
      .orderby('area_id')
      .objects() as { area_id: string; total: number; n: number }[];
    const expected = new Map<string, { total: number; n: number }>();
    for (const r of input.filter((r) => r.measure === 'assigned')) {
      const e = expected.get(r.area_id) ?? { total: 0, n: 0 };
      e.total += r.value ?? 0;
      e.n++;
      expected.set(r.area_id, e);
    }
    expect(sums).toEqual([...expected].sort(([a], [b]) => a.localeCompare(b)).map(([area_id, e]) => ({ area_id, ...e })));
    expect(rowsOf(fromRows(input.slice(0, 3), COLUMNS))).toEqual(input.slice(0, 3));
  });

  it('an empty table still has its columns', () => {
    const t = fromRows<R>([], COLUMNS).t;
    expect(t.numRows()).toBe(0);
    expect(t.columnNames()).toEqual(['id', 'area_id', 'measure', 'value']);
    expect(t.get('value', 0)).toBeUndefined();
  });

  it('hold no copy of the rows (a national table would be held twice)', () => {
    const input = rows(300_000);
    const before = heapAfterGc();
    const table = fromRows(input, COLUMNS);
    const grown = heapAfterGc() - before;
    // A copy into columns is 4 columns × 300 000 values × 8 bytes ≈ 9.6 MB.
    expect(grown).toBeLessThan(1e6);
    expect(table.t.numRows()).toBe(300_000);
  });
});
