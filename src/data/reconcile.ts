/**
 * Consistency of the figures as the reports print them: parts against totals,
 * stated rates against the amounts they come from, the same figure in two
 * reports. A finding here is not a data-entry error — the rows copy the
 * reports faithfully — but a fact about the sources, kept with its figures,
 * rows, reports and sections for the data-quality page.
 */
import { figureFields, type EnumField, type TableDef, type TableName } from './define.ts';
import { DISCREPANCY, type FigureRef } from './messages.ts';
import { agreement, decimalsOf, printedDecimals, round, type Agreement } from './precision.ts';
import { keyer } from './keys.ts';
import { FUNDS } from './rules.ts';
import { TABLES, type RowsByTable } from './tables/index.ts';

export type Tables = { [K in keyof RowsByTable]: readonly RowsByTable[K][] };

export type Check =
  | 'funding-sources'
  | 'funding-capital'
  | 'disbursement-rate'
  | 'indicator-rate'
  | 'works-districts'
  | 'works-types'
  | 'works-stages'
  | 'poverty-decrease'
  | 'repeat'
  | 'malformed';

export interface Discrepancy {
  /** Stable: derived from the check and the row ids, so a page can link to it. */
  id: string;
  check: Check;
  /** `rounding`: printed rounding, minor; `discrepancy`: the figures disagree; `source-error`: a misprinted figure. */
  severity: 'rounding' | 'discrepancy' | 'source-error';
  table: TableName;
  rowIds: string[];
  reportIds: string[];
  sections: string[];
  /** What the other figures imply (sum of parts, computed rate, first report's value). */
  expected: number | null;
  /** What the report states. */
  actual: number | null;
  difference: number | null;
  message: string;
}

interface Provenance {
  id: string;
  report_id: string;
  section: string;
}

type Funding = RowsByTable['funding'];
type Work = RowsByTable['works'];
type Poverty = RowsByTable['poverty'];

// ---- Helpers ---------------------------------------------------------------------

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

const unique = (values: readonly string[]) => [...new Set(values)];

