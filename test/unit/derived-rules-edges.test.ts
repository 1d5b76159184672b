/**
 * Edges of the derived-figure rules of 7 December 2026 (docs/mutation.md): which district a chart title may call
 * the highest, when a share worked out from a rough figure keeps its decimal, and the warning for a figure copied
 * without the «trên» of its twin. Expected texts worked out by hand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { describe as summary } from '../../src/charts/describe.ts';
import type { BarsSpec } from '../../src/charts/index.ts';
import type { TableName } from '../../src/data/define.ts';
import { qualifierSiblingIssues } from '../../src/data/qualifier-sibling.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { districtRatesChart } from '../../src/views/funding.ts';
import { computedShareText } from '../../src/views/figure.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

describe('a district rates chart’s title (walk-throughs 31, 32)', () => {
  const R = (id: string, rest: string, text: string) => `bg-2024-12-20-${id},bg-2024-12-20,1,${rest},${text},reported,,,`;
  const REPORT = 'bg-2024-12-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,annual,214/BC-BDT,2024-12-20,2024,2024,Công tác dân tộc năm 2024,Trưởng ban,,,005_bg.txt';
  const rate = (area: string, value: number, asOf: string, text: string, n: string) => R(n, `${area},ntp1719,2024,all,all,,disbursement_rate,${value},percent,${asOf}`, `"${text}"`);
  const areas = plus('areas.csv', ['yen-the,Yên Thế,district,bac-giang,,']);
  const title = async (rows: string[]) => districtRatesChart(await fixtureContext({ 'areas.csv': areas, 'reports.csv': plus('reports.csv', [REPORT]), 'funding.csv': plus('funding.csv', rows) }), 'bac-giang')!.title;

  it('names two districts of one exact figure together, never the first of them the highest', async () => {
    const rows = [rate('son-dong', 50, '2024-11-30', '50%', 'f01'), rate('luc-ngan', 50, '2024-11-30', '50%', 'f02'), rate('yen-the', 31.2, '2024-11-30', '31,2%', 'f03')];
    expect(await title(rows)).toBe('Năm 2024: Sơn Động và Lục Ngạn giải ngân 50%');
  });

  it('sets a district above «dưới 40%»; «khoảng hơn 40%» may be above it, and is named beside it', async () => {
    expect(await title([rate('luc-ngan', 60, '2024-11-30', '60%', 'f01'), rate('son-dong', 40, '2024-11-30', 'dưới 40%', 'f02')])).toBe('Năm 2024: Lục Ngạn giải ngân cao nhất (60%)');
    expect(await title([rate('luc-ngan', 60, '2024-11-30', '60%', 'f01'), rate('son-dong', 40, '2024-11-30', 'khoảng hơn 40%', 'f02')])).toBe('Năm 2024: Lục Ngạn giải ngân 60%, Sơn Động khoảng hơn 40%');
  });

  it('never calls the highest a district whose equal figure is «dưới» or rough beside another’s, whatever the rows’ order', async () => {
    // «dưới 45%» is below 45%: Lục Ngạn leads alone, in either order.
    expect(await title([rate('son-dong', 45, '2024-11-30', 'dưới 45%', 'f01'), rate('luc-ngan', 45, '2024-11-30', '45%', 'f02')])).toBe('Năm 2024: Lục Ngạn giải ngân cao nhất (45%)');
    expect(await title([rate('luc-ngan', 45, '2024-11-30', '45%', 'f01'), rate('son-dong', 45, '2024-11-30', 'dưới 45%', 'f02')])).toBe('Năm 2024: Lục Ngạn giải ngân cao nhất (45%)');
    // «khoảng 45%» may be above or below 45%: neither is the highest.
    expect(await title([rate('son-dong', 45, '2024-11-30', 'khoảng 45%', 'f01'), rate('luc-ngan', 45, '2024-11-30', '45%', 'f02')])).toBe('Năm 2024: Sơn Động giải ngân khoảng 45%, Lục Ngạn 45%');
    expect(await title([rate('luc-ngan', 45, '2024-11-30', '45%', 'f01'), rate('son-dong', 45, '2024-11-30', 'khoảng 45%', 'f02')])).toBe('Năm 2024: Lục Ngạn giải ngân 45%, Sơn Động khoảng 45%');
  });

  it('names the lower bounds beside the best largest first, whatever the rows’ order', async () => {
    const rows = [rate('luc-ngan', 60, '2024-11-30', '60%', 'f01'), rate('son-dong', 45, '2024-11-30', 'trên 45%', 'f02'), rate('yen-the', 50, '2024-11-30', 'trên 50%', 'f03')];
    expect(await title(rows)).toBe('Năm 2024: Lục Ngạn giải ngân 60%, Yên Thế trên 50%, Sơn Động trên 45%');
  });

  it('dates the districts named together: their one date, or that the other districts are older', async () => {
    // Sơn Động and Yên Thế 50% to 15/11, Lục Ngạn 40% to 30/11: both are ahead of it on their own day too.
    expect(await title([rate('son-dong', 50, '2024-11-15', '50%', 'f01'), rate('yen-the', 50, '2024-11-15', '50%', 'f02'), rate('luc-ngan', 40, '2024-11-30', '40%', 'f03')])).toBe(
      'Năm 2024: Sơn Động và Yên Thế giải ngân 50% (đến ngày 15/11/2024)',
    );
    // Sơn Động and Yên Thế 62,9% to 30/11, Lục Ngạn 60% to 15/11: the two lead only among the districts of 30/11.
    expect(await title([rate('son-dong', 62.9, '2024-11-30', '62,9%', 'f01'), rate('yen-the', 62.9, '2024-11-30', '62,9%', 'f02'), rate('luc-ngan', 60, '2024-11-15', '60%', 'f03')])).toBe(
      'Năm 2024: Sơn Động và Yên Thế giải ngân 62,9% (đến ngày 30/11/2024); các huyện khác có số liệu sớm hơn',
    );
  });
});

describe('a chart summary beside an upper bound', () => {
  it('ranks nothing beside «dưới 40%»: it may be below or above the others', () => {
    const spec: BarsSpec = {
      kind: 'bars',
      id: 'ty-le-theo-huyen',
      title: 'Tỷ lệ giải ngân theo huyện',
      subtitle: 'Tỷ lệ giải ngân (%)',
      unit: 'percent',
      asOf: '2025-06-15',
      sources: [],
      rows: [
        { category: 'Sơn Động', value: 40, qualifier: 'duoi', rowIds: [] },
        { category: 'Lục Ngạn', value: 35, rowIds: [] },
      ],
      categoryLabel: 'Huyện',
    };
    const text = summary(spec);
    expect(text).toContain('Sơn Động: dưới 40%; Lục Ngạn: 35%');
    expect(text).not.toContain('lớn nhất');
  });
});

describe('a share worked out from a rough figure', () => {
  it('keeps its decimal when half the rough figure’s last digit moves it by less than 0,05 points', () => {
    // 5.000 of «khoảng 12.010» (to tens): 41,63%; half of 10 moves it by 5 / 12.010 × 41,63 ≈ 0,017 points.
    expect(computedShareText((100 * 5000) / 12010, 'khoang', [{ value: 5000, q: null }, { value: 12010, q: 'khoang' }])).toBe('khoảng 41,6%');
    // 100 of «khoảng 200,5» (to tenths): 49,88%; half of 0,1 moves it by 0,05 / 200,5 × 49,88 ≈ 0,012 points.
    expect(computedShareText((100 * 100) / 200.5, 'khoang', [{ value: 100, q: null }, { value: 200.5, q: 'khoang' }])).toBe('khoảng 49,9%');
  });

  it('is whole percent when half the last digit moves it by 0,05 points exactly', () => {
    // «khoảng 52» of 1.000: 5,2%; half a unit moves it by 0,5 / 52 × 5,2 = 0,05 points.
    expect(computedShareText((100 * 52) / 1000, 'khoang', [{ value: 52, q: 'khoang' }, { value: 1000, q: null }])).toBe('khoảng 5%');
  });
});

describe('a figure copied without the «trên» of its twin (walk-through 32)', () => {
  const files = Object.fromEntries(TABLES.map((t) => [t.name, `data/${t.file}`])) as Record<TableName, string>;
  const F = (id: string, value: number | null, text: string | undefined, status = 'reported') => ({ id, report_id: 'bg-2025', value, unit: 'percent', ...(text === undefined ? {} : { figure_text: text }), figure_status: status });

  it('is said of a new row only: a published row without its «trên» is left alone', () => {
    const published = [F('bg-2025-f07', 45, '45%')];
    const rows = [...published, F('bg-2025-f08', 45, 'trên 45%')];
    expect(qualifierSiblingIssues({ published: { funding: published }, tables: { funding: rows }, lines: { funding: [2, 3] }, files })).toEqual([]);
  });

  it('passes over rows without a figure, and gives no line when the file’s lines are not known', () => {
    const rows = [F('bg-2025-f06', null, ''), F('bg-2025-f07', 45, '45%'), F('bg-2025-f08', 45, 'trên 45%')];
    const issues = qualifierSiblingIssues({ published: {}, tables: { funding: rows }, lines: {}, files });
    expect(issues.map((i) => [i.code, i.line, i.value])).toEqual([['figure.qualifier-sibling', null, '45%']]);
  });

  it('is said for a row copied with no text, and names a twin with none as blank', () => {
    // The twin is an estimate with no text: «ước» is its word.
    const rows = [F('bg-2025-f07', 45, undefined, 'estimate'), F('bg-2025-f08', 45, undefined)];
    const [issue] = qualifierSiblingIssues({ published: {}, tables: { funding: rows }, lines: { funding: [2, 3] }, files });
    expect(issue!.message).toBe('dòng bg-2025-f07 của cùng báo cáo chép «», dòng này chỉ «», không có chữ «ước»: trang web sẽ ghi số của dòng này là đúng 45, và đặt nó cạnh «»');
    expect(issue!.value).toBe('');
  });

  it('reads a row’s first figure that is a number: an NCUT row of heads only', () => {
    const N = (id: string, text: string) => ({ id, report_id: 'bg-2025', persons: null, quantity: 45, amount_mvnd: null, unit: 'con', figure_text: text, figure_status: 'reported' });
    const issues = qualifierSiblingIssues({ published: {}, tables: { ncut: [N('bg-2025-n01', 'trên 45 con'), N('bg-2025-n02', '45 con')] }, lines: { ncut: [2, 3] }, files });
    expect(issues.map((i) => [i.code, i.line, i.value])).toEqual([['figure.qualifier-sibling', 3, '45 con']]);
    expect(issues[0]!.message).toBe('dòng bg-2025-n01 của cùng báo cáo chép «trên 45 con», dòng này chỉ «45 con», không có chữ «trên»: trang web sẽ ghi số của dòng này là đúng 45, và đặt nó cạnh «trên 45 con»');
  });
});
