/**
 * The one-page brief (bản tóm tắt) a leader prints for a meeting: per area, and for the
 * programme as a whole. Built from the same views as the pages (headline figures, charts,
 * changes since the previous report, discrepancy notes), with every list capped so the
 * brief stays one A4 sheet however much data staff add: what does not fit is counted
 * ("và 12 con số khác") and left to the full page.
 *
 * Rules, in writing:
 * - Figures: the area's headline figures (overview rule: money disbursed, the largest
 *   works plan, the poverty decrease, prestigious persons), then the other figures of its
 *   topics in topic order; at most LIMITS.figures. The programme: each reporting area's
 *   headline figures taken in turn, so every area is on the sheet.
 * - Charts: the first chart of each topic that has one, in topic order (giải ngân, công
 *   trình, hộ nghèo, người có uy tín), at most LIMITS.charts. Those first charts are the
 *   topic's headline charts (disbursement rate by fund year, plan 511 status…). One whose
 *   drawing is taller than LIMITS.chartHeight is left to the full page: on paper a chart's
 *   text is never under 7 pt, and at 7 pt a taller one would not fit the sheet. A chart whose
 *   values carry notes of the data team says how many and where they are listed.
 * - Changes: the figures of the area whose value replaced one of an earlier report.
 * - Discrepancies: those (rounding aside) that touch the figures and charts on the sheet.
 */
import { drawnHeight, type ChartSpec } from '../charts/index.ts';
import { dateSortKey } from '../core/format.ts';
import { dataTo } from '../data/time.ts';
import { areaBriefHref, discrepancyHref, programmeBriefHref, reportHref } from '../lib/links.ts';
import { TABLES } from '../data/tables/index.ts';
import type { Discrepancy } from '../data/reconcile/types.ts';
import { SEVERITY_ORDER } from '../data/messages.ts';
import { areaTopics } from './area.ts';
import { areaPhrase, latestDate, noteOf, reportName, type ViewContext } from './context.ts';
import { communeLines } from './communes.ts';
import { figureCell, type FigureProps } from './figure.ts';
import { orderedAreas } from './areas.ts';
import { areaHeadlines, issuerAreas } from './overview.ts';
import { chartRegistry, chartValueNotes } from './registry.ts';

/**
 * The caps that keep a brief to one A4 sheet (measured: test/browser/briefs.test.ts).
 * chartHeight: the room for drawings (the wide ones, in SVG units) beside the other blocks as real briefs fill them.
 * With every block at its cap a drawing has no room at 7 pt; the print layout then leaves it off paper whole
 * (styles/brief.css), never cut.
 */
export const LIMITS = { figures: 6, charts: 2, chartHeight: 270, chartTitle: 70, changes: 3, discrepancies: 3, discrepancyText: 140, related: 12, communes: 3 } as const;

/** The first items of a list, and how many were left out. */
interface Capped<T> {
  items: T[];
  more: number;
}

interface BriefChange {
  label: string;
  area: string;
  /** The figure now, as its card gives it («15,1 tỷ đồng»): a change alone («điều chỉnh từ 14.613») hides it. */
  value: string;
  change: string;
  href: string;
}

interface BriefDiscrepancy {
  id: string;
  severity: Discrepancy['severity'];
  /** The finding, shortened to one or two printed lines (the full text is behind the link). */
  text: string;
  href: string;
}

interface BriefReport {
  name: string;
  href: string;
  /** Figures that report gives about the brief's subject. */
  figures: number;
}

