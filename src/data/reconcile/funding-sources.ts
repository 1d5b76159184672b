/** central + provincial [+ district_commune] = all; central + provincial = central_provincial. */
import type { RowsByTable } from '../tables/index.ts';
import { fundingAmounts, fundingGroups } from './funding-helpers.ts';
import { checkSum } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

type Funding = RowsByTable['funding'];

const RULES = [
  { total: 'all', parts: ['central', 'provincial', 'district_commune'] },
  { total: 'central_provincial', parts: ['central', 'provincial'] },
  { total: 'all', parts: ['central_provincial', 'district_commune'] },
] as const;

export const fundingSources: CheckDef = {
  name: 'funding-sources',
  tables: ['funding'],
  run(context) {
    const describe = fundingAmounts('budget_source');
    const out: Discrepancy[] = [];
    for (const group of fundingGroups(context, 'budget_source')) {
      const by = new Map(group.map((r): [string, Funding] => [r.budget_source, r]));
      for (const rule of RULES) {
        const d = checkSum('funding-sources', 'funding', by.get(rule.total), rule.parts.map((p) => by.get(p)), describe);
        if (d) out.push(d);
      }
    }
    return out;
  },
};
