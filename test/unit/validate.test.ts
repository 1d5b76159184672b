import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/data/suggest.ts';
import { areas, funding, ncut, poverty, reports } from '../../src/data/tables/index.ts';
import { check, csvOf, only } from './helpers.ts';

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

const codes = (issues: readonly { code: string; line: number | null; column: string | null }[]) =>
  issues.map((i) => `${i.line}:${i.column}:${i.code}`);

describe('header', () => {
  it('names the missing required columns and lists the expected header; does not check rows then', () => {
    const { issues, rows, checked } = check(areas, 'id,nam,level\nbac-giang,Bắc Giang,province\n');
    expect(checked).toBe(false);
    expect(rows).toEqual([]);
    expect(codes(issues)).toEqual([
      '1:nam:header.unknown',
      '1:name:header.missing',
      '1:parent_id:header.optional-missing',
      '1:note:header.optional-missing',
      '1:former_district_id:header.optional-missing',
    ]);
    expect(issues[0]?.fix).toBe('có phải "name"? Sửa tên cột cho đúng');
    expect(issues[1]?.expected).toBe('dòng tiêu đề: id,name,level,parent_id,note,former_district_id');
    expect(issues.filter((i) => i.severity === 'warning')).toHaveLength(3);
  });

  it('reports duplicate and unnamed columns', () => {
    const { issues } = check(areas, 'id,name,level,name,,parent_id,note,former_district_id\na,b,province,c,d,,,\n');
    expect(codes(issues)).toEqual(['1:name:header.duplicate', '1:null:header.blank']);
    expect(issues[0]?.message).toBe('cột "name" xuất hiện hai lần (cột B và cột D)');
    expect(issues[1]?.message).toBe('cột E không có tên');
  });

  it('names an unknown column given twice at its first place', () => {
    const { issues } = check(areas, 'id,name,level,ten,parent_id,ten,note,former_district_id\na,b,province,c,,d,,\n');
    expect(codes(issues)).toEqual(['1:ten:header.duplicate', '1:ten:header.unknown']);
    expect(issues[0]?.message).toBe('cột "ten" xuất hiện hai lần (cột D và cột F)');
  });

  it('reads a header of 100,000 unknown columns in linear time: one error each, the missing ones named', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
    const started = performance.now();
    const { issues, checked } = check(areas, `${names.join(',')}\n${names.map(() => '1').join(',')}\n`);
    // A list lookup per column made this about 13 s on these machines; a map, about 1 s. Generous for a busy machine.
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(checked).toBe(false);
    expect(issues.filter((i) => i.code === 'header.unknown')).toHaveLength(100_000);
    expect(issues.filter((i) => i.code === 'header.missing').map((i) => i.column)).toEqual(['id', 'name', 'level']);
  });

  it('reads the columns in any order, optional columns may be left out', () => {
    const { issues, rows } = check(areas, 'level,name,id\nprovince,Bắc Giang,bac-giang\n');
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(rows).toEqual([{ id: 'bac-giang', name: 'Bắc Giang', level: 'province', parent_id: null, note: null, former_district_id: null }]);
  });
});

