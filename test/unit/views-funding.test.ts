/**
 * The disbursement charts say what the funding rows say: the money chart names the largest fund (or, when funds
 * overlap, the programme's latest single year), the source chart says where most of the money came from, the
 * progress chart draws one point per report. Expected texts written by hand from the fixture rows (valid-min:
 * Bắc Giang 2023, allocated 418.318, disbursed 170.353 triệu đồng to 15/11/2023, printed 40,7%; assigned 442.628
 * from the central budget, of which ĐTPT 198.110 and SN 244.518, and 52.500 from the province) and rows added here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { disbursementFigures, districtRatesChart, fundYearChart, fundYearMoneyChart, statedRateFigures, progressChart, projectCharts, projectFigures, sourceChart, statedTotalFigures, unallocatedChart, unallocatedFigures } from '../../src/views/funding.ts';
import { chartDatePhrase } from '../../src/core/format.ts';
import { computedShareText } from '../../src/views/figure.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const NOV17 = { title: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023', href: '/bao-cao/bg-2023-11-17/' };
const NOV30 = { title: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 30/11/2023', href: '/bao-cao/bg-2023-11-30/' };
const F = (id: string, area: string, year: string, source: string, capital: string, measure: string, value: number, text: string, asOf = '2023-11-15') =>
  `bg-2023-11-17-${id},bg-2023-11-17,3.1,${area},ntp1719,${year},${source},${capital},,${measure},${value},${measure === 'disbursement_rate' ? 'percent' : 'mvnd'},${measure === 'assigned' ? '' : asOf},${text},reported,,,`;
// Sơn Động: 2022 disbursed 200 of 1.000 (20%), 2023 2.700 of 3.000 (printed "khoảng 90%"); 2023 assigned 1.200
// central (its ĐTPT 700 and SN 400 add up to 1.100 only), 1.000 provincial, 800 district and commune, 2.200 central
// and provincial together; 250 not yet allocated; Dự án 3's 1.200,5 printed as 0% disbursed, Dự án 5 200 of 800.
// Lục Ngạn: 2022–2023 disbursed 4.000 of 5.000 (80%) and, within it, 2023 600 of 3.000 (20%); assigned from the
// central budget 2.000 for 2022–2023 and for 2023 500 ĐTPT and 300 SN; 120 (Dự án 3) and 300 (Dự án 5) not yet
// allocated. Bắc Giang: the later report prints 55,2% disbursed to 30/11/2023.
const MORE = [
  F('f20', 'son-dong', '2022', 'all', 'all', 'allocated', 1000, '1.000 triệu đồng'),
  F('f21', 'son-dong', '2022', 'all', 'all', 'disbursed', 200, '200 triệu đồng'),
  F('f22', 'son-dong', '2023', 'all', 'all', 'allocated', 3000, '3.000 triệu đồng'),
  F('f23', 'son-dong', '2023', 'all', 'all', 'disbursed', 2700, '2.700 triệu đồng'),
  F('f24', 'son-dong', '2023', 'all', 'all', 'disbursement_rate', 90, 'khoảng 90%'),
  F('f28', 'son-dong', '2023', 'central', 'dtpt', 'assigned', 700, '700 triệu đồng'),
  F('f29', 'son-dong', '2023', 'central', 'sn', 'assigned', 400, '400 triệu đồng'),
  F('f40', 'son-dong', '2023', 'central_provincial', 'all', 'assigned', 2200, '2.200 triệu đồng'),
  F('f41', 'son-dong', '2023', 'all', 'all', 'unallocated', 250, '250 triệu đồng'),
  'bg-2023-11-17-f42,bg-2023-11-17,3.1,son-dong,ntp1719,2023,all,all,ntp1719.da3,disbursement_rate,0,percent,2023-11-15,0%,reported,,,',
  'bg-2023-11-17-f43,bg-2023-11-17,3.1,son-dong,ntp1719,2023,all,all,ntp1719.da5,assigned,800,mvnd,,800 triệu đồng,reported,,,',
  'bg-2023-11-17-f44,bg-2023-11-17,3.1,son-dong,ntp1719,2023,all,all,ntp1719.da5,disbursed,200,mvnd,2023-11-15,200 triệu đồng,reported,,,',
  F('f36', 'luc-ngan', '2022-2023', 'central', 'all', 'assigned', 2000, '2.000 triệu đồng'),
  'bg-2023-11-17-f37,bg-2023-11-17,3.1,luc-ngan,ntp1719,2023,all,all,ntp1719.da3,unallocated,120,mvnd,2023-11-15,120 triệu đồng,reported,,,',
  'bg-2023-11-17-f38,bg-2023-11-17,3.1,luc-ngan,ntp1719,2023,all,all,ntp1719.da5,unallocated,300,mvnd,2023-11-15,300 triệu đồng,reported,,,',
  F('f25', 'son-dong', '2023', 'central', 'all', 'assigned', 1200, '1.200 triệu đồng'),
  F('f26', 'son-dong', '2023', 'provincial', 'all', 'assigned', 1000, '1.000 triệu đồng'),
  F('f27', 'son-dong', '2023', 'district_commune', 'all', 'assigned', 800, '800 triệu đồng'),
  F('f30', 'luc-ngan', '2022-2023', 'all', 'all', 'allocated', 5000, '5.000 triệu đồng'),
  F('f31', 'luc-ngan', '2022-2023', 'all', 'all', 'disbursed', 4000, '4.000 triệu đồng'),
  F('f32', 'luc-ngan', '2023', 'all', 'all', 'allocated', 3000, '3.000 triệu đồng'),
  F('f33', 'luc-ngan', '2023', 'all', 'all', 'disbursed', 600, '600 triệu đồng'),
  F('f34', 'luc-ngan', '2023', 'central', 'dtpt', 'assigned', 500, '500 triệu đồng'),
  F('f35', 'luc-ngan', '2023', 'central', 'sn', 'assigned', 300, '300 triệu đồng'),
  'bg-2023-11-30-f01,bg-2023-11-30,II.1,bac-giang,ntp1719,2023,all,all,,disbursement_rate,55.2,percent,2023-11-30,"55,2%",reported,,,',
];
const OVERLAP = 'Các khoản vốn ở đây chồng lấn nhau (một giai đoạn gồm các năm của nó, một tổng gồm các phần): chúng không được cộng lại và không so sánh như các khoản ngang hàng.';

let ctx: ViewContext;
let more: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext();
  more = await fixtureContext({ 'funding.csv': plus('funding.csv', MORE), 'projects.csv': plus('projects.csv', ['ntp1719.da5,ntp1719,project,Dự án 5,Giáo dục']) });
});

describe('money disbursed and its base', () => {
  it('one fund year is no chart: its card gives both amounts and the rate (walk-through 15)', () => {
    expect(fundYearMoneyChart(ctx, 'bac-giang')).toBeNull();
    expect(fundYearChart(ctx, 'bac-giang')).toBeNull();
    const [card, ...others] = disbursementFigures(ctx, 'bac-giang');
    expect(others).toEqual([]);
    expect([card!.label, card!.value, card!.total, card!.share?.text]).toEqual(['Đã giải ngân, năm 2023', 170353, 418318, '40,7%']);
  });

  it('two fund years: the largest base in the title, a bar pair per year linked to their rows', async () => {
    const two = await fixtureContext({
      'funding.csv': plus('funding.csv', [
        'bg-2023-11-17-f30,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2022-carryover,all,all,,allocated,100000,mvnd,2023-11-15,100.000 triệu đồng,reported,,,',
        'bg-2023-11-17-f31,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2022-carryover,all,all,,disbursed,61900,mvnd,2023-11-15,61.900 triệu đồng,reported,,,',
      ]),
    });
    const spec = fundYearMoneyChart(two, 'bac-giang')!;
    expect(spec.kind).toBe('bars');
    expect(spec.id).toBe('von-va-giai-ngan');
    expect(spec.title).toBe('Năm 2023: đã giải ngân 170.353 trên 418.318 triệu đồng');
    expect(spec.subtitle).toBe('Vốn (đã phân bổ, hoặc vốn giao khi báo cáo không nêu phân bổ) và vốn đã giải ngân, triệu đồng, tỉnh Bắc Giang');
    expect(spec.unit).toBe('mvnd');
    expect(spec.asOf).toBe('2023-11-15');
    expect(spec.sources).toEqual([NOV17]);
    expect(spec.rows).toEqual([
      { category: 'Năm 2023', group: 'Vốn', value: 418318, rowIds: ['bg-2023-11-17-f06'] },
      { category: 'Năm 2023', group: 'Đã giải ngân', value: 170353, rowIds: ['bg-2023-11-17-f07'] },
      { category: 'Vốn 2022 chuyển sang 2023', group: 'Vốn', value: 100000, rowIds: ['bg-2023-11-17-f30'] },
      { category: 'Vốn 2022 chuyển sang 2023', group: 'Đã giải ngân', value: 61900, rowIds: ['bg-2023-11-17-f31'] },
    ]);
    expect([spec.groups, spec.meanings, spec.order, spec.categoryLabel]).toEqual([['Vốn', 'Đã giải ngân'], { 'Vốn': 'assigned', 'Đã giải ngân': 'disbursed' }, 'given', 'Khoản vốn']);
    // Allocated and assigned bases are not one measure: never added.
    expect(spec.additive).toBe(false);
    expect(spec.overlapping).toBe(false);
    expect(fundYearMoneyChart(ctx, 'son-dong')).toBeNull();
  });

  it('separate years: the largest base leads; a span and its year: the single year leads, with the overlap noted', () => {
    expect(fundYearMoneyChart(more, 'son-dong')!.title).toBe('Năm 2023: đã giải ngân 2.700 trên 3.000 triệu đồng');
    const spans = fundYearMoneyChart(more, 'luc-ngan')!;
    // Not 2022–2023 (the larger base, 5.000): it holds 2023.
    expect(spans.title).toBe('Năm 2023: đã giải ngân 600 trên 3.000 triệu đồng');
    expect(spans.overlapping).toBe(true);
    expect(spans.notes!.map((n) => n.text)).toEqual([OVERLAP]);
  });
});

describe('disbursement rates by fund year', () => {
  it('separate years are ranked, the latest year named; a printed rate is linked to its row, a computed one to its amounts', () => {
    const spec = fundYearChart(more, 'son-dong')!;
    // The printed rate's own qualifier.
    expect(spec.title).toBe('Năm 2023: đã giải ngân khoảng 90% vốn đã phân bổ');
    expect(spec.subtitle).toBe('Tỷ lệ giải ngân (%) so với vốn đã phân bổ hoặc vốn giao, Chương trình MTQG 1719, huyện Sơn Động, theo năm vốn');
    expect([spec.order, spec.asOf, spec.categoryLabel, spec.meanings]).toEqual(['value', '2023-11-15', 'Khoản vốn', { '': 'disbursed' }]);
    expect(spec.rows.map((r) => [r.category, r.value, r.rowIds, r.qualifier ?? null])).toEqual([
      ['Năm 2022', 20, ['bg-2023-11-17-f21', 'bg-2023-11-17-f20'], null],
      ['Năm 2023', 90, ['bg-2023-11-17-f24'], 'khoang'],
    ]);
    // Only 2022's rate is worked out (2023's is printed): the note names it alone.
    expect(spec.notes!.map((n) => n.text)).toContain('Tỷ lệ do trang tự tính từ số đã giải ngân và vốn (báo cáo không in tỷ lệ): năm 2022.');
    // That note goes on paper too (BriefChart prints the notes marked onPaper); the source's findings do not fit there.
    expect(spec.notes!.filter((n) => n.onPaper).map((n) => n.text)).toEqual(['Tỷ lệ do trang tự tính từ số đã giải ngân và vốn (báo cáo không in tỷ lệ): năm 2022.']);
  });

  it('funds carried over, nearly spent, never headline the chart over the year’s own (walk-through 20)', async () => {
    // Bắc Giang's 2022 funds carried over into 2023: 480 of 500 (96%), above 2023's 40,7%; no 2022 row they belong to.
    const carried = await fixtureContext({
      'funding.csv': plus('funding.csv', [F('f60', 'bac-giang', '2022-carryover', 'all', 'all', 'allocated', 500, '500 triệu đồng'), F('f61', 'bac-giang', '2022-carryover', 'all', 'all', 'disbursed', 480, '480 triệu đồng')]),
    });
    const spec = fundYearChart(carried, 'bac-giang')!;
    expect(spec.title).toBe('Năm 2023: đã giải ngân 40,7% vốn đã phân bổ');
    expect(spec.rows.map((r) => [r.category, r.value])).toContainEqual(['Vốn 2022 chuyển sang 2023', 96]);
    expect(fundYearMoneyChart(carried, 'bac-giang')!.title).toBe('Năm 2023: đã giải ngân 170.353 trên 418.318 triệu đồng');
  });

  it('names the newer rate it cannot draw, printed without amounts, on paper too (walk-through 36)', async () => {
    // Carried-over 2022 funds (480 of 500) beside 2023's 170.353 of 418.318: a chart; 2024 «đạt 68,5%» to 30/11/2024, no amounts.
    const ctx = await fixtureContext({
      'reports.csv': plus('reports.csv', ['bg-2024-12-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,annual,214/BC-BDT,2024-12-20,2024,2024,Công tác dân tộc năm 2024,Trưởng ban,,,005_bg.txt']),
      'funding.csv': plus('funding.csv', [
        F('f60', 'bac-giang', '2022-carryover', 'all', 'all', 'allocated', 500, '500 triệu đồng'),
        F('f61', 'bac-giang', '2022-carryover', 'all', 'all', 'disbursed', 480, '480 triệu đồng'),
        'bg-2024-12-20-f01,bg-2024-12-20,1,bac-giang,ntp1719,2024,all,all,,disbursement_rate,68.5,percent,2024-11-30,"đạt 68,5%",reported,,,',
      ]),
    });
    const spec = fundYearChart(ctx, 'bac-giang')!;
    expect(spec.rows.map((r) => r.category)).not.toContain('Năm 2024');
    expect(spec.notes).toContainEqual({ text: 'Không có cột trong biểu đồ (báo cáo in tỷ lệ, không in số tiền; xem thẻ số): năm 2024 68,5% (đến ngày 30/11/2024).', rowIds: ['bg-2024-12-20-f01'], onPaper: true });
  });

  it('a later year given only as central and provincial funds together leads over an older all-sources year (walk-through 24)', async () => {
    // Bắc Giang: 2023 (all sources) 40,7%; 2025, central and provincial together, 201.340 of 498.760 «đạt 40,4%».
    const later = await fixtureContext({
      'reports.csv': plus('reports.csv', ['bg-2025-06-25,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,88/BC-BDT,2025-06-25,2025-01,2025-06,Sáu tháng đầu năm 2025,Trưởng ban,,,005_bg.txt']),
      'funding.csv': plus('funding.csv', [
        'bg-2025-06-25-f01,bg-2025-06-25,1,bac-giang,ntp1719,2025,central_provincial,all,,assigned,498760,mvnd,,498.760 triệu đồng,reported,,,',
        'bg-2025-06-25-f02,bg-2025-06-25,1,bac-giang,ntp1719,2025,central_provincial,all,,disbursed,201340,mvnd,2025-06-15,201.340 triệu đồng,reported,,,',
        'bg-2025-06-25-f03,bg-2025-06-25,1,bac-giang,ntp1719,2025,central_provincial,all,,disbursement_rate,40.4,percent,2025-06-15,"đạt 40,4%",reported,,,',
      ]),
    });
    expect(fundYearChart(later, 'bac-giang')!.title).toBe('Năm 2025 (trung ương và đối ứng tỉnh): đã giải ngân 40,4% vốn giao');
  });

  it('funds counted to different dates: the date line gives the newest and the oldest, a note each fund’s (walk-through 21)', async () => {
    // The carry-over counted to 30/06/2023, 2023's funds to 15/11/2023.
    const carried = await fixtureContext({
      'funding.csv': plus('funding.csv', [F('f60', 'bac-giang', '2022-carryover', 'all', 'all', 'allocated', 500, '500 triệu đồng', '2023-06-30'), F('f61', 'bac-giang', '2022-carryover', 'all', 'all', 'disbursed', 480, '480 triệu đồng', '2023-06-30')]),
    });
    for (const spec of [fundYearChart(carried, 'bac-giang')!, fundYearMoneyChart(carried, 'bac-giang')!]) {
      expect([spec.asOf, spec.oldestAsOf]).toEqual(['2023-11-15', '2023-06-30']);
      expect(chartDatePhrase(spec)).toBe('Số liệu đến ngày 15/11/2023; có số liệu chỉ đến ngày 30/06/2023');
      expect(spec.notes!.map((n) => n.text)).toContain('Các khoản vốn không cùng thời điểm: năm 2023 đến ngày 15/11/2023; vốn 2022 chuyển sang 2023 đến ngày 30/06/2023.');
    }
    // One date: the line says it alone.
    expect(chartDatePhrase(fundYearChart(more, 'son-dong')!)).toBe('Số liệu đến ngày 15/11/2023');
  });

  it('a fund with no date of its own is dated by its report, never «Số liệu đến» that day (walk-through 26)', async () => {
    // The carry-over's 500 and 480 are given with no date (as_of blank) in the report of 17/11/2023; 2023's funds
    // are counted to 15/11/2023. The chart is «đến» 15/11/2023, and says the undated ones are the report's.
    const undated = await fixtureContext({
      'funding.csv': plus('funding.csv', [F('f60', 'bac-giang', '2022-carryover', 'all', 'all', 'allocated', 500, '500 triệu đồng', ''), F('f61', 'bac-giang', '2022-carryover', 'all', 'all', 'disbursed', 480, '480 triệu đồng', '')]),
    });
    for (const spec of [fundYearChart(undated, 'bac-giang')!, fundYearMoneyChart(undated, 'bac-giang')!]) {
      expect(chartDatePhrase(spec)).toBe('Số liệu đến ngày 15/11/2023; có số liệu không ghi ngày, theo báo cáo ngày 17/11/2023');
      expect(spec.notes!.map((n) => n.text)).toContain('Các khoản vốn không cùng thời điểm: vốn 2022 chuyển sang 2023 theo báo cáo ngày 17/11/2023; năm 2023 đến ngày 15/11/2023.');
    }
    // Only undated figures: the chart is the report's.
    expect(chartDatePhrase({ asOf: '2024-12-20', dateKind: 'report' })).toBe('Theo báo cáo ngày 20/12/2024');
    // Of several reports, none dated: each is «theo báo cáo», never «chỉ đến» a report's day.
    expect(chartDatePhrase({ asOf: '2023-11-30', dateKind: 'report', oldestAsOf: '2023-11-17' })).toBe('Theo báo cáo ngày 30/11/2023; có số liệu theo báo cáo ngày 17/11/2023');
  });

  it("the money chart dates its bases too: an undated base is its report's, though what was spent of it is counted to a day", async () => {
    // The carry-over's 500 given with no date in the report of 17/11/2023, its 480 disbursed counted to 15/11/2023: as
    // the real data's 130.595 carried over (bg-2023-11-17-f01) beside Kho bạc's figures to 15/11/2023.
    const based = await fixtureContext({
      'funding.csv': plus('funding.csv', [F('f60', 'bac-giang', '2022-carryover', 'all', 'all', 'allocated', 500, '500 triệu đồng', ''), F('f61', 'bac-giang', '2022-carryover', 'all', 'all', 'disbursed', 480, '480 triệu đồng', '2023-11-15')]),
    });
    expect(chartDatePhrase(fundYearMoneyChart(based, 'bac-giang')!)).toBe('Số liệu đến ngày 15/11/2023; có số liệu không ghi ngày, theo báo cáo ngày 17/11/2023');
    // A rate is of the day its money was counted to.
    expect(chartDatePhrase(fundYearChart(based, 'bac-giang')!)).toBe('Số liệu đến ngày 15/11/2023');
  });

  it('a stated total that is a disbursement card’s base is on that card only, never a card of its own (walk-through 29)', async () => {
    // Sơn Động 2024: 1.000 assigned, 600 disbursed (no allocation): the card «600/1.000»; no «Tổng vốn giao» beside it.
    const based = await fixtureContext({
      'funding.csv': plus('funding.csv', [F('f70', 'son-dong', '2024', 'all', 'all', 'assigned', 1000, '1.000 triệu đồng'), F('f71', 'son-dong', '2024', 'all', 'all', 'disbursed', 600, '600 triệu đồng')]),
    });
    expect(disbursementFigures(based, 'son-dong').map((f) => [f.value, f.total])).toContainEqual([600, 1000]);
    expect(statedTotalFigures(based, 'son-dong').map((f) => f.value)).not.toContain(1000);
    // Bắc Giang's 495.128 assigned is not the base of its card (418.318 allocated is): it stays a card.
    expect(statedTotalFigures(based, 'bac-giang').map((f) => f.value)).toContain(495128);
  });

  it('a span and its year are not ranked: the year leads, in the report’s order, with the overlap noted', () => {
    const spec = fundYearChart(more, 'luc-ngan')!;
    // 2022–2023 disbursed 80%, but it holds 2023 (20%): the single year is named, its rate the page's own (no printed rate).
    expect(spec.title).toBe('Năm 2023: đã giải ngân 20% vốn đã phân bổ (trang tự tính)');
    expect(spec.order).toBe('given');
    // Neither rate is printed: both are the page's own, and the chart says so.
    expect(spec.notes!.map((n) => n.text)).toEqual([OVERLAP, 'Tỷ lệ do trang tự tính từ số đã giải ngân và vốn (báo cáo không in tỷ lệ): giai đoạn 2022–2023 và năm 2023.']);
  });
});

describe('assigned funds by budget source', () => {
  it('a source split by capital type where its parts add up to its total; the source that gave most of it named', () => {
    const spec = sourceChart(ctx, 'bac-giang')!;
    // Central: 198.110 + 244.518 = 442.628, its printed total: the parts are drawn. 442.628 of 495.128 is most.
    expect(spec.title).toBe('Phần lớn vốn giao đến từ ngân sách trung ương');
    expect(spec.subtitle).toBe('Vốn giao theo nguồn ngân sách và loại vốn, triệu đồng, Chương trình MTQG 1719, tỉnh Bắc Giang');
    expect(spec.rows.map((r) => [r.category, r.group, r.value, r.rowIds])).toEqual([
      ['Năm 2023 – Đối ứng ngân sách tỉnh', 'Tổng vốn', 52500, ['bg-2023-11-17-f03']],
      ['Năm 2023 – Ngân sách trung ương', 'Vốn ĐTPT', 198110, ['bg-2023-11-17-f04']],
      ['Năm 2023 – Ngân sách trung ương', 'Vốn SN', 244518, ['bg-2023-11-17-f05']],
    ]);
    expect(spec.groups).toEqual(['Tổng vốn', 'Vốn ĐTPT', 'Vốn SN']);
    expect(spec.meanings).toEqual({ 'Tổng vốn': 'capital_all', 'Vốn ĐTPT': 'capital_dtpt', 'Vốn SN': 'capital_sn' });
    expect([spec.layout, spec.order, spec.categoryLabel, spec.asOf]).toEqual(['stacked', 'given', 'Khoản vốn (năm – nguồn)', '2023-11-17']);
    expect(spec.sources).toEqual([NOV17]);
    // Sơn Động's only funding is a project's: no chart of sources.
    expect(sourceChart(ctx, 'son-dong')).toBeNull();
  });

  it('no source with half of the money: the largest said as the largest; parts that miss their total: the total', () => {
    const spec = sourceChart(more, 'son-dong')!;
    // 1.200 of 3.000 is less than half; ĐTPT 700 + SN 400 = 1.100 is not the central 1.200, so 1.200 is drawn.
    expect(spec.title).toBe('Nhiều nhất là vốn giao đến từ ngân sách trung ương');
    expect(spec.rows.map((r) => [r.category, r.group, r.value])).toEqual([
      ['Năm 2023 – Ngân sách trung ương', 'Tổng vốn', 1200],
      ['Năm 2023 – Đối ứng ngân sách tỉnh', 'Tổng vốn', 1000],
      ['Năm 2023 – Ngân sách huyện, xã', 'Tổng vốn', 800],
    ]);
    // The parts that miss; and, as the province's central (442.628) and provincial (52.500) totals have Sơn Động's
    // 1.200 and 1.000 as their only district figures while Lục Ngạn has none, the two district gaps.
    const gap = (v: string) => `các huyện có ghi số cộng lại là ${v} triệu đồng, ít hơn tổng này: báo cáo nhắc đến huyện khác trong cùng chương trình mà không ghi số của huyện đó.`;
    expect(spec.notes!.map((n) => n.text.split(' — ')[1])).toEqual(['các phần của tổng này cộng lại là 1.100 triệu đồng.', gap('1.200'), gap('1.000')]);
  });

  it('a span and its year: the single year leads, from its one source, the overlap noted', () => {
    const spec = sourceChart(more, 'luc-ngan')!;
    expect(spec.title).toBe('Năm 2023: vốn giao từ ngân sách trung ương, theo loại vốn');
    expect(spec.overlapping).toBe(true);
    expect(spec.notes!.map((n) => n.text)).toEqual([OVERLAP]);
  });

  it('capital-type parts with no printed total are stacked into one bar only when of one day (ĐTPT 500 of 17/11, SN 300 to 15/11: side by side)', async () => {
    expect(sourceChart(more, 'luc-ngan')!.layout).toBe('stacked');
    const apart = await fixtureContext({
      'funding.csv': plus('funding.csv', MORE.map((r) => (r.startsWith('bg-2023-11-17-f35,') ? r.replace(',assigned,300,mvnd,,', ',assigned,300,mvnd,2023-11-15,') : r))),
      'projects.csv': plus('projects.csv', ['ntp1719.da5,ntp1719,project,Dự án 5,Giáo dục']),
    });
    const spec = sourceChart(apart, 'luc-ngan')!;
    expect(spec.rows.filter((r) => r.category.startsWith('Năm 2023')).map((r) => [r.group, r.value])).toEqual([['Vốn ĐTPT', 500], ['Vốn SN', 300]]);
    expect(spec.layout).toBe('grouped');
  });

  it('a fund year split by capital type with no source named: drawn as «Tổng các nguồn» so split, never beside another year\'s sources as one (walk-through 9)', async () => {
    // 2024: 512.300 in all, ĐTPT 386.150 and SN 126.150; the report names no budget source for that year.
    const split = await fixtureContext({
      'funding.csv': plus('funding.csv', [
        F('f70', 'luc-ngan', '2024', 'all', 'all', 'assigned', 512300, '512.300 triệu đồng'),
        F('f71', 'luc-ngan', '2024', 'all', 'dtpt', 'assigned', 386150, '386.150 triệu đồng'),
        F('f72', 'luc-ngan', '2024', 'all', 'sn', 'assigned', 126150, '126.150 triệu đồng'),
      ]),
    });
    // One year alone is one bar, even split in two: no chart (its parts are figures on the page).
    expect(sourceChart(split, 'luc-ngan')).toBeNull();
    const twoYears = await fixtureContext({
      'funding.csv': plus('funding.csv', [
        F('f70', 'luc-ngan', '2024', 'all', 'all', 'assigned', 512300, '512.300 triệu đồng'),
        F('f71', 'luc-ngan', '2024', 'all', 'dtpt', 'assigned', 386150, '386.150 triệu đồng'),
        F('f72', 'luc-ngan', '2024', 'all', 'sn', 'assigned', 126150, '126.150 triệu đồng'),
        F('f73', 'luc-ngan', '2023', 'central', 'all', 'assigned', 3000, '3.000 triệu đồng'),
      ]),
    });
    const spec = sourceChart(twoYears, 'luc-ngan')!;
    // One named source beside a year of all sources: no source is said to give most.
    expect(spec.title).toBe('Vốn giao theo nguồn ngân sách và loại vốn');
    expect(spec.rows.map((r) => [r.category, r.group, r.value])).toEqual([
      ['Năm 2023 – Ngân sách trung ương', 'Tổng vốn', 3000],
      ['Năm 2024 – Tổng các nguồn', 'Vốn ĐTPT', 386150],
      ['Năm 2024 – Tổng các nguồn', 'Vốn SN', 126150],
    ]);
    // Bắc Giang's 2023 has its sources: its all-sources total (495.128) is not drawn beside them.
    expect(sourceChart(split, 'bac-giang')!.rows.map((r) => r.rowIds![0])).toEqual(['bg-2023-11-17-f03', 'bg-2023-11-17-f04', 'bg-2023-11-17-f05']);
  });

  it('a total’s parts by capital type are figures where no chart of sources draws them (walk-through 20)', async () => {
    // Lục Ngạn: «giao 64.380 triệu đồng (vốn đầu tư 41.200 triệu đồng, vốn sự nghiệp 23.180 triệu đồng)», one source.
    const split = await fixtureContext({
      'funding.csv': plus('funding.csv', [
        F('f60', 'luc-ngan', '2023', 'all', 'all', 'assigned', 64380, '64.380 triệu đồng'),
        F('f61', 'luc-ngan', '2023', 'all', 'dtpt', 'assigned', 41200, '41.200 triệu đồng'),
        F('f62', 'luc-ngan', '2023', 'all', 'sn', 'assigned', 23180, '23.180 triệu đồng'),
      ]),
    });
    expect(sourceChart(split, 'luc-ngan')).toBeNull();
    expect(statedTotalFigures(split, 'luc-ngan').map((f) => [f.label, f.value])).toEqual([
      ['Tổng vốn giao, năm 2023 (báo cáo nêu)', 64380],
      ['Vốn giao, năm 2023 – Vốn ĐTPT (báo cáo nêu)', 41200],
      ['Vốn giao, năm 2023 – Vốn SN (báo cáo nêu)', 23180],
    ]);
    // A capital type with its own disbursement card (ĐTPT: 20.000 of 41.200) has its funds there, not twice.
    const paid = await fixtureContext({
      'funding.csv': plus('funding.csv', [
        F('f60', 'luc-ngan', '2023', 'all', 'all', 'assigned', 64380, '64.380 triệu đồng'),
        F('f61', 'luc-ngan', '2023', 'all', 'dtpt', 'assigned', 41200, '41.200 triệu đồng'),
        F('f62', 'luc-ngan', '2023', 'all', 'sn', 'assigned', 23180, '23.180 triệu đồng'),
        F('f63', 'luc-ngan', '2023', 'all', 'dtpt', 'disbursed', 20000, '20.000 triệu đồng'),
      ]),
    });
    expect(statedTotalFigures(paid, 'luc-ngan').map((f) => f.value)).toEqual([64380, 23180]);
    // Bắc Giang's parts are bars of its sources chart: not cards as well.
    expect(sourceChart(split, 'bac-giang')).not.toBeNull();
    expect(statedTotalFigures(split, 'bac-giang').map((f) => f.label).filter((l) => l.startsWith('Vốn giao'))).toEqual([]);
  });

  it('the programme totals a report states are figures: the whole, and central with provincial', () => {
    expect(statedTotalFigures(more, 'son-dong').map((f) => [f.label, f.value])).toEqual([['Tổng vốn giao, năm 2023 (trung ương và đối ứng tỉnh) (báo cáo nêu)', 2200]]);
    expect(statedTotalFigures(more, 'luc-ngan')).toEqual([]);
  });
});

describe('funds not yet allocated, and money by project', () => {
  it('one amount is a figure; two are a chart, added when they may be', () => {
    expect(unallocatedFigures(more, 'son-dong').map((f) => [f.label, f.value])).toEqual([['Vốn chưa phân bổ, năm 2023', 250]]);
    expect(unallocatedChart(more, 'son-dong')).toBeNull();
    expect(unallocatedFigures(more, 'luc-ngan')).toEqual([]);
    const spec = unallocatedChart(more, 'luc-ngan')!;
    // 120 + 300, two projects apart.
    expect(spec.title).toBe('Cộng 2 khoản (trang tự tính): 420 triệu đồng chưa phân bổ');
    expect(spec.subtitle).toBe('Vốn chưa phân bổ theo báo cáo, triệu đồng, huyện Lục Ngạn');
    expect(spec.rows).toEqual([
      { category: 'Dự án 3', value: 120, rowIds: ['bg-2023-11-17-f37'] },
      { category: 'Dự án 5', value: 300, rowIds: ['bg-2023-11-17-f38'] },
    ]);
    expect([spec.order, spec.categoryLabel, spec.asOf, spec.sources]).toEqual(['value', 'Khoản vốn', '2023-11-15', [NOV17]]);
  });

  it('projects with their assigned funds only: the largest named, never «0 trong 2 khoản chưa giải ngân» (walk-through 15)', async () => {
    const assignedOnly = await fixtureContext({
      'projects.csv': plus('projects.csv', ['ntp1719.da1,ntp1719,project,Dự án 1,"Đất ở, nhà ở, đất sản xuất, nước sinh hoạt"', 'ntp1719.da4,ntp1719,project,Dự án 4,Hạ tầng thiết yếu']),
      'funding.csv': plus('funding.csv', [
        'bg-2023-11-17-f50,bg-2023-11-17,3.1.2,luc-ngan,ntp1719,2023,all,all,ntp1719.da1,assigned,12350,mvnd,,12.350 triệu đồng,reported,,,',
        'bg-2023-11-17-f51,bg-2023-11-17,3.1.2,luc-ngan,ntp1719,2023,all,all,ntp1719.da4,assigned,45600,mvnd,,45.600 triệu đồng,reported,,,',
      ]),
    });
    const spec = projectCharts(assignedOnly, 'luc-ngan')[0]!;
    expect(spec.title).toBe('Dự án 4 được giao nhiều vốn nhất; báo cáo không nêu số giải ngân');
    expect(spec.groups).toEqual(['Vốn giao']);
    expect(spec.rows.map((r) => [r.category, r.group, r.value])).toEqual([['Dự án 1', 'Vốn giao', 12350], ['Dự án 4', 'Vốn giao', 45600]]);
  });

  it('projects of two fund years are never bars of one chart: a year of one project is a card, not a one-bar chart', async () => {
    const P = (id: string, year: string, project: string, measure: string, value: number, text: string) =>
      `bg-2023-11-17-${id},bg-2023-11-17,3.1.2,luc-ngan,ntp1719,${year},all,all,ntp1719.${project},${measure},${value},mvnd,${measure === 'assigned' ? '' : '2023-11-15'},${text},reported,,,`;
    const projects = plus('projects.csv', ['ntp1719.da1,ntp1719,project,Dự án 1,"Đất ở, nhà ở, đất sản xuất, nước sinh hoạt"', 'ntp1719.da4,ntp1719,project,Dự án 4,Hạ tầng thiết yếu']);
    // 2023: Dự án 1 6.000 of 12.350, Dự án 4 45.600 assigned; 2022: Dự án 4 alone, 29.000 of 30.000 (96,7%).
    const y2023 = [P('f50', '2023', 'da1', 'assigned', 12350, '12.350 triệu đồng'), P('f51', '2023', 'da1', 'disbursed', 6000, '6.000 triệu đồng'), P('f52', '2023', 'da4', 'assigned', 45600, '45.600 triệu đồng')];
    const y2022 = [P('f53', '2022', 'da4', 'assigned', 30000, '30.000 triệu đồng'), P('f54', '2022', 'da4', 'disbursed', 29000, '29.000 triệu đồng')];
    const ctx = await fixtureContext({ 'projects.csv': projects, 'funding.csv': plus('funding.csv', [...y2023, ...y2022]) });
    const charts = projectCharts(ctx, 'luc-ngan', 'du-an');
    expect(charts.map((c) => [c.id, c.title])).toEqual([['du-an', 'Dự án 1 giải ngân nhiều nhất']]);
    expect(charts[0]!.rows.map((r) => [r.category, r.group, r.value])).toEqual([['Dự án 1', 'Vốn giao', 12350], ['Dự án 1', 'Đã giải ngân', 6000], ['Dự án 4', 'Vốn giao', 45600]]);
    expect(charts[0]!.subtitle).toMatch(/, năm 2023$/);
    const card = projectFigures(ctx, 'luc-ngan');
    expect(card.map((f) => [f.label, f.value, f.total, f.share?.text, f.share?.computed, f.rowId])).toEqual([['Đã giải ngân, Dự án 4, năm 2022', 29000, 30000, '96,7%', true, 'bg-2023-11-17-f54']]);

    // Two projects in each year: two charts, the earlier keeping the id an embed already uses, each title naming its year.
    const both = await fixtureContext({ 'projects.csv': projects, 'funding.csv': plus('funding.csv', [...y2023, ...y2022, P('f55', '2022', 'da1', 'assigned', 5000, '5.000 triệu đồng')]) });
    expect(projectCharts(both, 'luc-ngan', 'du-an').map((c) => [c.id, c.title])).toEqual([
      ['du-an', 'Năm 2022: Dự án 4 giải ngân nhiều nhất'],
      ['du-an-2023', 'Năm 2023: Dự án 1 giải ngân nhiều nhất'],
    ]);
    expect(projectFigures(both, 'luc-ngan')).toEqual([]);

    // One project with its assigned funds only: a card of what is printed.
    const alone = await fixtureContext({ 'projects.csv': projects, 'funding.csv': plus('funding.csv', [P('f52', '2023', 'da4', 'assigned', 45600, '45.600 triệu đồng')]) });
    expect(projectCharts(alone, 'luc-ngan')).toEqual([]);
    expect(projectFigures(alone, 'luc-ngan').map((f) => [f.label, f.value, f.total, f.share])).toEqual([['Vốn giao, Dự án 4, năm 2023', 45600, undefined, undefined]]);
  });

  it('a project’s rate printed without the amount disbursed is a card with its qualifier (walk-through 17); a rate beside its amounts, or a 0% drawn as a bar, is not', async () => {
    const P = (id: string, project: string, measure: string, value: number, text: string) =>
      `bg-2023-11-17-${id},bg-2023-11-17,3.1.2,luc-ngan,ntp1719,2023,all,all,ntp1719.${project},${measure},${value},${measure === 'disbursement_rate' ? 'percent' : 'mvnd'},${measure === 'assigned' ? '' : '2023-11-15'},${text},reported,,,`;
    const ctx = await fixtureContext({
      'projects.csv': plus('projects.csv', ['ntp1719.da1,ntp1719,project,Dự án 1,Nhà ở', 'ntp1719.da4,ntp1719,project,Dự án 4,Hạ tầng thiết yếu', 'ntp1719.da5,ntp1719,project,Dự án 5,Giáo dục']),
      'funding.csv': plus('funding.csv', [
        // Dự án 1: 6.000 of 12.350, «đạt 48,6%» printed beside them.
        P('f50', 'da1', 'assigned', 12350, '12.350 triệu đồng'), P('f51', 'da1', 'disbursed', 6000, '6.000 triệu đồng'), P('f52', 'da1', 'disbursement_rate', 48.6, '"đạt 48,6%"'),
        // Dự án 4: 45.600 assigned, «đạt khoảng 60%» with no amount; Dự án 3: 1.000 assigned, 0%.
        P('f53', 'da4', 'assigned', 45600, '45.600 triệu đồng'), P('f54', 'da4', 'disbursement_rate', 60, 'đạt khoảng 60%'),
        P('f55', 'da3', 'assigned', 1000, '1.000 triệu đồng'), P('f56', 'da3', 'disbursement_rate', 0, '0%'),
        // Dự án 5: a rate and nothing else.
        P('f57', 'da5', 'disbursement_rate', 35, 'đạt 35%'),
      ]),
    });
    expect(statedRateFigures(ctx, 'luc-ngan').map((f) => [f.label, f.value, f.qualifier, f.unit, f.notes?.[0]?.text])).toEqual([
      ['Tỷ lệ giải ngân, Dự án 4, năm 2023', 60, 'khoang', 'percent', 'Báo cáo nêu tỷ lệ này, không nêu số tiền đã giải ngân.'],
      ['Tỷ lệ giải ngân, Dự án 5, năm 2023', 35, undefined, 'percent', 'Báo cáo nêu tỷ lệ này, không nêu số tiền đã giải ngân.'],
    ]);
    // Dự án 3's 0% is its bar of 0 in the year's chart.
    expect(projectCharts(ctx, 'luc-ngan')[0]!.rows.filter((r) => r.category === 'Dự án 3').map((r) => [r.group, r.value])).toEqual([['Vốn giao', 1000], ['Đã giải ngân', 0]]);
  });

  it('projects: the one that disbursed most named, a printed 0% counted as not disbursed', () => {
    const spec = projectCharts(more, 'son-dong')[0]!;
    expect(spec.title).toBe('Dự án 5 giải ngân nhiều nhất; 1 trong 2 khoản chưa giải ngân');
    expect(spec.subtitle).toBe('Vốn giao và vốn đã giải ngân theo dự án, tiểu dự án, triệu đồng, huyện Sơn Động, năm 2023');
    expect(spec.rows.map((r) => [r.category, r.group, r.value, r.rowIds])).toEqual([
      ['Dự án 3', 'Vốn giao', 1200.5, ['bg-2023-11-17-f09']],
      ['Dự án 3', 'Đã giải ngân', 0, ['bg-2023-11-17-f42']],
      ['Dự án 5', 'Vốn giao', 800, ['bg-2023-11-17-f43']],
      ['Dự án 5', 'Đã giải ngân', 200, ['bg-2023-11-17-f44']],
    ]);
    // Both projects have their «Đã giải ngân» bar (Dự án 3's printed 0%): no note of a missing one (walk-through 30).
    expect(spec.notes!.map((n) => n.text)).toEqual([]);
    expect([spec.order, spec.categoryLabel, spec.additive, spec.meanings]).toEqual(['value', 'Dự án, tiểu dự án', true, { 'Vốn giao': 'assigned', 'Vốn đã phân bổ': 'allocated', 'Đã giải ngân': 'disbursed' }]);
  });

  it('a project\'s disbursement from a later report, undated: dated and sourced by that report, not by its assigned money\'s', async () => {
    // Dự án 5: 800 assigned in the report of 17/11/2023 (f43); 200 disbursed printed by that of 30/11/2023, no date of its own.
    const later = MORE.map((r) => (r.startsWith('bg-2023-11-17-f44,') ? 'bg-2023-11-30-f44,bg-2023-11-30,3.1,son-dong,ntp1719,2023,all,all,ntp1719.da5,disbursed,200,mvnd,,200 triệu đồng,reported,,,' : r));
    const ctx = await fixtureContext({ 'funding.csv': plus('funding.csv', later), 'projects.csv': plus('projects.csv', ['ntp1719.da5,ntp1719,project,Dự án 5,Giáo dục']) });
    const spec = projectCharts(ctx, 'son-dong')[0]!;
    expect(spec.rows.find((r) => r.category === 'Dự án 5' && r.group === 'Đã giải ngân')!.rowIds).toEqual(['bg-2023-11-30-f44']);
    expect(spec.sources).toContainEqual(NOV30);
    expect(spec.sources).toContainEqual(NOV17);
  });

  it('projects disbursed to different days: drawn side by side, never added (Dự án 3\'s 0% to 15/11, Dự án 5\'s 200 to 17/11)', async () => {
    const later = MORE.map((r) => (r.startsWith('bg-2023-11-17-f44,') ? r.replace(',2023-11-15,', ',2023-11-17,') : r));
    const ctx = await fixtureContext({ 'funding.csv': plus('funding.csv', later), 'projects.csv': plus('projects.csv', ['ntp1719.da5,ntp1719,project,Dự án 5,Giáo dục']) });
    const spec = projectCharts(ctx, 'son-dong')[0]!;
    expect(spec.rows.map((r) => [r.category, r.group, r.value])).toEqual([['Dự án 3', 'Vốn giao', 1200.5], ['Dự án 3', 'Đã giải ngân', 0], ['Dự án 5', 'Vốn giao', 800], ['Dự án 5', 'Đã giải ngân', 200]]);
    expect(spec.additive).toBe(false);
  });
});

describe('disbursement over the reports', () => {
  it('a fund printed by two reports: a line of its two rates, newest report first among the sources', () => {
    const spec = progressChart(more, 'bac-giang')!;
    expect(spec.kind).toBe('series');
    expect(spec.id).toBe('tien-do-giai-ngan');
    expect(spec.title).toBe('Tỷ lệ giải ngân qua các kỳ báo cáo');
    expect(spec.subtitle).toBe('Tỷ lệ giải ngân (%) theo ngày số liệu, Chương trình MTQG 1719, tỉnh Bắc Giang');
    expect(spec.unit).toBe('percent');
    expect(spec.asOf).toBe('2023-11-30');
    expect(spec.sources).toEqual([NOV30, NOV17]);
    expect(spec.rows).toEqual([
      { date: '2023-11-15', series: 'Năm 2023', value: 40.7, rowIds: ['bg-2023-11-17-f08'] },
      { date: '2023-11-30', series: 'Năm 2023', value: 55.2, rowIds: ['bg-2023-11-30-f01'] },
    ]);
    expect(spec.join).toBe(true);
  });

  it('a rate printed once is no line (it is in the fund-year chart)', () => {
    expect(progressChart(ctx, 'bac-giang')).toBeNull();
    expect(progressChart(more, 'son-dong')).toBeNull();
    expect(progressChart(more, 'luc-ngan')).toBeNull();
  });
});

describe('rates printed without their amounts (walk-through 16)', () => {
  it('are figures as printed, qualifier kept, said to have no amount; a rate beside its amounts stays in its card', async () => {
    const rates = await fixtureContext({
      'funding.csv': plus('funding.csv', [
        'bg-2023-11-17-f60,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2023,all,dtpt,,disbursement_rate,41.2,percent,2023-11-15,"41,2%",reported,,,',
        'bg-2023-11-17-f61,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2023,all,sn,,disbursement_rate,18.6,percent,2023-11-15,"gần 18,6%",reported,,,',
      ]),
    });
    expect(statedRateFigures(rates, 'bac-giang').map((f) => [f.label, f.value, f.unit, f.qualifier ?? null, f.href, f.notes?.[0]?.text])).toEqual([
      ['Tỷ lệ giải ngân, năm 2023 – Vốn ĐTPT', 41.2, 'percent', null, '/bao-cao/bg-2023-11-17/#bg-2023-11-17-f60', 'Báo cáo nêu tỷ lệ này, không nêu số tiền đã giải ngân.'],
      ['Tỷ lệ giải ngân, năm 2023 – Vốn SN', 18.6, 'percent', 'gan', '/bao-cao/bg-2023-11-17/#bg-2023-11-17-f61', 'Báo cáo nêu tỷ lệ này, không nêu số tiền đã giải ngân.'],
    ]);
    // The programme's 40,7% (f08) has its amounts: it is the disbursement card's, not repeated here.
    expect(statedRateFigures(ctx, 'bac-giang')).toEqual([]);
    // On the area's page and /giai-ngan/, beside the disbursement card.
    const { areaTopics } = await import('../../src/views/area.ts');
    expect(areaTopics(rates, 'bac-giang').find((t) => t.id === 'giai-ngan')!.figures.map((f) => f.id)).toEqual(expect.arrayContaining(['so-lieu-bg-2023-11-17-f07', 'so-lieu-bg-2023-11-17-f60', 'so-lieu-bg-2023-11-17-f61']));
  });
});

describe('a province’s districts’ disbursement rates (walk-through 29)', () => {
  it('side by side for the newest fund year two districts give: printed rates with their words, worked-out ones said so', async () => {
    // 2024: Sơn Động printed «trên 45%» to 30/11/2024; Lục Ngạn 300 of 500 (60%, not printed) to 15/11/2024.
    const R = (id: string, rest: string, text: string) => `bg-2024-12-20-${id},bg-2024-12-20,1,${rest},${text},reported,,,`;
    const ctx = await fixtureContext({
      'reports.csv': plus('reports.csv', ['bg-2024-12-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,annual,214/BC-BDT,2024-12-20,2024,2024,Công tác dân tộc năm 2024,Trưởng ban,,,005_bg.txt']),
      'funding.csv': plus('funding.csv', [
        R('f01', 'son-dong,ntp1719,2024,all,all,,disbursement_rate,45,percent,2024-11-30', 'trên 45%'),
        R('f02', 'luc-ngan,ntp1719,2024,all,all,,assigned,500,mvnd,', '500 triệu đồng'),
        R('f03', 'luc-ngan,ntp1719,2024,all,all,,disbursed,300,mvnd,2024-11-15', '300 triệu đồng'),
      ]),
    });
    const spec = districtRatesChart(ctx, 'bac-giang', 'x')!;
    // «trên 45%» may be above 60%: neither is named the highest (walk-through 32).
    expect(spec.title).toBe('Năm 2024: Lục Ngạn giải ngân 60%, Sơn Động trên 45% (không cùng thời điểm)');
    // Drawn largest first (order 'value').
    expect(spec.order).toBe('value');
    expect(spec.rows.map((r) => [r.category, r.value, r.qualifier ?? null, r.rowIds])).toEqual([
      ['Lục Ngạn', 60, null, ['bg-2024-12-20-f03', 'bg-2024-12-20-f02']],
      ['Sơn Động', 45, 'tren', ['bg-2024-12-20-f01']],
    ]);
    expect(spec.notes!.map((n) => n.text)).toEqual([
      'Các huyện không cùng thời điểm: Sơn Động đến ngày 30/11/2024; Lục Ngạn đến ngày 15/11/2024.',
      'Tỷ lệ do trang tự tính từ số đã giải ngân và vốn (báo cáo không in tỷ lệ): huyện Lục Ngạn.',
    ]);
    // One district is not a comparison; a district is not a province.
    expect(districtRatesChart(await fixtureContext({ 'reports.csv': plus('reports.csv', ['bg-2024-12-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,annual,214/BC-BDT,2024-12-20,2024,2024,Công tác dân tộc năm 2024,Trưởng ban,,,005_bg.txt']), 'funding.csv': plus('funding.csv', [R('f01', 'son-dong,ntp1719,2024,all,all,,disbursement_rate,45,percent,2024-11-30', 'trên 45%')]) }), 'bac-giang')).toBeNull();
    expect(districtRatesChart(ctx, 'son-dong')).toBeNull();
  });
});

describe('a share the page works out from a rough amount (walk-through 33)', () => {
  it('is whole percent with its «khoảng», never a decimal the report never had', async () => {
    // «Dự án 4 …: giao 52.600 triệu đồng, giải ngân khoảng 38.000 triệu đồng»: 72,24…%, said «khoảng 72%».
    const R = (id: string, rest: string, text: string) => `bg-2024-12-20-${id},bg-2024-12-20,1,son-dong,ntp1719,2024,all,all,${rest},${text},reported,,,`;
    const ctx = await fixtureContext({
      'reports.csv': plus('reports.csv', ['bg-2024-12-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,annual,214/BC-BDT,2024-12-20,2024,2024,Công tác dân tộc năm 2024,Trưởng ban,,,005_bg.txt']),
      'projects.csv': plus('projects.csv', ['ntp1719.da4,ntp1719,project,Dự án 4,Hạ tầng thiết yếu']),
      'funding.csv': plus('funding.csv', [R('f01', 'ntp1719.da4,assigned,52600,mvnd,', '52.600 triệu đồng'), R('f02', 'ntp1719.da4,disbursed,38000,mvnd,2024-11-30', 'khoảng 38.000 triệu đồng')]),
    });
    const card = projectFigures(ctx, 'son-dong').find((f) => f.id === 'so-lieu-bg-2024-12-20-f02')!;
    expect([card.share?.text, card.share?.computed]).toEqual(['khoảng 72%', true]);
    // An exact pair keeps its one decimal, and so does a bound; a rough amount written to its last unit too (half of
    // its last digit moves the share by less than 0,05 points).
    expect(computedShareText((100 * 38000) / 52600, null, [{ value: 38000, q: null }, { value: 52600, q: null }])).toBe('72,2%');
    expect(computedShareText((100 * 20) / 30, 'tren', [{ value: 20, q: 'tren' }, { value: 30, q: null }])).toBe('trên 66,7%');
    expect(computedShareText((100 * 170353) / 418318, 'khoang', [{ value: 170353, q: null }, { value: 418318, q: 'khoang' }])).toBe('khoảng 40,7%');
    // «khoảng 12» works: half a work is 4% of 12, so 10 of them is «khoảng 83%».
    expect(computedShareText((100 * 10) / 12, 'khoang', [{ value: 10, q: null }, { value: 12, q: 'khoang' }])).toBe('khoảng 83%');
  });
});

describe('a district chart’s title ranks only what the rows prove (walk-throughs 31, 32)', () => {
  const R = (id: string, rest: string, text: string) => `bg-2024-12-20-${id},bg-2024-12-20,1,${rest},${text},reported,,,`;
  const REPORT = 'bg-2024-12-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,annual,214/BC-BDT,2024-12-20,2024,2024,Công tác dân tộc năm 2024,Trưởng ban,,,005_bg.txt';
  const rate = (area: string, value: number, asOf: string, text: string, n: string) => R(n, `${area},ntp1719,2024,all,all,,disbursement_rate,${value},percent,${asOf}`, `"${text}"`);
  const areas = plus('areas.csv', ['yen-the,Yên Thế,district,bac-giang,,', 'luc-nam,Lục Nam,district,bac-giang,,']);
  const title = async (rows: string[]) => districtRatesChart(await fixtureContext({ 'areas.csv': areas, 'reports.csv': plus('reports.csv', [REPORT]), 'funding.csv': plus('funding.csv', rows) }), 'bac-giang')!.title;

  it('names districts of one figure together, never one of them the highest', async () => {
    // «Các huyện Sơn Động, Lục Ngạn giải ngân đạt trên 45%; huyện Yên Thế đạt 31,2%».
    const rows = [rate('son-dong', 45, '2024-11-30', 'trên 45%', 'f01'), rate('luc-ngan', 45, '2024-11-30', 'trên 45%', 'f02'), rate('yen-the', 31.2, '2024-11-30', '31,2%', 'f03')];
    expect(await title(rows)).toBe('Năm 2024: Sơn Động và Lục Ngạn giải ngân trên 45%');
    // One of the two copied without its «trên»: the «trên 45%» is above the plain 45%, and leads alone.
    rows[0] = rate('son-dong', 45, '2024-11-30', '45%', 'f01');
    expect(await title(rows)).toBe('Năm 2024: Lục Ngạn giải ngân cao nhất (trên 45%)');
  });

  it('ranks a district ahead of others counted to later days; one counted later only among those of its date', async () => {
    // Lục Ngạn 60% to 15/11 is ahead of Sơn Động's 50% to 30/11: on 15/11 Sơn Động had at most 50%.
    expect(await title([rate('son-dong', 50, '2024-11-30', '50%', 'f01'), rate('luc-ngan', 60, '2024-11-15', '60%', 'f02')])).toBe('Năm 2024: Lục Ngạn giải ngân cao nhất (60%, đến ngày 15/11/2024)');
    // Sơn Động's 62,9% to 30/11 may be ahead of Lục Ngạn's 60% to 15/11 only for its later day.
    expect(await title([rate('son-dong', 62.9, '2024-11-30', '62,9%', 'f01'), rate('luc-ngan', 60, '2024-11-15', '60%', 'f02')])).toBe('Năm 2024: Sơn Động giải ngân 62,9% (đến ngày 30/11/2024); các huyện khác có số liệu sớm hơn');
    expect(
      await title([rate('son-dong', 62.9, '2024-11-30', '62,9%', 'f01'), rate('yen-the', 55, '2024-11-30', '55%', 'f03'), rate('luc-ngan', 60, '2024-11-15', '60%', 'f02')]),
    ).toBe('Năm 2024: Sơn Động giải ngân cao nhất trong các huyện có số liệu đến ngày 30/11/2024 (62,9%)');
    // Two «trên 45%» of the newest date beside a third of that date and an older one: the two side by side, with their
    // date, and no word that every other district is older (Yên Thế is not).
    expect(
      await title([
        rate('son-dong', 45, '2024-11-30', 'trên 45%', 'f01'),
        rate('yen-the', 45, '2024-11-30', 'trên 45%', 'f03'),
        rate('luc-nam', 42, '2024-11-30', '42%', 'f04'),
        rate('luc-ngan', 40, '2024-11-15', '40%', 'f02'),
      ]),
    ).toBe('Năm 2024: Sơn Động và Yên Thế giải ngân trên 45% (đến ngày 30/11/2024)');
  });
});

describe('a fund year’s projects with amounts given undated and disbursed to a date (walk-through 30)', () => {
  it('is dated by what was disbursed and by its undated amounts’ report, and says nothing of a missing «Đã giải ngân» when every project has one', async () => {
    const R = (id: string, rest: string, text: string) => `bg-2024-12-20-${id},bg-2024-12-20,1,son-dong,ntp1719,2024,all,all,${rest},${text},reported,,,`;
    const ctx = await fixtureContext({
      'reports.csv': plus('reports.csv', ['bg-2024-12-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,annual,214/BC-BDT,2024-12-20,2024,2024,Công tác dân tộc năm 2024,Trưởng ban,,,005_bg.txt']),
      'projects.csv': plus('projects.csv', ['ntp1719.da1,ntp1719,project,Dự án 1,"Đất ở, nhà ở, đất sản xuất, nước sinh hoạt"', 'ntp1719.da4,ntp1719,project,Dự án 4,Hạ tầng thiết yếu']),
      'funding.csv': plus('funding.csv', [
        R('f01', 'ntp1719.da1,assigned,6120,mvnd,', '6.120 triệu đồng'),
        R('f02', 'ntp1719.da1,disbursed,4870,mvnd,2024-11-30', '4.870 triệu đồng'),
        R('f03', 'ntp1719.da4,assigned,20300,mvnd,', '20.300 triệu đồng'),
        R('f04', 'ntp1719.da4,disbursed,15980,mvnd,2024-11-30', '15.980 triệu đồng'),
      ]),
    });
    const spec = projectCharts(ctx, 'son-dong', 'x').find((c) => c.subtitle.endsWith('năm 2024'))!;
    // The disbursements counted to 30/11/2024 lead; the amounts assigned (6.120, 20.300: no date) are the report's.
    expect(chartDatePhrase(spec)).toBe('Số liệu đến ngày 30/11/2024; có số liệu không ghi ngày, theo báo cáo ngày 20/12/2024');
    expect(spec.notes!.map((n) => n.text).join(' ')).not.toContain('Khoản không có cột');
    // A third project given without what it disbursed: the note says why its bar is alone.
    const third = await fixtureContext({
      'reports.csv': plus('reports.csv', ['bg-2024-12-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,annual,214/BC-BDT,2024-12-20,2024,2024,Công tác dân tộc năm 2024,Trưởng ban,,,005_bg.txt']),
      'projects.csv': plus('projects.csv', ['ntp1719.da1,ntp1719,project,Dự án 1,"Đất ở, nhà ở, đất sản xuất, nước sinh hoạt"', 'ntp1719.da4,ntp1719,project,Dự án 4,Hạ tầng thiết yếu']),
      'funding.csv': plus('funding.csv', [R('f01', 'ntp1719.da1,assigned,6120,mvnd,', '6.120 triệu đồng'), R('f02', 'ntp1719.da1,disbursed,4870,mvnd,2024-11-30', '4.870 triệu đồng'), R('f03', 'ntp1719.da4,assigned,20300,mvnd,', '20.300 triệu đồng')]),
    });
    expect(projectCharts(third, 'son-dong', 'x').find((c) => c.subtitle.endsWith('năm 2024'))!.notes!.map((n) => n.text)).toContain('Khoản không có cột “Đã giải ngân”: báo cáo không nêu số giải ngân.');
  });
});
