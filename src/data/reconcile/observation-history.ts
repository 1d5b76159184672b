/**
 * One observation in two reports, read in time. Two things a reader of both
 * reports notices and neither report explains:
 * - the later report gives the figure as of an earlier date than the earlier
 *   report did, with a different value (an older figure, or a silent revision);
 * - a running total (disbursed so far, works started or completed so far)
 *   smaller at a later date than at an earlier one.
 * Figures of the same date are compared by repeat.ts.
 */
import type { TableName } from '../define.ts';
import type { RowKeyer } from '../keys.ts';
import { DISCREPANCY } from '../messages.ts';
import { periodEnd } from '../normalise.ts';
import { agreement, printedDecimals } from '../precision.ts';
import { found, groupByKey, keyWithout, label, source } from './helpers.ts';
import { figure, figureNames, OBSERVATIONS, type Observation } from './observations.ts';
import type { CheckDef, Discrepancy } from './types.ts';

/** Measures that only grow with time, per table: "so far" totals. */
export const RUNNING_TOTALS: Partial<Record<TableName, readonly string[]>> = {
  funding: ['disbursed'],
  works: ['started', 'completed'],
};

export const observationHistory: CheckDef = {
  name: 'observation-history',
  tables: ['reports'],
  run({ tables, keysOf }) {
    const reportDate = new Map(tables.reports.map((r) => [r.id, r.date]));
    const printed = (r: Observation) => (r.as_of as string | null) ?? reportDate.get(r.report_id) ?? '';
    const issued = (r: Observation) => periodEnd(reportDate.get(r.report_id) ?? '');
    const at = (r: Observation) => periodEnd(printed(r));
    const out: Discrepancy[] = [];
    for (const table of OBSERVATIONS) {
      const rows = tables[table] as readonly Observation[];
      const keys = (keysOf(table) as unknown as RowKeyer<Observation>)(keyWithout<Observation>(table, 'report_id', 'as_of'));
      const running = RUNNING_TOTALS[table] ?? [];
      const fields = figureNames(table);
      for (const group of groupByKey(rows, keys, 2)) {
        const ordered = group.toSorted((a, b) => issued(a).localeCompare(issued(b)) || a.report_id.localeCompare(b.report_id));
        for (let i = 0; i < ordered.length; i++) {
          for (let j = i + 1; j < ordered.length; j++) {
            const [first, later] = [ordered[i]!, ordered[j]!];
            if (first.report_id === later.report_id || issued(first) === issued(later) || first.as_of === later.as_of) continue;
            for (const field of fields) {
              const a = figure(first, field);
              const b = figure(later, field);
              if (a === null || b === null) continue;
              const decimals = Math.min(printedDecimals(first.figure_text, a), printedDecimals(later.figure_text, b));
              if (agreement(b, a, decimals) === 'agrees') continue;
              const stale = at(later) < at(first);
              const shrinks = !stale && at(later) > at(first) && b < a && running.includes(String(first.measure));
              if (!stale && !shrinks) continue;
              const what = label(table, 'measure', String(first.measure ?? '')) || field;
              const message = (stale ? DISCREPANCY.staleLater : DISCREPANCY.runningShrinks)({
                what,
                first: { source: source(first), value: a, at: printed(first) },
                later: { source: source(later), value: b, at: printed(later) },
              });
              out.push(found('observation-history', 'discrepancy', table, [first, later], a, b, message));
              break;
            }
          }
        }
      }
    }
    return out;
  },
};
