/**
 * A school year printed in a figure's text ("Học kỳ II năm học 2020-2021")
 * that is not the period the row is recorded for (2022-2023-hk2): the row
 * keeps the period the report's context gives (its note says why), and the
 * misprint is listed. Only school years are read from the text: a calendar
 * year in a figure's text is often the comparison ("so với cùng kỳ năm 2022").
 */
import { DISCREPANCY } from '../messages.ts';
import { found, source } from './helpers.ts';
import { OBSERVATIONS, type Observation } from './observations.ts';
import type { CheckDef, Discrepancy } from './types.ts';

const SCHOOL_YEAR = /năm học\s*(\d{4})\s*[-–]\s*(\d{4})/i;

export const printedPeriod: CheckDef = {
  name: 'printed-period',
  tables: [],
  run({ tables }) {
    const out: Discrepancy[] = [];
    for (const table of OBSERVATIONS) {
      for (const row of tables[table] as readonly Observation[]) {
        const period = typeof row.period === 'string' ? row.period : null;
        const recorded = period && /^\d{4}-\d{4}(-hk\d)?$/.test(period) ? period.slice(0, 9) : null;
        const m = recorded ? SCHOOL_YEAR.exec(row.figure_text) : null;
        if (!recorded || !m || `${m[1]}-${m[2]}` === recorded) continue;
        const message = DISCREPANCY.printedPeriod({ source: source(row), printed: row.figure_text, schoolYear: `${m[1]}-${m[2]}`, recorded: period! });
        out.push(found('printed-period', 'source-error', table, [row], null, null, message));
      }
    }
    return out;
  },
};
