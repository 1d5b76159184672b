/**
 * A stated decrease against the rates it comes from: (rate[year_from] −
 * rate[year]) / years for an average, rate[year_from] − rate[year] for a
 * one-year change. Rates from the same report are preferred.
 */
import { DISCREPANCY } from '../messages.ts';
import { printedDecimals } from '../precision.ts';
import type { RowsByTable } from '../tables/index.ts';
import { groupBy, source, statedPercent } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

type Poverty = RowsByTable['poverty'];

/** Half a printed unit of each rate, spread over the years: the uncertainty of the computed decrease. */
export const povertySlack = (from: Poverty, to: Poverty, divisor: number) =>
  (10 ** -printedDecimals(from.figure_text, from.value) + 10 ** -printedDecimals(to.figure_text, to.value)) / 2 / divisor;

export const povertyDecrease: CheckDef = {
  name: 'poverty-decrease',
  tables: ['poverty'],
  run({ tables }) {
    const rows = tables.poverty;
    const rates = groupBy(
      rows.filter((r) => r.measure === 'rate'),
      (r) => [r.area_id, r.population_group, r.year].join('\u0001'),
    );
    const rateAt = (d: Poverty, year: number) => {
      const candidates = rates.get([d.area_id, d.population_group, year].join('\u0001')) ?? [];
      return candidates.find((r) => r.report_id === d.report_id) ?? candidates[0];
    };
    const out: Discrepancy[] = [];
    for (const d of rows) {
      if (d.measure === 'rate' || d.year_from === null) continue;
      const from = rateAt(d, d.year_from);
      const to = rateAt(d, d.year);
      if (!from || !to) continue;
      const perYear = d.measure === 'decrease_avg_per_year';
      const years = d.year - d.year_from;
      const divisor = perYear ? years : 1;
      const computed = (from.value - to.value) / divisor;
      const found = statedPercent(
        'poverty-decrease',
        'poverty',
        d,
        computed,
        [from, to],
        (shown, minor) =>
          DISCREPANCY.povertyDecrease({
            source: source(d),
            stated: d.figure_text,
            from: { label: `năm ${d.year_from}`, value: from.value },
            to: { label: `năm ${d.year}`, value: to.value },
            years,
            computed: shown,
            perYear,
            minor,
          }),
        povertySlack(from, to, divisor),
      );
      if (found) out.push(found);
    }
    return out;
  },
};
