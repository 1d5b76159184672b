/** Which areas have figures for a topic, provinces first, then districts, in Vietnamese order. */
import type { ViewContext } from './context.ts';

const collator = new Intl.Collator('vi');

type Topic = 'funding' | 'works' | 'poverty' | 'ncut' | 'indicators';

/**
 * Area ids in display order: each province, then its districts. Communes are
 * left out: thousands of them would make every topic page grow with the data;
 * they are listed on their province's or district's page.
 */
export function orderedAreas(ctx: ViewContext, ids?: Iterable<string>): string[] {
  const wanted = ids ? new Set(ids) : null;
  const areas = ctx.data.tables.areas;
  const provinces = areas.filter((a) => a.level === 'province').toSorted((a, b) => collator.compare(a.name, b.name));
  const out: string[] = [];
  for (const p of provinces) {
    const children = areas.filter((a) => a.parent_id === p.id && a.level !== 'commune').toSorted((a, b) => collator.compare(a.name, b.name));
    for (const a of [p, ...children]) if (!wanted || wanted.has(a.id)) out.push(a.id);
  }
  return out;
}

export function areasWith(ctx: ViewContext, topic: Topic): string[] {
  return orderedAreas(ctx, (ctx.data.tables[topic] as readonly { area_id: string }[]).map((r) => r.area_id));
}

/** Areas with indicators.csv figures of a topic that has a page of its own (funding, poverty, ncut): their sections there. */
export const indicatorAreas = (ctx: ViewContext, topic: 'funding' | 'poverty' | 'ncut') => orderedAreas(ctx, ctx.data.tables.indicators.filter((r) => r.topic === topic).map((r) => r.area_id));

/** Areas with NTP 1719 funding figures (plan 511 funds are shown with the works). */
export const fundingAreas = (ctx: ViewContext) => orderedAreas(ctx, ctx.data.tables.funding.filter((r) => r.program === 'ntp1719').map((r) => r.area_id));
