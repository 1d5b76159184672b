/**
 * What the views need besides the metrics: the data load (discrepancies,
 * reports) and the words for codes. A view turns metric tables into chart
 * specs and figure props; pages only place them.
 */
import { anyOverlap, checkSum, contains, overlapGroups, parentsOf, type Parents, type SumCheck } from '../data/additivity.ts';
import { loadDataOrThrow, type DataLoad, type Discrepancy } from '../data/load.ts';
import { periodLabel } from '../data/period.ts';
import { dateEnd, datesOf, knownTo, latestDate } from '../data/time.ts';
import { once } from '../core/typed-table.ts';
import { enumText, figureFields, type TableDef } from '../data/define.ts';
import { funding, works, poverty, ncut, tableDef, TABLES } from '../data/tables/index.ts';
import { isBound, isLowerBound, rowQualifier, type Qualifier } from '../data/qualifier.ts';
import type { ChartNote, ChartSource, ChartSpec } from '../charts/index.ts';
import { datePhrase, dateSortKey, figureDatePhrase, listPhrase } from '../core/format.ts';
import { reportHref, type SitePaths } from '../lib/links.ts';
import { inputsOf, enumLabel, type Inputs } from '../metrics/inputs.ts';
import type { FigureProps } from './figure.ts';
import { sitePaths } from '../lib/report-index.ts';
import { discrepancyNote, uniqueNotes, type RowSource } from './caveats.ts';

export interface ViewContext {
  data: DataLoad;
  inputs: Inputs;
  /** Where the site's rows and areas are (a row's page of its report, a commune on its parent's page). */
  paths: SitePaths;
}

/** The views' context of a data load, made once per load. */
export const contextOf = once((data: DataLoad): ViewContext => ({ data, inputs: inputsOf(data.tables), paths: sitePaths(data.tables) }));

/** The data (loaded once, again when a file changes) and its metric inputs. */
export async function viewContext(): Promise<ViewContext> {
  return contextOf(await loadDataOrThrow());
}

/** The snapshots of a live context, by report. */
const snapshots = once((_live: ViewContext) => new Map<string, ViewContext>());

/**
 * The views as they stood when a report was issued: the figures of that report and of the reports dated on or
 * before it (partial dates at their last day, data/time.ts), none of a later report. A report's narrative page
 * draws its charts from this, so a June 2023 report never shows a figure of 2024. Reference tables (areas,
 * reports, projects) stay whole; the discrepancies are those among the reports kept.
 */
export async function viewContextAsOf(reportId: string): Promise<ViewContext> {
  return asOf(await viewContext(), reportId);
}

/** A context's views as they stood when a report was issued (see viewContextAsOf). */
export function asOf(live: ViewContext, reportId: string): ViewContext {
  const byReport = snapshots(live);
  const known = byReport.get(reportId);
  if (known) return known;
  const report = live.data.tables.reports.find((r) => r.id === reportId);
  if (!report) throw new Error(`No report ${reportId}`);
  const until = dateEnd(report.date);
  const kept = new Set(live.data.tables.reports.filter((r) => dateEnd(r.date) <= until).map((r) => r.id));
  const upTo = <R extends { report_id: string }>(rows: readonly R[]) => rows.filter((r) => kept.has(r.report_id));
  const t = live.data.tables;
  const tables = { ...t, funding: upTo(t.funding), works: upTo(t.works), poverty: upTo(t.poverty), ncut: upTo(t.ncut), indicators: upTo(t.indicators) };
  // The findings of those reports only: a later report's correction is the live chart's note, not the snapshot's.
  const discrepancies = live.data.discrepancies.filter((d) => d.reportIds.every((r) => kept.has(r)));
  // The paths stay the live site's: a link from a snapshot goes to where the row is today.
  const ctx: ViewContext = { data: { ...live.data, tables, discrepancies }, inputs: inputsOf(tables), paths: live.paths };
  byReport.set(reportId, ctx);
  return ctx;
}


