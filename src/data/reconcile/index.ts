/**
 * Consistency of the figures as the reports print them: parts against totals,
 * stated rates against the amounts they come from, the same figure in two
 * reports. One check per file, listed here (the order is the report's order).
 *
 * A check runs only on tables whose every row validated: a row refused for a
 * typing error would otherwise surface here as the report contradicting itself.
 */
import type { TableName } from '../define.ts';
import { rowKeys, type RowKeyer } from '../keys.ts';
import { documentDates } from './document-dates.ts';
import { disbursementRate } from './disbursement-rate.ts';
import { fundingAllocated } from './funding-allocated.ts';
import { fundingCapital } from './funding-capital.ts';
import { fundingDistricts } from './funding-districts.ts';
import { fundingDistrictsCorrected } from './funding-districts-corrected.ts';
import { fundingDistrictGap } from './funding-district-gap.ts';
import { fundingProjects } from './funding-projects.ts';
import { fundingSources } from './funding-sources.ts';
import { indicatorRate } from './indicator-rate.ts';
import { indicatorShare } from './indicator-share.ts';
import { indicatorYoy } from './indicator-yoy.ts';
import { malformed } from './malformed.ts';
import { observationHistory } from './observation-history.ts';
import { povertyCommuneLists } from './poverty-commune-lists.ts';
import { povertyDecrease } from './poverty-decrease.ts';
import { printedPeriod } from './printed-period.ts';
import { printedRatio } from './printed-ratio.ts';
import { repeat } from './repeat.ts';
import type { RowsByTable } from '../tables/index.ts';
import type { CheckDef, Discrepancy, Tables } from './types.ts';
import { worksDistricts } from './works-districts.ts';
import { worksPlanVersions } from './works-plan-versions.ts';
import { worksStages } from './works-stages.ts';
import { worksTypes } from './works-types.ts';

export type { Discrepancy, Tables };

export const CHECKS: readonly CheckDef[] = [
  fundingSources,
  fundingCapital,
  fundingProjects,
  fundingDistricts,
  fundingDistrictsCorrected,
  fundingDistrictGap,
  fundingAllocated,
  disbursementRate,
  indicatorRate,
  indicatorShare,
  indicatorYoy,
  printedRatio,
  printedPeriod,
  worksDistricts,
  worksTypes,
  worksStages,
  worksPlanVersions,
  povertyDecrease,
  povertyCommuneLists,
  repeat,
  observationHistory,
  malformed,
  documentDates,
];

/**
 * Every consistency finding, in a stable order. `clean`: the tables whose
 * every row validated (all of them when omitted); the others are left out.
 */
export function reconcile(all: Tables, clean?: ReadonlySet<TableName>): Discrepancy[] {
  const ok = (name: TableName) => !clean || clean.has(name);
  const tables = Object.fromEntries(Object.entries(all).map(([name, rows]) => [name, ok(name as TableName) ? rows : []])) as unknown as Tables;
  const keyers = new Map<TableName, RowKeyer<never>>();
  const keysOf = <K extends TableName>(table: K) => {
    if (!keyers.has(table)) keyers.set(table, rowKeys(tables[table]) as RowKeyer<never>);
    return keyers.get(table) as unknown as RowKeyer<RowsByTable[K]>;
  };
  const context = {
    tables,
    keysOf,
    areas: new Map(tables.areas.map((a) => [a.id, a])),
    projects: new Map(tables.projects.map((p) => [p.id, p])),
    names: new Map<string, string>([
      ...tables.areas.map((a) => [a.id, a.name] as const),
      ...tables.projects.map((p) => [p.id, p.short_name] as const),
    ]),
  };
  return CHECKS.filter((c) => c.tables.every(ok)).flatMap((c) => c.run(context));
}
