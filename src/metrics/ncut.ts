/** Người có uy tín: how many, where, and the support they received. */
import { typed, type Table, once } from '../core/typed-table.ts';
import { currentOf, type Inputs } from './inputs.ts';

export interface NcutFigure {
  area_id: string;
  period: string;
  measure: string;
  provider: string;
  persons: number | null;
  quantity: number | null;
  quantity_unit: string | null;
  amount_mvnd: number | null;
  id: string;
  report_id: string;
  effective_date: string;
}

const NCUT = { area_id: true, period: true, measure: true, provider: true, persons: true, quantity: true, quantity_unit: true, amount_mvnd: true, id: true, report_id: true, effective_date: true } as const;

/** The number of prestigious persons, per area and period. */
function ncutCounts_(inputs: Inputs): Table<NcutFigure> {
  const t = currentOf(inputs, 'ncut').t.filter((d: NcutFigure) => d.measure === 'count').select(Object.keys(NCUT)).orderby('area_id', 'period');
  return typed<NcutFigure>(t, NCUT);
}

/** Support given (gifts, visits, newspapers, training…), with persons and amounts. */
function ncutSupport_(inputs: Inputs): Table<NcutFigure> {
  const t = currentOf(inputs, 'ncut').t.filter((d: NcutFigure) => d.measure !== 'count').select(Object.keys(NCUT)).orderby('area_id', 'period', 'measure');
  return typed<NcutFigure>(t, NCUT);
}

// Each metric is computed once per data load (typed-table.ts once).
export const ncutCounts: typeof ncutCounts_ = once(ncutCounts_);
export const ncutSupport: typeof ncutSupport_ = once(ncutSupport_);
