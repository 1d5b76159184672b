/**
 * The one rule for "which figure is current", used by every page.
 *
 * An observation is identified by its table's key without `report_id` and
 * `as_of`: the same thing (area, programme, fund year, source, capital type,
 * project, tranche, measure…) measured by different reports or at different
 * dates. Among the rows of one observation, the current figure is the one with
 * the latest `as_of` (a figure without `as_of` is taken to be true at its
 * report's date); at equal dates, the figure of the later report wins. So a
 * figure repeated by a later report is counted once, and a report that brings
 * a newer date supersedes the older one.
 *
 * Things the rule keeps apart, because they are different observations: a
 * tranche of a fund and the fund's total (`tranche`), a carry-over and the
 * current year's funds (`fund_year`), the original and the revised plan
 * (`plan_version`), rates under different poverty standards or commune lists.
 * Partial dates compare by their last day (2023-11 ≈ 30/11/2023).
 *
 * A stock (a count at a date, the definitions' `sums.stocks`: the number of prestigious persons) is one
 * observation whatever period a report writes beside it ("6 tháng đầu năm 2023", "năm 2024", the term
 * "2023-2027"): the period says when the count was made, not what is counted. So a later report's count
 * replaces the earlier one. It is true at its as_of or report date, but never after its period's last day:
 * a 2024 report's count for the term 2019-2022 does not replace a 2023 report's count for 2023-2027.
 *
 * The dates and the order themselves are in time.ts (effectiveDate, dateEnd, precedence); this
 * module applies them to tables: `current` (one figure per observation) and `history` (every
 * report's figure of an observation, one per effective date). Metrics call these, never their own.
 */
import * as aq from 'arquero';
import type { TableDef } from './define.ts';
import { periodLastDay } from './period.ts';
import { dateEnd, effectiveDate as effectiveDate_ } from './time.ts';
import type { Area, Report } from './tables/index.ts';
import { typed, type Columns, type Table } from '../core/typed-table.ts';

/** Where a figure sits in time, added to each row by the rule. */
export interface Dated {
  /** The date the figure is true at: its as_of, else its report's date (ISO, as precise as the source). */
  effective_date: string;
  /** The report's date (ISO, as precise as the source). */
  report_date: string;
}

interface Observation {
  report_id: string;
  as_of?: string | null;
}

const DATED: Columns<Dated> = { effective_date: true, report_date: true };

/** The fields that name one observation across reports and dates. */
export function observationKey(def: TableDef): string[] {
  return def.key.filter((k) => k !== 'report_id' && k !== 'as_of');
}

/**
 * A plain row's observation as text (rows read from files, e.g. the changelog's): its key but report and as_of,
 * and a stock's period left out, as the rule reads it (a new count continues the old one whatever its period).
 */
export function observationText(def: TableDef): (row: Readonly<Record<string, unknown>>) => string {
  const key = observationKey(def);
  const stocks = Object.entries(def.sums?.stocks ?? {});
  const period = Object.entries(def.sums?.fields ?? {}).find(([f, rule]) => rule.nest === 'period' && def.key.includes(f))?.[0];
  return (row) => {
    const stock = period !== undefined && stocks.some(([f, values]) => values.includes(String(row[f] ?? '').trim()));
    return key.map((k) => (stock && k === period ? '' : String(row[k] ?? '').trim())).join('\u0000');
  };
}

function columnsOf<R extends object>(t: Table<R>): Columns<R> {
  return Object.fromEntries(t.t.columnNames().map((c) => [c, true])) as Columns<R>;
}