function found(
  check: Check,
  severity: Discrepancy['severity'],
  table: TableName,
  rows: readonly Provenance[],
  expected: number | null,
  actual: number | null,
  message: string,
): Discrepancy {
  const rowIds = rows.map((r) => r.id);
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
    message,
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function def(name: TableName): TableDef {
  return TABLES.find((t) => t.name === name)!;
}

/** The Vietnamese label of an enum value, lower-cased to sit inside a sentence. */
function label(table: TableName, field: string, value: string): string {
  const f = def(table).fields.find((x): x is EnumField => x.name === field && x.type === 'enum');
  const text = f?.labels[value]?.vi ?? value;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const source = (row: Provenance) => DISCREPANCY.source(row.report_id, row.section);

const severityOf = (a: Exclude<Agreement, 'agrees'>): Discrepancy['severity'] => (a === 'rounding' ? 'rounding' : 'discrepancy');

/** Half a unit of the last decimal per part: how far a sum of rounded figures may drift. */
const roundingSlack = (parts: number, decimals: number) => (parts * 10 ** -decimals) / 2;

interface SumOf<R> {
  value: (row: R) => number;
  /** Amounts are printed rounded, so their sum may drift; counts are exact. */
  rounded: boolean;
  total: (row: R) => string;
  part: (row: R) => string;
  unit: string;
}

/** A total against the sum of its parts, when the total and at least two parts are present. */
function checkSum<R extends Provenance>(
  check: Check,
  table: TableName,
  total: R | undefined,
  parts: readonly (R | undefined)[],
  describe: SumOf<R>,
): Discrepancy | null {
  const valueOf = describe.value;
  const present = parts.filter((p): p is R => p !== undefined);
  if (!total || present.length < 2) return null;
  const decimals = Math.max(...[total, ...present].map((r) => decimalsOf(valueOf(r))));
  const partsSum = round(
    present.reduce((s, p) => s + valueOf(p), 0),
    decimals + 6,
  );
  const agrees = describe.rounded
    ? agreement(valueOf(total), partsSum, decimals, roundingSlack(present.length, decimals)) !== 'differs'
    : partsSum === valueOf(total);
  if (agrees) return null;
  const message = DISCREPANCY.parts({
    source: source(total),
    total: { label: describe.total(total), value: valueOf(total) },
    parts: present.map((p): FigureRef => ({ label: describe.part(p), value: valueOf(p) })),
    partsSum,
    unit: describe.unit,
  });
  return found(check, 'discrepancy', table, [total, ...present], partsSum, valueOf(total), message);
}

// ---- Funding -----------------------------------------------------------------------

/** Funding amounts, summed over one dimension. */
function amounts(over: 'budget_source' | 'capital_type'): SumOf<Funding> {
  return {
    value: (r) => r.value,
    rounded: true,
    unit: 'triệu đồng',
    total: (r) =>
      `${label('funding', 'measure', r.measure)}, ${label('funding', 'budget_source', r.budget_source)}, ${label('funding', 'capital_type', r.capital_type)}`,
    part: (r) => label('funding', over, r[over]),
  };
}

/** Amounts (not rates) of the same figure but for one dimension, the one a sum runs over. */
function fundingGroups(rows: readonly Funding[], over: 'budget_source' | 'capital_type'): Map<string, Funding[]> {
  const fields = [...FUNDS.filter((f) => f !== over), 'measure'] as const;
  return groupBy(
    rows.filter((r) => r.unit === 'mvnd'),
    keyer<Funding>(fields),
  );
}

/** central + provincial [+ district_commune] = all; central + provincial = central_provincial. */
function fundingSources(rows: readonly Funding[]): Discrepancy[] {
  const rules = [
    { total: 'all', parts: ['central', 'provincial', 'district_commune'] },
    { total: 'central_provincial', parts: ['central', 'provincial'] },
    { total: 'all', parts: ['central_provincial', 'district_commune'] },
  ] as const;
  const describe = amounts('budget_source');
  const out: Discrepancy[] = [];
  for (const group of fundingGroups(rows, 'budget_source').values()) {
    const by = new Map(group.map((r) => [r.budget_source, r]));
    for (const rule of rules) {
      const d = checkSum(
        'funding-sources',
        'funding',
        by.get(rule.total),
        rule.parts.map((p) => by.get(p)),
        describe,
      );
      if (d) out.push(d);
    }
  }
  return out;
}

/** ĐTPT + SN = all; policy credit is outside `all`. */
function fundingCapital(rows: readonly Funding[]): Discrepancy[] {
  const describe = amounts('capital_type');
  const out: Discrepancy[] = [];
  for (const group of fundingGroups(rows, 'capital_type').values()) {
    const by = new Map(group.map((r) => [r.capital_type, r]));
    const d = checkSum('funding-capital', 'funding', by.get('all'), [by.get('dtpt'), by.get('sn')], describe);
    if (d) out.push(d);
  }
  return out;
}

/**
 * A stated disbursement rate against disbursed / allocated (or assigned when
 * the report gives no allocation), at the rate's date; plan figures are
 * usually undated, so an undated base is used when there is none at that date.
 */
interface Figure extends Provenance {
  value: number;
  figure_text: string;
}

/** A stated percentage against numerator / denominator, allowing for the rounding it was printed with. */
function statedRate(
  check: Check,
  table: TableName,
  what: string,
  rate: Figure,
  numerator: FigureRef & { row: Figure },
  denominator: FigureRef & { row: Figure },
): Discrepancy | null {
  if (denominator.value === 0) return null;
  const computed = (numerator.value / denominator.value) * 100;
  const decimals = printedDecimals(rate.figure_text, rate.value);
  const a = agreement(rate.value, computed, decimals);
  if (a === 'agrees') return null;
  const message = DISCREPANCY.rate({
    source: source(rate),
    what,
    stated: rate.figure_text,
    numerator,
    denominator,
    computed: round(computed, decimals + 2),
    minor: a === 'rounding',
  });
  return found(check, severityOf(a), table, [rate, numerator.row, denominator.row], round(computed, decimals), rate.value, message);
}

function disbursementRates(rows: readonly Funding[]): Discrepancy[] {
  const rates = rows.filter((r) => r.measure === 'disbursement_rate');
  if (rates.length === 0) return [];
  const key = keyer<Funding>([...FUNDS, 'measure']);
  const amounts = new Map<string, Funding>();
  for (const r of rows) {
    if (r.measure === 'disbursed' || r.measure === 'allocated' || r.measure === 'assigned') amounts.set(key(r), r);
  }
  const at = (r: Funding, measure: Funding['measure'], asOf: string | null) => amounts.get(key({ ...r, measure, as_of: asOf }));
  const pick = (r: Funding, measure: Funding['measure']) => at(r, measure, r.as_of) ?? at(r, measure, null);

  const out: Discrepancy[] = [];
  for (const rate of rates) {
    const disbursed = at(rate, 'disbursed', rate.as_of);
    const base = pick(rate, 'allocated') ?? pick(rate, 'assigned');
    if (!disbursed || !base) continue;
    const d = statedRate(
      'disbursement-rate',
      'funding',
      'tỷ lệ giải ngân',
      rate,
      { label: 'đã giải ngân', value: disbursed.value, row: disbursed },
      { label: label('funding', 'measure', base.measure), value: base.value, row: base },
    );
    if (d) out.push(d);
  }
  return out;
}

// ---- Indicators --------------------------------------------------------------------

type Indicator = RowsByTable['indicators'];

/**
 * "A/B đạt C% KH": indicators `X` (done), `X_plan` (plan) and `X_plan_pct` (the
 * stated rate) of one report and area. The done figure of the rate's date, or
 * else of its period, is compared with the plan.
 */
function indicatorRates(rows: readonly Indicator[]): Discrepancy[] {
  const byCode = groupBy(rows, (r) => `${r.report_id}|${r.area_id}|${r.indicator}`);
  const of = (r: Indicator, code: string) => byCode.get(`${r.report_id}|${r.area_id}|${code}`) ?? [];
  const out: Discrepancy[] = [];
  for (const rate of rows) {
    if (!rate.indicator.endsWith('_plan_pct') || rate.figure_status !== 'reported') continue;
    const code = rate.indicator.slice(0, -'_plan_pct'.length);
    const done = of(rate, code);
    const numerator = (rate.as_of ? done.find((d) => d.as_of === rate.as_of) : undefined) ?? done.find((d) => d.period === rate.period && (!rate.as_of || !d.as_of));
    const plans = of(rate, `${code}_plan`);
    const denominator = plans.length === 1 ? plans[0] : undefined;
    if (!numerator || !denominator) continue;
    const what = rate.label.charAt(0).toLowerCase() + rate.label.slice(1);
    const d = statedRate(
      'indicator-rate',
      'indicators',
      what,
      rate,
      { label: 'thực hiện', value: numerator.value, row: numerator },
      { label: 'kế hoạch', value: denominator.value, row: denominator },
    );
    if (d) out.push(d);
  }
  return out;
}

// ---- Works -------------------------------------------------------------------------

type Area = RowsByTable['areas'];

const works = (describe: Pick<SumOf<Work>, 'total' | 'part'>): SumOf<Work> => ({
  value: (r) => r.count,
  rounded: false,
  unit: 'công trình',
  ...describe,
});

const WORKS = ['report_id', 'area_id', 'program', 'batch', 'plan_version', 'capital_type', 'work_type', 'measure', 'as_of'] as const;

/** Counts of the same report, programme, batch… except the fields a check runs over. */
function worksKey(...over: (typeof WORKS)[number][]) {
  return keyer<Work>(WORKS.filter((f) => !over.includes(f)));
}

/**
 * The districts of a province add up to the province. A report often lists
 * only some districts for one kind of work, so the sum must equal the
 * province only when every district the report gives for that programme,
 * batch and plan version is present; otherwise it may only not exceed it.
 */
function worksDistricts(rows: readonly Work[], areas: ReadonlyMap<string, Area>): Discrepancy[] {
  const name = (r: Work) => areas.get(r.area_id)?.name ?? r.area_id;
  const parent = (r: Work) => areas.get(r.area_id)?.parent_id ?? '';
  const scope = (r: Work) => [r.report_id, r.program, r.batch, r.plan_version, parent(r)].join('\u0001');
  const listed = new Map<string, Set<string>>();
  for (const r of rows) if (parent(r)) listed.set(scope(r), (listed.get(scope(r)) ?? new Set()).add(r.area_id));

  const describe = works({
    total: (r) => `${label('works', 'measure', r.measure)} (${label('works', 'work_type', r.work_type)}) toàn tỉnh ${name(r)}`,
    part: name,
  });
  const out: Discrepancy[] = [];
  for (const group of groupBy(rows, worksKey('area_id')).values()) {
    const byParent = groupBy(group, parent);
    for (const province of group) {
      if (areas.get(province.area_id)?.level !== 'province') continue;
      const districts = byParent.get(province.area_id) ?? [];
      const all = listed.get(
        [province.report_id, province.program, province.batch, province.plan_version, province.area_id].join('\u0001'),
      );
      const complete = districts.length === all?.size;
      if (!complete && districts.reduce((s, r) => s + r.count, 0) <= province.count) continue;
      const d = checkSum('works-districts', 'works', province, districts, describe);
      if (d) out.push(d);
    }
  }
  return out;
}

/** Plan 511 builds only spillways and bridges: ngầm + cầu = all. */
function worksTypes(rows: readonly Work[]): Discrepancy[] {
  const describe = works({
    total: (r) => `${label('works', 'measure', r.measure)} (${label('works', 'work_type', r.work_type)})`,
    part: (r) => label('works', 'work_type', r.work_type),
  });
  const out: Discrepancy[] = [];
  for (const group of groupBy(
    rows.filter((r) => r.program === 'plan511'),
    worksKey('work_type'),
  ).values()) {
    const by = new Map(group.map((r) => [r.work_type, r]));
    const d = checkSum('works-types', 'works', by.get('all'), [by.get('ngam'), by.get('cau')], describe);
    if (d) out.push(d);
  }
  return out;
}

/**
 * completed + under construction ≤ started ≤ planned, at each date a count is
 * given; an undated count (usually the plan) applies at every date.
 */
function worksStages(rows: readonly Work[]): Discrepancy[] {
  const out = new Map<string, Discrepancy>();
  for (const group of groupBy(rows, worksKey('measure', 'as_of')).values()) {
    for (const date of unique(group.map((r) => r.as_of ?? ''))) {
      const at = (measure: Work['measure']) =>
        group.find((r) => r.measure === measure && (r.as_of ?? '') === date) ??
        group.find((r) => r.measure === measure && r.as_of === null);
      const planned = at('planned');
      const started = at('started');
      const done = [at('completed'), at('under_construction')].filter((r): r is Work => r !== undefined);
      const checks: [Work[], Work | undefined][] = [
        [done, started ?? planned],
        [started ? [started] : [], planned],
      ];
      for (const [parts, bound] of checks) {
        const sum = parts.reduce((s, r) => s + r.count, 0);
        if (!bound || parts.length === 0 || sum <= bound.count) continue;
        const message = DISCREPANCY.atMost({
          source: source(bound),
          parts: parts.map((r) => ({ label: label('works', 'measure', r.measure), value: r.count })),
          partsSum: sum,
          bound: { label: label('works', 'measure', bound.measure), value: bound.count },
        });
        const d = found('works-stages', 'discrepancy', 'works', [bound, ...parts], bound.count, sum, message);
        out.set(d.id, d);
      }
    }
  }
  return [...out.values()];
}

// ---- Poverty -----------------------------------------------------------------------

/**
 * A stated decrease against the rates it comes from: (rate[year_from] −
 * rate[year]) / years for an average, rate[year_from] − rate[year] for a
 * one-year change. Rates from the same report are preferred.
 */
function povertyDecreases(rows: readonly Poverty[]): Discrepancy[] {
  const rates = groupBy(
    rows.filter((r) => r.measure === 'rate'),
    (r) => [r.area_id, r.population_group, r.year].join('\u0001'),
  );
  const rateAt = (d: Poverty, year: number) => {
    const candidates = rates.get([d.area_id, d.population_group, year].join('\u0001')) ?? [];
    return candidates.find((r) => r.report_id === d.report_id) ?? candidates[0];
  };
  const out: Discrepancy[] = [];
  for (const d of rows) {
    if (d.measure === 'rate' || d.year_from === null) continue;
    const from = rateAt(d, d.year_from);
    const to = rateAt(d, d.year);
    if (!from || !to) continue;
    const perYear = d.measure === 'decrease_avg_per_year';
    const years = d.year - d.year_from;
    const divisor = perYear ? years : 1;
    const computed = (from.value - to.value) / divisor;
    const decimals = printedDecimals(d.figure_text, d.value);
    const slack = (10 ** -printedDecimals(from.figure_text, from.value) + 10 ** -printedDecimals(to.figure_text, to.value)) / 2 / divisor;
    const a = agreement(d.value, computed, decimals, slack);
    if (a === 'agrees') continue;
    const message = DISCREPANCY.povertyDecrease({
      source: source(d),
      stated: d.figure_text,
      from: { label: `năm ${d.year_from}`, value: from.value },
      to: { label: `năm ${d.year}`, value: to.value },
      years,
      computed: round(computed, decimals + 2),
      perYear,
      minor: a === 'rounding',
    });
    out.push(found('poverty-decrease', severityOf(a), 'poverty', [d, from, to], round(computed, decimals), d.value, message));
  }
  return out;
}

// ---- Every observation table ---------------------------------------------------------

type Observation = Provenance & { figure_text: string; figure_status: string; note: string | null } & Record<string, unknown>;

const OBSERVATIONS = ['funding', 'works', 'poverty', 'ncut', 'indicators'] as const;

/** The figure(s) a row reports, as the table definition marks them. */
const figureNames = (table: TableName) => figureFields(def(table)).map((f) => f.name);
const FIGURES: Record<(typeof OBSERVATIONS)[number], readonly string[]> = {
  funding: figureNames('funding'),
  works: figureNames('works'),
  poverty: figureNames('poverty'),
  ncut: figureNames('ncut'),
  indicators: figureNames('indicators'),
};

function figure(row: Observation, field: string): number | null {
  const v = row[field];
  return typeof v === 'number' ? v : null;
}

/** "vốn giao (kế hoạch), năm 2023, Bắc Giang, tính đến 2023-11-15": a key in words. */
function describeKey(table: TableName, row: Observation, names: ReadonlyMap<string, string>): string {
  return def(table)
    .key.filter((k) => k !== 'report_id' && row[k] !== null && row[k] !== undefined)
    .map((k) => {
      const field = def(table).fields.find((f) => f.name === k)!;
      const v = String(row[k]);
      if (field.type === 'enum') return label(table, k, v);
      if (k === 'as_of') return `tính đến ${v}`;
      if (field.type === 'string' && field.ref) return names.get(v) || v;
      return `${field.title.vi.toLowerCase()} ${v}`;
    })
    .join(', ');
}

/** The same figure (same key but the report) given different values by two reports; each compared with the first. */
function repeats(tables: Tables, names: ReadonlyMap<string, string>): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const table of OBSERVATIONS) {
    const key = def(table).key.filter((k) => k !== 'report_id');
    const rows = tables[table] as readonly Observation[];
    if (new Set(rows.map((r) => r.report_id)).size < 2) continue;
    const keyOf = keyer<Observation>(key);
    const firsts = new Map<string, Observation>();
    for (const other of rows) {
      const k = keyOf(other);
      const first = firsts.get(k);
      if (!first) {
        firsts.set(k, other);
        continue;
      }
      for (const field of FIGURES[table]) {
        const a = figure(first, field);
        const b = figure(other, field);
        if (a === null || b === null || a === b) continue;
        const decimals = Math.min(printedDecimals(first.figure_text, a), printedDecimals(other.figure_text, b));
        const agreed = agreement(b, a, decimals);
        if (agreed === 'agrees') continue;
        const message = DISCREPANCY.repeat({
          what: describeKey(table, first, names),
          first: { source: source(first), value: a },
          other: { source: source(other), value: b },
        });
        out.push(found('repeat', severityOf(agreed), table, [first, other], a, b, message));
        break;
      }
    }
  }
  return out;
}

