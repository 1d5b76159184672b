/** Works counts summed over one dimension; the key comes from the works definition. */
import { keyer } from '../keys.ts';
import type { RowsByTable } from '../tables/index.ts';
import { keyWithout, type SumOf } from './helpers.ts';

export type Work = RowsByTable['works'];

export const works = (describe: Pick<SumOf<Work>, 'total' | 'part'>): SumOf<Work> => ({
  value: (r) => r.count,
  rounded: false,
  unit: 'công trình',
  ...describe,
});

/** Counts of the same report, programme, batch… except the fields a check runs over. */
export const worksKey = (...over: string[]) => keyer<Work>(keyWithout<Work>('works', ...over));
