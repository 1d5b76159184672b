/**
 * Which published row a later report corrects: the row of the same figure (every key cell but the report and the
 * date the same) at the same effective date, of an earlier report, with another value, where the later row's
 * note says it corrects it («Đính chính…», as the guide asks; the same rule as reconcile/repeat.ts). Downloads
 * mark the corrected row with the correcting row's id, so a journalist filtering a table sees which figures a later
 * report replaced. Rows noted «Đính chính» are few: the whole table is read only when there is one.
 */
import type { TableDef } from './define.ts';
import type { Tables } from './load.ts';
import { dateEnd, effectiveDate } from './time.ts';

type Row = Record<string, unknown>;

const CORRECTS = /^\s*đính chính/i;

const cache = new WeakMap<readonly object[], Map<string, string>>();

/** Corrected row id → the id of the later row that corrects it, for one observation table. */
export function correctedRows(def: TableDef, tables: Tables): ReadonlyMap<string, string> {
  const rows = tables[def.name] as unknown as readonly Row[];
  const known = cache.get(rows);
  if (known) return known;
  const out = new Map<string, string>();
  cache.set(rows, out);
  if (def.kind !== 'observation' || !rows.some((r) => typeof r.note === 'string' && CORRECTS.test(r.note))) return out;
  const reportDate = new Map(tables.reports.map((r) => [r.id, r.date]));
  const dated = def.key.includes('as_of');
  const fields = def.key.filter((k) => k !== 'report_id' && k !== 'as_of');
  const figures = def.fields.filter((f) => f.type === 'number' && f.figure === true).map((f) => f.name);
  const at = (r: Row) => dateEnd(effectiveDate(r.as_of as string | null, reportDate.get(String(r.report_id)) ?? ''));
  const keyOf = (r: Row) => [...fields.map((k) => String(r[k] ?? '')), dated ? at(r) : ''].join('\u0000');
  const byKey = Map.groupBy(rows, keyOf);
  for (const later of rows) {
    if (typeof later.note !== 'string' || !CORRECTS.test(later.note)) continue;
    const laterReport = dateEnd(reportDate.get(String(later.report_id)) ?? '');
    for (const earlier of byKey.get(keyOf(later)) ?? []) {
      if (earlier === later || dateEnd(reportDate.get(String(earlier.report_id)) ?? '') >= laterReport) continue;
      if (figures.some((f) => typeof earlier[f] === 'number' && typeof later[f] === 'number' && earlier[f] !== later[f])) out.set(String(earlier.id), String(later.id));
    }
  }
  return out;
}
