/**
 * Year-on-year figures against the figures they are printed with.
 *
 * "tăng 5,28% (+31,41 ha)": a percentage change `X_yoy_pct` against the
 * change `X_yoy_change` and this year's figure `X` — last year's figure is
 * X − change, so the rate is change / (X − change).
 *
 * "bằng 100,7% so với cùng kỳ": a level ratio `X_yoy_ratio` against
 * X / (last year's X). Last year's X is X − `X_yoy_change` when the report
 * prints that change; otherwise, when X is exactly the sum of the figures of
 * the same report, area, period and unit that have a printed change (the
 * report's total of its parts: lúa + ngô = lương thực có hạt), last year's
 * X is the sum of their last-year figures.
 */
import { DISCREPANCY } from '../messages.ts';
import { decimalsOf, round } from '../precision.ts';
import { source, statedPercent } from './helpers.ts';
import { byCode, lowerFirst, sameTime, type Indicator } from './indicator-helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

const CHANGE = '_yoy_change';

/** The figures with a printed change that add up exactly to `total` (all of them, never a subset), with their changes. */
function partsOf(total: Indicator, rows: readonly Indicator[], of: ReturnType<typeof byCode>): [Indicator, Indicator][] | null {
  const parts: [Indicator, Indicator][] = [];
  for (const change of rows) {
    if (!change.indicator.endsWith(CHANGE) || change.report_id !== total.report_id || change.area_id !== total.area_id) continue;
    const part = sameTime(change, of(change, change.indicator.slice(0, -CHANGE.length)));
    if (!part || part.indicator === total.indicator || part.unit !== total.unit || part.period !== total.period) continue;
    parts.push([part, change]);
  }
  if (parts.length < 2) return null;
  const decimals = Math.max(decimalsOf(total.value), ...parts.map(([p]) => decimalsOf(p.value)));
  const sum = round(parts.reduce((s, [p]) => s + p.value, 0), decimals);
  return sum === round(total.value, decimals) ? parts : null;
}

export const indicatorYoy: CheckDef = {
  name: 'indicator-yoy',
  tables: ['indicators'],
  run({ tables }) {
    const rows = tables.indicators;
    const of = byCode(rows);
    const out: Discrepancy[] = [];
    for (const pct of rows) {
      if (pct.figure_status !== 'reported') continue;
      if (pct.indicator.endsWith('_yoy_pct')) {
        const code = pct.indicator.slice(0, -'_yoy_pct'.length);
        const now = sameTime(pct, of(pct, code));
        const change = sameTime(pct, of(pct, `${code}${CHANGE}`));
        if (!now || !change || now.value === change.value) continue;
        const before = now.value - change.value;
        const computed = (change.value / before) * 100;
        const d = statedPercent('indicator-yoy', 'indicators', pct, computed, [now, change], (shown, minor) =>
          DISCREPANCY.yoy({ source: source(pct), what: lowerFirst(now.label), stated: pct.figure_text, now: now.value, change: change.value, computed: shown, minor }),
        );
        if (d) out.push(d);
      } else if (pct.indicator.endsWith('_yoy_ratio')) {
        const code = pct.indicator.slice(0, -'_yoy_ratio'.length);
        const now = sameTime(pct, of(pct, code));
        if (!now) continue;
        const change = sameTime(pct, of(pct, `${code}${CHANGE}`));
        const parts: [Indicator, Indicator][] | null = change ? null : partsOf(now, rows, of);
        if (!change && !parts) continue;
        const changes = change ? [change] : parts!.map(([, c]) => c);
        const delta = changes.reduce((s, c) => s + c.value, 0);
        const before = now.value - delta;
        if (before <= 0) continue;
        const computed = (now.value / before) * 100;
        const operands = change ? [now, change] : [now, ...parts!.flat()];
        const d = statedPercent('indicator-yoy', 'indicators', pct, computed, operands, (shown, minor) =>
          DISCREPANCY.yoyRatio({
            source: source(pct),
            what: lowerFirst(now.label),
            stated: pct.figure_text,
            now: now.value,
            before: round(before, 6),
            changes: changes.map((c) => ({ label: lowerFirst(c.label), value: c.value })),
            computed: shown,
            minor,
          }),
        );
        if (d) out.push(d);
      }
    }
    return out;
  },
};
