/**
 * The checker's messages at their edges (src/data/validate.ts): a template's example row left in, the
 * names offered for a mistyped report or project, the cells kept as typed for the messages that quote them,
 * and a large file's second half read elsewhere and taken back (columnsRead/adopt). Expected lines, columns
 * and words are worked out by hand from the rows below and the messages' wording (docs/mutation.md).
 */
import { describe, expect, it } from 'vitest';
import type { TableDef } from '../../src/data/define.ts';
import { readCsv } from '../../src/data/read.ts';
import { areas, funding, ncut, poverty, reports, tableDef } from '../../src/data/tables/index.ts';
import { tableValidator, type RefIndex } from '../../src/data/validate.ts';
import { check, csvOf } from './helpers.ts';

const AREAS = new Map([
  ['bac-giang', 'Bắc Giang'],
  ['son-dong', 'Sơn Động'],
]);
const REPORTS = new Map([['bg-2023-11-17', 'Ban Dân tộc tỉnh Bắc Giang, 2023-11-17']]);
const PROJECTS = new Map([['ntp1719.da3', 'Dự án 3']]);
const refs = { areas: AREAS, reports: REPORTS, projects: PROJECTS };

/** A valid funding row; override what a test is about. */
const f = (over: Record<string, string> = {}) => ({
  id: 'f01',
  report_id: 'bg-2023-11-17',
  section: '3.1',
  area_id: 'bac-giang',
  program: 'ntp1719',
  fund_year: '2023',
  budget_source: 'all',
  capital_type: 'all',
  measure: 'assigned',
  value: '130595',
  unit: 'mvnd',
  figure_text: '130.595 triệu đồng',
  figure_status: 'reported',
  ...over,
});

const projects = tableDef('projects');
const withdrawals = tableDef('withdrawals');

const EXAMPLE = 'đây là dòng ví dụ của tệp mẫu (mã bắt đầu bằng "vi-du-"), không phải số liệu của báo cáo';

describe("a template's example row left in", () => {
  it('is said once, as that, on its id, whatever else is wrong with it; the rows after it are checked as usual', () => {
    const { issues, rows } = check(
      funding,
      csvOf(funding, [
        // Its report and area exist in no data folder, and its value is not a number: one message only.
        f({ id: 'vi-du-f01', report_id: 'vi-du-bc', area_id: 'vi-du-xa', value: 'khoảng 100' }),
        f({ id: 'f02', value: 'khoảng 100' }),
      ]),
      refs,
    );
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.line, i.column, i.value, i.code])).toEqual([
      [2, 'id', 'vi-du-f01', 'row.example'],
      [3, 'value', 'khoảng 100', 'number.text'],
    ]);
    expect(issues[0]!.message).toBe(EXAMPLE);
    expect(issues[0]!.fix).toBe('xóa dòng này, hoặc sửa thành số liệu thật với mã mới không bắt đầu bằng vi-du-');
  });

  it('is also said when only a rule across rows refuses it (a figure entered twice)', () => {
    const { issues } = check(funding, csvOf(funding, [f(), f({ id: 'vi-du-f02' })]), refs);
    expect(issues.map((i) => [i.line, i.column, i.value, i.message])).toEqual([[3, 'id', 'vi-du-f02', EXAMPLE]]);
  });

  it('is found wherever the id column is, and with a space typed before its id', () => {
    const header = funding.fields.map((x) => x.name).toReversed();
    const row = f({ id: ' vi-du-f01', report_id: 'vi-du-bc' }) as Record<string, string>;
    const { issues } = check(funding, `${header.join(',')}\n${header.map((n) => row[n] ?? '').join(',')}\n`, refs);
    expect(issues.map((i) => [i.line, i.column, i.value, i.message])).toEqual([[2, 'id', 'vi-du-f01', EXAMPLE]]);
  });

  it('in withdrawals.csv is named by its row_id, the column that holds the example id', () => {
    const header = withdrawals.fields.map((x) => x.name);
    const cells: Record<string, string> = { row_id: 'vi-du-f01', table: 'bang-la', reason: 'ví dụ', date: '2023-11-20' };
    const { issues } = check(withdrawals, `${header.join(',')}\n${header.map((n) => cells[n] ?? '').join(',')}\n`, refs);
    expect(issues.map((i) => [i.line, i.column, i.value, i.message])).toEqual([[2, 'row_id', 'vi-du-f01', EXAMPLE]]);
  });
});

