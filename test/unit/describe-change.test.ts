/**
 * A chart's text summary gives a change of rates to the decimals of the coarser rate, as the cards do (walk-through
 * 28: the card said 4,23 points, the summary 4,2). Expected texts worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { describe as summary } from '../../src/charts/describe.ts';
import type { SeriesSpec } from '../../src/charts/index.ts';

const rates = (from: number, to: number): SeriesSpec => ({
  kind: 'series',
  id: 'ty-le',
  title: 'Tỷ lệ hộ nghèo',
  subtitle: 'Tỷ lệ hộ nghèo (%)',
  unit: 'percent',
  asOf: '2024',
  sources: [],
  rows: [
    { series: 'Toàn địa bàn', date: '2023', value: from },
    { series: 'Toàn địa bàn', date: '2024', value: to },
  ],
});

describe('a change of rates in a chart’s summary', () => {
  it('keeps the decimals both rates were printed with, and no more than the coarser one', () => {
    // 22,18% to 17,95%: 4,23 points, as the card and the report say.
    expect(summary(rates(22.18, 17.95))).toContain('giảm 4,23 điểm phần trăm');
    // 3,12% to 2,4%: 0,7 points, never 0,72.
    expect(summary(rates(3.12, 2.4))).toContain('giảm 0,7 điểm phần trăm');
  });
});
