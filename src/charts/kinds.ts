/**
 * The chart kinds, each a function (spec, variant) → Plot options. Layout is computed
 * here, not left to Plot, so that labels fit a 328 px phone: category names sit on
 * their own line above their bars (full width, wrapped), values are written at the
 * bar ends, and keys are drawn inside the SVG (so exports carry them too).
 */
import * as Plot from '@observablehq/plot';
import { scaleLinear, scaleUtc } from 'd3';
import { UNITS } from '../data/define.ts';
import { dateEnd } from '../data/time.ts';
import { qualified, sumQualifier } from '../data/qualifier.ts';
import { formatDate, formatNumber, formatValue } from '../core/format.ts';
import { barOrderTotals, firstAppearance, orderCategories, textWidth, wrapWidth, type Variant } from './layout.ts';
import {
  GRID,
  GROUP_COLOURS,
  INK,
  MEANING_STYLE,
  MUTED,
  SERIES_COLOURS,
  SERIES_SYMBOLS,
  STATUS_LABELS,
  STATUS_ORDER,
  STATUS_STYLE,
  hatchPattern,
} from './palette.ts';
import { SPOTS, fittingTickLabels, placeLabels, type Box } from './place.ts';
import type { BarsSpec, ChartSpec, CompletionSpec, SeriesSpec } from './types.ts';

export interface PlotPlan {
  options: Plot.PlotOptions;
  defs?: string;
}

type Unit = ChartSpec['unit'];

/** Tick text for a value axis in the chart's unit: "100.000", "50%". */
function tickText(unit: Unit): (n: number) => string {
  return unit === 'percent' ? (n) => `${formatNumber(n, 1)}%` : (n) => formatNumber(n, 1);
}

/**
 * Short value label on a bar or dot, in the axis unit (the unit is named once, on the axis). A rate, and a change
 * of rates in points, keeps two decimals, as reports print them (18,74%; 2,15: views round only what they compute).
 */
function valueText(value: number, unit: Unit): string {
  return unit === 'percent' ? `${formatNumber(value, 2)}%` : formatNumber(value, unit === 'pp' || unit === 'pp_per_year' ? 2 : 1);
}

function niceMax(max: number, ticks: number): number {
  return (scaleLinear().domain([0, max > 0 ? max : 1]).nice(ticks).domain()[1] as number) || 1;
}

// Plot types ariaHidden as a string; the attribute value is what matters.
const ariaHidden = 'true';

interface KeyItem {
  label: string;
  fill: string;
  symbol?: string;
  stroke?: string;
}

/**
 * A key drawn in the top margin, flush with the SVG's left edge: on one line when there is room, else one
 * item per line, each label wrapped to the width (a long series name never runs off the chart's edge).
 */
function keyMarks(items: KeyItem[], v: Variant, marginLeft: number, gap: number): { marks: Plot.Markish[]; height: number } {
  if (items.length === 0) return { marks: [], height: 0 };
  const swatch = (it: KeyItem) => (it.fill === 'none' ? 0 : 18);
  const itemWidth = (it: KeyItem) => swatch(it) + textWidth(it.label, v) + 18;
  const oneLine = items.reduce((s, it) => s + itemWidth(it), 0) <= v.width - 8;
  const lineHeight = v.fontSize + 5;
  const placed = items.map((it) => ({ it, lines: oneLine ? [it.label] : wrapWidth(it.label, v.width - 4 - swatch(it), v) }));
  // Items are v.row apart; the wrapped lines of one item are closer (lineHeight) so they read as one.
  const height = oneLine ? v.row + 6 : placed.reduce((h, p) => h + v.row + (p.lines.length - 1) * lineHeight, 0) + 6;
  const marks: Plot.Markish[] = [];
  let x = 0;
  let y = 0;
  for (const { it, lines } of placed) {
    // Offsets from the frame's top-left corner.
    const dy = -height - gap + y + v.row / 2;
    const dx = -marginLeft + 2 + x;
    const at = { frameAnchor: 'top-left' as const, ariaHidden };
    if (it.fill !== 'none') {
      marks.push(Plot.dot([it.label], { ...at, dy, dx: dx + 6, r: 6, symbol: it.symbol ?? 'square', fill: it.fill, stroke: it.stroke ?? INK, strokeWidth: 0.75, className: 'chart-key' }));
    }
    lines.forEach((line, li) => {
      marks.push(Plot.text([line], { ...at, dy: dy + li * lineHeight, dx: dx + swatch(it), text: (d: string) => d, textAnchor: 'start', fill: INK, className: 'chart-key' }));
    });
    if (oneLine) x += itemWidth(it);
    else y += v.row + (lines.length - 1) * lineHeight;
  }
  return { marks, height };
}