/** The date an observation row is true at (its as_of, else its report's date), looked up by id; null when unknown. */
export function effectiveDateOf(ctx: ViewContext, table: ObservationTable, id: string): string | null {
  const row = rowOf(ctx, table, id);
  if (!row) return null;
  return row.as_of ?? byId(ctx.data.tables.reports).get(row.report_id)?.date ?? null;
}

/** An observation row by id, from an index made once per table (never a scan of a million rows per figure). */
export function rowOf(ctx: ViewContext, table: ObservationTable, id: string): { id: string; report_id: string; as_of?: string | null; measure?: unknown; note?: unknown; figure_text?: unknown } | undefined {
  return byId(ctx.data.tables[table] as readonly { id: string; report_id: string; as_of?: string | null; measure?: unknown }[]).get(id);
}

/** Rows of a table by id, indexed once: views look names up for every figure. */
const idIndex = once((rows: readonly { id: string }[]) => new Map(rows.map((r) => [r.id, r])));
function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return idIndex(rows) as Map<string, T>;
}

/** Every row of the observation tables (funding, works, poverty, ncut, indicators), with its table. */
function* observationRows(data: DataLoad): Generator<[TableDef, Record<string, unknown> & { id: string; report_id: string }]> {
  for (const def of TABLES) {
    if (def.kind !== 'observation') continue;
    for (const row of data.tables[def.name] as readonly (Record<string, unknown> & { id: string; report_id: string })[]) yield [def, row];
  }
}

/** A metric table's rows grouped by area, once per table (the rows keep their order within each area). */
const areaIndex = once((rows: readonly { area_id: string }[]) => Map.groupBy(rows, (r) => r.area_id));
/**
 * The rows of one area: its page, brief, share card and headline each ask for an area's figures, and a filter of
 * the whole table per question grew with areas × rows (a few seconds of a national build). Read-only: shared.
 */
export function ofArea<R extends { area_id: string }>(rows: readonly R[], areaId: string): readonly R[] {
  return (areaIndex(rows).get(areaId) ?? []) as R[];
}

type ObservationTable = 'funding' | 'works' | 'poverty' | 'ncut' | 'indicators';
/** A row as the additivity rules read it: the table's key fields (metric rows carry them). */
type KeyedRow = object;

const parentsOfLoad = once((data: DataLoad): Parents => parentsOf({ areas: data.tables.areas, projects: data.tables.projects }));
const parents = (ctx: ViewContext): Parents => parentsOfLoad(ctx.data);

/**
 * The day a row's figure is of: a metric row's `effective_date` or `as_of` (there, always the effective one), a data
 * row's own `as_of`, else its report's date. A row without any of them cannot be summed: the caller must say its day.
 */
function dayOf(ctx: ViewContext, row: KeyedRow): string {
  const r = row as { effective_date?: string | null; as_of?: string | null; report_id?: string };
  const day = r.effective_date ?? r.as_of ?? (r.report_id !== undefined ? byId(ctx.data.tables.reports).get(r.report_id)?.date : undefined);
  if (!day) throw new Error(`sumCheck: a row without its date (effective_date, as_of or report_id): ${JSON.stringify(row)}`);
  return day;
}

/**
 * May the figures of these rows be added (the table definition's rules: no rate, one measure, no overlap), and are
 * they of one day? Disbursements to 15/11 and to 17/11, or one type's count of June and another's of November, add
 * up to a total of no day (the downloads' sum_group, data/additivity.ts, likewise groups only rows of one written
 * as_of, within one report).
 */
export function sumCheck(ctx: ViewContext, table: ObservationTable, rows: readonly KeyedRow[]): SumCheck {
  const rules = checkSum(tableDef(table), rows as readonly Record<string, unknown>[], parents(ctx));
  if (!rules.ok || rows.length < 2) return rules;
  const first = dayOf(ctx, rows[0]!);
  const other = rows.find((r) => dayOf(ctx, r) !== first);
  return other ? { ok: false, reason: 'different', field: 'as_of', rows: [rows[0] as Record<string, unknown>, other as Record<string, unknown>] } : rules;
}

