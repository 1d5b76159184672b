/**
 * The same funds of one report: what was allocated (vốn đã phân bổ) cannot be
 * more than what was assigned (vốn giao). A report that prints the assigned
 * amount in one section and a larger allocated amount in another gives the
 * same money two different sizes. Compared within one report, for the same
 * area, programme, fund year, source, capital type, project and tranche, at
 * any date.
 */
import { DISCREPANCY } from '../messages.ts';
import { decimalsOf } from '../precision.ts';
import type { RowsByTable } from '../tables/index.ts';
import { found, groupByKey, keyWithout, label, roundingSlack, source } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

type Funding = RowsByTable['funding'];

export const fundingAllocated: CheckDef = {
  name: 'funding-allocated',
  tables: ['funding'],
  run({ tables, keysOf, names }) {
    const keys = keysOf('funding')(keyWithout<Funding>('funding', 'measure', 'as_of'), (r) => r.unit === 'mvnd' && (r.measure === 'allocated' || r.measure === 'assigned'));
    const out: Discrepancy[] = [];
    for (const group of groupByKey(tables.funding, keys, 2)) {
      for (const allocated of group.filter((r) => r.measure === 'allocated')) {
        for (const assigned of group.filter((r) => r.measure === 'assigned')) {
          const decimals = Math.max(decimalsOf(allocated.value), decimalsOf(assigned.value));
          if (allocated.value <= assigned.value + roundingSlack(2, decimals)) continue;
          const what = [
            names.get(allocated.area_id) ?? allocated.area_id,
            label('funding', 'program', allocated.program),
            `năm vốn ${allocated.fund_year}`,
            label('funding', 'budget_source', allocated.budget_source),
            label('funding', 'capital_type', allocated.capital_type),
            ...(allocated.project_id ? [names.get(allocated.project_id) ?? allocated.project_id] : []),
          ].join(', ');
          const message = DISCREPANCY.allocatedExceeds({
            what,
            allocated: { source: source(allocated), value: allocated.value, text: allocated.figure_text },
            assigned: { source: source(assigned), value: assigned.value, text: assigned.figure_text },
          });
          out.push(found('funding-allocated', 'discrepancy', 'funding', [allocated, assigned], assigned.value, allocated.value, message));
        }
      }
    }
    return out;
  },
};
