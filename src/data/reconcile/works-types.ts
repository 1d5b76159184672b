/** Plan 511 builds only spillways and bridges: ngầm + cầu = all. */
import { checkSum, groupByKey, label } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';
import { works, worksKey } from './works-helpers.ts';

export const worksTypes: CheckDef = {
  name: 'works-types',
  tables: ['works'],
  run({ tables }) {
    const describe = works({
      total: (r) => `${label('works', 'measure', r.measure)} (${label('works', 'work_type', r.work_type)})`,
      part: (r) => label('works', 'work_type', r.work_type),
    });
    const out: Discrepancy[] = [];
    const plan511 = tables.works.filter((r) => r.program === 'plan511');
    for (const group of groupByKey(plan511, worksKey('work_type'))) {
      const by = new Map(group.map((r) => [r.work_type as string, r]));
      const d = checkSum('works-types', 'works', by.get('all'), [by.get('ngam'), by.get('cau')], describe);
      if (d) out.push(d);
    }
    return out;
  },
};
