/**
 * The chart spec: one plain object per chart, from which every view is derived
 * (inline SVG at two widths, text description, data table; later SVG/PNG exports,
 * embed pages and og:image). Rows are plain typed values; no Arquero, no I/O.
 */
import type { UnitCode } from '../data/define.ts';
import type { Qualifier } from '../data/qualifier.ts';

/** A source report, named and linked under the chart and in its exports. */
export interface ChartSource {
  title: string;
  /** Site path or absolute URL of the report or of the source rows. */
  href?: string;
}

/** A note under the chart, e.g. a link to a discrepancy on /du-lieu/chat-luong/#… */
export interface ChartNote {
  text: string;
  href?: string;
  /** Marks a note about a source discrepancy (highlighted), e.g. linking to /du-lieu/chat-luong/#… */
  discrepancy?: boolean;
  /** The source rows the note concerns: the chart CSV repeats the note beside each value built from them. */
  rowIds?: readonly string[];
  /**
   * The note is about a document the rows' section cites (its date), not about their values: `rowIds` are the
   * section's figures, so the CSV has it beside them, but no value is called questioned by it.
   */
  section?: boolean;
  /**
   * Printed under the chart on a one-page brief too, where no other note fits: a value the page worked out
   * itself must never reach paper as if a report had printed it (walk-through 22).
   */
  onPaper?: boolean;
}

/** What a group of bars is, for its colour (src/charts/palette.ts MEANING_STYLE): the same on every chart. */
export type Meaning =
  | 'assigned'
  | 'allocated'
  | 'disbursed'
  | 'completed'
  | 'not_completed'
  | 'capital_all'
  | 'capital_dtpt'
  | 'capital_sn'
  | 'capital_credit'
  | 'plan_original'
  | 'plan_revised';

/** Category order: Vietnamese alphabetical (default), by value (largest first), or as given. */
export type CategoryOrder = 'vi' | 'value' | 'given';

interface ChartBase {
  /** Stable anchor (permalink, embed path, export file name): lowercase ASCII, digits and hyphens. */
  id: string;
  /** States the finding, e.g. "Dự án 4 giải ngân nhiều nhất". */
  title: string;
  /** Measure, area and period, e.g. "Vốn giao và giải ngân, triệu đồng, tỉnh Bắc Giang, năm 2023". */
  subtitle: string;
  /** Unit of every value in `rows`. */
  unit: UnitCode;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) of the figures shown. */
  asOf: string;
  /**
   * `decision`: the figures are approvals, `asOf` the latest decision's date (not a state at a report date).
   * `report`: no figure gives a date of its own; `asOf` is the date of the report that states them («Theo báo cáo …»).
   */
  dateKind?: 'decision' | 'report';
  /**
   * The date of the report of figures that give no date of their own, newer than `asOf` (the newest dated figure):
   * said as the report's date, never as a date the figures are «đến» (walk-through 26).
   */
  reportDated?: string;
  /**
   * The day the newest figure is known to, when its report is dated before `asOf` ends (a year's rate printed on
   * 20/12/2024): what the page's «Số liệu đến» counts (data/time.ts dataTo); the date line says `asOf`.
   */
  knownTo?: string;
  /**
   * The oldest figure's date, when the figures are not all of `asOf`'s: the date line says both, so a bar of an
   * older date is never read as of the newest (walk-through 21: 2023's rates of 6/2023 under «đến 30/06/2024»).
   */
  oldestAsOf?: string;
  sources: readonly ChartSource[];
  notes?: readonly ChartNote[];
}

