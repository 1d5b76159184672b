/** Figures the report itself misprinted, as read by the data entry (see the row's note). */
import { DISCREPANCY } from '../messages.ts';
import { found, source } from './helpers.ts';
import { figure, figureNames, OBSERVATIONS, type Observation } from './observations.ts';
import type { CheckDef } from './types.ts';

export const malformed: CheckDef = {
  name: 'malformed',
  tables: [],
  run({ tables }) {
    return OBSERVATIONS.flatMap((table) =>
      (tables[table] as readonly Observation[])
        .filter((r) => r.figure_status === 'malformed')
        .map((r) => {
          const value = figureNames(table).map((f) => figure(r, f)).find((v) => v !== null) ?? null;
          const message = DISCREPANCY.malformed({ source: source(r), figureText: r.figure_text, value: value ?? 0, note: r.note });
          return found('malformed', 'source-error', table, [r], null, value, message);
        }),
    );
  },
};
