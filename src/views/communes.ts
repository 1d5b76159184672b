/**
 * The communes of an area (communes have no page of their own): each with how many figures it has and its
 * newest figures as printed, with their date and source, so a leader reading the district's page, or its
 * printed sheet, sees a commune's figures without opening the reports. Bounded: a province of hundreds of
 * communes lists the first figures only, the rest by their count.
 */
import { dateSortKey, figureDatePhrase } from '../core/format.ts';
import { TABLES, type Area } from '../data/tables/index.ts';
import { describeRow, rowValues } from '../lib/describe.ts';
import { areaPhrase, reportName, type ViewContext } from './context.ts';
import { once } from '../core/typed-table.ts';

interface CommuneFigure {
  /** "Hộ được hỗ trợ nước sinh hoạt phân tán: 35 hộ". */
  text: string;
  /** "theo báo cáo ngày 15/01/2025", "đến ngày 31/12/2024". */
  date: string;
  /** The row on its report's page. */
  href: string;
  /** "Nguồn: Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 15/01/2025". */
  source: string;
  /** ISO date, for the page's «Số liệu đến». */
  asOf: string;
}

export interface CommuneLine {
  id: string;
  name: string;
  /** Its note in areas.csv, or where it was or is since the reform of 1/7/2025 («từ 1/7/2025 thuộc tỉnh Bắc Giang»), or null. */
  note: string | null;
  /** Listed on its former district's page: where it is since 1/7/2025 («tỉnh Bắc Giang»); otherwise null. */
  now: string | null;
  /** How many figures the commune has over every table. */
  count: number;
  /** Its newest figures (at most FIGURES_PER_COMMUNE; none once the area's LINES_MAX are listed). */
  figures: CommuneFigure[];
  /** Where its figures are read when none is listed here: its last row. */
  href: string | null;
}

const FIGURES_PER_COMMUNE = 3;
/** Figures listed on one area's page in all: the page stays short however many communes report. */
const LINES_MAX = 40;

const OBSERVATIONS = TABLES.filter((t) => t.kind === 'observation').map((t) => t.name);

type Row = { id: string; report_id: string; area_id: string; as_of?: string | null; figure_status?: string } & Record<string, unknown>;

type Dated = { table: (typeof OBSERVATIONS)[number]; row: Row; asOf: string };

interface CommuneRows {
  /** Newest first (by dateSortKey: a month-only date counts at the month's end); in table order among equals. */
  newest: Dated[];
  /** Its last row in table order: where its figures are read when none is listed. */
  last: Dated;
}

/**
 * Every commune's rows with their dates, in one pass over the tables per data load, sorted once: each area page
 * and its printed sheet ask for their own communes, and a pass (or a sort) per page would be a million rows times
 * a thousand pages at national scale.
 */
const communeRows = once((ctx: ViewContext): Map<string, CommuneRows> => {
  const communes = new Set(ctx.data.tables.areas.filter((a) => a.level === 'commune').map((a) => a.id));
  const reportDate = new Map(ctx.data.tables.reports.map((r) => [r.id, r.date]));
  const rows = new Map<string, (Dated & { key: string })[]>();
  if (communes.size === 0) return new Map();
  for (const table of OBSERVATIONS)
    for (const row of ctx.data.tables[table] as unknown as readonly Row[]) {
      if (!communes.has(row.area_id)) continue;
      const asOf = row.as_of || reportDate.get(row.report_id) || '';
      (rows.get(row.area_id) ?? rows.set(row.area_id, []).get(row.area_id)!).push({ table, row, asOf, key: dateSortKey(asOf) });
    }
  return new Map(
    [...rows].map(([id, list]) => [id, { newest: list.toSorted((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0)), last: list.at(-1)! }]),
  );
});

type Commune = Pick<Area, 'id' | 'name' | 'note' | 'parent_id' | 'former_district_id'>;

/** Communes grouped by one of their columns, by name within each group. */
function communesBy(ctx: ViewContext, column: 'parent_id' | 'former_district_id'): Map<string, Commune[]> {
  const collator = new Intl.Collator('vi');
  const out = new Map<string, Commune[]>();
  for (const a of ctx.data.tables.areas) {
    const key = a[column];
    if (a.level === 'commune' && key) (out.get(key) ?? out.set(key, []).get(key)!).push(a);
  }
  for (const list of out.values()) list.sort((a, b) => collator.compare(a.name, b.name));
  return out;
}

/** Each area's own communes (by parent_id) by name, once per data load. */
export const communesOf = once((ctx: ViewContext) => communesBy(ctx, 'parent_id'));

/** Each former district's communes of the 1/7/2025 reform (by former_district_id), once per data load. */
const formerCommunesOf = once((ctx: ViewContext) => communesBy(ctx, 'former_district_id'));

/**
 * The communes listed on an area's page, by name, with their newest figures: its own, and, on a former district's
 * page, the communes that were in it before 1/7/2025 and now belong to their province (each says so).
 */
export function communeLines(ctx: ViewContext, areaId: string): CommuneLine[] {
  const own = communesOf(ctx).get(areaId) ?? [];
  const former = formerCommunesOf(ctx).get(areaId) ?? [];
  if (own.length === 0 && former.length === 0) return [];
  const collator = new Intl.Collator('vi');
  const communes = former.length === 0 ? own : [...own, ...former].sort((a, b) => collator.compare(a.name, b.name));
  const rowsOf = communeRows(ctx);
  let budget = LINES_MAX;
  return communes.map((c) => {
    const rows = rowsOf.get(c.id);
    // Newest first; a row without a date of its own is dated by its report (data/time.ts).
    const newest = rows?.newest.slice(0, Math.min(FIGURES_PER_COMMUNE, budget)) ?? [];
    budget -= newest.length;
    return {
      id: c.id,
      name: c.name,
      note: communeNote(ctx, c, areaId),
      now: c.parent_id !== areaId && c.parent_id ? areaPhrase(ctx, c.parent_id) : null,
      count: rows?.newest.length ?? 0,
      figures: newest.map(({ table, row, asOf }) => ({
        text: `${upperFirst(describeRow(table, row))}: ${rowValues(table, row)}`,
        date: figureDatePhrase(asOf, row.figure_status === 'estimate' ? 'estimate' : row.as_of ? 'as_of' : 'report'),
        href: ctx.paths.rowHref(row.report_id, row.id),
        source: `Nguồn: ${reportName(ctx, row.report_id)}`,
        asOf,
      })),
      href: rows ? ctx.paths.rowHref(rows.last.row.report_id, rows.last.row.id) : null,
    };
  });
}

/**
 * What a commune's line says beside its name: on its former district's page, where it is now; elsewhere its note,
 * or, without one, the district it was in.
 */
function communeNote(ctx: ViewContext, c: Commune, listedOn: string): string | null {
  if (c.parent_id !== listedOn) return c.parent_id ? `từ 1/7/2025 thuộc ${areaPhrase(ctx, c.parent_id)}` : null;
  if (c.note) return c.note;
  return c.former_district_id ? `trước 1/7/2025 thuộc ${areaPhrase(ctx, c.former_district_id)}` : null;
}

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