/** As many round ticks as fit side by side without their labels touching. */
function fittingTicks(max: number, v: Variant, plotWidth: number, unit: Unit): number[] {
  const scale = scaleLinear().domain([0, max]);
  for (let n = v.xTicks; n > 1; n--) {
    const ticks = scale.ticks(n);
    const widest = Math.max(...ticks.map((t) => textWidth(tickText(unit)(t), v)));
    if (ticks.length * (widest + 24) <= plotWidth + widest) return ticks;
  }
  return [0, max];
}

function xAxis(unit: Unit, ticks: number[]): Plot.Markish[] {
  return [
    Plot.gridX({ ticks, stroke: GRID, strokeOpacity: 1, ariaHidden }),
    Plot.axisX({
      ticks,
      tickFormat: tickText(unit),
      label: unit === 'percent' ? null : UNITS[unit].vi,
      labelAnchor: 'right',
      labelArrow: 'none',
      // Below the tick labels, not beside the last one.
      labelOffset: 38,
      tickSize: 0,
      fill: MUTED,
      ariaHidden,
    }),
  ];
}

/** One band per label line and per bar; category labels are text marks on their own lines. */
interface Band {
  key: string;
  label?: string;
}

function bandLayout(categories: string[], barKeys: (c: string) => string[], v: Variant, labelWidth: number) {
  const bands: Band[] = [];
  categories.forEach((c, ci) => {
    wrapWidth(c, labelWidth, v, 700).forEach((line, li) => bands.push({ key: `${ci}|L${li}`, label: line }));
    for (const k of barKeys(c)) bands.push({ key: k });
  });
  return bands;
}

/**
 * The wide grouped layout: a category's bars one under the other, its name beside them in the left column,
 * wrapped to that column (a name longer than its bars gets empty rows under them).
 */
function sideBandLayout(categories: string[], barKeys: (c: string) => string[], v: Variant, nameWidth: number) {
  const bands: Band[] = [];
  categories.forEach((c, ci) => {
    const lines = wrapWidth(c, nameWidth, v, 700);
    const keys = barKeys(c);
    for (let i = 0; i < Math.max(lines.length, keys.length); i++) bands.push({ key: keys[i] ?? `${ci}|P${i}`, label: lines[i] });
  });
  return bands;
}

/** How the completion chart dresses the stacked bars (patterns, status colours, "x/y" totals). */
interface BarStyle {
  fill?: (group: string) => string;
  ink?: (group: string) => string;
  key?: (group: string) => KeyItem;
  totalText?: (category: string, total: number) => string;
  /** A last key line explaining the totals, e.g. "a/b: hoàn thành/tổng số". */
  keyNote?: string;
  defs?: string;
}

