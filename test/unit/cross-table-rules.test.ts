/**
 * The checker's cross-table rules called directly on rows (src/data/as-of-rule.ts, src/data/series.ts,
 * src/data/twin.ts): a figure dated after its report, a report's date against its id, a figure entered as a second
 * series, and a workbook's rows the CSV beside it would drop. The rows are built here (reports r1 of 17/11/2023,
 * r2 and r3 of 30/11/2023 unless a test gives others); messages and lines worked out by hand from the rule.
 */
import { describe, expect, it } from 'vitest';
import { asOfIssues, reportDateIssues } from '../../src/data/as-of-rule.ts';
import { seriesIssues } from '../../src/data/series.ts';
import { rowsOnlyInSheet } from '../../src/data/twin.ts';
import type { Tables } from '../../src/data/reconcile/index.ts';
import { fund, tables, work, type Row } from './reconcile-rows.ts';

const FILES = { funding: 'data/funding.csv', works: 'data/works.csv', poverty: 'data/poverty.csv', ncut: 'data/ncut.csv', indicators: 'data/indicators.csv' } as Record<string, string>;
const report = (id: string, date: string): Row => ({ id, issuer: 'Ban', issuer_area_id: 'p', doc_type: 'monthly', number: null, date, period_start: '2023-11', period_end: '2023-11', title: 'Báo cáo', signer: null, note: null, source_file: `${id}.txt` });

describe('a figure dated after its report', () => {
  const asOf = (rows: Row[], reports?: Row[]) => asOfIssues(tables({ funding: rows, ...(reports ? { reports } : {}) }), { funding: rows.map((_, i) => i + 2) }, FILES);

  it('names the report’s date and offers day and month swapped when that falls on or before it', () => {
    const [found, ...more] = asOf([fund({ id: 'f1' }), fund({ id: 'f2', as_of: '2023-12-11' })]);
    expect(more).toEqual([]);
    expect(found).toMatchObject({ file: 'data/funding.csv', line: 3, column: 'as_of', value: '2023-12-11', code: 'rule.as-of-after-report', severity: 'error' });
    expect(found!.message).toBe('ngày tính số liệu (as_of) sau ngày của báo cáo r1 (ngày 17/11/2023): một con số báo cáo nêu không thể tính đến một ngày chưa tới; có phải 12/11/2023? (Excel kiểu Mỹ đọc tháng trước ngày)');
    expect(found!.fix).toBe('gõ lại ngày 12/11/2023 trong ô định dạng Text (hoặc viết 2023-11-12); nếu báo cáo ước tính đến ngày đó, ghi figure_status = estimate');
  });

  it('«1/10/2026» for 10 January read as 1 October, in a report of 20/01/2026: offered 10/01/2026', () => {
    const [found] = asOf([fund({ report_id: 'jan', as_of: '2026-10-01' })], [report('jan', '2026-01-20')]);
    expect(found!.message).toContain('(ngày 20/01/2026)');
    expect(found!.message).toContain('; có phải 10/01/2026?');
  });

  it('no guess when the swap is no date (25 as a month), the same date, or after the report too', () => {
    const found = asOf([fund({ as_of: '2023-12-25' }), fund({ as_of: '2023-12-12' }), fund({ as_of: '2024-12-01' }), fund({ as_of: '2024' })]);
    expect(found.map((i) => [i.value, i.message.includes('có phải')])).toEqual([['2023-12-25', false], ['2023-12-12', false], ['2024-12-01', false], ['2024', false]]);
    expect(found[0]!.expected).toBe('ngày không sau ngày 17/11/2023');
    expect(found[0]!.fix).toBe('sửa ngày cho đúng như báo cáo in; nếu đó là số ước tính đến một ngày sau, ghi figure_status = estimate');
  });

  it('a month after the report is after it; a swap onto the report’s own day is offered', () => {
    expect(asOf([fund({ as_of: '2023-12' })]).map((i) => [i.value, i.message.includes('có phải')])).toEqual([['2023-12', false]]);
    const [found] = asOf([fund({ report_id: 'd12', as_of: '2023-12-11' })], [report('d12', '2023-11-12')]);
    expect(found!.message).toContain('; có phải 12/11/2023?');
  });

  it('the report’s own day, its month, its year, and a day within a report dated by month pass', () => {
    expect(asOf([fund({ as_of: '2023-11-17' }), fund({ as_of: '2023-11' }), fund({ as_of: '2023' }), fund({ as_of: null })])).toEqual([]);
    expect(asOf([fund({ report_id: 'nov', as_of: '2023-11-30' })], [report('nov', '2023-11')])).toEqual([]);
    expect(asOf([fund({ report_id: 'nov', as_of: '2023-12-01' })], [report('nov', '2023-11')]).map((i) => i.value)).toEqual(['2023-12-01']);
  });

  it('an estimate may look ahead; a row of an unknown report is left to the reference check', () => {
    expect(asOf([fund({ as_of: '2023-12-31', figure_status: 'estimate' }), fund({ report_id: 'r9', as_of: '2030-01-01' })])).toEqual([]);
  });

  it('checks every table with an as_of, each in its own file', () => {
    const t = tables({ works: [work({ as_of: '2023-12-11' })] }) as Tables;
    expect(asOfIssues(t, {}, FILES).map((i) => [i.file, i.line, i.value])).toEqual([['data/works.csv', null, '2023-12-11']]);
  });
});

