/** What the checks share: ids, grouping, labels from the definitions, sums and stated rates. */
import { enumText, type TableDef, type TableName } from '../define.ts';
import { DISCREPANCY, type FigureRef } from '../messages.ts';
import { agreement, decimalsOf, printedDecimals, round, type Agreement } from '../precision.ts';
import { figureQualifier, qualifierHolds } from '../qualifier.ts';
import type { RowKeys } from '../keys.ts';
import { TABLES } from '../tables/index.ts';
import type { Discrepancy, Figure, Provenance } from './types.ts';

/** cyrb53: a short, stable hash for discrepancy ids. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export const unique = (values: readonly string[]) => [...new Set(values)];

export function found(
  check: string,
  severity: Discrepancy['severity'],
  table: TableName,
  rows: readonly Provenance[],
  expected: number | null,
  actual: number | null,
  message: string,
): Discrepancy {
  const rowIds = rows.map((r) => r.id);
  // A figure the report misprinted may explain the disagreement: say so, as evidence to weigh.
  const misprinted = check === 'malformed' ? [] : rows.filter((r) => r.figure_status === 'malformed').map((r) => r.id);
  return {
    id: `${check}-${hash(rowIds.toSorted().join('|'))}`,
    check,
    severity,
    table,
    rowIds,
    reportIds: unique(rows.map((r) => r.report_id)),
    sections: unique(rows.map((r) => r.section)),
    expected,
    actual,
    difference: expected === null || actual === null ? null : round(actual - expected, 6),
    message: misprinted.length ? `${message} ${DISCREPANCY.misprintInvolved(misprinted)}` : message,
  };
}

export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Rows grouped by their keys (keys.ts, rowKeys), in the order a Map by key
 * would give them: ids are 0, 1, 2… in order of first sight. The groups are
 * laid out in one index array and each group's array is made only when it is
 * reached, so a million rows do not leave a million small arrays behind.
 * Rows with id -1 are left out; groups of fewer than `minSize` rows are skipped.
 */
export function* groupByKey<T>(rows: readonly T[], { ids, size: groups }: RowKeys, minSize = 1): Generator<T[]> {
  const start = new Int32Array(groups + 1);
  for (const k of ids) if (k >= 0) start[k + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const order = new Int32Array(start[groups]!);
  const next = start.slice(0, groups);
  for (let i = 0; i < ids.length; i++) {
    const k = ids[i]!;
    if (k >= 0) order[next[k]!++] = i;
  }
  for (let g = 0; g < groups; g++) {
    if (start[g + 1]! - start[g]! < minSize) continue;
    const group: T[] = [];
    for (let at = start[g]!; at < start[g + 1]!; at++) group.push(rows[order[at]!]!);
    if (group.length > 0) yield group;
  }
}

export function def(name: TableName): TableDef {
  return TABLES.find((t) => t.name === name)!;
}

/** A table's observation key without the given fields, as the definition states it: checks follow the definitions. */
export function keyWithout<R>(name: TableName, ...over: string[]): (keyof R & string)[] {
  return def(name).key.filter((k) => !over.includes(k)) as (keyof R & string)[];
}

/** The Vietnamese label of an enum value, lower-cased to sit inside a sentence. */
export function label(table: TableName, field: string, value: string): string {
  const text = enumText(def(table), field, value);
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export const source = (row: Provenance) => DISCREPANCY.source(row.report_id, row.section);

export const severityOf = (a: Exclude<Agreement, 'agrees'>): Discrepancy['severity'] =>
  a === 'differs' ? 'discrepancy' : a;

/** Half a unit of the last decimal per part: how far a sum of rounded figures may drift. */
export const roundingSlack = (parts: number, decimals: number) => (parts * 10 ** -decimals) / 2;

export interface SumOf<R> {
  value: (row: R) => number;
  /** Amounts are printed rounded, so their sum may drift; counts are exact. */
  rounded: boolean;
  total: (row: R) => string;
  part: (row: R) => string;
  unit: string;
}

/**
 * A total against the sum of its parts, when the total and at least two parts
 * are present. `complete: false` when the parts may be only some of the total
 * (a report lists some projects, some districts): then the sum may only not
 * exceed the total.
 */
export function checkSum<R extends Provenance>(
  check: string,
  table: TableName,
  total: R | undefined,
  parts: readonly (R | undefined)[],
  describe: SumOf<R>,
  complete = true,
): Discrepancy | null {
  const valueOf = describe.value;
  const present = parts.filter((p): p is R => p !== undefined);
  if (!total || present.length < 2) return null;
  const decimals = Math.max(...[total, ...present].map((r) => decimalsOf(valueOf(r))));
  const partsSum = round(
    present.reduce((s, p) => s + valueOf(p), 0),
    decimals + 6,
  );
  const slack = describe.rounded ? roundingSlack(present.length, decimals) : 0;
  if (!complete && partsSum <= valueOf(total) + slack) return null;
  const agrees = describe.rounded ? agreement(valueOf(total), partsSum, decimals, slack) !== 'differs' : partsSum === valueOf(total);
  if (agrees) return null;
  const refs = present.map((p): FigureRef => ({ label: describe.part(p), value: valueOf(p) }));
  const message = complete
    ? DISCREPANCY.parts({ source: source(total), total: { label: describe.total(total), value: valueOf(total) }, parts: refs, partsSum, unit: describe.unit })
    : DISCREPANCY.atMost({ source: source(total), parts: refs, partsSum, bound: { label: describe.total(total), value: valueOf(total) }, unit: describe.unit });
  return found(check, 'discrepancy', table, [total, ...present], partsSum, valueOf(total), message);
}

/** A stated percentage against numerator / denominator, allowing for the rounding it was printed with. */
export function statedRate(
  check: string,
  table: TableName,
  what: string,
  rate: Figure,
  numerator: FigureRef & { row: Figure },
  denominator: FigureRef & { row: Figure },
): Discrepancy | null {
  if (denominator.value === 0) return null;
  const computed = (numerator.value / denominator.value) * 100;
  return statedPercent(check, table, rate, computed, [numerator.row, denominator.row], (computedShown, minor) =>
    DISCREPANCY.rate({ source: source(rate), what, stated: rate.figure_text, numerator, denominator, computed: computedShown, minor }),
  );
}

/** A stated figure against the one computed from its operands: agrees, or a finding classified by how it differs. */
export function statedPercent(
  check: string,
  table: TableName,
  rate: Figure,
  computed: number,
  operands: readonly Provenance[],
  sentence: (computed: number, minor: Exclude<Agreement, 'agrees' | 'differs'> | null) => string,
  slack = 0,
): Discrepancy | null {
  const decimals = printedDecimals(rate.figure_text, rate.value);
  // «trên 74%» for 74,91%: the report is right; its words are compared, not its digits.
  const q = figureQualifier(rate, rate.value);
  if (q && qualifierHolds(q, rate.value, computed, 10 ** -decimals + slack)) return null;
  const a = agreement(rate.value, computed, decimals, slack);
  if (a === 'agrees') return null;
  const message = sentence(round(computed, decimals + 2), a === 'differs' ? null : a);
  return found(check, severityOf(a), table, [rate, ...operands], round(computed, decimals), rate.value, message);
}
