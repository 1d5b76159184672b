/** The same figure (same key but the report) given different values by two reports; each compared with the first. */
import type { TableName } from '../define.ts';
import type { RowKeyer } from '../keys.ts';
import { DISCREPANCY } from '../messages.ts';
import { agreement, printedDecimals } from '../precision.ts';
import { def, found, keyWithout, label, severityOf, source } from './helpers.ts';
import { figure, figureNames, OBSERVATIONS, type Observation } from './observations.ts';
import type { CheckDef, Discrepancy } from './types.ts';

/** "vốn giao (kế hoạch), năm 2023, Bắc Giang, tính đến 2023-11-15": a key in words. */
function describeKey(table: TableName, row: Observation, names: ReadonlyMap<string, string>): string {
  return keyWithout<Observation>(table, 'report_id')
    .filter((k) => row[k] !== null && row[k] !== undefined)
    .map((k) => {
      const field = def(table).fields.find((f) => f.name === k)!;
      const v = String(row[k]);
      if (field.type === 'enum') return label(table, k, v);
      if (field.type === 'date') return `tính đến ${v}`;
      if (field.type === 'string' && field.ref) return names.get(v) || v;
      return `${field.title.vi.toLowerCase()} ${v}`;
    })
    .join(', ');
}

export const repeat: CheckDef = {
  name: 'repeat',
  tables: [],
  run({ tables, names, keysOf }) {
    const out: Discrepancy[] = [];
    for (const table of OBSERVATIONS) {
      const rows = tables[table] as readonly Observation[];
      if (!rows.some((r) => r.report_id !== rows[0]!.report_id)) continue; // one report: nothing to compare
      const { ids } = (keysOf(table) as unknown as RowKeyer<Observation>)(keyWithout<Observation>(table, 'report_id'));
      const fields = figureNames(table);
      // Indexed by the keyer's ids (0, 1, 2… as first seen).
      const firsts: Observation[] = [];
      for (let i = 0; i < rows.length; i++) {
        const other = rows[i]!;
        const k = ids[i]!;
        const first = firsts[k];
        if (!first) {
          firsts[k] = other;
          continue;
        }
        for (const field of fields) {
          const a = figure(first, field);
          const b = figure(other, field);
          if (a === null || b === null || a === b) continue;
          const decimals = Math.min(printedDecimals(first.figure_text, a), printedDecimals(other.figure_text, b));
          const agreed = agreement(b, a, decimals);
          if (agreed === 'agrees') continue;
          const message = DISCREPANCY.repeat({
            what: describeKey(table, first, names),
            first: { source: source(first), value: a },
            other: { source: source(other), value: b },
          });
          out.push(found('repeat', severityOf(agreed), table, [first, other], a, b, message));
          break;
        }
      }
    }
    return out;
  },
};
