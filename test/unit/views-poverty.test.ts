/**
 * The poverty views say what the rows say, in their own words: titles, series names, subtitles, notes, the
 * headline figures. Expected texts are written by hand from the fixture rows (valid-min: Bắc Giang, the
 * DTTS&MN area 35,1% in 2015 and 8,77% in 2020, an average decrease of 5,27 points a year) and rows added here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { renderChart } from '../../src/charts/index.ts';
import { decreaseChart, povertyFigures, povertyMeasures, ratesChart } from '../../src/views/poverty.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

// valid-min with rows added at the end of poverty.csv (helpers.ts).
const context = (extra: string[] = []) => fixtureContext({ 'poverty.csv': plus('poverty.csv', extra) });
// The communes with extreme difficulties: 51,6% (2015) → 13,45% (2020), 7,2 points a year; 2022 standard, 73 communes.
const DBKK = [
  'bg-2023-11-30-p11,bg-2023-11-30,I,bac-giang,xa_dbkk,,rate,,2015,51.6,percent,"51,6%",reported,,2016-2020,2016-2020',
  'bg-2023-11-30-p12,bg-2023-11-30,I,bac-giang,xa_dbkk,,rate,,2020,13.45,percent,"13,45%",reported,,2016-2020,2016-2020',
  'bg-2023-11-30-p13,bg-2023-11-30,I,bac-giang,xa_dbkk,,decrease_avg_per_year,2015,2020,7.2,pp_per_year,"7,2%/năm",reported,,2016-2020,2016-2020',
];

describe('poverty rates chart', () => {
  it('one group that fell: its fall in numbers, each point named by group and standard', async () => {
    const spec = ratesChart(await context(), 'bac-giang')!;
    expect(spec.title).toBe('Vùng đồng bào DTTS&MN: từ 35,1% (2015) xuống 8,77% (2020)');
    expect(spec.subtitle).toBe('Tỷ lệ hộ nghèo (%), chỉ các năm báo cáo nêu, tỉnh Bắc Giang');
    expect(spec.rows.map((r) => [r.date, r.series, r.value])).toEqual([
      ['2015', 'Vùng đồng bào DTTS&MN (chuẩn nghèo 2016–2020)', 35.1],
      ['2020', 'Vùng đồng bào DTTS&MN (chuẩn nghèo 2016–2020)', 8.77],
    ]);
    expect(spec.asOf).toBe('2020');
    expect(spec.join).toBe(false);
    expect(spec.notes![0]!.text).toMatch(/^Chỉ có số liệu của những năm báo cáo nêu/);
  });

  it('two groups that both fell: the finding in words, over the years they share', async () => {
    const spec = ratesChart(await context(DBKK), 'bac-giang')!;
    expect(spec.title).toBe('Tỷ lệ hộ nghèo giảm ở cả 2 nhóm địa bàn (2015–2020)');
  });

  it('a group whose rate rose is never said to have fallen', async () => {
    const rose = [DBKK[0]!.replace('51.6,percent,"51,6%"', '10.5,percent,"10,5%"'), DBKK[1]!];
    const spec = ratesChart(await context(rose), 'bac-giang')!;
    expect(spec.title).not.toMatch(/giảm ở cả/);
    expect(spec.title).toBe('Vùng đồng bào DTTS&MN: từ 35,1% (2015) xuống 8,77% (2020); Các xã đặc biệt khó khăn: từ 10,5% (2015) lên 13,45% (2020)');
  });

  it('a list of communes other than the standard, and a count of communes, are part of the series name', async () => {
    const listed = [
      'bg-2023-11-30-p21,bg-2023-11-30,I,bac-giang,xa_dbkk,73,rate,,2022,20.5,percent,"20,5%",reported,,2022-2025,2021-2025',
      'bg-2023-11-30-p22,bg-2023-11-30,I,bac-giang,xa_dbkk,73,rate,,2023,15.2,percent,"15,2%",reported,,2022-2025,2021-2025',
    ];
    const spec = ratesChart(await context(listed), 'bac-giang')!;
    expect(spec.rows.map((r) => r.series)).toContain('Các xã đặc biệt khó khăn (chuẩn nghèo 2022–2025, danh sách xã 2021–2025, 73 xã)');
  });

  it('no rows for an area: no chart', async () => {
    expect(ratesChart(await context(), 'bach-thong')).toBeNull();
  });
});

describe('poverty decrease chart and figures', () => {
  it('names each group with the decrease the report prints, in points a year, ranking none (the groups overlap)', async () => {
    const spec = decreaseChart(await context(DBKK), 'bac-giang', 'decrease_avg_per_year', 'muc-giam')!;
    expect(spec.title).toBe('Vùng DTTS&MN giảm 5,27 điểm %/năm, xã ĐBKK 7,2 điểm %/năm');
    expect(spec.subtitle).toBe('Tỷ lệ hộ nghèo giảm bình quân mỗi năm (điểm phần trăm/năm), 2015–2020, tỉnh Bắc Giang, như báo cáo nêu');
    expect(spec.unit).toBe('pp_per_year');
    expect(spec.order).toBe('value');
    expect(spec.rows.map((r) => [r.category, r.value])).toEqual([
      ['Vùng đồng bào DTTS&MN (chuẩn nghèo 2016–2020)', 5.27],
      ['Các xã đặc biệt khó khăn (chuẩn nghèo 2016–2020)', 7.2],
    ]);
    // "5,27%/năm" in the report: points of the rate, said under the chart.
    // The site's reading, said as one: the report does not say which.
    expect(spec.notes![0]!.text).toBe('Báo cáo in mức giảm bằng “%” mà không nói rõ; trang đọc là điểm phần trăm của tỷ lệ hộ nghèo, không phải phần trăm của số hộ.');
  });

  it('a year-on-year decrease is dated by its two years', async () => {
    const yoy = ['bg-2023-11-30-p31,bg-2023-11-30,I,bac-giang,xa_dbkk,,decrease_yoy,2022,2023,5.1,pp,"5,1%",reported,,2022-2025,2022-2025'];
    const ctx = await context(yoy);
    const spec = decreaseChart(ctx, 'bac-giang', 'decrease_yoy', 'giam')!;
    // One group: its fall, not «the fastest».
    expect(spec.title).toBe('Tỷ lệ hộ nghèo giảm 5,1 điểm %');
    expect(spec.subtitle).toContain('năm 2023 so với 2022');
    expect(povertyMeasures(ctx, 'bac-giang').toSorted()).toEqual(['decrease_avg_per_year', 'decrease_yoy']);
    // The headline figures are the decreases of the latest year only (2023).
    const figs = povertyFigures(ctx, 'bac-giang');
    expect(figs.map((f) => [f.label, f.value, f.unit])).toEqual([['Tỷ lệ hộ nghèo các xã đặc biệt khó khăn giảm so với năm trước, năm 2023', 5.1, 'pp']]);
  });

  it('decreases of different years are never drawn as one year\'s: each bar names its years (walk-through 9)', async () => {
    const yoy = [
      'bg-2023-11-30-p31,bg-2023-11-30,I,bac-giang,xa_dbkk,,decrease_yoy,2022,2023,5.1,pp,"5,1%",reported,,2022-2025,2022-2025',
      'bg-2023-11-30-p32,bg-2023-11-30,I,bac-giang,dtts_mn,,decrease_yoy,2023,2024,2.1,pp,"2,1%",reported,,2022-2025,2022-2025',
    ];
    const spec = decreaseChart(await context(yoy), 'bac-giang', 'decrease_yoy', 'giam')!;
    // The latest year's fall leads, with its years; 5,1 of 2023 is not «the fastest» beside it.
    expect(spec.title).toBe('Năm 2024 so với 2023: vùng đồng bào DTTS&MN giảm 2,1 điểm %');
    expect(spec.subtitle).toBe('Tỷ lệ hộ nghèo giảm so với năm trước (điểm phần trăm), từng kỳ, tỉnh Bắc Giang, như báo cáo nêu');
    expect(spec.order).toBe('given');
    expect(spec.rows.map((r) => [r.category, r.value])).toEqual([
      ['Các xã đặc biệt khó khăn (chuẩn nghèo 2022–2025), năm 2023 so với 2022', 5.1],
      ['Vùng đồng bào DTTS&MN (chuẩn nghèo 2022–2025), năm 2024 so với 2023', 2.1],
    ]);
  });

  it('the figures of one year: each group with its period, and its communes when the report counts them', async () => {
    const figs = povertyFigures(await context(DBKK), 'bac-giang');
    // The rates of that last year first, 8,77% and 13,45% (2020), each with the year before it in its series; then
    // the falls that led to them (walk-throughs 31, 35).
    expect(figs.map((f) => [f.label, f.value, f.asOf])).toEqual([
      ['Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN (chuẩn nghèo 2016–2020), năm 2020', 8.77, '2020'],
      ['Tỷ lệ hộ nghèo các xã đặc biệt khó khăn (chuẩn nghèo 2016–2020), năm 2020', 13.45, '2020'],
      ['Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN giảm bình quân mỗi năm, 2015–2020', 5.27, '2020'],
      ['Tỷ lệ hộ nghèo các xã đặc biệt khó khăn giảm bình quân mỗi năm, 2015–2020', 7.2, '2020'],
    ]);
  });
});

// One context for the tests below (loading is the slow part). Bắc Giang: the DTTS&MN rate also for 2018 (15,3%), the
// communes with extreme difficulties (73 of them) only for 2020 (13,45%) and their decrease of 2015–2020 (7,2 points
// a year); Sơn Động: one rate (2022, 20,1%) and a fall on the year before (2023 on 2022, 3,4 points).
const MORE = [
  'bg-2023-11-30-p14,bg-2023-11-30,I,bac-giang,dtts_mn,,rate,,2018,15.3,percent,"15,3%",reported,,2016-2020,2016-2020',
  'bg-2023-11-30-p15,bg-2023-11-30,I,bac-giang,xa_dbkk,73,rate,,2020,13.45,percent,"13,45%",reported,,2016-2020,2016-2020',
  'bg-2023-11-30-p16,bg-2023-11-30,I,bac-giang,xa_dbkk,73,decrease_avg_per_year,2015,2020,7.2,pp_per_year,"7,2%/năm",reported,,2016-2020,2016-2020',
  'bg-2023-11-30-p41,bg-2023-11-30,I,son-dong,dtts_mn,,rate,,2022,20.1,percent,"20,1%",reported,,2022-2025,2022-2025',
  'bg-2023-11-30-p42,bg-2023-11-30,I,son-dong,dtts_mn,,decrease_yoy,2022,2023,3.4,pp,"3,4%",reported,,2022-2025,2022-2025',
];
const NOV30 = { title: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 30/11/2023', href: '/bao-cao/bg-2023-11-30/' };
let more: ViewContext;
beforeAll(async () => {
  more = await context(MORE);
});

describe('poverty views: which rows, and what the charts say about them', () => {
  it('a group with one rate is no fall; a fall runs from the first year to the last', () => {
    const spec = ratesChart(more, 'bac-giang')!;
    expect(spec.kind).toBe('series');
    expect(spec.id).toBe('ty-le-ho-ngheo');
    // DTTS&MN: 35,1% (2015), 15,3% (2018), 8,77% (2020); the 73 communes only 2020.
    expect(spec.title).toBe('Vùng đồng bào DTTS&MN: từ 35,1% (2015) xuống 8,77% (2020)');
    expect(spec.rows.map((r) => [r.date, r.series, r.value, r.rowIds])).toEqual([
      ['2015', 'Vùng đồng bào DTTS&MN (chuẩn nghèo 2016–2020)', 35.1, ['bg-2023-11-30-p01']],
      ['2018', 'Vùng đồng bào DTTS&MN (chuẩn nghèo 2016–2020)', 15.3, ['bg-2023-11-30-p14']],
      ['2020', 'Vùng đồng bào DTTS&MN (chuẩn nghèo 2016–2020)', 8.77, ['bg-2023-11-30-p02']],
      ['2020', 'Các xã đặc biệt khó khăn (chuẩn nghèo 2016–2020, 73 xã)', 13.45, ['bg-2023-11-30-p15']],
    ]);
    expect(spec.sources).toEqual([NOV30]);
  });

  it('an area with no two rates of one series: a neutral title, its own area and year', () => {
    const spec = ratesChart(more, 'son-dong')!;
    expect(spec.title).toBe('Tỷ lệ hộ nghèo theo năm báo cáo nêu');
    expect(spec.subtitle).toBe('Tỷ lệ hộ nghèo (%), chỉ các năm báo cáo nêu, huyện Sơn Động');
    expect(spec.asOf).toBe('2022');
    expect(spec.rows.map((r) => [r.date, r.value])).toEqual([['2022', 20.1]]);
  });

  it('a fall on the year before, in points (not points a year), of its own area only', () => {
    expect(decreaseChart(more, 'bac-giang', 'decrease_yoy', 'giam')).toBeNull();
    expect(decreaseChart(more, 'luc-ngan', 'decrease_avg_per_year', 'giam')).toBeNull();
    const spec = decreaseChart(more, 'son-dong', 'decrease_yoy', 'giam')!;
    expect(spec.kind).toBe('bars');
    expect(spec.unit).toBe('pp');
    expect(spec.title).toBe('Tỷ lệ hộ nghèo giảm 3,4 điểm %');
    expect(spec.subtitle).toBe('Tỷ lệ hộ nghèo giảm so với năm trước (điểm phần trăm), năm 2023 so với 2022, huyện Sơn Động, như báo cáo nêu');
    expect(spec.categoryLabel).toBe('Nhóm địa bàn');
    expect(spec.asOf).toBe('2023');
    expect(spec.sources).toEqual([NOV30]);
    expect(spec.rows).toEqual([{ category: 'Vùng đồng bào DTTS&MN (chuẩn nghèo 2022–2025)', value: 3.4, rowIds: ['bg-2023-11-30-p42'] }]);
    // Bắc Giang's decreases are per year only; Sơn Động's fall of 2023 is not among them.
    expect(povertyMeasures(more, 'bac-giang')).toEqual(['decrease_avg_per_year']);
    expect(decreaseChart(more, 'bac-giang', 'decrease_avg_per_year', 'muc-giam')!.rows.map((r) => r.rowIds)).toEqual([['bg-2023-11-30-p03'], ['bg-2023-11-30-p16']]);
  });

  it('the figures of an area are its own latest year’s, naming the communes a group counts', () => {
    // Sơn Động's 2023 is later than Bắc Giang's 2020, but not Bắc Giang's.
    // Its rates of 2020 first: 8,77% (6,5 points below 15,3% of 2018: to the coarser rate's one decimal, not 6,53)
    // and the 73 communes' 13,45% (no year before); then the falls.
    expect(povertyFigures(more, 'bac-giang').map((f) => [f.label, f.value, f.area, f.change ?? null])).toEqual([
      ['Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN (chuẩn nghèo 2016–2020), năm 2020', 8.77, 'tỉnh Bắc Giang', 'giảm 6,5 điểm phần trăm so với năm 2018 (15,3%), trang tự tính'],
      ['Tỷ lệ hộ nghèo các xã đặc biệt khó khăn (chuẩn nghèo 2016–2020, 73 xã), năm 2020', 13.45, 'tỉnh Bắc Giang', null],
      ['Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN giảm bình quân mỗi năm, 2015–2020', 5.27, 'tỉnh Bắc Giang', null],
      ['Tỷ lệ hộ nghèo các xã đặc biệt khó khăn (73 xã) giảm bình quân mỗi năm, 2015–2020', 7.2, 'tỉnh Bắc Giang', null],
    ]);
    expect(povertyFigures(more, 'son-dong').map((f) => [f.label, f.value, f.unit, f.asOf])).toEqual([
      ['Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN giảm so với năm trước, năm 2023', 3.4, 'pp', '2023'],
    ]);
  });
});

describe('an area whose reports give rates only (walk-through 8: «từ 9,82% cuối năm 2023 xuống 7,15% cuối năm 2024»)', () => {
  it('its latest rate is a card, with the year before in words and the difference the page works out', async () => {
    const ctx = await context([
      'bg-2023-11-30-p51,bg-2023-11-30,I,son-dong,ho_dtts,,rate,,2023,9.82,percent,"9,82%",reported,,2022-2025,2022-2025',
      'bg-2023-11-30-p52,bg-2023-11-30,I,son-dong,ho_dtts,,rate,,2024,7.15,percent,"khoảng 7,15%",reported,,2022-2025,2022-2025',
    ]);
    const [card, ...more] = povertyFigures(ctx, 'son-dong');
    expect(more).toEqual([]);
    // «Tỷ lệ hộ nghèo DTTS»: the households', not the whole area's (code ho_dtts).
    expect(card!.label).toBe('Tỷ lệ hộ nghèo trong số hộ đồng bào DTTS (chuẩn nghèo 2022–2025), năm 2024');
    expect([card!.value, card!.unit, card!.asOf, card!.qualifier]).toEqual([7.15, 'percent', '2024', 'khoang']);
    // 9,82 − 7,15 = 2,67 points, «khoảng» because 7,15 is.
    expect(card!.change).toBe('giảm khoảng 2,67 điểm phần trăm so với năm 2023 (9,82%), trang tự tính');
    // An area with reported decreases keeps them, and beside them its rate of their last year (8,77% in 2020), no older one.
    expect(povertyFigures(ctx, 'bac-giang').map((f) => [f.unit, f.value])).toEqual([['percent', 8.77], ['pp_per_year', 5.27]]);
  });
});

describe('the rate of a whole area (walk-through 36: «toàn tỉnh», not «toàn địa bàn»)', () => {
  it('names the area’s level in the card and the chart', async () => {
    const ctx = await context([
      'bg-2023-11-30-p51,bg-2023-11-30,I,son-dong,toan_dia_ban,,rate,,2023,18.37,percent,"18,37%",reported,,2021-2025,2021-2025',
      'bg-2023-11-30-p52,bg-2023-11-30,I,son-dong,toan_dia_ban,,rate,,2024,14.25,percent,"14,25%",reported,,2021-2025,2021-2025',
      'bg-2023-11-30-p53,bg-2023-11-30,I,bac-giang,toan_dia_ban,,rate,,2024,5.87,percent,"5,87%",reported,,2021-2025,2021-2025',
    ]);
    expect(povertyFigures(ctx, 'son-dong')[0]!.label).toBe('Tỷ lệ hộ nghèo toàn huyện (chuẩn nghèo 2021–2025), năm 2024');
    expect(ratesChart(ctx, 'son-dong')!.rows.map((r) => r.series)).toEqual(['Toàn huyện (chuẩn nghèo 2021–2025)', 'Toàn huyện (chuẩn nghèo 2021–2025)']);
    expect(povertyFigures(ctx, 'bac-giang').map((f) => f.label)).toContain('Tỷ lệ hộ nghèo toàn tỉnh (chuẩn nghèo 2021–2025), năm 2024');
  });
});

describe('poverty titles over several groups', () => {
  it('groups that fell over different years: the finding without a span', async () => {
    const later = [DBKK[0]!.replace(',2015,51.6,', ',2016,51.6,'), DBKK[1]!];
    expect(ratesChart(await context(later), 'bac-giang')!.title).toBe('Tỷ lệ hộ nghèo giảm ở cả 2 nhóm địa bàn');
  });

  it('a group whose rate stayed the same is not among groups that fell, nor said to have gone down', async () => {
    const same = [DBKK[0]!.replace('51.6,percent,"51,6%"', '13.45,percent,"13,45%"'), DBKK[1]!];
    expect(ratesChart(await context(same), 'bac-giang')!.title).toBe(
      'Vùng đồng bào DTTS&MN: từ 35,1% (2015) xuống 8,77% (2020); Các xã đặc biệt khó khăn: từ 13,45% (2015) đến 13,45% (2020)',
    );
  });

  it('a printed decrease that the rates do not give is noted under both charts and on its figure', async () => {
    // (51,6 − 13,45) / 5 = 7,63 points a year, printed 7,2.
    const ctx = await context(DBKK);
    const note = 'Mức giảm bình quân/năm, các xã đặc biệt khó khăn, chuẩn nghèo 2016–2020, 2015–2020, tỉnh Bắc Giang: 7,2 điểm phần trăm/năm — tỷ lệ hộ nghèo của báo cáo, từ 51,6% (năm 2015) xuống 13,45% (năm 2020), cho mức giảm bình quân 7,63 điểm phần trăm/năm.';
    expect(ratesChart(ctx, 'bac-giang')!.notes!.map((n) => n.text).slice(1)).toEqual([note]);
    expect(decreaseChart(ctx, 'bac-giang', 'decrease_avg_per_year', 'muc-giam')!.notes!.map((n) => n.text).slice(1)).toEqual([note]);
    // The rate cards too: the communes' 13,45% is one of the rates the note is about. The fall printed «7,2%/năm» is
    // shown in points, and its card says that is the page's reading, on paper too; so is valid-min's fall printed «%».
    const read = 'Báo cáo in mức giảm bằng “%” mà không nói rõ; trang đọc là điểm phần trăm của tỷ lệ hộ nghèo, không phải phần trăm của số hộ.';
    const figures = povertyFigures(ctx, 'bac-giang');
    expect(figures.map((f) => f.notes?.map((n) => n.text) ?? [])).toEqual([[], [note], [read], [note, read]]);
    expect(figures[3]!.notes!.at(-1)!.onPaper).toBe(true);
  });
});

describe('a fall printed in points (walk-through 12: «giảm 2,15 điểm phần trăm»)', () => {
  it('keeps its two decimals on the bar and in words, and says nothing of «%» the report did not print', async () => {
    const ctx = await context([
      'bg-2023-11-30-p61,bg-2023-11-30,I,son-dong,ho_dtts,,rate,,2024,9.87,percent,"9,87%",reported,,2022-2025,2022-2025',
      'bg-2023-11-30-p62,bg-2023-11-30,I,son-dong,ho_dtts,,decrease_yoy,2023,2024,2.15,pp,"giảm 2,15 điểm phần trăm",reported,,2022-2025,2022-2025',
    ]);
    const spec = decreaseChart(ctx, 'son-dong', 'decrease_yoy', 'giam')!;
    expect(spec.title).toBe('Tỷ lệ hộ nghèo giảm 2,15 điểm %');
    expect(spec.notes ?? []).toEqual([]);
    const chart = renderChart(spec);
    for (const svg of [chart.svgNarrow, chart.svgWide]) expect(svg).toContain('>2,15<');
    expect(chart.description).toContain('2,15 điểm phần trăm');
    expect(chart.description).not.toContain('2,2 ');
    // The rate of that year is a card beside its fall.
    expect(povertyFigures(ctx, 'son-dong').map((f) => [f.value, f.unit])).toEqual([[9.87, 'percent'], [2.15, 'pp']]);
  });
});

describe('a rate whose fall the report prints (walk-through 13: 18,67% → 14,62%, «giảm 4,05 điểm phần trăm»)', () => {
  it('is a card without a fall worked out again: the printed fall is the card beside it', async () => {
    const ctx = await context([
      'bg-2023-11-30-p71,bg-2023-11-30,I,son-dong,toan_dia_ban,,rate,,2023,18.67,percent,"18,67%",reported,,2022-2025,2022-2025',
      'bg-2023-11-30-p72,bg-2023-11-30,I,son-dong,toan_dia_ban,,rate,,2024,14.62,percent,"14,62%",reported,,2022-2025,2022-2025',
      'bg-2023-11-30-p73,bg-2023-11-30,I,son-dong,toan_dia_ban,,decrease_yoy,2023,2024,4.05,pp,"giảm 4,05 điểm phần trăm",reported,,2022-2025,2022-2025',
    ]);
    expect(povertyFigures(ctx, 'son-dong').map((f) => [f.value, f.unit, f.change ?? null])).toEqual([
      [14.62, 'percent', null],
      [4.05, 'pp', null],
    ]);
  });
});
