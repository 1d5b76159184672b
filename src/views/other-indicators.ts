/**
 * The reports' other figures of an area (indicators.csv), but for works (training, education, health, culture,
 * the economy, and the other figures of funding, poverty and prestigious persons): per area, grouped by topic, each
 * indicator's current figure as printed, with its date and source. An area's page links to them
 * (/dia-ban/<id>/chi-tieu/), so a figure staff enter under any topic shows on a dashboard page, not only on its
 * report's.
 */
import { indicators } from '../data/tables/index.ts';
import { enumLabel } from '../metrics/inputs.ts';
import { once } from '../core/typed-table.ts';
import type { ViewContext } from './context.ts';
import type { FigureProps } from './figure.ts';
import { indicatorFigures } from './indicators.ts';
import { newestFirst } from './order.ts';

export interface IndicatorGroup {
  /** The topic's code, also the group's anchor on the page. */
  topic: string;
  /** "Đào tạo, tập huấn, tuyên truyền". */
  title: string;
  figures: FigureProps[];
}

/**
 * Indicator topics whose figures are cards on the area's own page, not repeated here: works beneficiaries (in its
 * works block), and a district's poverty figures (near-poor rate, households leaving poverty) in its poverty block
 * (walk-through 31). A province's poverty figures, and everyone's of funding and prestigious persons, are cards on
 * their topic pages and here, where the area page links to them: cards on a province's page itself would take it
 * over its phone budget.
 */
export function onAreaPage(level: string): ReadonlySet<string> {
  return level === 'province' ? PROVINCE_PAGE : DISTRICT_PAGE;
}
const PROVINCE_PAGE: ReadonlySet<string> = new Set(['works']);
const DISTRICT_PAGE: ReadonlySet<string> = new Set(['works', 'poverty']);
const topicField = indicators.fields.find((f) => f.name === 'topic');
const TOPICS = topicField?.type === 'enum' ? topicField.values : [];

/** Each area's level, and the areas with figures of the other topics (communes' are on their district's page), once per data load. */
const areasWithOther = once((ctx: ViewContext): { level: Map<string, string>; with: Set<string> } => {
  const level = new Map(ctx.data.tables.areas.map((a) => [a.id, a.level]));
  const other = (r: { topic: string; area_id: string }) => level.get(r.area_id) !== 'commune' && !onAreaPage(level.get(r.area_id) ?? '').has(r.topic);
  return { level, with: new Set(ctx.data.tables.indicators.filter(other).map((r) => r.area_id)) };
});

/** An area's figures of these topics, topic by topic in the definition's order, newest report first. */
export function otherIndicatorGroups(ctx: ViewContext, areaId: string): IndicatorGroup[] {
  const { level, with: withOther } = areasWithOther(ctx);
  if (!withOther.has(areaId)) return [];
  const shown = onAreaPage(level.get(areaId) ?? '');
  return TOPICS.filter((t) => !shown.has(t))
    .map((topic) => ({ topic, title: enumLabel(indicators, 'topic', topic), figures: newestFirst(ctx, indicatorFigures(ctx, areaId, topic)) }))
    .filter((g) => g.figures.length > 0);
}

/** The areas that have such figures (each gets its page of them). */
export const otherIndicatorAreas = (ctx: ViewContext): string[] => [...areasWithOther(ctx).with];
