/**
 * Which published row a later report corrects: the row of the same figure (every key cell but the report and the
 * date the same) at the same effective date, of an earlier report, with another value, where the later row's
 * note says it corrects it («Đính chính…», as the guide asks; the same rule as reconcile/repeat.ts). Downloads
 * mark the corrected row with the correcting row's id, so a journalist filtering a table sees which figures a later
 * report replaced. Rows noted «Đính chính» are few: the whole table is read only when there is one.
 */
import type { TableDef } from './define.ts';
import { dateEnd, effectiveDate } from './time.ts';

type Row = Record<string, unknown>;

/**
 * Whether a row's note marks it as correcting an earlier report's figure («Đính chính…», as the guide asks): the one
 * rule the reconciliation, the checker's warnings, the downloads and the pages' changes read it by.
 */
export const notesCorrection = (note: unknown): boolean => typeof note === 'string' && /^\s*đính chính/i.test(note);

const cache = new WeakMap<readonly object[], Map<string, string>>();

/** A row's figure and date in one key: every key cell but the report and the date, then its effective date. */
function figureKeyer(def: TableDef, reports: readonly Row[]): (r: Row) => string {
  const reportDate = new Map(reports.map((r) => [String(r.id), String(r.date)]));
  const dated = def.key.includes('as_of');
  const fields = def.key.filter((k) => k !== 'report_id' && k !== 'as_of');
  const at = (r: Row) => dateEnd(effectiveDate(r.as_of as string | null, reportDate.get(String(r.report_id)) ?? ''));
  return (r) => [...fields.map((k) => String(r[k] ?? '')), dated ? at(r) : ''].join('\u0000');
}

/** Corrected row id → the id of the later row that corrects it, for one observation table. */
export function correctedRows(def: TableDef, rows: readonly Row[], reports: readonly Row[]): ReadonlyMap<string, string> {
  const known = cache.get(rows);
  if (known) return known;
  const out = new Map<string, string>();
  cache.set(rows, out);
  if (def.kind !== 'observation' || !rows.some((r) => notesCorrection(r.note))) return out;
  const reportDate = new Map(reports.map((r) => [String(r.id), String(r.date)]));
  const figures = def.fields.filter((f) => f.type === 'number' && f.figure === true).map((f) => f.name);
  const keyOf = figureKeyer(def, reports);
  const byKey = Map.groupBy(rows, keyOf);
  for (const later of rows) {
    if (!notesCorrection(later.note)) continue;
    const laterReport = dateEnd(reportDate.get(String(later.report_id)) ?? '');
    for (const earlier of byKey.get(keyOf(later)) ?? []) {
      if (earlier === later || dateEnd(reportDate.get(String(earlier.report_id)) ?? '') >= laterReport) continue;
      if (figures.some((f) => typeof earlier[f] === 'number' && typeof later[f] === 'number' && earlier[f] !== later[f])) out.set(String(earlier.id), String(later.id));
    }
  }
  return out;
}

/**
 * A rate printed beside a figure a later report corrects (4,4% of the mistyped 46.929, walk-through 18): the rate is
 * not corrected itself, but it no longer is the figure's; downloads mark it with the correcting row's id as well, so
 * a journalist never quotes it beside the corrected amount. Rate rows: those in percent of the same report and the
 * same figure but for the measure (funding: a disbursement rate beside its amount disbursed or its base).
 */
export function ratesOnCorrected(def: TableDef, rows: readonly Row[], reports: readonly Row[]): ReadonlyMap<string, string> {
  const corrected = correctedRows(def, rows, reports);
  const out = new Map<string, string>();
  if (corrected.size === 0 || !def.fields.some((f) => f.name === 'unit')) return out;
  const fields = def.key.filter((k) => k !== 'measure' && k !== 'as_of');
  const keyOf = (r: Row) => fields.map((k) => String(r[k] ?? '')).join('\u0000');
  const rates = Map.groupBy(rows.filter((r) => r.unit === 'percent'), keyOf);
  for (const r of rows) {
    const by = corrected.get(String(r.id));
    if (by === undefined || r.unit === 'percent') continue;
    for (const rate of rates.get(keyOf(r)) ?? []) if (!corrected.has(String(rate.id))) out.set(String(rate.id), by);
  }
  return out;
}

/**
 * The row of another report that corrects `row`'s figure, noted «Đính chính…», for the same figure and date, if any
 * (whatever its value): a withdrawal that rewrites `row` in place when such a row exists is the correction entered
 * twice, the old report then quoted with the new number (walk-through 17).
 */
export function correctingRowOf(def: TableDef, rows: readonly Row[], reports: readonly Row[], row: Row): string | null {
  if (def.kind !== 'observation') return null;
  const keyOf = figureKeyer(def, reports);
  const key = keyOf(row);
  const found = rows.find((r) => r.report_id !== row.report_id && notesCorrection(r.note) && keyOf(r) === key);
  return found ? String(found.id) : null;
}

/**
 * Rows noted «Đính chính…» that correct nothing: no earlier report's row of the same figure at the same date
 * (walk-through 21: the corrected figure had no date of its own, the correction was left blank and so dated by its
 * own report). Each with the earlier report's row of the same figure at another date, if any, and that row's date:
 * the date the correction should give.
 */
export function unmatchedCorrections(def: TableDef, rows: readonly Row[], reports: readonly Row[]): { index: number; candidate: { id: string; at: string } | null }[] {
  if (def.kind !== 'observation' || !rows.some((r) => notesCorrection(r.note))) return [];
  const corrected = correctedRows(def, rows, reports);
  const correcting = new Set(corrected.values());
  const reportDate = new Map(reports.map((r) => [String(r.id), String(r.date)]));
  const fields = def.key.filter((k) => k !== 'report_id' && k !== 'as_of');
  const figure = (r: Row) => fields.map((k) => String(r[k] ?? '')).join('\u0000');
  const at = (r: Row) => effectiveDate(r.as_of as string | null, reportDate.get(String(r.report_id)) ?? '');
  const byFigure = Map.groupBy(rows, figure);
  const out: { index: number; candidate: { id: string; at: string } | null }[] = [];
  rows.forEach((later, index) => {
    if (!notesCorrection(later.note) || correcting.has(String(later.id))) return;
    // The same figure at the same date with the same value is a repeat, not a correction to be matched.
    const laterReport = dateEnd(reportDate.get(String(later.report_id)) ?? '');
    const earlier = (byFigure.get(figure(later)) ?? []).filter((r) => r !== later && dateEnd(reportDate.get(String(r.report_id)) ?? '') < laterReport);
    if (earlier.some((r) => dateEnd(at(r)) === dateEnd(at(later)))) return;
    const last = earlier.toSorted((a, b) => dateEnd(at(b)).localeCompare(dateEnd(at(a))))[0];
    out.push({ index, candidate: last ? { id: String(last.id), at: at(last) } : null });
  });
  return out;
}
