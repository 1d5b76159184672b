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
import { dateEnd } from '../time.ts';
import { agreement, printedDecimals } from '../precision.ts';
import { found, groupByKey, keyWithout, label, source } from './helpers.ts';
import { figure, figureNames, OBSERVATIONS, type Observation } from './observations.ts';
import type { CheckDef, Discrepancy } from './types.ts';

/** Measures that only grow with time, per table: "so far" totals. */
const RUNNING_TOTALS: Partial<Record<TableName, readonly string[]>> = {
  funding: ['disbursed'],
  works: ['started', 'completed'],
};

/** Whether a measure of a table is a running total ("đã giải ngân", "đã hoàn thành" so far): it never falls. */
export const isRunningTotal = (table: TableName, measure: unknown): boolean => RUNNING_TOTALS[table]?.includes(String(measure)) ?? false;

export const observationHistory: CheckDef = {
  name: 'observation-history',
  tables: ['reports'],
  run({ tables, keysOf }) {
    const reportDate = new Map(tables.reports.map((r) => [r.id, r.date]));
    const issuedOn = new Map(tables.reports.map((r) => [r.id, dateEnd(r.date)]));
    const printed = (r: Observation) => (r.as_of as string | null) ?? reportDate.get(r.report_id) ?? '';
    const issued = (r: Observation) => issuedOn.get(r.report_id) ?? '';
    const at = (r: Observation) => (r.as_of ? dateEnd(r.as_of as string) : issued(r));
    // Plain code-unit order: ISO dates and ids need no locale.
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const out: Discrepancy[] = [];
    for (const table of OBSERVATIONS) {
      const rows = tables[table] as readonly Observation[];
      const keys = (keysOf(table) as unknown as RowKeyer<Observation>)(keyWithout<Observation>(table, 'report_id', 'as_of'));
      const running = RUNNING_TOTALS[table] ?? [];
      const fields = figureNames(table);
      // The first figure field that disagrees between two rows, with both values, or null.
      const differs = (a: Observation, b: Observation): [number, number] | null => {
        for (const field of fields) {
          const x = figure(a, field);
          const y = figure(b, field);
          if (x === null || y === null || x === y) continue;
          const decimals = Math.min(printedDecimals(a.figure_text, x), printedDecimals(b.figure_text, y));
          if (agreement(y, x, decimals) !== 'agrees') return [x, y];
        }
        return null;
      };
      const report = (kind: 'stale' | 'shrinks', first: Observation, later: Observation, [a, b]: [number, number]) => {
        const what = label(table, 'measure', String(first.measure ?? '')) || 'số liệu';
        const message = (kind === 'stale' ? DISCREPANCY.staleLater : DISCREPANCY.runningShrinks)({
          what,
          first: { source: source(first), value: a, at: printed(first) },
          later: { source: source(later), value: b, at: printed(later) },
        });
        out.push(found('observation-history', 'discrepancy', table, [first, later], a, b, message));
      };
      for (const group of groupByKey(rows, keys, 2)) {
        if (group.every((r) => r.report_id === group[0]!.report_id)) continue;
        // A later report's figure dated before a figure of an earlier report: rows in the order the reports
        // were issued, and only when a row's date falls behind the latest date seen are the earlier ones read.
        const byIssue = group.toSorted((a, b) => cmp(issued(a), issued(b)) || cmp(a.report_id, b.report_id));
        let latest = '';
        for (let j = 0; j < byIssue.length; j++) {
          const later = byIssue[j]!;
          if (at(later) < latest) {
            for (let i = 0; i < j; i++) {
              const first = byIssue[i]!;
              if (first.report_id === later.report_id || issued(first) === issued(later) || !(at(later) < at(first))) continue;
              const d = differs(first, later);
              if (d) report('stale', first, later, d);
            }
          }
          if (at(later) > latest) latest = at(later);
        }
        // A running total smaller than the one before it in time (consecutive dates, two reports).
        if (!running.includes(String(group[0]!.measure))) continue;
        const byDate = group.toSorted((a, b) => cmp(at(a), at(b)) || cmp(issued(a), issued(b)));
        for (let j = 1; j < byDate.length; j++) {
          const [first, later] = [byDate[j - 1]!, byDate[j]!];
          if (first.report_id === later.report_id || !(at(first) < at(later))) continue;
          const d = differs(first, later);
          if (d && d[1] < d[0]) report('shrinks', first, later, d);
        }
      }
    }
    return out;
  },
};
