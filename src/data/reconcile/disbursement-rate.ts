/**
 * A stated disbursement rate against disbursed / allocated (or assigned when
 * the report gives no allocation), at the rate's date; plan figures are
 * usually undated, so an undated base is used when there is none at that date.
 */
import { keyer } from '../keys.ts';
import type { RowsByTable } from '../tables/index.ts';
import { def, label, statedRate } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

type Funding = RowsByTable['funding'];

export const disbursementRate: CheckDef = {
  name: 'disbursement-rate',
  tables: ['funding'],
  run({ tables }) {
    const rows = tables.funding;
    const rates = rows.filter((r) => r.measure === 'disbursement_rate');
    if (rates.length === 0) return [];
    const key = keyer<Funding>(def('funding').key as (keyof Funding & string)[]);
    const amounts = new Map<number, Funding>();
    for (const r of rows) {
      if (r.measure === 'disbursed' || r.measure === 'allocated' || r.measure === 'assigned') amounts.set(key(r), r);
    }
    const at = (r: Funding, measure: Funding['measure'], asOf: string | null) => amounts.get(key(r, { measure, as_of: asOf }));
    const pick = (r: Funding, measure: Funding['measure']) => at(r, measure, r.as_of) ?? at(r, measure, null);

    const out: Discrepancy[] = [];
    for (const rate of rates) {
      const disbursed = at(rate, 'disbursed', rate.as_of);
      const base = pick(rate, 'allocated') ?? pick(rate, 'assigned');
      if (!disbursed || !base) continue;
      const d = statedRate(
        'disbursement-rate',
        'funding',
        'tỷ lệ giải ngân',
        rate,
        { label: 'đã giải ngân', value: disbursed.value, row: disbursed },
        { label: label('funding', 'measure', base.measure), value: base.value, row: base },
      );
      if (d) out.push(d);
    }
    return out;
  },
};
