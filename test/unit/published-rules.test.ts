/**
 * The published-rows rules called directly (src/data/published.ts): a published row removed or changed without a
 * withdrawal, a table far shorter than published, withdrawals.csv kept as a public record, an article citing a
 * withdrawn row, a template's example row, and files no table is named for. Rows built here; messages, counts and
 * columns worked out by hand from the rules and their wording.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TableName } from '../../src/data/define.ts';
import { citedIssues, exampleIssues, publishedIssues, unknownEntries, unknownFileIssue, type PublishedRows } from '../../src/data/published.ts';
import { publishedCsv } from '../../src/data/published-csv.ts';
import { areas, funding, TABLES, works } from '../../src/data/tables/index.ts';
import type { Row } from '../../src/data/validate.ts';
import { loadData } from '../../src/data/load.ts';
import { TEMPLATE_ROWS } from '../../src/templates/rows.ts';
import { dataDir, plus, VALID_MIN } from './helpers.ts';

const FILES = Object.fromEntries(TABLES.map((t) => [t.name, `data/${t.file}`])) as Record<TableName, string>;
const none = () => Object.fromEntries(TABLES.map((t) => [t.name, []])) as unknown as Record<TableName, Row[]>;
const tablesOf = (over: Partial<Record<TableName, Row[]>>) => ({ ...none(), ...over });
const linesOf = (t: Partial<Record<TableName, Row[]>>) => Object.fromEntries(Object.entries(t).map(([k, rows]) => [k, rows!.map((_, i) => i + 2)])) as Record<TableName, number[]>;

const fund = (id: string, over: Row = {}): Row => ({
  id, report_id: 'r1', section: '3.1', area_id: 'bac-giang', program: 'ntp1719', fund_year: '2023', budget_source: 'all', capital_type: 'all',
  project_id: null, measure: 'assigned', value: 1000, unit: 'mvnd', as_of: null, tranche: null, decision_date: null, figure_text: '1.000 triệu đồng', figure_status: 'reported', note: null, ...over,
});
const withdrawal = (row_id: string, over: Row = {}): Row => ({ row_id, table: 'funding', reason: 'chép nhầm', date: '2024-01-05', decided_by: 'Trưởng ban', ...over });

/** The issues of publishing `now` over `before`, every table compared unless told. */
function check(before: PublishedRows, now: Partial<Record<TableName, Row[]>>, compared: TableName[] = TABLES.map((t) => t.name), written = {}) {
  return publishedIssues(before, tablesOf(now), linesOf(now), FILES, new Set(compared), written);
}

