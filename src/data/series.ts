/**
 * Continuing a series. A figure is the same series from report to report only when every key cell but the
 * report and the date is the same (current.ts). One cell is easy to fill differently for the same thing: a
 * list's version (works `plan_version`: `current`, `original`, `revised`): a new report that continues the
 * revised plan 511 but is entered as `current` starts a second series, and the headline keeps the old figure.
 * Which fields these are, the table definitions say (`series`). A row of a later report whose value there no
 * earlier report used, while an earlier report has the same figure with another value, gets a warning naming
 * the earlier rows and the value to use. A warning only: a report may well give a new list.
 * (The period of a stock, which could split a count of prestigious persons the same way, is not part of its
 * series at all: current.ts.)
 */
import type { EnumField, TableDef, TableName } from './define.ts';
import { issue, type Issue } from './messages.ts';
import type { Tables } from './reconcile/index.ts';
import { TABLES } from './tables/index.ts';
import { compareDates } from './time.ts';

type Row = Readonly<Record<string, unknown>>;

const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The fields along which one figure may be entered as two series. */
function seriesFields(def: TableDef): string[] {
  for (const field of def.series ?? []) if (!def.sums?.fields[field]) throw new Error(`${def.name}: series field ${field} has no sum rule`);
  return [...(def.series ?? [])];
}

/** An enum's later values come first (`revised` before `original` before `current`): the latest list is the likely one. */
function preference(def: TableDef, field: string): (a: string, b: string) => number {
  const f = def.fields.find((x): x is EnumField => x.name === field && x.type === 'enum');
  const order = f ? Object.keys(f.labels) : [];
  return (a, b) => order.indexOf(b) - order.indexOf(a);
}

/** The first figure of a row, for the message ("75"). */
function figureOf(def: TableDef, row: Row): number | null {
  for (const f of def.fields) if (f.type === 'number' && f.figure === true && typeof row[f.name] === 'number') return row[f.name] as number;
  return null;
}

/**
 * Warnings for rows that could continue an existing series: file, line, column, the value typed and the earlier
 * rows' values (report, line, row id, figure), the suggested value first.
 */
export function seriesIssues(tables: Tables, lines: Readonly<Record<TableName, readonly number[]>>, files: Readonly<Record<TableName, string>>): Issue[] {
  const reportDate = new Map<string, string>(tables.reports.map((r) => [r.id, r.date]));
  const issued = (a: Row, b: Row) =>
    compareDates(reportDate.get(cell(a.report_id)) ?? '', reportDate.get(cell(b.report_id)) ?? '') || cell(a.report_id).localeCompare(cell(b.report_id));
  const out: Issue[] = [];
  for (const def of TABLES as readonly TableDef[]) {
    if (def.kind !== 'observation') continue;
    const rows = tables[def.name] as readonly Row[];
    const at = lines[def.name] ?? [];
    // A row's line, for a warning: the index made only when there is one (a national funding table has no series
    // and a million rows).
    let index: Map<Row, number> | undefined;
    const lineOf = (r: Row) => at[(index ??= new Map(rows.map((x, i) => [x, i]))).get(r)!] ?? null;
    for (const field of seriesFields(def)) {
      const rest = def.key.filter((k) => k !== 'report_id' && k !== 'as_of' && k !== field);
      const groups = new Map<string, Row[]>();
      for (const r of rows) {
        const k = rest.map((f) => cell(r[f])).join('\u0001');
        const g = groups.get(k);
        if (g) g.push(r);
        else groups.set(k, [r]);
      }
      const prefer = preference(def, field);
      for (const group of groups.values()) {
        if (new Set(group.map((r) => cell(r[field]))).size < 2) continue;
        for (const row of group) {
          const value = cell(row[field]);
          const earlier = group.filter((e) => e.report_id !== row.report_id && issued(e, row) < 0);
          if (earlier.length === 0 || earlier.some((e) => cell(e[field]) === value)) continue; // a new figure, or the series continues
          // The latest earlier report's rows: the series the new row most likely continues.
          const latest = earlier.toSorted((a, b) => issued(b, a))[0]!;
          const offered = earlier
            .filter((e) => e.report_id === latest.report_id)
            .toSorted((a, b) => prefer(cell(a[field]), cell(b[field])));
          out.push(
            issue(
              {
                code: 'series.continue',
                field,
                report: cell(latest.report_id),
                earlier: offered.map((e) => ({ value: cell(e[field]), line: lineOf(e), id: cell(e.id), figure: figureOf(def, e) })),
              },
              { file: files[def.name], line: lineOf(row), column: field, value },
            ),
          );
        }
      }
    }
  }
  return out;
}
