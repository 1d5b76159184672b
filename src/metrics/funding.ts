/**
 * Giải ngân: where the money went. Every metric starts from the current
 * figures (data/current.ts) and never adds a province to a district, a tranche
 * to its total, or two reports' copies of one figure.
 */
import * as aq from 'arquero';
import { op } from 'arquero';
import { once, typed, type Table } from '../core/typed-table.ts';
import { currentOf, historyOf, type Inputs } from './inputs.ts';

/** One measure of one fund, with the row it comes from. */
interface FundFigure {
  area_id: string;
  program: string;
  fund_year: string;
  budget_source: string;
  capital_type: string;
  project_id: string | null;
  measure: string;
  value: number;
  unit: string;
  id: string;
  report_id: string;
  effective_date: string;
  /** The date of the decision the figure cites (an approved total investment), when the report gives it. */
  decision_date: string | null;
  figure_status: string;
}

const FUND_FIGURE = {
  area_id: true, program: true, fund_year: true, budget_source: true, capital_type: true, project_id: true,
  measure: true, value: true, unit: true, id: true, report_id: true, effective_date: true, decision_date: true, figure_status: true,
} as const;

/** The current funding figures, totals only (no tranche), in long form. */
function fundFigures_(inputs: Inputs): Table<FundFigure> {
  const t = currentOf(inputs, 'funding')
    .t.filter((d: { tranche: string | null }) => d.tranche === null)
    .select(Object.keys(FUND_FIGURE));
  return typed<FundFigure>(t, FUND_FIGURE);
}

/**
 * Disbursement against its base, per area, programme, fund year, budget source,
 * capital type and project: the base is the allocated funds when the report
 * gives them, else the assigned funds (as the reports compute their rates).
 */
export interface Disbursement {
  area_id: string;
  program: string;
  fund_year: string;
  budget_source: string;
  capital_type: string;
  project_id: string | null;
  base_measure: 'allocated' | 'assigned';
  base: number;
  base_id: string;
  disbursed: number;
  disbursed_id: string;
  /** Disbursed ÷ base, in %, computed here. */
  rate: number;
  /** The rate the report printed, when it did. */
  stated_rate: number | null;
  stated_rate_id: string | null;
  /** A rate printed with other amounts than these (a later report corrected one of them): not this rate. */
  left_rate_id: string | null;
  /** The date the disbursement is counted to. */
  as_of: string;
  report_id: string;
}

const FUND_KEY = ['area_id', 'program', 'fund_year', 'budget_source', 'capital_type', 'project_id'];

