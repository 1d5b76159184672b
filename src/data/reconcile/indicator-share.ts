/**
 * "272/281 …, đạt 96,7%": a share `X_pct` stated beside the figure `X` whose
 * own text prints it as a part of a whole ("272/281", "31.484 trđ/107.556
 * trđ"). The rate is compared with part / whole read from that text, when the
 * part read is the figure itself. Shares of a plan (`_plan_pct`) and changes
 * (`_yoy_pct`) have their own checks; a rate printing its own ratio
 * ("09/281 = 3,3%") is printed-ratio's.
 */
import { DISCREPANCY } from '../messages.ts';
import { readNumber } from '../normalise.ts';
import { source, statedPercent } from './helpers.ts';
import { byCode, lowerFirst, sameTime } from './indicator-helpers.ts';
import type { CheckDef, Discrepancy } from './types.ts';

const PART_OF = /(\d[\d.,]*)[^\d/=]*\/\s*(\d[\d.,]*)/;
const OWN_RATIO = /\d\s*\/\s*\d[\d.,]*\s*=/;

function read(text: string): number | null {
  const r = readNumber(text);
  if (r.kind === 'number') return r.reading.value;
  if (r.kind === 'ambiguous') return r.asInteger;
  return null;
}

export const indicatorShare: CheckDef = {
  name: 'indicator-share',
  tables: ['indicators'],
  run({ tables }) {
    const rows = tables.indicators;
    const of = byCode(rows);
    const out: Discrepancy[] = [];
    for (const rate of rows) {
      const code = rate.indicator;
      if (!code.endsWith('_pct') || code.endsWith('_plan_pct') || code.endsWith('_yoy_pct')) continue;
      if (rate.figure_status !== 'reported' || OWN_RATIO.test(rate.figure_text)) continue;
      const base = sameTime(rate, of(rate, code.slice(0, -'_pct'.length)));
      const m = base && base.figure_status === 'reported' ? PART_OF.exec(base.figure_text) : null;
      if (!base || !m) continue;
      const [part, whole] = [read(m[1]!), read(m[2]!)];
      if (part === null || whole === null || whole === 0 || part !== base.value) continue;
      const d = statedPercent('indicator-share', 'indicators', rate, (part / whole) * 100, [base], (shown, minor) =>
        DISCREPANCY.share({ source: source(rate), what: lowerFirst(rate.label), stated: rate.figure_text, printed: base.figure_text, part, whole, computed: shown, minor }),
      );
      if (d) out.push(d);
    }
    return out;
  },
};