/** Horizontal bars: one bar per category, or one per category and group (grouped or stacked). */
interface BarRow {
  category: string;
  /** e.g. "Vốn giao", "Giải ngân". Omit for a single measure. */
  group?: string;
  value: number;
  /** How the source qualifies the value ("trên", "khoảng"…): shown with it in the table, tooltip and label. */
  qualifier?: Qualifier;
  /** The source row(s) the value is read or computed from (chart CSV, notes per value). */
  rowIds?: readonly string[];
}
export interface BarsSpec extends ChartBase {
  kind: 'bars';
  rows: readonly BarRow[];
  /** Grouped (side by side, default) or stacked segments. */
  layout?: 'grouped' | 'stacked';
  /** Order of groups (first = top bar / first segment); default: order of first appearance. */
  groups?: readonly string[];
  order?: CategoryOrder;
  /**
   * What each group is ('' for a single measure): its colour is then the same on every chart of the site
   * (src/charts/palette.ts MEANING_STYLE). Groups without a meaning are coloured by position.
   */
  meanings?: Readonly<Record<string, Meaning>>;
  /** Header of the category column in the data table, e.g. "Dự án", "Huyện" (default "Hạng mục"). */
  categoryLabel?: string;
  /**
   * True only when the view has checked (data/additivity.ts) that each group's values may be added:
   * the description then gives each group's total, labelled as computed. Otherwise nothing is added up.
   */
  additive?: boolean;
  /** True when categories overlap (a total among its parts, a span and its years): nothing is ranked or added. */
  overlapping?: boolean;
}

/** Values over dates (report dates or years). Sparse: dots; never interpolated. */
interface SeriesRow {
  /** ISO date: YYYY-MM-DD, YYYY-MM or YYYY (all rows of a chart should use the same precision). */
  date: string;
  /**
   * What is comparable: points are joined only within one series. Put anything that breaks
   * comparability into this key (population group AND poverty standard), e.g. "Xã ĐBKK (chuẩn 2022–2025)".
   */
  series: string;
  value: number;
  /** As BarRow's. */
  qualifier?: Qualifier;
  /** The source row(s) the value is read or computed from. */
  rowIds?: readonly string[];
}
export interface SeriesSpec extends ChartBase {
  kind: 'series';
  rows: readonly SeriesRow[];
  /** Draw a line between consecutive points of the same series (default false: dots only). */
  join?: boolean;
  /** Start the value axis at zero (default true; set false only for rates with a narrow range). */
  zero?: boolean;
}

/** `unknown`: works not completed whose status the report of the completed count does not give. */
export type CompletionStatus = 'completed' | 'in_progress' | 'not_started' | 'unknown';
export interface CompletionRow {
  category: string;
  status: CompletionStatus;
  value: number;
  /** As BarRow's. */
  qualifier?: Qualifier;
  /** The source row(s) the value is read or computed from. */
  rowIds?: readonly string[];
}
/** Completed / under construction / not started, stacked per category (e.g. per district). */
export interface CompletionSpec extends ChartBase {
  kind: 'completion';
  rows: readonly CompletionRow[];
  order?: CategoryOrder;
  categoryLabel?: string;
  /** True only when the view has checked that the categories may be added (no batch inside a plan): the description then totals them. */
  additive?: boolean;
  /** True when categories overlap (a batch inside its plan): nothing is ranked. */
  overlapping?: boolean;
}

export type ChartSpec = BarsSpec | SeriesSpec | CompletionSpec;

/** The data as an accessible table: formatted cells, numbers marked for right alignment. */
interface TableColumn {
  label: string;
  numeric: boolean;
}
export interface TableModel {
  caption: string;
  /** "Đơn vị: triệu đồng", shown above the table (headers do not repeat the unit); absent for %. */
  unitNote?: string;
  columns: TableColumn[];
  /** First cell of each row is its header (th scope="row"). */
  rows: string[][];
  /** Notes on some cells, numbered 1, 2… in reading order. */
  footnotes?: string[];
  /** With footnotes: for each cell of `rows`, the numbers of its notes (none for most). */
  marks?: number[][][];
}

export interface RenderedChart {
  id: string;
  /** Inline SVG for phones (about 328 px wide) and for wider screens (720 px). */
  svgNarrow: string;
  svgWide: string;
  /** The finding in Vietnamese sentences (largest, smallest, change), shown under the chart. */
  description: string;
  /** Title, subtitle, finding and date: the text alternative of the chart standing alone (exports). */
  altText: string;
  table: TableModel;
  spec: ChartSpec;
}