describe('a published row removed', () => {
  it('is refused, naming the row, its figure as printed, its report and section', () => {
    const [found, ...more] = check({ funding: [fund('f1'), fund('f2', { value: 250, figure_text: '250 triệu đồng' })] }, { funding: [fund('f1')] });
    expect(more).toEqual([]);
    expect(found).toMatchObject({ code: 'published.removed', file: 'data/funding.csv', line: null, column: 'id', value: 'f2', severity: 'error' });
    expect(found!.message).toBe('dòng f2 đã được công bố (con số in “250 triệu đồng”, báo cáo r1, mục 3.1) nhưng không còn trong tệp này');
    expect(found!.fix).toContain('thêm một dòng vào withdrawals.csv (row_id = f2, table = funding, lý do, ngày, người quyết định)');
    // A slip is undone in place, that one row put back: not the whole update redone (walk-through 33).
    expect(found!.fix).toContain('nếu xóa nhầm: hoàn tác trong Excel (Ctrl+Z) hoặc chép lại đúng dòng f2 từ tệp đang công bố');
  });

  it('without a printed text, by its figure; without a section, without «mục»', () => {
    const [found] = check({ funding: [fund('f2', { figure_text: '', section: '', value: 250 })] }, { funding: [] });
    expect(found!.message).toBe('dòng f2 đã được công bố (con số in “250”, báo cáo r1) nhưng không còn trong tệp này');
  });

  it('a reference row by its name, with the report that cites a document', () => {
    const report = { id: 'r1', issuer: 'Ban', issuer_area_id: 'bac-giang', doc_type: 'monthly', number: '1', date: '2023-11-17', period_start: '2023-11', period_end: '2023-11', title: 'Báo cáo tháng 11', signer: null, note: null, source_file: 'a.txt' };
    const doc = { id: 'd1', report_id: 'r1', section: '1', document: 'Quyết định 742', doc_ref: null, role: 'allocation', date: null, figure_text: 'QĐ 742', note: null };
    const found = check({ reports: [report], documents: [doc] }, {});
    expect(found.map((i) => i.message)).toEqual([
      'dòng r1 đã được công bố (“Báo cáo tháng 11”) nhưng không còn trong tệp này',
      'dòng d1 đã được công bố (“QĐ 742”, báo cáo r1) nhưng không còn trong tệp này',
    ]);
    expect(check({ areas: [{ id: 'x', name: '', level: 'province', parent_id: null, note: null }] }, {})[0]!.message).toBe('dòng x đã được công bố (dòng tham chiếu) nhưng không còn trong tệp này');
  });

  it('is allowed by a new withdrawal, but not by one published before (a row withdrawn once is protected again)', () => {
    const before = { funding: [fund('f1'), fund('f2')] };
    expect(check(before, { funding: [fund('f1')], withdrawals: [withdrawal('f2')] })).toEqual([]);
    // The same decision already published: it allowed an earlier change, not this one.
    const again = check({ ...before, withdrawals: [withdrawal('f2')] }, { funding: [fund('f1')], withdrawals: [withdrawal('f2')] });
    expect(again.map((i) => [i.code, i.value])).toEqual([['published.removed', 'f2']]);
    // A withdrawal of another table's row of that id allows nothing here.
    expect(check(before, { funding: [fund('f1')], withdrawals: [withdrawal('f2', { table: 'works' })] }).map((i) => i.value)).toEqual(['f2']);
  });

  it('is looked for only in a table read without error, or in the ids a file with errors still holds', () => {
    const before = { funding: [fund('f1'), fund('f2')] };
    expect(check(before, { funding: [fund('f1')] }, ['works'])).toEqual([]);
    expect(check(before, { funding: [fund('f1')] }, ['works'], { funding: new Set(['id', 'f1', 'f2']) })).toEqual([]);
    expect(check(before, { funding: [fund('f1')] }, ['works'], { funding: new Set(['id', 'f1']) }).map((i) => i.value)).toEqual(['f2']);
    expect(check({ funding: [] }, { funding: [] })).toEqual([]);
  });
});

describe('a table far shorter than published', () => {
  const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => fund(`f${from + i}`));

  it('under half of ten or more published rows: the counts, then the rows removed', () => {
    const found = check({ funding: ids(10) }, { funding: ids(4) });
    expect(found[0]).toMatchObject({ code: 'published.shrunk', file: 'data/funding.csv', line: null, column: null });
    expect(found[0]!.message).toBe(
      'tệp funding.csv có 4 dòng, bản đã công bố có 10 dòng: 6 dòng đã công bố không còn trong tệp (có thể tệp được làm từ tệp mẫu trống, chỉ có các dòng mới)',
    );
    expect(found.slice(1).map((i) => i.value)).toEqual(['f5', 'f6', 'f7', 'f8', 'f9', 'f10']);
  });

  it('exactly half, or fewer than ten published rows, is not called shrunk: each removed row is listed', () => {
    expect(check({ funding: ids(10) }, { funding: ids(5) }).map((i) => i.code)).toEqual(Array(5).fill('published.removed'));
    expect(check({ funding: ids(9) }, { funding: ids(1) }).map((i) => i.code)).toEqual(Array(8).fill('published.removed'));
  });

  it('lists twenty removed rows at most once it is shrunk; the count says the rest', () => {
    const found = check({ funding: ids(30) }, { funding: [] });
    expect(found.length).toBe(21);
    expect(found[0]!.message).toContain('có 0 dòng, bản đã công bố có 30 dòng: 30 dòng');
    expect(found.at(-1)!.value).toBe('f20');
  });

  it('counts a file with errors by its lines with an id, less the header', () => {
    // 10 published, 3 valid rows read, 6 ids written (the header among them): 5 rows, not under half.
    const written = { funding: new Set(['id', 'f1', 'f2', 'f3', 'x4', 'x5']) };
    expect(check({ funding: ids(10) }, { funding: ids(3) }, [], written).map((i) => i.code)).toEqual(Array(7).fill('published.removed'));
    const fewer = { funding: new Set(['id', 'f1', 'f2', 'f3', 'x4']) };
    expect(check({ funding: ids(10) }, { funding: ids(3) }, [], fewer)[0]!.message).toContain('có 4 dòng');
  });

  it('rows withdrawn on purpose do not make it shrunk', () => {
    const withdrawals = ids(6, 5).map((r) => withdrawal(String(r.id)));
    expect(check({ funding: ids(10) }, { funding: ids(4), withdrawals })).toEqual([]);
  });
});