export interface Brief {
  /** Site path of the brief. */
  path: string;
  /** Site path of the full page it summarises. */
  fullHref: string;
  /** "Huyện Sơn Động", "Chương trình MTQG 1719". */
  title: string;
  /** "huyện Sơn Động", "các địa bàn có báo cáo". */
  subject: string;
  figures: Capped<FigureProps>;
  /** Figures of the subject in all (the full page shows them). */
  figureCount: number;
  charts: ChartSpec[];
  /**
   * Chart id → how many notes of the data team its values carry (views/registry.ts chartValueNotes) and the address of
   * their list, under the chart's data table on its home page: the sheet has no data table, so it says where they are.
   * Only the charts that have some.
   */
  valueNotes: Record<string, { count: number; href: string }>;
  /** The topics' headline charts that did not fit on the sheet: named, with a link to where they are. */
  /**
   * Charts named by title only, each with the notes it carries to paper (a caveat on its report's month, a «%» read as
   * points): a title on the sheet keeps its caveat, as a drawn chart's does under it (BriefChart). The screen gives
   * them whole; paper, whose one sheet has no line to spare, says there is one (the list leads to the full page).
   */
  moreCharts: { title: string; href: string; notes: string[] }[];
  changes: Capped<BriefChange>;
  latest: BriefReport | null;
  previous: BriefReport | null;
  discrepancies: Capped<BriefDiscrepancy>;
  /** Latest date of the figures and charts on the sheet (ISO, as precise as the source). */
  asOf: string;
  /** Neighbouring briefs: a province's districts, a district's province, the programme's provinces. */
  related: Capped<{ name: string; href: string }>;
  /** "Bản tóm tắt từng huyện". */
  relatedLabel: string;
  /** The area's communes with figures (communes have no page or brief): each with its newest figure. */
  /** `now`: where a commune of the 1/7/2025 reform is, on its former district's sheet (views/communes.ts). */
  communes: Capped<{ name: string; now: string | null; text: string; date: string; href: string; asOf: string | null }>;
}


const cap = <T>(xs: readonly T[], n: number): Capped<T> => ({ items: xs.slice(0, n), more: Math.max(0, xs.length - n) });

/**
 * Cuts a long finding («figure name: its value — what is wrong») for the sheet; the link leads to the whole text. The
 * figure's name gives way first, its value and what is wrong stay: «…: 4 công trình — báo cáo ngày 12/12/2024 đính
 * chính thành 5 công trình», never «đính chính thành 5 công …» (walk-through 27). Else cut at a word boundary.
 */
