/**
 * The districts' amounts against their province's after a later report has corrected a district's figure: of each
 * area's rows for one date (its as_of, or its report's date when it has none) the newest report's stands (the
 * effective-date rule, data/time.ts), and the districts' figures that stand are compared with their province's,
 * even when the province's is in an earlier report. Only where the figures compared come from two reports or
 * more: within one report, funding-districts.ts says it.
 */
import type { RowsByTable } from '../tables/index.ts';
import { fundingAmounts, fundingGroups } from './funding-helpers.ts';
import { checkSum, groupBy, label } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

type Funding = RowsByTable['funding'];

export const fundingDistrictsCorrected: CheckDef = {
  name: 'funding-districts-corrected',
  tables: ['funding', 'areas', 'reports'],
  run(context) {
    const { areas, names, tables } = context;
    const reportDate = new Map(tables.reports.map((r) => [r.id, r.date]));
    const dateOf = (r: Funding) => r.as_of ?? reportDate.get(r.report_id) ?? '';
    const describe = fundingAmounts('area_id', (r) => `${names.get(r.area_id) ?? r.area_id} (báo cáo ${r.report_id})`);
    const totalOf = describe.total;
    describe.total = (r) => `${totalOf(r)} toàn ${label('areas', 'level', areas.get(r.area_id)?.level ?? 'province')} ${names.get(r.area_id) ?? r.area_id} (báo cáo ${r.report_id})`;
    const out: Discrepancy[] = [];
    for (const group of fundingGroups(context, 'area_id', 'section', 'report_id', 'as_of'))
      for (const sameDate of groupBy(group, dateOf).values()) {
        // Each area's figure from the newest report of that date (a later report's restatement is its correction).
        const standing = new Map<string, Funding>();
        for (const r of sameDate) {
          const kept = standing.get(r.area_id);
          if (!kept || (reportDate.get(r.report_id) ?? '') > (reportDate.get(kept.report_id) ?? '')) standing.set(r.area_id, r);
        }
        const rows = [...standing.values()];
        const byParent = groupBy(rows, (r: Funding) => areas.get(r.area_id)?.parent_id ?? '');
        for (const total of rows) {
          const parts = byParent.get(total.area_id) ?? [];
          if (parts.every((p) => p.report_id === total.report_id)) continue;
          const d = checkSum('funding-districts-corrected', 'funding', total, parts, describe, false);
          if (d) out.push(d);
        }
      }
    return out;
  },
};
