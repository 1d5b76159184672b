/**
 * What a report's page says about the report besides its narrative and rows: its type, number, day and period
 * as printed (or that they are missing), its tables and where each starts, the date of its own figures, its
 * findings, its topics and areas, and other reports on the same topics. The page only places these.
 */
import { formatDate, listPhrase } from '../core/format.ts';
import { dateEnd, latestDate } from '../data/time.ts';
import type { TableDef, TableName } from '../data/define.ts';
import type { Discrepancy, Tables } from '../data/load.ts';
import { enumText } from '../data/define.ts';
import { indicators, reports as reportsDef, TABLES, type Report } from '../data/tables/index.ts';
import { areaIndicatorsHref } from './links.ts';
import { datedAsOf, rowsAsOf } from './page-dates.ts';
import { findingsOf, reportEntry, reportsNewestFirst, rowPages, sitePaths, tableStart, type RowPage, type SourceRow } from './report-index.ts';
import { areasOf, TOPICS, topicsOf, type Topic } from './topics.ts';

/** Other reports sharing a topic shown on a report's page (the topic filter pages list them all). */
const RELATED = 10;

export interface ReportPage {
  docType: string;
  /** "01/01/2023 – 30/06/2023", or one date. */
  period: string;
  /** The document's number, null when the report prints none ("/BC-BDT": a number not filled in). */
  number: string | null;
  /** Whether the report gives its day (else only its month or year). */
  dated: boolean;
  /** The report's tables with rows, in the tables' order. */
  groups: { def: TableDef; rows: SourceRow[] }[];
  total: number;
  /** The date of the report's own figures (every row, on every page of rows): what its printed page is dated by. */
  ownAsOf: string | null;
  /**
   * The dates its figures state themselves, newest first, when the newest is earlier than `ownAsOf` (figures without
   * a date count at the report's date): a report of 28/10 whose money is counted to 30/09 says both, and one whose
   * figures are of 15/06/2025, 20/03/2025 and 15/11/2023 (a correction) names all three (walk-through 32). Empty
   * otherwise.
   */
  statedDates: string[];
  pages: RowPage[];
  findings: Discrepancy[];
  /** Row id → the first finding that involves it, with the words of its flag. */
  findingOf: Map<string, RowFinding>;
  topics: Topic[];
  /**
   * The topics of its other figures, which have no page of their own (training, health…), each linked to an area's
   * page of them (/dia-ban/<id>/chi-tieu/) where one of its rows' areas has a page; else null.
   */
  otherTopics: { label: string; href: string | null }[];
  /** Areas with a page of their own, linked; communes are counted. */
  pagedAreas: string[];
  communeCount: number;
  /** The newest RELATED reports sharing a topic, with the topics shared, and how many there are in all. */
  related: { r: Report; shared: Topic[] }[];
  relatedCount: number;
  /** Where a table's rows start (this page, a later page of rows, or only the downloads): see tableStart. */
  start: (table: TableName) => { href: string; onPages: boolean };
}

function statedBefore(rows: readonly Readonly<Record<string, unknown>>[], reportDate: string): string[] {
  const stated = datedAsOf(rows);
  if (!stated || latestDate([stated, rowsAsOf(rows, reportDate)]) === stated) return [];
  const dates = new Set(rows.flatMap((r) => (r.figure_status !== 'estimate' && typeof r.as_of === 'string' && r.as_of ? [r.as_of] : [])));
  return [...dates].toSorted((a, b) => dateEnd(b).localeCompare(dateEnd(a)));
}

/** «đến 15/06/2025, 20/03/2025 và 15/11/2023»; four dates or more: «từ 15/11/2023 đến 15/06/2025 (5 ngày khác nhau, ghi ở từng dòng)». */
export function statedPhrase(dates: readonly string[]): string {
  if (dates.length <= 3) return `đến ${listPhrase(dates.map(formatDate))}`;
  return `từ ${formatDate(dates.at(-1)!)} đến ${formatDate(dates[0]!)} (${dates.length} ngày khác nhau, ghi ở từng dòng)`;
}