/** Do any of these rows overlap (a total among its parts, a province among its districts, a span and its years)? */
export function rowsOverlap(ctx: ViewContext, table: ObservationTable, rows: readonly KeyedRow[]): boolean {
  return anyOverlap(tableDef(table), rows as readonly Record<string, unknown>[], parents(ctx));
}

/** The separate things some rows count: rows that overlap (a total and its parts) are one item (indices, per item). */
export function overlapItems(ctx: ViewContext, table: ObservationTable, rows: readonly KeyedRow[]): number[][] {
  return overlapGroups(tableDef(table), rows as readonly Record<string, unknown>[], parents(ctx));
}

/** Does row `a` count everything `b` counts (a total and its part, a project and its sub-project)? */
export function rowContains(ctx: ViewContext, table: ObservationTable, a: KeyedRow, b: KeyedRow): boolean {
  return contains(tableDef(table), a as Record<string, unknown>, b as Record<string, unknown>, parents(ctx));
}

const qualifierIndex = once((data: DataLoad) => {
  const index = new Map<string, Qualifier>();
  for (const [def, row] of observationRows(data)) {
    const q = rowQualifier(def, row);
    if (q !== null) index.set(row.id, q);
  }
  return index;
});

/**
 * How the source qualifies a row's figure ("trên", "khoảng", "ước"…; src/data/qualifier.ts), by row id: metric
 * tables keep the ids of the rows a figure comes from, not their figure_text. Row ids carry their table's letter
 * (f, w, i, n, p), so one map serves all tables.
 */
export function qualifierOf(ctx: ViewContext, rowId: string | null | undefined): Qualifier | null {
  return rowId ? (qualifierIndex(ctx.data).get(rowId) ?? null) : null;
}

/** `{ qualifier }` to spread into a figure or chart row, or nothing. */
export const qualifierProp = (q: Qualifier | null): { qualifier?: Qualifier } => (q ? { qualifier: q } : {});

/** `{ totalQualifier }` for a figure shown out of a total ("40/khoảng 75"), or nothing. */
export const totalQualifierProp = (q: Qualifier | null): { totalQualifier?: Qualifier } => (q ? { totalQualifier: q } : {});

/** The reports behind some figures, newest first, named and linked. */
export function sourcesOf(ctx: ViewContext, reportIds: Iterable<string>): ChartSource[] {
  const ids = new Set(reportIds);
  return ctx.data.tables.reports
    .filter((r) => ids.has(r.id))
    .toSorted((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)))
    .map((r) => ({ title: reportName(ctx, r.id), href: reportHref(r.id) }));
}

/** "Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023". */
export function reportName(ctx: ViewContext, reportId: string): string {
  const r = byId(ctx.data.tables.reports).get(reportId);
  if (!r) return reportId;
  return `${r.issuer}, báo cáo ${datePhrase(r.date)}`;
}

interface DocumentFindings {
  /** Observation row id → the findings about documents cited in its report's section. */
  byRow: Map<string, Discrepancy[]>;
  /** Finding id → the observation rows of those sections. */
  rowsOf: Map<string, string[]>;
}

/**
 * Findings about the dates of cited documents (documents.csv) concern the figures printed in the same report
 * section: the same report_id and section, as entered. A finding whose section has no figure row stays on
 * the report page and /du-lieu/chat-luong/.
 */