describe('a published row changed in place', () => {
  it('its figure: refused at its line and column, saying the new and the old value', () => {
    const [found, ...more] = check({ funding: [fund('f1'), fund('f2')] }, { funding: [fund('f1'), fund('f2', { value: 1200 })] });
    expect(more).toEqual([]);
    expect(found).toMatchObject({ code: 'published.changed', line: 3, column: 'value', value: '1200' });
    expect(found!.message).toBe('dòng f2 đã được công bố với con số in “1.000 triệu đồng”, báo cáo r1, mục 3.1; tệp này đổi thành value = 1200 (trước là 1000)');
  });

  it('several cells, an emptied one written «(trống)»', () => {
    const [found] = check({ funding: [fund('f1', { as_of: '2023-11-15' })] }, { funding: [fund('f1', { as_of: null, unit: 'percent', figure_status: 'estimate' })] });
    expect(found!.column).toBe('unit');
    expect(found!.message).toContain('tệp này đổi thành unit = percent (trước là mvnd), as_of = (trống) (trước là 2023-11-15), figure_status = estimate (trước là reported)');
  });

  it('not its section or note (commentary and where it sits), nor a withdrawn row', () => {
    expect(check({ funding: [fund('f1')] }, { funding: [fund('f1', { section: '3.2', note: 'ghi chú' })] })).toEqual([]);
    expect(check({ funding: [fund('f1')] }, { funding: [fund('f1', { value: 9 })], withdrawals: [withdrawal('f1')] })).toEqual([]);
  });

  it('a count’s unit of quantity is compared (ncut quantity_unit)', () => {
    const row = { id: 'n1', report_id: 'r1', section: '1', area_id: 'bac-giang', period: '2023', measure: 'newspaper', provider: 'province', persons: null, quantity: 20016, quantity_unit: 'copy', amount_mvnd: null, as_of: null, figure_text: '20.016 tờ', figure_status: 'reported', note: null };
    const [found] = check({ ncut: [row] }, { ncut: [{ ...row, quantity_unit: 'village' }] });
    expect(found!.column).toBe('quantity_unit');
  });

  it('a report: every cell but its note, in the words for a reference row', () => {
    const report = { id: 'r1', issuer: 'Ban', issuer_area_id: 'bac-giang', doc_type: 'monthly', number: '1', date: '2023-11-17', period_start: '2023-11', period_end: '2023-11', title: 'Báo cáo tháng 11', signer: null, note: null, source_file: 'a.txt' };
    const [found] = check({ reports: [report] }, { reports: [{ ...report, date: '2023-11-18', note: 'x' }] });
    expect(found!.message).toBe('dòng r1 đã được công bố (“Báo cáo tháng 11”); tệp này đổi thành date = 2023-11-18 (trước là 2023-11-17)');
    expect(check({ reports: [report] }, { reports: [{ ...report, note: 'x' }] })).toEqual([]);
  });
});