/** A report row's flag: the finding it links to, and what it says beside the figure. */
export interface RowFinding {
  id: string;
  text: string;
}

/**
 * Each row's first finding, corrections before the others, said as the reader needs it beside the figure: a figure
 * a later report corrected for the same date says so on the old report's page, the correcting one says what it does
 * (walk-through 15); any other finding is «xem chênh lệch». Rows outside `only` (another page of rows) are left out.
 */
export function rowFindings(findings: readonly Discrepancy[], only?: ReadonlySet<string>): Map<string, RowFinding> {
  const out = new Map<string, RowFinding>();
  // A correction first: a corrected figure that also has a gap in its report is read as corrected (walk-through 19).
  const ordered = [...findings.filter((d) => d.severity === 'correction'), ...findings.filter((d) => d.severity !== 'correction')];
  for (const d of ordered)
    d.rowIds.forEach((id, i) => {
      if (out.has(id) || (only && !only.has(id))) return;
      // A correction's rows are [earlier, later] (reconcile/repeat.ts).
      const text = d.severity !== 'correction' ? 'xem chênh lệch' : i === 0 ? 'đã được báo cáo sau đính chính' : 'đính chính số của báo cáo trước';
      out.set(id, { id: d.id, text });
    });
  return out;
}

export function reportPage(tables: Tables, discrepancies: readonly Discrepancy[], report: Report): ReportPage {
  const entry = reportEntry(tables, report.id);
  const pages = rowPages(entry);
  const findings = findingsOf(discrepancies, report.id);
  const findingOf = rowFindings(findings);
  const topics = topicsOf(report.id, tables);
  const areas = areasOf(report.id, report.issuer_area_id, tables);
  const paths = sitePaths(tables);
  const onPages = new Set(TOPICS.flatMap((t) => t.indicatorTopics));
  const others = Map.groupBy((entry.rows.indicators ?? []).filter((r) => typeof r.topic === 'string' && !onPages.has(r.topic)), (r) => r.topic as string);
  const otherTopics = [...others].map(([topic, rows]) => {
    const area = rows.map((r) => r.area_id).find((a) => paths.hasAreaPage(a));
    return { label: enumText(indicators, 'topic', topic).toLocaleLowerCase('vi'), href: area ? `${areaIndicatorsHref(area)}#${topic}` : null };
  });
  const pagedAreas = areas.filter((a) => paths.hasAreaPage(a));
  // Every other report is tested on every report's page: counted with a set of ids, the topics listed for the
  // RELATED shown only (a list per report per page was most of this page's own time at national scale).
  const ids = new Set(topics.map((t) => t.id));
  const related: ReportPage['related'] = [];
  let relatedCount = 0;
  for (const r of reportsNewestFirst(tables.reports)) {
    if (r.id === report.id || !topicsOf(r.id, tables).some((t) => ids.has(t.id))) continue;
    relatedCount++;
    if (related.length < RELATED) related.push({ r, shared: topicsOf(r.id, tables).filter((t) => ids.has(t.id)) });
  }
  return {
    docType: reportsDef.fields.find((f) => f.name === 'doc_type')!.labels[report.doc_type].vi,
    period: report.period_start === report.period_end ? formatDate(report.period_start) : `${formatDate(report.period_start)} – ${formatDate(report.period_end)}`,
    number: report.number && /\d/.test(report.number) ? report.number : null,
    dated: report.date.length === 10,
    groups: TABLES.filter((t) => t.kind === 'observation' && entry.rows[t.name]).map((def) => ({ def, rows: entry.rows[def.name]! })),
    total: entry.count,
    ownAsOf: rowsAsOf(Object.values(entry.rows).flat(), report.date),
    statedDates: statedBefore(Object.values(entry.rows).flat(), report.date),
    pages,
    findings,
    findingOf,
    topics,
    otherTopics,
    pagedAreas,
    communeCount: areas.length - pagedAreas.length,
    related,
    relatedCount,
    start: (table) => tableStart(report.id, pages, table),
  };
}
