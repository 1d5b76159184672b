/** Funding amounts grouped for a sum over one dimension; the key comes from the funding definition. */
import type { RowsByTable } from '../tables/index.ts';
import { groupByKey, keyWithout, label, type SumOf } from './helpers.ts';
import type { Context } from './types.ts';

type Funding = RowsByTable['funding'];

/** Funding amounts, summed over one dimension. */
export function fundingAmounts(over: 'budget_source' | 'capital_type' | 'project_id' | 'area_id', part?: (r: Funding) => string): SumOf<Funding> {
  return {
    value: (r) => r.value,
    rounded: true,
    unit: 'triệu đồng',
    total: (r) =>
      `${label('funding', 'measure', r.measure)}, ${label('funding', 'budget_source', r.budget_source)}, ${label('funding', 'capital_type', r.capital_type)}`,
    part: part ?? ((r) => label('funding', over, String(r[over]))),
  };
}

/**
 * Amounts (not rates) of the same figure but for the dimensions a sum runs
 * over. A lone row is left out: every sum check needs a total and two parts.
 */
export function fundingGroups({ tables, keysOf }: Context, ...over: string[]): Iterable<Funding[]> {
  const keys = keysOf('funding')(keyWithout<Funding>('funding', ...over), (r) => r.unit === 'mvnd');
  return groupByKey(tables.funding, keys, 2);
}