/** Adds each row's effective date and report date (as given: partial dates stay partial). */
function dated<R extends Observation>(table: Table<R>, reports: readonly Report[]): Table<R & Dated> {
  // Plain loops over the columns, then the two columns added at once: a lookup rather than a join with
  // the reports, and no function call per row (Arquero's derive) at a million rows.
  const dates = new Map(reports.map((r) => [r.id, r.date]));
  const t = table.t;
  const reportIds = t.array('report_id') as string[];
  const asOfs = t.columnNames().includes('as_of') ? (t.array('as_of') as (string | null | undefined)[]) : null;
  const reportDate: (string | undefined)[] = new Array(reportIds.length);
  const effectiveDate: (string | undefined)[] = new Array(reportIds.length);
  for (let i = 0; i < reportIds.length; i++) {
    const d = dates.get(reportIds[i]!);
    const asOf = asOfs?.[i];
    reportDate[i] = d;
    effectiveDate[i] = d === undefined ? undefined : effectiveDate_(asOf, d);
  }
  return typed<R & Dated>(t.assign({ report_date: reportDate, effective_date: effectiveDate }), { ...columnsOf(table), ...DATED } as Columns<R & Dated>);
}

/**
 * Each row's observation as a dense number (0, 1, 2… in order of first row) and how many there
 * are: the key columns' values are coded per column (null and undefined alike) and the codes
 * combined, re-numbered whenever the combination could outgrow exact integers. At a million rows
 * this is several times faster than one string key per row.
 */
export function observationIds(cols: readonly (readonly unknown[])[], count: number): { ids: Int32Array; count: number } {
  const combined = new Float64Array(count);
  let size = 1;
  const densify = () => {
    const dense = new Map<number, number>();
    for (let i = 0; i < count; i++) {
      let d = dense.get(combined[i]!);
      if (d === undefined) dense.set(combined[i]!, (d = dense.size));
      combined[i] = d;
    }
    size = dense.size;
  };
  for (const col of cols) {
    // A column has at most `count` codes: re-number first if the combination could pass 2^53.
    if (size * count > 2 ** 53) densify();
    const codes = new Map<unknown, number>();
    for (let i = 0; i < count; i++) {
      const v = col[i] ?? null;
      let c = codes.get(v);
      if (c === undefined) codes.set(v, (c = codes.size));
      combined[i] = combined[i]! + c * size;
    }
    size *= Math.max(1, codes.size);
  }
  densify();
  return { ids: Int32Array.from(combined), count: size };
}

export interface CurrentOptions {
  /** Only reports dated on or before this ISO date count (for "what was current before the latest report"). */
  until?: string;
  /** Leave these reports out (for "what changed since the previous report"). */
  without?: readonly string[];
}

/**
 * For a table with stocks and a period in its key: the period field, and for each row the last day of its
 * period when the row is a stock (null for other rows). Null when the table has no stocks.
 */
function stockPeriods(def: TableDef, t: aq.ColumnTable): { field: string; periods: (string | null)[] } | null {
  const stocks = Object.entries(def.sums?.stocks ?? {});
  const field = Object.entries(def.sums?.fields ?? {}).find(([f, rule]) => rule.nest === 'period' && def.key.includes(f))?.[0];
  if (stocks.length === 0 || field === undefined || !t.columnNames().includes(field)) return null;
  const columns = stocks.map(([f, values]) => [t.array(f) as unknown[], new Set(values)] as const);
  const periods = t.array(field) as unknown[];
  const lastDays = new Map<string, string>();
  const lastDay = (p: string) => lastDays.get(p) ?? (lastDays.set(p, periodLastDay(p)), lastDays.get(p)!);
  const out = Array.from({ length: t.numRows() }, (_, i) => {
    const p = periods[i];
    return typeof p === 'string' && columns.some(([col, values]) => values.has(String(col[i]))) ? lastDay(p) : null;
  });
  return { field, periods: out };
}

/**
 * The rule's pass over a table: its dated rows, each row's observation, and the row chosen per observation
 * (per observation and effective date when `perDate`, for a history).
 */
