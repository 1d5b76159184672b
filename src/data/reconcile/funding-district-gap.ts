/**
 * A province's amount against its districts' when the districts given are
 * fewer than those the same report names for the same programme: the sum
 * falls short of the province's amount and a district the report speaks of
 * (in its funding or works figures) has no amount. funding-districts.ts
 * covers the opposite case, districts adding up to more than the province.
 */
import { DISCREPANCY } from '../messages.ts';
import { decimalsOf, round } from '../precision.ts';
import type { RowsByTable } from '../tables/index.ts';
import { fundingAmounts, fundingGroups } from './funding-helpers.ts';
import { found, groupBy, label, roundingSlack, source } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

type Funding = RowsByTable['funding'];

export const fundingDistrictGap: CheckDef = {
  name: 'funding-district-gap',
  tables: ['funding', 'works', 'areas'],
  run(context) {
    const { tables, areas, names } = context;
    const parent = (area: string) => areas.get(area)?.parent_id ?? '';
    const scope = (r: { report_id: string; program: string }, province: string) => `${r.report_id}\u0001${r.program}\u0001${province}`;
    // The districts each report names for a programme, in any of its funding or works figures: read only
    // when some districts fall short of their province.
    let namedMap: Map<string, Set<string>> | null = null;
    const named = () => {
      if (namedMap) return namedMap;
      namedMap = new Map<string, Set<string>>();
      for (const rows of [tables.funding, tables.works] as const) {
        for (const r of rows) {
          const p = parent(r.area_id);
          if (!p) continue;
          const k = scope(r, p);
          const set = namedMap.get(k);
          if (set) set.add(r.area_id);
          else namedMap.set(k, new Set([r.area_id]));
        }
      }
      return namedMap;
    };
    const describe = fundingAmounts('area_id', (r) => names.get(r.area_id) ?? r.area_id);
    const out: Discrepancy[] = [];
    for (const group of fundingGroups(context, 'area_id', 'section')) {
      const provinces = group.filter((r) => areas.get(r.area_id)?.level === 'province');
      if (provinces.length === 0) continue;
      const byParent = groupBy(group, (r: Funding) => parent(r.area_id));
      for (const total of provinces) {
        const parts = byParent.get(total.area_id) ?? [];
        if (parts.length === 0) continue;
        const decimals = Math.max(...[total, ...parts].map((r) => decimalsOf(r.value)));
        const partsSum = round(parts.reduce((s, r) => s + r.value, 0), decimals + 6);
        if (partsSum >= total.value - roundingSlack(parts.length, decimals)) continue;
        const given = new Set(parts.map((r) => r.area_id));
        const missing = [...(named().get(scope(total, total.area_id)) ?? [])].filter((a) => !given.has(a));
        if (missing.length === 0) continue;
        const message = DISCREPANCY.districtGap({
          source: source(total),
          total: { label: `${describe.total(total)} toàn tỉnh ${names.get(total.area_id) ?? total.area_id}`, value: total.value },
          parts: parts.map((r) => ({ label: describe.part(r), value: r.value })),
          partsSum,
          unit: describe.unit,
          missing: missing.map((a) => names.get(a) ?? a),
          program: label('funding', 'program', total.program),
        });
        out.push(found('funding-district-gap', 'discrepancy', 'funding', [total, ...parts], partsSum, total.value, message));
      }
    }
    return out;
  },
};
