/**
 * The chart registry's edges (src/views/registry.ts): the pages a chart's downloads, embed page and citation name.
 * The prestigious persons' support chart is on /nguoi-co-uy-tin/; a commune's chart (it has no page of its own) is on
 * no page, so nothing is offered for it; and when an area's page draws a chart under a topic page's id, the build stops
 * if the two differ, naming both pages, and lists the page once if the area's page draws it twice.
 * Expected values from valid-min (Bắc Giang's charts, as in views-registry.test.ts) and the rows added here.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { TopicBlock } from '../../src/views/area.ts';
import { chartRegistry } from '../../src/views/registry.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

/** What an area's page draws, changed by a test (the real topics otherwise). */
const areaPage = vi.hoisted(() => ({ change: (_areaId: string, topics: readonly TopicBlock[]) => topics }));
vi.mock('../../src/views/area.ts', async (original) => {
  const real = await original<typeof import('../../src/views/area.ts')>();
  return { ...real, areaTopics: (ctx: Parameters<typeof real.areaTopics>[0], areaId: string) => areaPage.change(areaId, real.areaTopics(ctx, areaId)) };
});

afterAll(removeDataDirs);

/** Bắc Giang's charts in valid-min, each on its topic page and Bắc Giang's page; the home page's works chart. */
const VALID_MIN_PAGES = {
  'von-giao-theo-nguon-bac-giang': ['/giai-ngan/', '/dia-ban/bac-giang/'],
  'tinh-trang-ke-hoach-511-bac-giang': ['/cong-trinh/', '/dia-ban/bac-giang/'],
  'hoan-thanh-theo-huyen-2022-2024-bac-giang': ['/cong-trinh/', '/dia-ban/bac-giang/'],
  'ke-hoach-511-theo-loai-bac-giang': ['/cong-trinh/', '/dia-ban/bac-giang/'],
  'ty-le-ho-ngheo-bac-giang': ['/ho-ngheo/', '/dia-ban/bac-giang/'],
  'muc-giam-decrease-avg-per-year-bac-giang': ['/ho-ngheo/', '/dia-ban/bac-giang/'],
  'tong-quan-cong-trinh': ['/'],
};

const pagesOf = (registry: ReturnType<typeof chartRegistry>) => Object.fromEntries([...registry].map(([id, c]) => [id, c.pages]));

describe('the pages a chart is on', () => {
  it('the prestigious persons’ support chart is on /nguoi-co-uy-tin/, then Bắc Giang’s page', async () => {
    // Two kinds of support of 2023 (500 Tet gifts, 300 sick visits): a chart of two bars, not a card.
    const ctx = await fixtureContext({
      'ncut.csv': plus('ncut.csv', [
        'bg-2023-11-17-n04,bg-2023-11-17,3.3,bac-giang,2023,tet_gift,province,500,,,250,,"500 suất, 250 triệu đồng",reported,',
        'bg-2023-11-17-n05,bg-2023-11-17,3.3,bac-giang,2023,sick_visit,province,300,,,90,,"300 lượt, 90 triệu đồng",reported,',
      ]),
    });
    const registry = chartRegistry(ctx);
    expect(registry.get('ho-tro-nguoi-co-uy-tin-bac-giang')?.pages).toEqual(['/nguoi-co-uy-tin/', '/dia-ban/bac-giang/']);
    expect(pagesOf(registry)).toEqual({ ...VALID_MIN_PAGES, 'ho-tro-nguoi-co-uy-tin-bac-giang': ['/nguoi-co-uy-tin/', '/dia-ban/bac-giang/'] });
  });

  it('a commune’s money by source (shown on its district’s page as figures) is no chart: no download, no embed page', async () => {
    // An Lạc, a commune of Sơn Động: 900 million assigned for 2023, 600 central and 300 provincial.
    const ctx = await fixtureContext({
      'areas.csv': plus('areas.csv', ['an-lac,An Lạc,commune,son-dong,,']),
      'funding.csv': plus('funding.csv', [
        'bg-2023-11-17-f21,bg-2023-11-17,3.1.2,an-lac,ntp1719,2023,all,all,,assigned,900,mvnd,,900 triệu đồng,reported,,,',
        'bg-2023-11-17-f22,bg-2023-11-17,3.1.2,an-lac,ntp1719,2023,central,all,,assigned,600,mvnd,,600 triệu đồng,reported,,,',
        'bg-2023-11-17-f23,bg-2023-11-17,3.1.2,an-lac,ntp1719,2023,provincial,all,,assigned,300,mvnd,,300 triệu đồng,reported,,,',
      ]),
    });
    expect(ctx.paths.hasAreaPage('an-lac')).toBe(false);
    expect(pagesOf(chartRegistry(ctx))).toEqual(VALID_MIN_PAGES);
  });
});

describe('a chart drawn under one id on two pages', () => {
  it('stops the build when an area’s page draws it differently, naming both pages', async () => {
    const ctx = await fixtureContext();
    areaPage.change = (areaId, topics) =>
      areaId !== 'bac-giang' ? topics : topics.map((t) => ({ ...t, charts: t.charts.map((c) => (c.id === 'ty-le-ho-ngheo-bac-giang' ? { ...c, title: 'Một tiêu đề khác' } : c)) }));
    try {
      expect(() => chartRegistry(ctx)).toThrow('Hai biểu đồ khác nhau cùng mã "ty-le-ho-ngheo-bac-giang" (/ho-ngheo/ và /dia-ban/bac-giang/).');
    } finally {
      areaPage.change = (_, topics) => topics;
    }
  });

  it('names a page once when it draws the same chart twice', async () => {
    const ctx = await fixtureContext();
    // Bắc Giang's page draws its poverty rates again at the end of its last topic.
    areaPage.change = (areaId, topics) => {
      if (areaId !== 'bac-giang') return topics;
      const rates = topics.flatMap((t) => t.charts).find((c) => c.id === 'ty-le-ho-ngheo-bac-giang')!;
      return topics.map((t, i) => (i === topics.length - 1 ? { ...t, charts: [...t.charts, rates] } : t));
    };
    try {
      expect(pagesOf(chartRegistry(ctx))).toEqual(VALID_MIN_PAGES);
    } finally {
      areaPage.change = (_, topics) => topics;
    }
  });
});
