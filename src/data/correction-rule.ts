/**
 * A row noted «Đính chính…» that corrects nothing: no earlier report gives the same figure at the same date, so the
 * site reads it as a new figure of its own date, and every page that should say «đính chính» says nothing
 * (walk-through 21: the corrected figure had no date, the correction's as_of was left blank). A warning on the row,
 * with the date that would make it the correction.
 */
import { unmatchedCorrections } from './corrections.ts';
import { issue, type Issue } from './messages.ts';
import type { Tables } from './reconcile/index.ts';
import { TABLES } from './tables/index.ts';
import { effectiveDate } from './time.ts';

/** `clean`: the tables read without an error (a half-read table would match nothing). */
export function correctionIssues(tables: Tables, lines: Readonly<Record<string, readonly number[]>>, files: Readonly<Record<string, string>>, clean: ReadonlySet<string>): Issue[] {
  const reportDate = new Map(tables.reports.map((r) => [r.id, r.date]));
  return TABLES.filter((def) => def.kind === 'observation' && clean.has(def.name)).flatMap((def) => {
    const rows = tables[def.name as keyof Tables] as unknown as readonly Record<string, unknown>[];
    return unmatchedCorrections(def, rows, tables.reports as unknown as readonly Record<string, unknown>[]).map(({ index, candidate }) => {
      const row = rows[index]!;
      const own = effectiveDate(row.as_of as string | null, reportDate.get(String(row.report_id)) ?? '');
      return issue(
        { code: 'rule.correction-unmatched', own, candidate: candidate?.id ?? null, at: candidate?.at ?? null },
        { file: files[def.name]!, line: lines[def.name]?.[index] ?? null, column: 'as_of', value: row.as_of == null ? '' : String(row.as_of) },
      );
    });
  });
}
