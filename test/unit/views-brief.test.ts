/**
 * What a printed brief names around its figures: its title and links, the latest two reports with how many figures
 * each gives about its subject, its neighbours, and on the programme's brief every reporting area. Counts worked
 * out by hand from valid-min's rows: the report of 30/11/2023 gives 8 plan 511 counts (6 of Bắc Giang, 1 each of Sơn
 * Động and Lục Ngạn) and 3 poverty figures of Bắc Giang; that of 17/11/2023 9 funding rows (8 of Bắc Giang, 1 of Sơn
 * Động), 3 on prestigious persons (2 and 1) and 2 indicators (1 and 1). Bạch Thông (Bắc Kạn) is added with its
 * report of 20/12/2023: money of 2022 and 2023, its 85 prestigious persons, their Tết gifts (85) and sick visits (12).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { areaBrief, programmeBrief, shorten } from '../../src/views/brief.ts';
import { BACH_THONG, fixtureContext, plus, removeDataDirs, VALID_MIN } from './helpers.ts';

afterAll(removeDataDirs);

const B = (id: string, year: string, measure: string, value: number, text: string) =>
  `bt-2023-12-${id},bt-2023-12,III.1,bach-thong,ntp1719,${year},all,all,,${measure},${value},mvnd,2023-12-15,${text},reported,,,`;
const NOV30 = { name: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 30/11/2023', href: '/bao-cao/bg-2023-11-30/' };
const NOV17 = { name: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023', href: '/bao-cao/bg-2023-11-17/' };

let ctx: ViewContext;
let two: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext();
  two = await fixtureContext({
    'areas.csv': BACH_THONG.areas(),
    'reports.csv': BACH_THONG.reports(),
    'funding.csv': plus('funding.csv', [
      B('f01', '2022', 'allocated', 3000, '3.000 triệu đồng'),
      B('f02', '2022', 'disbursed', 2900, '2.900 triệu đồng'),
      B('f03', '2023', 'allocated', 4000, '4.000 triệu đồng'),
      B('f04', '2023', 'disbursed', 1000, '1.000 triệu đồng'),
    ]),
    'ncut.csv': plus('ncut.csv', [
      'bt-2023-12-n01,bt-2023-12,III.3,bach-thong,2023,count,district,85,,,,,85 người,reported,',
      'bt-2023-12-n02,bt-2023-12,III.3,bach-thong,2023,tet_gift,district,85,,,42.5,,"85 suất, 42,5 triệu đồng",reported,',
      'bt-2023-12-n03,bt-2023-12,III.3,bach-thong,2023,sick_visit,district,12,,,6,,"12 lượt, 6 triệu đồng",reported,',
    ]),
  });
});

describe('an area’s brief', () => {
  it('a province: its title, its page, its two latest reports with their figures about it, its districts', () => {
    const b = areaBrief(ctx, 'bac-giang');
    expect([b.path, b.fullHref, b.title, b.subject]).toEqual(['/dia-ban/bac-giang/ban-in/', '/dia-ban/bac-giang/', 'Tỉnh Bắc Giang', 'tỉnh Bắc Giang']);
    // 6 plan 511 counts and 3 poverty figures; 8 funding rows, 2 on prestigious persons, 1 indicator.
    expect(b.latest).toEqual({ ...NOV30, figures: 9 });
    expect(b.previous).toEqual({ ...NOV17, figures: 11 });
    expect(b.relatedLabel).toBe('Bản tóm tắt từng huyện');
    expect(b.related).toEqual({ items: [{ name: 'huyện Sơn Động', href: '/dia-ban/son-dong/ban-in/' }, { name: 'huyện Lục Ngạn', href: '/dia-ban/luc-ngan/ban-in/' }], more: 0 });
    // The headline figures (the rate of 2020, 8,77%, and the fall that led to it), then the topics' others:
    // the stated total; the newspapers are the seventh, counted.
    expect(b.figures.items.map((f) => f.id)).toEqual([
      'so-lieu-bg-2023-11-17-f07', 'so-lieu-bg-2023-11-30-w05', 'so-lieu-bg-2023-11-30-p02', 'so-lieu-bg-2023-11-30-p03', 'so-lieu-bg-2023-11-17-n01', 'so-lieu-bg-2023-11-17-f01',
    ]);
    expect([b.figures.more, b.figureCount]).toEqual([1, 7]);
    // One fund year: the money's chart is its sources (166 units); plan 511's and the poverty chart do not fit beside
    // it: named, with their pages.
    expect(b.moreCharts).toEqual([
      { title: 'Kế hoạch 2022–2024: 56 trên 75 công trình đã hoàn thành', href: '/cong-trinh/#tinh-trang-ke-hoach-511-bac-giang', notes: [] },
      { title: 'Vùng đồng bào DTTS&MN: từ 35,1% (2015) xuống 8,77% (2020)', href: '/ho-ngheo/#ty-le-ho-ngheo-bac-giang', notes: [] },
    ]);
  });

  it('a district: its province as neighbour; a report with none of its figures is not named', () => {
    const sonDong = areaBrief(ctx, 'son-dong');
    expect([sonDong.title, sonDong.relatedLabel]).toEqual(['Huyện Sơn Động', 'Bản tóm tắt của tỉnh']);
    expect(sonDong.related.items).toEqual([{ name: 'tỉnh Bắc Giang', href: '/dia-ban/bac-giang/ban-in/' }]);
    // 1 plan 511 count; 1 funding row, 1 Tết gift, 1 indicator.
    expect([sonDong.latest, sonDong.previous]).toEqual([{ ...NOV30, figures: 1 }, { ...NOV17, figures: 3 }]);
    const lucNgan = areaBrief(ctx, 'luc-ngan');
    expect([lucNgan.latest, lucNgan.previous]).toEqual([{ ...NOV30, figures: 1 }, null]);
    expect([lucNgan.figureCount, lucNgan.charts, lucNgan.asOf]).toEqual([1, [], '2023-11-30']);
  });
});

describe('the programme’s brief', () => {
  it('one reporting area: its headline figures, the reports’ figures about every area', () => {
    const b = programmeBrief(ctx);
    expect([b.path, b.fullHref, b.title, b.subject, b.relatedLabel]).toEqual(['/ban-in/', '/', 'Chương trình MTQG 1719', 'các địa bàn có báo cáo', 'Bản tóm tắt từng tỉnh']);
    expect(b.figures.items.map((f) => f.id)).toEqual(['so-lieu-bg-2023-11-17-f07', 'so-lieu-bg-2023-11-30-w05', 'so-lieu-bg-2023-11-30-p02', 'so-lieu-bg-2023-11-30-p03', 'so-lieu-bg-2023-11-17-n01']);
    expect(b.figureCount).toBe(5);
    // 8 plan 511 counts and 3 poverty figures; 9 funding rows, 3 on prestigious persons, 2 indicators.
    expect([b.latest, b.previous]).toEqual([{ ...NOV30, figures: 11 }, { ...NOV17, figures: 14 }]);
    expect(b.related.items).toEqual([{ name: 'tỉnh Bắc Giang', href: '/dia-ban/bac-giang/ban-in/' }]);
    // One fund year: no rate chart; the money's chart is its sources, and plan 511's no longer fits beside it.
    expect(b.charts.map((c) => c.id)).toEqual(['von-giao-theo-nguon-bac-giang']);
    expect(b.asOf).toBe('2023-11-30');
  });

  it('two reporting areas: their figures taken in turn so both are on the sheet, then grouped by area', () => {
    const b = programmeBrief(two);
    // Bắc Giang 5 headlines, Bạch Thông 3: in turn BG, BT, BG, BT, BG, BT fill the 6 places; Bắc Giang's 4th and 5th are left out.
    expect(b.figures.items.map((f) => [f.id, f.area])).toEqual([
      ['so-lieu-bg-2023-11-17-f07', 'tỉnh Bắc Giang'],
      ['so-lieu-bg-2023-11-30-w05', 'tỉnh Bắc Giang'],
      ['so-lieu-bg-2023-11-30-p02', 'tỉnh Bắc Giang'],
      // Its latest fund year's money first (2023), then 2022's.
      ['so-lieu-bt-2023-12-f04', 'huyện Bạch Thông'],
      ['so-lieu-bt-2023-12-f02', 'huyện Bạch Thông'],
      ['so-lieu-bt-2023-12-n01', 'huyện Bạch Thông'],
    ]);
    expect([b.figures.more, b.figureCount]).toEqual([2, 8]);
    // The newest report is Bạch Thông's of 20/12/2023: 4 funding rows and 3 on prestigious persons.
    expect([b.latest, b.previous]).toEqual([{ name: 'UBND huyện Bạch Thông, báo cáo ngày 20/12/2023', href: '/bao-cao/bt-2023-12/', figures: 7 }, { ...NOV30, figures: 11 }]);
    // Each topic's chart from the first area that has one: Bắc Giang has no support chart, Bạch Thông has. Bắc Giang's
    // one fund year has no rate chart: the money's is its sources (166 units), and none of the others fits beside it.
    expect(b.charts.map((c) => c.id)).toEqual(['von-giao-theo-nguon-bac-giang']);
    expect(b.moreCharts).toEqual([
      { title: 'Kế hoạch 2022–2024: 56 trên 75 công trình đã hoàn thành', href: '/cong-trinh/#tinh-trang-ke-hoach-511-bac-giang', notes: [] },
      { title: 'Vùng đồng bào DTTS&MN: từ 35,1% (2015) xuống 8,77% (2020)', href: '/ho-ngheo/#ty-le-ho-ngheo-bac-giang', notes: [] },
      { title: 'Tặng quà Tết đến với nhiều người có uy tín nhất (85 người)', href: '/nguoi-co-uy-tin/#ho-tro-nguoi-co-uy-tin-bach-thong', notes: [] },
    ]);
    // Its 85 persons carry the report's date, the newest on the sheet.
    expect(b.asOf).toBe('2023-12-20');
    expect(b.related.items.map((r) => r.name)).toEqual(['tỉnh Bắc Giang', 'tỉnh Bắc Kạn']);
  });
});

describe('a chart the sheet only names', () => {
  it('keeps the caveat on all its report\'s figures beside its title, as a drawn chart keeps it under its drawing', async () => {
    // Bạch Thông's report of 20/12/2023 with a caveat on every figure: its Tết gift chart is named, not drawn.
    const NOTE = 'Báo cáo không nói rõ số liệu là của tháng nào.';
    const caveated = await fixtureContext({
      'areas.csv': BACH_THONG.areas(),
      'reports.csv': BACH_THONG.reports().replace('Báo cáo năm 2023,Chủ tịch,,,', `Báo cáo năm 2023,Chủ tịch,,${NOTE},`),
      'ncut.csv': plus('ncut.csv', [
        'bt-2023-12-n01,bt-2023-12,III.3,bach-thong,2023,count,district,85,,,,,85 người,reported,',
        'bt-2023-12-n02,bt-2023-12,III.3,bach-thong,2023,tet_gift,district,85,,,42.5,,"85 suất, 42,5 triệu đồng",reported,',
        'bt-2023-12-n03,bt-2023-12,III.3,bach-thong,2023,sick_visit,district,12,,,6,,"12 lượt, 6 triệu đồng",reported,',
      ]),
    });
    const named = programmeBrief(caveated).moreCharts;
    expect(named.find((c) => c.href === '/nguoi-co-uy-tin/#ho-tro-nguoi-co-uy-tin-bach-thong')!.notes).toEqual([`UBND huyện Bạch Thông, báo cáo ngày 20/12/2023: ${NOTE}`]);
    // Bắc Giang's charts come from reports without one.
    expect(named.filter((c) => c.notes.length > 0)).toHaveLength(1);
  });
});

describe('the discrepancies a brief lists', () => {
  it('those touching its figures and charts, never one about figures it does not show', async () => {
    // Three misprints: the total assigned 495.000 (its sources add up to 442.628 + 52.500 = 495.128), the rate 45%
    // (170.353 / 418.318 = 40,72%), and the central budget's ĐTPT 190.000 (with SN 244.518 it is not 442.628).
    const funding = readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8')
      .replace('assigned,495128,mvnd,,495.128', 'assigned,495000,mvnd,,495.000')
      .replace('disbursement_rate,40.7,percent,2023-11-15,"40,7%"', 'disbursement_rate,45,percent,2023-11-15,"45%"')
      .replace('dtpt,,assigned,198110,mvnd,,198.110', 'dtpt,,assigned,190000,mvnd,,190.000');
    // And the districts' plans, 50 + 20 = 70 of the province's 75: a finding on the plan 511 chart's planned count.
    const works = plus('works.csv', [
      'bg-2023-11-30-w50,bg-2023-11-30,II,son-dong,plan511,2022-2024,revised,all,all,planned,50,,50 công trình,reported,',
      'bg-2023-11-30-w52,bg-2023-11-30,II,luc-ngan,plan511,2022-2024,revised,all,all,planned,20,,20 công trình,reported,',
    ]);
    const misprints = await fixtureContext({ 'funding.csv': funding, 'works.csv': works });
    expect(misprints.data.discrepancies).toHaveLength(4);
    const b = areaBrief(misprints, 'bac-giang');
    // Every card with a note has its first listed, in the cards' order, before any other: the rate's amounts are the
    // first card (one fund year: no rate chart), plan 511's count the second (its finding is about the plan, its
    // base), the total the third. The sheet's chart, the funds by source, has the central budget's split: counted,
    // left to the full page (a fact-checker's finding: a card's base questioned by its report was left out).
    expect(b.charts.map((c) => c.id)).toEqual(['von-giao-theo-nguon-bac-giang']);
    expect(b.discrepancies.items.map((d) => [d.severity, d.text, d.href.startsWith('/du-lieu/chat-luong/#')])).toEqual([
      ['discrepancy', 'Tỷ lệ giải ngân, năm 2023, tỉnh Bắc Giang: 45% — tính lại từ các số của chính báo cáo (gồm cả số liệu ở đây) được 40,72%.', true],
      ['discrepancy', 'Kế hoạch, giai đoạn 2022–2024, sau điều chỉnh, bổ sung, tỉnh Bắc Giang: 75 công trình — các phần của tổng này (gồm cả số liệu ở đây) cộng …', true],
      ['discrepancy', 'Vốn giao (kế hoạch), năm 2023, tỉnh Bắc Giang: 495.000 triệu đồng — các phần của tổng này cộng lại là 495.128 triệu đồng.', true],
    ]);
    expect(b.discrepancies.more).toBe(1);
    // Sơn Động's card is 40 of its 50 planned, one of the parts: only that finding, none of the money's.
    const plan = misprints.data.discrepancies.find((d) => d.rowIds.includes('bg-2023-11-30-w50'))!;
    expect(areaBrief(misprints, 'son-dong').discrepancies.items.map((d) => d.href)).toEqual([`/du-lieu/chat-luong/#${plan.id}`]);
  });
});

describe('a long finding shortened for the sheet', () => {
  it('kept whole up to the limit; else cut at a word past 60 % of it, without the punctuation before the cut', () => {
    expect(shorten('abcdefghij', 10)).toBe('abcdefghij');
    // The space at 8 of 10 is past 6: cut there.
    expect(shorten('aaaaaaaa bbbbbbbb', 10)).toBe('aaaaaaaa …');
    // The space at 6 is not past 6, nor the one at 4: a word is cut rather than keep too little.
    expect(shorten('aaaaaa bbbbbbbbb', 10)).toBe('aaaaaa bbb …');
    expect(shorten('aaaa bbbbbbbbbb', 10)).toBe('aaaa bbbbb …');
    // «:;» before the cut are dropped, both.
    expect(shorten('aaaaaa:; bbbbbbbbb', 10)).toBe('aaaaaa …');
  });
});

describe('a long finding about a figure, shortened for the sheet (walk-through 27)', () => {
  it('shortens the figure’s name, never its value or what is wrong with it', () => {
    const text = 'Hoàn thành, giai đoạn 2022–2024, sau điều chỉnh, bổ sung, huyện Yên Thế: 4 công trình — báo cáo ngày 12/12/2024 đính chính thành 5 công trình cho cùng thời điểm; trang dùng số mới.';
    const short = shorten(text, 140);
    // Whole, its name would keep under 40 characters: its first clause instead, and more of its name.
    expect(short).toBe('Hoàn thành, giai đoạn 2022–2024, sau điều …: 4 công trình — báo cáo ngày 12/12/2024 đính chính thành 5 công trình cho cùng thời điểm.');
    expect(short.length).toBeLessThanOrEqual(140);
    // What is wrong too long to keep with a name: its first clause, the rest left to the link (walk-through 30).
    const correction = 'Hoàn thành, giai đoạn 2022–2024, sau điều chỉnh, bổ sung, huyện Yên Thế: 4 công trình — báo cáo ngày 12/12/2024 đính chính thành 5 công trình cho cùng thời điểm; trang dùng số của báo cáo đó.';
    expect(shorten(correction, 140)).toBe('Hoàn thành, giai đoạn 2022–2024, sau điều …: 4 công trình — báo cáo ngày 12/12/2024 đính chính thành 5 công trình cho cùng thời điểm.');
    // What is wrong too long to keep whole: cut at a word, as before.
    expect(shorten(`Tổng: 1 — ${'chênh lệch '.repeat(20)}`, 60).endsWith(' …')).toBe(true);
  });
});