export function shorten(text: string, max: number = LIMITS.discrepancyText): string {
  if (text.length <= max) return text;
  const dash = text.indexOf(' — ');
  if (dash > 0) {
    const name = text.slice(0, dash);
    const colon = name.lastIndexOf(': ');
    const [label, value] = colon > 0 ? [name.slice(0, colon), name.slice(colon)] : [name, ''];
    // What is wrong, whole; else its first clause («… đính chính thành 5 công trình cho cùng thời điểm»), the rest being
    // what the site does about it (the link has it).
    const what = text.slice(dash);
    const semicolon = what.indexOf('; ');
    // The name keeps 40 characters at least (a misprint's «Đã giải ngân, năm 2023, vốn sự nghiệp…»): else cut at the end.
    const options: [string, number][] = semicolon > 0 ? [[what, 40], [`${what.slice(0, semicolon)}.`, 40]] : [[what, 40]];
    for (const [kept, room] of options) {
      const rest = value + kept;
      if (max - rest.length >= room) return cutAtWord(label, max - rest.length - 2) + rest;
    }
  }
  return cutAtWord(text, max);
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, '')} …`;
}

const ORDER = SEVERITY_ORDER;

/** The source row id behind a figure. */
const rowOf = (f: FigureProps) => f.rowId ?? null;

function briefDiscrepancies(ctx: ViewContext, figures: readonly FigureProps[], charts: readonly ChartSpec[]): Capped<BriefDiscrepancy> {
  const rows = new Set(figures.map(rowOf).filter((x): x is string => x !== null));
  // The views already say which discrepancies a figure or chart touches (its notes).
  const noted = new Set([...figures.flatMap((f) => (f.notes ?? []).flatMap((n) => (n.href ? [n.href] : []))), ...charts.flatMap((c) => (c.notes ?? []).filter((n) => n.discrepancy && n.href).map((n) => n.href!))]);
  // What the sheet shows: its figures' rows and its charts' values' rows.
  const shown = new Set([...rows, ...charts.flatMap((c) => c.rows.flatMap((r) => r.rowIds ?? []))]);
  const direct = (d: Discrepancy) => (d.rowIds.some((id) => rows.has(id)) ? 1 : 0);
  // The cards' notes in turn: every card's first before any card's second, so a card whose base the report
  // contradicts is not left to «Và 2 chỗ khác» behind another card's two (a fact-checker's finding: Bạch Thông's
  // «4,4% vốn đã phân bổ» printed with its 46.929 unquestioned).
  const perCard = figures.map((f) => (f.notes ?? []).flatMap((n) => (n.href ? [n.href] : [])));
  const turn = new Map<string, number>();
  for (let i = 0; perCard.some((hrefs) => i < hrefs.length); i++) for (const hrefs of perCard) if (i < hrefs.length && !turn.has(hrefs[i]!)) turn.set(hrefs[i]!, turn.size);
  const turnOf = (d: Discrepancy) => turn.get(discrepancyHref(d.id)) ?? turn.size;
  const list = ctx.data.discrepancies
    .filter((d) => d.severity !== 'rounding' && (noted.has(discrepancyHref(d.id)) || d.rowIds.some((id) => rows.has(id))))
    // The cards' notes in turn, then those about a figure on the sheet itself (a card's own misprint before its
    // base's), then by severity.
    .toSorted((a, b) => turnOf(a) - turnOf(b) || direct(b) - direct(a) || ORDER[a.severity] - ORDER[b.severity])
    // In the words of the notes under the figures and charts: the figure named, what is wrong with it.
    .map((d) => ({ id: d.id, severity: d.severity, text: shorten(noteOf(ctx, d, shown).text), href: discrepancyHref(d.id) }));
  return cap(list, LIMITS.discrepancies);
}

function changesOf(figures: readonly FigureProps[]): BriefChange[] {
  return figures.filter((f) => f.since !== undefined && f.change !== undefined).map((f) => ({ label: f.label, area: f.area, value: figureCell(f), change: f.change!, href: f.href }));
}

const byReport = new WeakMap<object, Map<string, Map<string, number>>>();

/** How many figures each report gives about each area, counted in one pass over the tables (kept per tables object). */
function figuresByReportAndArea(tables: ViewContext['data']['tables']): Map<string, Map<string, number>> {
  let counts = byReport.get(tables);
  if (counts) return counts;
  counts = new Map();
  for (const def of TABLES) {
    if (def.kind !== 'observation') continue;
    for (const r of tables[def.name] as readonly { area_id: string; report_id: string }[]) {
      const areas = counts.get(r.report_id) ?? counts.set(r.report_id, new Map()).get(r.report_id)!;
      areas.set(r.area_id, (areas.get(r.area_id) ?? 0) + 1);
    }
  }
  byReport.set(tables, counts);
  return counts;
}

/** The reports with figures about some areas (all when null), newest first, with how many figures each gives. */
function reportsAbout(ctx: ViewContext, areaIds: ReadonlySet<string> | null): BriefReport[] {
  const counts = new Map<string, number>();
  for (const [report, areas] of figuresByReportAndArea(ctx.data.tables)) {
    let n = 0;
    for (const [area, k] of areas) if (areaIds === null || areaIds.has(area)) n += k;
    if (n > 0) counts.set(report, n);
  }
  return ctx.data.tables.reports
    .filter((r) => counts.has(r.id))
    .toSorted((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || b.id.localeCompare(a.id))
    .map((r) => ({ name: reportName(ctx, r.id), href: reportHref(r.id), figures: counts.get(r.id)! }));
}

/**
 * The topics' first charts, in topic order, as many as fit the room of one chart at its cap: LIMITS.chartHeight
 * units of drawing with its text at 7 pt. A further chart takes its drawing and its title lines (LIMITS.chartTitle)
 * from that same room; the others are named with a link to the page that has them. On paper a chart prints whole
 * at 7 pt or more, or, where the other blocks leave it no room at that size, not at all (the screen says so).
 */
function chartsOf(ctx: ViewContext, topicCharts: readonly ChartSpec[][], fullPage: string): Pick<Brief, 'charts' | 'valueNotes' | 'moreCharts'> {
  const charts: ChartSpec[] = [];
  const valueNotes: Brief['valueNotes'] = {};
  const moreCharts: Brief['moreCharts'] = [];
  let used = 0;
  for (const c of topicCharts.flatMap((cs) => cs.slice(0, 1))) {
    const needs = drawnHeight(c) + (charts.length > 0 ? LIMITS.chartTitle : 0);
    if (charts.length < LIMITS.charts && used + needs <= LIMITS.chartHeight) {
      charts.push(c);
      used += needs;
      const entry = chartRegistry(ctx).get(c.id);
      const count = entry ? chartValueNotes(ctx, entry).length : 0;
      if (count > 0) valueNotes[c.id] = { count, href: `${entry!.pages[0]}#${c.id}-ghi-chu` };
    } else {
      // Named even without a page of its own (then the area's page, which shows its topics' charts).
      const home = chartRegistry(ctx).get(c.id)?.pages[0];
      const notes = [...new Set((c.notes ?? []).filter((n) => n.onPaper).map((n) => n.text))];
      moreCharts.push({ title: c.title, href: home ? `${home}#${c.id}` : fullPage, notes });
    }
  }
  return { charts, valueNotes, moreCharts };
}

