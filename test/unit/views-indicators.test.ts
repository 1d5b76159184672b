/**
 * The reports' other figures of a topic as cards (the works topic's on the works page and the area pages). Expected
 * labels worked out by hand from the rows added to valid-min: Lục Ngạn's 1.200 beneficiaries in 2023, about 350
 * households with clean water by 31/12/2023 (an estimate, «ước»), 40 pupils in boarding schools built in the first
 * term of 2023–2024; Sơn Động's share of boarding pupils (education, valid-min) is not a works figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { indicatorFigures } from '../../src/views/indicators.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

let ctx: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext({
    'indicators.csv': plus('indicators.csv', [
      'bg-2023-11-30-i01,bg-2023-11-30,II.4,luc-ngan,works,beneficiaries,Người hưởng lợi từ công trình,1200,person,2023,,1.200 người,reported,',
      'bg-2023-11-30-i02,bg-2023-11-30,II.4,luc-ngan,works,households_water,Hộ được dùng nước sạch,350,household,2023,2023-12-31,ước 350 hộ,estimate,',
      'bg-2023-11-30-i03,bg-2023-11-30,II.4,luc-ngan,works,boarding_rooms_pupils,Học sinh ở phòng bán trú mới xây,40,person,2023-2024-hk1,,40 học sinh,reported,',
    ]),
  });
});

describe('a topic’s other figures as cards', () => {
  it('each with its period in words, its unit and its row; an estimate dated by the date it is for, a figure without a date by its report', () => {
    expect(indicatorFigures(ctx, 'luc-ngan', 'works').map((f) => [f.label, f.value, f.unit, f.asOf, f.dateKind, f.href])).toEqual([
      ['Người hưởng lợi từ công trình (năm 2023)', 1200, 'person', '2023-11-30', 'report', '/bao-cao/bg-2023-11-30/#bg-2023-11-30-i01'],
      ['Hộ được dùng nước sạch (năm 2023)', 350, 'household', '2023-12-31', 'estimate', '/bao-cao/bg-2023-11-30/#bg-2023-11-30-i02'],
      // The term keeps its Roman numeral: «học kỳ I», not «học kỳ i».
      ['Học sinh ở phòng bán trú mới xây (học kỳ I năm học 2023–2024)', 40, 'person', '2023-11-30', 'report', '/bao-cao/bg-2023-11-30/#bg-2023-11-30-i03'],
    ]);
  });

  it('only the topic asked for, only the area asked for', () => {
    expect(indicatorFigures(ctx, 'son-dong', 'works')).toEqual([]);
    expect(indicatorFigures(ctx, 'son-dong', 'education').map((f) => [f.label, f.value, f.area])).toEqual([['Tỷ lệ học sinh bán trú (học kỳ I năm học 2022–2023)', 61.5, 'huyện Sơn Động']]);
    expect(indicatorFigures(ctx, 'bac-giang', 'works')).toEqual([]);
  });

  it('a poverty fall in points printed as «%» says it is the page’s reading; one printed in points says nothing', async () => {
    // As data/indicators.csv's bg-2023-11-30-i26: Yên Định's poverty rate fell «hơn 10%» in 2022, kept as points.
    const falls = await fixtureContext({
      'indicators.csv': plus('indicators.csv', [
        'bg-2023-11-30-i26,bg-2023-11-30,II.2.1.4,son-dong,poverty,poverty_decrease_max_commune,Mức giảm tỷ lệ hộ nghèo của một xã,10,pp,2022,,hơn 10%,reported,',
        'bg-2023-11-30-i27,bg-2023-11-30,II.2.1.4,luc-ngan,poverty,poverty_decrease_max_commune,Mức giảm tỷ lệ hộ nghèo của một xã,4.1,pp,2022,,"giảm 4,1 điểm phần trăm",reported,',
      ]),
    });
    const read = 'Báo cáo in mức giảm bằng “%” mà không nói rõ; trang đọc là điểm phần trăm của tỷ lệ hộ nghèo, không phải phần trăm của số hộ.';
    expect(indicatorFigures(falls, 'son-dong', 'poverty').map((f) => f.notes)).toEqual([[{ text: read, onPaper: true }]]);
    expect(indicatorFigures(falls, 'luc-ngan', 'poverty').map((f) => f.notes ?? [])).toEqual([[]]);
  });

  it('a count at a date («tính đến nay», an indicator of sums.stocks) names no period: its card says the date (issue 22)', async () => {
    const stock = await fixtureContext({
      'indicators.csv': plus('indicators.csv', [
        'bg-2023-11-30-i08,bg-2023-11-30,I,bac-giang,economy,ntm_communes_done,"Xã vùng DTTS&MN đã đạt chuẩn nông thôn mới (lũy kế), trên tổng số 171 xã",114,commune,2023,2023-11-30,114/171 xã,reported,',
        // Not a stock: a year's count keeps its year.
        'bg-2023-11-30-i19,bg-2023-11-30,II,bac-giang,economy,econ_models,Mô hình phát triển kinh tế đã xây dựng,3,model,2023,2023-11-30,03 mô hình,reported,',
      ]),
    });
    expect(indicatorFigures(stock, 'bac-giang', 'economy').map((f) => [f.label, f.value, f.asOf, f.dateKind])).toEqual([
      ['Xã vùng DTTS&MN đã đạt chuẩn nông thôn mới (lũy kế), trên tổng số 171 xã', 114, '2023-11-30', undefined],
      ['Mô hình phát triển kinh tế đã xây dựng (năm 2023)', 3, '2023-11-30', undefined],
    ]);
  });
});