describe('withdrawals.csv is a public record', () => {
  it('a published decision removed, or its reason rewritten, is refused', () => {
    const w = withdrawal('f2');
    const [removed] = check({ withdrawals: [w] }, { withdrawals: [] });
    expect(removed).toMatchObject({ code: 'published.withdrawal-removed', file: 'data/withdrawals.csv', column: 'row_id', value: 'f2' });
    expect(removed!.message).toBe('quyết định rút lại dòng f2 (bảng funding, ngày 05/01/2024, lý do “chép nhầm”) đã được công bố nhưng không còn trong withdrawals.csv');
    const [changed] = check({ withdrawals: [w] }, { withdrawals: [withdrawal('x'), { ...w, decided_by: '' }] });
    expect(changed).toMatchObject({ code: 'published.withdrawal-changed', line: 3, column: 'decided_by', value: '' });
    expect(changed!.message).toBe('quyết định rút lại dòng f2 (bảng funding, ngày 05/01/2024) đã được công bố; tệp này đổi thành decided_by = (trống) (trước là Trưởng ban)');
  });

  it('a later decision is a new row with its own date; an unread withdrawals.csv is not compared', () => {
    const w = withdrawal('f2');
    expect(check({ withdrawals: [w] }, { withdrawals: [w, withdrawal('f2', { date: '2024-03-01', reason: 'khác' })] })).toEqual([]);
    expect(check({ withdrawals: [w] }, { withdrawals: [] }, ['funding'])).toEqual([]);
  });
});

describe('articles citing a withdrawn row', () => {
  const cited = { 'funding/f2': ['bài viết về báo cáo r1', 'bài viết về báo cáo r2'] };
  it('are named when the row is gone; not while it stays, not for a table not read', () => {
    const t = tablesOf({ funding: [fund('f1')], withdrawals: [withdrawal('f2')] });
    const [found, ...more] = citedIssues(cited, t, FILES, new Set(['funding']));
    expect(more).toEqual([]);
    expect(found).toMatchObject({ code: 'published.cited', file: 'data/funding.csv', column: 'id', value: 'f2' });
    expect(found!.message).toBe('dòng f2 được ghi rút lại trong withdrawals.csv, nhưng bài viết về báo cáo r1, bài viết về báo cáo r2 trên trang web vẫn trích dẫn con số này');
    expect(citedIssues(cited, tablesOf({ funding: [fund('f1'), fund('f2')], withdrawals: [withdrawal('f2')] }), FILES, new Set(['funding']))).toEqual([]);
    expect(citedIssues(cited, t, FILES, new Set(['works']))).toEqual([]);
    expect(citedIssues({ 'funding/f1': ['x'] }, t, FILES, new Set(['funding']))).toEqual([]);
  });
});