export function barsPlan(spec: BarsSpec, v: Variant, style: BarStyle = {}): PlotPlan {
  const groups = spec.groups ? [...spec.groups] : firstAppearance(spec.rows.map((r) => r.group ?? ''));
  const stacked = spec.layout === 'stacked' && groups.length > 1;
  const grouped = !stacked && groups.length > 1;
  const totals = barOrderTotals(spec.rows, stacked);
  const categories = orderCategories(spec.rows.map((r) => r.category), spec.order ?? 'vi', totals);
  const ci = new Map(categories.map((c, i) => [c, i]));
  const gi = new Map(groups.map((g, i) => [g, i]));
  const meaning = (g: string) => {
    const m = spec.meanings?.[g];
    return m ? MEANING_STYLE[m] : undefined;
  };
  const colour = style.fill ?? ((g: string) => meaning(g)?.fill ?? GROUP_COLOURS[(gi.get(g) ?? 0) % GROUP_COLOURS.length]!);
  // Text on a bar: as its meaning says, else dark on the light first colour, white on the darker ones.
  const ink = style.ink ?? ((g: string) => meaning(g)?.ink ?? ((gi.get(g) ?? 0) === 0 ? INK : '#ffffff'));

  // A wide drawing of grouped bars writes each category's name in a column left of its bars, and the groups in a
  // key: one row per bar instead of a name line above each pair, so a long list stays short enough to print
  // whole at a readable size (Bạch Thông's 19 projects: 1,294 units tall at 6.5 pt on A4 before, now about 900).
  const side = grouped && v.name === 'wide';
  const nameWidth = side ? Math.min(Math.max(...categories.map((c) => textWidth(c, v, 700))), Math.round(v.width * 0.34)) : 0;
  // Plot draws the group names 9 px left of the axis: their width, that offset and a small margin.
  const groupLabelWidth = grouped && !side ? Math.max(...groups.map((g) => textWidth(g, v))) + 12 : 0;
  // Room for half of the "0" tick label, which is centred on the axis start.
  const marginLeft = side ? nameWidth + 12 : grouped ? groupLabelWidth : Math.max(4, textWidth(tickText(spec.unit)(0), v) / 2 + 2);
  const top = Math.max(0, ...totals.values());
  // A stack's total at its end is a sum of its segments: qualified as the sum of them is (a «khoảng» segment makes it «khoảng»).
  const totalText = style.totalText ?? ((c: string, t: number) => qualified(valueText(t, spec.unit), sumQualifier(spec.rows.filter((r) => r.category === c).map((r) => r.qualifier))));
  // A qualified value ("trên 76%") is wider than its number: room for it too.
  const qualifiedWidths = spec.rows.filter((r) => r.qualifier).map((r) => textWidth(qualified(valueText(r.value, spec.unit), r.qualifier), v));
  // …and a qualified stack total ("khoảng 442.628") too.
  const qualifiedTotals = stacked ? [...totals].filter(([c]) => spec.rows.some((r) => r.category === c && r.qualifier)).map(([c, t]) => textWidth(totalText(c, t), v)) : [];
  const topLabel = style.totalText
    ? Math.max(...[...totals].map(([c, t]) => textWidth(style.totalText!(c, t), v)))
    : Math.max(textWidth(valueText(top, spec.unit), v), ...qualifiedWidths, ...qualifiedTotals);
  let marginRight = 12;
  let plotWidth = v.width - marginLeft - marginRight;
  // Room for the largest bar's label beyond its end, then a round maximum.
  let max = niceMax(top * (plotWidth / Math.max(plotWidth / 2, plotWidth - topLabel - 10)), v.xTicks);
  marginRight = Math.max(12, textWidth(tickText(spec.unit)(max), v) / 2 + 2);
  plotWidth = v.width - marginLeft - marginRight;
  max = niceMax(top * (plotWidth / Math.max(plotWidth / 2, plotWidth - topLabel - 10)), v.xTicks);
  const keyFor = (c: string, g: string) => (grouped ? `${ci.get(c)}|G${gi.get(g)}` : `${ci.get(c)}|B`);
  const bands = side ? sideBandLayout(categories, (c) => groups.map((g) => keyFor(c, g)), v, nameWidth) : bandLayout(categories, (c) => (grouped ? groups.map((g) => keyFor(c, g)) : [keyFor(c, '')]), v, v.width - 6);
  const marginTop = 4;
  const marginBottom = spec.unit === 'percent' ? 26 : 46;
  const height = marginTop + marginBottom + bands.length * v.row;

  // Stacks computed here (not Plot.stackX) so labels can be placed and tested.
  const offsets = new Map<string, number>();
  const bars = [...spec.rows]
    .sort((a, b) => (gi.get(a.group ?? '') ?? 0) - (gi.get(b.group ?? '') ?? 0))
    .map((r) => {
      const g = r.group ?? '';
      const key = keyFor(r.category, g);
      const x1 = stacked ? (offsets.get(key) ?? 0) : 0;
      const x2 = x1 + r.value;
      if (stacked) offsets.set(key, x2);
      const who = g ? `${r.category} – ${g}` : r.category;
      return { ...r, g, key, x1, x2, tip: `${who}: ${qualified(formatValue(r.value, spec.unit), r.qualifier)}` };
    });
  const px = (x: number) => (x / max) * plotWidth;
  interface Label {
    key: string;
    x: number;
    text: string;
    anchor: 'start' | 'middle' | 'end';
    fill: string;
  }
  const labels = bars.flatMap((b): Label[] => {
    const text = qualified(valueText(b.value, spec.unit), b.qualifier);
    const w = textWidth(text, v) + 8;
    if (stacked) {
      // Inside its segment when it fits; otherwise the value is in the tooltip and the table.
      if (px(b.x2 - b.x1) < w) return [];
      return [{ key: b.key, x: (b.x1 + b.x2) / 2, text, anchor: 'middle', fill: ink(b.g) }];
    }
    const outside = px(b.x2) + w <= plotWidth + marginRight;
    return [{ key: b.key, x: b.x2, text, anchor: outside ? 'start' : 'end', fill: outside ? INK : ink(b.g) }];
  });
  const stackTotals = stacked
    ? categories.map((c) => ({ key: keyFor(c, ''), x: totals.get(c) ?? 0, text: totalText(c, totals.get(c) ?? 0) })).filter((t) => px(t.x) + textWidth(t.text, v) + 8 <= plotWidth + marginRight)
    : [];

  const keyItems: KeyItem[] = groups.map((g) => style.key?.(g) ?? { label: g, fill: colour(g) });
  if (style.keyNote) keyItems.push({ label: style.keyNote, fill: 'none' });
  const key = stacked || side ? keyMarks(keyItems, v, marginLeft, marginTop) : { marks: [], height: 0 };
  const labelBands = bands.filter((b) => b.label !== undefined);
  const groupTicks = new Map(bars.map((b) => [b.key, b.g]));

  return {
    options: {
      width: v.width,
      height: height + key.height,
      marginTop: marginTop + key.height,
      marginBottom,
      marginLeft,
      marginRight,
      style: { fontSize: `${v.fontSize}px`, fontFamily: 'inherit', overflow: 'visible' },
      x: { domain: [0, max] },
      y: { type: 'band', domain: bands.map((b) => b.key), paddingInner: 0.12, paddingOuter: 0, axis: null },
      marks: [
        ...xAxis(spec.unit, fittingTicks(max, v, plotWidth, spec.unit)),
        grouped && !side
          ? Plot.axisY({ ticks: bars.map((b) => b.key), tickFormat: (k: string) => groupTicks.get(k) ?? '', tickSize: 0, fill: MUTED, label: null, ariaHidden })
          : null,
        Plot.barX(bars, { x1: 'x1', x2: 'x2', y: 'key', fill: (d: { g: string }) => colour(d.g), stroke: INK, strokeWidth: 0.5, title: 'tip', ariaHidden }),
        // textAnchor and dx are constants in Plot, hence one mark per placement.
        ...(['start', 'middle', 'end'] as const).map((anchor) =>
          Plot.text(labels.filter((l) => l.anchor === anchor), { x: 'x', y: 'key', text: 'text', textAnchor: anchor, fill: 'fill', dx: anchor === 'start' ? 4 : anchor === 'end' ? -4 : 0, ariaHidden }),
        ),
        ...(!stacked ? [] : [Plot.text(stackTotals, { x: 'x', y: 'key', text: 'text', textAnchor: 'start', dx: 4, fill: INK, ariaHidden })]),
        Plot.text(labelBands, { y: 'key', text: 'label', frameAnchor: 'left', dx: -marginLeft + 2, textAnchor: 'start', fill: INK, fontWeight: 700, ariaHidden }),
        ...key.marks,
      ],
    },
    defs: style.defs,
  };
}