/** Figures the report itself misprinted, as read by the data entry (see the row's note). */
function malformed(tables: Tables): Discrepancy[] {
  return OBSERVATIONS.flatMap((table) =>
    (tables[table] as readonly Observation[])
      .filter((r) => r.figure_status === 'malformed')
      .map((r) => {
        const value = FIGURES[table].map((f) => figure(r, f)).find((v) => v !== null) ?? null;
        const message = DISCREPANCY.malformed({ source: source(r), figureText: r.figure_text, value: value ?? 0, note: r.note });
        return found('malformed', 'source-error', table, [r], null, value, message);
      }),
  );
}

/** Every consistency finding of the validated tables, in a stable order. */
export function reconcile(tables: Tables): Discrepancy[] {
  // A tranche is one decision's share of a fund, not a part in the breakdowns these checks add up.
  const totals = tables.funding.filter((r) => r.tranche === null);
  const areas = new Map(tables.areas.map((a) => [a.id, a]));
  const names = new Map<string, string>([
    ...tables.areas.map((a) => [a.id, a.name] as const),
    ...tables.projects.map((p) => [p.id, p.short_name] as const),
  ]);
  return [
    ...fundingSources(totals),
    ...fundingCapital(totals),
    ...disbursementRates(totals),
    ...indicatorRates(tables.indicators),
    ...worksDistricts(tables.works, areas),
    ...worksTypes(tables.works),
    ...worksStages(tables.works),
    ...povertyDecreases(tables.poverty),
    ...repeats(tables, names),
    ...malformed(tables),
  ];
}