/** The brief's «Số liệu đến»: as the page's (lib/page-dates.ts), an estimate for a later day is not data to that day. */
function asOfOf(figures: readonly FigureProps[], charts: readonly ChartSpec[]): string {
  return latestDate([...figures.filter((f) => f.dateKind !== 'estimate').map(dataTo), ...charts.map(dataTo)]);
}

/**
 * What every brief carries around its chosen figures and charts: the changes
 * since the previous report, the two latest reports about its areas (all when
 * null), the discrepancies behind what it shows, and the date of its data.
 */
function briefBody(ctx: ViewContext, figures: Capped<FigureProps>, { charts, valueNotes, moreCharts }: ReturnType<typeof chartsOf>, all: readonly FigureProps[], areaIds: ReadonlySet<string> | null) {
  const [latest = null, previous = null] = reportsAbout(ctx, areaIds);
  return {
    figures,
    charts,
    valueNotes,
    moreCharts,
    changes: cap(changesOf(all), LIMITS.changes),
    latest,
    previous,
    discrepancies: briefDiscrepancies(ctx, figures.items, charts),
    asOf: asOfOf(figures.items, charts),
  };
}

/** The brief of one province or district. */
export function areaBrief(ctx: ViewContext, areaId: string): Brief {
  const name = areaPhrase(ctx, areaId);
  const topics = areaTopics(ctx, areaId);
  const all = topics.flatMap((t) => t.figures);
  const headline = areaHeadlines(ctx, areaId);
  const seen = new Set(headline.map((f) => f.id));
  const ordered = [...headline, ...all.filter((f) => !seen.has(f.id))];
  const figures = cap(ordered, LIMITS.figures);
  const charts = chartsOf(ctx, topics.map((t) => t.charts), ctx.paths.areaHref(areaId));
  const area = ctx.data.tables.areas.find((a) => a.id === areaId);
  const parent = area?.parent_id ? ctx.data.tables.areas.find((a) => a.id === area.parent_id) : undefined;
  const lines = communeLines(ctx, areaId);
  const communeFigures = lines
    .filter((c) => c.figures.length > 0)
    .map((c) => {
      const f = c.figures[0]!;
      return { name: c.name, now: c.now, text: f.text, date: f.date, href: f.href, asOf: f.date.startsWith('ước') ? null : f.asOf };
    });
  const shownCommunes = cap(communeFigures, LIMITS.communes);
  // The reports about the area are those about its communes too: a commune's new figure is news of its district.
  const body = briefBody(ctx, figures, charts, all, new Set([areaId, ...lines.map((c) => c.id)]));
  return {
    path: areaBriefHref(areaId),
    fullHref: ctx.paths.areaHref(areaId),
    title: name.charAt(0).toUpperCase() + name.slice(1),
    subject: name,
    figureCount: ordered.length,
    ...body,
    asOf: latestDate([body.asOf, ...shownCommunes.items.flatMap((c) => (c.asOf ? [c.asOf] : []))]),
    communes: shownCommunes,
    related: cap(
      // Only areas that have a brief: a province's communes have none (they are lines of its page).
      (parent ? [parent] : ctx.data.tables.areas.filter((a) => a.parent_id === areaId && hasBrief(a))).map((a) => ({ name: areaPhrase(ctx, a.id), href: areaBriefHref(a.id) })),
      LIMITS.related,
    ),
    relatedLabel: parent ? 'Bản tóm tắt của tỉnh' : 'Bản tóm tắt từng huyện',
  };
}

