/**
 * The chart family, rendered from fixture rows: what a reader would notice on the page
 * (labels, order, numbers, tooltips, the description) and what must never happen
 * (a line joining two poverty standards, English number formats).
 */
import { parseHTML } from 'linkedom';
import { formatHeadline } from '../../src/core/format.ts';
import { describe, expect, it } from 'vitest';
import { checkSpec, renderChart, standaloneSvg, tableModel, type ChartSpec } from '../../src/charts/index.ts';
import {
  ALL,
  completion,
  groupedBars,
  povertySeries,
  progressSeries,
  singleBars,
  stackedBars,
} from '../fixtures/charts/specs.ts';

/** The SVG as a DOM, to query marks the way a reader sees them. */
function dom(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document;
}
const texts = (svg: string) => [...dom(svg).querySelectorAll('text')].map((t) => t.textContent ?? '');
const titles = (svg: string) => [...dom(svg).querySelectorAll('title')].map((t) => t.textContent ?? '');

describe.each(ALL.map((s) => [s.kind, s.id, s] as const))('%s chart "%s"', (_kind, _id, spec) => {
  const chart = renderChart(spec);

  it('renders a narrow (phone) and a wide drawing as standalone-ready SVG', () => {
    for (const svg of [chart.svgNarrow, chart.svgWide]) {
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).not.toContain('<style'); // shared once in charts.css
    }
    expect(chart.svgNarrow).toContain('viewBox="0 0 288 '); // a 320 px phone's column: its 13 px text is never shrunk
    expect(chart.svgWide).toContain('viewBox="0 0 720 ');
  });

  it('gives every bar or dot a native tooltip with its value in vi-VN', () => {
    const tips = titles(chart.svgWide);
    expect(tips).toHaveLength(spec.rows.length);
    for (const t of tips) expect(t).toMatch(/\d/);
    expect(tips.join(' ')).not.toMatch(/\d,\d{3}\b/); // no English thousands separators
  });

  it('keeps coordinates short (one decimal) so the page stays light', () => {
    const geometry = chart.svgWide.match(/\s(?:d|x|y|width|height|transform)="[^"]*"/g) ?? [];
    expect(geometry.length).toBeGreaterThan(0);
    expect(geometry.filter((a) => /\d\.\d{2,}/.test(a))).toEqual([]);
  });

  it('has a Vietnamese description and a table with a caption and numeric columns', () => {
    expect(chart.description.length).toBeGreaterThan(30);
    expect(chart.altText.startsWith(spec.title)).toBe(true);
    expect(chart.table.caption).toContain(spec.title);
    expect(chart.table.columns.slice(1).every((c) => c.numeric)).toBe(true);
    expect(chart.table.rows.length).toBeGreaterThan(0);
  });

  it('exports one image with the title, subtitle, source and date drawn in', () => {
    const svg = standaloneSvg(spec, chart.svgWide);
    const all = texts(svg).join(' ');
    expect(all).toContain(spec.title.split(' ')[0]);
    expect(all).toContain('Nguồn: Báo cáo số 123/BC-BDT');
    expect(all).toMatch(/Số liệu đến (ngày \d\d\/\d\d\/\d{4}|tháng|năm)/);
    expect(svg).not.toContain('system-ui');
  });
});