/** Completed / under construction / not started, stacked; "12/20" (completed of all) at the end of each bar. */
export function completionPlan(spec: CompletionSpec, v: Variant, idPrefix: string): PlotPlan {
  const label = (s: keyof typeof STATUS_LABELS) => STATUS_LABELS[s];
  const byLabel = new Map(STATUS_ORDER.map((s) => [label(s), s]));
  const hatchId = `${idPrefix}-hatch`;
  const fill = (g: string) => {
    const st = STATUS_STYLE[byLabel.get(g) ?? 'not_started'];
    return st.pattern ? `url(#${hatchId})` : st.colour;
  };
  const completed = new Map<string, number>();
  for (const r of spec.rows) if (r.status === 'completed') completed.set(r.category, (completed.get(r.category) ?? 0) + r.value);
  // "khoảng 12/20": a qualified count qualifies what is built from it.
  const q = (c: string, s?: string) => sumQualifier(spec.rows.filter((r) => r.category === c && (s === undefined || r.status === s)).map((r) => r.qualifier));
  const present = STATUS_ORDER.filter((s) => spec.rows.some((r) => r.status === s));
  return barsPlan(
    {
      ...spec,
      kind: 'bars',
      layout: 'stacked',
      groups: present.map(label),
      rows: spec.rows.map((r) => ({ category: r.category, group: label(r.status), value: r.value, ...(r.qualifier ? { qualifier: r.qualifier } : {}) })),
    },
    v,
    {
      fill,
      ink: (g) => STATUS_STYLE[byLabel.get(g) ?? 'not_started'].text,
      key: (g) => ({ label: g, fill: fill(g) }),
      totalText: (c, total) => `${qualified(formatNumber(completed.get(c) ?? 0), q(c, 'completed'))}/${qualified(formatNumber(total), q(c))}`,
      keyNote: 'Số cuối cột: hoàn thành/tổng số',
      defs: hatchPattern(hatchId, STATUS_STYLE.in_progress.colour),
    },
  );
}

