/**
 * One name, two sets of communes: a report that gives poverty figures for the
 * same group ("các xã đặc biệt khó khăn", "vùng đồng bào DTTS&MN") under two
 * commune lists (of different periods), or with two different numbers of
 * communes under one list. The figures belong to different sets of communes
 * and cannot be compared or joined, though the report names them alike.
 *
 * The same holds between tables: an indicator `<group>_communes_total` (the
 * number of communes of a group, e.g. `dtts_mn_communes_total`, the base of
 * "114/171 xã … đạt chuẩn nông thôn mới") against the communes a poverty
 * figure of that group in the same report counts ("73 xã vùng đồng bào
 * DTTS&MN").
 */
import { DISCREPANCY } from '../messages.ts';
import { found, groupBy, label } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

export const povertyCommuneLists: CheckDef = {
  name: 'poverty-commune-lists',
  tables: ['poverty', 'indicators'],
  run({ tables }) {
    const out: Discrepancy[] = [];
    const groups = groupBy(tables.poverty, (r) => `${r.report_id}\u0001${r.area_id}\u0001${r.population_group}`);
    for (const rows of groups.values()) {
      const sets = groupBy(rows, (r) => `${r.commune_list}\u0001${r.communes ?? ''}`);
      if (sets.size < 2) continue;
      // Two counts under one list only differ when both are printed.
      const lists = new Set(rows.map((r) => r.commune_list));
      const counts = new Set(rows.filter((r) => r.communes !== null).map((r) => `${r.commune_list}\u0001${r.communes}`));
      if (lists.size < 2 && counts.size < 2) continue;
      const first = rows[0]!;
      const message = DISCREPANCY.communeLists({
        report: first.report_id,
        group: label('poverty', 'population_group', first.population_group),
        lists: [...sets.values()].map((set) => ({ section: set[0]!.section, list: set[0]!.commune_list, communes: set[0]!.communes ?? null })),
      });
      out.push(found('poverty-commune-lists', 'discrepancy', 'poverty', rows, null, null, message));
    }
    for (const total of tables.indicators) {
      if (!total.indicator.endsWith('_communes_total') || total.unit !== 'commune') continue;
      const group = total.indicator.slice(0, -'_communes_total'.length);
      const counted = groups.get(`${total.report_id}\u0001${total.area_id}\u0001${group}`)?.filter((r) => r.communes !== null && r.communes !== total.value) ?? [];
      if (counted.length === 0) continue;
      const first = counted[0]!;
      const message = DISCREPANCY.communeCounts({
        report: total.report_id,
        group: label('poverty', 'population_group', first.population_group),
        indicator: { section: total.section, label: total.label, value: total.value },
        poverty: { section: first.section, value: first.communes! },
      });
      out.push(found('poverty-commune-lists', 'discrepancy', 'poverty', [total, ...counted], total.value, first.communes, message));
    }
    return out;
  },
};