describe('horizontal bars', () => {
  it('draws one bar per row and writes vi-VN ticks and values', () => {
    const chart = renderChart(singleBars);
    const doc = dom(chart.svgWide);
    expect(doc.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(singleBars.rows.length);
    const all = texts(chart.svgWide);
    expect(all).toContain('100.000');
    expect(all).toContain('130.595');
    expect(all).toContain('98.200,5');
    expect(all).toContain('triệu đồng');
  });

  it('lists districts in Vietnamese alphabetical order (Ân, Đông before Lục)', () => {
    const chart = renderChart(singleBars);
    const labels = texts(chart.svgNarrow).filter((t) => singleBars.rows.some((r) => r.category === t));
    expect(labels).toEqual(['Ân Thi', 'Đông Hưng', 'Lục Nam', 'Lục Ngạn', 'Sơn Động', 'Yên Thế']);
    expect(chart.table.rows.map((r) => r[0])).toEqual(labels);
  });

  it('orders by value, largest first, when asked', () => {
    const chart = renderChart({ ...singleBars, order: 'value' });
    expect(chart.table.rows.map((r) => r[0]).slice(0, 2)).toEqual(['Sơn Động', 'Lục Ngạn']);
  });

  it('says which is largest and smallest, in tỷ đồng', () => {
    const { description } = renderChart(singleBars);
    expect(description).toContain('lớn nhất là Sơn Động: 130,6 tỷ đồng');
    expect(description).toContain('nhỏ nhất là Đông Hưng: 4,3 tỷ đồng');
    expect(description).toContain('6 huyện');
  });

  it('wraps long project names on the phone drawing instead of cutting them', () => {
    const chart = renderChart(groupedBars);
    const lines = texts(chart.svgNarrow);
    expect(lines.some((t) => t.startsWith('Dự án 1: Giải quyết'))).toBe(true);
    expect(lines.some((t) => t.includes('nước sinh hoạt'))).toBe(true);
    for (const t of lines) expect(t.length).toBeLessThanOrEqual(48);
  });

  it('labels the groups directly on a phone, in a key beside the names on a wide screen, and compares their totals', () => {
    const chart = renderChart(groupedBars);
    // Phone: each project's name on its own line(s), then its two bars, each named.
    const narrow = texts(chart.svgNarrow);
    expect(narrow.filter((t) => t === 'Vốn giao')).toHaveLength(3);
    expect(narrow.filter((t) => t === 'Giải ngân')).toHaveLength(3);
    // Wide: the groups once, in the key; each name in the left column, level with its project's first bar.
    const wide = dom(chart.svgWide);
    expect([...wide.querySelectorAll('text.chart-key, .chart-key text')].map((t) => t.textContent)).toEqual(['Vốn giao', 'Giải ngân']);
    expect(texts(chart.svgWide).filter((t) => t === 'Vốn giao' || t === 'Giải ngân')).toHaveLength(2);
    const bars = [...wide.querySelectorAll('g[aria-label="bar"] rect')];
    expect(bars).toHaveLength(6);
    // The name wraps in its column: its first line is level with the first bar.
    const name = [...wide.querySelectorAll('text')].find((t) => t.textContent!.startsWith('Dự án 4:'))!;
    const firstBar = bars.find((b) => b.querySelector('title')!.textContent!.startsWith('Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu – Vốn giao'))!;
    const nameY = Number(/translate\([^,]+,([\d.]+)\)/.exec(name.getAttribute('transform')!)![1]) + Number(/translate\([^,]+,([\d.]+)\)/.exec(name.parentElement!.getAttribute('transform') ?? 'translate(0,0)')![1]);
    expect(Math.abs(nameY - (Number(firstBar.getAttribute('y')) + Number(firstBar.getAttribute('height')) / 2))).toBeLessThan(3);
    expect(chart.description).toContain('bằng 52,4% vốn giao');
    expect(chart.table.columns.map((c) => c.label)).toEqual(['Dự án', 'Vốn giao', 'Giải ngân']);
    expect(chart.table.unitNote).toBe('Đơn vị: triệu đồng');
    expect(chart.table.caption).toContain('Đơn vị: triệu đồng');
  });

  it('adds nothing up unless the view proved the rows may be added, and says a total is computed', () => {
    // 45.000 + 130.595 + 22.000 = 197.595 → "197,6 tỷ đồng"; 20.150 + 80.838 + 2.500 = 103.488 → 52,4 %.
    expect(renderChart(groupedBars).description).toContain('Cộng các khoản trong biểu đồ (trang này tự tính, báo cáo không nêu tổng này): vốn giao 197,6 tỷ đồng');
    const unproven = renderChart({ ...groupedBars, additive: undefined }).description;
    expect(unproven).not.toMatch(/Cộng|[Tt]ổng/);
    expect(unproven).not.toContain('197,6');
  });

  it('never ranks categories that overlap (a total among its parts): lists them instead', () => {
    const d = renderChart({ ...singleBars, overlapping: true }).description;
    expect(d).toContain('chồng lấn');
    expect(d).not.toMatch(/lớn nhất|nhỏ nhất/);
    for (const r of singleBars.rows) expect(d).toContain(r.category);
    const g = renderChart({ ...groupedBars, overlapping: true }).description;
    expect(g).not.toMatch(/lớn nhất|Cộng/);
  });

  it('stacks segments end to end with a key inside the image', () => {
    const chart = renderChart(stackedBars);
    const all = texts(chart.svgWide);
    for (const g of stackedBars.groups!) expect(all).toContain(g);
    expect(all).toContain('138.000'); // the total at the end of the 2023 bar
    expect(chart.table.rows[1]).toEqual(['Năm 2023', '120.000', '15.000', '3.000', '138.000']);
  });
});

describe('series over dates', () => {
  it('never joins points of different series (poverty standards)', () => {
    const chart = renderChart(povertySeries);
    const paths = [...dom(chart.svgWide).querySelectorAll('g[aria-label="line"] path')];
    // Two series have two points each; the third has one point and no line.
    expect(paths).toHaveLength(2);
    for (const p of paths) expect((p.getAttribute('d') ?? '').match(/[ML]/g)).toHaveLength(2);
    expect(chart.description).toContain('không được nối với nhau');
  });

  it('tells series apart by shape and a written key, not by colour alone (greyscale print, colour blindness)', () => {
    const svg = dom(renderChart(povertySeries).svgWide);
    const shapeOf = new Map<string, Set<string>>();
    for (const p of svg.querySelectorAll('g[aria-label="dot"] path')) {
      const fill = p.getAttribute('fill') ?? p.parentElement?.getAttribute('fill') ?? '';
      shapeOf.set(fill, (shapeOf.get(fill) ?? new Set()).add(p.getAttribute('d') ?? ''));
    }
    const series = new Set(povertySeries.rows.map((r) => (r as { series: string }).series));
    expect(shapeOf.size).toBe(series.size);
    const shapes = [...shapeOf.values()].map((ds) => [...ds].join('|'));
    expect(new Set(shapes).size, 'each series its own dot shape').toBe(series.size);
    for (const name of series) expect(texts(renderChart(povertySeries).svgWide).join(' ')).toContain(name);
  });

  it('draws sparse data as dots only unless asked to join', () => {
    const chart = renderChart(progressSeries);
    expect(dom(chart.svgWide).querySelectorAll('g[aria-label="line"]')).toHaveLength(0);
    expect(dom(chart.svgWide).querySelectorAll('g[aria-label="dot"] path, g[aria-label="dot"] circle')).toHaveLength(3);
  });

  it('writes years as years and report dates as dd/mm/yyyy', () => {
    expect(texts(renderChart(povertySeries).svgWide)).toEqual(expect.arrayContaining(['2020', '2023']));
    expect(texts(renderChart(povertySeries).svgWide)).not.toContain('2.023');
    const progress = texts(renderChart(progressSeries).svgWide);
    expect(progress).toEqual(expect.arrayContaining(['30/06/2023', '15/09/2023', '17/11/2023']));
    expect(titles(renderChart(progressSeries).svgWide)).toContain('Vốn năm 2023, 17/11/2023: 61,9%');
  });

  it('states the change in percentage points', () => {
    const { description, table } = renderChart(povertySeries);
    expect(description).toContain('từ 17,9% (năm 2022) đến 13,3% (năm 2023), giảm 4,6 điểm phần trăm, trang tự tính.');
    expect(table.rows.map((r) => r[0])).toEqual(['năm 2020', 'năm 2021', 'năm 2022', 'năm 2023']);
    expect(table.rows[0]).toContain('–'); // sparse cells stay empty, never filled in
  });
});

describe('completion', () => {
  const chart = renderChart(completion);

  it('shows completed of all at the end of each bar and a hatched pattern for works under way', () => {
    const all = texts(chart.svgWide);
    expect(all).toEqual(expect.arrayContaining(['18/24', '12/17', 'Hoàn thành', 'Đang thi công', 'Chưa khởi công']));
    expect(chart.svgWide).toContain('<pattern id="cong-trinh-theo-huyen-wide-hatch"');
    expect(chart.svgNarrow).toContain('<pattern id="cong-trinh-theo-huyen-narrow-hatch"');
    expect(chart.svgWide).toContain('fill="url(#cong-trinh-theo-huyen-wide-hatch)"');
  });

  it('sums the works and names the district with most completed', () => {
    expect(chart.description).toContain('75 công trình: 43 hoàn thành, 57,3%');
    expect(chart.description).toContain('tự tính');
    expect(chart.description).toContain('lớn nhất là Sơn Động: 18 công trình');
    expect(chart.table.rows.find((r) => r[0] === 'Sơn Động')).toEqual(['Sơn Động', '18', '4', '2', '24', '75%']);
  });
});

describe('the data table\'s notes on values (the data team\'s notes on their source rows)', () => {
  // Notes as the data team writes them in a row's `note`; r1 and r4 share one.
  const NOTES: Record<string, string> = {
    r1: 'Số liệu của Kho bạc Nhà nước đến 15/11/2023.',
    r4: 'Số liệu của Kho bạc Nhà nước đến 15/11/2023.',
    r5: 'Số in sai định dạng (hai dấu phẩy).',
  };
  const notesOf = (ids: readonly string[]) => [...new Set(ids.map((id) => NOTES[id]).filter((n): n is string => n !== undefined))];
  const ids = <T extends object>(rows: readonly T[]) => rows.map((r, i) => ({ ...r, rowIds: [`r${i}`] }));

  it('marks each value read from a noted row with its note\'s number, and lists the notes once each, in reading order', () => {
    const table = tableModel({ ...stackedBars, rows: ids(stackedBars.rows) }, notesOf);
    // Rows r0–r2 are 2022 (r1: Đối ứng tỉnh), r3–r5 are 2023 (r4: Đối ứng tỉnh, the same note; r5: Huyện, xã).
    // The cells keep their text; the numbers are beside them. The stack's total is the page's sum: no number.
    expect(table.rows[0]).toEqual(['Năm 2022', '90.000', '9.000', '1.200', '100.200']);
    expect(table.marks).toEqual([
      [[], [], [1], [], []],
      [[], [], [1], [2], []],
    ]);
    expect(table.footnotes).toEqual([NOTES.r1, NOTES.r5]);
  });

  it('gives a cell made of several rows the numbers of all their notes, smallest first; a table without notes has none', () => {
    const rows = completion.rows.map((r, i) => ({ ...r, rowIds: i === 0 ? ['r5', 'r1'] : i === 3 ? ['r1'] : [] }));
    const table = tableModel({ ...completion, rows }, notesOf);
    // Rows are Lục Nam, Lục Ngạn, Sơn Động, Yên Thế (Vietnamese order): Lục Ngạn's completed (r1) is read first.
    expect(table.rows.map((r) => r[0])).toEqual(['Lục Nam', 'Lục Ngạn', 'Sơn Động', 'Yên Thế']);
    expect(table.footnotes).toEqual([NOTES.r1, NOTES.r5]);
    expect(table.marks![2]).toEqual([[], [1, 2], [], [], [], []]);
    expect(table.marks![1]).toEqual([[], [1], [], [], [], []]);
    expect(tableModel({ ...completion, rows }, () => []).footnotes).toBeUndefined();
    expect(renderChart(completion).table.marks).toBeUndefined();
  });
});

describe('spec checks', () => {
  it('refuses an id that cannot be an anchor, in Vietnamese', () => {
    const bad: ChartSpec = { ...singleBars, id: 'Giải ngân' };
    expect(checkSpec(bad)[0]).toContain('chữ thường không dấu');
    expect(() => renderChart(bad)).toThrow(/Biểu đồ "Giải ngân"/);
  });

  it('refuses a chart without rows or sources', () => {
    expect(checkSpec({ ...singleBars, rows: [], sources: [] })).toHaveLength(2);
  });
});

describe('headline figures (Figure.astro)', () => {
  it('reads large amounts in tỷ đồng with the exact triệu đồng beside them', () => {
    expect(formatHeadline(80_838, 'mvnd')).toEqual({ number: '80,8', unit: 'tỷ đồng', exact: '80.838 triệu đồng' });
    expect(formatHeadline(950, 'mvnd')).toEqual({ number: '950', unit: 'triệu đồng' });
    // The exact amount keeps every decimal the report printed (Bạch Thông's 43.311,406), not two.
    expect(formatHeadline(43_311.406, 'mvnd').exact).toBe('43.311,406 triệu đồng');
  });
  it('writes rates with a comma and counts out of a total', () => {
    // A rate keeps the two decimals reports print (walk-through 8: «7,15%» read «7,2%» on its card).
    expect(formatHeadline(61.94, 'percent')).toEqual({ number: '61,94%', unit: '' });
    expect(formatHeadline(7.15, 'percent')).toEqual({ number: '7,15%', unit: '' });
    expect(formatHeadline(31.5, 'percent')).toEqual({ number: '31,5%', unit: '' });
    expect(formatHeadline(43, 'work', 75)).toEqual({ number: '43/75', unit: 'công trình' });
    expect(formatHeadline(1234, 'person')).toEqual({ number: '1.234', unit: 'người' });
  });
  it('prints every decimal the report printed, in every figure of a card: one rule, never two decimals', () => {
    // Bạch Thông's SN allocation «16.567,406», its amounts under a share «612,455/16.567,406», a rate «40,735%».
    expect(formatHeadline(612.455, 'mvnd')).toEqual({ number: '612,455', unit: 'triệu đồng' });
    expect(formatHeadline(612.455, 'mvnd', 16_567.406)).toEqual({ number: '612,455/16.567,406', unit: 'triệu đồng' });
    expect(formatHeadline(40.735, 'percent')).toEqual({ number: '40,735%', unit: '' });
  });
});
