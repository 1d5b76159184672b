/**
 * The districts' amounts against their province's, for the same report,
 * programme, fund year, source, capital type, project and measure. A report
 * names only some districts, so their sum may only not exceed the province.
 */
import type { RowsByTable } from '../tables/index.ts';
import { fundingAmounts, fundingGroups } from './funding-helpers.ts';
import { checkSum, groupBy, label } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

type Funding = RowsByTable['funding'];

export const fundingDistricts: CheckDef = {
  name: 'funding-districts',
  tables: ['funding', 'areas'],
  run(context) {
    const { areas, names } = context;
    const describe = fundingAmounts('area_id', (r) => names.get(r.area_id) ?? r.area_id);
    const totalOf = describe.total;
    // "toàn tỉnh Bắc Giang", "toàn huyện Sơn Động": the total's own level (a district is the total of its communes).
    const level = (r: Funding) => label('areas', 'level', areas.get(r.area_id)?.level ?? 'province');
    describe.total = (r) => `${totalOf(r)} toàn ${level(r)} ${names.get(r.area_id) ?? r.area_id}`;
    const out: Discrepancy[] = [];
    for (const group of fundingGroups(context, 'area_id', 'section')) {
      const byParent = groupBy(group, (r: Funding) => areas.get(r.area_id)?.parent_id ?? '');
      for (const total of group) {
        const parts = byParent.get(total.area_id) ?? [];
        const d = checkSum('funding-districts', 'funding', total, parts, describe, false);
        if (d) out.push(d);
      }
    }
    return out;
  },
};
