/**
 * Charts, rendered at build time. One spec per chart; every view derives from it.
 *
 * Usage (in a page or component, at build time):
 *
 *   import { renderChart, type ChartSpec } from '../charts/index.ts';
 *   const spec: ChartSpec = {
 *     kind: 'bars',                       // 'bars' | 'series' | 'completion'
 *     id: 'giai-ngan-theo-du-an',         // stable anchor: /giai-ngan/#giai-ngan-theo-du-an
 *     title: 'Dự án 4 giải ngân nhiều nhất',            // the finding
 *     subtitle: 'Vốn giao và giải ngân, tỉnh Bắc Giang, năm 2023',  // measure, area, period
 *     unit: 'mvnd', asOf: '2023-11-17',
 *     sources: [{ title: 'Báo cáo 123/BC-BDT', href: '/bao-cao/#bc-123' }],
 *     rows: [{ category: 'Dự án 1', group: 'Vốn giao', value: 130595 }, …],
 *   };
 *   <Chart spec={spec} level={2} />      // src/components/Chart.astro does the rest
 *
 * or, without the component: `const { svgNarrow, svgWide, description, altText, table } = renderChart(spec)`.
 * Exports (SVG/PNG, embed, og:image) start from the same spec: `standaloneSvg(spec, svgWide)` draws title,
 * subtitle, source and date into one SVG (for resvg → PNG); `altText` is its text alternative.
 *
 * Kinds:
 *  - bars: horizontal bars, one per category, or per category × group ("grouped", default) or
 *    segments ("stacked"). Categories in Vietnamese order (order: 'value' for largest first).
 *  - series: dots over report dates or years; sparse data stays sparse; `join: true` draws lines,
 *    only within one `series` key (put the poverty standard into that key so they never join).
 *  - completion: completed / under construction / not started per category, "x/y" at the end.
 *
 * Values are in `unit` (a UnitCode from src/data/define.ts); axes name it once, tooltips,
 * descriptions and tables spell it out in vi-VN ("130.595 triệu đồng (130,6 tỷ đồng)").
 */
import { once } from '../core/typed-table.ts';
import { altText, describe } from './describe.ts';
import { VARIANTS } from './layout.ts';
import { barsPlan, completionPlan, seriesPlan, type PlotPlan } from './kinds.ts';
import { plotToSvg } from './svg.ts';
import { tableModel } from './table.ts';
import type { ChartSpec, RenderedChart } from './types.ts';
import type { Variant } from './layout.ts';

export type * from './types.ts';
export { standaloneSvg } from './export.ts';
export { tableModel } from './table.ts';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Problems a page author can fix, in Vietnamese, naming the chart. */
export function checkSpec(spec: ChartSpec): string[] {
  const problems: string[] = [];
  if (!ID.test(spec.id)) problems.push(`id "${spec.id}" chỉ được gồm chữ thường không dấu, số và dấu gạch nối.`);
  if (!spec.title.trim()) problems.push('thiếu tiêu đề (nêu điều biểu đồ cho thấy).');
  if (spec.rows.length === 0) problems.push('không có dòng số liệu nào.');
  for (const r of spec.rows) if (!Number.isFinite(r.value)) problems.push(`giá trị không phải số: ${JSON.stringify(r)}.`);
  if (spec.sources.length === 0) problems.push('thiếu nguồn số liệu.');
  return problems;
}

function plan(spec: ChartSpec, v: Variant): PlotPlan {
  const prefix = `${spec.id}-${v.name}`;
  if (spec.kind === 'bars') return barsPlan(spec, v);
  if (spec.kind === 'completion') return completionPlan(spec, v, prefix);
  return seriesPlan(spec, v);
}

/** The height of a chart's drawing, in its SVG's units (its viewBox), without drawing it. */
export function drawnHeight(spec: ChartSpec, variant: Variant['name'] = 'wide'): number {
  return plan(spec, VARIANTS.find((v) => v.name === variant)!).options.height ?? 0;
}

/** Renders a chart spec into its views: two inline SVGs, the description and the table. */
/**
 * A chart drawn once per spec: one spec object (from the chart registry, or an area's topics) is drawn for its
 * page, its area's page, its embed page and its image, two SVGs each time (about a second of a national build).
 * The result is shared: read it, never change it.
 */
export const renderChart: (spec: ChartSpec) => RenderedChart = once(draw);

function draw(spec: ChartSpec): RenderedChart {
  const problems = checkSpec(spec);
  if (problems.length) throw new Error(`Biểu đồ "${spec.id}": ${problems.join(' ')}`);
  const [narrow, wide] = VARIANTS.map((v) => {
    const p = plan(spec, v);
    return plotToSvg(p.options, p.defs);
  });
  return { id: spec.id, svgNarrow: narrow!, svgWide: wide!, description: describe(spec), altText: altText(spec), table: tableModel(spec), spec };
}