function choose<R extends Observation>(table: Table<R>, def: TableDef, reports: readonly Report[], options: CurrentOptions, perDate = false) {
  // One pass in plain loops over the columns, then Arquero keeps the chosen rows (in table order):
  // the same result as groupby + orderby + row_number() === 1, several times faster at a million rows.
  // Column positions must be row numbers for reify(): a filtered or ordered view is materialised first.
  let t = dated(table, reports).t;
  if (t.isFiltered() || t.isOrdered()) t = t.reify();
  const key = observationKey(def).filter((k) => t.columnNames().includes(k));
  const stock = stockPeriods(def, t);
  // A stock's period is not part of its observation (see above): its cell counts as blank in the key.
  const cols = key.map((k) => {
    const col = t.array(k) as unknown[];
    return stock && k === stock.field ? col.map((v, i) => (stock.periods[i] === null ? v : null)) : col;
  });
  const reportIds = t.array('report_id') as string[];
  const effective = t.array('effective_date') as string[];
  const reported = t.array('report_date') as string[];
  // Partial dates compare by their last day (time.ts dateEnd): 2023-11 comes after 2023-11-15.
  const ends = new Map<string, string>();
  const end = (d: string) => ends.get(d) ?? (ends.set(d, dateEnd(d)), ends.get(d)!);
  const reportEnd = (i: number) => end(reported[i]!);
  // A stock is true until its period's last day at the latest.
  const effectiveEnd = stock
    ? (i: number) => {
        const e = end(effective[i]!);
        const last = stock.periods[i];
        return last != null && last < e ? last : e;
      }
    : (i: number) => end(effective[i]!);
  const until = options.until !== undefined ? dateEnd(options.until) : null;
  const without = new Set(options.without ?? []);
  // A history keeps one figure per observation and effective date: 2023-11 and 2023-11-30 are one date.
  if (perDate) cols.push(effective.map((_, i) => effectiveEnd(i)));
  // time.ts precedence, with the ends looked up once: latest effective date, then later report date,
  // then the higher report id; ties (one report's duplicate rows) keep the first row.
  const better = (a: number, b: number) => {
    const ea = effectiveEnd(a), eb = effectiveEnd(b);
    if (ea !== eb) return ea > eb;
    const ra = reportEnd(a), rb = reportEnd(b);
    if (ra !== rb) return ra > rb;
    return reportIds[a]! > reportIds[b]!;
  };
  const obs = observationIds(cols, reportIds.length);
  const best = new Int32Array(obs.count).fill(-1);
  for (let i = 0; i < reportIds.length; i++) {
    if (until !== null && reportEnd(i) > until) continue;
    if (without.has(reportIds[i]!)) continue;
    const k = obs.ids[i]!;
    const b = best[k]!;
    if (b < 0 || better(i, b)) best[k] = i;
  }
  const rows = best.filter((b) => b >= 0).sort();
  return { t, obs, rows, reportIds, reportEnd, effectiveEnd, better };
}

/**
 * The current figure of every observation: one row per key, the latest as_of,
 * then the later report. Rows keep all their columns, plus `effective_date`
 * and `report_date`.
 */
export function current<R extends Observation>(
  table: Table<R>,
  def: TableDef,
  reports: readonly Report[],
  options: CurrentOptions = {},
): Table<R & Dated> {
  const { t, rows } = choose(table, def, reports, options);
  return typed<R & Dated>(t.reify(rows as unknown as number[]), columnsOf(table) as Columns<R & Dated>);
}

/**
 * Every report's figure of each observation over time (for "tỷ lệ giải ngân qua các kỳ báo cáo"):
 * one row per observation and effective date, chosen among the reports that give that date by the
 * same precedence as `current` (a figure repeated at the same date counts once, the later report's).
 * Rows in order of effective date (partial dates at their last day), then table order.
 */
export function history<R extends Observation>(
  table: Table<R>,
  def: TableDef,
  reports: readonly Report[],
  options: CurrentOptions = {},
): Table<R & Dated> {
  const { t, rows } = choose(table, def, reports, options, true);
  // The chosen rows (in table order), then ordered by their effective date's last day; a stable sort keeps table order at equal dates.
  const chosen = t.reify(rows as unknown as number[]);
  const ends = (chosen.array('effective_date') as string[]).map(dateEnd);
  const order = Array.from(ends.keys()).sort((a, b) => (ends[a]! < ends[b]! ? -1 : ends[a]! > ends[b]! ? 1 : a - b));
  const rank = new Int32Array(order.length);
  order.forEach((k, r) => (rank[k] = r));
  const ordered = chosen.assign({ __rank: Array.from(rank) }).orderby('__rank').select(aq.not('__rank')).reify();
  return typed<R & Dated>(ordered, columnsOf(table) as Columns<R & Dated>);
}

