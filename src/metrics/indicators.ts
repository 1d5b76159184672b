/** The reports' other figures, by topic: current values only (see data/current.ts). */
import { typed, type Table } from '../core/typed-table.ts';
import { currentOf, type Inputs } from './inputs.ts';

export interface IndicatorFigure {
  area_id: string;
  topic: string;
  indicator: string;
  label: string;
  value: number;
  unit: string;
  period: string;
  id: string;
  report_id: string;
  effective_date: string;
  /** reported, estimate (ước: a figure for a date the report had not reached), malformed. */
  figure_status: string;
}

const INDICATOR = { area_id: true, topic: true, indicator: true, label: true, value: true, unit: true, period: true, id: true, report_id: true, effective_date: true, figure_status: true } as const;

export function indicatorsOf(inputs: Inputs, topic: string): Table<IndicatorFigure> {
  const t = currentOf(inputs, 'indicators')
    .t.params({ topic })
    .filter((d: IndicatorFigure, $: { topic: string }) => d.topic === $.topic)
    .select(Object.keys(INDICATOR));
  return typed<IndicatorFigure>(t, INDICATOR);
}