function disbursement_(inputs: Inputs): Table<Disbursement> {
  const wide = fundFigures(inputs)
    .t.filter((d: FundFigure) => op.includes(['assigned', 'allocated', 'disbursed', 'disbursement_rate'], d.measure))
    .groupby(FUND_KEY)
    .pivot('measure', { v: (d: FundFigure) => op.any(d.value), id: (d: FundFigure) => op.any(d.id), at: (d: FundFigure) => op.any(d.effective_date), rep: (d: FundFigure) => op.any(d.report_id) });
  const has = (c: string) => wide.columnNames().includes(c);
  // Columns a pivot did not produce (no row of that measure) are added empty, so the expressions below always apply.
  const filled = ['v_assigned', 'id_assigned', 'rep_assigned', 'v_allocated', 'id_allocated', 'rep_allocated', 'v_disbursement_rate', 'id_disbursement_rate', 'rep_disbursement_rate'].reduce(
    (t, c) => (has(c) ? t : t.derive({ [c]: () => null })),
    wide,
  );
  if (!has('v_disbursed')) return typed<Disbursement>(aq.table(Object.fromEntries(Object.keys(DISBURSEMENT).map((c) => [c, []]))), DISBURSEMENT);
  const t = filled
    .filter((d: Record<string, unknown>) => d.v_disbursed != null && (d.v_allocated != null || d.v_assigned != null))
    .derive({
      base_measure: (d: Record<string, unknown>) => (d.v_allocated != null ? 'allocated' : 'assigned'),
      base: (d: Record<string, number | null>) => (d.v_allocated != null ? d.v_allocated : d.v_assigned),
      base_id: (d: Record<string, string | null>) => (d.v_allocated != null ? d.id_allocated : d.id_assigned),
      disbursed: (d: Record<string, number>) => d.v_disbursed,
      disbursed_id: (d: Record<string, string>) => d.id_disbursed,
      // A printed rate is the disbursed figure's only when the report that prints it also gives both amounts: a later
      // report correcting the amount or its base leaves the earlier rate behind (the rate is then worked out).
      stated_rate: (d: Record<string, number | string | null>) =>
        d.v_disbursement_rate != null && d.rep_disbursement_rate === d.rep_disbursed && d.rep_disbursement_rate === (d.v_allocated != null ? d.rep_allocated : d.rep_assigned) ? d.v_disbursement_rate : null,
      stated_rate_id: (d: Record<string, string | null>) =>
        d.id_disbursement_rate != null && d.rep_disbursement_rate === d.rep_disbursed && d.rep_disbursement_rate === (d.v_allocated != null ? d.rep_allocated : d.rep_assigned) ? d.id_disbursement_rate : null,
      left_rate_id: (d: Record<string, string | null>) =>
        d.id_disbursement_rate != null && (d.rep_disbursement_rate !== d.rep_disbursed || d.rep_disbursement_rate !== (d.v_allocated != null ? d.rep_allocated : d.rep_assigned)) ? d.id_disbursement_rate : null,
      as_of: (d: Record<string, string>) => d.at_disbursed,
      report_id: (d: Record<string, string>) => d.rep_disbursed,
    })
    .derive({ rate: (d: { disbursed: number; base: number }) => (d.base > 0 ? (100 * d.disbursed) / d.base : 0) })
    .select(Object.keys(DISBURSEMENT));
  return typed<Disbursement>(t, DISBURSEMENT);
}

const DISBURSEMENT = {
  area_id: true, program: true, fund_year: true, budget_source: true, capital_type: true, project_id: true,
  base_measure: true, base: true, base_id: true, disbursed: true, disbursed_id: true, rate: true,
  stated_rate: true, stated_rate_id: true, left_rate_id: true, as_of: true, report_id: true,
} as const;

/** Assigned funds broken down by budget source and capital type (the parts, not the totals). */
function assignedBreakdown_(inputs: Inputs): Table<FundFigure> {
  const t = fundFigures(inputs).t.filter(
    (d: FundFigure) =>
      d.measure === 'assigned' && d.project_id === null && d.program === 'ntp1719' && d.budget_source !== 'central_provincial' && d.budget_source !== 'all',
  );
  return typed<FundFigure>(t, FUND_FIGURE);
}

/** Funds not yet allocated, as reported (by project where the report says so). */
function unallocated_(inputs: Inputs): Table<FundFigure> {
  return typed<FundFigure>(fundFigures(inputs).t.filter((d: FundFigure) => d.measure === 'unallocated'), FUND_FIGURE);
}

/** One point of the disbursement-rate history: every report's figure, not only the current one. */
interface ProgressPoint {
  area_id: string;
  program: string;
  fund_year: string;
  budget_source: string;
  capital_type: string;
  value: number;
  as_of: string;
  id: string;
  report_id: string;
}

/**
 * Disbursement rate over report dates, programme-wide (no project), one series
 * per area, programme, fund year, source and capital type. Grows as reports are
 * added; a fund year reported once is one point.
 */
function disbursementProgress_(inputs: Inputs): Table<ProgressPoint> {
  // History by the one rule (data/current.ts): every report's rate, one per observation and effective date.
  const t = historyOf(inputs, 'funding', (d) => d.measure === 'disbursement_rate' && d.project_id === null && d.tranche === null)
    .t.rename({ as_of: 'row_as_of' })
    .rename({ effective_date: 'as_of' })
    .select('area_id', 'program', 'fund_year', 'budget_source', 'capital_type', 'value', 'as_of', 'id', 'report_id');
  return typed<ProgressPoint>(t, {
    area_id: true, program: true, fund_year: true, budget_source: true, capital_type: true, value: true, as_of: true, id: true, report_id: true,
  });
}

