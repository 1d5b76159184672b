/**
 * What each topic page shows, area by area. Expected values from valid-min (Bắc Giang: money, plan 511 with its
 * districts' completed counts, poverty, prestigious persons; Sơn Động: a project's money, a Tết gift) and rows added:
 * Bắc Kạn with its district Ba Bể (2 plan 511 works completed in the 2023 batch, 11 new schools, 300 beneficiaries),
 * new roads in Bắc Giang (30) and Sơn Động (61), and Bắc Giang's 1.200 beneficiaries of works; a 2023 batch of plan 511
 * in Sơn Động and Yên Thế (plan 511 only), Cao Bằng's NTP 1719 roads, Lục Ngạn's money not yet allocated, Bắc Giang's
 * rate printed again on 30/11 and plan 511's investment in Sơn Động and Lục Ngạn.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaTopics } from '../../src/views/area.ts';
import { otherIndicatorGroups } from '../../src/views/other-indicators.ts';
import { asOf, type ViewContext } from '../../src/views/context.ts';
import { FULL_SECTIONS, fundingSections, ncutSections, otherWorksSections, overviewCharts, plan511Sections, povertySections, shown, type AreaSection } from '../../src/views/topic-pages.ts';
import { fixtureContext, plus, removeDataDirs, VALID_MIN } from './helpers.ts';

afterAll(removeDataDirs);

const W = (id: string, rest: string, text: string) => `bg-2023-11-30-${id},bg-2023-11-30,II,${rest},${text},reported,`;
const I = (id: string, area: string, persons: number, text: string) =>
  `bg-2023-11-30-${id},bg-2023-11-30,II.4,${area},works,beneficiaries,Người hưởng lợi từ công trình,${persons},person,2023,,${text} người,reported,`;

/** A valid-min file with some CSV lines inserted before its own rows (their order is the order the views meet them). */
const before = (file: string, lines: string[]) => {
  const [header, ...rows] = readFileSync(join(VALID_MIN, file), 'utf8').trimEnd().split('\n');
  return [header, ...lines, ...rows].join('\n') + '\n';
};
const F = (id: string, rest: string) => `bg-2023-11-${id},${rest}`;

let ctx: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext({
    'areas.csv': plus('areas.csv', [
      'bac-kan,Bắc Kạn,province,,,', 'ba-be,Ba Bể,district,bac-kan,,', 'an-lac,An Lạc,commune,luc-ngan,,', 'van-son,Vân Sơn,commune,son-dong,,',
      'cao-bang,Cao Bằng,province,,,', 'yen-the,Yên Thế,district,bac-giang,,',
    ]),
    'works.csv': before('works.csv', [
      // Bắc Giang's 2023 batch of plan 511, met before its 2022–2024 plan: completed in Sơn Động (5) and Yên Thế (3),
      // Yên Thế's only works. Cao Bằng: NTP 1719 roads only.
      W('w27', 'son-dong,plan511,2023,current,all,all,completed,5,2023-11-30', '5 công trình'),
      W('w28', 'yen-the,plan511,2023,current,all,all,completed,3,2023-11-30', '3 công trình'),
      W('w29', 'cao-bang,ntp1719,2023,current,all,road,new,5,', '5 công trình'),
      W('w21', 'son-dong,ntp1719,2022-2023,current,all,road,new,61,', '61 công trình'),
      W('w22', 'ba-be,ntp1719,2022-2023,current,all,school,new,11,', '11 công trình'),
      W('w23', 'bac-giang,ntp1719,2022-2023,current,all,road,new,30,', '30 công trình'),
      W('w24', 'ba-be,plan511,2023,current,all,all,completed,2,2023-11-30', '2 công trình'),
      // Communes' works (walk-through 11: a commune's new culture house was on no topic page).
      W('w25', 'an-lac,ntp1719,2023,current,all,culture_house,new,1,', '1 nhà văn hóa thôn'),
      W('w26', 'van-son,ntp1719,2023,current,all,school,completed,2,2023-11-15', '2 trường học'),
    ]),
    'indicators.csv': plus('indicators.csv', [I('i01', 'bac-giang', 1200, '1.200'), I('i02', 'ba-be', 300, '300')]),
    'funding.csv': plus('funding.csv', [
      // Lục Ngạn's money not yet allocated, of two fund years; Bắc Giang's rate printed again on 30/11 (a line of two
      // reports); plan 511's investment in two districts (a chart comparing them).
      F('17-f37', 'bg-2023-11-17,3.1,luc-ngan,ntp1719,2022,all,all,,unallocated,120,mvnd,2023-11-15,120 triệu đồng,reported,,,'),
      F('17-f38', 'bg-2023-11-17,3.1,luc-ngan,ntp1719,2023,all,all,,unallocated,300,mvnd,2023-11-15,300 triệu đồng,reported,,,'),
      F('30-f30', 'bg-2023-11-30,II.1,bac-giang,ntp1719,2023,all,all,,disbursement_rate,55.2,percent,2023-11-30,"55,2%",reported,,,'),
      F('30-f31', 'bg-2023-11-30,II,son-dong,plan511,2022-2024,all,all,,total_investment,79703,mvnd,,79.703 triệu đồng,reported,,,2022-02-14'),
      F('30-f32', 'bg-2023-11-30,II,luc-ngan,plan511,2022-2024,all,all,,total_investment,30000,mvnd,,30.000 triệu đồng,reported,,,2022-02-14'),
    ]),
  });
});

