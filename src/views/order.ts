/**
 * The order of a section's cards. The rule: newest first, by the reporting period of the report each card comes
 * from (its end); cards of one period keep the order the views give them (money disbursed before stated totals,
 * a plan before its batches…). A phone shows a section's first cards before its fold (lib/fold.ts FIGURES_SHOWN),
 * so the figures of a newer report are the ones a reader sees first, never hidden behind an older period's; reports
 * of one period (17/11 and 30/11/2023, both to 11/2023) are one period, so their cards are not reshuffled by a day.
 */
import { dateSortKey } from '../core/format.ts';
import { once } from '../core/typed-table.ts';
import type { Report } from '../data/tables/index.ts';
import type { ViewContext } from './context.ts';
import type { FigureProps } from './figure.ts';

/** Each report's period end as a sort key, once per reports table (a section's cards are ordered on every page). */
const periodKeys = once((reports: readonly Report[]) => new Map(reports.map((r) => [r.id, dateSortKey(r.period_end || r.date)])));

export function newestFirst<F extends Pick<FigureProps, 'reportId'>>(ctx: ViewContext, figures: readonly F[]): F[] {
  const periods = periodKeys(ctx.data.tables.reports);
  // A card without a report (none so far) sorts last, in its place among such cards.
  const key = (f: F) => (f.reportId ? (periods.get(f.reportId) ?? '') : '');
  // toSorted is stable: equal periods keep the views' order.
  return figures.toSorted((a, b) => key(b).localeCompare(key(a)));
}