const documentFindingsOf = once((data: DataLoad): DocumentFindings => {
  const index: DocumentFindings = { byRow: new Map(), rowsOf: new Map() };
  const found = data.discrepancies.filter((d) => d.table === 'documents' && d.severity !== 'rounding');
  if (found.length === 0) return index;
  const docs = byId(data.tables.documents);
  const key = (r: { report_id: unknown; section: unknown }) => `${String(r.report_id)}\u0001${String(r.section)}`;
  const bySection = new Map<string, Discrepancy[]>();
  for (const d of found) {
    for (const k of new Set(d.rowIds.flatMap((id) => (docs.has(id) ? [key(docs.get(id)!)] : [])))) bySection.set(k, [...(bySection.get(k) ?? []), d]);
  }
  for (const def of TABLES) {
    if (def.kind !== 'observation') continue;
    for (const row of data.tables[def.name] as readonly Record<string, unknown>[]) {
      const ds = bySection.get(key(row as { report_id: unknown; section: unknown }));
      if (!ds) continue;
      const id = String(row.id);
      index.byRow.set(id, ds);
      for (const d of ds) index.rowsOf.set(d.id, [...(index.rowsOf.get(d.id) ?? []), id]);
    }
  }
  return index;
});
const documentFindings = (ctx: ViewContext): DocumentFindings => documentFindingsOf(ctx.data);

/**
 * Notes for the source discrepancies that involve any of these rows, or a document cited in their report
 * section: one per discrepancy, naming the figure (or document) it concerns.
 */
export function discrepancyNotes(ctx: ViewContext, rowIds: Iterable<string>): ChartNote[] {
  const ids = new Set(rowIds);
  const docs = documentFindings(ctx);
  const found = new Set(ctx.data.discrepancies.filter((d) => d.severity !== 'rounding' && d.rowIds.some((id) => ids.has(id))));
  if (docs.byRow.size > 0) for (const id of ids) for (const d of docs.byRow.get(id) ?? []) found.add(d);
  return uniqueNotes([
    ...[...found].map((d) => {
      const note = noteOf(ctx, d, ids);
      // The figures of the section, so the note is beside them in a chart's CSV too.
      const rows = docs.rowsOf.get(d.id);
      return rows ? { ...note, rowIds: [...(note.rowIds ?? []), ...rows], section: true } : note;
    }),
    ...reportCaveatNotes(ctx, ids),
  ]);
}

/** Observation row id → its report's id, for the rows of reports with a caveat on all their figures (few). */
const caveatedRowsOf = once((data: DataLoad): Map<string, string> => {
  const caveated = new Set(data.tables.reports.filter((r) => r.figures_note).map((r) => r.id));
  const index = new Map<string, string>();
  if (caveated.size === 0) return index;
  for (const [, row] of observationRows(data)) if (caveated.has(row.report_id)) index.set(row.id, row.report_id);
  return index;
});

/**
 * The caveat the data team wrote on every figure of a report (reports.csv figures_note), for a chart, embed,
 * export or card built from any of its rows: named by its report, since a chart may draw several; the chart's
 * CSV has it beside each of those values, and it reaches paper (issue 22: caveats travel with the figure).
 */
function reportCaveatNotes(ctx: ViewContext, ids: ReadonlySet<string>): ChartNote[] {
  const caveated = caveatedRowsOf(ctx.data);
  if (caveated.size === 0) return [];
  const byReport = new Map<string, string[]>();
  for (const id of ids) {
    const reportId = caveated.get(id);
    if (reportId) byReport.set(reportId, [...(byReport.get(reportId) ?? []), id]);
  }
  return [...byReport].map(([reportId, rowIds]) => ({
    text: reportCaveatText(ctx, reportId),
    href: reportHref(reportId),
    discrepancy: true,
    rowIds,
    onPaper: true,
  }));
}

const reportCaveatText = (ctx: ViewContext, reportId: string) => `${reportName(ctx, reportId)}: ${byId(ctx.data.tables.reports).get(reportId)?.figures_note ?? ''}`;

/** One discrepancy's note, naming its figure; `shown`: the rows the chart or page shows. */
export function noteOf(ctx: ViewContext, d: Discrepancy, shown: ReadonlySet<string>): ChartNote {
  return discrepancyNote(ctx.data.tables, { area: (id) => areaPhrase(ctx, id), project: (id) => projectName(ctx, id) }, d, shown);
}

