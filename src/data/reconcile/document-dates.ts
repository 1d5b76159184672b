/**
 * The dates of the documents a report cites (documents.csv), checked like
 * figures:
 * - a document dated after the report that cites it (a report cannot cite
 *   what did not exist yet): compared with the report's date, a month-only
 *   date counting to its last day;
 * - the same document (same `document` id) cited with different dates, in one
 *   report or in several: each date that is not the one most often printed
 *   is a finding (with a tie, one finding lists them);
 * - a document the report counts as its period's work (`issued_in_period`)
 *   dated before the period began by more than one period's length (a monthly
 *   report may list the previous month's documents, not the previous year's).
 */
import { formatDate } from '../../core/format.ts';
import { DISCREPANCY } from '../messages.ts';
import { dateEnd } from '../time.ts';
import type { CitedDocument, Report } from '../tables/index.ts';
import { found, groupBy, source } from './helpers.ts';
import type { CheckDef, Discrepancy, Provenance } from './types.ts';

/** First day of a possibly partial ISO date. */
const periodStart = (iso: string) => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
const months = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7) || '1') - 1;
const monthIso = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;

/** The earliest date a document counted as the period's work may carry: one period's length before the period. */
export function earliestInPeriod(report: Pick<Report, 'period_start' | 'period_end'>): string {
  const start = months(periodStart(report.period_start));
  const end = report.period_end.length === 4 ? Number(report.period_end) * 12 + 11 : months(periodStart(report.period_end));
  return monthIso(start - (end - start + 1));
}

const cite = (d: CitedDocument): Provenance => ({ id: d.id, report_id: d.report_id, section: d.section });

export const documentDates: CheckDef = {
  name: 'document-dates',
  tables: ['documents', 'reports'],
  run({ tables }) {
    const docs = tables.documents ?? [];
    const reports = new Map(tables.reports.map((r) => [r.id, r]));
    const out: Discrepancy[] = [];
    // A late document cited in several places of one report is one finding.
    const late = docs.filter((d) => reports.has(d.report_id) && d.date > dateEnd(reports.get(d.report_id)!.date));
    for (const rows of groupBy(late, (d) => `${d.report_id}\u0001${d.document}`).values()) {
      const d = rows[0]!;
      const message = DISCREPANCY.documentLater({
        source: DISCREPANCY.source(d.report_id, rows.map((r) => r.section).join('; ')),
        doc: d.doc_ref,
        printed: d.figure_text,
        reportDate: formatDate(reports.get(d.report_id)!.date),
      });
      out.push(found('document-dates', 'discrepancy', 'documents', rows.map(cite), null, null, message));
    }
    for (const d of docs) {
      const report = reports.get(d.report_id);
      if (!report || late.includes(d)) continue;
      if (d.role === 'issued_in_period' && d.date < earliestInPeriod(report)) {
        const period = report.period_start === report.period_end ? formatDate(report.period_start) : `${formatDate(report.period_start)} – ${formatDate(report.period_end)}`;
        const message = DISCREPANCY.documentBeforePeriod({ source: source(d), doc: d.doc_ref, printed: d.figure_text, period });
        out.push(found('document-dates', 'discrepancy', 'documents', [cite(d)], null, null, message));
      }
    }
    for (const citations of groupBy(docs, (d) => d.document).values()) {
      const byDate = [...groupBy(citations, (d) => d.date).values()].toSorted((a, b) => b.length - a.length);
      if (byDate.length < 2) continue;
      const usual = byDate[0]!;
      const tie = byDate[1]!.length === usual.length;
      for (const odd of tie ? [byDate.slice(1).flat()] : byDate.slice(1)) {
        for (const row of tie ? odd.slice(0, 1) : odd) {
          // The usual date's citation nearest the odd one: in the same report if there is one.
          const near = usual.find((u) => u.report_id === row.report_id) ?? usual[0]!;
          const rows = tie ? [...usual, ...odd] : [row, near];
          const message = DISCREPANCY.documentDates({
            doc: row.doc_ref,
            odd: { source: source(row), printed: row.figure_text },
            usual: { source: source(near), printed: near.figure_text, times: tie ? 1 : usual.length },
          });
          out.push(found('document-dates', 'discrepancy', 'documents', rows.map(cite), null, null, message));
        }
      }
    }
    return out;
  },
};
