/**
 * Dates typed month-first by an English Excel, found across tables (the rows stay valid, so a published row's
 * change is still said too): a report's date that is not the day its id names, and a figure dated after its report.
 *
 * A figure a report states is true at or before the report's date: an `as_of` after it is a slip, most often a
 * date Excel read month-first ("1/10/2026" for 10 January taken as 1 October), which would date the figure nine
 * months ahead on every page. Only an estimate ("ước đến 31/12/2023") may look ahead. Partial dates compare by
 * their last day (time.ts). A cross-table rule: it needs the reports' dates.
 */
import { issue, type Issue } from './messages.ts';
import type { Tables } from './reconcile/index.ts';
import { TABLES } from './tables/index.ts';
import { dateEnd } from './time.ts';

type Row = Readonly<Record<string, unknown>>;

/** The date with day and month swapped, when both read as a month (2026-10-01 → 2026-01-10); else null. */
function swapped(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || Number(m[3]) > 12 || m[2] === m[3]) return null;
  return `${m[1]}-${m[3]}-${m[2]}`;
}

const firstDay = (iso: string) => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);

export function asOfIssues(tables: Tables, lines: Readonly<Record<string, readonly number[]>>, files: Readonly<Record<string, string>>): Issue[] {
  const reportDate = new Map(tables.reports.map((r) => [r.id, r.date]));
  const out: Issue[] = [];
  for (const def of TABLES) {
    if (!def.fields.some((f) => f.name === 'as_of')) continue;
    (tables[def.name] as readonly Row[]).forEach((row, i) => {
      const asOf = row.as_of;
      const date = reportDate.get(String(row.report_id));
      if (typeof asOf !== 'string' || date === undefined || row.figure_status === 'estimate') return;
      // Compared at the as_of's first day: "2023-06" in a report of June 2023 is not after it.
      if (firstDay(asOf) <= dateEnd(date)) return;
      const swap = swapped(asOf);
      out.push(
        issue(
          { code: 'rule.as-of-after-report', report: String(row.report_id), reportDate: date, swapped: swap !== null && swap <= dateEnd(date) ? swap : null },
          { file: files[def.name]!, line: lines[def.name]?.[i] ?? null, column: 'as_of', value: asOf },
        ),
      );
    });
  }
  return out;
}

/**
 * The id is "<issuer>-<date issued>" (the guide): a date typed month-first ("7/8/2026" for 8 July read as 7 August)
 * disagrees with it, and would date every figure of the report wrongly. Only an id naming a day is held to it: a
 * month in an id may be the report's period (a January report issued on 5 February).
 */
export function reportDateIssues(reports: Tables['reports'], lines: readonly number[], file: string): Issue[] {
  const out: Issue[] = [];
  reports.forEach((row, i) => {
    const inId = /-(\d{4}-\d{2}-\d{2})(?:-\d{1,2})?$/.exec(row.id)?.[1];
    if (inId === undefined || row.date === inId) return;
    out.push(issue({ code: 'rule.report-id-date', inId, swapped: swapped(row.date) === inId }, { file, line: lines[i] ?? null, column: 'date', value: row.date }));
  });
  return out;
}