describe('a report’s date and the day its id names', () => {
  const check = (rows: [string, string][]) => reportDateIssues(rows.map(([id, date]) => report(id, date)) as unknown as Tables['reports'], [2, 3, 4, 5, 6], 'data/reports.csv');

  it('«7/8/2026» read as 7 August for a report whose id says 8 July: offered 08/07/2026', () => {
    const [found, ...more] = check([['bg-2026-07-08', '2026-08-07']]);
    expect(more).toEqual([]);
    expect(found).toMatchObject({ file: 'data/reports.csv', line: 2, column: 'date', value: '2026-08-07', code: 'rule.report-id-date' });
    expect(found!.message).toBe('ngày ban hành khác ngày trong mã báo cáo (08/07/2026); có phải 08/07/2026? (Excel kiểu Mỹ đọc tháng trước ngày)');
    expect(found!.fix).toBe('gõ lại ngày 08/07/2026 trong ô định dạng Text (hoặc viết 2026-07-08)');
  });

  it('a second report of the day (-2, -12) is held to its day; a month in an id is not', () => {
    const found = check([['bg-2026-07-08-2', '2026-07-08'], ['bg-2026-07-08-12', '2026-07-09'], ['bg-2026-06', '2026-07-08'], ['bg-2026-07-09', '2026-07-10']]);
    expect(found.map((i) => [i.line, i.value, i.message])).toEqual([
      [3, '2026-07-09', 'ngày ban hành khác ngày trong mã báo cáo (08/07/2026)'],
      [5, '2026-07-10', 'ngày ban hành khác ngày trong mã báo cáo (09/07/2026)'],
    ]);
  });
});

