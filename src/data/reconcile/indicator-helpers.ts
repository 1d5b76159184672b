/** Indicators of one report and area looked up by code: `X`, `X_plan`, `X_plan_pct`, `X_yoy_change`… */
import type { RowsByTable } from '../tables/index.ts';
import { groupBy } from './helpers.ts';

export type Indicator = RowsByTable['indicators'];

export function byCode(rows: readonly Indicator[]): (r: Indicator, code: string) => Indicator[] {
  const groups = groupBy(rows, (r) => `${r.report_id}|${r.area_id}|${r.indicator}`);
  return (r, code) => groups.get(`${r.report_id}|${r.area_id}|${code}`) ?? [];
}

/** The figure of `candidates` for the same date as `r`, or else for its period when one of them is undated. */
export function sameTime(r: Indicator, candidates: readonly Indicator[]): Indicator | undefined {
  return (
    (r.as_of ? candidates.find((d) => d.as_of === r.as_of) : undefined) ??
    candidates.find((d) => d.period === r.period && (!r.as_of || !d.as_of))
  );
}

export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
