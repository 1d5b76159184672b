/**
 * A month-only date on a chart over dates: never drawn or labelled on an invented day. It stands at
 * the month's last day (where the rule for the current figure counts it, data/time.ts) and its tick
 * says the month. Expectations worked by hand: June 2023 ends on the 30th.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderChart, type SeriesSpec } from '../../src/charts/index.ts';
import { position } from '../../src/charts/kinds.ts';

const spec: SeriesSpec = {
  kind: 'series',
  id: 'thang-6',
  title: 't',
  subtitle: 's',
  unit: 'percent',
  asOf: '2023-11-15',
  sources: [{ title: 'Báo cáo', href: '/bao-cao/x/' }],
  rows: [
    { date: '2023-06', series: 'Báo cáo chỉ ghi tháng', value: 18.74 },
    { date: '2023-06-30', series: 'Báo cáo ghi ngày', value: 30 },
    { date: '2023-11-15', series: 'Báo cáo ghi ngày', value: 60 },
  ],
};

/** Each dot's x in the wide drawing, by its tooltip. */
function dotX(svg: string): Map<string, number> {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const out = new Map<string, number>();
  for (const path of document.querySelectorAll('g[aria-label="dot"] path')) {
    const x = Number(/translate\(([\d.]+),/.exec(path.getAttribute('transform') ?? '')?.[1]);
    out.set(path.querySelector('title')?.textContent ?? '', x);
  }
  return out;
}

describe('a month-only date on a chart', () => {
  it('stands at the month’s last day: 2023-06 → 30/06/2023; a year at 31/12', () => {
    expect(position('2023-06', false)).toEqual(new Date(Date.UTC(2023, 5, 30)));
    expect(position('2024-02', false)).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(position('2023', false)).toEqual(new Date(Date.UTC(2023, 11, 31)));
    expect(position('2023-11-15', false)).toEqual(new Date(Date.UTC(2023, 10, 15)));
  });

  it('is drawn where 30/06/2023 is, and labelled as the month, never 15/06/2023', () => {
    const { svgWide, svgNarrow } = renderChart(spec);
    const x = dotX(svgWide);
    const month = x.get('Báo cáo chỉ ghi tháng, tháng 6/2023: 18,74%');
    const lastDay = x.get('Báo cáo ghi ngày, 30/06/2023: 30%');
    expect(month).toBeDefined();
    expect(month).toBe(lastDay);
    for (const svg of [svgWide, svgNarrow]) {
      expect(svg).not.toContain('15/06/2023');
      expect(svg).toContain('>tháng 6/2023</text>');
    }
  });
});