/**
 * A date or year as a position: years as numbers (so gaps between reported years show), dates as UTC.
 * A month-only or year-only date is drawn at its last day, where the rule for the current figure
 * counts it (data/time.ts dateEnd), never on an invented day; its label says the month (formatDate).
 */
export function position(iso: string, years: boolean): number | Date {
  if (years) return Number(iso.slice(0, 4));
  const [y, m, d] = dateEnd(iso).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** Dots over report dates or years; lines only within one series and only if asked. */
export function seriesPlan(spec: SeriesSpec, v: Variant): PlotPlan {
  const years = spec.rows.every((r) => /^\d{4}$/.test(r.date));
  const names = orderCategories(spec.rows.map((r) => r.series), 'vi', new Map());
  const si = new Map(names.map((s, i) => [s, i]));
  const colour = (s: string) => SERIES_COLOURS[(si.get(s) ?? 0) % SERIES_COLOURS.length]!;
  const symbol = (s: string) => SERIES_SYMBOLS[(si.get(s) ?? 0) % SERIES_SYMBOLS.length]!;
  const points = spec.rows
    .map((r) => ({
      ...r,
      x: position(r.date, years),
      fill: colour(r.series),
      symbol: symbol(r.series),
      tip: `${r.series}, ${formatDate(r.date)}: ${qualified(formatValue(r.value, spec.unit), r.qualifier)}`,
      text: qualified(valueText(r.value, spec.unit), r.qualifier),
    }))
    .sort((a, b) => +a.x - +b.x);
  const values = points.map((p) => p.value);
  const zero = spec.zero ?? true;
  const lo = zero ? Math.min(0, ...values) : Math.min(...values);
  const yScale = scaleLinear().domain([lo, Math.max(...values)]).nice(5);
  const yTicks = yScale.ticks(v.name === 'narrow' ? 4 : 6);
  const fmt = tickText(spec.unit);
  const marginLeft = Math.max(...yTicks.map((t) => textWidth(fmt(t), v))) + 14;
  const xs = points.map((p) => +p.x);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const pad = years ? 0.5 : Math.max((x1 - x0) * 0.06, 20 * 86_400_000);
  const xDomain = years ? [x0 - pad, x1 + pad] : [new Date(x0 - pad), new Date(x1 + pad)];
  // One series: the subtitle names it; several: a key with the same shapes as the dots.
  const gap = 24;
  const key = names.length > 1 ? keyMarks(names.map((s) => ({ label: s, fill: colour(s), symbol: symbol(s), stroke: colour(s) })), v, marginLeft, gap) : { marks: [], height: 0 };
  const height = 240 + key.height;
  const marginTop = gap + key.height;
  const marginBottom = 30;
  // Ticks at the reported dates themselves when few: sparse data shows as sparse.
  const dataDates = firstAppearance(points.map((p) => +p.x)).sort((a, b) => a - b);
  // A tick at a data date is labelled as the data gives it: "tháng 6/2023" for a month-only report, not 30/06/2023.
  const dateLabels = new Map<number, string>();
  for (const p of points) if (!dateLabels.has(+p.x)) dateLabels.set(+p.x, formatDate(p.date));
  const toIso = (d: Date) => d.toISOString().slice(0, 10);
  const tickLabel = (t: number) => (years ? String(t) : (dateLabels.get(t) ?? formatDate(toIso(new Date(t)))));
  const maxDateTicks = v.name === 'narrow' ? 3 : 7;
  const xScaleFor = (right: number): ((t: number) => number) => {
    const range = [marginLeft, v.width - right];
    if (years) return scaleLinear().domain(xDomain as number[]).range(range);
    const utc = scaleUtc().domain(xDomain as Date[]).range(range);
    return (t) => utc(new Date(t));
  };
  const candidateTicks = years
    ? Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i)
    : dataDates.length <= maxDateTicks
      ? dataDates
      : (scaleUtc().domain(xDomain).ticks(v.xTicks).map(Number) as number[]);
  // The newest date's label, centred on its tick, must not run off the right edge.
  const lastHalf = textWidth(tickLabel(candidateTicks[candidateTicks.length - 1]!), v) / 2;
  let marginRight = 24;
  const overflow = xScaleFor(marginRight)(candidateTicks[candidateTicks.length - 1]!) + lastHalf - (v.width - 2);
  if (overflow > 0) marginRight += overflow;
  const x = xScaleFor(marginRight);
  const keepTick = fittingTickLabels(candidateTicks.map((t) => ({ x: x(t), width: textWidth(tickLabel(t), v) })), { left: 2, right: v.width - 1 });
  const xTicks = candidateTicks.filter((_, i) => keepTick[i]);
  const y = scaleLinear().domain(yScale.domain()).range([height - marginBottom, marginTop]);
  // Value labels beside their dots, never on a dot or on another label; at most as many as can be read.
  const showValues = points.length <= (v.name === 'narrow' ? 12 : 24);
  const lineHeight = v.fontSize + 3;
  const dotBoxes: Box[] = points.map((p) => ({ left: x(+p.x) - 7, right: x(+p.x) + 7, top: y(p.value) - 7, bottom: y(p.value) + 7 }));
  const spots = showValues
    ? placeLabels(
        points.map((p) => ({ x: x(+p.x), y: y(p.value), width: textWidth(p.text, v), height: lineHeight })),
        dotBoxes,
        { left: marginLeft, right: v.width, top: key.height + 2, bottom: height - marginBottom - 1 },
      )
    : [];
  const valueMarks = SPOTS.map((spot) => {
    const here = points.filter((_, i) => spots[i] === spot);
    return here.length
      ? Plot.text(here, { x: 'x', y: 'value', text: 'text', dx: spot.dx, dy: spot.dy, textAnchor: spot.anchor, fill: INK, stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke', className: 'chart-value', ariaHidden })
      : null;
  });
  return {
    options: {
      width: v.width,
      height,
      marginTop,
      marginLeft,
      marginRight,
      marginBottom,
      style: { fontSize: `${v.fontSize}px`, fontFamily: 'inherit', overflow: 'visible' },
      x: years ? { type: 'linear', domain: xDomain } : { type: 'utc', domain: xDomain },
      y: { domain: yScale.domain() },
      symbol: { type: 'identity' },
      color: { type: 'identity' },
      marks: [
        Plot.gridY({ ticks: yTicks, stroke: GRID, strokeOpacity: 1, ariaHidden }),
        Plot.axisY({ ticks: yTicks, tickFormat: fmt, tickSize: 0, fill: MUTED, label: spec.unit === 'percent' ? null : UNITS[spec.unit].vi, labelAnchor: 'top', labelArrow: 'none', ariaHidden }),
        Plot.axisX({
          ticks: years ? xTicks : xTicks.map((t) => new Date(t)),
          tickFormat: (t: number | Date) => tickLabel(+t),
          tickSize: 4,
          fill: MUTED,
          label: null,
          ariaHidden,
        }),
        zero ? Plot.ruleY([0], { stroke: INK, ariaHidden }) : null,
        // z = series: a line never joins points of different series (e.g. different poverty standards).
        spec.join
          ? Plot.line(points.filter((p) => points.filter((q) => q.series === p.series).length > 1), { x: 'x', y: 'value', z: 'series', stroke: 'fill', strokeWidth: 2, ariaHidden })
          : null,
        Plot.dot(points, { x: 'x', y: 'value', fill: 'fill', symbol: 'symbol', r: 5, stroke: '#ffffff', strokeWidth: 1, title: 'tip', className: 'chart-dot', ariaHidden }),
        ...valueMarks,
        ...key.marks,
      ],
    },
  };
}
