/**
 * A percentage printed with its own operands in the same figure_text:
 * "8614/8698 = 99,03%". The operands are read from the text itself.
 */
import { figureFields } from '../define.ts';
import { DISCREPANCY } from '../messages.ts';
import { readNumber } from '../normalise.ts';
import { def, source, statedPercent } from './helpers.ts';
import type { CheckDef, Discrepancy, Figure } from './types.ts';

const OBSERVATIONS = ['funding', 'works', 'poverty', 'ncut', 'indicators'] as const;
const RATIO = /(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)\s*=\s*(\d[\d.,]*)\s*%/;

function read(text: string): number | null {
  const r = readNumber(text);
  if (r.kind === 'number') return r.reading.value;
  // "8.614" beside a slash is a count of thousands in a Vietnamese report.
  if (r.kind === 'ambiguous') return r.asInteger;
  return null;
}

export const printedRatio: CheckDef = {
  name: 'printed-ratio',
  tables: [],
  run({ tables }) {
    const out: Discrepancy[] = [];
    for (const table of OBSERVATIONS) {
      const fields = figureFields(def(table)).map((f) => f.name);
      for (const row of tables[table] as readonly (Figure & Record<string, unknown>)[]) {
        const m = RATIO.exec(row.figure_text);
        if (!m || row.figure_status === 'malformed') continue;
        const [a, b] = [read(m[1]!), read(m[2]!)];
        const value = fields.map((f) => row[f]).find((v) => typeof v === 'number');
        if (a === null || b === null || b === 0 || value === undefined) continue;
        // Only the row of the percentage: a count copied with the whole phrase («8614/8698 = 99,03%» for 8614) is not it.
        if (value !== read(m[3]!)) continue;
        const d = statedPercent('printed-ratio', table, { ...row, value: value as number }, (a / b) * 100, [], (shown, minor) =>
          DISCREPANCY.printedRatio({ source: source(row), stated: row.figure_text, numerator: a, denominator: b, computed: shown, minor }),
        );
        if (d) out.push(d);
      }
    }
    return out;
  },
};