describe('a mistyped report or project is offered back with its name', () => {
  it('a report by its issuer and date, a project by its short name', () => {
    const reportIds = check(
      reports,
      'id,issuer,issuer_area_id,doc_type,number,date,period_start,period_end,title,signer,note,figures_note,source_file\n' +
        'bg-2023-11-17,Ban Dân tộc tỉnh Bắc Giang,bac-giang,monthly,/BC-BDT,2023-11-17,2023-11,2023-11,Báo cáo tháng 11,Trưởng ban,,,a.txt\n',
      { areas: AREAS },
    );
    expect(reportIds.issues).toEqual([]);
    expect([...reportIds.index]).toEqual([['bg-2023-11-17', 'Ban Dân tộc tỉnh Bắc Giang, 2023-11-17']]);
    // A report whose issuer is refused (a tag) is still offered, by its date alone.
    const refusedIssuer = check(
      reports,
      'id,issuer,issuer_area_id,doc_type,number,date,period_start,period_end,title,signer,note,figures_note,source_file\n' +
        'bg-2023-11-17,<b>Ban Dân tộc</b>,bac-giang,monthly,/BC-BDT,2023-11-17,2023-11,2023-11,Báo cáo tháng 11,Trưởng ban,,,a.txt\n',
      { areas: AREAS },
    );
    expect([...refusedIssuer.index]).toEqual([['bg-2023-11-17', '2023-11-17']]);
    const projectIds = check(projects, 'id,parent_id,level,short_name,name\nntp1719,,program,CT MTQG 1719,Chương trình 1719\nntp1719.da3,ntp1719,project,Dự án 3,Phát triển sản xuất\n');
    expect(projectIds.issues).toEqual([]);
    expect([...projectIds.index]).toEqual([
      ['ntp1719', 'CT MTQG 1719'],
      ['ntp1719.da3', 'Dự án 3'],
    ]);
    const { issues } = check(
      funding,
      csvOf(funding, [f({ report_id: 'bg-2023-11-71', project_id: 'ntp1719.da33' })]),
      { areas: AREAS, reports: reportIds.index as RefIndex, projects: projectIds.index as RefIndex },
    );
    expect(issues.map((i) => [i.column, i.message, i.fix])).toEqual([
      [
        'report_id',
        'không có báo cáo này trong reports.csv',
        'nếu là báo cáo mới, thêm báo cáo này vào reports.csv trước; nếu gõ nhầm, có phải "bg-2023-11-17" (Ban Dân tộc tỉnh Bắc Giang, 2023-11-17)?',
      ],
      [
        'project_id',
        'không có dự án này trong projects.csv',
        'nếu là dự án mới, thêm dự án này vào projects.csv trước; nếu gõ nhầm, có phải "ntp1719.da3" (Dự án 3)?',
      ],
    ]);
  });
});

