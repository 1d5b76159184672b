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

/**
 * A key field's value reduced to its place in the nesting, such that two different values with the same place
 * never overlap: the depth of a node in its tree (siblings and cousins are apart), how deep a code sits among the
 * codes that contain it (dtpt and sn, central and provincial), the form of a year or a carry-over (two years are
 * apart), and the value itself where values may overlap or are alternatives (spans, months, lists, standards).
 */
function placer(parents: Parents): (field: string, rule: NestRule, value: string, stock: boolean) => string {
  const depths = new Map<string, string>();
  const levels = new Map<string, number>();
  const levelOf = (field: string, contains: Readonly<Record<string, readonly string[]>>, v: string, guard = 0): number => {
    const key = `${field}\u0000${v}`;
    let l = levels.get(key);
    if (l === undefined) {
      const containers = Object.entries(contains).filter(([k, vs]) => k !== v && vs.some((x) => x === '*' || x === v)).map(([k]) => k);
      l = containers.length === 0 || guard > 8 ? 0 : 1 + Math.max(...containers.map((c) => levelOf(field, contains, c, guard + 1)));
      levels.set(key, l);
    }
    return l;
  };
  return (field, rule, v, stock) => {
    if (stock && rule.nest === 'period') return `=${v}`;
    switch (rule.nest) {
      case 'distinct':
        return '';
      case 'alternative':
        return `=${v}`;
      case 'nested':
        return `L${levelOf(field, rule.contains, v)}`;
      case 'tree': {
        if (v === '') return 'root';
        const key = `${rule.ref}\u0000${v}`;
        let d = depths.get(key);
        if (d === undefined) depths.set(key, (d = `D${ancestors(v, parents.get(rule.ref)).size}`));
        return d;
      }
      case 'period': {
        if (v === '') return 'blank';
        const form = period(v).form;
        return form === 'year' || form === 'carryover' ? form : `=${v}`;
      }
    }
  };
}

/** 53-bit FNV-1a of a text (two 32-bit halves): repeats are found without keeping every row's key. */
function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/**
 * Groups of rows that may be added, for the downloads: rows of one report that measure the same thing in the same
 * unit and sit at the same place in every nesting (districts beside districts, capital types beside capital types,
 * years beside years) never overlap, so any of them may be summed. A rate has no group; nor has a row that repeats
 * another row of its report (same figure coordinates: adding both counts it twice). A group is named by its report
 * and its number there, in table order: "bg-2023-11-17/3".
 */
export function sumGroups(def: TableDef, rows: readonly Row[], parents: Parents): (row: Row) => string | null {
  const rules = rulesOf(def);
  const place = placer(parents);
  const fields = Object.entries(rules.fields);
  const never = Object.entries(rules.never ?? {});
  const signature = (row: Row): string | null => {
    if (never.some(([f, vs]) => vs.includes(cell(row[f])))) return null;
    const stock = isStock(rules, row);
    let s = cell(row.report_id);
    for (const f of rules.same) s += `\u0001${cell(row[f])}`;
    for (const [f, rule] of fields) s += `\u0001${place(f, rule, cell(row[f]), stock)}`;
    return s;
  };
  const numbers = new Map<string, number>();
  const perReport = new Map<string, number>();
  const seen = new Set<number>();
  const repeats = new Set<string>();
  for (const row of rows) {
    const s = signature(row);
    if (s === null) continue;
    if (!numbers.has(s)) {
      const report = cell(row.report_id);
      const n = (perReport.get(report) ?? 0) + 1;
      perReport.set(report, n);
      numbers.set(s, n);
    }
    // Within a group, rows overlap only when every key value is equal: the same figure given twice.
    let key = s;
    for (const [f] of fields) key += `\u0001${cell(row[f])}`;
    const h = hash53(key);
    if (seen.has(h)) repeats.add(cell(row.id));
    else seen.add(h);
  }
  return (row) => {
    if (repeats.has(cell(row.id))) return null;
    const s = signature(row);
    return s === null ? null : `${cell(row.report_id)}/${numbers.get(s)}`;
  };
}

export interface SumExample {
  /** The report's own total… */
  total: Row;
  /** …and the rows of one sum group that add up to it. */
  parts: readonly Row[];
}

/**
 * A worked example for readers of the downloads, found in the data itself: the first group whose rows the report
 * also states a total of (a row containing each of them, equal to their sum). None when the data has no such pair.
 */
export function sumExample(def: TableDef, rows: readonly Row[], parents: Parents, groupOf = sumGroups(def, rows, parents)): SumExample | null {
  const rules = rulesOf(def);
  const num = (r: Row) => (typeof r.value === 'number' ? r.value : typeof r.count === 'number' ? r.count : null);
  const bucket = (r: Row, v: number) => `${rules.same.map((f) => cell(r[f])).join('\u0001')}\u0001${Math.round(v * 1000)}`;
  const reports = new Map<string, Row[]>();
  for (const r of rows) {
    const list = reports.get(cell(r.report_id));
    if (list) list.push(r);
    else reports.set(cell(r.report_id), [r]);
  }
  // Report by report, in table order: a national table is searched one report's rows at a time.
  for (const own of reports.values()) {
    const groups = new Map<string, Row[]>();
    const byValue = new Map<string, Row[]>();
    for (const r of own) {
      const g = groupOf(r);
      if (g !== null) groups.set(g, [...(groups.get(g) ?? []), r]);
      const v = num(r);
      if (v !== null) byValue.set(bucket(r, v), [...(byValue.get(bucket(r, v)) ?? []), r]);
    }
    for (const [g, parts] of groups) {
      if (parts.length < 2) continue;
      const sum = parts.reduce((s, r) => s + (num(r) ?? 0), 0);
      const total = byValue.get(bucket(parts[0]!, sum))?.find((t) => groupOf(t) !== g && parts.every((p) => overlap(def, t, p, parents)));
      if (total) return { total, parts };
    }
  }
  return null;
}
