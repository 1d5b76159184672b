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
 * Indicator topics whose figures are cards on the area's own page (works beneficiaries, in its works block): not
 * repeated here. Those of funding, poverty and prestigious persons are cards on their topic pages and here, where
 * the area page links to them: cards on the area page itself would take it over its phone budget.
 */
const ON_AREA_PAGE = new Set(['works']);
const topicField = indicators.fields.find((f) => f.name === 'topic');
const OTHER_TOPICS = (topicField?.type === 'enum' ? topicField.values : []).filter((t) => !ON_AREA_PAGE.has(t));

/** The areas with figures of these topics (communes' are on their district's page), once per data load. */
const areasWithOther = once((ctx: ViewContext): Set<string> => {
  const communes = new Set(ctx.data.tables.areas.filter((a) => a.level === 'commune').map((a) => a.id));
  const other = new Set(OTHER_TOPICS);
  return new Set(ctx.data.tables.indicators.filter((r) => other.has(r.topic) && !communes.has(r.area_id)).map((r) => r.area_id));
});

/** An area's figures of these topics, topic by topic in the definition's order, newest report first. */
export function otherIndicatorGroups(ctx: ViewContext, areaId: string): IndicatorGroup[] {
  if (!areasWithOther(ctx).has(areaId)) return [];
  return OTHER_TOPICS.map((topic) => ({ topic, title: enumLabel(indicators, 'topic', topic), figures: newestFirst(ctx, indicatorFigures(ctx, areaId, topic)) })).filter((g) => g.figures.length > 0);
}

/** The areas that have such figures (each gets its page of them). */
export const otherIndicatorAreas = (ctx: ViewContext): string[] => [...areasWithOther(ctx)];
