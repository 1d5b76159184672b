/**
 * Rules that involve more than one cell: a row's cells must agree with each
 * other (unit and measure, year_from and year…), and, for funding, a
 * disbursement may not exceed the funds it was disbursed from. These are data
 * entry errors; inconsistencies printed in the reports themselves are
 * recorded by reconcile.ts instead.
 */
import type { EnumField, TableDef } from './define.ts';
import type { Choice, Problem } from './messages.ts';
import { keyer } from './keys.ts';
import { periodEnd, periodStart } from './normalise.ts';
import { areas, funding, poverty, type RowsByTable } from './tables/index.ts';

export interface Violation {
  /** The cell to point at; null for the row as a whole. */
  column: string | null;
  problem: Problem;
}

export interface RowViolation extends Violation {
  /** Index of the row in the array given to the rule. */
  index: number;
}

function choice(def: TableDef, field: string, value: string): Choice {
  const f = def.fields.find((x): x is EnumField => x.name === field && x.type === 'enum');
  return { value, label: f?.labels[value]?.vi ?? value };
}

/** No violation: one shared empty list, not a new one for each of a million rows (never added to). */
const NONE: readonly Violation[] = Object.freeze([]);

/** The measure's unit, as its definition gives it (EnumField.units): a rate in mvnd is a slip, not a figure. */
function unitRule(def: TableDef): (row: { measure: string; unit: string }) => readonly Violation[] {
  const measure = def.fields.find((f): f is EnumField => f.name === 'measure' && f.type === 'enum');
  const units = measure?.units;
  if (!units) throw new Error(`${def.name}: measure has no units`);
  return (row) => {
    const wanted = units[row.measure];
    return wanted === undefined || row.unit === wanted
      ? NONE
      : [{ column: 'unit', problem: { code: 'rule.unit', measure: row.measure, wanted: choice(def, 'unit', wanted) } }];
  };
}
const fundingUnit = unitRule(funding);
const povertyUnit = unitRule(poverty);

/** Rules on one row whose cells are each valid. */
export const rowRules: { [K in keyof RowsByTable]?: (row: RowsByTable[K]) => readonly Violation[] } = {
  reports(row) {
    return periodStart(row.period_start) > periodEnd(row.period_end)
      ? [{ column: 'period_end', problem: { code: 'rule.period-order', start: row.period_start } }]
      : NONE;
  },

  areas(row) {
    if (row.former_district_id !== null && row.level !== 'commune')
      return [{ column: 'former_district_id', problem: { code: 'rule.area-former', kind: 'not-commune', level: row.level } }];
    if (row.former_district_id !== null && row.former_district_id === row.parent_id)
      return [{ column: 'former_district_id', problem: { code: 'rule.area-former', kind: 'same', level: row.level } }];
    if (row.parent_id === null)
      return row.level === 'province' ? NONE : [{ column: 'parent_id', problem: { code: 'rule.area-parent', level: row.level, kind: 'missing' } }];
    if (row.parent_id === row.id) return [{ column: 'parent_id', problem: { code: 'rule.area-parent', level: row.level, kind: 'self' } }];
    if (row.level === 'province') return [{ column: 'parent_id', problem: { code: 'rule.area-parent', level: row.level, kind: 'province' } }];
    return NONE;
  },

  funding(row) {
    return fundingUnit(row);
  },

  poverty(row) {
    const out: Violation[] = [...povertyUnit(row)];
    if (row.measure === 'rate') {
      if (row.year_from !== null) out.push({ column: 'year_from', problem: { code: 'rule.year-from-blank' } });
    } else if (row.year_from === null) {
      out.push({ column: 'year_from', problem: { code: 'rule.year-from-required' } });
    } else if (row.year_from >= row.year) {
      out.push({ column: 'year_from', problem: { code: 'rule.year-order', year: row.year } });
    }
    return out;
  },

  ncut(row) {
    if (row.persons === null && row.quantity === null && row.amount_mvnd === null)
      return [{ column: null, problem: { code: 'rule.ncut-empty' } }];
    if (row.quantity !== null && row.quantity_unit === null)
      return [{ column: 'quantity_unit', problem: { code: 'rule.quantity-unit', missing: 'quantity_unit' } }];
    if (row.quantity === null && row.quantity_unit !== null)
      return [{ column: 'quantity', problem: { code: 'rule.quantity-unit', missing: 'quantity' } }];
    return NONE;
  },
};

type Funding = RowsByTable['funding'];

/** Funds of the same report, area, programme, fund year, source, capital type, project and date: the funding key but the measure. */
const FUNDS = funding.key.filter((k) => k !== 'measure') as (keyof Funding & string)[];

/**
 * A disbursement may not exceed the allocated funds or, when the report gives
 * none, the assigned funds. Plan figures usually carry no date, so the base
 * is looked up at the disbursement's as_of date first, then undated.
 * Rows marked `malformed` are the report's own errors and are left to reconcile.
 */
