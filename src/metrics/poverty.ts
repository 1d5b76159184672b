/**
 * Hộ nghèo: rates as reported, one series per area, population group, poverty
 * standard and commune list — points of different standards or lists are never
 * one series — and the reported decreases as their own measure.
 */
import { op } from 'arquero';
import { typed, type Table, once } from '../core/typed-table.ts';
import { currentOf, type Inputs } from './inputs.ts';

export interface PovertyPoint {
  /** What makes points comparable: area, group, standard, commune list. */
  series: string;
  area_id: string;
  population_group: string;
  poverty_standard: string;
  commune_list: string;
  communes: number | null;
  year: number;
  value: number;
  id: string;
  report_id: string;
}

const POINT = { series: true, area_id: true, population_group: true, poverty_standard: true, commune_list: true, communes: true, year: true, value: true, id: true, report_id: true } as const;

function povertyRates_(inputs: Inputs): Table<PovertyPoint> {
  const t = currentOf(inputs, 'poverty')
    .t.filter((d: { measure: string }) => d.measure === 'rate')
    .derive({ series: (d: PovertyPoint) => op.join([d.area_id, d.population_group, d.poverty_standard, d.commune_list], '|') })
    .select(Object.keys(POINT))
    .orderby('series', 'year');
  return typed<PovertyPoint>(t, POINT);
}

export interface PovertyChange {
  area_id: string;
  population_group: string;
  poverty_standard: string;
  commune_list: string;
  communes: number | null;
  measure: string;
  year_from: number;
  year: number;
  value: number;
  unit: string;
  id: string;
  report_id: string;
}

const CHANGE = { area_id: true, population_group: true, poverty_standard: true, commune_list: true, communes: true, measure: true, year_from: true, year: true, value: true, unit: true, id: true, report_id: true } as const;

/** Decreases as reported: percentage points per year, or on the previous year. */
function povertyChanges_(inputs: Inputs): Table<PovertyChange> {
  const t = currentOf(inputs, 'poverty')
    .t.filter((d: { measure: string }) => d.measure !== 'rate')
    .select(Object.keys(CHANGE))
    .orderby('area_id', 'year', 'population_group');
  return typed<PovertyChange>(t, CHANGE);
}

// Each metric is computed once per data load (typed-table.ts once).
export const povertyRates: typeof povertyRates_ = once(povertyRates_);
export const povertyChanges: typeof povertyChanges_ = once(povertyChanges_);
