/**
 * One report giving the same count of the same plan by two of its lists — the
 * original list and the list after revision (plan_version) — with different
 * numbers: 73 works in one place, 75 in another. Each figure is right for its
 * list, but the report uses both to speak of the plan, so a reader meets two
 * sizes of one plan in one document. Indicators follow the same lists by
 * their codes: `X_original` and `X_revised` of one report and area (the
 * villages the original and the revised lists reach).
 */
import { DISCREPANCY } from '../messages.ts';
import { found, groupByKey, keyWithout, label } from './helpers.ts';
import { lowerFirst } from './indicator-helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';
import type { Work } from './works-helpers.ts';

export const worksPlanVersions: CheckDef = {
  name: 'works-plan-versions',
  tables: ['works', 'indicators', 'areas'],
  run({ tables, keysOf, names }) {
    const keys = keysOf('works')(keyWithout<Work>('works', 'plan_version', 'as_of'));
    const out: Discrepancy[] = [];
    for (const group of groupByKey(tables.works, keys, 2)) {
      const versions = [...new Set(group.map((r) => r.plan_version))].toSorted();
      for (let i = 0; i < versions.length; i++) {
        for (let j = i + 1; j < versions.length; j++) {
          const first = group.find((r) => r.plan_version === versions[i])!;
          const other = group.find((r) => r.plan_version === versions[j] && r.count !== first.count);
          if (!other) continue;
          const what = `số công trình — ${label('works', 'measure', first.measure)} (${label('works', 'work_type', first.work_type)}) của ${label('works', 'program', first.program)}, đợt ${first.batch}, ${names.get(first.area_id) ?? first.area_id}`;
          const message = DISCREPANCY.planVersions({
            report: first.report_id,
            what,
            first: { section: first.section, list: label('works', 'plan_version', first.plan_version), value: first.count },
            other: { section: other.section, list: label('works', 'plan_version', other.plan_version), value: other.count },
          });
          out.push(found('works-plan-versions', 'discrepancy', 'works', [first, other], first.count, other.count, message));
        }
      }
    }
    const byCode = new Map(tables.indicators.map((r) => [`${r.report_id}\u0001${r.area_id}\u0001${r.indicator}`, r]));
    for (const first of tables.indicators) {
      if (!first.indicator.endsWith('_original')) continue;
      const code = first.indicator.slice(0, -'_original'.length);
      const other = byCode.get(`${first.report_id}\u0001${first.area_id}\u0001${code}_revised`);
      if (!other || other.value === first.value) continue;
      const message = DISCREPANCY.planVersions({
        report: first.report_id,
        // The label without its parenthesis naming the list: "Thôn, bản có công trình ngầm, cầu (danh mục ban đầu…)".
        what: `${lowerFirst(first.label.replace(/\s*\([^)]*\)\s*$/, ''))}, ${names.get(first.area_id) ?? first.area_id}`,
        first: { section: first.section, list: label('works', 'plan_version', 'original'), value: first.value },
        other: { section: other.section, list: label('works', 'plan_version', 'revised'), value: other.value },
      });
      out.push(found('works-plan-versions', 'discrepancy', 'indicators', [first, other], first.value, other.value, message));
    }
    return out;
  },
};
