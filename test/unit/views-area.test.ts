/**
 * An area's page gathers every topic of that area, and the topic pages list their areas in a fixed order. Expected
 * values worked out by hand from valid-min (Bắc Giang with its districts Sơn Động and Lục Ngạn; money, plan 511,
 * poverty and prestigious persons in Bắc Giang; a project's money and a Tết gift in Sơn Động; plan 511 completed
 * counts in both districts) and the rows added here: plan 511 total investment (Bắc Giang 165.500, Sơn Động 79.703
 * approved 14/02/2022, Lục Ngạn 46.301 of which the province's budget 20.000), a 2023 batch completed in the
 * districts (Sơn Động 10, Lục Ngạn 4), two NTP 1719 works types, a works indicator in Lục Ngạn, and areas of
 * another province and two communes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { areaTopics } from '../../src/views/area.ts';
import { areasWith, fundingAreas, orderedAreas } from '../../src/views/areas.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const I = (id: string, rest: string, text: string, decision = '') => `bg-2023-11-30-${id},bg-2023-11-30,II,${rest},mvnd,,${text} triệu đồng,reported,,,${decision}`;
const FUNDING = [
  I('f01', 'bac-giang,plan511,2022-2024,all,all,,total_investment,165500', '165.500'),
  I('f02', 'son-dong,plan511,2022-2024,all,all,,total_investment,79703', '79.703', '2022-02-14'),
  I('f03', 'luc-ngan,plan511,2022-2024,all,all,,total_investment,46301', '46.301'),
  I('f04', 'luc-ngan,plan511,2022-2024,provincial,all,,total_investment,20000', '20.000'),
];
const WORKS = [
  'bg-2023-11-17-w01,bg-2023-11-17,3.2,son-dong,plan511,2023,current,all,all,completed,10,2023-11-17,Sơn Động 10 công trình,reported,',
  'bg-2023-11-17-w02,bg-2023-11-17,3.2,luc-ngan,plan511,2023,current,all,all,completed,4,2023-11-17,Lục Ngạn 04 công trình,reported,',
  'bg-2023-11-30-w21,bg-2023-11-30,II,bac-giang,ntp1719,2022-2023,current,all,road,new,61,,61 công trình,reported,',
  'bg-2023-11-30-w22,bg-2023-11-30,II,bac-giang,ntp1719,2022-2023,current,all,school,new,11,,11 công trình,reported,',
];
const INDICATOR = 'bg-2023-11-30-i01,bg-2023-11-30,II.4,luc-ngan,works,beneficiaries,Người hưởng lợi từ công trình,1200,person,2023,,1.200 người,reported,';
// Listed out of order: Lục Ngạn after Sơn Động in valid-min; Bắc Kạn's districts Na Rì before Ba Bể; communes
// of a province (after 2025) and of a district; An Giang, first in Vietnamese order, last in the file.
const AREAS = ['bac-kan,Bắc Kạn,province,,,', 'na-ri,Na Rì,district,bac-kan,,', 'ba-be,Ba Bể,district,bac-kan,,', 'an-lac,An Lạc,commune,bac-giang,,', 'cam-son,Cấm Sơn,commune,luc-ngan,,', 'an-giang,An Giang,province,,,'];
// Na Rì's only money is plan 511's; Bắc Giang's 2025 budget is in a newer report.
const NA_RI = 'bg-2023-11-17-f90,bg-2023-11-17,3.1,na-ri,plan511,2023,all,all,,assigned,500,mvnd,,500 triệu đồng,reported,,,';
const JUL2025 = 'bg-2025-07-15,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,45/BC-BDT,2025-07-15,2025-01,2025-06,Kết quả 6 tháng đầu năm 2025,Trưởng ban,,,005_bg-2025-07-15.txt';
const NEWER = 'bg-2025-07-15-f01,bg-2025-07-15,II,bac-giang,ntp1719,2025,all,all,,assigned,500000,mvnd,,500.000 triệu đồng,reported,,,';
const PLAN = 'Công trình ngầm, cầu dân sinh hoàn thành: Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung)';
const BATCH = 'Công trình ngầm, cầu dân sinh hoàn thành: Đợt năm 2023';

let ctx: ViewContext;
let more: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext();
  more = await fixtureContext({
    'works.csv': plus('works.csv', WORKS),
    'indicators.csv': plus('indicators.csv', [INDICATOR]),
    'areas.csv': plus('areas.csv', AREAS),
    'funding.csv': plus('funding.csv', [...FUNDING, NA_RI, NEWER]),
    'reports.csv': plus('reports.csv', [JUL2025]),
  });
});

describe('the order of areas on topic pages', () => {
  it('each province in Vietnamese order, then its districts in Vietnamese order; no commune', () => {
    expect(orderedAreas(more)).toEqual(['an-giang', 'bac-giang', 'luc-ngan', 'son-dong', 'bac-kan', 'ba-be', 'na-ri']);
    // Only those asked for, still in that order.
    expect(orderedAreas(more, ['na-ri', 'son-dong', 'an-lac', 'bac-kan'])).toEqual(['son-dong', 'bac-kan', 'na-ri']);
  });

  it('a topic lists the areas with rows of it; the funding page only NTP 1719 money', () => {
    expect(areasWith(ctx, 'works')).toEqual(['bac-giang', 'luc-ngan', 'son-dong']);
    expect(areasWith(ctx, 'poverty')).toEqual(['bac-giang']);
    expect(areasWith(ctx, 'ncut')).toEqual(['bac-giang', 'son-dong']);
    // Na Rì's only money is plan 511's, shown with the works: not on the funding page.
    expect(areasWith(more, 'funding')).toEqual(['bac-giang', 'luc-ngan', 'son-dong', 'na-ri']);
    expect(fundingAreas(more)).toEqual(['bac-giang', 'son-dong']);
  });
});

describe('an area’s page', () => {
  it('Bắc Giang: four topics, each linked to its page, their charts named after the area, newest cards first', () => {
    const topics = areaTopics(more, 'bac-giang');
    expect(topics.map((t) => [t.id, t.title, t.href])).toEqual([
      ['giai-ngan', 'Giải ngân', '/giai-ngan/'],
      ['cong-trinh', 'Công trình ngầm, cầu dân sinh và hạ tầng', '/cong-trinh/'],
      ['ho-ngheo', 'Hộ nghèo', '/ho-ngheo/'],
      ['nguoi-co-uy-tin', 'Người có uy tín', '/nguoi-co-uy-tin/'],
    ]);
    expect(topics.map((t) => t.charts.map((c) => c.id))).toEqual([
      // One fund year (2023): its rate and amounts are its card, not one-bar charts.
      ['von-giao-theo-nguon-bac-giang'],
      // The province's own charts: districts per batch (the 2023 batch before the plan 2022–2024), investment by district.
      ['tinh-trang-ke-hoach-511-bac-giang', 'hoan-thanh-theo-huyen-2023-bac-giang', 'hoan-thanh-theo-huyen-2022-2024-bac-giang', 'ke-hoach-511-theo-loai-bac-giang', 'von-ke-hoach-511-bac-giang', 'cong-trinh-1719-bac-giang'],
      ['ty-le-ho-ngheo-bac-giang', 'muc-giam-decrease-avg-per-year-bac-giang'],
      [],
    ]);
    expect(topics.map((t) => t.figures.map((f) => f.label))).toEqual([
      // The newer report's card first (order.ts), though the views give money disbursed before stated totals.
      ['Tổng vốn giao, năm 2025 (báo cáo nêu)', 'Đã giải ngân, năm 2023', 'Tổng vốn giao, năm 2023 (báo cáo nêu)'],
      [PLAN, 'Tổng mức đầu tư công trình ngầm, cầu dân sinh (giai đoạn 2022–2024)'],
      // The rate of its last year (8,77% in 2020), then the fall that led to it (walk-through 31).
      ['Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN (chuẩn nghèo 2016–2020), năm 2020', 'Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN giảm bình quân mỗi năm, 2015–2020'],
      ['Người có uy tín (giai đoạn 2023–2027, số liệu cấp tỉnh)', 'Cấp báo (năm 2023, cấp trung ương)'],
    ]);
  });

  it('a district: no province-wide charts; its investment a figure dated by its decision, else by its report', () => {
    const topics = areaTopics(more, 'son-dong');
    // No poverty rows: no poverty block.
    expect(topics.map((t) => [t.id, t.charts.map((c) => c.id)])).toEqual([
      // Its one project is a card, not a one-bar chart.
      ['giai-ngan', []],
      ['cong-trinh', []],
      ['nguoi-co-uy-tin', []],
    ]);
    const works = topics[1]!.figures;
    expect(works.map((f) => [f.label, f.value])).toEqual([[PLAN, 40], [BATCH, 10], ['Tổng mức đầu tư công trình ngầm, cầu dân sinh (giai đoạn 2022–2024)', 79703]]);
    expect(works.map((f) => [f.asOf, f.dateKind])).toEqual([['2023-11-30', undefined], ['2023-11-17', undefined], ['2022-02-14', 'decision']]);
    expect(works[2]!.href).toBe('/bao-cao/bg-2023-11-30/#bg-2023-11-30-f02');

    const lucNgan = areaTopics(more, 'luc-ngan');
    expect(lucNgan.map((t) => t.id)).toEqual(['cong-trinh']);
    expect(lucNgan[0]!.figures.map((f) => [f.label, f.value, f.asOf, f.dateKind])).toEqual([
      [PLAN, 16, '2023-11-30', undefined],
      [BATCH, 4, '2023-11-17', undefined],
      ['Tổng mức đầu tư công trình ngầm, cầu dân sinh (giai đoạn 2022–2024)', 46301, '2023-11-30', 'report'],
      ['Tổng mức đầu tư công trình ngầm, cầu dân sinh, phần ngân sách tỉnh (giai đoạn 2022–2024)', 20000, '2023-11-30', 'report'],
      // No date of its own: dated by its report («theo báo cáo ngày 30/11/2023»).
      ['Người hưởng lợi từ công trình (năm 2023)', 1200, '2023-11-30', 'report'],
    ]);
  });

  it('the province’s district chart and support chart under their own ids; a district’s communes are not drawn as districts', async () => {
    // Plans for Sơn Động (50) and Lục Ngạn (25) make the district chart a completion chart; 3 works completed in the
    // commune An Lạc of Sơn Động; Tết gifts and sick visits in Bắc Giang; Sơn Động's plan 511 money assigned and an
    // NTP 1719 total investment, neither a plan 511 investment card.
    const page = await fixtureContext({
      'areas.csv': plus('areas.csv', ['an-lac,An Lạc,commune,son-dong,,']),
      'works.csv': plus('works.csv', [
        'bg-2023-11-30-w50,bg-2023-11-30,II,son-dong,plan511,2022-2024,revised,all,all,planned,50,,50 công trình,reported,',
        'bg-2023-11-30-w52,bg-2023-11-30,II,luc-ngan,plan511,2022-2024,revised,all,all,planned,25,,25 công trình,reported,',
        'bg-2023-11-30-w53,bg-2023-11-30,II,an-lac,plan511,2023,current,all,all,completed,3,2023-11-30,3 công trình,reported,',
      ]),
      'funding.csv': plus('funding.csv', [
        'bg-2023-11-30-f11,bg-2023-11-30,II,son-dong,plan511,2023,all,all,,assigned,9000,mvnd,,9.000 triệu đồng,reported,,,',
        'bg-2023-11-30-f12,bg-2023-11-30,II,son-dong,ntp1719,2022-2024,all,all,,total_investment,95000,mvnd,,95.000 triệu đồng,reported,,,',
      ]),
      'ncut.csv': plus('ncut.csv', [
        'bg-2023-11-17-n04,bg-2023-11-17,3.3,bac-giang,2023,tet_gift,province,500,,,250,,"500 suất, 250 triệu đồng",reported,',
        'bg-2023-11-17-n05,bg-2023-11-17,3.3,bac-giang,2023,sick_visit,province,300,,,90,,"300 lượt, 90 triệu đồng",reported,',
      ]),
    });
    const charts = (areaId: string) => Object.fromEntries(areaTopics(page, areaId).map((t) => [t.id, t.charts.map((c) => c.id)]));
    expect(charts('bac-giang')).toEqual({
      'giai-ngan': ['von-giao-theo-nguon-bac-giang'],
      'cong-trinh': ['tinh-trang-ke-hoach-511-bac-giang', 'theo-huyen-2022-2024-bac-giang', 'ke-hoach-511-theo-loai-bac-giang'],
      'ho-ngheo': ['ty-le-ho-ngheo-bac-giang', 'muc-giam-decrease-avg-per-year-bac-giang'],
      'nguoi-co-uy-tin': ['ho-tro-nguoi-co-uy-tin-bac-giang'],
    });
    expect(charts('son-dong')).toEqual({ 'giai-ngan': [], 'cong-trinh': [], 'nguoi-co-uy-tin': [] });
    expect(areaTopics(page, 'son-dong')[1]!.figures.map((f) => f.id)).toEqual(['so-lieu-bg-2023-11-30-w07']);
  });
});