/**
 * What every headline figure carries besides its label and value: its anchor, area and as-of date, the link to
 * its source row and the source's name, and every open discrepancy touching the rows it is built from
 * (`row` and `alsoFrom`, e.g. the base of a rate), so no figure shows a disputed number without saying so.
 */
export function figureSource(
  ctx: ViewContext,
  areaId: string,
  row: { id: string; report_id: string },
  asOf: string,
  alsoFrom: (string | null)[] = [],
): Pick<FigureProps, 'id' | 'rowId' | 'asOf' | 'knownTo' | 'dateKind' | 'area' | 'href' | 'sourceLabel' | 'notes' | 'rowNote' | 'qualifier' | 'reportId'> {
  // Discrepancies about the figure itself come before those about the figures it is computed from.
  // The caveat on all the figures of the card's own report comes last, said as «Về cả báo cáo» (the card names
  // its source); one on the report of a base row is named by its report, like any other note.
  const caveat = byId(ctx.data.tables.reports).get(row.report_id)?.figures_note;
  const ownCaveat = caveat ? reportCaveatText(ctx, row.report_id) : null;
  const all = discrepancyNotes(ctx, [row.id, ...alsoFrom.filter((id): id is string => id !== null)]).filter((n) => n.text !== ownCaveat);
  const own = (n: (typeof all)[number]) => (n.rowIds?.includes(row.id) ? 0 : 1);
  const notes: NonNullable<FigureProps['notes']> = all
    .toSorted((a, b) => own(a) - own(b))
    .map((n) => ({ text: n.text, ...(n.href ? { href: n.href } : {}), ...(n.onPaper ? { onPaper: true } : {}) }));
  if (caveat) notes.push({ text: `Về cả báo cáo: ${caveat}`, href: reportHref(row.report_id), onPaper: true });
  const rowNote = rowNotesOf(ctx.data).get(row.id);
  return {
    id: `so-lieu-${row.id}`,
    rowId: row.id,
    // The value shown is `row`'s (the others are its base or a comparison): its qualifier is the figure's.
    ...qualifierProp(qualifierOf(ctx, row.id)),
    asOf,
    ...knownToProp(ctx, [{ report_id: row.report_id, date: asOf }], asOf),
    // A figure the report gives no date of its own is dated by the report: «theo báo cáo ngày …», never «đến ngày».
    ...(undatedByReport(ctx, row, asOf) ? { dateKind: 'report' as const } : {}),
    area: areaPhrase(ctx, areaId),
    href: sourceLink(ctx, row.report_id, row.id),
    sourceLabel: `Nguồn: ${reportName(ctx, row.report_id)}`,
    reportId: row.report_id,
    ...(notes.length > 0 ? { notes } : {}),
    ...(rowNote ? { rowNote } : {}),
  };
}

/** Observation row id → the data team's note on it (the `note` column), for the rows that have one. */
const rowNotesOf = once((data: DataLoad): Map<string, string> => {
  const index = new Map<string, string>();
  for (const [, row] of observationRows(data)) if (typeof row.note === 'string' && row.note) index.set(row.id, row.note);
  return index;
});

/** The data team's notes on these rows (their `note`), distinct, in the order of the rows: a chart table's footnotes. */
export function rowNotes(ctx: ViewContext, rowIds: readonly string[]): string[] {
  const notes = rowNotesOf(ctx.data);
  return [...new Set(rowIds.map((id) => notes.get(id)).filter((n): n is string => n !== undefined))];
}

/** A figure's row and the date the page gives it (its own `as_of`, or its report's when it has none). */
export interface DatedRow {
  id: string;
  report_id: string;
  date: string;
}