describe('names offered for a mistyped id, whatever else is wrong', () => {
  it('a project typed by its name is offered by its id', () => {
    const { issues } = check(funding, csvOf(funding, [f({ project_id: 'Dự án 3' })]), refs);
    expect(issues.map((i) => [i.column, i.fix])).toEqual([
      ['project_id', 'nếu là dự án mới, thêm dự án này vào projects.csv trước; nếu gõ nhầm, có phải "ntp1719.da3" (Dự án 3)?'],
    ]);
  });

  it('an area whose own name is refused is offered by its id alone', () => {
    // Sơn Động's name holds a tag (refused), its id is still an area: a parent typed «son-dog» is offered «son-dong».
    const { issues } = check(areas, 'id,name,level,parent_id,note,former_district_id\nbac-giang,Bắc Giang,province,,,\nson-dong,<b>Sơn Động</b>,district,bac-giang,,\nxa-1,Xã 1,commune,son-dog,,\n');
    expect(issues.map((i) => [i.line, i.column, i.fix])).toEqual([
      [3, 'name', 'xóa phần nằm trong dấu < >'],
      [4, 'parent_id', 'nếu là địa bàn mới, thêm địa bàn này vào areas.csv trước; nếu gõ nhầm, có phải "son-dong" (son-dong)?'],
    ]);
  });

  it('a project whose short name is refused is offered by its id alone', () => {
    const projectIds = check(tableDef('projects'), 'id,parent_id,level,short_name,name\nntp1719,,program,CT MTQG 1719,Chương trình 1719\nntp1719.da3,ntp1719,project,=Dự án 3,Phát triển sản xuất\n');
    expect(projectIds.issues.map((i) => [i.line, i.column, i.code])).toEqual([[3, 'short_name', 'cell.formula']]);
    const { issues } = check(funding, csvOf(funding, [f({ project_id: 'ntp1719.da33' })]), { ...refs, projects: projectIds.index as RefIndex });
    expect(issues.map((i) => i.fix)).toEqual(['nếu là dự án mới, thêm dự án này vào projects.csv trước; nếu gõ nhầm, có phải "ntp1719.da3" (ntp1719.da3)?']);
  });

  it('a code copied with its meaning, written without spaces or with two, offers the code before "="', () => {
    const { issues } = check(funding, csvOf(funding, [f({ capital_type: 'dtpt=Vốn đầu tư phát triển' }), f({ id: 'f02', measure: 'allocated', capital_type: 'sn  =  Vốn sự nghiệp' })]), refs);
    expect(issues.map((i) => [i.line, i.fix])).toEqual([
      [2, 'có phải "dtpt" (Vốn đầu tư phát triển)? Ghi đúng mã như trong danh sách'],
      [3, 'có phải "sn" (Vốn sự nghiệp)? Ghi đúng mã như trong danh sách'],
    ]);
  });
});

describe('figure cells kept as typed, for the messages that quote them', () => {
  it('only where the text is not the value written plainly, at the index of its row among the valid rows', () => {
    const { typed, rows, lines, checked } = check(
      funding,
      csvOf(funding, [
        f({ id: 'f01', measure: 'disbursed', value: '500' }),
        f({ id: 'f02', value: '1.234,5' }),
        f({ id: 'f03', measure: 'unallocated', value: '61,9' }),
        // Refused (its measure is no code): its typed value goes with it.
        f({ id: 'f04', measure: 'giai-ngan', value: '2.000,5' }),
      ]),
      refs,
    ) as ReturnType<typeof check> & { typed: Record<string, string[]>; lines: number[]; checked: boolean };
    // f01's «500» is its value written plainly; f02 and f03 are the 2nd and 3rd valid rows (index 1 and 2).
    expect(rows.map((r) => r.value)).toEqual([500, 1234.5, 61.9]);
    expect(lines).toEqual([2, 3, 4]);
    expect(checked).toBe(true);
    expect(Object.keys(typed)).toEqual(['value']);
    expect({ ...typed['value'] }).toEqual({ 1: '1.234,5', 2: '61,9' });
  });

  it('the first valid row\'s typed cell is kept when a later row is refused', () => {
    const { typed } = check(funding, csvOf(funding, [f({ value: '1.234,5' }), f({ id: 'f02', measure: 'giai-ngan' })]), refs);
    expect({ ...typed['value'] }).toEqual({ 0: '1.234,5' });
  });

  it('each row holds exactly the columns of its table, in their order', () => {
    const { rows } = check(funding, csvOf(funding, [f()]), refs);
    expect(Object.keys(rows[0]!)).toEqual(funding.fields.map((x) => x.name));
  });
});

