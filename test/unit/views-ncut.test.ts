/**
 * The NCUT views say what the rows say: the count cards, the support chart (ranked only among activities that do
 * not overlap) and the support figures. Expected texts written by hand from the fixture rows (valid-min: Bắc
 * Giang 523 persons for 2023–2027; 20.016 newspapers; Sơn Động 137 Tết gifts worth 68,5 triệu đồng) and rows added here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { ncutFigures, supportChart, supportFigures } from '../../src/views/ncut.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

// valid-min with rows added at the end of ncut.csv (helpers.ts).
const context = (extra: string[] = []) => fixtureContext({ 'ncut.csv': plus('ncut.csv', extra) });
const row = (n: string, area: string, period: string, measure: string, provider: string, persons: number, text: string) =>
  `bg-2023-11-17-n${n},bg-2023-11-17,3.3,${area},${period},${measure},${provider},${persons},,,,,${text},reported,`;

describe('NCUT counts', () => {
  it('a card per count, named by its term and the level that manages it', async () => {
    const figs = ncutFigures(await context(), 'bac-giang');
    expect(figs.map((f) => [f.label, f.value, f.unit])).toEqual([['Người có uy tín (giai đoạn 2023–2027, số liệu cấp tỉnh)', 523, 'person']]);
    expect(figs[0]!.change).toBeUndefined();
  });
});

describe('NCUT support', () => {
  it('one activity is a figure, not a chart', async () => {
    const ctx = await context();
    expect(supportChart(ctx, 'son-dong')).toBeNull();
    // Sơn Động's Tết gifts: the money is the figure, the persons in its label.
    expect(supportFigures(ctx, 'son-dong').map((f) => [f.label, f.value, f.unit])).toEqual([['Tặng quà Tết (năm 2023, cấp huyện), 137 người', 68.5, 'mvnd']]);
    // Bắc Giang's newspapers are copies, not persons.
    expect(supportFigures(ctx, 'bac-giang').map((f) => [f.label, f.value, f.unit])).toEqual([['Cấp báo (năm 2023, cấp trung ương)', 20016, 'copy']]);
  });

  it('a Tết gift given per person keeps its amount beside the persons, as printed, never multiplied (walk-through 26)', async () => {
    // «98 người, mức 500.000 đồng/người»: no total (amount_mvnd blank, as the guide says); the amount in the text.
    const gift = row('13', 'luc-ngan', '2024-02', 'tet_gift', 'district', 98, '"98 người, mức 500.000 đồng/người"');
    const ctx = await context([gift]);
    expect(supportFigures(ctx, 'luc-ngan').map((f) => [f.label, f.value, f.unit])).toEqual([['Tặng quà Tết Giáp Thìn (tháng 2/2024, cấp huyện), mức 500.000 đồng/người', 98, 'person']]);
    // Written in the note instead (as the guide asked before): read from there.
    const noted = await context([row('13', 'luc-ngan', '2024-02', 'tet_gift', 'district', 98, '98 người') + 'Mức quà 500.000 đồng/người; báo cáo không ghi tổng tiền.']);
    expect(supportFigures(noted, 'luc-ngan')[0]!.label).toBe('Tặng quà Tết Giáp Thìn (tháng 2/2024, cấp huyện), mức 500.000 đồng/người');
    // In a chart the bars are persons; the amount is a note.
    const charted = await context([gift, row('14', 'luc-ngan', '2024-02', 'training', 'district', 40, '40 người')]);
    expect(supportChart(charted, 'luc-ngan')!.notes!.map((n) => n.text)).toContain('Tặng quà Tết Giáp Thìn (tháng 2/2024, cấp huyện): mức 500.000 đồng/người.');
  });

  it('activities of one period are ranked by the persons they reached', async () => {
    const ctx = await context([row('11', 'bac-giang', '2023', 'tet_gift', 'province', 519, '519 người'), row('12', 'bac-giang', '2023', 'training', 'province', 139, 'khoảng 139 người')]);
    const spec = supportChart(ctx, 'bac-giang')!;
    expect(spec.title).toBe('Tặng quà Tết đến với nhiều người có uy tín nhất (519 người)');
    expect(spec.subtitle).toBe('Số người có uy tín được hỗ trợ theo hình thức, tỉnh Bắc Giang');
    expect(spec.order).toBe('value');
    expect(spec.overlapping).toBe(false);
    expect(spec.rows.map((r) => [r.category, r.value, r.qualifier ?? null])).toEqual([
      ['Tặng quà Tết (năm 2023, cấp tỉnh)', 519, null],
      ['Tập huấn, bồi dưỡng (năm 2023, cấp tỉnh)', 139, 'khoang'],
    ]);
    // With a chart, the persons are not repeated as cards; the newspapers still are.
    expect(supportFigures(ctx, 'bac-giang').map((f) => f.unit)).toEqual(['copy']);
  });

  it('an activity given for a year and again for its first half is not ranked (the same persons twice)', async () => {
    const ctx = await context([row('11', 'bac-giang', '2023', 'sick_visit', 'province', 40, '40 người'), row('12', 'bac-giang', '2023-h1', 'sick_visit', 'province', 25, '25 người')]);
    const spec = supportChart(ctx, 'bac-giang')!;
    expect(spec.overlapping).toBe(true);
    expect(spec.order).toBe('given');
    expect(spec.title).toBe('Số người có uy tín được hỗ trợ, theo từng hình thức và kỳ báo cáo ghi');
  });
});

// One context for the tests below. Sơn Động: 87 persons for 2023–2027 in 45 villages, and besides its 137 Tết gifts
// sickness visits to 25 persons worth 12,5 triệu đồng (printed wrong: "25 nguoi, 12,5 tr"); Bắc Giang: 12 villages
// commended in 2023 and 600 newspapers for 50 persons from the province; Lục Ngạn: 52 villages with a person (the persons not counted), 30 persons trained.
const MORE = [
  'bg-2023-11-17-n21,bg-2023-11-17,3.3,son-dong,2023-2027,count,district,87,45,village,,,"87 người, 45 thôn",reported,',
  'bg-2023-11-17-n22,bg-2023-11-17,3.3,son-dong,2023,sick_visit,district,25,,,12.5,,"25 nguoi, 12,5 tr",malformed,Không dấu và viết tắt trong báo cáo.',
  'bg-2023-11-17-n23,bg-2023-11-17,3.3,bac-giang,2023,commendation,province,,12,village,,,12 thôn,reported,',
  'bg-2023-11-17-n26,bg-2023-11-17,3.3,bac-giang,2023,newspaper,province,50,600,copy,,,"600 tờ báo, 50 người",reported,',
  'bg-2023-11-17-n24,bg-2023-11-17,3.3,luc-ngan,2023-2027,count,district,,52,village,,,52 thôn có người có uy tín,reported,',
  'bg-2023-11-17-n25,bg-2023-11-17,3.3,luc-ngan,2023,training,district,30,,,,,30 người,reported,',
];
const NOV17 = { title: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023', href: '/bao-cao/bg-2023-11-17/' };
let more: ViewContext;
beforeAll(async () => {
  more = await context(MORE);
});

describe('NCUT views of each area', () => {
  it('a count names the villages that have a person, where the report gives them; other areas’ counts stay out', () => {
    expect(ncutFigures(more, 'son-dong').map((f) => [f.label, f.value, f.unit, f.change, f.area])).toEqual([
      ['Người có uy tín (giai đoạn 2023–2027, số liệu cấp huyện)', 87, 'person', '45 thôn, bản có người có uy tín', 'huyện Sơn Động'],
    ]);
    expect(ncutFigures(more, 'bac-giang').map((f) => f.value)).toEqual([523]);
    // Villages without the persons: no count of persons to show.
    expect(ncutFigures(more, 'luc-ngan')).toEqual([]);
  });

  it('two activities with persons: a chart, the largest named, each bar linked to its row, the misprint noted', () => {
    const spec = supportChart(more, 'son-dong')!;
    expect(spec.kind).toBe('bars');
    expect(spec.id).toBe('ho-tro-nguoi-co-uy-tin');
    // 137 Tết gifts > 25 sickness visits; the report's order is by activity.
    expect(spec.title).toBe('Tặng quà Tết đến với nhiều người có uy tín nhất (137 người)');
    expect(spec.subtitle).toBe('Số người có uy tín được hỗ trợ theo hình thức, huyện Sơn Động');
    expect(spec.unit).toBe('person');
    expect(spec.categoryLabel).toBe('Lần hỗ trợ');
    // Persons given different kinds of support may be the same persons: never added.
    expect(spec.additive).toBe(false);
    expect(spec.asOf).toBe('2023-11-17');
    expect(spec.sources).toEqual([NOV17]);
    expect(spec.rows.map((r) => [r.category, r.value, r.rowIds])).toEqual([
      ['Thăm hỏi ốm đau (năm 2023, cấp huyện)', 25, ['bg-2023-11-17-n22']],
      ['Tặng quà Tết (năm 2023, cấp huyện)', 137, ['bg-2023-11-17-n03']],
    ]);
    expect(spec.notes!.map((n) => n.text)).toEqual([expect.stringContaining('báo cáo in sai con số này (“25 nguoi, 12,5 tr”)')]);
    expect(spec.notes![0]!.href).toMatch(/^\/du-lieu\/chat-luong\/#malformed-/);
  });

  it('with a chart, the money is still a figure each, with the persons in its label; villages and copies are counted as such', () => {
    expect(supportFigures(more, 'son-dong').map((f) => [f.label, f.value, f.unit])).toEqual([
      ['Thăm hỏi ốm đau (năm 2023, cấp huyện), 25 người', 12.5, 'mvnd'],
      ['Tặng quà Tết (năm 2023, cấp huyện), 137 người', 68.5, 'mvnd'],
    ]);
    expect(supportFigures(more, 'son-dong')[0]!.notes).toHaveLength(1);
    // One activity with persons in Bắc Giang (the province's newspapers): no chart; 12 villages commended, newspapers.
    expect(supportChart(more, 'bac-giang')).toBeNull();
    expect(supportFigures(more, 'bac-giang').map((f) => [f.label, f.value, f.unit])).toEqual([
      ['Biểu dương, tôn vinh (năm 2023, cấp tỉnh)', 12, 'village'],
      ['Cấp báo (năm 2023, cấp trung ương)', 20016, 'copy'],
      ['Cấp báo (năm 2023, cấp tỉnh), 50 người', 600, 'copy'],
    ]);
    // One activity with persons only: no chart, so the persons are the figure.
    expect(supportChart(more, 'luc-ngan')).toBeNull();
    expect(supportFigures(more, 'luc-ngan').map((f) => [f.label, f.value, f.unit])).toEqual([['Tập huấn, bồi dưỡng (năm 2023, cấp huyện)', 30, 'person']]);
  });
});

describe('the count leads the prestigious persons\' figures (walk-through 11)', () => {
  it('a newer report\'s three bereavement visits come after the count, on the topic page, the area page and the share card', async () => {
    const { ncutSections } = await import('../../src/views/topic-pages.ts');
    const { areaTopics } = await import('../../src/views/area.ts');
    const { shareCardFor } = await import('../../src/views/share.ts');
    // The count (523, report of 17/11/2023) and, from the report of 30/11/2023, three visits.
    // With Tết gifts to 500 of the earlier report, the support is a chart of two dates and its newest visits a card.
    // The visits are of a later report's period (March 2025): newest first would have put them above the count.
    const ctx = await fixtureContext({
      'reports.csv': plus('reports.csv', ['bg-2025-03-25,Ban Dân tộc tỉnh Bắc Giang,bac-giang,monthly,48/BC-BDT,2025-03-25,2025-03,2025-03,Báo cáo tháng 3/2025,,,,005_e.txt']),
      'ncut.csv': plus('ncut.csv', [
        'bg-2023-11-17-n10,bg-2023-11-17,3.3,bac-giang,2023,tet_gift,province,500,,,,,500 người,reported,',
        'bg-2025-03-25-n01,bg-2025-03-25,II,bac-giang,2025-03,bereavement_visit,province,3,,,,,3 người,reported,',
      ]),
    });
    const COUNT = /^Người có uy tín \(/;
    expect(ncutSections(ctx).find((s) => s.areaId === 'bac-giang')!.figures[0]!.label).toMatch(COUNT);
    expect(areaTopics(ctx, 'bac-giang').find((t) => t.id === 'nguoi-co-uy-tin')!.figures[0]!.label).toMatch(COUNT);
    expect(shareCardFor(ctx, '/nguoi-co-uy-tin/').figure!.label).toMatch(COUNT);
    // The visits are still there, after it.
    expect(ncutSections(ctx).find((s) => s.areaId === 'bac-giang')!.figures.some((f) => f.value === 3)).toBe(true);
  });
});