/** «đến ngày 30/11/2024»; «theo báo cáo ngày 20/12/2024» for a figure that gives no date of its own. */
export function rowDatePhrase(ctx: ViewContext, r: DatedRow): string {
  return figureDatePhrase(r.date, undatedByReport(ctx, r, r.date) ? 'report' : 'as_of');
}

export interface Leaders<T> {
  /** The best first; then those it cannot be set above (equal, or a lower bound), largest first. */
  leaders: T[];
  /** The rows are not all of one date. */
  mixed: boolean;
  /** All rows were ranked; else only those of the newest date. */
  fair: boolean;
  /** How many rows were ranked. */
  newest: number;
}

/**
 * The district a chart's title may call the highest, and those it cannot be set above. Counts and rates only grow
 * through a year, so one ahead of every district counted to the same day or a later one is ahead on its own day
 * too; one ahead only of districts counted to earlier days may be ahead for that alone (walk-through 31: the
 * district with the newest report was named the best), and then only the districts of the newest date are
 * ranked, the title saying of which date. Among those, a district with the same figure, or one printed as a lower
 * bound («trên 45%») that may be above it, leads with it (walk-through 32: of «Sơn Động, Lục Ngạn … trên 45%»
 * one was named the highest); so does an equal figure it is not above («khoảng 45%» beside 45%), and «dưới 45%»
 * is below 45% (mutation testing, 7 December 2026: the first of two such rows was named the highest).
 */
export function chartLeader<T extends { date: string }>(
  rows: readonly T[],
  score: (r: T) => number,
  qualifier: (r: T) => Qualifier | null = () => null,
): Leaders<T> {
  const ends = rows.map((r) => dateEnd(r.date));
  const mixed = new Set(ends).size > 1;
  // Of equal figures, «trên 45%» is above 45%, and 45% above «dưới 45%».
  const side = (r: T) => (isLowerBound(qualifier(r)) ? 1 : isBound(qualifier(r)) ? -1 : 0);
  const above = (a: T, b: T) => score(a) > score(b) || (score(a) === score(b) && side(a) > side(b));
  const top = (list: readonly T[]) => list.reduce((a, b) => (above(b, a) ? b : a));
  const overall = top(rows);
  const fair = !mixed || ends.every((e) => e >= dateEnd(overall.date));
  const end = dateEnd(latestDate(rows.map((r) => r.date)));
  const ranked = fair ? rows : rows.filter((r) => dateEnd(r.date) === end);
  const best = fair ? overall : top(ranked);
  // The best first; then those it is not above (equal figures, «khoảng 45%» beside 45%), and the lower bounds that
  // may be above it, largest first.
  const peers = ranked.filter((r) => r !== best && (!above(best, r) || isLowerBound(qualifier(r))));
  return { leaders: [best, ...peers.toSorted((a, b) => score(b) - score(a))], mixed, fair, newest: ranked.length };
}

/**
 * Districts a title cannot rank, each with its figure: «Sơn Động và Lục Ngạn giải ngân trên 45%», «Lục Ngạn giải
 * ngân 60%, Sơn Động trên 45%».
 */
export function sideBySide<T>(rows: readonly T[], name: (r: T) => string, figure: (r: T) => string, verb: string): string {
  return [...Map.groupBy(rows, figure)].map(([text, group], i) => `${listPhrase(group.map(name))}${i === 0 ? ` ${verb}` : ''} ${text}`).join(', ');
}

/** After several leaders (sideBySide): their date, that they are not of one date, or that the other districts are older. */
export function leadersDate<T>(ctx: ViewContext, { leaders, mixed, fair, newest }: Leaders<T>, dated: (r: T) => DatedRow): string {
  if (!mixed) return '';
  const when = rowDatePhrase(ctx, dated(leaders[0]!));
  // Ranked among the newest date's districts: the others are older only when these are all of that date.
  if (!fair) return leaders.length === newest ? ` (${when}); các huyện khác có số liệu sớm hơn` : ` (${when})`;
  return new Set(leaders.map((r) => dateEnd(dated(r).date))).size > 1 ? ' (không cùng thời điểm)' : ` (${when})`;
}

