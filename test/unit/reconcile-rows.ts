/**
 * Rows for reconciliation tests, built in code: each builder gives a valid row
 * of one table with every field, and a test overrides only the fields its case
 * is about. Province p (Bắc Giang) with districts d1, d2, d3 (Sơn Động, Lục
 * Nam, Yên Thế), named as in areas.csv (no "tỉnh", "huyện"); programme ntp1719
 * with projects da1 (sub-project da1.t1) and da2; reports r1 (17/11/2023) and
 * r2, r3 (30/11/2023).
 */
import { expect } from 'vitest';
import { reconcile, type Tables } from '../../src/data/reconcile/index.ts';
import { TABLES } from '../../src/data/tables/index.ts';

export type Row = Record<string, unknown>;
let n = 0;
const id = (prefix: string) => `${prefix}-${++n}`;

export const fund = (over: Row): Row => ({
  id: id('f'),
  report_id: 'r1',
  section: '1',
  area_id: 'p',
  program: 'ntp1719',
  fund_year: '2023',
  budget_source: 'all',
  capital_type: 'all',
  project_id: null,
  measure: 'assigned',
  value: 0,
  unit: 'mvnd',
  as_of: null,
  tranche: null,
  decision_date: null,
  figure_text: '',
  figure_status: 'reported',
  note: null,
  ...over,
});

export const work = (over: Row): Row => ({
  id: id('w'),
  report_id: 'r1',
  section: '1',
  area_id: 'p',
  program: 'plan511',
  batch: '2022-2024',
  plan_version: 'current',
  capital_type: 'all',
  work_type: 'all',
  measure: 'planned',
  count: 0,
  as_of: null,
  figure_text: '',
  figure_status: 'reported',
  note: null,
  ...over,
});

export const poor = (over: Row): Row => ({
  id: id('p'),
  report_id: 'r1',
  section: '1',
  area_id: 'p',
  population_group: 'dtts_mn',
  poverty_standard: '2021-2025',
  commune_list: '2021-2025',
  communes: null,
  measure: 'rate',
  year_from: null,
  year: 2022,
  value: 10,
  unit: 'percent',
  figure_text: '10%',
  figure_status: 'reported',
  note: null,
  ...over,
});

export const ind = (over: Row): Row => ({
  id: id('i'),
  report_id: 'r1',
  section: '1',
  area_id: 'p',
  topic: 'economy',
  indicator: 'x',
  label: 'Chỉ tiêu x',
  value: 0,
  unit: 'ton',
  period: '2023',
  as_of: null,
  figure_text: '',
  figure_status: 'reported',
  note: null,
  ...over,
});

export const person = (over: Row): Row => ({
  id: id('n'),
  report_id: 'r1',
  section: '1',
  area_id: 'p',
  period: '2023',
  measure: 'tet_gift',
  provider: 'province',
  persons: null,
  quantity: null,
  quantity_unit: null,
  amount_mvnd: null,
  as_of: null,
  figure_text: '',
  figure_status: 'reported',
  note: null,
  ...over,
});

export const report = (over: Row): Row => ({
  id: 'r1',
  issuer: 'Ban',
  issuer_area_id: 'p',
  doc_type: 'monthly',
  number: null,
  date: '2023-11-17',
  period_start: '2023-11',
  period_end: '2023-11',
  title: 'Báo cáo',
  signer: null,
  note: null,
  source_file: 'r1.txt',
  ...over,
});

const REPORTS = [report({}), report({ id: 'r2', date: '2023-11-30', source_file: 'r2.txt' }), report({ id: 'r3', date: '2023-11-30', source_file: 'r3.txt' })];

export const doc = (over: Row): Row => ({
  id: id('d'),
  report_id: 'r1',
  section: '1',
  document: 'kh-511',
  doc_ref: '511/KH-UBND',
  role: 'cited',
  date: '2021-10-15',
  figure_text: 'Kế hoạch số 511/KH-UBND ngày 15/10/2021',
  note: null,
  ...over,
});

/**
 * The builders with other defaults, for a test file whose cases are all about one population group or period
 * (each case still overrides only what it is about).
 */
export function builders(defaults: { funding?: Row; works?: Row; poverty?: Row; indicators?: Row }) {
  return {
    fund: (over: Row) => fund({ ...defaults.funding, ...over }),
    work: (over: Row) => work({ ...defaults.works, ...over }),
    poor: (over: Row) => poor({ ...defaults.poverty, ...over }),
    ind: (over: Row) => ind({ ...defaults.indicators, ...over }),
  };
}

/** Areas named by number ("Tỉnh P", "Huyện 1"), for tests whose messages name no real place. */
export const NUMBERED_AREAS = [
  { id: 'p', name: 'Tỉnh P', level: 'province', parent_id: null, note: null },
  { id: 'd1', name: 'Huyện 1', level: 'district', parent_id: 'p', note: null },
  { id: 'd2', name: 'Huyện 2', level: 'district', parent_id: 'p', note: null },
];

export const AREAS = [
  { id: 'p', name: 'Bắc Giang', level: 'province', parent_id: null, note: null },
  { id: 'd1', name: 'Sơn Động', level: 'district', parent_id: 'p', note: null },
  { id: 'd2', name: 'Lục Nam', level: 'district', parent_id: 'p', note: null },
  { id: 'd3', name: 'Yên Thế', level: 'district', parent_id: 'p', note: null },
];

const PROJECTS = [
  { id: 'ntp1719', parent_id: null, level: 'program', short_name: 'CT', name: 'CT' },
  { id: 'da1', parent_id: 'ntp1719', level: 'project', short_name: 'DA1', name: 'DA1' },
  { id: 'da1.t1', parent_id: 'da1', level: 'subproject', short_name: 'DA1-T1', name: 'DA1-T1' },
  { id: 'da2', parent_id: 'ntp1719', level: 'project', short_name: 'DA2', name: 'DA2' },
];

export function tables(over: Partial<Record<keyof Tables, Row[]>>): Tables {
  return {
    reports: REPORTS,
    areas: AREAS,
    projects: PROJECTS,
    funding: [],
    works: [],
    poverty: [],
    ncut: [],
    indicators: [],
    documents: [],
    ...over,
  } as unknown as Tables;
}

const EVERY_TABLE = new Set(TABLES.map((t) => t.name));

/**
 * The findings of one check. On the way, what every test of a check relies on: each finding is a
 * finding (a check, a message), and the same findings come when every table validated.
 */
export function checks(t: Tables, check: string) {
  const all = reconcile(t);
  for (const d of all) expect(d).toMatchObject({ check: expect.any(String), message: expect.any(String) });
  expect(reconcile(t, EVERY_TABLE)).toEqual(all);
  return all.filter((d) => d.check === check);
}
export const ids = (rows: readonly Row[]) => rows.map((r) => r.id);
