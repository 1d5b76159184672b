/**
 * completed + under construction ≤ started ≤ planned, at each date a count is
 * given; an undated count (usually the plan) applies at every date.
 */
import { DISCREPANCY } from '../messages.ts';
import { found, label, source, unique } from './helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';
import { worksGroups, type Work } from './works-helpers.ts';

export const worksStages: CheckDef = {
  name: 'works-stages',
  tables: ['works'],
  run(context) {
    const out = new Map<string, Discrepancy>();
    for (const group of worksGroups(context, ['measure', 'as_of'])) {
      for (const date of unique(group.map((r) => r.as_of ?? ''))) {
        const at = (measure: Work['measure']) =>
          group.find((r) => r.measure === measure && (r.as_of ?? '') === date) ??
          group.find((r) => r.measure === measure && r.as_of === null);
        const planned = at('planned');
        const started = at('started');
        const done = [at('completed'), at('under_construction')].filter((r): r is Work => r !== undefined);
        const checks: [Work[], Work | undefined][] = [
          [done, started ?? planned],
          [started ? [started] : [], planned],
        ];
        for (const [parts, bound] of checks) {
          const sum = parts.reduce((s, r) => s + r.count, 0);
          if (!bound || parts.length === 0 || sum <= bound.count) continue;
          const message = DISCREPANCY.atMost({
            source: source(bound),
            parts: parts.map((r) => ({ label: label('works', 'measure', r.measure), value: r.count })),
            partsSum: sum,
            bound: { label: label('works', 'measure', bound.measure), value: bound.count },
            unit: 'công trình',
          });
          const d = found('works-stages', 'discrepancy', 'works', [bound, ...parts], bound.count, sum, message);
          out.set(d.id, d);
        }
      }
    }
    return [...out.values()];
  },
};