/**
 * Figures of areas may be added only within one level of one province:
 * districts of the same province, never a province with its districts nor two
 * provinces' reports. Returns the level and the province, or throws (a
 * program error: a metric tried to add what must not be added).
 */
export function summableAreas(areaIds: readonly string[], areas: readonly Area[]): { level: string; province: string } {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const scopes = new Set<string>();
  let level = '';
  let province = '';
  for (const id of new Set(areaIds)) {
    const a = byId.get(id);
    if (!a) throw new Error(`Unknown area ${id}`);
    level = a.level;
    province = a.level === 'province' ? a.id : (a.parent_id ?? a.id);
    scopes.add(`${level}/${province}`);
  }
  if (scopes.size > 1) throw new Error(`Figures of ${[...scopes].join(' and ')} must not be added together`);
  return { level, province };
}

/** The figure a current figure replaced: the same observation's current figure before its report. */
export interface Previous {
  previous_value: number | null;
  previous_id: string | null;
  previous_report_id: string | null;
}

/**
 * The current figures, each with the figure of the same observation that was
 * current before its report (for "+12 công trình so với báo cáo 17/11/2023").
 * `value` names the figure column (value, count, persons…).
 */
export function withPrevious<R extends Observation & { id: string }>(
  table: Table<R>,
  def: TableDef,
  reports: readonly Report[],
  value: keyof R & string,
): Table<R & Dated & Previous> {
  // One pass over the rows of each observation (not one run of the rule per report, which grows
  // as reports × rows): the previous figure of a current row is the best row of the same
  // observation among the other reports dated on or before the current row's report, and among
  // the current report's own rows of an earlier date: a report that corrects the earlier figure
  // («đến 30/11/2023 là 27, không phải 28») is compared from its corrected figure (walk-through 13).
  const { t, obs, rows, reportIds, reportEnd, effectiveEnd, better } = choose(table, def, reports, {});
  const ids = t.array('id') as string[];
  const values = t.array(value) as (number | null | undefined)[];
  // The rows of each observation, in table order: members[start[k] .. start[k + 1]).
  const start = new Int32Array(obs.count + 1);
  for (let i = 0; i < obs.ids.length; i++) start[obs.ids[i]! + 1]!++;
  for (let k = 0; k < obs.count; k++) start[k + 1]! += start[k]!;
  const members = new Int32Array(obs.ids.length);
  const fill = start.slice(0, obs.count);
  for (let i = 0; i < obs.ids.length; i++) members[fill[obs.ids[i]!]!++] = i;
  const previousValue: (number | null)[] = [];
  const previousId: (string | null)[] = [];
  const previousReport: (string | null)[] = [];
  for (const i of rows) {
    const k = obs.ids[i]!;
    const until = reportEnd(i);
    let best = -1;
    for (let x = start[k]!; x < start[k + 1]!; x++) {
      const j = members[x]!;
      if (j === i || reportEnd(j) > until) continue;
      if (reportIds[j] === reportIds[i] && effectiveEnd(j) >= effectiveEnd(i)) continue;
      if (best < 0 || better(j, best)) best = j;
    }
    previousValue.push(best < 0 ? null : (values[best] ?? null));
    previousId.push(best < 0 ? null : ids[best]!);
    previousReport.push(best < 0 ? null : reportIds[best]!);
  }
  const now = t.reify(rows as unknown as number[]);
  const joined = now.assign({ previous_value: previousValue, previous_id: previousId, previous_report_id: previousReport });
  return typed<R & Dated & Previous>(joined, Object.fromEntries(joined.columnNames().map((c) => [c, true])) as Columns<R & Dated & Previous>);
}