/**
 * The note of a chart whose figures are not of one date: each date with what is of it, newest first, a figure with
 * no date of its own «theo báo cáo ngày …» apart from those counted «đến» that day, so «Số liệu đến» (the newest) is
 * never read as every bar's date (walk-throughs 21, 26). `what` names the things: «Các khoản vốn», «Các huyện».
 */
export function datesNote(ctx: ViewContext, what: string, items: readonly (DatedRow & { name: string })[]): { text: string }[] {
  if (new Set(items.map((r) => dateEnd(r.date))).size < 2) return [];
  const byPhrase = Map.groupBy(items.toSorted((a, b) => dateEnd(b.date).localeCompare(dateEnd(a.date))), (r) => rowDatePhrase(ctx, r));
  return [{ text: `${what} không cùng thời điểm: ${[...byPhrase].map(([phrase, group]) => `${listPhrase([...new Set(group.map((r) => r.name))])} ${phrase}`).join('; ')}.` }];
}

/**
 * The day the newest of some figures is known to, when a report states a figure before its own period ends (a
 * year's rate printed on 20/12/2024): `knownTo` for «Số liệu đến» (time.ts knownTo, dataTo); nothing otherwise.
 */
export function knownToProp(ctx: ViewContext, rows: readonly { report_id: string; date: string }[], asOf: string): { knownTo?: string } {
  const reports = byId(ctx.data.tables.reports);
  const known = latestDate(rows.map((r) => knownTo(r.date, reports.get(r.report_id)?.date ?? '')));
  return known !== '' && dateEnd(known) < dateEnd(asOf) ? { knownTo: known } : {};
}

/**
 * A chart's dates from the rows of its figures: the newest and oldest dated figures (datesOf), and the report's
 * date for figures that give none, never as a date they are «đến» (walk-through 26: an undated carry-over made a
 * 2024 chart «Số liệu đến ngày 20/12/2024», the report's date, above amounts counted to 30/11/2024).
 */
export function chartDates(ctx: ViewContext, rows: readonly DatedRow[]): Pick<ChartSpec, 'asOf' | 'oldestAsOf' | 'dateKind' | 'reportDated' | 'knownTo'> {
  const undated = rows.filter((r) => undatedByReport(ctx, r, r.date));
  const dated = rows.filter((r) => !undated.includes(r));
  if (dated.length === 0) return { ...datesOf(undated.map((r) => r.date)), dateKind: 'report' };
  const dates = datesOf(dated.map((r) => r.date));
  const own = { ...dates, ...knownToProp(ctx, dated, dates.asOf) };
  const reportDate = latestDate(undated.map((r) => r.date));
  return reportDate !== '' && dateEnd(reportDate) > dateEnd(own.asOf) ? { ...own, reportDated: reportDate } : own;
}

const OBSERVATION_TABLES: readonly ObservationTable[] = ['funding', 'works', 'poverty', 'ncut', 'indicators'];

/** Whether a figure's date is only its report's: its row has an as_of column left blank, and the date shown is the report's. */
export function undatedByReport(ctx: ViewContext, row: { id: string; report_id: string }, asOf: string): boolean {
  if (asOf !== byId(ctx.data.tables.reports).get(row.report_id)?.date) return false;
  for (const table of OBSERVATION_TABLES) {
    const found = byId(ctx.data.tables[table] as readonly { id: string; as_of?: string | null }[]).get(row.id);
    if (found) return 'as_of' in found && !found.as_of;
  }
  return false;
}

/**
 * Row id → its report, section, date and status, for the wanted rows only (chart CSVs): at national
 * scale an entry per row of every table would hold hundreds of MB. Made anew on each call: cache the result.
 */
