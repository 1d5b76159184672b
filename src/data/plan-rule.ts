/**
 * A plan's size given otherwise by a later report for the same list: the district's «27/28» entered as `revised`
 * replaced the province's 37 for the same plan, with no word (walk-through 17). The later figure may be the plan
 * changed, another list, or a correction; staff say which. A warning on the later row naming the earlier figure:
 * another list is another `plan_version`, a correction is noted «Đính chính…» (then no warning).
 */
import { notesCorrection } from './corrections.ts';
import { issue, type Issue } from './messages.ts';
import type { Tables } from './reconcile/index.ts';
import { compareDates, effectiveDate } from './time.ts';

export function planChangeIssues(tables: Tables, lines: Readonly<Record<string, readonly number[]>>, files: Readonly<Record<string, string>>): Issue[] {
  const reportDate = new Map(tables.reports.map((r) => [r.id, r.date]));
  const planned = tables.works.map((w, i) => ({ w, i })).filter(({ w }) => w.measure === 'planned');
  if (planned.length < 2) return [];
  const at = (w: (typeof planned)[number]['w']) => effectiveDate(w.as_of, reportDate.get(w.report_id) ?? '');
  const groups = Map.groupBy(planned, ({ w }) => [w.area_id, w.program, w.batch, w.plan_version, w.work_type, w.capital_type].join('\u0000'));
  const out: Issue[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = group.toSorted((a, b) => compareDates(at(a.w), at(b.w)) || a.i - b.i);
    ordered.forEach(({ w, i }, k) => {
      const before = ordered[k - 1]?.w;
      if (!before || before.report_id === w.report_id || before.count === w.count || notesCorrection(w.note)) return;
      out.push(
        issue(
          { code: 'series.plan-changed', report: before.report_id, before: before.count, now: w.count },
          { file: files.works!, line: lines.works?.[i] ?? null, column: 'count', value: String(w.count) },
        ),
      );
    });
  }
  return out;
}