function disbursedWithinBase(rows: readonly Funding[], lines: readonly number[]): RowViolation[] {
  const counted = (r: Funding) => r.figure_status !== 'malformed';
  if (!rows.some((r) => r.measure === 'disbursed' && counted(r))) return [];
  const fundsKey = keyer<Funding>(FUNDS);
  const undatedKey = (r: Funding) => fundsKey(r, r.as_of === null ? undefined : { as_of: null });
  const allocated = new Map<number, number>();
  const assigned = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.measure === 'allocated' && counted(r)) allocated.set(fundsKey(r), i);
    else if (r.measure === 'assigned' && counted(r)) assigned.set(fundsKey(r), i);
  });
  const out: RowViolation[] = [];
  rows.forEach((row, i) => {
    if (row.measure !== 'disbursed' || !counted(row)) return;
    const here = fundsKey(row);
    const undated = undatedKey(row);
    const base = allocated.get(here) ?? allocated.get(undated) ?? assigned.get(here) ?? assigned.get(undated);
    if (base === undefined) return;
    const b = rows[base]!;
    if (row.value > b.value * (1 + 1e-12)) {
      out.push({
        index: i,
        column: 'value',
        problem: {
          code: 'rule.disbursed-exceeds',
          disbursed: row.value,
          base: b.value,
          baseLabel: choice(funding, 'measure', b.measure).label.toLowerCase(),
          baseLine: lines[base]!,
        },
      });
    }
  });
  return out;
}

type Area = RowsByTable['areas'];
/** A district's parent is a province; a commune's a district, or its province where there are no districts (since 7/2025). */
const PARENT_LEVELS: Record<'district' | 'commune', readonly string[]> = { district: ['province'], commune: ['district', 'province'] };

/**
 * Each area's parent is of a higher level (PARENT_LEVELS): levels only go up along a chain of parents, so no
 * chain can loop back on itself.
 */
function parentOneLevelUp(rows: readonly Area[]): RowViolation[] {
  const levelOf = new Map(rows.map((r) => [r.id, r.level]));
  const out: RowViolation[] = [];
  rows.forEach((row, index) => {
    if (row.level === 'province' || row.parent_id === null || row.parent_id === row.id) return;
    const parentLevel = levelOf.get(row.parent_id);
    if (parentLevel === undefined || PARENT_LEVELS[row.level].includes(parentLevel)) return;
    out.push({
      index,
      column: 'parent_id',
      problem: { code: 'rule.area-parent-level', level: row.level, parent: row.parent_id, parentLevel: choice(areas, 'level', parentLevel).label.toLowerCase() },
    });
  });
  // A commune's former district is a district: its page is the one that lists the commune.
  rows.forEach((row, index) => {
    const level = row.former_district_id === null ? undefined : levelOf.get(row.former_district_id);
    if (level === undefined || level === 'district' || row.level !== 'commune') return;
    out.push({ index, column: 'former_district_id', problem: { code: 'rule.area-former', kind: 'level', level: choice(areas, 'level', level).label.toLowerCase() } });
  });
  return out;
}

type Ncut = RowsByTable['ncut'];
/** Supports given to each prestigious person of an area, once (not visits or copies): never more persons than are counted. */
const PER_PERSON = new Set(['tet_gift', 'training', 'study_trip', 'commendation']);

/**
 * More persons supported than the area counts (Tết gifts to 1.254 where 523 are counted) is most likely a slip:
 * a warning naming the count, unless the report counts person-times («lượt»).
 */
function supportWithinCount(rows: readonly Ncut[], lines: readonly number[]): RowViolation[] {
  const counts = new Map<string, { persons: number; index: number }>();
  rows.forEach((r, i) => {
    if (r.measure !== 'count' || r.persons === null) return;
    const known = counts.get(r.area_id);
    if (!known || r.persons > known.persons) counts.set(r.area_id, { persons: r.persons, index: i });
  });
  const out: RowViolation[] = [];
  rows.forEach((r, index) => {
    if (!PER_PERSON.has(r.measure) || r.persons === null || /lượt/i.test(r.figure_text)) return;
    const count = counts.get(r.area_id);
    if (count && r.persons > count.persons)
      out.push({ index, column: 'persons', problem: { code: 'rule.support-exceeds-count', persons: r.persons, count: count.persons, countLine: lines[count.index]! } });
  });
  return out;
}

/** Rules across the valid rows of one table. */
export const tableRules: { [K in keyof RowsByTable]?: (rows: readonly RowsByTable[K][], lines: readonly number[]) => RowViolation[] } = {
  areas: parentOneLevelUp,
  funding: disbursedWithinBase,
  ncut: supportWithinCount,
};
