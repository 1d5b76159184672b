/**
 * Every chart on the site, with the pages it appears on, taken from what the
 * pages render (topic-pages.ts, area.ts). Chart downloads, images, embed pages
 * and citations are generated from this list; Chart.astro refuses (at build
 * time) a chart that is missing here or differs from its entry, so the list
 * cannot silently drift from the pages. A chart shown on a topic page and on an
 * area page is one chart; its first page (topic pages first) is its home.
 */
import { tableModel, type ChartSpec, type TableModel } from '../charts/index.ts';
import { areaTopics } from './area.ts';
import { rowNotes, rowSources, type ViewContext } from './context.ts';
import { fundingSections, ncutSections, otherWorksSections, overviewCharts, plan511Sections, povertySections, shown, type AreaSection } from './topic-pages.ts';
import { once } from '../core/typed-table.ts';

export interface RegisteredChart {
  spec: ChartSpec;
  /** Site paths of the pages showing it, its home first. */
  pages: string[];
}

/** Every page's charts, in the order a reader meets them. */
function pages(ctx: ViewContext): [string, ChartSpec[]][] {
  const charts = (sections: AreaSection[]) => shown(sections).full.flatMap((s) => s.charts);
  return [
    ['/giai-ngan/', charts(fundingSections(ctx))],
    ['/cong-trinh/', [...charts(plan511Sections(ctx)), ...charts(otherWorksSections(ctx))]],
    ['/ho-ngheo/', charts(povertySections(ctx))],
    ['/nguoi-co-uy-tin/', charts(ncutSections(ctx))],
    ['/', overviewCharts(ctx).map((c) => c.spec)],
    ...ctx.data.tables.areas.filter((a) => ctx.paths.hasAreaPage(a.id)).map((a): [string, ChartSpec[]] => [ctx.paths.areaHref(a.id), areaTopics(ctx, a.id).flatMap((t) => t.charts)]),
  ];
}

/** Chart id → the chart and its pages. Throws when one id names two different charts. */
export const chartRegistry = once((ctx: ViewContext): Map<string, RegisteredChart> => {
  const registry = new Map<string, RegisteredChart>();
  for (const [page, specs] of pages(ctx)) {
    for (const spec of specs) {
      const known = registry.get(spec.id);
      if (!known) registry.set(spec.id, { spec, pages: [page] });
      else if (JSON.stringify(known.spec) !== JSON.stringify(spec)) throw new Error(`Hai biểu đồ khác nhau cùng mã "${spec.id}" (${known.pages[0]} và ${page}).`);
      else if (!known.pages.includes(page)) known.pages.push(page);
    }
  }
  return registry;
});

/** The source rows of every registered chart's values, for the chart CSVs' source columns (made once). */
export const chartRowSources = once((ctx: ViewContext): ReturnType<typeof rowSources> =>
  rowSources(ctx, [...chartRegistry(ctx).values()].flatMap((c) => c.spec.rows.flatMap((r) => r.rowIds ?? []))),
);

/** The data team's notes on a chart's source rows, for its data table's footnotes (Chart.astro). */
export const chartRowNotes =
  (ctx: ViewContext) =>
  (rowIds: readonly string[]): readonly string[] =>
    rowNotes(ctx, rowIds);

/**
 * A registered chart's data table as its home page shows it: each value whose source rows carry a note of the data
 * team marked with the note's number, the notes listed (`footnotes`). Made once per chart, so the table on the page
 * and the count its image, embed, metadata, brief and repeating pages give are one.
 */
export function chartValueTable(ctx: ViewContext, entry: RegisteredChart): TableModel {
  let table = valueTables.get(entry);
  if (!table) valueTables.set(entry, (table = tableModel(entry.spec, chartRowNotes(ctx))));
  return table;
}
const valueTables = new WeakMap<RegisteredChart, TableModel>();

/** The data team's notes on a registered chart's values, numbered as under its data table on its home page. */
export const chartValueNotes = (ctx: ViewContext, entry: RegisteredChart): readonly string[] => chartValueTable(ctx, entry).footnotes ?? [];

/** What a chart without its data table says of its values' notes, and where they are listed («trên trang gốc», «tại …»). */
export const valueNotesPointer = (count: number, where: string): string =>
  `Có ${count} ghi chú của nhóm dữ liệu về một số giá trị (phạm vi con số, cách đọc báo cáo): xem bảng số liệu của biểu đồ ${where}`;

/**
 * A registered chart as it travels alone, as an image or an embed: where some of its values carry a note of the
 * data team (how the report's words were read, what a figure covers), one more note says how many and where they
 * are (chartValueNotes). The notes themselves are too many for an image (ten on a district's funding chart).
 * One object per chart, so that its drawing is made once (renderChart keeps a drawing per spec object).
 */
export function travellingSpec(ctx: ViewContext, entry: RegisteredChart): ChartSpec {
  let travelling = travellers.get(entry);
  if (travelling) return travelling;
  const { spec } = entry;
  const count = chartValueNotes(ctx, entry).length;
  const text = `${valueNotesPointer(count, 'trên trang gốc')}.`;
  travelling = count === 0 ? spec : { ...spec, notes: [...(spec.notes ?? []), { text, href: `${entry.pages[0]}#${spec.id}-ghi-chu` }] };
  travellers.set(entry, travelling);
  return travelling;
}
const travellers = new WeakMap<RegisteredChart, ChartSpec>();
