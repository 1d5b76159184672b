/**
 * The districts of a province add up to the province. A report often lists
 * only some districts for one kind of work, so the sum must equal the
 * province only when every district the report gives for that programme,
 * batch and plan version is present; otherwise it may only not exceed it.
 */
import { checkSum, groupBy, label } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';
import { works, worksGroups, type Work } from './works-helpers.ts';

export const worksDistricts: CheckDef = {
  name: 'works-districts',
  tables: ['works', 'areas'],
  run(context) {
    const { tables, areas } = context;
    const rows = tables.works;
    const name = (r: Work) => areas.get(r.area_id)?.name ?? r.area_id;
    const parent = (r: Work) => areas.get(r.area_id)?.parent_id ?? '';
    const scope = (r: Work, area = parent(r)) => [r.report_id, r.program, r.batch, r.plan_version, area].join('\u0001');
    const listed = new Map<string, Set<string>>();
    for (const r of rows) if (parent(r)) listed.set(scope(r), (listed.get(scope(r)) ?? new Set()).add(r.area_id));

    const describe = works({
      total: (r) => `${label('works', 'measure', r.measure)} (${label('works', 'work_type', r.work_type)}) toàn tỉnh ${name(r)}`,
      part: name,
    });
    const out: Discrepancy[] = [];
    for (const group of worksGroups(context, ['area_id'])) {
      const byParent = groupBy(group, parent);
      for (const province of group) {
        if (areas.get(province.area_id)?.level !== 'province') continue;
        const districts = byParent.get(province.area_id) ?? [];
        const complete = districts.length === listed.get(scope(province, province.area_id))?.size;
        const d = checkSum('works-districts', 'works', province, districts, describe, complete);
        if (d) out.push(d);
      }
    }
    return out;
  },
};