describe('cells', () => {
  it('reports every problem of a file at once, with line, column and value', () => {
    const { issues, rows } = check(
      funding,
      csvOf(funding, [
        f({ id: 'A1', value: '1,234' }),
        f({ id: 'f02', measure: 'disbursed', value: '' }),
        f({ id: 'f03', program: 'Chương trình 1719', capital_type: 'DTPT' }),
      ]),
      refs,
    );
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.line, i.column, i.value, i.code])).toEqual([
      [2, 'id', 'A1', 'pattern.mismatch'],
      [2, 'value', '1,234', 'number.ambiguous'],
      [3, 'value', null, 'cell.required'],
      [4, 'program', 'Chương trình 1719', 'enum.invalid'],
      [4, 'capital_type', 'DTPT', 'enum.invalid'],
    ]);
    // What the column is for, and an example; a code column lists its codes instead.
    expect(issues[2]).toMatchObject({
      message: 'ô bắt buộc đang trống',
      expected: 'Giá trị — Số thuần (dấu chấm thập phân, không dấu phân cách hàng nghìn), theo đơn vị ở cột unit (ví dụ: 130595)',
    });
    const blankCode = check(funding, csvOf(funding, [f({ capital_type: '' })]), refs).issues;
    expect(blankCode.map((i) => [i.column, i.code])).toEqual([['capital_type', 'cell.required']]);
    expect(blankCode[0]!.expected).toMatch(/^Loại vốn — .+; một trong: all \(Tổng \(ĐTPT \+ SN\)\), dtpt \(Vốn đầu tư phát triển\), sn \(Vốn sự nghiệp\), credit \(Vốn tín dụng chính sách\)$/);
    expect(issues[4]?.fix).toBe('có phải "dtpt" (Vốn đầu tư phát triển)? Ghi đúng mã như trong danh sách');
    expect(issues[4]?.expected).toBe(
      'một trong: all (Tổng (ĐTPT + SN)), dtpt (Vốn đầu tư phát triển), sn (Vốn sự nghiệp), credit (Vốn tín dụng chính sách)',
    );
  });

  it('a "," typed in a number shifts the rest of the line: the cell count is said first, and only it', () => {
    // "12,5" unquoted: the line has one cell more than the header, and its last cell (note) was empty, so it reads
    // as Excel's trailing empty cells would — but unit then holds "5" and figure_text "mvnd".
    const header = funding.fields.map((x) => x.name);
    const cells = header.map((name) => (name === 'value' ? '12,5' : (f() as Record<string, string>)[name] ?? ''));
    const { issues, rows } = check(funding, `${header.join(',')}\n${cells.join(',')}\n`, refs);
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.line, i.column, i.code])).toEqual([[2, null, 'csv.width']]);
    expect(issues[0]!.message).toBe(`dòng có ${header.length + 1} ô nhưng dòng tiêu đề có ${header.length} cột (1 ô cuối trống, và các ô trước đó đã bị lệch cột)`);
    // Empty cells beyond the header on a line that is right are still read as Excel writes them.
    const fine = check(funding, `${header.join(',')}\n${header.map((name) => (f() as Record<string, string>)[name] ?? '').join(',')},,\n`, refs);
    expect(fine.issues).toEqual([]);
    expect(fine.rows).toHaveLength(1);
  });

  it('suggests an enum code from its Vietnamese label', () => {
    const { issues } = check(areas, 'id,name,level\nbac-giang,Bắc Giang,Tỉnh\n');
    expect(only(issues, 'enum.invalid')[0]?.fix).toBe('có phải "province" (Tỉnh)? Ghi đúng mã như trong danh sách');
  });

  it('types the values: numbers by format, dates to ISO, blanks to null', () => {
    const { issues, rows } = check(funding, csvOf(funding, [f({ value: '1.234,5', as_of: '15/11/2023', note: '  ghi  chú ' })]), refs);
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ value: 1234.5, as_of: '2023-11-15', project_id: null, note: 'ghi chú' });
  });

  it('checks min and max', () => {
    const { issues } = check(
      poverty,
      csvOf(poverty, [
        {
          id: 'p1',
          report_id: 'bg-2023-11-17',
          section: 'I',
          area_id: 'bac-giang',
          population_group: 'dtts_mn',
          poverty_standard: '2016-2020',
          commune_list: '2016-2020',
          measure: 'rate',
          year: '2020',
          value: '120',
          unit: 'percent',
          figure_text: '120%',
          figure_status: 'reported',
        },
      ]),
      refs,
    );
    expect(issues.map((i) => [i.column, i.code, i.message])).toEqual([['value', 'number.max', 'lớn hơn giá trị cao nhất cho phép (100)']]);
  });
});

