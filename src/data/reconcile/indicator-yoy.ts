/**
 * "tăng 5,28% (+31,41 ha)": a year-on-year percentage `X_yoy_pct` against the
 * change `X_yoy_change` and this year's figure `X` it is printed with — last
 * year's figure is X − change, so the rate is change / (X − change).
 */
import { DISCREPANCY } from '../messages.ts';
import { source, statedPercent } from './helpers.ts';
import { byCode, lowerFirst, sameTime } from './indicator-helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

export const indicatorYoy: CheckDef = {
  name: 'indicator-yoy',
  tables: ['indicators'],
  run({ tables }) {
    const rows = tables.indicators;
    const of = byCode(rows);
    const out: Discrepancy[] = [];
    for (const pct of rows) {
      if (!pct.indicator.endsWith('_yoy_pct') || pct.figure_status !== 'reported') continue;
      const code = pct.indicator.slice(0, -'_yoy_pct'.length);
      const now = sameTime(pct, of(pct, code));
      const change = sameTime(pct, of(pct, `${code}_yoy_change`));
      if (!now || !change || now.value === change.value) continue;
      const before = now.value - change.value;
      const computed = (change.value / before) * 100;
      const d = statedPercent('indicator-yoy', 'indicators', pct, computed, [now, change], (shown, minor) =>
        DISCREPANCY.yoy({ source: source(pct), what: lowerFirst(now.label), stated: pct.figure_text, now: now.value, change: change.value, computed: shown, minor }),
      );
      if (d) out.push(d);
    }
    return out;
  },
};
