/**
 * "A/B đạt C% KH": indicators `X` (done), `X_plan` (plan) and `X_plan_pct` (the
 * stated rate) of one report and area. The done figure of the rate's date, or
 * else of its period, is compared with the plan.
 */
import { statedRate } from './helpers.ts';
import { byCode, lowerFirst, sameTime } from './indicator-helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

export const indicatorRate: CheckDef = {
  name: 'indicator-rate',
  tables: ['indicators'],
  run({ tables }) {
    const rows = tables.indicators;
    const of = byCode(rows);
    const out: Discrepancy[] = [];
    for (const rate of rows) {
      if (!rate.indicator.endsWith('_plan_pct') || rate.figure_status !== 'reported') continue;
      const code = rate.indicator.slice(0, -'_plan_pct'.length);
      const numerator = sameTime(rate, of(rate, code));
      const plans = of(rate, `${code}_plan`);
      const denominator = plans.length === 1 ? plans[0] : undefined;
      if (!numerator || !denominator) continue;
      const d = statedRate(
        'indicator-rate',
        'indicators',
        lowerFirst(rate.label),
        rate,
        { label: 'thực hiện', value: numerator.value, row: numerator },
        { label: 'kế hoạch', value: denominator.value, row: denominator },
      );
      if (d) out.push(d);
    }
    return out;
  },
};
