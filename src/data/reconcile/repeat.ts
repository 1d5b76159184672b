/**
 * The same figure given different values by two reports at the same date; each compared with the first. "The same
 * date" is the effective date of the current-figure rule (src/data/time.ts): a blank as_of counts at its report's
 * date, so a figure repeated with as_of left blank by a later report is an update, not a contradiction.
 */
import { UNITS, type TableName, type UnitCode } from '../define.ts';
import { notesCorrection } from '../corrections.ts';
import type { RowKeyer } from '../keys.ts';
import { DISCREPANCY } from '../messages.ts';
import { dateEnd, effectiveDate } from '../time.ts';
import { agreement, printedDecimals } from '../precision.ts';
import { formatDate } from '../../core/format.ts';
import { def, found, keyWithout, label, severityOf, source } from './helpers.ts';
import { figure, figureNames, OBSERVATIONS, type Observation } from './observations.ts';
import type { CheckDef, Discrepancy } from './types.ts';

/**
 * "vốn giao (kế hoạch), năm 2023, Bắc Giang, tính đến 15/11/2023": a key in words. An «all» that names no total
 * (works' «Không tách», «Tất cả») says nothing and is left out; funding's «Tổng các nguồn» stays.
 */
function describeKey(table: TableName, row: Observation, names: ReadonlyMap<string, string>): string {
  return keyWithout<Observation>(table, 'report_id')
    .filter((k) => row[k] !== null && row[k] !== undefined)
    .flatMap((k) => {
      const field = def(table).fields.find((f) => f.name === k)!;
      const v = String(row[k]);
      if (field.type === 'enum') return v === 'all' && !/^tổng/i.test(label(table, k, v)) ? [] : [label(table, k, v)];
      if (field.type === 'date') return [`tính đến ${formatDate(v)}`];
      if (field.type === 'string' && field.ref) return [names.get(v) || v];
      return [`${field.title.vi.toLowerCase()} ${v}`];
    })
    .join(', ');
}

/**
 * Of two rows of one figure at one date, the one that corrects the other: of the report issued later, its note
 * saying so («Đính chính số của báo cáo …», as the guide asks staff to write). Null when neither does: two
 * reports that merely differ are a discrepancy, whatever their dates.
 */
function correcting(a: Observation, b: Observation, reportDate: ReadonlyMap<string, string>): Observation | null {
  const [da, db] = [dateEnd(reportDate.get(a.report_id) ?? ''), dateEnd(reportDate.get(b.report_id) ?? '')];
  const later = db > da ? b : da > db ? a : null;
  return later && notesCorrection(later.note) ? later : null;
}

/** More distinct effective dates than any data set has (a day each for 5 000 years); ids times it stay exact. */
const DATES = 2 ** 21;

export const repeat: CheckDef = {
  name: 'repeat',
  tables: ['reports'],
  run({ tables, names, keysOf }) {
    const reportDate = new Map(tables.reports.map((r) => [r.id, r.date]));
    const at = (r: Observation) => dateEnd(effectiveDate(r.as_of as string | null, reportDate.get(r.report_id) ?? ''));
    // Each effective date as a small number, worked out once per report and as_of: a million rows have a few
    // thousand of them, and a number per row keys the observations without a string per row.
    const dateCodes = new Map<string, number>();
    const byReport = new Map<string, Map<unknown, number>>();
    const dateCode = (r: Observation): number => {
      let byAsOf = byReport.get(r.report_id);
      if (!byAsOf) byReport.set(r.report_id, (byAsOf = new Map()));
      let code = byAsOf.get(r.as_of);
      if (code === undefined) {
        const date = at(r);
        code = dateCodes.get(date);
        if (code === undefined) {
          if (dateCodes.size === DATES) throw new Error(`repeat: hơn ${DATES} ngày khác nhau`);
          dateCodes.set(date, (code = dateCodes.size));
        }
        byAsOf.set(r.as_of, code);
      }
      return code;
    };
    const out: Discrepancy[] = [];
    for (const table of OBSERVATIONS) {
      const rows = tables[table] as readonly Observation[];
      if (!rows.some((r) => r.report_id !== rows[0]!.report_id)) continue; // one report: nothing to compare
      // A table without as_of (a poverty rate is of its year) compares every report's figure of the observation.
      const dated = def(table).key.includes('as_of');
      const { ids } = (keysOf(table) as unknown as RowKeyer<Observation>)(keyWithout<Observation>(table, 'report_id', 'as_of'));
      const fields = figureNames(table);
      // By the keyer's ids (the observation) and the effective date: id × DATES + date, exact below 2^53.
      const firsts = new Map<number, Observation>();
      for (let i = 0; i < rows.length; i++) {
        const other = rows[i]!;
        const k = dated ? ids[i]! * DATES + dateCode(other) : ids[i]!;
        const first = firsts.get(k);
        if (!first) {
          firsts.set(k, other);
          continue;
        }
        for (const field of fields) {
          const a = figure(first, field);
          const b = figure(other, field);
          if (a === null || b === null || a === b) continue;
          const decimals = Math.min(printedDecimals(first.figure_text, a), printedDecimals(other.figure_text, b));
          const agreed = agreement(b, a, decimals);
          if (agreed === 'agrees') continue;
          const numeric = def(table).fields.find((f) => f.name === field);
          const unitCode = (numeric?.type === 'number' ? numeric.unit : undefined) ?? (first as unknown as { unit?: string }).unit;
          const unit = unitCode && unitCode in UNITS ? { unit: UNITS[unitCode as UnitCode].vi } : {};
          const what = describeKey(table, first, names);
          const later = correcting(first, other, reportDate);
          if (later) {
            const earlier = later === other ? first : other;
            const [was, now] = later === other ? [a, b] : [b, a];
            const message = DISCREPANCY.correction({ what, earlier: { source: source(earlier), value: was }, later: { source: source(later), value: now }, ...unit });
            out.push(found('repeat', 'correction', table, [earlier, later], was, now, message));
            break;
          }
          const message = DISCREPANCY.repeat({ what, first: { source: source(first), value: a }, other: { source: source(other), value: b }, ...unit });
          out.push(found('repeat', severityOf(agreed), table, [first, other], a, b, message));
          break;
        }
      }
    }
    return out;
  },
};