/** 2022's funds carried over into 2023, of the report of 17/11/2023: a second fund year beside 2023's. */
const CARRIED_OVER = [
  'bg-2023-11-17-f30,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2022-carryover,all,all,,allocated,100000,mvnd,2023-11-15,100.000 triệu đồng,reported,,,',
  'bg-2023-11-17-f31,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2022-carryover,all,all,,disbursed,61900,mvnd,2023-11-15,61.900 triệu đồng,reported,,,',
];

const ids = (sections: AreaSection[]) => sections.map((s) => [s.areaId, s.name, s.figures.map((f) => f.id), s.charts.map((c) => c.id)]);

describe('the topic pages’ sections', () => {
  it('/giai-ngan/: the areas with NTP 1719 money, each with its cards and charts', () => {
    expect(ids(fundingSections(ctx))).toEqual([
      ['bac-giang', 'tỉnh Bắc Giang', ['so-lieu-bg-2023-11-17-f07', 'so-lieu-bg-2023-11-17-f01'], ['von-giao-theo-nguon-bac-giang', 'tien-do-giai-ngan-bac-giang']],
      // Districts by name: Lục Ngạn's two amounts not yet allocated are a chart, no card.
      ['luc-ngan', 'huyện Lục Ngạn', [], ['von-chua-phan-bo-luc-ngan']],
      // Sơn Động's one project (Dự án 3, 1.200,5 assigned) is a card, not a one-bar chart.
      ['son-dong', 'huyện Sơn Động', ['so-lieu-bg-2023-11-17-f09'], []],
    ]);
  });

  it('/cong-trinh/, plan 511: one section per province, its districts’ charts inside, its works indicators beside', () => {
    const sections = plan511Sections(ctx);
    expect(ids(sections)).toEqual([
      ['bac-giang', 'tỉnh Bắc Giang', ['so-lieu-bg-2023-11-30-w05'], [
        'tinh-trang-ke-hoach-511-bac-giang',
        // The batches newest first by their code, whatever order the rows come in: 2023 before 2022–2024.
        'hoan-thanh-theo-huyen-2023-bac-giang',
        'hoan-thanh-theo-huyen-2022-2024-bac-giang',
        'ke-hoach-511-theo-loai-bac-giang',
        'von-ke-hoach-511-bac-giang',
      ]],
      // Cao Bằng has NTP 1719 works only: no plan 511 section.
      // Ba Bể's count is its province's section: one district alone, a card (w24), not a one-bar chart.
      ['bac-kan', 'tỉnh Bắc Kạn', ['so-lieu-bg-2023-11-30-w24'], []],
    ]);
    // A district's results are in its province's section, named by their area (walk-through 26): Ba Bể's 300 under Bắc Kạn.
    expect(sections.map((s) => s.benefits.map((f) => [f.label, f.value, f.area]))).toEqual([
      [['Người hưởng lợi từ công trình (năm 2023)', 1200, 'tỉnh Bắc Giang']],
      [['Người hưởng lợi từ công trình (năm 2023)', 300, 'huyện Ba Bể']],
    ]);
  });

  it('/cong-trinh/, NTP 1719: every area with its works; the indicators only of areas outside a province with a plan 511 section', () => {
    const sections = otherWorksSections(ctx);
    expect(ids(sections)).toEqual([
      // Bắc Giang's beneficiaries are in its plan 511 section already.
      ['bac-giang', 'tỉnh Bắc Giang', [], ['cong-trinh-1719-bac-giang']],
      // A commune's works are in its district's section, by name; Lục Ngạn has none of its own.
      ['luc-ngan', 'huyện Lục Ngạn', ['so-lieu-bg-2023-11-30-w25'], []],
      ['son-dong', 'huyện Sơn Động', ['so-lieu-bg-2023-11-30-w26'], ['cong-trinh-1719-son-dong']],
      // Ba Bể's beneficiaries too, in its province's plan 511 section: shown once.
      ['ba-be', 'huyện Ba Bể', [], ['cong-trinh-1719-ba-be']],
      // Yên Thế has plan 511 works only: no section here.
      ['cao-bang', 'tỉnh Cao Bằng', [], ['cong-trinh-1719-cao-bang']],
    ]);
    expect(sections.flatMap((s) => s.figures.filter((f) => f.id?.includes('-w2')).map((f) => [f.label, f.value]))).toEqual([
      ['Xã An Lạc: công trình Chương trình MTQG 1719 xây mới: nhà văn hóa (năm 2023)', 1],
      ['Xã Vân Sơn: công trình Chương trình MTQG 1719 hoàn thành: trường học (năm 2023)', 2],
    ]);
    // Never added into the district's chart: Sơn Động's chart holds its own 61 roads only.
    expect(sections[2]!.charts[0]!.kind === 'bars' && sections[2]!.charts[0]!.rows.map((r) => r.value)).toEqual([61]);
  });

  it('/cong-trinh/: a province’s NTP 1719 works indicator (code ntp1719_…) is in its NTP 1719 section, not under plan 511 (issue 22)', async () => {
    const roads = await fixtureContext({
      'works.csv': plus('works.csv', [W('w23', 'bac-giang,ntp1719,2022-2023,current,all,road,new,30,', '30 công trình')]),
      'indicators.csv': plus('indicators.csv', [
        I('i01', 'bac-giang', 1200, '1.200'),
        'bg-2023-11-30-i54,bg-2023-11-30,II,bac-giang,works,ntp1719_commune_road_projects,Dự án đầu tư đường đến trung tâm xã,10,project,2022-2023,,10 dự án,reported,',
      ]),
    });
    expect(plan511Sections(roads).flatMap((s) => s.benefits.map((f) => f.id))).toEqual(['so-lieu-bg-2023-11-30-i01']);
    expect(otherWorksSections(roads).find((s) => s.areaId === 'bac-giang')!.figures.map((f) => [f.id, f.label, f.unit])).toEqual([
      ['so-lieu-bg-2023-11-30-i54', 'Dự án đầu tư đường đến trung tâm xã (giai đoạn 2022–2023)', 'project'],
    ]);
  });

  it('/cong-trinh/: an area whose only works are its communes\' is linked to its list of communes (its page has no works section)', async () => {
    const communesOnly = await fixtureContext({
      'areas.csv': plus('areas.csv', ['ha-giang,Hà Giang,province,,,', 'xa-a,Xã A,commune,ha-giang,,']),
      'works.csv': plus('works.csv', [W('w60', 'xa-a,ntp1719,2025,current,all,ngam,planned,1,', '1 ngầm')]),
    });
    const sections = otherWorksSections(communesOnly);
    expect(sections.find((s) => s.areaId === 'ha-giang')!.anchor).toBe('cac-xa');
    // An area with works of its own keeps the topic's section (no anchor of its own).
    expect(sections.find((s) => s.areaId === 'son-dong')?.anchor).toBeUndefined();
    const { areaTopics } = await import('../../src/views/area.ts');
    expect(areaTopics(communesOnly, 'ha-giang').map((t) => t.id)).not.toContain('cong-trinh');
  });

  it('/ho-ngheo/ and /nguoi-co-uy-tin/: the areas with rows of the topic', () => {
    expect(ids(povertySections(ctx))).toEqual([['bac-giang', 'tỉnh Bắc Giang', ['so-lieu-bg-2023-11-30-p02', 'so-lieu-bg-2023-11-30-p03'], ['ty-le-ho-ngheo-bac-giang', 'muc-giam-decrease-avg-per-year-bac-giang']]]);
    const ncut = ncutSections(ctx);
    expect(ids(ncut)).toEqual([
      ['bac-giang', 'tỉnh Bắc Giang', ['so-lieu-bg-2023-11-17-n01'], []],
      ['son-dong', 'huyện Sơn Động', [], []],
    ]);
    // The support given: newspapers in Bắc Giang, Tết gifts in Sơn Động.
    expect(ncut.map((s) => s.support.map((f) => f.id))).toEqual([['so-lieu-bg-2023-11-17-n02'], ['so-lieu-bg-2023-11-17-n03']]);
  });

  it('the home page: the first reporting area’s money and works charts, each with where to read more', async () => {
    // One fund year (2023) is its card, not a one-bar chart; with 2022's funds carried over there are two rates.
    expect(overviewCharts(ctx).map((c) => c.spec.id)).toEqual(['tong-quan-cong-trinh']);
    const two = await fixtureContext({ 'funding.csv': plus('funding.csv', CARRIED_OVER) });
    expect(overviewCharts(two).map((c) => [c.spec.id, c.more, c.label])).toEqual([
      ['tong-quan-giai-ngan', '/giai-ngan/', 'Giải ngân theo năm vốn, dự án, nguồn vốn'],
      ['tong-quan-cong-trinh', '/cong-trinh/', 'Công trình theo huyện, loại, đợt'],
    ]);
  });

  it('the home page draws only the charts there are figures for: none before any report is entered', async () => {
    // As of 17/11/2023 Bắc Giang had reported its money, not yet its works (all in the report of 30/11).
    const two = await fixtureContext({ 'funding.csv': plus('funding.csv', CARRIED_OVER) });
    expect(overviewCharts(asOf(two, 'bg-2023-11-17')).map((c) => c.spec.id)).toEqual(['tong-quan-giai-ngan']);
    const headersOnly = Object.fromEntries(
      readdirSync(VALID_MIN).filter((f) => f.endsWith('.csv')).map((f) => [f, readFileSync(join(VALID_MIN, f), 'utf8').split('\n')[0] + '\n']),
    );
    expect(overviewCharts(await fixtureContext(headersOnly))).toEqual([]);
  });

  it('up to six areas drawn in full; a seventh makes the page one list', () => {
    const section = (areaId: string): AreaSection => ({ areaId, name: areaId, figures: [], charts: [] });
    const six = Array.from({ length: FULL_SECTIONS }, (_, i) => section(`a${i}`));
    expect(FULL_SECTIONS).toBe(6);
    expect(shown(six)).toEqual({ full: six, listed: [] });
    const seven = [...six, section('a6')];
    expect(shown(seven)).toEqual({ full: [], listed: seven });
  });
});