describe('numbers by the file\'s delimiter', () => {
  it('a comma-separated file has a decimal point: «460.622» is 460,622', () => {
    expect(check(funding, csvOf(funding, [f({ value: '460.622' })]), refs).rows.map((r) => r.value)).toEqual([460.622]);
  });

  it('an Excel vi-VN export (semicolons) has a decimal comma: «130.595» is 130595 and «61,9» is 61,9', () => {
    const header = funding.fields.map((x) => x.name);
    const line = (over: Record<string, string>) => header.map((n) => (f(over) as Record<string, string>)[n] ?? '').join(';');
    const { rows, issues } = check(funding, `${header.join(';')}\n${line({ value: '130.595' })}\n${line({ id: 'f02', measure: 'disbursed', value: '61,9' })}\n`, refs);
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([130595, 61.9]);
  });

  it('a sign before digits is a sign in a number cell (then refused as negative), a formula in a text cell', () => {
    const { issues } = check(funding, csvOf(funding, [f({ value: '-5', note: '-5%' })]), refs);
    expect(issues.map((i) => [i.column, i.message])).toEqual([
      ['value', 'số âm không hợp lệ: số tiền, số lượng, tỷ lệ không thể nhỏ hơn 0'],
      ['note', 'ô bắt đầu bằng "-" nên Excel sẽ coi là công thức (có thể chạy mã độc khi người khác mở tệp)'],
    ]);
    // 0 is the lowest a figure may be.
    expect(check(funding, csvOf(funding, [f({ value: '0' })]), refs).issues).toEqual([]);
  });

  it('a rate of 100 % is the highest allowed, and allowed', () => {
    const rate = (value: string) => ({
      id: 'p1',
      report_id: 'bg-2023-11-17',
      section: 'I',
      area_id: 'bac-giang',
      population_group: 'dtts_mn',
      poverty_standard: '2016-2020',
      commune_list: '2016-2020',
      measure: 'rate',
      year: '2020',
      value,
      unit: 'percent',
      figure_text: `${value}%`,
      figure_status: 'reported',
    });
    expect(check(poverty, csvOf(poverty, [rate('100')]), refs).issues).toEqual([]);
    expect(check(poverty, csvOf(poverty, [rate('100,01')]), refs).issues.map((i) => i.message)).toEqual(['lớn hơn giá trị cao nhất cho phép (100)']);
  });
});

describe('duplicates', () => {
  it('an id given twice in areas.csv is said once, as a duplicate id (the id is its whole key)', () => {
    const { issues } = check(areas, 'id,name,level,parent_id,note,former_district_id\nbac-giang,Bắc Giang,province,,,\nbac-giang,Bắc Giang,province,,,\n');
    expect(issues.map((i) => [i.line, i.column, i.value, i.message])).toEqual([[3, 'id', 'bac-giang', 'mã dòng này đã dùng ở dòng 2']]);
  });

  it('names the row\'s id on a figure entered twice; withdrawals.csv, without ids, names none', () => {
    const twice = check(funding, csvOf(funding, [f(), f({ id: 'f02' })]), refs).issues;
    expect(twice.map((i) => [i.line, i.column, i.value, i.code])).toEqual([[3, null, 'f02', 'key.duplicate']]);
    const header = withdrawals.fields.map((x) => x.name);
    const row = { row_id: 'bg-2023-11-17-f01', table: 'funding', reason: 'Báo cáo sau đính chính', date: '2024-01-10', decided_by: 'Ban Dân tộc' };
    const line = header.map((n) => (row as Record<string, string>)[n] ?? '').join(',');
    const { issues } = check(withdrawals, `${header.join(',')}\n${line}\n${line}\n`, refs);
    expect(issues.map((i) => [i.line, i.column, i.value, i.code])).toEqual([[3, null, null, 'key.duplicate']]);
  });

  it('two rows whose ids are both mistyped are not said to share one', () => {
    const { issues } = check(funding, csvOf(funding, [f({ id: 'A1' }), f({ id: 'B2', measure: 'allocated' })]), refs);
    expect(issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'pattern.mismatch'],
      [3, 'pattern.mismatch'],
    ]);
    expect(issues[0]!.expected).toMatch(/ Ví dụ: bg-2023-11-17-f01$/);
  });

  it('a figure is not called entered twice when a cell of its key is blank or refused; another cell\'s error does not hide it', () => {
    const blank = check(funding, csvOf(funding, [f({ measure: '' }), f({ id: 'f02', measure: '' })]), refs).issues;
    expect(blank.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'measure', 'cell.required'],
      [3, 'measure', 'cell.required'],
    ]);
    const refused = check(funding, csvOf(funding, [f({ measure: 'giai-ngan' }), f({ id: 'f02', measure: 'giai-ngan' })]), refs).issues;
    expect(refused.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'measure', 'enum.invalid'],
      [3, 'measure', 'enum.invalid'],
    ]);
    // The second row repeats the first's key, and its printed text is blank (figure_text is required, not in the key).
    const both = check(funding, csvOf(funding, [f(), f({ id: 'f02', figure_text: '' })]), refs).issues;
    expect(both.map((i) => [i.line, i.column, i.code])).toEqual([
      [3, 'figure_text', 'cell.required'],
      [3, null, 'key.duplicate'],
    ]);
    const wrong = check(funding, csvOf(funding, [f(), f({ id: 'f02', figure_status: 'sai' })]), refs).issues;
    expect(wrong.map((i) => [i.line, i.column, i.code])).toEqual([
      [3, 'figure_status', 'enum.invalid'],
      [3, null, 'key.duplicate'],
    ]);
  });
});

