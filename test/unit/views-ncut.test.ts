/**
 * The NCUT views say what the rows say: the count cards, the support chart (ranked only among activities that do
 * not overlap) and the support figures. Expected texts written by hand from the fixture rows (valid-min: Bắc
 * Giang 523 persons for 2023–2027; 20.016 newspapers; Sơn Động 137 Tết gifts worth 68,5 triệu đồng) and rows added here.
 */
import { afterAll, describe, expect, it } from 'vitest';
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
    expect(figs.map((f) => [f.label, f.value, f.unit])).toEqual([['Người có uy tín (giai đoạn 2023–2027, cấp tỉnh quản lý)', 523, 'person']]);
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
