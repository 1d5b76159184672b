/**
 * Which rows may be added together. The table definitions say how the values of each key field
 * nest (`sums` in define.ts); this module only reads them. Two rows overlap when, on every key field,
 * their values are equal or one contains the other (a total and its part, a span and a year in it,
 * a province and its district): adding them counts something twice. A set of rows may be summed
 * when they measure the same thing, are not rates, and no two overlap.
 *
 * Views, captions and downloads ask here before adding anything, and say "cộng từ các dòng" for
 * a computed total; where a report prints a total, that figure is shown instead.
 */
import type { NestRule, SumRules, TableDef } from './define.ts';
import { period } from './period.ts';

type Row = Readonly<Record<string, unknown>>;

/** Parents of the rows of referenced tables (areas, projects), by id. */
export type Parents = ReadonlyMap<string, ReadonlyMap<string, string | null>>;

/** Parent maps from reference tables' rows (`id`, `parent_id`), e.g. { areas, projects }. */
export function parentsOf(tables: Readonly<Record<string, readonly { id: string; parent_id?: string | null }[]>>): Parents {
  return new Map(Object.entries(tables).map(([name, rows]) => [name, new Map(rows.map((r) => [r.id, r.parent_id ?? null]))]));
}

const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));

function ancestors(id: string, parents: ReadonlyMap<string, string | null> | undefined): Set<string> {
  const seen = new Set<string>();
  for (let p = parents?.get(id) ?? null; p !== null && !seen.has(p); p = parents?.get(p) ?? null) seen.add(p);
  return seen;
}

function years(code: string): [number, number] {
  const p = period(code);
  // A carry-over is part of its own year's funds, spent the next year.
  return p.form === 'carryover' ? [p.from, p.from] : [p.from, p.to];
}

/** Do two different values of one field count some of the same thing? */
function valuesOverlap(rule: NestRule, a: string, b: string, parents: Parents): boolean {
  if (a === b) return true;
  switch (rule.nest) {
    case 'distinct':
      return false;
    case 'alternative':
      return true;
    case 'nested': {
      const has = (x: string, y: string) => (rule.contains[x] ?? []).some((v) => v === '*' || v === y);
      return has(a, b) || has(b, a);
    }
    case 'tree': {
      if (a === '' || b === '') return true;
      const ref = parents.get(rule.ref);
      return ancestors(a, ref).has(b) || ancestors(b, ref).has(a);
    }
    case 'period': {
      if (a === '' || b === '') return true;
      const [a0, a1] = years(a);
      const [b0, b1] = years(b);
      return a0 <= b1 && b0 <= a1;
    }
  }
}

function rulesOf(def: TableDef): SumRules {
  if (!def.sums) throw new Error(`Table ${def.name} does not say which of its rows may be added`);
  return def.sums;
}

const isStock = (rules: SumRules, row: Row) => Object.entries(rules.stocks ?? {}).some(([f, vs]) => vs.includes(cell(row[f])));

/** Two rows count some of the same thing (the same observation, a total and its part, overlapping periods or areas). */
export function overlap(def: TableDef, a: Row, b: Row, parents: Parents): boolean {
  const rules = rulesOf(def);
  const stock = isStock(rules, a) || isStock(rules, b);
  return Object.entries(rules.fields).every(([f, rule]) =>
    valuesOverlap(stock && rule.nest === 'period' ? { nest: 'alternative' } : rule, cell(a[f]), cell(b[f]), parents),
  );
}

export type SumCheck =
  | { ok: true }
  | { ok: false; reason: 'rate'; row: Row }
  | { ok: false; reason: 'different'; field: string; rows: [Row, Row] }
  | { ok: false; reason: 'overlap'; rows: [Row, Row] };

/** May these rows be added? Rates never; different measures or units never; rows that overlap never. */
export function checkSum(def: TableDef, rows: readonly Row[], parents: Parents): SumCheck {
  const rules = rulesOf(def);
  for (const row of rows) {
    if (Object.entries(rules.never ?? {}).some(([f, vs]) => vs.includes(cell(row[f])))) return { ok: false, reason: 'rate', row };
  }
  for (let i = 1; i < rows.length; i++) {
    const f = rules.same.find((s) => cell(rows[i]![s]) !== cell(rows[0]![s]));
    if (f !== undefined) return { ok: false, reason: 'different', field: f, rows: [rows[0]!, rows[i]!] };
  }
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) if (overlap(def, rows[i]!, rows[j]!, parents)) return { ok: false, reason: 'overlap', rows: [rows[i]!, rows[j]!] };
  }
  return { ok: true };
}

/**
 * Do any two of these rows count the same thing twice (so a ranking of them compares a total with its own parts,
 * or one figure with another report's)? Only rows of the same measure and unit are compared: a gift and a visit
 * in the same half-year are different things, a year's visits and the first half's visits are not.
 */
export function anyOverlap(def: TableDef, rows: readonly Row[], parents: Parents): boolean {
  const { same } = rulesOf(def);
  const alike = (a: Row, b: Row) => same.every((f) => cell(a[f]) === cell(b[f]));
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) if (alike(rows[i]!, rows[j]!) && overlap(def, rows[i]!, rows[j]!, parents)) return true;
  }
  return false;
}