/**
 * Assigned funds and their disbursement per project or sub-project (what the report prints, nothing inferred).
 * A project the report gives only allocated funds for (đã phân bổ, no assigned row) is kept with that amount
 * as its base, named for what it is: dropping it would lose the project from its pages.
 */
export interface ProjectFunding {
  area_id: string;
  fund_year: string;
  budget_source: string;
  project_id: string;
  capital_type: string;
  /** What `assigned` holds: the assigned funds, or (none printed) the allocated ones. */
  base_measure: 'assigned' | 'allocated';
  assigned: number;
  assigned_id: string;
  disbursed: number | null;
  disbursed_id: string | null;
  stated_rate: number | null;
  stated_rate_id: string | null;
  as_of: string;
  report_id: string;
}

function projectFunding_(inputs: Inputs): Table<ProjectFunding> {
  const wide = fundFigures(inputs)
    .t.filter((d: FundFigure) => d.program === 'ntp1719' && d.project_id !== null && op.includes(['assigned', 'allocated', 'disbursed', 'disbursement_rate'], d.measure))
    .groupby('area_id', 'fund_year', 'budget_source', 'project_id', 'capital_type')
    .pivot('measure', { v: (d: FundFigure) => op.any(d.value), id: (d: FundFigure) => op.any(d.id), at: (d: FundFigure) => op.any(d.effective_date), rep: (d: FundFigure) => op.any(d.report_id) });
  const filled = ['assigned', 'allocated', 'disbursed', 'disbursement_rate'].flatMap((m) => [`v_${m}`, `id_${m}`, `at_${m}`, `rep_${m}`]).reduce(
    (t, c) => (t.columnNames().includes(c) ? t : t.derive({ [c]: () => null })),
    wide,
  );
  const t = filled
    .filter((d: Record<string, unknown>) => d.v_assigned != null || d.v_allocated != null)
    .derive({
      base_measure: (d: Record<string, unknown>) => (d.v_assigned != null ? 'assigned' : 'allocated'),
      assigned: (d: Record<string, number>) => (d.v_assigned != null ? d.v_assigned : d.v_allocated),
      assigned_id: (d: Record<string, string>) => (d.v_assigned != null ? d.id_assigned : d.id_allocated),
      disbursed: (d: Record<string, number | null>) => (d.v_disbursed != null ? d.v_disbursed : null),
      disbursed_id: (d: Record<string, string | null>) => (d.id_disbursed != null ? d.id_disbursed : null),
      stated_rate: (d: Record<string, number | string | null>) => (d.v_disbursement_rate != null && (d.rep_disbursed == null || d.rep_disbursement_rate === d.rep_disbursed) ? d.v_disbursement_rate : null),
      stated_rate_id: (d: Record<string, string | null>) => (d.id_disbursement_rate != null && (d.rep_disbursed == null || d.rep_disbursement_rate === d.rep_disbursed) ? d.id_disbursement_rate : null),
      as_of: (d: Record<string, string>) => (d.v_assigned != null ? d.at_assigned : d.at_allocated),
      report_id: (d: Record<string, string>) => (d.v_assigned != null ? d.rep_assigned : d.rep_allocated),
    })
    .select('area_id', 'fund_year', 'budget_source', 'project_id', 'capital_type', 'base_measure', 'assigned', 'assigned_id', 'disbursed', 'disbursed_id', 'stated_rate', 'stated_rate_id', 'as_of', 'report_id')
    .orderby('area_id', 'project_id', 'capital_type');
  return typed<ProjectFunding>(t, {
    area_id: true, fund_year: true, budget_source: true, project_id: true, capital_type: true, base_measure: true, assigned: true, assigned_id: true, disbursed: true,
    disbursed_id: true, stated_rate: true, stated_rate_id: true, as_of: true, report_id: true,
  });
}

// Each metric is computed once per data load (typed-table.ts once).
export const fundFigures: typeof fundFigures_ = once(fundFigures_);
export const disbursement: typeof disbursement_ = once(disbursement_);
export const assignedBreakdown: typeof assignedBreakdown_ = once(assignedBreakdown_);
export const unallocated: typeof unallocated_ = once(unallocated_);
export const disbursementProgress: typeof disbursementProgress_ = once(disbursementProgress_);
export const projectFunding: typeof projectFunding_ = once(projectFunding_);
