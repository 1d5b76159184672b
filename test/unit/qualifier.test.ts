/**
 * Qualifiers are part of a figure: "trên 76%" is not "76%". Expected values are read by hand from
 * data/*.csv (figure_text, figure_status) and from the fixture rows, never from the code under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { renderChart, type BarsSpec } from '../../src/charts/index.ts';
import { figureIndex } from '../../src/data/figures.ts';
import { loadData } from '../../src/data/load.ts';
import { combineQualifiers, figureQualifier, printedQualifier, qualified, qualifierHolds, rowQualifier } from '../../src/data/qualifier.ts';
import { indicators, TABLES } from '../../src/data/tables/index.ts';
import { figureText } from '../../src/content/figures.ts';
import { chartCsv } from '../../src/publish/chart-files.ts';
import { tableSchema } from '../../src/publish/datapackage.ts';
import { tableCsv, tableJson } from '../../src/publish/formats.ts';
import type { ViewContext } from '../../src/views/context.ts';
import { disbursementFigures, fundYearChart } from '../../src/views/funding.ts';
import { figureHeadline } from '../../src/views/figure.ts';
import { statusChart, typeChart } from '../../src/views/works.ts';
import { indicatorFigures } from '../../src/views/indicators.ts';
import { shareHeadline } from '../../src/views/share.ts';
import { runChecker, type Published } from '../../src/staff/checker.ts';
import { rowsHtml, type ReportRow } from '../../src/components/report-rows.ts';
import { parseHTML } from 'linkedom';
import { dataDir, removeDataDirs, VALID_MIN } from './helpers.ts';
import { SITE_DATA } from '../browser/site-under-test.ts';
import { SitePaths } from '../../src/lib/links.ts';
import { contextOf } from '../../src/views/context.ts';

afterAll(removeDataDirs);

describe('the qualifier printed before the figure', () => {
  it('reads the words of the figure_text strings of data/*.csv', () => {
    expect(printedQualifier('trên 76%', 76)).toBe('tren');
    expect(printedQualifier('gần 200 đại biểu', 200)).toBe('gan');
    expect(printedQualifier('hơn 2.200 lượt cán bộ', 2200)).toBe('hon');
    expect(printedQualifier('khoảng 7.820 hộ dân', 7820)).toBe('khoang');
    expect(printedQualifier('khoảng hơn 16.000 du khách', 16000)).toBe('khoang_hon');
    expect(printedQualifier('năng suất ước đạt 61,48 tạ/ha', 61.48)).toBe('uoc');
    expect(printedQualifier('sản lượng ước 2.972,96 tấn', 2972.96)).toBe('uoc');
    expect(printedQualifier('hơn 3,276 b Heroin', 3.276)).toBe('hon');
    // Money in million VND, printed in triệu đồng or đồng.
    expect(printedQualifier('trên 2.000 triệu đồng', 2000, true)).toBe('tren');
    expect(printedQualifier('khoảng 900.000 đồng', 0.9, true)).toBe('khoang');
  });

  it('only for THE number that is the value', () => {
    const text = 'triển khai thực hiện được 10 công trình với khoảng 80% khối lượng';
    expect(printedQualifier(text, 10)).toBeNull();
    expect(printedQualifier(text, 80)).toBe('khoang');
    expect(printedQualifier('19/24 công trình', 19)).toBeNull();
    expect(printedQualifier('Sơn Động 10 công trình', 10)).toBeNull();
    expect(printedQualifier('05 (01 vụ chuyển tiếp từ 2022) vụ', 5)).toBeNull();
    expect(printedQualifier('130.595 triệu đồng', 130595, true)).toBeNull();
    expect(printedQualifier('không còn thôn, bản trắng không có đảng viên', 0)).toBeNull();
  });

  it('invented texts: the obvious family, capitals, and trên as "out of"', () => {
    expect(printedQualifier('trên 1.000 hộ', 1000)).toBe('tren');
    expect(printedQualifier('Trên 1.000 hộ', 1000)).toBe('tren');
    expect(printedQualifier('khoảng 80%', 80)).toBe('khoang');
    expect(printedQualifier('19/24', 24)).toBeNull();
    expect(printedQualifier('gần 2 tỷ đồng', 2000, true)).toBe('gan');
    expect(printedQualifier('xấp xỉ 1.500 hộ', 1500)).toBe('xap_xi');
    expect(printedQualifier('dưới 4%', 4)).toBe('duoi');
    expect(printedQualifier('ít nhất 3 xã', 3)).toBe('it_nhat');
    expect(printedQualifier('tối thiểu 3 xã', 3)).toBe('toi_thieu');
    expect(printedQualifier('ước tính 5.000 người', 5000)).toBe('uoc');
    expect(printedQualifier('19 trên 24 công trình', 24)).toBeNull();
    // A word ending in the letters of one is not it.
    expect(printedQualifier('Thôn Chơn 5 hộ', 5)).toBeNull();
  });

  it('an estimate without printed words reads "ước"; printed words win', () => {
    expect(figureQualifier({ figure_text: '100%', figure_status: 'estimate' }, 100)).toBe('uoc');
    expect(figureQualifier({ figure_text: 'khoảng 80% khối lượng', figure_status: 'estimate' }, 80)).toBe('khoang');
    expect(figureQualifier({ figure_text: '100%', figure_status: 'reported' }, 100)).toBeNull();
  });

  it('a planned figure reads «dự kiến», never «ước» (walk-through 18): the word before the number, or an estimate whose text says so', () => {
    expect(printedQualifier('dự kiến 500 hộ', 500)).toBe('du_kien');
    expect(printedQualifier('dự kiến đạt 90%', 90)).toBe('du_kien');
    expect(figureQualifier({ figure_text: 'dự kiến tặng quà 82 người', figure_status: 'estimate' }, 82)).toBe('du_kien');
    expect(figureQualifier({ figure_text: 'tặng quà 82 người', figure_status: 'estimate' }, 82)).toBe('uoc');
    // Not an estimate: the word must be right before the number.
    expect(figureQualifier({ figure_text: 'dự kiến tặng quà 82 người', figure_status: 'reported' }, 82)).toBeNull();
    // An estimate with a bound printed keeps both words (walk-through 23), and is checked as that bound.
    expect(figureQualifier({ figure_text: 'ước giảm trên 1,5 điểm phần trăm', figure_status: 'estimate' }, 1.5)).toBe('uoc_tren');
    expect(qualified('1,5 điểm phần trăm', 'uoc_tren')).toBe('ước trên 1,5 điểm phần trăm');
    expect(figureQualifier({ figure_text: 'ước khoảng 80%', figure_status: 'estimate' }, 80)).toBe('uoc');
    // «ước 6 tháng … giảm thêm khoảng 0,9»: both words (walk-through 24), checked as «khoảng».
    expect(figureQualifier({ figure_text: 'ước 6 tháng đầu năm 2025 giảm thêm khoảng 0,9 điểm phần trăm', figure_status: 'estimate' }, 0.9)).toBe('uoc_khoang');
    expect([qualifierHolds('uoc_khoang', 0.9, 0.95, 0.1), qualifierHolds('uoc_khoang', 0.9, 1.2, 0.1)]).toEqual([true, false]);
    expect(figureQualifier({ figure_text: 'giảm trên 1,5 điểm phần trăm', figure_status: 'reported' }, 1.5)).toBe('tren');
    expect([qualifierHolds('uoc_tren', 74, 74.9, 1), qualifierHolds('uoc_tren', 74, 73.9, 1)]).toEqual([true, false]);
    // What a planned count is divided by keeps it planned; with another word, only «khoảng».
    expect(combineQualifiers([], ['du_kien'])).toBe('du_kien');
    expect(combineQualifiers(['du_kien'], ['tren'])).toBe('khoang');
  });

  it('every qualified row of the tested site\'s data (test/fixtures/site/), and no other', async () => {
    const data = await loadData(SITE_DATA);
    const found: Record<string, string> = {};
    for (const def of TABLES) {
      if (def.kind !== 'observation') continue;
      for (const row of data.tables[def.name] as readonly Record<string, unknown>[]) {
        const q = rowQualifier(def, row);
        if (q) found[String(row.id)] = q;
      }
    }
    // From `grep -iE 'trên|hơn|khoảng|gần|ước|…' data/*.csv` and the rows with figure_status = estimate.
    expect(found).toEqual({
      'bg-2023-11-17-i01': 'tren', // trên 76%
      'bg-2023-11-17-i02': 'uoc', // 100%, estimate
      'bg-2023-11-17-i05': 'gan', // gần 200 đại biểu
      'bg-2023-11-30-i20': 'hon', // hơn 2.200 lượt cán bộ
      'bg-2023-11-30-i21': 'tren', // trên 5.000 người dân
      'bg-2023-11-30-i25': 'gan', // gần 4.000 người
      'bg-2023-11-30-i26': 'hon', // hơn 10%
      'bg-2023-11-30-i32': 'tren', // trên 2.000 triệu đồng
      'bg-2023-11-30-i36': 'khoang', // khoảng 7.820 hộ dân
      'bg-2023-11-30-i39': 'tren', // trên 8.000 học sinh
      'bt-2023-06-i08': 'uoc', // năng suất ước đạt 61,48 tạ/ha
      'bt-2023-06-i11': 'uoc', // sản lượng ước đạt 7.245,23
      'bt-2023-06-i21': 'uoc', // năng suất ước đạt 47,48 tạ/ha
      'bt-2023-06-i24': 'uoc', // sản lượng ước 2.972,96 tấn
      'bt-2023-06-i29': 'uoc', // ước đạt 10.218,19
      'bt-2023-06-i110': 'uoc', // đạt 100% KH, estimate
      'bt-2023-06-i137': 'uoc', // 7.823 trđ/17.500 trđ, estimate
      'bt-2023-06-i138': 'uoc', // đạt 44,7 % KH năm, estimate
      'bt-2023-06-i142': 'uoc', // chi đạt 35,52% dự toán năm, estimate
      'bt-2023-06-i146': 'uoc', // đạt 31,1%, estimate
      'bt-2023-06-i173': 'khoang_hon', // khoảng hơn 16.000 du khách
      'bt-2023-06-i209': 'khoang', // khoảng 900.000 đồng
      'bt-2023-06-i249': 'khoang', // khoảng 70% khối lượng
      'bt-2023-06-i255': 'khoang', // khoảng 80% khối lượng
      'bt-2023-06-i268': 'hon', // hơn 3,276 b Heroin (misprint)
    });
  });
});

describe('a figure computed from qualified figures keeps a qualifier', () => {
  it('none, the shared one, else khoảng; a bound divided by or subtracted turns to khoảng', () => {
    expect(combineQualifiers([null, undefined])).toBeNull();
    expect(combineQualifiers(['tren', null])).toBe('tren');
    expect(combineQualifiers(['tren', 'tren'])).toBe('tren');
    expect(combineQualifiers(['tren', 'khoang'])).toBe('khoang');
    expect(combineQualifiers(['tren', 'duoi'])).toBe('khoang');
    expect(combineQualifiers([null], ['tren'])).toBe('khoang');
    expect(combineQualifiers([null], ['uoc'])).toBe('uoc');
  });
});

const context = async (files: Record<string, string> = {}): Promise<ViewContext> => {
  const data = await loadData(dataDir(null, files));
  expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return contextOf(data);
};
const bundled = async (): Promise<ViewContext> => {
  const data = await loadData(SITE_DATA);
  return contextOf(data);
};

describe('figures on the site carry the qualifier', () => {
  it('the card of the row printed "trên 76%" (bg-2023-11-17-i01) is qualified trên; the others of its topic as printed', async () => {
    const cards = indicatorFigures(await bundled(), 'bac-giang', 'works');
    const byId = new Map(cards.map((c) => [c.id, c]));
    expect(byId.get('so-lieu-bg-2023-11-17-i01')).toMatchObject({ value: 76, unit: 'percent', qualifier: 'tren' });
    expect(byId.get('so-lieu-bg-2023-11-30-i36')).toMatchObject({ value: 7820, qualifier: 'khoang' });
    expect(byId.get('so-lieu-bg-2023-11-30-i39')).toMatchObject({ value: 8000, qualifier: 'tren' });
  });

  it('an unqualified figure has none', async () => {
    const [card] = disbursementFigures(await context(), 'bac-giang');
    expect(card).toBeDefined();
    expect(card!.qualifier).toBeUndefined();
    expect(card!.share).toMatchObject({ text: '40,7%', of: 'vốn đã phân bổ' });
  });

  const funding = readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8');
  const withoutStatedRate = funding.split('\n').filter((l) => !l.startsWith('bg-2023-11-17-f08,')).join('\n');

  it('a rate computed from "hơn 170.353 triệu đồng" disbursed is "hơn" too (170.353/418.318 = 40,7%)', async () => {
    // With 2022's funds carried over (61.900 of 100.000, 61,9%), so the rates are a chart (one alone is its card).
    const carried = [
      'bg-2023-11-17-f30,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2022-carryover,all,all,,allocated,100000,mvnd,2023-11-15,100.000 triệu đồng,reported,,,',
      'bg-2023-11-17-f31,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2022-carryover,all,all,,disbursed,61900,mvnd,2023-11-15,61.900 triệu đồng,reported,,,',
    ];
    const ctx = await context({ 'funding.csv': `${withoutStatedRate.replace('170353,mvnd,2023-11-15,170.353 triệu đồng', '170353,mvnd,2023-11-15,hơn 170.353 triệu đồng').trimEnd()}\n${carried.join('\n')}\n` });
    const [card] = disbursementFigures(ctx, 'bac-giang');
    expect(card).toMatchObject({ value: 170353, qualifier: 'hon' });
    expect(card!.share).toMatchObject({ text: 'hơn 40,7%', of: 'vốn đã phân bổ' });
    // The rate chart of the same funds: its bar and table cell.
    const chart = fundYearChart(ctx, 'bac-giang')!;
    expect(chart.rows.find((r) => r.category === 'Năm 2023')).toEqual({ category: 'Năm 2023', value: 40.7, qualifier: 'hon', rowIds: ['bg-2023-11-17-f07', 'bg-2023-11-17-f06'] });
    expect(renderChart(chart).table.rows).toContainEqual(['Năm 2023', 'hơn 40,7%']);
    // 2023's own rate leads the title, with its word; it is worked out by the page, and says so. One fund year alone
    // is its card, no chart.
    const alone = await context({ 'funding.csv': withoutStatedRate.replace('170353,mvnd,2023-11-15,170.353 triệu đồng', '170353,mvnd,2023-11-15,hơn 170.353 triệu đồng') });
    expect(fundYearChart(alone, 'bac-giang')).toBeNull();
    expect(chart.title).toBe('Năm 2023: đã giải ngân hơn 40,7% vốn đã phân bổ (trang tự tính)');
  });

  it('a rate over "khoảng 418.318 triệu đồng" is khoảng, though its disbursed amount is exact', async () => {
    const ctx = await context({ 'funding.csv': withoutStatedRate.replace('418318,mvnd,2023-11-15,418.318 triệu đồng', '418318,mvnd,2023-11-15,khoảng 418.318 triệu đồng') });
    const [card] = disbursementFigures(ctx, 'bac-giang');
    expect(card!.qualifier).toBeUndefined();
    expect(card!.share).toMatchObject({ text: 'khoảng 40,7%', of: 'vốn đã phân bổ' });
  });

  it('a card shown out of a qualified total keeps the total\'s word: "170.353/khoảng 418.318"', async () => {
    const ctx = await context({ 'funding.csv': funding.replace('418318,mvnd,2023-11-15,418.318 triệu đồng', '418318,mvnd,2023-11-15,khoảng 418.318 triệu đồng') });
    const [card] = disbursementFigures(ctx, 'bac-giang');
    expect(card).toMatchObject({ value: 170353, total: 418318, totalQualifier: 'khoang' });
    expect(card!.qualifier).toBeUndefined();
    expect(figureHeadline(card!).number).toBe('170.353/khoảng 418.318');
    expect(shareHeadline({ slug: 'x', title: 'X', figure: card!, source: 'S', asOf: '2023-11-15' })).toContain('(170.353/khoảng 418.318 triệu đồng)');
  });

  const PLAN = (n: string, version: string, type: string, count: number, text: string) =>
    `bg-2023-11-30-w${n},bg-2023-11-30,II.3.1,bac-giang,plan511,2022-2024,${version},all,${type},planned,${count},,${text},reported,`;
  const worksWith = (lines: string[]) => readFileSync(join(VALID_MIN, 'works.csv'), 'utf8').split('\n').filter((l) => !/,(ngam|cau),planned,/.test(l)).join('\n').trimEnd() + '\n' + lines.join('\n') + '\n';

  it('a list\'s total in a title is as qualified as its types (60 + 13 = 73; khoảng 67 + 8 = khoảng 75), and a shorter list is "giảm"', async () => {
    const ctx = await context({
      'works.csv': worksWith([PLAN('31', 'original', 'ngam', 60, '60 công trình ngầm'), PLAN('32', 'original', 'cau', 13, '13 cầu'), PLAN('33', 'revised', 'ngam', 67, 'khoảng 67 công trình ngầm'), PLAN('34', 'revised', 'cau', 8, '08 cầu')]),
    });
    expect(typeChart(ctx, 'bac-giang')!.title).toBe('Danh mục tăng từ 73 lên khoảng 75 công trình sau điều chỉnh');
    const fewer = await context({
      'works.csv': worksWith([PLAN('31', 'original', 'ngam', 70, '70 công trình ngầm'), PLAN('32', 'original', 'cau', 13, '13 cầu'), PLAN('33', 'revised', 'ngam', 67, '67 công trình ngầm'), PLAN('34', 'revised', 'cau', 8, '08 cầu')]),
    });
    expect(typeChart(fewer, 'bac-giang')!.title).toBe('Danh mục giảm từ 83 xuống 75 công trình sau điều chỉnh');
  });

  it('a completion chart: "gần 56" completed is qualified in its title, table, bar total and description', async () => {
    const works = readFileSync(join(VALID_MIN, 'works.csv'), 'utf8').replace('completed,56,2023-11-30,56 công trình', 'completed,56,2023-11-30,gần 56 công trình');
    const spec = statusChart(await context({ 'works.csv': works }), 'bac-giang')!;
    // valid-min: 75 planned, 56 completed, 13 under construction; not started = 75 − 56 − 13 = 6.
    expect(spec.title).toBe('Kế hoạch 2022–2024: gần 56 trên 75 công trình đã hoàn thành');
    const chart = renderChart(spec);
    const [row] = chart.table.rows;
    // Completed, under construction, not started (75 planned − 69 started: exact), their sum (gần 56 + 13 + 6), share.
    expect(row!.slice(1)).toEqual(['gần 56', '13', '6', 'gần 75', 'khoảng 74,7%']);
    expect(chart.svgWide).toContain('gần 56/gần 75');
    expect(chart.description).toBe('Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung): gần 56/gần 75 công trình hoàn thành, 13 đang thi công, 6 chưa khởi công.');
  });

  it('a stacked bar\'s total in the table is qualified when a segment is', () => {
    const stacked: BarsSpec = {
      kind: 'bars', id: 's', title: 'T', subtitle: 'S', unit: 'work', asOf: '2023-11-30', sources: [{ title: 'B' }], layout: 'stacked', groups: ['Hoàn thành', 'Chưa hoàn thành'],
      rows: [
        { category: 'Sơn Động', group: 'Hoàn thành', value: 28, qualifier: 'tren' },
        { category: 'Sơn Động', group: 'Chưa hoàn thành', value: 9 },
      ],
    };
    expect(renderChart(stacked).table.rows).toEqual([['Sơn Động', 'trên 28', '9', 'trên 37']]);
  });

  it('a narrative <Value> of a qualified figure reads as printed', async () => {
    const index = figureIndex((await loadData()).tables);
    expect(figureText(index.get('indicators/bg-2023-11-17-i01')!)).toBe('trên 76%');
    expect(figureText(index.get('indicators/bg-2023-11-30-i32')!)).toBe('trên 2.000 triệu đồng');
    expect(figureText(index.get('funding/bg-2023-11-17-f01')!)).toBe('130.595 triệu đồng');
  });

  it('the staff preview (/cap-nhat/) shows it as the site will', () => {
    const text = (t: string) => readFileSync(join(import.meta.dirname, '../../data', `${t}.csv`), 'utf8');
    const published = Object.fromEntries(TABLES.map((t) => [t.name, text(t.name)])) as Published;
    const result = runChecker([{ table: 'indicators', file: 'indicators.csv', bytes: new TextEncoder().encode(text('indicators')), fromXlsx: false }], published);
    expect(result.preview.find((p) => p.id === 'bg-2023-11-17-i01')).toMatchObject({ figures: 'trên 76%', printed: 'trên 76%' });
    expect(result.preview.find((p) => p.id === 'bg-2023-11-17-i03')?.figures).toMatch(/^\d/);
  });

  it('a report page’s value column says it beside the printed text', () => {
    const row = { id: 'r1-f1', report_id: 'r1', area_id: 'tinh', section: 'II', measure: 'assigned', program: 'ntp1719', fund_year: '2023', budget_source: 'all', capital_type: 'all', project_id: null, value: 2000, unit: 'mvnd', figure_text: 'trên 2.000 triệu đồng', figure_status: 'reported', note: null } as ReportRow;
    const names = { area: new Map(), project: new Map(), findingOf: new Map(), corrected: new Map(), paths: new SitePaths(new Map(), new Set(), new Map()) };
    const cell = (r: ReportRow) => parseHTML(`<table><tbody>${rowsHtml('funding', [r], names)}</tbody></table>`).document.querySelector('td.num')!.textContent;
    expect(cell(row)).toBe('trên 2.000 triệu đồng');
    expect(cell({ ...row, figure_text: '2.000 triệu đồng' })).toBe('2.000 triệu đồng');
  });

  it('a share card says it', () => {
    const figure = { label: 'Khối lượng xây lắp', value: 76, unit: 'percent' as const, qualifier: 'tren' as const, asOf: '2023-11-17', area: 'tỉnh Bắc Giang', href: '/' };
    expect(shareHeadline({ slug: 'x', title: 'X', figure, source: 'S', asOf: '2023-11-17' })).toBe('Khối lượng xây lắp: trên 76%, tỉnh Bắc Giang, tính đến ngày 17/11/2023.');
  });
});

describe('charts: a single row’s qualified value', () => {
  const spec: BarsSpec = {
    kind: 'bars',
    id: 'thu',
    title: 'Thử',
    subtitle: 'Thử',
    unit: 'person',
    asOf: '2023-11-30',
    sources: [{ title: 'Báo cáo thử' }],
    rows: [
      { category: 'Học sinh', value: 8000, qualifier: 'tren' },
      { category: 'Hộ dân', value: 7820 },
    ],
  };

  it('in the data table, the tooltip, the description and the CSV', () => {
    const chart = renderChart(spec);
    expect(chart.table.rows).toContainEqual(['Học sinh', 'trên 8.000']);
    expect(chart.table.rows).toContainEqual(['Hộ dân', '7.820']);
    expect(chart.svgWide).toContain('Học sinh: trên 8.000');
    expect(chart.description).toContain('Học sinh: trên 8.000');
    const csv = Papa.parse<string[]>(new TextDecoder().decode(chartCsv(spec)).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(csv[0]!.slice(0, 5)).toEqual(['Hạng mục', 'Nhóm', 'Từ kèm số liệu', 'Giá trị', 'Đơn vị']);
    expect(csv[1]!.slice(0, 5)).toEqual(['Học sinh', '', 'trên', '8000', 'người']);
    expect(csv[2]!.slice(0, 5)).toEqual(['Hộ dân', '', '', '7820', 'người']);
  });
});

describe('downloads: qualifier and qualifier_label after figure_text', () => {
  it('in the CSV and JSON of an observation table, and typed in the data package', async () => {
    const { tables } = await loadData();
    const csv = Papa.parse<Record<string, string>>(new TextDecoder().decode(tableCsv(indicators, tables)).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const header = csv.meta.fields!;
    expect(header.slice(header.indexOf('figure_text'), header.indexOf('figure_text') + 3)).toEqual(['figure_text', 'qualifier', 'qualifier_label']);
    const row = (id: string) => csv.data.find((r) => r.id === id)!;
    expect(row('bg-2023-11-17-i01')).toMatchObject({ figure_text: 'trên 76%', qualifier: 'tren', qualifier_label: 'trên' });
    expect(row('bt-2023-06-i173')).toMatchObject({ qualifier: 'khoang_hon', qualifier_label: 'khoảng hơn' });
    expect(row('bg-2023-11-17-i03')).toMatchObject({ qualifier: '', qualifier_label: '' });
    const json = JSON.parse(new TextDecoder().decode(tableJson(indicators, tables))) as Record<string, unknown>[];
    expect(json.find((r) => r.id === 'bg-2023-11-17-i02')).toMatchObject({ figure_text: '100%', figure_status: 'estimate', qualifier: 'uoc', qualifier_label: 'ước' });
    const fields = tableSchema(indicators, tables).fields as { name: string; constraints?: { enum?: string[] } }[];
    expect(fields.find((f) => f.name === 'qualifier')?.constraints?.enum).toContain('tren');
  });
});