describe('indicators of a topic with a page of its own', () => {
  it('are on that topic page and on the area’s page of indicators, never only on their report’s page (walk-through 18)', async () => {
    const I = (id: string, area: string, topic: string, indicator: string, label: string, value: number, unit: string, text: string) =>
      `bg-2023-11-30-${id},bg-2023-11-30,II.2,${area},${topic},${indicator},${label},${value},${unit},2023,,${text},reported,`;
    const withIndicators = await fixtureContext({
      'indicators.csv': plus('indicators.csv', [
        I('i50', 'son-dong', 'poverty', 'poor_households', 'Số hộ nghèo', 1520, 'household', 'khoảng 1.520 hộ nghèo'),
        I('i51', 'luc-ngan', 'ncut', 'ncut_trained', 'Người có uy tín được tập huấn', 40, 'person', '40 người'),
        I('i52', 'son-dong', 'funding', 'credit_loans', 'Dư nợ cho vay hộ nghèo', 3000, 'mvnd', '3.000 triệu đồng'),
      ]),
    });
    const ids = (sections: AreaSection[], area: string) => sections.find((s) => s.areaId === area)?.figures.map((f) => f.id);
    // Sơn Động has no poverty rows: its section on /ho-ngheo/ is its indicator's; Lục Ngạn has no ncut rows.
    expect(ids(povertySections(withIndicators), 'son-dong')).toEqual(['so-lieu-bg-2023-11-30-i50']);
    expect(ids(ncutSections(withIndicators), 'luc-ngan')).toEqual(['so-lieu-bg-2023-11-30-i51']);
    expect(ids(fundingSections(withIndicators), 'son-dong')).toContain('so-lieu-bg-2023-11-30-i52');
    const poverty = povertySections(withIndicators).find((s) => s.areaId === 'son-dong')!.figures[0]!;
    expect([poverty.label, poverty.value, poverty.qualifier]).toEqual(['Số hộ nghèo (năm 2023)', 1520, 'khoang']);
    // An estimate with no date of its own is dated by its report («theo báo cáo ngày …»), not «ước đến ngày …».
    const estimate = await fixtureContext({
      'indicators.csv': plus('indicators.csv', [I('i50', 'son-dong', 'poverty', 'poor_households', 'Số hộ nghèo', 1520, 'household', 'ước khoảng 1.520 hộ nghèo').replace(',reported,', ',estimate,')]),
    });
    const card = povertySections(estimate).find((s) => s.areaId === 'son-dong')!.figures[0]!;
    expect([card.qualifier, card.dateKind, card.asOf]).toEqual(['uoc', 'report', '2023-11-30']);
    // On the area's page of indicators, which its page links to (cards on the area page itself would take it over
    // its phone budget), each under its topic; but a district's poverty figures are cards in its page's poverty
    // block, beside its rate, and not repeated there (walk-through 31).
    const groups = (area: string) => Object.fromEntries(otherIndicatorGroups(withIndicators, area).map((g) => [g.topic, g.figures.map((f) => f.id)]));
    expect(groups('son-dong')).toMatchObject({ funding: ['so-lieu-bg-2023-11-30-i52'] });
    expect(groups('son-dong')).not.toHaveProperty('poverty');
    expect(groups('luc-ngan')).toMatchObject({ ncut: ['so-lieu-bg-2023-11-30-i51'] });
    const block = (area: string, topic: string) => areaTopics(withIndicators, area).find((b) => b.id === topic)?.figures.map((f) => f.id) ?? [];
    expect(block('son-dong', 'ho-ngheo')).toContain('so-lieu-bg-2023-11-30-i50');
    expect(block('son-dong', 'giai-ngan')).not.toContain('so-lieu-bg-2023-11-30-i52');
  });

  it('follow the topic’s own cards on its page, even from a newer report (the page’s share card is its poverty rate, not a gift)', async () => {
    const newer = await fixtureContext({
      'reports.csv': plus('reports.csv', ['bg-2024-02-21,Ban Dân tộc tỉnh Bắc Giang,bac-giang,monthly,/BC-BDT,2024-02-21,2024-02,2024-02,Tháng 2/2024,Trưởng ban,,,004_d.txt']),
      'indicators.csv': plus('indicators.csv', ['bg-2024-02-21-i01,bg-2024-02-21,I,bac-giang,poverty,poor_households_tet_gift_pct,Tỷ lệ hộ nghèo được tặng quà Tết,100,percent,2024-02,,100%,reported,']),
    });
    const section = povertySections(newer).find((s) => s.areaId === 'bac-giang')!;
    expect(section.figures.at(-1)!.id).toBe('so-lieu-bg-2024-02-21-i01');
    expect(section.figures.length).toBeGreaterThan(1);
  });
});