describe('example rows and unknown files', () => {
  it('a template’s example row whose cells all pass is named by its id (row_id in withdrawals.csv)', () => {
    const now = { funding: [fund('f1'), fund('vi-du-f01')], withdrawals: [withdrawal('vi-du-1')] };
    const found = exampleIssues(tablesOf(now), linesOf(now), FILES);
    expect(found.map((i) => [i.file, i.line, i.column, i.value, i.code])).toEqual([
      ['data/funding.csv', 3, 'id', 'vi-du-f01', 'row.example'],
      ['data/withdrawals.csv', 2, 'row_id', 'vi-du-1', 'row.example'],
    ]);
  });

  it('a template’s example row left in is named as that by its id (row_id in withdrawals.csv), and nothing else of it is said (walk-through 11)', async () => {
    // The funding template's example row refers to its example report and area, which no data folder has.
    const csv = (table: 'funding' | 'withdrawals') => Papa.unparse([TABLES.find((t) => t.name === table)!.fields.map((f) => TEMPLATE_ROWS[table][f.name] ?? '')]);
    const dir = dataDir(null, { 'funding.csv': plus('funding.csv', [csv('funding')]), 'withdrawals.csv': `row_id,table,reason,date,decided_by\n${csv('withdrawals')}\n` });
    const found = (await loadData(dir)).issues.filter((i) => i.severity === 'error');
    expect(found.map((i) => [i.file.replace(/^.*\//, ''), i.column, i.value, i.code])).toEqual([
      ['funding.csv', 'id', 'vi-du-f01', 'row.example'],
      ['withdrawals.csv', 'row_id', TEMPLATE_ROWS.withdrawals.row_id, 'row.example'],
    ]);
    expect(found[0]!.line).toBe(readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8').trimEnd().split('\n').length + 1);
    expect(found[0]!.message).toBe('đây là dòng ví dụ của tệp mẫu (mã bắt đầu bằng "vi-du-"), không phải số liệu của báo cáo');
  });

  it('a misnamed file is offered its table’s name; another file only the list', () => {
    expect(unknownFileIssue('funding (1).csv').fix).toContain('đổi tên thành funding.csv ');
    expect(unknownFileIssue('Works - Copy.XLSX', 'data/Works - Copy.XLSX')).toMatchObject({ file: 'data/Works - Copy.XLSX', line: null });
    expect(unknownFileIssue('Works - Copy.XLSX').fix).toContain('đổi tên thành works.xlsx ');
    expect(unknownFileIssue('Works - Copy.XLSX').fix).toContain('tệp CSV dạng chuẩn mà trang kiểm tra đưa ra (works.csv,');
    // A workbook is given the workbook names, a CSV file the CSV names (walk-through 26: «funding (1).xlsx» was told «funding.csv, …»).
    expect(unknownFileIssue('funding (1).xlsx').expected).toContain('tên tệp đúng bằng tên bảng: areas.xlsx, reports.xlsx,');
    expect(unknownFileIssue('funding (1).csv').expected).toContain('tên tệp đúng bằng tên bảng: areas.csv, reports.csv,');
    const other = unknownFileIssue('ghi chú.txt');
    expect(other.message).toBe('tên tệp này không phải tên của bảng nào, nên số liệu trong tệp sẽ không được dùng');
    expect(other.expected).toContain('tên tệp đúng bằng tên bảng: areas.csv, reports.csv,');
    expect(unknownFileIssue('funding.txt').message).toBe(other.message);
  });

  it('a data folder’s entries that are neither a table’s file nor the guide, the templates or hidden', () => {
    const entries = ['funding.csv', 'works.xlsx', 'README.md', '.git', 'templates', 'ghi-chu.txt', 'funding (1).csv', 'README.md.bak', 'templates2', 'funding.csv.xlsx'];
    // Sorted as text: capitals first.
    expect(unknownEntries(entries)).toEqual(['README.md.bak', 'funding (1).csv', 'funding.csv.xlsx', 'ghi-chu.txt', 'templates2']);
  });
});

describe('the published file of a table, as /cap-nhat/du-lieu/ serves it', () => {
  it('the CSV as it is; a table kept as a workbook as its rows in canonical form; no file, its header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'published-csv-'));
    try {
      // Not canonical (a BOM, a row out of order): served byte for byte all the same.
      const csv = '\uFEFFid,name,level,parent_id,note\nb,B,province,,\na,A,province,,\n';
      writeFileSync(join(dir, 'areas.csv'), csv);
      writeFileSync(join(dir, 'works.xlsx'), 'not read: the rows given are');
      expect(Buffer.from(publishedCsv(areas, dir, [])).toString('utf8')).toBe(csv);
      const rows = [{ id: 'w2', report_id: 'r1', count: 3 }, { id: 'w10', report_id: 'r1', count: 5 }];
      const text = publishedCsv(works, dir, rows) as string;
      expect(text.split('\n').slice(1).map((l) => l.split(',')[0])).toEqual(['w2', 'w10', '']);
      expect(text.startsWith('id,report_id,section,area_id,program,batch,plan_version,capital_type,work_type,measure,count,as_of,figure_text,figure_status,note\n')).toBe(true);
      expect(publishedCsv(funding, dir, rows)).toBe(
        'id,report_id,section,area_id,program,fund_year,budget_source,capital_type,project_id,measure,value,unit,as_of,tranche,decision_date,figure_text,figure_status,note\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
