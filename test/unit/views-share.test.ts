/**
 * The share cards (what a link shows on Zalo or Facebook) say each page's own headline figure, with its area, date
 * and report; a page without one shares the generic card of the latest report. Expected texts written by hand from
 * the fixture rows (valid-min: Bắc Giang disbursed 170.353 of 418.318 triệu đồng allocated, printed as 40,7%, to
 * 15/11/2023; 56 of 75 plan 511 works completed, Sơn Động 40 and Lục Ngạn 16, to 30/11/2023; the DTTS&MN area's
 * poverty rate fell 5,27 points a year over 2015–2020; 523 persons; reports of 17/11/2023 and 30/11/2023).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureProps } from '../../src/views/figure.ts';
import type { ViewContext } from '../../src/views/context.ts';
import { shareAlt, shareCardFor, shareCards, shareHeadline, shareImageHref } from '../../src/views/share.ts';
import { reportIndex } from '../../src/lib/report-index.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const NOV17 = 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023';
const NOV30 = 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 30/11/2023';
const DISBURSED = 'Đã giải ngân, năm 2023: 40,7% vốn đã phân bổ (170.353/418.318 triệu đồng), tỉnh Bắc Giang, tính đến ngày 15/11/2023.';
const WORKS = 'Công trình ngầm, cầu dân sinh hoàn thành: Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung)';

let ctx: ViewContext;
// A later report from An Giang with no figures entered yet, and no poverty rows at all.
let later: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext();
  later = await fixtureContext({
    'areas.csv': plus('areas.csv', ['an-giang,An Giang,province,,,']),
    'reports.csv': plus('reports.csv', ['ag-2024-01-10,Ban Dân tộc tỉnh An Giang,an-giang,monthly,/BC-BDT,2024-01-10,2024-01,2024-01,"Kết quả công tác dân tộc tháng 01/2024",Trưởng ban,,,003_c.txt']),
    'poverty.csv': 'id,report_id,section,area_id,population_group,communes,measure,year_from,year,value,unit,figure_text,figure_status,note,poverty_standard,commune_list\n',
  });
});

describe('share cards of the pages', () => {
  it('one per page with a headline figure: its slug, title, report and date', () => {
    const cards = [...shareCards(ctx)].map(([page, c]) => [page, c.slug, c.title, c.source, c.asOf]);
    expect(cards).toEqual([
      ['/', 'tong-quan', 'Tổng quan', NOV17, '2023-11-15'],
      ['/giai-ngan/', 'giai-ngan', 'Giải ngân', NOV17, '2023-11-15'],
      ['/cong-trinh/', 'cong-trinh', 'Công trình', NOV30, '2023-11-30'],
      ['/ho-ngheo/', 'ho-ngheo', 'Hộ nghèo', NOV30, '2020'],
      ['/nguoi-co-uy-tin/', 'nguoi-co-uy-tin', 'Người có uy tín', NOV17, '2023-11-17'],
      // Area pages: the area's name with a capital, its first figure (Bắc Giang's money, Sơn Động's one project;
      // Lục Ngạn has works only).
      ['/dia-ban/bac-giang/', 'dia-ban-bac-giang', 'Tỉnh Bắc Giang', NOV17, '2023-11-15'],
      ['/dia-ban/son-dong/', 'dia-ban-son-dong', 'Huyện Sơn Động', NOV17, '2023-11-17'],
      ['/dia-ban/luc-ngan/', 'dia-ban-luc-ngan', 'Huyện Lục Ngạn', NOV30, '2023-11-30'],
      // The generic card: the site's reports, from the first to the latest (30/11/2023, listed after 17/11/2023).
      ['', 'chung', 'Chương trình MTQG 1719 qua số liệu', '2 báo cáo, từ 17/11/2023 đến 30/11/2023', '2023-11-30'],
    ]);
    expect(shareImageHref('dia-ban-son-dong')).toBe('/chia-se/dia-ban-son-dong.png');
  });

  it('each card says its page’s headline figure in words', () => {
    const said = (page: string) => shareHeadline(shareCardFor(ctx, page));
    expect(said('/')).toBe(DISBURSED);
    expect(said('/giai-ngan/')).toBe(DISBURSED);
    // 56/75 = 74,67%; a label with a colon gets the value in brackets.
    // The share is the page's own (the report prints the counts): said so.
    expect(said('/cong-trinh/')).toBe(`${WORKS} (74,7%, trang tự tính, 56/75 công trình), tỉnh Bắc Giang, tính đến ngày 30/11/2023.`);
    // A rate of a year is dated by the year, not "tính đến"; the rate leads, its fall follows (walk-throughs 31, 35).
    expect(said('/ho-ngheo/')).toBe('Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN (chuẩn nghèo 2016–2020), năm 2020: 8,77%, tỉnh Bắc Giang, năm 2020.');
    // The count has no date of its own: its report's («theo báo cáo», not «tính đến»).
    expect(said('/nguoi-co-uy-tin/')).toBe('Người có uy tín (giai đoạn 2023–2027, số liệu cấp tỉnh): 523 người, tỉnh Bắc Giang, theo báo cáo ngày 17/11/2023.');
    // An assigned amount has no date of its own: its report's.
    expect(said('/dia-ban/son-dong/')).toBe('Vốn giao, Dự án 3, năm 2023: 1,2 tỷ đồng, huyện Sơn Động, theo báo cáo ngày 17/11/2023.');
    expect(shareAlt(shareCardFor(ctx, '/dia-ban/luc-ngan/'))).toBe(`Huyện Lục Ngạn. ${WORKS} (16 công trình), huyện Lục Ngạn, tính đến ngày 30/11/2023. Nguồn: ${NOV30}.`);
  });

  it('a page under an area’s page shares its area’s card; any other page the generic one', () => {
    expect(shareCardFor(ctx, '/dia-ban/son-dong/ban-in/').slug).toBe('dia-ban-son-dong');
    expect(shareCardFor(ctx, '/gioi-thieu/').slug).toBe('chung');
    expect(shareCardFor(ctx, '/en/dia-ban/son-dong/').slug).toBe('chung');
    const generic = shareCardFor(ctx, '/bao-cao/bg-2023-11-17/');
    expect(shareHeadline(generic)).toBeNull();
    // valid-min's two reports, of 17/11/2023 and 30/11/2023: the site's span, never «Số liệu đến» the newest one's date.
    expect(shareAlt(generic)).toBe('Chương trình MTQG 1719 qua số liệu. Theo 2 báo cáo, từ 17/11/2023 đến 30/11/2023. Mỗi con số ghi ngày và báo cáo nguồn riêng.');
  });

  it('a page without a figure of its own shares the generic card, of the site\'s reports', () => {
    const cards = shareCards(later);
    // An Giang comes first among the issuers but has no figure: the overview's card is still Bắc Giang's money.
    expect(shareHeadline(cards.get('/')!)).toBe(DISBURSED);
    expect(cards.has('/ho-ngheo/')).toBe(false);
    expect(cards.has('/dia-ban/an-giang/')).toBe(false);
    const generic = { slug: 'chung', title: 'Chương trình MTQG 1719 qua số liệu', source: '3 báo cáo, từ 17/11/2023 đến 10/01/2024', asOf: '2024-01-10' };
    expect(shareCardFor(later, '/ho-ngheo/')).toEqual(generic);
    expect(shareCardFor(later, '/dia-ban/an-giang/')).toEqual(generic);
  });
});

describe('the date a shared figure is of', () => {
  const figure: FigureProps = { label: 'Tổng mức đầu tư công trình ngầm, cầu dân sinh (giai đoạn 2022–2024)', value: 40900, unit: 'mvnd', asOf: '2022-02-14', area: 'huyện Sơn Động', href: '/bao-cao/x/#x-f01' };
  const said = (f: Partial<FigureProps>) => shareHeadline({ slug: 'x', title: 'X', figure: { ...figure, ...f }, source: 'S', asOf: f.asOf ?? figure.asOf });

  it('an approved amount by its decision, an estimate as one, a stated day as "tính đến"', () => {
    expect(said({ dateKind: 'decision' })).toBe('Tổng mức đầu tư công trình ngầm, cầu dân sinh (giai đoạn 2022–2024): 40,9 tỷ đồng, huyện Sơn Động, theo quyết định ngày 14/02/2022.');
    expect(said({ dateKind: 'estimate', asOf: '2023-12-31' })).toMatch(/, huyện Sơn Động, ước đến ngày 31\/12\/2023\.$/);
    expect(said({ dateKind: 'report', asOf: '2023-11-30' })).toMatch(/, huyện Sơn Động, theo báo cáo ngày 30\/11\/2023\.$/);
    expect(said({ dateKind: 'as_of' })).toMatch(/, huyện Sơn Động, tính đến ngày 14\/02\/2022\.$/);
    expect(said({})).toMatch(/, huyện Sơn Động, tính đến ngày 14\/02\/2022\.$/);
  });

  it('a share with its amounts under a label that has a colon: both in one bracket', () => {
    const f = { label: 'Vốn ĐTPT: đã giải ngân', value: 80775, total: 130595, share: { text: '61,9%', value: 61.85, of: 'vốn giao' } };
    expect(said(f)).toBe('Vốn ĐTPT: đã giải ngân (61,9% vốn giao, 80.775/130.595 triệu đồng), huyện Sơn Động, tính đến ngày 14/02/2022.');
  });
});

describe('share cards of a site still being filled', () => {
  it('a report without any figure yet: only the generic card', async () => {
    const header = (file: string) => plus(file, []).split('\n')[0] + '\n';
    const empty = await fixtureContext(Object.fromEntries(['funding.csv', 'works.csv', 'poverty.csv', 'ncut.csv', 'indicators.csv', 'documents.csv'].map((f) => [f, header(f)])));
    expect([...shareCards(empty).keys()]).toEqual(['']);
    expect(shareCardFor(empty, '/').source).toBe('2 báo cáo, từ 17/11/2023 đến 30/11/2023');
  });

  it('a commune has no page of its own, so no card: its line is on its district’s page', async () => {
    const commune = await fixtureContext({
      'areas.csv': plus('areas.csv', ['an-lac,An Lạc,commune,son-dong,,']),
      'works.csv': plus('works.csv', ['bg-2023-11-30-w11,bg-2023-11-30,II.3.1,an-lac,plan511,2022-2024,revised,all,all,completed,3,2023-11-30,3 công trình,reported,']),
    });
    reportIndex(commune.data.tables);
    expect(shareCards(commune).has('/dia-ban/an-lac/')).toBe(false);
    expect(shareCardFor(commune, '/dia-ban/son-dong/').slug).toBe('dia-ban-son-dong');
  });
});