describe('a figure entered as a second series', () => {
  const series = (works: Row[], reports?: Row[]) => seriesIssues(tables({ works, ...(reports ? { reports } : {}) }), { works: works.map((_, i) => i + 2) } as never, FILES as never);

  it('a later report’s «current» where the earlier one wrote «revised»: a warning naming the earlier row and the value to use', () => {
    const found = series([work({ id: 'w-a', plan_version: 'revised', count: 75 }), work({ id: 'w-b', report_id: 'r2', plan_version: 'current', count: 75 })]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'data/works.csv', line: 3, column: 'plan_version', value: 'current', code: 'series.continue', severity: 'warning' });
    expect(found[0]!.message).toBe(
      'báo cáo trước r1 đã ghi cùng con số này với plan_version = revised (dòng 2, mã dòng w-a, số 75); ghi danh mục khác thì trang web coi đây là một dãy số riêng: số mới không thay số cũ ở trang tổng quan và không có "tăng/giảm so với báo cáo trước"',
    );
    expect(found[0]!.expected).toBe('plan_version = revised, nếu báo cáo này nói tiếp về cùng danh mục như báo cáo r1');
  });

  it('offers the latest earlier report’s lists, the later list first', () => {
    const reports = [report('r1', '2023-11-17'), report('r2', '2023-11-30'), report('r4', '2024-02-05')];
    const rows = [
      work({ id: 'o1', plan_version: 'original', count: 73 }),
      work({ id: 'o2', report_id: 'r2', plan_version: 'original', count: 73 }),
      work({ id: 'v2', report_id: 'r2', plan_version: 'revised', count: 75 }),
      work({ id: 'c4', report_id: 'r4', plan_version: 'current', count: 75 }),
    ];
    const found = series(rows, reports);
    // r2's revised list follows r1's original one: a warning too (a report may well give a new list).
    expect(found.map((i) => [i.line, i.value])).toEqual([[4, 'revised'], [5, 'current']]);
    expect(found[0]!.message).toContain('báo cáo trước r1 đã ghi cùng con số này với plan_version = original (dòng 2, mã dòng o1, số 73); ghi');
    expect(found[1]!.message).toContain('báo cáo trước r2 đã ghi cùng con số này với plan_version = revised (dòng 4, mã dòng v2, số 75); plan_version = original (dòng 3, mã dòng o2, số 73); ghi');
  });

  it('two reports of one day: the lower id is the earlier', () => {
    const found = series([work({ id: 'x3', report_id: 'r3', plan_version: 'current' }), work({ id: 'x2', report_id: 'r2', plan_version: 'revised', count: 5 })]);
    expect(found.map((i) => [i.line, i.value])).toEqual([[2, 'current']]);
    expect(found[0]!.message).toContain('báo cáo trước r2 ');
  });

  it('no warning when the series continues, for one report’s two lists, or for another place or measure', () => {
    expect(series([work({ plan_version: 'revised', count: 73 }), work({ report_id: 'r2', plan_version: 'revised', count: 75 })])).toEqual([]);
    expect(series([work({ plan_version: 'revised' }), work({ plan_version: 'original' })])).toEqual([]);
    expect(series([work({ plan_version: 'revised' }), work({ report_id: 'r2', area_id: 'd1', plan_version: 'current' })])).toEqual([]);
    expect(series([work({ plan_version: 'revised' }), work({ report_id: 'r2', measure: 'completed', plan_version: 'current' })])).toEqual([]);
    // The earlier report gave both: the new row continues one of them.
    expect(series([work({ plan_version: 'revised' }), work({ plan_version: 'current' }), work({ report_id: 'r2', plan_version: 'current' })])).toEqual([]);
  });
});

describe('a workbook’s rows the CSV beside it lacks', () => {
  const CSV = '\uFEFFid,area_id,value,note\na1,bac-giang,100,\na2,son-dong,50,ghi chú\n';

  it('none when the sheet has the same rows, in another column order, with spaces and blank cells', () => {
    expect(rowsOnlyInSheet('value,id,note,area_id\n100 ,a1,, bac-giang\n50,a2,ghi chú,son-dong\n', CSV)).toEqual([]);
    expect(rowsOnlyInSheet('id,area_id,value\na1,bac-giang,100\n', CSV)).toEqual([]);
  });

  it('the rows with another cell or not in the CSV at all, by id', () => {
    expect(rowsOnlyInSheet('id,area_id,value,note\na1,bac-giang,101,\na2,son-dong,50,ghi chú\na3,luc-nam,7,\n', CSV)).toEqual(['a1', 'a3']);
    // A note on the sheet that the CSV lacks is a difference.
    expect(rowsOnlyInSheet('id,area_id,value,note\na1,bac-giang,100,thêm\n', CSV)).toEqual(['a1']);
  });

  it('a table keyed by row_id names its rows by it', () => {
    expect(rowsOnlyInSheet('row_id,x\nk1,1\nk2,2\n', 'row_id,x\nk1,1\n')).toEqual(['k2']);
    expect(rowsOnlyInSheet('x,y\n1,2\n', 'x,y\n1,3\n')).toEqual(['']);
    // A sheet saved with a byte-order mark still names its rows.
    expect(rowsOnlyInSheet('\uFEFFid,value\na1,2\n', 'id,value\na1,1\n')).toEqual(['a1']);
  });
});