export function rowSources(ctx: ViewContext, wanted: Iterable<string>): (rowId: string) => RowSource | undefined {
  const want = new Set(wanted);
  const index = new Map<string, RowSource>();
  const reports = byId(ctx.data.tables.reports);
  for (const def of TABLES) {
    if (def.kind !== 'observation') continue;
    for (const r of ctx.data.tables[def.name] as readonly Record<string, unknown>[]) {
      const id = String(r.id);
      if (!want.has(id) || index.has(id)) continue;
      const reportId = String(r.report_id);
      // A figure's own date: its as_of, or a poverty figure's year (the year it is of, as its card says: a fact-checker
      // read 2015–2020's rates dated «2023-11-30» in a chart's CSV and metadata); else its report's date.
      const own = typeof r.as_of === 'string' && r.as_of ? r.as_of : typeof r.year === 'number' ? String(r.year) : '';
      index.set(id, {
        report_id: reportId,
        report: reportName(ctx, reportId),
        section: String(r.section ?? ''),
        as_of: own || (reports.get(reportId)?.date ?? ''),
        as_of_from: own ? 'số liệu' : 'báo cáo',
        decision_date: typeof r.decision_date === 'string' ? r.decision_date : '',
        figure_status: String(r.figure_status ?? ''),
        row_note: typeof r.note === 'string' ? r.note : '',
        // A field's unit is the definition's, or the row's own: `<field>_unit` (ncut's quantity), else `unit` (funding).
        values: figureFields(def).flatMap((f) => (typeof r[f.name] === 'number' ? [{ value: r[f.name] as number, unit: String(f.unit ?? r[`${f.name}_unit`] ?? r.unit ?? '') }] : [])),
      });
    }
  }
  return (rowId) => index.get(rowId);
}

/** The latest of some ISO dates (partial dates count at their last day): the one rule, in data/time.ts. */
export { latestDate } from '../data/time.ts';

/** Where a source row is on the site. */
export const sourceLink = (ctx: ViewContext, reportId: string, rowId: string) => ctx.paths.rowHref(reportId, rowId);

export function areaName(ctx: ViewContext, id: string): string {
  return byId(ctx.data.tables.areas).get(id)?.name ?? id;
}

/** "tỉnh Bắc Giang", "huyện Sơn Động". */
export function areaPhrase(ctx: ViewContext, id: string): string {
  const a = byId(ctx.data.tables.areas).get(id);
  if (!a) return id;
  const level = a.level === 'province' ? 'tỉnh' : a.level === 'district' ? 'huyện' : 'xã';
  return `${level} ${a.name}`;
}

export function projectName(ctx: ViewContext, id: string | null): string {
  if (id === null) return 'Toàn chương trình';
  return byId(ctx.data.tables.projects).get(id)?.short_name ?? id;
}

export const fundYearLabel = (code: string) => periodLabel(code).vi;
export const capitalShort = (code: string) => enumText(funding, 'capital_type', code, 'short');
export const sourceLabel = (code: string) => enumLabel(funding, 'budget_source', code);
export const workTypeLabel = (code: string) => enumLabel(works, 'work_type', code);
export const workMeasureLabel = (code: string) => enumLabel(works, 'measure', code);
/**
 * A plan's list in a sentence, from the definition's label of plan_version (the one source of these words):
 * "danh mục ban đầu", "danh mục sau điều chỉnh, bổ sung"; "theo báo cáo" when the report names no list.
 */
export function planListName(code: string): string {
  const label = enumLabel(works, 'plan_version', code).toLocaleLowerCase('vi');
  return code === 'current' || label.startsWith('danh mục') ? label : `danh mục ${label}`;
}
export const groupLabel = (code: string) => enumLabel(poverty, 'population_group', code);
export const ncutMeasureLabel = (code: string) => enumLabel(ncut, 'measure', code);
export const providerLabel = (code: string) => enumLabel(ncut, 'provider', code);
export const periodText = (code: string) => periodLabel(code).vi;
