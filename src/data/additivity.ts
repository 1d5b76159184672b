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

/** Does value `a` of one field count all of what `b` counts (equal, or its whole: a total type, an ancestor, a span)? */
function valueContains(rule: NestRule, a: string, b: string, parents: Parents): boolean {
  if (a === b) return true;
  switch (rule.nest) {
    case 'distinct':
    case 'alternative':
      return false;
    case 'nested':
      return (rule.contains[a] ?? []).some((v) => v === '*' || v === b);
    case 'tree':
      return a === '' || ancestors(b, parents.get(rule.ref)).has(a);
    case 'period': {
      if (a === '') return true;
      if (b === '') return false;
      const [a0, a1] = years(a);
      const [b0, b1] = years(b);
      return a0 <= b0 && b1 <= a1;
    }
  }
}

/** Does row `a` count everything row `b` counts (a total and its part, a project and its sub-project)? */
export function contains(def: TableDef, a: Row, b: Row, parents: Parents): boolean {
  const rules = rulesOf(def);
  if (rules.same.some((f) => cell(a[f]) !== cell(b[f]))) return false;
  const stock = isStock(rules, a) || isStock(rules, b);
  return Object.entries(rules.fields).every(([f, rule]) => valueContains(stock && rule.nest === 'period' ? { nest: 'alternative' } : rule, cell(a[f]), cell(b[f]), parents));
}

/**
 * The rows as the separate things they count: rows that overlap, directly or through another (a total and its
 * parts, a project and its sub-projects), are one item; a count of items counts each of them once. Indices of
 * `rows`, each group in table order, groups in order of their first row.
 */
