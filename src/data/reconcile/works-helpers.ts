/** Works counts summed over one dimension; the key comes from the works definition. */
import type { RowsByTable } from '../tables/index.ts';
import { groupByKey, keyWithout, type SumOf } from './helpers.ts';
import type { Context } from './types.ts';

export type Work = RowsByTable['works'];

export const works = (describe: Pick<SumOf<Work>, 'total' | 'part'>): SumOf<Work> => ({
  value: (r) => r.count,
  rounded: false,
  unit: 'công trình',
  ...describe,
});

/** Counts of the same report, programme, batch… except the fields a check runs over (of the rows `where` keeps). */
export function worksGroups({ tables, keysOf }: Context, over: string[], where?: (row: Work) => boolean): Iterable<Work[]> {
  return groupByKey(tables.works, keysOf('works')(keyWithout<Work>('works', ...over), where));
}
