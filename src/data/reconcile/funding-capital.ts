/** ĐTPT + SN = all; policy credit is outside `all`. */
import { fundingAmounts, fundingGroups } from './funding-helpers.ts';
import { checkSum } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

export const fundingCapital: CheckDef = {
  name: 'funding-capital',
  tables: ['funding'],
  run(context) {
    const describe = fundingAmounts('capital_type');
    const out: Discrepancy[] = [];
    for (const group of fundingGroups(context, 'capital_type')) {
      const by = new Map(group.map((r) => [r.capital_type as string, r]));
      const d = checkSum('funding-capital', 'funding', by.get('all'), [by.get('dtpt'), by.get('sn')], describe);
      if (d) out.push(d);
    }
    return out;
  },
};
