/**
 * What /du-lieu/ says of each dataset besides its dictionary: how many rows, which areas (communes counted,
 * not named), the span of its reports' dates and of its figures' dates, its sources, its files and when it last
 * changed. The page only places these facts.
 */
import { dateSortKey, formatDate, formatNumber } from '../core/format.ts';
import type { TableDef, TableName } from '../data/define.ts';
import type { Tables } from '../data/load.ts';
import type { Report } from '../data/tables/index.ts';
import type { Changelog } from './changelog.ts';
import type { DownloadFile } from './downloads.ts';

export interface Dataset {
  def: TableDef;
  count: number;
  /** "tỉnh Bắc Giang", "huyện Sơn Động", …, then "12 xã" for the communes. */
  areas: string[];
  /** "17/11/2023 – 20/06/2025", one date when all are the same; null without reports. */
  reportDates: string | null;
  /** The span of the figures' own dates (as_of), for tables that have them. */
  asOf: string | null;
  reports: Report[];
  /** The table's CSV, XLSX and JSON (a large table has no XLSX or JSON: downloads.ts LIMITS). */
  files: DownloadFile[];
  provinceFiles: DownloadFile[];
  yearFiles: DownloadFile[];
  /** The date the table last changed (the changelog's, else the data's). */
  updated: string;
}

type AnyRow = Record<string, unknown>;

/** First and last of some dates as a reader writes them, in one pass (a million rows are not sorted for two dates). */
export function dateSpan(dates: Iterable<string>): string | null {
  const keys = new Map<string, string>();
  let lo: string | null = null;
  let hi: string | null = null;
  for (const d of dates) {
    if (!d) continue;
    let k = keys.get(d);
    if (k === undefined) keys.set(d, (k = dateSortKey(d)));
    if (lo === null || k < keys.get(lo)!) lo = d;
    if (hi === null || k > keys.get(hi)!) hi = d;
  }
  if (lo === null || hi === null) return null;
  const [first, last] = [formatDate(lo), formatDate(hi)];
  return first === last ? first : `${first} – ${last}`;
}

const LEVEL = { province: 'tỉnh', district: 'huyện', commune: 'xã' } as const;

/** The facts of each table, in the order of `defs`. */
export function datasets(
  defs: readonly TableDef[],
  tables: Tables,
  downloads: readonly DownloadFile[],
  changelog: Pick<Changelog, 'updates'>,
  updated: string,
): Dataset[] {
  const reportById = new Map(tables.reports.map((r) => [r.id, r]));
  const areaById = new Map(tables.areas.map((a) => [a.id, a]));
  const areaText = (id: string) => {
    const a = areaById.get(id);
    return a ? `${LEVEL[a.level]} ${a.name}` : id;
  };
  const byName = new Map(downloads.map((f) => [f.name, f]));
  const tableUpdated = (name: TableName) => changelog.updates.find((u) => u.changes.some((c) => c.table === name))?.date ?? updated;
  return defs.map((t) => {
    const rows = tables[t.name] as unknown as AnyRow[];
    const allAreas = [...new Set(rows.map((r) => (r.area_id ?? r.issuer_area_id) as string | undefined).filter((x): x is string => !!x))];
    // Communes are counted, not named: a national table covers thousands.
    const areaIds = allAreas.filter((id) => areaById.get(id)?.level !== 'commune');
    const communes = allAreas.length - areaIds.length;
    const reportIds = t.name === 'reports' ? tables.reports.map((r) => r.id) : [...new Set(rows.map((r) => r.report_id as string | undefined).filter((x): x is string => !!x))];
    const reports = reportIds.map((id) => reportById.get(id)).filter((r): r is Report => r !== undefined);
    return {
      def: t,
      count: rows.length,
      areas: [...areaIds.map(areaText), ...(communes ? [`${formatNumber(communes)} xã`] : [])],
      reportDates: dateSpan(reports.map((r) => r.date)),
      asOf: t.fields.some((f) => f.name === 'as_of') ? dateSpan(rows.map((r) => (r.as_of as string | null) ?? '')) : null,
      reports,
      files: ['csv', 'xlsx', 'json'].map((ext) => byName.get(`${t.name}.${ext}`)).filter((f): f is DownloadFile => f !== undefined),
      provinceFiles: downloads.filter((f) => f.province && !f.fundYear && f.table?.name === t.name),
      yearFiles: downloads.filter((f) => f.fundYear && f.table?.name === t.name),
      updated: tableUpdated(t.name),
    };
  });
}
