/**
 * Caveats travel with the figure: a discrepancy note names the figure it concerns and says what is wrong,
 * once per discrepancy; the chart CSV carries each value's source rows and notes; the exported image
 * draws the notes. Expected texts are written by hand from the fixture rows below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { renderChart, standaloneSvg, type BarsSpec } from '../../src/charts/index.ts';
import { loadData } from '../../src/data/load.ts';
import { chartCsv } from '../../src/publish/chart-files.ts';
import { uniqueNotes } from '../../src/views/caveats.ts';
import { discrepancyNotes, rowSources, type ViewContext, contextOf } from '../../src/views/context.ts';
import { dataDir, removeDataDirs, VALID_MIN } from './helpers.ts';

afterAll(removeDataDirs);

const minimal = (name: string) => readFileSync(join(VALID_MIN, name), 'utf8');
// The report prints "7,2 %/năm" for a fall from 51,6% to 13,45% over 5 years: (51,6 − 13,45) / 5 = 7,63.
const POVERTY = minimal('poverty.csv')
  .replace('35.1,percent,"35,1%"', '51.6,percent,"51,6%"')
  .replace('8.77,percent,"8,77%"', '13.45,percent,"13,45%"')
  .replace('5.27,pp_per_year,"5,27%/năm"', '7.2,pp_per_year,"7,2 %/năm"');
// A misprinted figure ("VNĐ" where "VĐT" was meant), kept as printed with a note.
const FUNDING = `${minimal('funding.csv').trimEnd()}\nbg-2023-11-17-f10,bg-2023-11-17,3.1.3,son-dong,ntp1719,2023,all,dtpt,ntp1719.da3,assigned,1098,mvnd,,Vốn giao: VNĐ 1.098trđ,malformed,Ký hiệu “VNĐ” in sai; đọc là vốn đầu tư 1.098 triệu đồng.,,\n`;

async function context(): Promise<ViewContext> {
  const data = await loadData(dataDir(null, { 'poverty.csv': POVERTY, 'funding.csv': FUNDING }));
  expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return contextOf(data);
}

describe('discrepancy notes', () => {
  it('name the figure, its value and what is wrong, with the link to its entry on the data-quality page', async () => {
    const ctx = await context();
    const [decrease] = discrepancyNotes(ctx, ['bg-2023-11-30-p03']);
    expect(decrease).toEqual({
      text: 'Mức giảm bình quân/năm, vùng đồng bào DTTS&MN, chuẩn nghèo 2016–2020, 2015–2020, tỉnh Bắc Giang: 7,2 điểm phần trăm/năm — tỷ lệ hộ nghèo của báo cáo, từ 51,6% (năm 2015) xuống 13,45% (năm 2020), cho mức giảm bình quân 7,63 điểm phần trăm/năm.',
      href: expect.stringMatching(/^\/du-lieu\/chat-luong\/#poverty-decrease-/),
      discrepancy: true,
      rowIds: ['bg-2023-11-30-p03', 'bg-2023-11-30-p01', 'bg-2023-11-30-p02'],
    });
    const [misprint] = discrepancyNotes(ctx, ['bg-2023-11-17-f10']);
    expect(misprint!.text).toBe(
      'Vốn giao (kế hoạch), năm 2023, vốn đầu tư phát triển, Dự án 3, huyện Sơn Động: 1.098 triệu đồng — báo cáo in sai con số này (“Vốn giao: VNĐ 1.098trđ”); số trên là cách chúng tôi đọc.',
    );
    expect(misprint!.href).toMatch(/^\/du-lieu\/chat-luong\/#malformed-/);
    // A chart showing only the rates the decrease is checked against still names the printed decrease.
    expect(discrepancyNotes(ctx, ['bg-2023-11-30-p01'])[0]!.text).toBe(decrease!.text);
  });

  it('a total against its parts: named by the total, saying when the chart shows only the parts', async () => {
    // 495.000 printed for central 442.628 + provincial 52.500 = 495.128.
    const funding = minimal('funding.csv').replace('495128,mvnd,,495.128 triệu đồng', '495000,mvnd,,495.000 triệu đồng');
    const data = await loadData(dataDir(null, { 'funding.csv': funding }));
    const ctx = contextOf(data);
    expect(discrepancyNotes(ctx, ['bg-2023-11-17-f01']).map((n) => n.text)).toEqual(['Vốn giao (kế hoạch), năm 2023, tỉnh Bắc Giang: 495.000 triệu đồng — các phần của tổng này cộng lại là 495.128 triệu đồng.']);
    expect(discrepancyNotes(ctx, ['bg-2023-11-17-f02', 'bg-2023-11-17-f03']).map((n) => n.text)).toEqual([
      'Vốn giao (kế hoạch), năm 2023, tỉnh Bắc Giang: 495.000 triệu đồng — các phần của tổng này (gồm cả số liệu ở đây) cộng lại là 495.128 triệu đồng, nhiều hơn tổng.',
    ]);
  });

  it('are listed once per discrepancy, however many of its rows a chart shows', async () => {
    const ctx = await context();
    const notes = discrepancyNotes(ctx, ['bg-2023-11-30-p01', 'bg-2023-11-30-p02', 'bg-2023-11-30-p03', 'bg-2023-11-17-f10', 'bg-2023-11-17-f10']);
    expect(notes).toHaveLength(2);
    expect(new Set(notes.map((n) => n.text)).size).toBe(2);
    const twice = uniqueNotes([notes[0]!, { ...notes[0]!, rowIds: ['x'] }, { text: 'Ghi chú chung.' }, { text: 'Ghi chú chung.' }]);
    expect(twice.map((n) => n.text)).toEqual([notes[0]!.text, 'Ghi chú chung.']);
    expect(twice[0]!.rowIds).toEqual(['bg-2023-11-30-p03', 'bg-2023-11-30-p01', 'bg-2023-11-30-p02', 'x']);
  });
});

describe('chart CSV: the source rows and notes behind each value', () => {
  it('adds report, section, date, status, note and row ids; a value from several rows lists each', async () => {
    const ctx = await context();
    const spec: BarsSpec = {
      kind: 'bars',
      id: 'x',
      title: 'Giải ngân',
      subtitle: 'triệu đồng',
      unit: 'mvnd',
      asOf: '2023-11-15',
      sources: [{ title: 'Ban Dân tộc tỉnh Bắc Giang' }],
      notes: [{ text: 'Chỉ gồm vốn năm 2023.' }, ...discrepancyNotes(ctx, ['bg-2023-11-17-f10'])],
      rows: [
        { category: 'Tổng', group: 'Vốn giao', value: 495128, rowIds: ['bg-2023-11-17-f01'] },
        { category: 'Tổng', group: 'Chưa giải ngân', value: 247965, rowIds: ['bg-2023-11-17-f06', 'bg-2023-11-17-f07'] },
        { category: 'Dự án 3', group: 'Vốn giao', value: 1098, rowIds: ['bg-2023-11-17-f10'] },
        { category: 'Không rõ', group: 'Vốn giao', value: 1 },
      ],
    };
    const text = new TextDecoder().decode(chartCsv(spec, { sourceOf: rowSources(ctx, spec.rows.flatMap((r) => r.rowIds ?? [])), link: (h) => `https://example.org${h}` }));
    const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(header).toEqual(['Hạng mục', 'Nhóm', 'Giá trị', 'Đơn vị', 'report_id', 'report', 'section', 'as_of', 'as_of_from', 'decision_date', 'figure_status', 'note', 'row_note', 'chart_note', 'row_id']);
    const report = 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023';
    const WHOLE = 'Chỉ gồm vốn năm 2023.';
    // f01 gives no as-of date: it counts at its report's date, and the row says whose date it is.
    expect(rows[0]).toEqual(['Tổng', 'Vốn giao', '495128', 'triệu đồng', 'bg-2023-11-17', report, '3.1.2', '2023-11-17', 'báo cáo', '', 'reported', '', '', WHOLE, 'bg-2023-11-17-f01']);
    // 418.318 − 170.353: printed by neither row, so «computed from» their status.
    expect(rows[1]).toEqual(['Tổng', 'Chưa giải ngân', '247965', 'triệu đồng', 'bg-2023-11-17', report, '3.1.2', '2023-11-15', 'số liệu', '', 'computed from reported', '', '', WHOLE, 'bg-2023-11-17-f06; bg-2023-11-17-f07']);
    expect(rows[2]!.slice(4, 11)).toEqual(['bg-2023-11-17', report, '3.1.3', '2023-11-17', 'báo cáo', '', 'malformed']);
    expect(rows[2]![11]).toMatch(/^Vốn giao \(kế hoạch\), năm 2023, vốn đầu tư phát triển, Dự án 3, huyện Sơn Động: 1\.098 triệu đồng — báo cáo in sai con số này .*\(https:\/\/example\.org\/du-lieu\/chat-luong\/#malformed-\w+\)$/);
    // The data team's note on the row, whole (its own «;» kept), beside the discrepancy it explains.
    expect(rows[2]![12]).toBe('Ký hiệu “VNĐ” in sai; đọc là vốn đầu tư 1.098 triệu đồng.');
    expect(rows[2]!.at(-1)).toBe('bg-2023-11-17-f10');
    // The chart's own note, about no one value, is on every line, a value without a source row's too.
    expect(rows[2]![13]).toBe(WHOLE);
    expect(rows[3]!.slice(4)).toEqual(['', '', '', '', '', '', '', '', '', WHOLE, '']);
  });
});

describe('exported image', () => {
  it('draws every note, wrapped, below the chart, and grows to hold them', async () => {
    const ctx = await context();
    const notes = discrepancyNotes(ctx, ['bg-2023-11-30-p03']);
    const spec: BarsSpec = {
      kind: 'bars',
      id: 'muc-giam',
      title: 'Mức giảm',
      subtitle: 'điểm phần trăm/năm',
      unit: 'pp_per_year',
      asOf: '2020',
      sources: [{ title: 'Ban Dân tộc tỉnh Bắc Giang' }],
      notes,
      rows: [{ category: 'Vùng đồng bào DTTS&MN', value: 7.2, rowIds: ['bg-2023-11-30-p03'] }],
    };
    const bare = { ...spec, notes: [] };
    const svg = standaloneSvg(spec, renderChart(spec).svgWide);
    const lines = [...svg.matchAll(/<text x="(\d+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
    const heading = lines.findIndex((l) => l.text === 'Lưu ý về số liệu:');
    expect(heading).toBeGreaterThan(0);
    // The note's lines, joined again, are its text; none is wider than the image allows ((720 − 2×16 − 12) / (12 × 0,58) = 97 characters).
    const body = lines.slice(heading + 1).filter((l) => l.x > 16 && l.y < lines.find((x) => x.text.startsWith('Số liệu đến'))!.y);
    expect(body.length).toBeGreaterThan(1);
    expect(body.map((l) => l.text).join(' ').replaceAll('&amp;', '&')).toBe(notes[0]!.text);
    for (const l of body) expect(l.text.replaceAll('&amp;', '&').length).toBeLessThanOrEqual(97);
    const height = (s: string) => Number(/height="(\d+)"/.exec(s)![1]);
    expect(height(svg)).toBeGreaterThan(height(standaloneSvg(bare, renderChart(bare).svgWide)) + body.length * 15);
  });
});