/** The programme's brief: the reporting areas' headline figures side by side (never added up). */
export function programmeBrief(ctx: ViewContext): Brief {
  const areas = issuerAreas(ctx);
  const lists = areas.map((id) => areaHeadlines(ctx, id));
  // In turn: the first figure of each area, then the second… so every area is on the sheet.
  const ordered: FigureProps[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) ordered.push(l[i]!);
  // Keep the sheet grouped by area, in the areas' order.
  const figures = cap(ordered, LIMITS.figures);
  figures.items.sort((a, b) => areas.indexOf(areaOf(lists, a)) - areas.indexOf(areaOf(lists, b)));
  const topicsByArea = areas.map((id) => areaTopics(ctx, id));
  // The headline chart of the first reporting area for each topic, as on the home page.
  const topicIds = [...new Set(topicsByArea.flatMap((ts) => ts.map((t) => t.id)))];
  const charts = chartsOf(ctx, topicIds.map((tid) => topicsByArea.flatMap((ts) => ts.filter((t) => t.id === tid)).find((t) => t.charts.length > 0)?.charts ?? []), '/');
  const all = topicsByArea.flatMap((ts) => ts.flatMap((t) => t.figures));
  return {
    path: programmeBriefHref,
    fullHref: '/',
    title: 'Chương trình MTQG 1719',
    subject: 'các địa bàn có báo cáo',
    figureCount: lists.reduce((n, l) => n + l.length, 0),
    ...briefBody(ctx, figures, charts, all, null),
    related: cap(
      orderedAreas(ctx, ctx.data.tables.areas.filter((a) => a.level === 'province').map((a) => a.id)).map((id) => ({ name: areaPhrase(ctx, id), href: areaBriefHref(id) })),
      LIMITS.related,
    ),
    relatedLabel: 'Bản tóm tắt từng tỉnh',
    communes: { items: [], more: 0 },
  };

  function areaOf(ls: FigureProps[][], f: FigureProps): string {
    return areas[ls.findIndex((l) => l.includes(f))]!;
  }
}

/** Provinces and districts have a brief; communes do not. */
const hasBrief = (a: { level: string }) => a.level === 'province' || a.level === 'district';

/** Every brief of the site: the programme's, then each province and district in areas.csv. */
export function allBriefPaths(ctx: ViewContext): string[] {
  return [programmeBriefHref, ...ctx.data.tables.areas.filter(hasBrief).map((a) => areaBriefHref(a.id))];
}
