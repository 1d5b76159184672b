/**
 * Every chart with the pages it is on (its downloads, embed page and citation come from this list), and the order of
 * a section's cards. Expected values from valid-min: Bắc Giang's money, plan 511 and poverty charts, Sơn Động's
 * project chart, the home page's two; Bạch Thông's reports (periods to 06/2023 and 12/2023) are added for the order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { newestFirst } from '../../src/views/order.ts';
import { chartRegistry, chartRowSources } from '../../src/views/registry.ts';
import { BACH_THONG, fixtureContext, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

let ctx: ViewContext;
let bachThong: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext();
  bachThong = await fixtureContext({ 'areas.csv': BACH_THONG.areas(), 'reports.csv': BACH_THONG.reports() });
});

describe('the chart registry', () => {
  it('each chart once, its topic page first, then its area’s page; the home page’s charts on /', () => {
    const pages = Object.fromEntries([...chartRegistry(ctx)].map(([id, c]) => [id, c.pages]));
    expect(pages).toEqual({
      'von-giao-theo-nguon-bac-giang': ['/giai-ngan/', '/dia-ban/bac-giang/'],
      'tinh-trang-ke-hoach-511-bac-giang': ['/cong-trinh/', '/dia-ban/bac-giang/'],
      'hoan-thanh-theo-huyen-2022-2024-bac-giang': ['/cong-trinh/', '/dia-ban/bac-giang/'],
      'ke-hoach-511-theo-loai-bac-giang': ['/cong-trinh/', '/dia-ban/bac-giang/'],
      'ty-le-ho-ngheo-bac-giang': ['/ho-ngheo/', '/dia-ban/bac-giang/'],
      'muc-giam-decrease-avg-per-year-bac-giang': ['/ho-ngheo/', '/dia-ban/bac-giang/'],
      // One fund year (2023): its rate is a card on the home page, not a one-bar chart; so is Sơn Động's one project.
      'tong-quan-cong-trinh': ['/'],
    });
    expect(chartRegistry(ctx).get('tinh-trang-ke-hoach-511-bac-giang')!.spec.title).toBe('Kế hoạch 2022–2024: 56 trên 75 công trình đã hoàn thành');
  });

  it('the source of a chart’s value for its CSV; a row on no chart has none', () => {
    const source = chartRowSources(ctx);
    expect(source('bg-2023-11-30-w05')).toEqual({
      report_id: 'bg-2023-11-30', report: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 30/11/2023', section: 'II.3.1', as_of: '2023-11-30', as_of_from: 'số liệu', decision_date: '', figure_status: 'reported', row_note: '', values: [{ value: 56, unit: 'work' }],
    });
    // 523 prestigious persons: a card only.
    expect(source('bg-2023-11-17-n01')).toBeUndefined();
  });
});

describe('the order of cards', () => {
  it('newest reporting period first; one period keeps the views’ order; a card without a known report last', () => {
    const cards = [
      { id: 'a', reportId: 'bg-2023-11-17' },
      { id: 'b', reportId: undefined },
      { id: 'c', reportId: 'bt-2023-06' },
      { id: 'd', reportId: 'bt-2023-12' },
      { id: 'e', reportId: 'bg-2023-11-30' },
      { id: 'f', reportId: 'khong-co' },
    ];
    // Periods: 11/2023, none, 06/2023, 12/2023, 11/2023 (the report of 30/11 covers 2021 to 11/2023), unknown.
    expect(newestFirst(bachThong, cards).map((c) => c.id)).toEqual(['d', 'a', 'e', 'c', 'b', 'f']);
  });
});
