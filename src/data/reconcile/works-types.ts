/** Plan 511 builds only spillways and bridges: ngầm + cầu = all. */
import { checkSum, label } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';
import { works, worksGroups } from './works-helpers.ts';

export const worksTypes: CheckDef = {
  name: 'works-types',
  tables: ['works'],
  run(context) {
    const describe = works({
      total: (r) => `${label('works', 'measure', r.measure)} (${label('works', 'work_type', r.work_type)})`,
      part: (r) => label('works', 'work_type', r.work_type),
    });
    const out: Discrepancy[] = [];
    for (const group of worksGroups(context, ['work_type'], (r) => r.program === 'plan511')) {
      const by = new Map(group.map((r) => [r.work_type as string, r]));
      const d = checkSum('works-types', 'works', by.get('all'), [by.get('ngam'), by.get('cau')], describe);
      if (d) out.push(d);
    }
    return out;
  },
};