describe('a line shifted by a "," typed in a cell', () => {
  it('is said once, as the count of its cells: none of its shifted cells is checked against the other files', () => {
    // «3,1» unquoted in section: area_id reads «1», program «bac-giang»… and the last cell (decision_date) is empty.
    const header = funding.fields.map((x) => x.name);
    const cells = header.map((n) => (n === 'section' ? '3,1' : ((f() as Record<string, string>)[n] ?? '')));
    const next = header.map((n) => ((f({ id: 'f02', value: 'nhiều' }) as Record<string, string>)[n] ?? '')).join(',');
    const { issues } = check(funding, `${header.join(',')}\n${cells.join(',')}\n${next}\n`, refs);
    // The next line's own error is at its own line.
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, null, 'csv.width'],
      [3, 'value', 'number.text'],
    ]);
  });
});

describe('what a rule across cells shows of its row', () => {
  const n = (over: Record<string, string>) => ({
    report_id: 'bg-2023-11-17',
    section: '3.3',
    area_id: 'bac-giang',
    period: '2023',
    measure: 'newspaper',
    provider: 'province',
    figure_text: 'x',
    figure_status: 'reported',
    ...over,
  });

  it('the row\'s id for a row without any figure, the cell (blank here) for a quantity without its unit', () => {
    const { issues } = check(ncut, csvOf(ncut, [n({ id: 'n1' }), n({ id: 'n3', period: '2025', quantity_unit: 'copy', persons: '5' })]), refs);
    expect(issues.map((i) => [i.line, i.column, i.value, i.code])).toEqual([
      [2, null, 'n1', 'rule.ncut-empty'],
      [3, 'quantity', '', 'rule.quantity-unit'],
    ]);
  });

  it('a rule over the rows names the right lines when a row before was refused', () => {
    const { issues } = check(
      funding,
      csvOf(funding, [
        f({ id: 'f01', value: 'nhiều' }),
        f({ id: 'f02', measure: 'allocated', value: '100' }),
        f({ id: 'f03', measure: 'disbursed', value: '200' }),
      ]),
      refs,
    );
    expect(issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'number.text'],
      [4, 'rule.disbursed-exceeds'],
    ]);
    expect(issues[1]!.message).toMatch(/ở dòng 3 /);
  });
});

describe('a file whose header lacks a required column', () => {
  it('gives no rows and no lines', () => {
    const { rows, lines } = check(areas, 'id,level\nbac-giang,province\n') as ReturnType<typeof check> & { lines: number[] };
    expect(rows).toEqual([]);
    expect(lines).toEqual([]);
  });
});

