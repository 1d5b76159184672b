/**
 * A chart's text summary gives a change of rates to the decimals of the coarser rate, as the cards do (walk-through
 * 28: the card said 4,23 points, the summary 4,2). Expected texts worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { describe as summary } from '../../src/charts/describe.ts';
import type { BarsSpec, SeriesSpec } from '../../src/charts/index.ts';

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

describe('the largest and smallest of a bar chart’s summary', () => {
  const bars = (rows: { category: string; value: number; qualifier?: 'tren' | 'khoang' }[]): BarsSpec => ({
    kind: 'bars',
    id: 'ty-le-theo-huyen',
    title: 'Tỷ lệ giải ngân theo huyện',
    subtitle: 'Tỷ lệ giải ngân (%)',
    unit: 'percent',
    asOf: '2025-06-15',
    sources: [],
    rows: rows.map((r) => ({ ...r, rowIds: [] })),
    categoryLabel: 'Huyện',
  });

  it('names the largest and smallest of exact figures, ties together', () => {
    expect(summary(bars([{ category: 'Sơn Động', value: 45 }, { category: 'Lục Ngạn', value: 45 }, { category: 'Yên Thế', value: 31.2 }]))).toContain(
      'lớn nhất là Lục Ngạn, Sơn Động: 45%; nhỏ nhất là Yên Thế: 31,2%',
    );
  });

  it('ranks nothing beside a bound, and never lends one district another’s «trên» (walk-through 32)', () => {
    // «Các huyện Sơn Động, Lục Ngạn giải ngân đạt trên 45%; huyện Yên Thế đạt 31,2%», Sơn Động copied without «trên».
    const text = summary(bars([{ category: 'Sơn Động', value: 45 }, { category: 'Lục Ngạn', value: 45, qualifier: 'tren' }, { category: 'Yên Thế', value: 31.2 }]));
    expect(text).toContain('Sơn Động: 45%; Lục Ngạn: trên 45%; Yên Thế: 31,2%');
    expect(text).not.toContain('lớn nhất');
  });

  it('a largest or smallest value a note under the chart questions is said to have one, in each group and stack', () => {
    // Bạch Thông's report: SN allocated 46.929 (a note: more than the 16.567 assigned), ĐTPT 26.744 (no note).
    const money: BarsSpec = {
      kind: 'bars', id: 'von', title: 'Vốn', subtitle: 'Vốn, triệu đồng', unit: 'mvnd', asOf: '2023-06', sources: [],
      rows: [
        { category: 'Năm 2023 – Vốn ĐTPT', group: 'Vốn đã phân bổ', value: 26744, rowIds: ['a'] },
        { category: 'Năm 2023 – Vốn SN', group: 'Vốn đã phân bổ', value: 46929, rowIds: ['b'] },
        { category: 'Năm 2023 – Vốn ĐTPT', group: 'Đã giải ngân', value: 5000, rowIds: ['c'] },
        { category: 'Năm 2023 – Vốn SN', group: 'Đã giải ngân', value: 2080, rowIds: ['d'] },
      ],
      notes: [{ text: 'Vốn SN đã phân bổ nhiều hơn vốn giao', discrepancy: true, rowIds: ['b'] }, { text: 'Chỉ gồm năm 2023.', rowIds: ['c'] }],
    };
    const text = summary(money);
    expect(text).toContain('Vốn đã phân bổ: lớn nhất là Năm 2023 – Vốn SN: 46,9 tỷ đồng (số này có lưu ý, xem ghi chú dưới biểu đồ); nhỏ nhất là Năm 2023 – Vốn ĐTPT: 26,7 tỷ đồng.');
    // A note about a document the section cites is beside every value of the section, and questions none of them.
    const cited = summary({ ...money, notes: [{ text: 'Văn bản dẫn ở cùng mục của báo cáo: 788/BDT-CSDT&ĐB …', discrepancy: true, section: true, rowIds: ['a', 'b', 'c', 'd'] }] });
    expect(cited).not.toContain('có lưu ý');
    // A note that is no discrepancy marks nothing.
    expect(text).toContain('Đã giải ngân: lớn nhất là Năm 2023 – Vốn ĐTPT: 5 tỷ đồng; nhỏ nhất là Năm 2023 – Vốn SN: 2,1 tỷ đồng.');
    const stacked = summary({ ...money, layout: 'stacked' });
    expect(stacked).toContain('lớn nhất là Năm 2023 – Vốn SN: 49 tỷ đồng (số này có lưu ý, xem ghi chú dưới biểu đồ); nhỏ nhất là Năm 2023 – Vốn ĐTPT: 31,7 tỷ đồng');
  });
});
