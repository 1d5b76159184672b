/**
 * Công trình: plan 511 spillways and bridges, and the programme's other works.
 * Counts come from the current figures; "under construction", "started" and "not started" only where the report
 * of the completed count prints them (never an older report's beside a newer completed count).
 */
import { op } from 'arquero';
import { typed, type Table, once } from '../core/typed-table.ts';
import { currentOf, historyOf, type Inputs } from './inputs.ts';

const GROUP = ['area_id', 'program', 'batch', 'plan_version', 'capital_type', 'work_type'];
const MEASURES = ['planned', 'started', 'completed', 'under_construction'] as const;

/** Completion of one plan (or batch) in one area. */
export interface Completion {
  area_id: string;
  program: string;
  batch: string;
  plan_version: string;
  work_type: string;
  planned: number;
  planned_id: string;
  completed: number;
  completed_id: string;
  under_construction: number | null;
  under_construction_id: string | null;
  started: number | null;
  started_id: string | null;
  /** planned − started, when the report gives both. */
  not_started: number | null;
  /** planned − completed. */
  not_completed: number;
  /** The date the completed count is true at. */
  as_of: string;
  report_id: string;
}

const COMPLETION = {
  area_id: true, program: true, batch: true, plan_version: true, work_type: true, planned: true, planned_id: true,
  completed: true, completed_id: true, under_construction: true, under_construction_id: true, started: true, started_id: true,
  not_started: true, not_completed: true, as_of: true, report_id: true,
} as const;

/**
 * Planned against completed, per area, programme, batch and plan version. A
 * plan version "current" (as reported) stands for the plan the report used.
 */
function completion_(inputs: Inputs): Table<Completion> {
  const wide = currentOf(inputs, 'works')
    .t.params({ measures: MEASURES })
    .filter((d: { measure: string }, $: { measures: string[] }) => op.includes($.measures, d.measure))
    .groupby(GROUP)
    .pivot('measure', { v: (d: { count: number }) => op.any(d.count), id: (d: { id: string }) => op.any(d.id), at: (d: { effective_date: string }) => op.any(d.effective_date), rep: (d: { report_id: string }) => op.any(d.report_id) });
  const filled = MEASURES.flatMap((m) => [`v_${m}`, `id_${m}`, `at_${m}`, `rep_${m}`]).reduce(
    (t, c) => (t.columnNames().includes(c) ? t : t.derive({ [c]: () => null })),
    wide,
  );
  const t = filled
    .filter((d: Record<string, unknown>) => d.v_planned != null && d.v_completed != null)
    .derive({
      planned: (d: Record<string, number>) => d.v_planned,
      planned_id: (d: Record<string, string>) => d.id_planned,
      completed: (d: Record<string, number>) => d.v_completed,
      completed_id: (d: Record<string, string>) => d.id_completed,
      // Statuses only from the report of the completed count: an older report's "13 under construction" beside
      // a newer "71 completed" would add up to more works than the plan has.
      under_construction: (d: Record<string, number | string | null>) => (d.v_under_construction != null && d.rep_under_construction === d.rep_completed ? d.v_under_construction : null),
      under_construction_id: (d: Record<string, string | null>) => (d.id_under_construction != null && d.rep_under_construction === d.rep_completed ? d.id_under_construction : null),
      started: (d: Record<string, number | string | null>) => (d.v_started != null && d.rep_started === d.rep_completed ? d.v_started : null),
      started_id: (d: Record<string, string | null>) => (d.id_started != null && d.rep_started === d.rep_completed ? d.id_started : null),
      not_started: (d: Record<string, number | string | null>) => (d.v_started != null && d.rep_started === d.rep_completed ? (d.v_planned as number) - (d.v_started as number) : null),
      not_completed: (d: { v_planned: number; v_completed: number }) => d.v_planned - d.v_completed,
      as_of: (d: Record<string, string>) => d.at_completed,
      report_id: (d: Record<string, string>) => d.rep_completed,
    })
    .select(Object.keys(COMPLETION));
  return typed<Completion>(t, COMPLETION);
}

/** One count of works, with its row. */
export interface WorkCount {
  area_id: string;
  program: string;
  batch: string;
  plan_version: string;
  capital_type: string;
  work_type: string;
  measure: string;
  count: number;
  id: string;
  report_id: string;
  effective_date: string;
}

const WORK_COUNT = { area_id: true, program: true, batch: true, plan_version: true, capital_type: true, work_type: true, measure: true, count: true, id: true, report_id: true, effective_date: true } as const;

/** Every current count of works, in long form. */
function workCounts_(inputs: Inputs): Table<WorkCount> {
  return typed<WorkCount>(currentOf(inputs, 'works').t.select(Object.keys(WORK_COUNT)), WORK_COUNT);
}

/** Plan 511 works planned by type (spillway, bridge), original and revised lists told apart. */
function plannedByType_(inputs: Inputs): Table<WorkCount> {
  const t = currentOf(inputs, 'works')
    .t.filter((d: WorkCount) => d.program === 'plan511' && d.measure === 'planned' && d.work_type !== 'all')
    .select(Object.keys(WORK_COUNT));
  return typed<WorkCount>(t, WORK_COUNT);
}

/** The programme's other infrastructure (NTP 1719): counts by type and kind of investment. */
function otherWorks_(inputs: Inputs): Table<WorkCount> {
  const t = currentOf(inputs, 'works')
    .t.filter((d: WorkCount) => d.program === 'ntp1719')
    .select(Object.keys(WORK_COUNT));
  return typed<WorkCount>(t, WORK_COUNT);
}

/** Completed works over report dates (every report's count, not only the current one). */
function completionProgress_(inputs: Inputs): Table<WorkCount> {
  // History by the one rule (data/current.ts): one count per observation and effective date, in date order.
  const completed = historyOf(inputs, 'works', (d) => d.measure === 'completed' && d.work_type === 'all');
  return typed<WorkCount>(completed.t.select(Object.keys(WORK_COUNT)), WORK_COUNT);
}

// Each metric is computed once per data load (typed-table.ts once).
export const completion: typeof completion_ = once(completion_);
export const workCounts: typeof workCounts_ = once(workCounts_);
export const plannedByType: typeof plannedByType_ = once(plannedByType_);
export const otherWorks: typeof otherWorks_ = once(otherWorks_);
export const completionProgress: typeof completionProgress_ = once(completionProgress_);
