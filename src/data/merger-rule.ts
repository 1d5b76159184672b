/**
 * Communes entered under a district after the reform of 1 July 2025, when districts ceased to exist: a commune all
 * of whose figures come from reports issued on or after that day, placed under a district, is most often one the
 * merger formed, entered against the guide (parent_id = its province, its former district in former_district_id). A warning:
 * staff decide, and a commune that existed before keeps its district. A cross-table rule: it needs the reports.
 */
import { issue, type Issue } from './messages.ts';
import type { Tables } from './reconcile/index.ts';
import { TABLES } from './tables/index.ts';

/** The day districts ceased to exist: local government of two levels from then on. */
const DISTRICTS_END = '2025-07-01';

const OBSERVATIONS = TABLES.filter((t) => t.kind === 'observation').map((t) => t.name);

export function mergerIssues(tables: Tables, lines: Readonly<Record<string, readonly number[]>>, files: Readonly<Record<string, string>>): Issue[] {
  const areas = new Map(tables.areas.map((a) => [a.id, a]));
  const underDistrict = new Set(tables.areas.filter((a) => a.level === 'commune' && a.parent_id && areas.get(a.parent_id)?.level === 'district').map((a) => a.id));
  if (underDistrict.size === 0) return [];
  const reportDate = new Map(tables.reports.map((r) => [r.id, r.date]));
  // Per such commune: whether any of its figures comes from a report before the reform.
  const before = new Map<string, boolean>();
  for (const name of OBSERVATIONS)
    for (const row of tables[name] as readonly { area_id: string; report_id: string }[]) {
      if (!underDistrict.has(row.area_id)) continue;
      // A month-only report date counts from its first day: «tháng 7/2025» is after the reform («2025-07» alone
      // would sort before «2025-07-01»).
      const date = reportDate.get(row.report_id) ?? '';
      const early = (date.length === 7 ? `${date}-01` : date) < DISTRICTS_END;
      before.set(row.area_id, (before.get(row.area_id) ?? false) || early);
    }
  const out: Issue[] = [];
  tables.areas.forEach((a, i) => {
    if (before.get(a.id) !== false) return;
    const district = areas.get(a.parent_id!)!;
    out.push(
      issue(
        { code: 'rule.commune-after-merger', district: district.name, districtId: district.id, province: district.parent_id ?? '' },
        { file: files.areas!, line: lines.areas?.[i] ?? null, column: 'parent_id', value: a.parent_id! },
      ),
    );
  });
  return out;
}