describe('references and duplicates', () => {
  it('suggests the nearest id, also from a name typed instead of the id', () => {
    const { issues } = check(
      funding,
      csvOf(funding, [
        f({ area_id: 'son-dog' }),
        f({ id: 'f02', area_id: 'Sơn Động', measure: 'allocated' }),
        f({ id: 'f03', area_id: 'ha-noi', measure: 'unallocated' }),
      ]),
      refs,
    );
    expect(issues.map((i) => [i.line, i.value, i.fix])).toEqual([
      [2, 'son-dog', 'nếu là địa bàn mới, thêm địa bàn này vào areas.csv trước; nếu gõ nhầm, có phải "son-dong" (Sơn Động)?'],
      [3, 'Sơn Động', 'nếu là địa bàn mới, thêm địa bàn này vào areas.csv trước; nếu gõ nhầm, có phải "son-dong" (Sơn Động)?'],
      [4, 'ha-noi', 'sửa mã cho đúng, hoặc thêm địa bàn này vào areas.csv trước'],
    ]);
    expect(issues[0]?.message).toBe('không có địa bàn này trong areas.csv');
  });

  it('checks references to the same table (areas.parent_id)', () => {
    const { issues, index } = check(
      areas,
      'id,name,level,parent_id,note,former_district_id\nbac-giang,Bắc Giang,province,,,\nson-dong,Sơn Động,district,bac-giang,,\nx,X,district,bac-gaing,,\n',
    );
    expect(codes(issues)).toEqual(['4:parent_id:ref.unknown']);
    expect(issues[0]?.fix).toBe('nếu là địa bàn mới, thêm địa bàn này vào areas.csv trước; nếu gõ nhầm, có phải "bac-giang" (Bắc Giang)?');
    expect([...index]).toEqual([
      ['bac-giang', 'Bắc Giang'],
      ['son-dong', 'Sơn Động'],
      ['x', 'X'],
    ]);
  });

  it('skips references to a table that could not be read', () => {
    expect(check(funding, csvOf(funding, [f({ area_id: 'anything' })]), { reports: REPORTS, projects: PROJECTS }).issues).toEqual([]);
  });

  it('gives both lines of a duplicate id and of a figure entered twice', () => {
    const { issues, rows } = check(funding, csvOf(funding, [f(), f({ measure: 'allocated' }), f({ id: 'f03' })]), refs);
    expect(rows.map((r) => r.measure)).toEqual(['assigned']);
    expect(issues.map((i) => [i.line, i.code, i.message])).toEqual([
      [3, 'id.duplicate', 'mã dòng này đã dùng ở dòng 2'],
      [
        4,
        'key.duplicate',
        'số liệu này đã nhập ở dòng 2 (trùng report_id=bg-2023-11-17, area_id=bac-giang, program=ntp1719, fund_year=2023, budget_source=all, capital_type=all, measure=assigned)',
      ],
    ]);
  });
});