export function overlapGroups(def: TableDef, rows: readonly Row[], parents: Parents): number[][] {
  const { same } = rulesOf(def);
  const root = rows.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      if (same.every((f) => cell(rows[i]![f]) === cell(rows[j]![f])) && overlap(def, rows[i]!, rows[j]!, parents)) root[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  rows.forEach((_, i) => {
    const g = groups.get(find(i));
    if (g) g.push(i);
    else groups.set(find(i), [i]);
  });
  return [...groups.values()];
}

/**
 * A key field's value reduced to its place in the nesting, such that two different values with the same place
 * never overlap: the depth of a node in its tree (siblings and cousins are apart), how deep a code sits among the
 * codes that contain it (dtpt and sn, central and provincial), the form of a year or a carry-over (two years are
 * apart), and the value itself where values may overlap or are alternatives (spans, months, lists, standards).
 * One function per field, each remembering the places of the values it has seen (a million rows, few values).
 */
function placer(rule: NestRule, parents: Parents): (value: string, stock: boolean) => string {
  const seen = new Map<string, string>();
  const memo = (place: (v: string) => string) => (v: string) => {
    let p = seen.get(v);
    if (p === undefined) seen.set(v, (p = place(v)));
    return p;
  };
  const itself = (v: string) => `=${v}`;
  switch (rule.nest) {
    case 'distinct':
      return () => '';
    case 'alternative':
      return itself;
    case 'nested': {
      const levelOf = (v: string, guard = 0): number => {
        const containers = Object.entries(rule.contains).filter(([k, vs]) => k !== v && vs.some((x) => x === '*' || x === v)).map(([k]) => k);
        return containers.length === 0 || guard > 8 ? 0 : 1 + Math.max(...containers.map((c) => levelOf(c, guard + 1)));
      };
      return memo((v) => `L${levelOf(v)}`);
    }
    case 'tree': {
      const ref = parents.get(rule.ref);
      return memo((v) => (v === '' ? 'root' : `D${ancestors(v, ref).size}`));
    }
    case 'period': {
      const place = memo((v) => {
        if (v === '') return 'blank';
        const form = period(v).form;
        return form === 'year' || form === 'carryover' ? form : itself(v);
      });
      // A stock's periods are alternatives (see overlap).
      return (v, stock) => (stock ? itself(v) : place(v));
    }
  }
}

/**
 * Groups of rows that may be added, for the downloads: rows of one report that measure the same thing in the same
 * unit, to the same day (as_of), and sit at the same place in every nesting (districts beside districts, capital types beside capital types,
 * years beside years) never overlap, so any of them may be summed. A rate has no group; nor has a row that repeats
 * another row of its report (same figure coordinates: adding both counts it twice). A group is named by its report
 * and its number there, in table order: "bg-2023-11-17/3". Worked out in one pass; a row's group is then looked up
 * (the downloads ask for it once per format).
 */
export function sumGroups(def: TableDef, rows: readonly Row[], parents: Parents): (row: Row) => string | null {
  const rules = rulesOf(def);
  // Every value a row is grouped by becomes a small number, once per distinct value: a million rows hold a few
  // thousand values, so a row's group is found by a few lookups of small numbers, with no text made per row.
  const coder = (of: (v: string) => string = (v) => v) => {
    const codes = new Map<string, number>();
    const places = new Map<string, number>();
    // Consecutive rows mostly repeat a value (same report, area, year): the last one is kept at hand.
    let last: string | undefined;
    let lastCode = -1;
    return (v: string) => {
      if (v === last) return lastCode;
      let c = codes.get(v);
      if (c === undefined) {
        const p = of(v);
        let k = places.get(p);
        if (k === undefined) places.set(p, (k = places.size));
        codes.set(v, (c = k));
      }
      last = v;
      return (lastCode = c);
    };
  };
  const report = coder();
  // And counted to the same day: disbursements to 15/11 and to 17/11 add up to a total of no day. A blank as_of is
  // its report's date, yet kept apart from rows that write a date: a group never claims more than the rows say.
  const same = [...rules.same, ...(def.fields.some((f) => f.name === 'as_of') ? ['as_of'] : [])].map((f) => ({ f, code: coder() }));
  const fields = Object.entries(rules.fields).map(([f, rule]) => {
    const place = placer(rule, parents);
    return { f, place: coder((v) => place(v, false)), stockPlace: coder((v) => place(v, true)), value: coder() };
  });
  const never = Object.entries(rules.never ?? {});
  type Trie = Map<number, Trie | number>;
  const root: Trie = new Map();
  const labels: string[] = [];
  const perReport = new Map<string, number>();
  /** The row's group: the trie of its codes (report, measure and unit, each field's place) ends in its number. */
  const groupOf = (row: Row): number => {
    if (never.some(([f, vs]) => vs.includes(cell(row[f])))) return -1;
    const stock = isStock(rules, row);
    const reportId = cell(row.report_id);
    let node = root;
    const step = (c: number) => {
      let next = node.get(c) as Trie | undefined;
      if (next === undefined) node.set(c, (next = new Map()));
      node = next;
    };
    step(report(reportId));
    for (const { f, code } of same) step(code(cell(row[f])));
    for (let k = 0; k < fields.length - 1; k++) step((stock ? fields[k]!.stockPlace : fields[k]!.place)(cell(row[fields[k]!.f])));
    const lastField = fields[fields.length - 1]!;
    const c = (stock ? lastField.stockPlace : lastField.place)(cell(row[lastField.f]));
    let n = node.get(c) as number | undefined;
    if (n === undefined) {
      const k = (perReport.get(reportId) ?? 0) + 1;
      perReport.set(reportId, k);
      node.set(c, (n = labels.push(`${reportId}/${k}`) - 1));
    }
    return n;
  };
  const seen = new Set<number>();
  // Each row's group (an index into labels), or -1: a rate, or a repeat; by the row's index.
  const groups = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const n = groupOf(row);
    if (n < 0) {
      groups[i] = -1;
      continue;
    }
    // Within a group, rows overlap only when every key value is equal: the same figure given twice. A 53-bit
    // hash of the group and the values' codes finds it without keeping every row's key.
    let a = Math.imul(0x811c9dc5 ^ n, 0x01000193);
    let b = Math.imul(0x5bd1e995 ^ n, 0x5bd1e995);
    for (const { f, value } of fields) {
      const v = value(cell(row[f]));
      a = Math.imul(a ^ v, 0x01000193);
      b = Math.imul(b ^ v, 0x5bd1e995);
    }
    const h = (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
    if (seen.has(h)) groups[i] = -1;
    else {
      seen.add(h);
      groups[i] = n;
    }
  }
  // The downloads ask for the rows in table order: a cursor finds each without a lookup; any other order is
  // served from an index of the rows, made the first time it is needed.
  let cursor = 0;
  let index: Map<Row, number> | null = null;
  return (row) => {
    let i: number | undefined;
    if (rows[cursor] === row) i = cursor++;
    // A new pass in table order (another format) starts again at the first row.
    else if (rows[0] === row) {
      i = 0;
      cursor = 1;
    } else {
      index ??= new Map(rows.map((r, k) => [r, k]));
      i = index.get(row);
      if (i !== undefined) cursor = i + 1;
    }
    // A row not among those grouped (not expected): its group, repeats not looked for.
    const n = i !== undefined ? groups[i]! : groupOf(row);
    return n < 0 ? null : labels[n]!;
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
  // Groups read in table order (the cheap order for groupOf), rows then taken report by report.
  const groupAt = rows.map((r) => groupOf(r));
  const reports = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const list = reports.get(cell(rows[i]!.report_id));
    if (list) list.push(i);
    else reports.set(cell(rows[i]!.report_id), [i]);
  }
  // Report by report, in table order: a national table is searched one report's rows at a time.
  for (const own of reports.values()) {
    const groups = new Map<string, Row[]>();
    // Candidate totals by measure, unit and value: row indices.
    const byValue = new Map<string, number[]>();
    const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
      const list = m.get(k);
      if (list) list.push(v);
      else m.set(k, [v]);
    };
    for (const i of own) {
      const r = rows[i]!;
      const g = groupAt[i]!;
      if (g !== null) push(groups, g, r);
      const v = num(r);
      if (v !== null) push(byValue, bucket(r, v), i);
    }
    for (const [g, parts] of groups) {
      if (parts.length < 2) continue;
      const sum = parts.reduce((s, r) => s + (num(r) ?? 0), 0);
      const t = byValue.get(bucket(parts[0]!, sum))?.find((k) => groupAt[k] !== g && parts.every((p) => overlap(def, rows[k]!, p, parents)));
      if (t !== undefined) return { total: rows[t]!, parts };
    }
  }
  return null;
}
