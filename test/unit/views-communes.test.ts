/**
 * A commune's figures on its district's page (src/views/communes.ts), on valid-min plus communes of Sơn Động
 * and rows of the two November 2023 reports (17/11 and 30/11). Expected texts written from the rows by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeLines } from '../../src/views/communes.ts';
import type { ViewContext } from '../../src/views/context.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const I = (id: string, report: string, area: string, code: string, label: string, value: number, asOf: string, status = 'reported') =>
  `${id},${report},II,${area},works,${code},${label},${value},household,2023,${asOf},${value} hộ,${status},`;

let ctx: ViewContext;
beforeAll(async () => {
  const communes = Array.from({ length: 14 }, (_, i) => `xa-${String(i + 1).padStart(2, '0')},Xã ${String(i + 1).padStart(2, '0')},commune,son-dong,,`);
  const many = communes.flatMap((_, i) => [1, 2, 3].map((k) => I(`bg-2023-11-30-i${100 + i * 3 + k}`, 'bg-2023-11-30', `xa-${String(i + 1).padStart(2, '0')}`, `chi_tieu_${k}`, `Chỉ tiêu ${k}`, k, '')));
  ctx = await fixtureContext({
    'areas.csv': plus('areas.csv', ['van-son,Vân Sơn,commune,son-dong,,', 'an-lac,An Lạc,commune,son-dong,Thuộc huyện Lục Nam đến 30/6/2025.,', ...communes]),
    'indicators.csv': plus('indicators.csv', [
      I('bg-2023-11-17-i10', 'bg-2023-11-17', 'van-son', 'water_households', 'Hộ được hỗ trợ nước sinh hoạt phân tán', 20, '2023-10-31'),
      I('bg-2023-11-30-i11', 'bg-2023-11-30', 'van-son', 'water_households', 'Hộ được hỗ trợ nước sinh hoạt phân tán', 35, ''),
      I('bg-2023-11-30-i12', 'bg-2023-11-30', 'van-son', 'grid_households', 'Hộ có điện lưới', 120, '2023-11-15'),
      I('bg-2023-11-30-i13', 'bg-2023-11-30', 'van-son', 'clean_water_planned', 'Hộ dự kiến có nước sạch', 40, '2023-12-31', 'estimate'),
      ...many,
    ]),
  });
});

describe('the communes on their district\'s page', () => {
  it('each commune by name, with its count and its three newest figures as printed, with date and source', () => {
    const lines = communeLines(ctx, 'son-dong');
    expect(lines.slice(0, 2).map((l) => [l.name, l.count])).toEqual([['An Lạc', 0], ['Vân Sơn', 4]]);
    expect(lines[0]!.figures).toEqual([]);
    // Where a commune was before a merger, as areas.csv notes it (walk-through 12); none for the others.
    expect(lines.slice(0, 2).map((l) => l.note)).toEqual(['Thuộc huyện Lục Nam đến 30/6/2025.', null]);
    expect(lines[0]!.href).toBeNull();
    const vanSon = lines[1]!;
    // Newest first: the estimate for 31/12, the 30/11 report's undated figure, then 15/11; 31/10 is the fourth.
    expect(vanSon.figures.map((f) => [f.text, f.date])).toEqual([
      ['Hộ dự kiến có nước sạch · Năm 2023: ước 40 hộ', 'ước đến ngày 31/12/2023'],
      ['Hộ được hỗ trợ nước sinh hoạt phân tán · Năm 2023: 35 hộ', 'theo báo cáo ngày 30/11/2023'],
      ['Hộ có điện lưới · Năm 2023: 120 hộ', 'đến ngày 15/11/2023'],
    ]);
    expect(vanSon.figures[1]!.href).toBe('/bao-cao/bg-2023-11-30/#bg-2023-11-30-i11');
    expect(vanSon.figures[1]!.source).toMatch(/^Nguồn: .*30\/11\/2023$/);
    // «Số liệu đến» of the page: the estimate's 31/12, the report's 30/11 for its undated figure, then 15/11.
    expect(vanSon.figures.map((f) => f.asOf)).toEqual(['2023-12-31', '2023-11-30', '2023-11-15']);
    // Figures of one date keep the report's order (Xã 01's three undated figures of 30/11), never reversed. Asserted
    // here: the rows are sorted once per context, in the first test that asks (what Stryker counts as covering it).
    expect(lines[2]!.figures.map((f) => f.text)).toEqual(['Chỉ tiêu 1 · Năm 2023: 1 hộ', 'Chỉ tiêu 2 · Năm 2023: 2 hộ', 'Chỉ tiêu 3 · Năm 2023: 3 hộ']);
  });

  it('lists 40 figures at most on one page: the communes after that keep their count and a link', () => {
    const lines = communeLines(ctx, 'son-dong');
    expect(lines.reduce((n, l) => n + l.figures.length, 0)).toBe(40);
    const last = lines.at(-1)!;
    expect([last.name, last.count, last.figures.length]).toEqual(['Xã 14', 3, 0]);
    // The report has more than 50 rows now: its later rows are on its second page of rows.
    expect(last.href).toBe('/bao-cao/bg-2023-11-30/so-lieu/2/#bg-2023-11-30-i142');
    expect(communeLines(ctx, 'luc-ngan')).toEqual([]);
  });
});

describe('the communes on their district\'s printed sheet', () => {
  it('a commune\'s newer figure is on the sheet, dates it, and its report is the district\'s latest (walk-through 9)', async () => {
    const { areaBrief } = await import('../../src/views/brief.ts');
    const withCommune = await fixtureContext({
      'areas.csv': plus('areas.csv', ['van-son,Vân Sơn,commune,son-dong,,']),
      'reports.csv': plus('reports.csv', ['bg-2024-06-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,12/BC-BDT,2024-06-20,2024-01,2024-06,Báo cáo 6 tháng đầu năm 2024,,,,005_e.txt']),
      'indicators.csv': plus('indicators.csv', [I('bg-2024-06-20-i01', 'bg-2024-06-20', 'van-son', 'water_households', 'Hộ được hỗ trợ nước sinh hoạt phân tán', 35, '2024-06-15')]),
    });
    const brief = areaBrief(withCommune, 'son-dong');
    expect(brief.communes.items.map((c) => [c.name, c.text, c.date])).toEqual([['Vân Sơn', 'Hộ được hỗ trợ nước sinh hoạt phân tán · Năm 2023: 35 hộ', 'đến ngày 15/06/2024']]);
    expect(brief.asOf).toBe('2024-06-15');
    expect(brief.latest!.href).toBe('/bao-cao/bg-2024-06-20/');
  });
});

describe('a commune of the 1/7/2025 reform on its former district\'s page and sheet', () => {
  it('is listed on the former district\'s page and sheet saying where it is now, and on its province\'s saying where it was', async () => {
    const { areaBrief } = await import('../../src/views/brief.ts');
    const { areaPage } = await import('../../src/views/area-page.ts');
    const reformed = await fixtureContext({
      // Tây Yên Tử: formed 1/7/2025, under the province, formerly of Sơn Động; An Lạc: still Sơn Động's own.
      'areas.csv': plus('areas.csv', ['tay-yen-tu,Tây Yên Tử,commune,bac-giang,,son-dong', 'an-lac,An Lạc,commune,son-dong,,']),
      'reports.csv': plus('reports.csv', ['bg-2025-10-10,Ban Dân tộc tỉnh Bắc Giang,bac-giang,nine_months,61/BC-BDT,2025-10-10,2025-01,2025-09,Chín tháng năm 2025,,,,006_bg.txt']),
      'indicators.csv': plus('indicators.csv', [`bg-2025-10-10-i01,bg-2025-10-10,IV,tay-yen-tu,health,health_stations,Trạm y tế được đầu tư,1,work,2025,2025-09-30,1 trạm y tế,reported,`]),
    });
    const district = communeLines(reformed, 'son-dong');
    expect(district.map((c) => [c.name, c.note, c.now, c.count])).toEqual([
      ['An Lạc', null, null, 0],
      ['Tây Yên Tử', 'từ 1/7/2025 thuộc tỉnh Bắc Giang', 'tỉnh Bắc Giang', 1],
    ]);
    expect(district[1]!.figures.map((f) => [f.text, f.date])).toEqual([['Trạm y tế được đầu tư · Năm 2025: 1 công trình', 'đến ngày 30/09/2025']]);
    const province = communeLines(reformed, 'bac-giang');
    expect(province.map((c) => [c.name, c.note, c.now])).toEqual([['Tây Yên Tử', 'trước 1/7/2025 thuộc huyện Sơn Động', null]]);
    // The district's page lists the report about its former commune; its printed sheet names the commune and where it is now.
    expect(areaPage(reformed, 'son-dong').reports.map((r) => r.id)).toContain('bg-2025-10-10');
    expect(areaBrief(reformed, 'son-dong').communes.items.map((c) => [c.name, c.now])).toEqual([['Tây Yên Tử', 'tỉnh Bắc Giang']]);
  });
});