/** One validator fed a header and records of CSV text (lines counted from that text's header). */
function validated(def: TableDef, text: string) {
  const validator = tableValidator(def, `data/${def.file}`, refs);
  const readIssues = readCsv(new TextEncoder().encode(text), `data/${def.file}`, def.fields.map((x) => x.name).join(','), validator);
  return { validator, readIssues };
}

describe("a large file's second half, read on another thread and taken back", () => {
  const header = csvOf(funding, []).trimEnd();
  const lines = (rows: Record<string, string>[]) => csvOf(funding, rows).trimEnd().split('\n').slice(1);
  const first = lines([f({ id: 'f01' }), f({ id: 'f02', measure: 'allocated', value: '1.234,5' })]);
  const second = lines([f({ id: 'f03', measure: 'disbursed', value: '500' }), f({ id: 'f04', measure: 'unallocated', value: '61,9' })]);

  it('gives the rows, lines and typed cells reading the whole file gives', () => {
    const whole = validated(funding, [header, ...first, ...second].join('\n') + '\n').validator.finish();
    const main = validated(funding, [header, ...first].join('\n') + '\n').validator;
    // The second half's text starts with the header again; its rows are lines 4 and 5 of the file: offset 2.
    const tail = validated(funding, [header, ...second].join('\n') + '\n').validator.columnsRead(2);
    expect(tail).not.toBeNull();
    expect(tail!.count).toBe(2);
    expect([...tail!.lines]).toEqual([4, 5]);
    main.adopt(tail!);
    const joined = main.finish();
    expect(joined.lines).toEqual([2, 3, 4, 5]);
    expect(joined.rows).toStrictEqual(whole.rows);
    expect(joined.rows.map((r) => [r.id, r.value, r.note])).toEqual([
      ['f01', 130595, null],
      ['f02', 1234.5, null],
      ['f03', 500, null],
      ['f04', 61.9, null],
    ]);
    expect({ ...joined.typed['value'] }).toEqual({ 1: '1.234,5', 3: '61,9' });
    expect(joined.issues).toEqual([]);
  });

  it('finds an id used in both halves, naming both lines', () => {
    const main = validated(funding, [header, ...first].join('\n') + '\n').validator;
    // f01 again as the second row of the second half: line 5.
    const again = lines([f({ id: 'f03', measure: 'disbursed', value: '500' }), f({ id: 'f01', measure: 'unallocated' })]);
    main.adopt(validated(funding, [header, ...again].join('\n') + '\n').validator.columnsRead(2)!);
    const { issues, rows } = main.finish();
    expect(rows.map((r) => r.id)).toEqual(['f01', 'f02', 'f03']);
    expect(issues.map((i) => [i.line, i.column, i.value, i.message])).toEqual([[5, 'id', 'f01', 'mã dòng này đã dùng ở dòng 2']]);
  });

  it('finds a figure entered in both halves, naming both lines', () => {
    const main = validated(funding, [header, ...first].join('\n') + '\n').validator;
    const again = lines([f({ id: 'f05', measure: 'allocated' })]);
    main.adopt(validated(funding, [header, ...again].join('\n') + '\n').validator.columnsRead(2)!);
    const { issues } = main.finish();
    expect(issues.map((i) => [i.line, i.value, i.code])).toEqual([[4, 'f05', 'key.duplicate']]);
    expect(issues[0]!.message).toMatch(/^số liệu này đã nhập ở dòng 3 /);
  });

  it('is not taken when any of its rows had a problem (the whole file is then read on one thread)', () => {
    const bad = lines([f({ id: 'f03', measure: 'disbursed', value: 'nhiều' })]);
    expect(validated(funding, [header, ...bad].join('\n') + '\n').validator.columnsRead(2)).toBeNull();
    // A file with no usable header has no rows to give.
    expect(validated(funding, 'id,value\nf03,500\n').validator.columnsRead(2)).toBeNull();
  });
});
