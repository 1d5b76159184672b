/**
 * What an area's page (/dia-ban/<id>/) shows besides its topics' cards and charts: where it sits (its province,
 * its districts, its communes), what to say when it has no figure of its own, and the reports about it. The page
 * composes this with the downloads.
 */
import type { Area, Report } from '../data/tables/index.ts';
import { areaFigureCounts, reportsByArea, reportsNewestFirst } from '../lib/report-index.ts';
import { areaTopics, type TopicBlock } from './area.ts';
import { communeLines, type CommuneLine } from './communes.ts';
import { areaPhrase, type ViewContext } from './context.ts';
import { otherIndicatorGroups, type IndicatorGroup } from './other-indicators.ts';

/** Reports listed by name on an area's page; the rest are counted. */
export const AREA_REPORTS_MAX = 20;

export interface AreaPage {
  /** "huyện Sơn Động", as in running text. */
  name: string;
  parent: Area | null;
  /** Its districts (a province's), by the order of areas.csv. */
  children: Area[];
  communes: CommuneLine[];
  topics: readonly TopicBlock[];
  /** The figures of topics without a page of their own (views/other-indicators.ts). */
  others: IndicatorGroup[];
  /** Neither topics nor other figures of its own. */
  nothingHere: boolean;
  /** When it has none of its own: its districts with figures, and how many each (a leader is told where they are). */
  childrenWithFigures: { area: Area; count: number }[];
  /** The reports it issued, and others' with figures about it or its communes: newest first, at most AREA_REPORTS_MAX. */
  reports: Report[];
  /** How many more such reports there are. */
  earlierReports: number;
  /** The province whose download files hold its rows (itself for a province). */
  province: Area;
}

export function areaPage(ctx: ViewContext, areaId: string): AreaPage {
  const { areas, reports } = ctx.data.tables;
  const byId = new Map(areas.map((a) => [a.id, a]));
  const area = byId.get(areaId)!;
  const children = areas.filter((a) => a.parent_id === areaId && a.level !== 'commune');
  const communes = communeLines(ctx, areaId);
  const topics = areaTopics(ctx, areaId);
  const others = otherIndicatorGroups(ctx, areaId);
  const counts = areaFigureCounts(ctx.data.tables);
  const byArea = reportsByArea(ctx.data.tables);
  const about = new Set([areaId, ...communes.map((c) => c.id)].flatMap((a) => [...(byArea.get(a) ?? [])]));
  const all = reportsNewestFirst(reports).filter((r) => r.issuer_area_id === areaId || about.has(r.id));
  // A district's rows are in its province's files, by area_id; the walk up stops at a loop in areas.csv.
  let province = area;
  for (const seen = new Set<string>(); province.parent_id && !seen.has(province.id); ) {
    seen.add(province.id);
    province = byId.get(province.parent_id) ?? province;
  }
  return {
    name: areaPhrase(ctx, areaId),
    parent: area.parent_id ? (byId.get(area.parent_id) ?? null) : null,
    children,
    communes,
    topics,
    others,
    nothingHere: topics.length === 0 && others.length === 0,
    childrenWithFigures: children.filter((c) => (counts.get(c.id) ?? 0) > 0).map((c) => ({ area: c, count: counts.get(c.id)! })),
    reports: all.slice(0, AREA_REPORTS_MAX),
    earlierReports: Math.max(0, all.length - AREA_REPORTS_MAX),
    province,
  };
}
