/**
 * The one-page brief's content rules on fixture data (valid-min plus rows): what is on the
 * sheet, in which order, and that every list stays capped when staff add data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drawnHeight, renderChart } from '../../src/charts/index.ts';
import { allBriefPaths, areaBrief, LIMITS, programmeBrief, shorten } from '../../src/views/brief.ts';
import { statusChart } from '../../src/views/works.ts';
import { removeDataDirs, VALID_MIN, plus, fixtureContext } from './helpers.ts';

afterAll(removeDataDirs);


const context = fixtureContext;

const LATER_REPORT = 'bg-2024-02-21,Ban Dân tộc tỉnh Bắc Giang,bac-giang,monthly,12/BC-BDT,2024-02-21,2024-02,2024-02,Báo cáo tháng 2/2024,Trưởng ban,,,004_d.txt';

describe('what is on a brief', () => {
  it('one brief for the programme and each province and district', async () => {
    expect(allBriefPaths(await context())).toEqual(['/ban-in/', '/dia-ban/bac-giang/ban-in/', '/dia-ban/son-dong/ban-in/', '/dia-ban/luc-ngan/ban-in/']);
  });

  it('an area: its headline figures first, then the headline chart of each topic, with the data date and reports', async () => {
    const b = areaBrief(await context(), 'bac-giang');
    expect(b.title).toBe('Tỉnh Bắc Giang');
    expect(b.figures.items[0]!.label).toBe('Đã giải ngân, năm 2023');
    expect(b.figures.items[0]!.share?.text).toBe('40,7%');
    expect(b.figures.items[1]!.label).toMatch(/^Công trình ngầm, cầu dân sinh hoàn thành/);
    // One fund year: its rate is the first card, no one-bar chart; the money's chart is then the sources of the
    // funds (166 units), and plan 511's (122, plus 70 for its title) no longer fits the 270 beside it.
    expect(b.charts.map((c) => c.id)).toEqual(['von-giao-theo-nguon-bac-giang']);
    expect(b.moreCharts.map((c) => c.href)).toEqual(['/cong-trinh/#tinh-trang-ke-hoach-511-bac-giang', '/ho-ngheo/#ty-le-ho-ngheo-bac-giang']);
    expect(b.asOf).toBe('2023-11-30');
    expect(b.latest?.name).toMatch(/30\/11\/2023/);
    expect(b.previous?.name).toMatch(/17\/11\/2023/);
    expect(b.related.items.map((r) => r.href)).toEqual(['/dia-ban/son-dong/ban-in/', '/dia-ban/luc-ngan/ban-in/']);
    expect(areaBrief(await context(), 'son-dong').related.items.map((r) => r.href)).toEqual(['/dia-ban/bac-giang/ban-in/']);
  });

  it('links only to briefs that exist: a province\'s communes have none (two-level government, national scale)', async () => {
    const ctx = await context({ 'areas.csv': plus('areas.csv', ['bac-giang-xa-a,Xã A,commune,bac-giang,,']) });
    expect(areaBrief(ctx, 'bac-giang').related.items.map((r) => r.href)).toEqual(['/dia-ban/son-dong/ban-in/', '/dia-ban/luc-ngan/ban-in/']);
    expect(allBriefPaths(ctx)).not.toContain('/dia-ban/bac-giang-xa-a/ban-in/');
  });

  it('the programme: the reporting areas\' headline figures, never added up', async () => {
    const b = programmeBrief(await context());
    expect(b.path).toBe('/ban-in/');
    expect(new Set(b.figures.items.map((f) => f.area))).toEqual(new Set(['tỉnh Bắc Giang']));
    expect(b.figures.items.every((f) => f.href.startsWith('/bao-cao/'))).toBe(true);
  });

  it('lists what changed since the previous report, with the previous report named', async () => {
    const ctx = await context({
      'reports.csv': plus('reports.csv', [LATER_REPORT]),
      'works.csv': plus('works.csv', ['bg-2024-02-21-w01,bg-2024-02-21,1,bac-giang,plan511,2022-2024,revised,all,all,completed,60,2024-02-20,60 công trình,reported,']),
    });
    const b = areaBrief(ctx, 'bac-giang');
    // The figure now beside its change (walk-through 30: «điều chỉnh từ 14.613» printed without the new amount).
    expect(b.changes.items.map((c) => [c.value, c.change])).toEqual([['60/75 công trình', 'tăng 4 công trình so với báo cáo 30/11/2023']]);
    expect(b.latest?.name).toMatch(/21\/02\/2024/);
    expect(b.asOf).toBe('2024-02-20');
    expect(areaBrief(await context(), 'bac-giang').changes.items).toEqual([]);
  });

  it('lists the source discrepancies that touch its figures', async () => {
    // The report prints 45% where its own amounts give 40,7%.
    const ctx = await context({ 'funding.csv': readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8').replace('disbursement_rate,40.7,percent,2023-11-15,"40,7%"', 'disbursement_rate,45,percent,2023-11-15,"45%"') });
    const b = areaBrief(ctx, 'bac-giang');
    expect(b.discrepancies.items).toHaveLength(1);
    expect(b.discrepancies.items[0]!.href).toMatch(/^\/du-lieu\/chat-luong\/#/);
    // Named as the notes under the figures name it: 170.353 / 418.318 = 40,72%, from amounts the sheet shows (its card).
    expect(b.discrepancies.items[0]!.text).toBe('Tỷ lệ giải ngân, năm 2023, tỉnh Bắc Giang: 45% — tính lại từ các số của chính báo cáo (gồm cả số liệu ở đây) được 40,72%.');
    expect(areaBrief(ctx, 'son-dong').discrepancies.items).toEqual([]);
  });
});

describe("a brief's chart whose values carry the data team's notes", () => {
  // Two of the three bars of Bắc Giang's chart of sources (central development capital, the province's) with a note.
  const noted = () =>
    fixtureContext({
      'funding.csv': readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8')
        .replace('198.110 triệu đồng,reported,,', '198.110 triệu đồng,reported,Vốn đầu tư phát triển gồm cả vốn năm trước chuyển sang.,')
        .replace('52.500 triệu đồng,reported,,', '52.500 triệu đồng,reported,"Báo cáo ghi «khoảng 52,5 tỷ đồng».",'),
    });

  it('says how many there are and where they are listed: the data table of its home page', async () => {
    const ctx = await noted();
    const pointer = { count: 2, href: '/giai-ngan/#von-giao-theo-nguon-bac-giang-ghi-chu' };
    expect(areaBrief(ctx, 'bac-giang').valueNotes).toEqual({ 'von-giao-theo-nguon-bac-giang': pointer });
    expect(programmeBrief(ctx).valueNotes).toEqual({ 'von-giao-theo-nguon-bac-giang': pointer });
  });

  it('says nothing of notes when its values have none', async () => {
    const ctx = await context();
    expect(areaBrief(ctx, 'bac-giang').charts.map((c) => c.id)).toEqual(['von-giao-theo-nguon-bac-giang']);
    expect(areaBrief(ctx, 'bac-giang').valueNotes).toEqual({});
  });
});

describe('a brief stays one sheet when staff add data', () => {
  it('caps figures, charts, changes and neighbours, and counts what it leaves out', async () => {
    const years = Array.from({ length: 9 }, (_, i) => 2010 + i); // 2010–2018, beside the fixture's 2023
    const funding = years.flatMap((y, i) => [
      `x-f${i}a,bg-2023-11-17,3.1.2,bac-giang,ntp1719,${y},all,all,,allocated,1000,mvnd,2023-11-15,1.000 triệu đồng,reported,,,`,
      `x-f${i}d,bg-2023-11-17,3.1.2,bac-giang,ntp1719,${y},all,all,,disbursed,${100 + i},mvnd,2023-11-15,${100 + i} triệu đồng,reported,,,`,
    ]);
    const districts = Array.from({ length: 20 }, (_, i) => `huyen-${i},Huyện ${i},district,bac-giang,,`);
    const ctx = await context({ 'funding.csv': plus('funding.csv', funding), 'areas.csv': plus('areas.csv', districts) });
    const b = areaBrief(ctx, 'bac-giang');
    expect(b.figures.items).toHaveLength(LIMITS.figures);
    expect(b.figures.more).toBe(b.figureCount - LIMITS.figures);
    expect(b.figures.more).toBeGreaterThan(0);
    expect(b.charts.length).toBeLessThanOrEqual(LIMITS.charts);
    // Ten fund years make the disbursement chart about 470 units tall: at 7 pt it would not fit the sheet
    // (270 units for all its charts), so the next topic's headline chart takes its place: plan 511, 122 units.
    // The poverty chart (240 units, plus 70 for its title lines) no longer fits beside it: 122 + 310 > 270.
    expect(b.charts.map((c) => c.id)).toEqual(['tinh-trang-ke-hoach-511-bac-giang']);
    // Those left out are named, with their home page's anchor.
    expect(b.moreCharts.map((c) => c.href)).toEqual(['/giai-ngan/#ty-le-giai-ngan-bac-giang', '/ho-ngheo/#ty-le-ho-ngheo-bac-giang']);
    expect(b.related.items).toHaveLength(LIMITS.related);
    expect(b.related.more).toBe(22 - LIMITS.related);
    expect(programmeBrief(ctx).figures.items.length).toBeLessThanOrEqual(LIMITS.figures);
  });

  it('measures a chart by the height its drawing will have (the SVG the page shows)', async () => {
    // Two fund years (2022's funds carried over beside 2023's), so the rates are a chart.
    const carried = plus('funding.csv', [
      'bg-2023-11-17-f30,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2022-carryover,all,all,,allocated,100000,mvnd,2023-11-15,100.000 triệu đồng,reported,,,',
      'bg-2023-11-17-f31,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2022-carryover,all,all,,disbursed,61900,mvnd,2023-11-15,61.900 triệu đồng,reported,,,',
    ]);
    const two = await context({ 'funding.csv': carried });
    const [rate] = areaBrief(two, 'bac-giang').charts;
    const plan = statusChart(two, 'bac-giang');
    expect([rate!.id, plan!.id]).toEqual(['ty-le-giai-ngan-bac-giang', 'tinh-trang-ke-hoach-511']);
    // Two fund years: four rows of 22 units (label, bar each) and 30 of margins (4 above, 26 below: a rate's axis
    // has no unit line under its ticks); plan 511: three statuses.
    expect(drawnHeight(rate!)).toBe(118);
    for (const c of [rate!, plan!]) expect(renderChart(c).svgWide).toMatch(new RegExp(`^<svg[^>]* height="${drawnHeight(c)}"`));
  });

  it('shortens a long finding at a word, within the limit', () => {
    const text = 'Báo cáo nêu vốn giao là 43.311,16 triệu đồng, nhưng các phần cộng lại là 43.311,406 triệu đồng; chênh lệch 0,246 triệu đồng. '.repeat(4);
    const short = shorten(text);
    expect(short.length).toBeLessThanOrEqual(LIMITS.discrepancyText + 2);
    expect(short.endsWith(' …')).toBe(true);
    expect(text.startsWith(short.slice(0, -2))).toBe(true);
    expect(text).toContain(`${short.slice(0, -2)} `); // cut before a space: no half word
    expect(shorten('Ngắn.')).toBe('Ngắn.');
  });
});
