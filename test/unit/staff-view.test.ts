/**
 * The checker of /cap-nhat/ as its worker runs it: it says how far it has read, and what it
 * sends the page is capped (the first problems of each kind in each file, every count kept).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalCsv } from '../../src/data/canonical.ts';
import { loadData } from '../../src/data/load.ts';
import type { Issue } from '../../src/data/messages.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { runChecker, type Published } from '../../src/staff/checker.ts';
import { capProblems, checkView, columnLetter, SHOWN_ADDED, SHOWN_PER_KIND, SHOWN_PREVIEW } from '../../src/staff/view.ts';
import { ROOT } from './helpers.ts';

const published = Object.fromEntries(
  TABLES.map((t) => {
    try {
      return [t.name, readFileSync(join(ROOT, 'data', t.file), 'utf8')];
    } catch {
      return [t.name, ''];
    }
  }),
) as Published;
const encode = (text: string) => new TextEncoder().encode(text);

describe('progress', () => {
  it('tells the line reached in each table read, from 0 to the last line', () => {
    const funding = published.funding;
    const lines = funding.trimEnd().split('\n').length;
    const told: [string, number, number][] = [];
    runChecker([{ table: 'funding', file: 'funding.csv', bytes: encode(funding), fromXlsx: false }], published, [], {}, (...p) => void told.push(p));
    const mine = told.filter(([file]) => file === 'funding.csv');
    expect(mine[0]).toEqual(['funding.csv', 0, lines]);
    expect(mine.at(-1)).toEqual(['funding.csv', lines, lines]);
    // The tables not chosen are read too (from the published data), and said so.
    expect(told.some(([file]) => file === 'reports.csv (đã công bố)')).toBe(true);
  });

  it('every 1,000 lines of a long file', () => {
    const [header, ...rows] = published.funding.trimEnd().split('\n');
    const long = [header, ...Array.from({ length: 25 }, () => rows).flat()].join('\n') + '\n';
    const told: number[] = [];
    runChecker([{ table: 'funding', file: 'funding.csv', bytes: encode(long), fromXlsx: false }], published, [], {}, (file, line) => {
      if (file === 'funding.csv') told.push(line);
    });
    const total = 1 + 25 * rows.length;
    expect(told).toEqual([0, 1000, 2000, total]);
  });
});

const problem = (file: string, code: string, n: number): Issue =>
  ({ file, code, severity: 'error', line: n, column: null, value: null, message: `${code} ${n}`, expected: '', fix: '' }) as unknown as Issue;

describe('what the page is sent', () => {
  it('the first problems of each kind in each file, in order; the others counted by kind, with an example', () => {
    const list = [
      ...Array.from({ length: 5 }, (_, i) => problem('a.csv', 'header.unknown', i)),
      problem('a.csv', 'header.missing', 0),
      ...Array.from({ length: 3 }, (_, i) => problem('b.csv', 'header.unknown', i)),
    ];
    const { shown, hidden } = capProblems(list, 2);
    expect(shown.map((p) => `${p.file} ${p.message}`)).toEqual([
      'a.csv header.unknown 0',
      'a.csv header.unknown 1',
      'a.csv header.missing 0',
      'b.csv header.unknown 0',
      'b.csv header.unknown 1',
    ]);
    expect(hidden).toEqual([
      { file: 'a.csv', code: 'header.unknown', severity: 'error', count: 3, example: 'header.unknown 2' },
      { file: 'b.csv', code: 'header.unknown', severity: 'error', count: 1, example: 'header.unknown 2' },
    ]);
  });

  it('a CSV of 100,000 columns: 200 of its unknown columns and every missing one shown, the rest counted; the totals stated', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
    const wide = `${names.join(',')}\n${names.map(() => '1').join(',')}\n`;
    const result = runChecker([{ table: 'funding', file: 'funding.csv', bytes: encode(wide), fromXlsx: false }], published);
    const view = checkView(result, [], ['funding.csv']);
    expect(view.errors).toBe(result.errors);
    expect(view.errors).toBeGreaterThan(100_000);
    expect(view.problems.filter((p) => p.code === 'header.unknown')).toHaveLength(SHOWN_PER_KIND);
    expect(view.problems.filter((p) => p.code === 'header.missing').map((p) => p.column)).toContain('id');
    expect(view.hidden).toEqual([expect.objectContaining({ file: 'funding.csv', code: 'header.unknown', count: 100_000 - SHOWN_PER_KIND })]);
  });

  it('the preview: the first SHOWN_PREVIEW of the rows added, with the counts of rows added and unchanged', async () => {
    const rows = (await loadData(join(ROOT, 'data'))).tables.funding;
    // 6 copies of each published row as further tranches: 678 valid new rows.
    const copies = Array.from({ length: 6 }, (_, k) => rows.map((r) => ({ ...r, id: `${r.id}-x${k}`, tranche: r.tranche ? `${r.tranche}-x${k}` : `dot-${k}` }))).flat();
    const text = canonicalCsv('funding', [...rows, ...copies] as never);
    const result = runChecker([{ table: 'funding', file: 'funding.csv', bytes: encode(text), fromXlsx: false }], published);
    expect(result.errors).toBe(0);
    const view = checkView(result, [], ['funding.csv']);
    expect([view.changed, view.same]).toEqual([copies.length, rows.length]);
    expect(view.preview).toHaveLength(SHOWN_PREVIEW);
    expect(view.preview.every((p) => p.changed)).toBe(true);
    expect(view.addedTotal).toBe(result.added.length);
    expect(view.added.length).toBe(Math.min(result.added.length, SHOWN_ADDED));
  });
});

describe('a workbook\'s problems, in the words of Excel', () => {
  it('name the cell (column letter of the sheet\'s header, row) and show a number as vi-VN Excel does', () => {
    const header = TABLES.find((t) => t.name === 'funding')!.fields.map((f) => f.name);
    // A new row typed with 12500.5 in "value" while the report prints 130.595: the figure matches no printed number.
    const row = ['bg-2023-11-17-f90', 'bg-2023-11-17', '3.1.2', 'bac-giang', 'ntp1719', '2024', 'all', 'all', '', 'assigned', '12500.5', 'mvnd', '', '', '', '130.595 triệu đồng', 'reported', ''];
    expect(row).toHaveLength(header.length);
    const csv = `${published.funding.trimEnd()}\n${row.join(',')}\n`;
    const file = 'so-lieu.xlsx › funding';
    const result = runChecker([{ table: 'funding', file, bytes: encode(csv), fromXlsx: true }], published);
    const view = checkView(result, [], [file], { [file]: header });
    const mismatch = view.problems.find((p) => p.code === 'figure.mismatch')!;
    expect(mismatch).toBeDefined();
    // The preview names the sheet as chosen, whose row numbers it gives (not "funding.csv").
    expect(view.preview.every((p) => p.file === file)).toBe(true);
    // value is the 11th column (K); the new row is the last line of the sheet.
    const line = csv.trimEnd().split('\n').length;
    expect(mismatch).toMatchObject({ cell: `K${line}`, column: 'value', value: '12.500,5', line });
    // The same file as a CSV keeps the file's own words.
    const plain = checkView(runChecker([{ table: 'funding', file: 'funding.csv', bytes: encode(csv), fromXlsx: false }], published), [], ['funding.csv']);
    expect(plain.problems.find((p) => p.code === 'figure.mismatch')).toMatchObject({ value: '12500.5' });
    expect(plain.problems.find((p) => p.code === 'figure.mismatch')!.cell).toBeUndefined();
  });

  it('show a cell typed as text as typed, and say to make it a number, not which separator a CSV uses', () => {
    const header = TABLES.find((t) => t.name === 'funding')!.fields.map((f) => f.name);
    // The walk-through's slip: "210.500" typed into a text cell while the report prints 210.500 triệu đồng.
    const at = (value: string) => {
      const row = ['bg-2023-11-17-f90', 'bg-2023-11-17', '3.1.2', 'bac-giang', 'ntp1719', '2024', 'all', 'all', '', 'assigned', value, 'mvnd', '', '', '', '210.500 triệu đồng', 'reported', ''];
      const file = 'funding.xlsx › funding';
      const result = runChecker([{ table: 'funding', file, bytes: encode(`${published.funding.trimEnd()}\n${row.join(',')}\n`), fromXlsx: true }], published);
      return checkView(result, [], [file], { [file]: header }).problems.find((p) => p.code === 'figure.mismatch')!;
    };
    const text = at('210.500');
    expect(text.value).toBe('210.500');
    expect(text.fix).toMatch(/^ô này là chữ \(Text\), không phải số: chọn ô, Format Cells › Number/);
    expect(text.fix).not.toMatch(/phân cách/);
    expect(text.fix).toContain('Nếu chính báo cáo in sai');
    // A number cell (21050, a digit dropped) shows as Excel shows it, and the fix says a digit is missing (walk-through 31).
    const number = at('21050');
    expect(number.value).toBe('21.050');
    expect(number.fix).toMatch(/^có vẻ gõ thiếu một chữ số: gõ lại đúng như in, 210500/);
    // Another number, not a digit apart: the number advice.
    expect(at('25000').fix).toMatch(/^gõ lại con số đúng như báo cáo in, dạng số/);
  });

  it('say a number as vi-VN Excel shows it, in the message and the suggestion (38,64 for a report that prints 38.640)', () => {
    const header = TABLES.find((t) => t.name === 'funding')!.fields.map((f) => f.name);
    const row = ['bg-2023-11-17-f90', 'bg-2023-11-17', '3.1.2', 'bac-giang', 'ntp1719', '2024', 'all', 'all', '', 'assigned', '38.64', 'mvnd', '', '', '', '38.640 triệu đồng', 'reported', ''];
    const file = 'funding.xlsx › funding';
    const result = runChecker([{ table: 'funding', file, bytes: encode(`${published.funding.trimEnd()}\n${row.join(',')}\n`), fromXlsx: true }], published);
    const shown = checkView(result, [], [file], { [file]: header }).problems.find((p) => p.code === 'figure.mismatch')!;
    // A number cell read as typed is named once: «ô 38,64 được đọc là 38,64» says nothing (walk-through 27).
    expect(shown.message).toBe('ô 38,64 không khớp con số nào in trong báo cáo ("38.640 triệu đồng"); có phải 38.640? (gõ 38640)');
    // The CSV keeps its own words: the dot is its decimal point.
    const plain = checkView(runChecker([{ table: 'funding', file: 'funding.csv', bytes: encode(`${published.funding.trimEnd()}\n${row.join(',')}\n`), fromXlsx: false }], published), [], ['funding.csv']);
    expect(plain.problems.find((p) => p.code === 'figure.mismatch')!.message).toBe('ô "38.64" được đọc là 38,64, không khớp con số nào in trong báo cáo ("38.640 triệu đồng"); có phải 38640?');
  });

  it('say what to type when a workbook cell holds «78.560» as text: the digits, not what the cell shows (walk-through 13)', () => {
    const header = TABLES.find((t) => t.name === 'funding')!.fields.map((f) => f.name);
    const row = ['bg-2023-11-17-f91', 'bg-2023-11-17', '3.1.2', 'bac-giang', 'ntp1719', '2024', 'central', 'all', '', 'assigned', '78.560', 'mvnd', '', '', '', '78.560 triệu đồng', 'reported', ''];
    const file = 'funding.xlsx › funding';
    const result = runChecker([{ table: 'funding', file, bytes: encode(`${published.funding.trimEnd()}\n${row.join(',')}\n`), fromXlsx: true }], published);
    const shown = checkView(result, [], [file], { [file]: header }).problems.find((p) => p.code === 'figure.mismatch')!;
    expect(shown.message).toBe('ô "78.560" được đọc là 78,56, không khớp con số nào in trong báo cáo ("78.560 triệu đồng"); có phải 78.560? (gõ 78560 vào ô dạng số)');
  });

  it('show a year typed in a workbook as typed, never as a thousands number («2.023»)', () => {
    const header = TABLES.find((t) => t.name === 'funding')!.fields.map((f) => f.name);
    const row = ['bg-2023-11-17-f90', 'bg-2023-11-17', '3.1.2', 'bac-giang', 'ntp1719', '1899', 'all', 'all', '', 'assigned', '2000', 'mvnd', '', '', '', '2.000 triệu đồng', 'reported', ''];
    const file = 'funding.xlsx › funding';
    const result = runChecker([{ table: 'funding', file, bytes: encode(`${published.funding.trimEnd()}\n${row.join(',')}\n`), fromXlsx: true }], published);
    const shown = checkView(result, [], [file], { [file]: header }).problems.find((p) => p.column === 'fund_year')!;
    expect(shown.value).toBe('1899');
  });

  it('say that «31,5%» typed in a cell is kept by Excel as 0,315 in a percentage cell, and how to change the cell\'s format', () => {
    const header = TABLES.find((t) => t.name === 'funding')!.fields.map((f) => f.name);
    const row = ['bg-2023-11-17-f90', 'bg-2023-11-17', '3.1.2', 'bac-giang', 'ntp1719', '2024', 'all', 'all', '', 'disbursement_rate', '0.315', 'percent', '', '', '', '"đạt khoảng 31,5%"', 'reported', ''];
    const file = 'funding.xlsx › funding';
    const result = runChecker([{ table: 'funding', file, bytes: encode(`${published.funding.trimEnd()}\n${row.join(',')}\n`), fromXlsx: true }], published);
    const shown = checkView(result, [], [file], { [file]: header }).problems.find((p) => p.code === 'figure.mismatch')!;
    expect(shown.value).toBe('0,315');
    expect(shown.message).toBe('ô hiện 31,5% vì đang ở định dạng phần trăm: Excel lưu nó là 0,315, không khớp con số in trong báo cáo ("đạt khoảng 31,5%")');
    expect(shown.fix).toMatch(/^chọn ô, Format Cells › Number \(không phải Percentage\), rồi gõ 31,5: cột này ghi con số phần trăm, không có dấu %/);
  });

  it('letters past Z as Excel writes them', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('the preview of a correction', () => {
  it('shows a changed published figure beside its published value, and names a withdrawal by its row', () => {
    // The second walk-through: a correction showed only the new value, and the withdrawal row as "2 undefined".
    const fixture = (file: string) => readFileSync(join(ROOT, 'test/fixtures/valid-min', file), 'utf8');
    const base = Object.fromEntries(TABLES.map((t) => [t.name, (() => { try { return fixture(t.file); } catch { return ''; } })()])) as Published;
    const ncut = base.ncut.replace('20016,copy,,,20.016 tờ báo', '20106,copy,,,20.106 tờ báo');
    const withdrawals = `${base.withdrawals.trimEnd()}\nbg-2023-11-17-n02,ncut,Báo cáo sau nêu lại số đúng.,2024-12-20,Trưởng ban\n`;
    const result = runChecker(
      [
        { table: 'ncut', file: 'ncut.csv', bytes: encode(ncut), fromXlsx: false },
        { table: 'withdrawals', file: 'withdrawals.csv', bytes: encode(withdrawals), fromXlsx: false },
      ],
      base,
    );
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const corrected = result.preview.find((p) => p.id === 'bg-2023-11-17-n02')!;
    expect(corrected.changed).toBe(true);
    expect(corrected.figures).toContain('20.106');
    expect(corrected.was).toContain('20.016');
    expect(corrected.file).toBe('ncut.csv');
    const decision = result.preview.find((p) => p.table === 'withdrawals')!;
    expect(decision.id).toBe('ncut/bg-2023-11-17-n02/2024-12-20');
    expect(decision.what).toBe('Rút lại hoặc sửa dòng bg-2023-11-17-n02 của ncut.csv: Báo cáo sau nêu lại số đúng.');
    // An unchanged row has nothing to compare.
    expect(result.preview.find((p) => p.id === 'bg-2023-11-17-n01')!.was).toBeUndefined();
  });

  it('names a funding row\'s project, so rows of two projects do not read alike (walk-through 15)', () => {
    const fixture = (file: string) => readFileSync(join(ROOT, 'test/fixtures/valid-min', file), 'utf8');
    const base = Object.fromEntries(TABLES.map((t) => [t.name, (() => { try { return fixture(t.file); } catch { return ''; } })()])) as Published;
    const result = runChecker([{ table: 'funding', file: 'funding.csv', bytes: encode(base.funding), fromXlsx: false }], base);
    // f09: Sơn Động's 1.200,5 million of Dự án 3 (ntp1719.da3); f01 is the programme's, with no project.
    expect(result.preview.find((p) => p.id === 'bg-2023-11-17-f09')!.what).toBe('Vốn giao (kế hoạch) · Chương trình MTQG 1719 · Năm 2023 · Dự án 3');
    expect(result.preview.find((p) => p.id === 'bg-2023-11-17-f01')!.what).toBe('Vốn giao (kế hoạch) · Chương trình MTQG 1719 · Năm 2023');
  });
});

describe('a new rounded figure with no «khoảng» in what was copied (walk-through 29)', () => {
  it('is listed for a look at the paper; a qualified, an exact or an unchanged published figure is not', () => {
    // An amount is «rounded» in thousands (38.000 triệu đồng), not hundreds (29.800, a plan's exact figure); a count
    // in fifties (1.150 hộ, not 1.245); a percentage in tens below 100 (100% is «hết»).
    const I = (id: string, value: number, unit: string, text: string) => `bg-2023-11-17-${id},bg-2023-11-17,3.3,bac-giang,livelihood,water_x_${id},Hộ được hỗ trợ nước,${value},${unit},2023,,${text},reported,`;
    const rows = [I('i90', 2100, 'household', '2.100 hộ'), I('i91', 2100, 'household', 'khoảng 2.100 hộ'), I('i92', 2115, 'household', '2.115 hộ'), I('i93', 50, 'percent', '50%'), I('i94', 55, 'percent', '55%'), I('i95', 29800, 'mvnd', '29.800 triệu đồng'), I('i96', 38000, 'mvnd', '38.000 triệu đồng'), I('i97', 1150, 'household', '1.150 hộ'), I('i98', 100, 'percent', '100%'), I('i99', 1245, 'household', '1.245 hộ')];
    const result = runChecker([{ table: 'indicators', file: 'indicators.csv', bytes: encode(`${published.indicators.trimEnd()}\n${rows.join('\n')}\n`), fromXlsx: false }], published);
    expect(result.preview.filter((p) => p.rounded).map((p) => p.id)).toEqual(['bg-2023-11-17-i90', 'bg-2023-11-17-i93', 'bg-2023-11-17-i96', 'bg-2023-11-17-i97']);
    // The published rows, whatever their numbers, are not asked about again.
    expect(result.preview.filter((p) => p.rounded && !p.changed)).toEqual([]);
  });
});
