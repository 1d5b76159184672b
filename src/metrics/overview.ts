/**
 * Tổng quan: the headline figures, per area — money disbursed by fund year,
 * plan 511 works completed, the latest poverty decrease, the number of
 * prestigious persons — each with its source row, date and, where an earlier
 * report gave the same figure, the change since.
 */
import * as aq from 'arquero';
import { op } from 'arquero';
import { withPrevious } from '../data/current.ts';
import { dateEnd } from '../data/time.ts';
import { funding, ncut, works } from '../data/tables/index.ts';
import { typed, type Table, once, rowsOf } from '../core/typed-table.ts';
import { disbursement } from './funding.ts';
import { currentOf, type Inputs } from './inputs.ts';
import { povertyChanges } from './poverty.ts';
import { completion } from './works.ts';

type HeadlineKind = 'disbursement' | 'works' | 'poverty' | 'ncut';

export interface Headline {
  kind: HeadlineKind;
  area_id: string;
  /** Fund year, plan batch, year range or period the figure is about. */
  scope: string;
  /** ntp1719 / plan511, or the population group / provider. */
  subject: string;
  value: number;
  /** What the value is out of (allocated funds, planned works), when it has one. */
  of: number | null;
  of_id: string | null;
  /** Share in % of `of`, computed. */
  share: number | null;
  id: string;
  table: 'funding' | 'works' | 'poverty' | 'ncut';
  report_id: string;
  as_of: string;
  previous_value: number | null;
  /** The previous figure's row: its qualifier qualifies the change. */
  previous_id: string | null;
  previous_report_id: string | null;
}

const HEADLINE = {
  kind: true, area_id: true, scope: true, subject: true, value: true, of: true, of_id: true, share: true, id: true, table: true,
  report_id: true, as_of: true, previous_value: true, previous_id: true, previous_report_id: true,
} as const;

/** Disbursement of the whole programme (no project), every capital type together when the report gives it. */
function disbursementHeadlines(inputs: Inputs) {
  const previous = withPrevious(inputs.funding, funding, inputs.reports, 'value')
    .t.filter((d: { measure: string }) => d.measure === 'disbursed')
    .select({ id: 'disbursed_id', previous_value: 'previous_value', previous_id: 'previous_id', previous_report_id: 'previous_report_id' });
  return disbursement(inputs)
    .t.filter((d: { program: string; project_id: string | null }) => d.program === 'ntp1719' && d.project_id === null)
    .join_left(previous, 'disbursed_id')
    .derive({
      kind: () => 'disbursement',
      scope: (d: { fund_year: string }) => d.fund_year,
      subject: (d: { capital_type: string }) => d.capital_type,
      value: (d: { disbursed: number }) => d.disbursed,
      of: (d: { base: number }) => d.base,
      of_id: (d: { base_id: string }) => d.base_id,
      share: (d: { rate: number }) => d.rate,
      id: (d: { disbursed_id: string }) => d.disbursed_id,
      table: () => 'funding',
    })
    .select(Object.keys(HEADLINE));
}

function worksHeadlines(inputs: Inputs) {
  const previous = withPrevious(inputs.works, works, inputs.reports, 'count')
    .t.filter((d: { measure: string }) => d.measure === 'completed')
    .select({ id: 'completed_id', previous_value: 'previous_value', previous_id: 'previous_id', previous_report_id: 'previous_report_id' });
  return completion(inputs)
    .t.filter((d: { program: string; work_type: string }) => d.program === 'plan511' && d.work_type === 'all')
    .join_left(previous, 'completed_id')
    .derive({
      kind: () => 'works',
      scope: (d: { batch: string }) => d.batch,
      subject: (d: { plan_version: string }) => d.plan_version,
      value: (d: { completed: number }) => d.completed,
      of: (d: { planned: number }) => d.planned,
      of_id: (d: { planned_id: string }) => d.planned_id,
      share: (d: { completed: number; planned: number }) => (100 * d.completed) / d.planned,
      id: (d: { completed_id: string }) => d.completed_id,
      table: () => 'works',
    })
    .select(Object.keys(HEADLINE));
}

/** The latest reported decrease of the poverty rate, per area and group. */
function povertyHeadlines(inputs: Inputs) {
  return povertyChanges(inputs)
    .t.groupby('area_id', 'population_group')
    .orderby(aq.desc('year'))
    .filter(() => op.row_number() === 1)
    .ungroup()
    .derive({
      kind: () => 'poverty',
      scope: (d: { year_from: number; year: number }) => `${d.year_from}-${d.year}`,
      subject: (d: { population_group: string }) => d.population_group,
      of: () => null,
      of_id: () => null,
      share: () => null,
      table: () => 'poverty',
      as_of: (d: { year: number }) => `${d.year}`,
      previous_value: () => null,
      previous_id: () => null,
      previous_report_id: () => null,
    })
    .select(Object.keys(HEADLINE));
}

function ncutHeadlines(inputs: Inputs) {
  const previous = withPrevious(inputs.ncut, ncut, inputs.reports, 'persons')
    .t.filter((d: { measure: string }) => d.measure === 'count')
    .select({ id: 'id', previous_value: 'previous_value', previous_id: 'previous_id', previous_report_id: 'previous_report_id' });
  return currentOf(inputs, 'ncut')
    .t.filter((d: { measure: string; persons: number | null }) => d.measure === 'count' && d.persons !== null)
    .join_left(previous, 'id')
    .derive({
      kind: () => 'ncut',
      scope: (d: { period: string }) => d.period,
      subject: (d: { provider: string }) => d.provider,
      value: (d: { persons: number }) => d.persons,
      of: () => null,
      of_id: () => null,
      share: () => null,
      table: () => 'ncut',
      as_of: (d: { effective_date: string }) => d.effective_date,
    })
    .select(Object.keys(HEADLINE));
}

/** Every headline figure, of every area. Pages pick an area's with a filter. */
function headlines_(inputs: Inputs): Table<Headline> {
  const all = disbursementHeadlines(inputs).concat(worksHeadlines(inputs), povertyHeadlines(inputs), ncutHeadlines(inputs));
  // Newest first by the dates' last day (data/time.ts): as text, 2023-06-15 would sort after 2023-06.
  const t = all
    .assign({ as_of_end: (all.array('as_of') as string[]).map(dateEnd) })
    .orderby('kind', 'area_id', aq.desc('as_of_end'))
    .select(aq.not('as_of_end'));
  return typed<Headline>(t, HEADLINE);
}

// Each metric is computed once per data load (typed-table.ts once).
export const headlines: typeof headlines_ = once(headlines_);

/** The headlines of each kind by id, made once per data load. */
const headlinesByKind = once((inputs: Inputs): ReadonlyMap<HeadlineKind, ReadonlyMap<string, Headline>> => {
  const out = new Map<HeadlineKind, Map<string, Headline>>();
  for (const h of rowsOf(headlines(inputs))) {
    let byId = out.get(h.kind);
    if (!byId) out.set(h.kind, (byId = new Map()));
    byId.set(h.id, h);
  }
  return out;
});

/**
 * The headlines of one kind by id: every area's cards look up the figure before theirs here (a map of the whole
 * table was made again for each area page, brief and share card).
 */
export const headlinesOf = (inputs: Inputs, kind: HeadlineKind): ReadonlyMap<string, Headline> => headlinesByKind(inputs).get(kind) ?? new Map();