describe('rules across cells', () => {
  it('funding: percent iff disbursement rate', () => {
    const { issues } = check(
      funding,
      csvOf(funding, [f({ measure: 'disbursement_rate', unit: 'mvnd', value: '40.7' }), f({ id: 'f02', unit: 'percent' })]),
      refs,
    );
    expect(issues.map((i) => [i.line, i.column, i.code, i.fix])).toEqual([
      [2, 'unit', 'rule.unit', 'ghi unit = percent'],
      [3, 'unit', 'rule.unit', 'ghi unit = mvnd'],
    ]);
  });

  it('funding: disbursed may not exceed allocated, else assigned (undated plan figures count at any date)', () => {
    const rows = [
      f({ id: 'f01', measure: 'assigned', value: '1000' }),
      f({ id: 'f02', measure: 'disbursed', value: '1200', as_of: '2023-11-15' }),
      f({ id: 'f03', measure: 'assigned', value: '1000', fund_year: '2024' }),
      f({ id: 'f04', measure: 'allocated', value: '1500', fund_year: '2024', as_of: '2023-11-15' }),
      f({ id: 'f05', measure: 'disbursed', value: '1200', fund_year: '2024', as_of: '2023-11-15' }),
      f({ id: 'f06', measure: 'assigned', value: '10', fund_year: '2022' }),
      f({ id: 'f07', measure: 'disbursed', value: '20', fund_year: '2022', figure_status: 'malformed' }),
    ];
    const { issues } = check(funding, csvOf(funding, rows), refs);
    expect(issues.map((i) => [i.line, i.column, i.value, i.code, i.message])).toEqual([
      [
        3,
        'value',
        '1200',
        'rule.disbursed-exceeds',
        'số đã giải ngân 1.200 lớn hơn vốn giao (kế hoạch) 1.000 ở dòng 2 (cùng báo cáo, địa bàn, năm vốn, nguồn vốn, loại vốn, dự án)',
      ],
    ]);
  });

  it('poverty: rates have unit percent and no base year; decreases need an earlier base year', () => {
    const p = (over: Record<string, string>) => ({
      id: over.id!,
      report_id: 'bg-2023-11-17',
      section: 'I',
      area_id: 'bac-giang',
      population_group: 'dtts_mn',
      poverty_standard: '2016-2020',
      commune_list: '2016-2020',
      year: '2020',
      value: '5',
      figure_text: '5%',
      figure_status: 'reported',
      ...over,
    });
    const { issues } = check(
      poverty,
      csvOf(poverty, [
        p({ id: 'p1', measure: 'rate', unit: 'pp', year_from: '2015' }),
        p({ id: 'p2', measure: 'decrease_avg_per_year', unit: 'pp_per_year' }),
        p({ id: 'p3', measure: 'decrease_yoy', unit: 'pp', year_from: '2020', year: '2020' }),
        p({ id: 'p4', measure: 'decrease_avg_per_year', unit: 'percent', year_from: '2015' }),
        p({ id: 'p5', measure: 'decrease_yoy', unit: 'pp', year_from: '2021', year: '2022' }),
      ]),
      refs,
    );
    expect(codes(issues)).toEqual([
      '2:unit:rule.unit',
      '2:year_from:rule.year-from-blank',
      '3:year_from:rule.year-from-required',
      '4:year_from:rule.year-order',
      '5:unit:rule.unit',
    ]);
  });

  it('ncut: some figure, and a quantity with its unit', () => {
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
    const { issues } = check(
      ncut,
      csvOf(ncut, [
        n({ id: 'n1' }),
        n({ id: 'n2', period: '2024', quantity: '20016' }),
        n({ id: 'n3', period: '2025', quantity_unit: 'copy', persons: '5' }),
      ]),
      refs,
    );
    expect(codes(issues)).toEqual(['2:null:rule.ncut-empty', '3:quantity_unit:rule.quantity-unit', '4:quantity:rule.quantity-unit']);
  });

  it('ncut: more persons supported than the area counts is a warning naming the count, unless the report counts person-times', () => {
    const n = (over: Record<string, string>) => ({ report_id: 'bg-2023-11-17', section: '3.3', area_id: 'bac-giang', provider: 'province', figure_status: 'reported', ...over });
    const { issues, rows } = check(
      ncut,
      csvOf(ncut, [
        n({ id: 'n1', period: '2023-2027', measure: 'count', persons: '523', figure_text: '523 người' }),
        n({ id: 'n2', period: '2024', measure: 'tet_gift', persons: '1254', figure_text: '1.254 người' }),
        n({ id: 'n3', period: '2023', measure: 'tet_gift', persons: '523', figure_text: '523 người' }),
        n({ id: 'n4', period: '2023', measure: 'training', persons: '900', figure_text: '900 lượt người' }),
        n({ id: 'n5', period: '2023', measure: 'sick_visit', persons: '600', figure_text: '600 người' }),
      ]),
      refs,
    );
    // Walk-through 9: Tết gifts to 1.254 beside a count of 523. A visit or a training counted in person-times is not.
    expect(issues.map((i) => [i.line, i.column, i.code, i.severity, i.message])).toEqual([
      [3, 'persons', 'rule.support-exceeds-count', 'warning', '1.254 người được hỗ trợ, nhiều hơn số người có uy tín của địa bàn (523 người, dòng 2)'],
    ]);
    // A warning keeps its row in the data (only an error takes a row out).
    expect(rows.map((r) => r.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
  });

  it('a period an English Excel turned into words ("Nov-23") is said to be Excel\'s doing, with the month to type as Text', () => {
    const row = { id: 'n1', report_id: 'bg-2023-11-17', section: '3.3', area_id: 'bac-giang', period: 'Nov-23', measure: 'newspaper', provider: 'province', persons: '5', figure_text: '5 người', figure_status: 'reported' };
    const { issues } = check(ncut, csvOf(ncut, [row]), refs);
    const [issue] = issues.filter((i) => i.severity === 'error');
    expect([issue!.code, issue!.column, issue!.value]).toEqual(['cell.excel-month', 'period', 'Nov-23']);
    expect(issue!.message).toBe('Excel tiếng Anh đã đổi tháng 2023-11 thành chữ khi mở tệp CSV; có phải 2023-11?');
    expect(issue!.fix).toContain('định dạng cả cột là Text');
  });

  it('reports: the period may not end before it starts (partial dates compare as periods)', () => {
    const r = (id: string, start: string, end: string) => ({
      id,
      issuer: 'Ban Dân tộc',
      issuer_area_id: 'bac-giang',
      doc_type: 'monthly',
      date: '2023-11-17',
      period_start: start,
      period_end: end,
      title: 'Báo cáo',
      source_file: 'a.txt',
    });
    const { issues } = check(
      reports,
      csvOf(reports, [r('a', '2021', '2023-11'), r('b', '2023-11', '2023'), r('c', '2023-12', '2023-11')]),
      refs,
    );
    expect(codes(issues)).toEqual(['4:period_end:rule.period-order']);
  });
});

describe('areas: a commune\'s former district (former_district_id)', () => {
  it('is a district, on a commune that now sits elsewhere: not on a province or district, not its own parent again', () => {
    const csv = [
      'id,name,level,parent_id,note,former_district_id',
      'bac-giang,Bắc Giang,province,,,', // 2
      'son-dong,Sơn Động,district,bac-giang,,', // 3
      'luc-nam,Lục Nam,district,bac-giang,,son-dong', // 4: a district with a former district
      'tay-yen-tu,Tây Yên Tử,commune,bac-giang,,son-dong', // 5: fine, formed 1/7/2025 out of Sơn Động
      'an-lac,An Lạc,commune,son-dong,,son-dong', // 6: still under Sơn Động
      'van-son,Vân Sơn,commune,bac-giang,,bac-kan', // 7: a province is no former district
      'tuan-dao,Tuấn Đạo,commune,bac-giang,,tay-yen-tu', // 8: nor a commune
      'bac-kan,Bắc Kạn,province,,,', // 9
    ].join('\n');
    const { issues, rows } = check(areas, csv + '\n');
    expect(codes(issues)).toEqual(['4:former_district_id:rule.area-former', '6:former_district_id:rule.area-former', '7:former_district_id:rule.area-former', '8:former_district_id:rule.area-former']);
    expect(rows.map((r) => r.id)).toEqual(['bac-giang', 'son-dong', 'tay-yen-tu', 'bac-kan']);
    const at = (line: number) => issues.find((i) => i.line === line)!;
    expect(at(4).message).toBe('chỉ xã mới ghi huyện cũ (former_district_id)');
    expect(at(6).fix).toBe('xóa ô former_district_id; huyện cũ chỉ ghi cho xã thuộc thẳng tỉnh từ 1/7/2025');
    expect(at(7).message).toBe('huyện cũ ghi mã một tỉnh, không phải một huyện');
    expect(at(8).message).toBe('huyện cũ ghi mã một xã, không phải một huyện');
    expect(at(8).severity).toBe('error');
  });
});

describe('areas: each area sits under the level above it', () => {
  it('refuses a province with a parent, a district or commune without one, a self-parent and a parent of the wrong level, which would make a loop (a commune may sit under its province)', () => {
    const csv = [
      'id,name,level,parent_id,note,former_district_id',
      'bac-giang,Bắc Giang,province,,,', // 2: fine
      'bac-kan,Bắc Kạn,province,bac-giang,,', // 3: a province under a province
      'son-dong,Sơn Động,district,bac-giang,,', // 4: fine
      'yen-dung,Yên Dũng,district,,,', // 5: no parent
      'luc-nam,Lục Nam,district,luc-nam,,', // 6: itself
      'an-lac,An Lạc,commune,son-dong,,', // 7: fine
      'thanh-son,Thanh Sơn,commune,bac-giang,,', // 8: fine, a commune straight under its province (no districts since 7/2025)
      'a,A,district,b,,', // 9 and 10: each other's parent, a loop
      'b,B,district,a,,',
      'c,C,commune,an-lac,,', // 11: a commune under a commune
    ].join('\n');
    const { issues, rows } = check(areas, csv + '\n');
    expect(codes(issues)).toEqual([
      '3:parent_id:rule.area-parent',
      '5:parent_id:rule.area-parent',
      '6:parent_id:rule.area-parent',
      '9:parent_id:rule.area-parent-level',
      '10:parent_id:rule.area-parent-level',
      '11:parent_id:rule.area-parent-level',
    ]);
    expect(rows.map((r) => r.id)).toEqual(['bac-giang', 'son-dong', 'an-lac', 'thanh-son']);
    const loop = issues.find((i) => i.line === 9)!;
    expect(loop.message).toBe('huyện ghi thuộc b, nhưng b là huyện');
    expect(loop.expected).toBe('mã một tỉnh (level = province)');
    expect(issues.find((i) => i.line === 5)!.message).toBe('huyện chưa ghi thuộc tỉnh nào');
    expect(issues.find((i) => i.line === 6)!.message).toBe('địa bàn ghi chính nó là cấp trên của nó');
  });
});

describe('units of measures, from the definitions', () => {
  it.each([funding, poverty])('every measure of $name names a unit its unit column allows', (def) => {
    const measure = def.fields.find((f) => f.name === 'measure');
    const unit = def.fields.find((f) => f.name === 'unit');
    if (measure?.type !== 'enum' || unit?.type !== 'enum') throw new Error('measure and unit are enums');
    expect(Object.keys(measure.units ?? {}).sort()).toEqual([...measure.values].sort());
    for (const u of Object.values(measure.units ?? {})) expect(unit.values).toContain(u);
  });
});

describe('suggest', () => {
  it('finds typos, transpositions and labels, ASCII-folded', () => {
    expect(suggest('valeu', ['value', 'unit'])).toBe('value');
    expect(suggest('Area ID', ['area_id', 'as_of'])).toBe('area_id');
    expect(suggest('đồng', ['dong', 'x'])).toBe('dong');
    expect(suggest('Huyện', ['province', 'district'], (v) => ({ province: 'Tỉnh', district: 'Huyện' })[v])).toBe('district');
    expect(suggest('hoàn toàn khác', ['value', 'unit'])).toBeNull();
  });
});

describe('a code copied with its meaning', () => {
  it('"count = Số người có uy tín" is refused, offering the code before "="', () => {
    const row = { id: 'n1', report_id: 'bg-2023-11-17', section: '3.3', area_id: 'bac-giang', period: '2024', measure: 'count = Số người có uy tín', provider: 'province', persons: '140', figure_text: '140 người', figure_status: 'reported' };
    const { issues } = check(ncut, csvOf(ncut, [row]), refs);
    const [issue] = issues.filter((i) => i.severity === 'error');
    expect([issue!.code, issue!.column]).toEqual(['enum.invalid', 'measure']);
    expect(issue!.fix).toContain('"count"');
  });
});
