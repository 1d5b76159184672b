/**
 * The core of the data check as staff and readers meet it: the rules across a row's cells and a table's rows
 * (rules.ts, the messages of `npm run check`), the report `npm run check` prints (report.ts), the CSV reader
 * (read.ts), and the reconciliation's shared pieces (reconcile/index.ts, helpers.ts, observations.ts,
 * disbursement-rate.ts: the findings on /du-lieu/chat-luong/). Each case is one a mutant of those files left
 * open (docs/mutation.md, «The last `src/data` files with counts»); rows are built here and every expected
 * sentence and figure is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { issue, type Issue } from '../../src/data/messages.ts';
import { reconcile, type Discrepancy } from '../../src/data/reconcile/index.ts';
import { formatReport, formNotes } from '../../src/data/report.ts';
import { areas, funding, ncut, reports as reportsDef, TABLES } from '../../src/data/tables/index.ts';
import { check, csvOf, readAll } from './helpers.ts';
import { checks, fund, person, poor, report, tables } from './reconcile-rows.ts';

describe('disbursement-rate: the sentence a reader sees', () => {
  const rate = (value: number, text: string, over = {}) =>
    fund({ measure: 'disbursement_rate', unit: 'percent', value, figure_text: text, as_of: '2023-06-30', ...over });
  const disbursed = (value: number, over = {}) => fund({ measure: 'disbursed', value, as_of: '2023-06-30', ...over });

  it('names the disbursed amount and the base by their labels: 50 / 200 = 25 %, not the 30 % printed', () => {
    const allocated = tables({ funding: [fund({ measure: 'allocated', value: 200 }), disbursed(50), rate(30, '30%')] });
    expect(checks(allocated, 'disbursement-rate').map((d) => d.message)).toEqual([
      'Báo cáo r1 (mục 1) nêu tỷ lệ giải ngân 30%, nhưng đã giải ngân 50 / vốn đã phân bổ 200 = 25%.',
    ]);
    // No allocation in the report: the assigned funds are the base, named as such.
    const assigned = tables({ funding: [fund({ measure: 'assigned', value: 200 }), disbursed(50), rate(30, '30%')] });
    expect(checks(assigned, 'disbursement-rate').map((d) => d.message)).toEqual([
      'Báo cáo r1 (mục 1) nêu tỷ lệ giải ngân 30%, nhưng đã giải ngân 50 / vốn giao (kế hoạch) 200 = 25%.',
    ]);
  });

  it('a base of 0 gives no rate to compare: no finding', () => {
    const t = tables({ funding: [fund({ measure: 'allocated', value: 0 }), disbursed(0), rate(0, '0%')] });
    expect(checks(t, 'disbursement-rate')).toEqual([]);
  });

  it('a bound printed to a tenth is held within ten tenths: «trên 75,5%» for 76 % is right, «trên 74,5%» is not', () => {
    // 76 / 100 = 76 %: «trên 75,5%» leaves 0,5 point; «trên 74,5%» 1,5 points, more than 10 × 0,1.
    const t = (value: number, text: string) => tables({ funding: [fund({ measure: 'allocated', value: 100 }), disbursed(76), rate(value, text)] });
    expect(checks(t(75.5, 'đạt trên 75,5%'), 'disbursement-rate')).toEqual([]);
    expect(checks(t(74.5, 'đạt trên 74,5%'), 'disbursement-rate')).toMatchObject([{ expected: 76, actual: 74.5 }]);
  });

  it('a figure the report misprinted is named after the sentence, as a possible cause', () => {
    const allocated = fund({ measure: 'allocated', value: 200, figure_status: 'malformed', note: 'in 2.00' });
    const t = tables({ funding: [allocated, disbursed(50), rate(30, '30%')] });
    expect(checks(t, 'disbursement-rate').map((d) => d.message)).toEqual([
      `Báo cáo r1 (mục 1) nêu tỷ lệ giải ngân 30%, nhưng đã giải ngân 50 / vốn đã phân bổ 200 = 25%. Trong các số trên có số báo cáo in sai (mã dòng ${allocated.id as string}; xem ghi chú của dòng), có thể là nguyên nhân.`,
    ]);
  });

  it('two findings have two anchors on /du-lieu/chat-luong/ (their ids differ), the same rows in any order one', () => {
    const rows = (area_id: string) => [fund({ area_id, measure: 'allocated', value: 200 }), disbursed(50, { area_id }), rate(30, '30%', { area_id })];
    const [p, d1] = [rows('p'), rows('d1')];
    const found = checks(tables({ funding: [...p, ...d1] }), 'disbursement-rate');
    expect(found).toHaveLength(2);
    expect(found[0]!.id).toMatch(/^disbursement-rate-[0-9a-z]+$/);
    expect(found[1]!.id).toMatch(/^disbursement-rate-[0-9a-z]+$/);
    expect(found[0]!.id).not.toBe(found[1]!.id);
    expect(checks(tables({ funding: [...d1.toReversed(), ...p.toReversed()] }), 'disbursement-rate').map((d) => d.id).toSorted()).toEqual(
      found.map((d) => d.id).toSorted(),
    );
  });
});

describe('poverty-decrease: «khoảng» held within one unit and the rates’ own rounding', () => {
  const rate = (year: number, value: number, text: string) => poor({ year, value, figure_text: text });
  const fall = poor({ measure: 'decrease_yoy', unit: 'pp', year_from: 2019, year: 2020, value: 3, figure_text: 'khoảng 3%' });
  const decreases = (to: number, text: string) => checks(tables({ poverty: [fall, rate(2019, 10, '10,00%'), rate(2020, to, text)] }), 'poverty-decrease');

  it('«giảm khoảng 3%» for 10,00% → 6,00% (4 points) is right: one unit, plus half a hundredth of each rate', () => {
    // 3 ± (1 + (0,01 + 0,01) / 2) = 1,99 to 4,01: 4 is inside.
    expect(decreases(6, '6,00%')).toEqual([]);
  });

  it('«giảm khoảng 3%» for 10,00% → 5,98% (4,02 points) is found', () => {
    expect(decreases(5.98, '5,98%')).toMatchObject([{ expected: 4, actual: 3 }]);
  });
});

describe('reconcile: a table with errors', () => {
  it('a check that needs reports.csv does not run while reports.csv has an error, even on clean funding rows', () => {
    // Disbursed 100 by 15/11, then 90 by 20/11 in another report: a running total that falls, when the reports are clean.
    const reports = [report({}), report({ id: 'r2', date: '2023-11-30' })];
    const funding = [fund({ measure: 'disbursed', value: 100, as_of: '2023-11-15' }), fund({ report_id: 'r2', measure: 'disbursed', value: 90, as_of: '2023-11-20' })];
    const t = tables({ reports, funding });
    const all = new Set(TABLES.map((d) => d.name));
    expect(reconcile(t, all).filter((d) => d.check === 'observation-history')).toHaveLength(1);
    const withoutReports = new Set([...all].filter((name) => name !== 'reports'));
    expect(reconcile(t, withoutReports).filter((d) => d.check === 'observation-history')).toEqual([]);
  });
});

describe('observation-history: a figure one report left blank', () => {
  const reports = [report({}), report({ id: 'r2', date: '2023-11-30' })];

  it('an earlier report that left the quantity blank, a later one that gives it at an earlier date: no finding', () => {
    // r1 (17/11): 30 persons, no quantity, as of 15/11; r2 (30/11): 30 persons and 12 tonnes as of 10/11.
    // The persons agree and r1 gives no quantity to compare: nothing for /du-lieu/chat-luong/.
    const rows = [
      person({ persons: 30, as_of: '2023-11-15' }),
      person({ report_id: 'r2', persons: 30, quantity: 12, quantity_unit: 'ton', as_of: '2023-11-10' }),
    ];
    expect(checks(tables({ reports, ncut: rows }), 'observation-history')).toEqual([]);
  });
});

describe('the rules across cells, as npm run check says them', () => {
  const refs = { areas: new Map([['bac-giang', 'Bắc Giang']]), reports: new Map([['bg-2023-11-17', 'Ban Dân tộc tỉnh Bắc Giang, 2023-11-17']]) };
  const at = (issues: readonly Issue[]) => issues.map((i) => [i.line, i.column, i.code, i.message]);

  it('a disbursement rate typed in million đồng is pointed at its unit cell', () => {
    const row = {
      id: 'f01', report_id: 'bg-2023-11-17', section: '3.1', area_id: 'bac-giang', program: 'ntp1719', fund_year: '2023', budget_source: 'all',
      capital_type: 'all', measure: 'disbursement_rate', value: '78.8', unit: 'mvnd', figure_text: '78,8%', figure_status: 'reported',
    };
    expect(at(check(funding, csvOf(funding, [row]), refs).issues)).toEqual([[2, 'unit', 'rule.unit', 'đơn vị không hợp với chỉ tiêu "disbursement_rate"']]);
  });

  it('a report about one day (period 15/11/2023 to 15/11/2023) is no period ending before it starts', () => {
    const r = { id: 'a', issuer: 'Ban Dân tộc', issuer_area_id: 'bac-giang', doc_type: 'monthly', date: '2023-11-17', title: 'Báo cáo', source_file: 'a.txt' };
    const { issues, rows } = check(reportsDef, csvOf(reportsDef, [{ ...r, period_start: '2023-11-15', period_end: '2023-11-15' }]), refs);
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(1);
  });

  it('a province with a parent is told so, not taken for a district without one', () => {
    const csv = ['id,name,level,parent_id,note,former_district_id', 'bac-giang,Bắc Giang,province,,,', 'bac-kan,Bắc Kạn,province,bac-giang,,'].join('\n');
    const { issues } = check(areas, csv + '\n');
    expect(issues.map((i) => [i.line, i.column, i.message, i.fix])).toEqual([
      [3, 'parent_id', 'tỉnh không có địa bàn cấp trên', 'xóa parent_id của dòng tỉnh; nếu đây là huyện, sửa level = district'],
    ]);
  });

  describe('support rows (ncut.csv)', () => {
    const n = (over: Record<string, string>) => ({
      report_id: 'bg-2023-11-17', section: '3.3', area_id: 'bac-giang', provider: 'province', figure_status: 'reported', period: '2023', ...over,
    });

    it('a row giving only an amount is a figure; a quantity without its unit is said as that', () => {
      const { issues, rows } = check(
        ncut,
        csvOf(ncut, [
          n({ id: 'n1', measure: 'newspaper', amount_mvnd: '120', figure_text: '120 triệu đồng' }),
          n({ id: 'n2', measure: 'newspaper', period: '2024', quantity: '20016', figure_text: '20.016 tờ' }),
        ]),
        refs,
      );
      expect(at(issues)).toEqual([[3, 'quantity_unit', 'rule.quantity-unit', 'có số lượng nhưng chưa ghi đơn vị']]);
      expect(rows.map((r) => r.id)).toEqual(['n1']);
    });

    const count = (id: string, persons: string, period: string) => n({ id, measure: 'count', persons, period, figure_text: `${persons} người` });
    const gift = (persons: string) => n({ id: 'g1', measure: 'tet_gift', persons, period: '2024', figure_text: `${persons} người` });
    const warnings = (rows: Record<string, string>[]) => at(check(ncut, csvOf(ncut, rows), refs).issues);

    it('Tết gifts to 550 are within the larger of two counts (523 and 600), in either order', () => {
      expect(warnings([count('c1', '600', '2023'), count('c2', '523', '2024'), gift('550')])).toEqual([]);
      expect(warnings([count('c1', '523', '2023'), count('c2', '600', '2024'), gift('550')])).toEqual([]);
    });

    it('beyond both, the warning names the first of two equal counts, on line 2', () => {
      expect(warnings([count('c1', '523', '2023'), count('c2', '523', '2024'), gift('600')])).toEqual([
        [4, 'persons', 'rule.support-exceeds-count', '600 người được hỗ trợ, nhiều hơn số người có uy tín của địa bàn (523 người, dòng 2)'],
      ]);
    });

    it('a count row without a number of persons (an amount only) sets no count to warn against', () => {
      const amountOnly = n({ id: 'c1', measure: 'count', amount_mvnd: '50', figure_text: '50 triệu đồng' });
      expect(warnings([amountOnly, gift('30')])).toEqual([]);
    });
  });
});

describe('the report npm run check prints', () => {
  const where = (file: string, line: number | null, column: string | null, value: string | null) => ({ file, line, column, value });
  const emptyFile = (n: number) => issue({ code: 'file.empty', header: 'id,name' }, where('data/areas.csv', n, null, null));
  const EMPTY = 'tệp trống, không có dòng tiêu đề. Cần: dòng đầu tiên là dòng tiêu đề: id,name. Cách sửa: khôi phục tệp từ bản sao lưu, hoặc thêm dòng tiêu đề như trên.';

  it('a file-wide problem has no line; a sentence with a file name inside still ends with a full stop', () => {
    const both = issue({ code: 'file.both-differ', csv: 'funding.csv', xlsx: 'funding.xlsx', rows: 3, example: 'f01' }, where('data/funding.csv', null, null, null));
    expect(formatReport({ issues: [both], discrepancies: [], counts: {} }, 'check').split('\n')).toEqual([
      'KẾT QUẢ KIỂM TRA SỐ LIỆU: có 1 lỗi trong data/funding.csv — số liệu CHƯA được công bố, trang web đang công bố giữ nguyên. Từng lỗi (dòng, cột, cách sửa) ở dưới.',
      '',
      '── data/funding.csv: 1 lỗi',
      'data/funding.csv — có cả funding.csv và funding.xlsx, và funding.xlsx có 3 dòng khác với funding.csv (ví dụ dòng mã f01): trang web chỉ đọc funding.csv, nên số liệu trong funding.xlsx sẽ không được công bố. ' +
        'Cần: một tệp cho mỗi bảng (CSV, hoặc tệp Excel lưu từ tệp mẫu). ' +
        'Cách sửa: nếu funding.xlsx là số liệu mới: xóa funding.csv và giữ funding.xlsx, hoặc tải tệp CSV dạng chuẩn từ trang /cap-nhat/ lên thay funding.csv rồi xóa funding.xlsx.',
      '',
      'Có 1 lỗi trong 1 tệp. Hãy sửa các lỗi trên rồi chạy lại: npm run check',
    ]);
  });

  it('a file with errors and warnings counts both; its issues go by line, a file-wide one first', () => {
    const warning = issue({ code: 'header.optional-missing', name: 'note', header: 'id,note' }, where('data/areas.csv', 7, 'note', null));
    const lines = formatReport({ issues: [emptyFile(12), warning, emptyFile(3), issue({ code: 'file.empty', header: 'id,name' }, where('data/areas.csv', null, null, null))], discrepancies: [], counts: {} }, 'check').split('\n');
    expect(lines[2]).toBe('── data/areas.csv: 3 lỗi, 1 cảnh báo');
    expect(lines.slice(3, 7).map((l) => l.slice(0, 30))).toEqual([
      'data/areas.csv — tệp trống, kh',
      'data/areas.csv, dòng 3 — tệp t',
      'data/areas.csv, dòng 7, cột "n',
      'data/areas.csv, dòng 12 — tệp ',
    ]);
  });

  it('a file with more than 200 problems lists 200 and counts the rest; with 200 it lists them all', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => emptyFile(i + 2));
    const over = formatReport({ issues: many(203), discrepancies: [], counts: {} }, 'check').split('\n');
    expect(over[2]).toBe('── data/areas.csv: 203 lỗi');
    expect(over[3]).toBe(`data/areas.csv, dòng 2 — ${EMPTY}`);
    expect(over[202]).toBe(`data/areas.csv, dòng 201 — ${EMPTY}`);
    expect(over[203]).toBe('… và 3 vấn đề khác trong tệp này (thường cùng một lỗi lặp lại): sửa các lỗi trên rồi chạy lại.');
    expect(over[204]).toBe('');
    const exactly = formatReport({ issues: many(200), discrepancies: [], counts: {} }, 'check').split('\n');
    expect(exactly.slice(202)).toEqual([`data/areas.csv, dòng 201 — ${EMPTY}`, '', 'Có 200 lỗi trong 1 tệp. Hãy sửa các lỗi trên rồi chạy lại: npm run check']);
  });

  it('a check that compared nothing published says so first and last, with why and what to do', () => {
    expect(formatReport({ issues: [], discrepancies: [], counts: {}, notCompared: 'no-repository' }, 'check').split('\n')).toEqual([
      'CẢNH BÁO: lần kiểm tra này KHÔNG so được với số liệu đang công bố — một dòng đã công bố bị xóa hay bị sửa sẽ không bị phát hiện.',
      '  Vì sao: thư mục dữ liệu không nằm trong một kho git (ví dụ một bản chép hoặc tệp ZIP), nên không có bản đang công bố để so.',
      '  Cách sửa: kiểm tra ở trang /cap-nhat/ (luôn so với số liệu đang công bố), hoặc chạy npm run check trong bản sao đầy đủ của kho.',
      '',
      'Không có lỗi trong các tệp, nhưng chưa so với số liệu đang công bố (xem CẢNH BÁO ở trên).',
    ]);
  });

  const finding = (message: string, rowIds: string[]): Discrepancy => ({
    id: `x-${rowIds[0]}`, check: 'funding-sources', severity: 'discrepancy', table: 'funding', rowIds, reportIds: ['r1'], sections: ['1'],
    expected: 1, actual: 2, difference: 1, message,
  });

  it('the findings listed on request, then a blank line and the summary; a build names no --chi-tiet', () => {
    const outcome = { issues: [], discrepancies: [finding('Báo cáo r1 (mục 1) nêu A.', ['a1', 'a2']), finding('Báo cáo r1 (mục 2) nêu B.', ['b1'])], counts: {} };
    expect(formatReport(outcome, 'check', { details: true }).split('\n')).toEqual([
      '── Chênh lệch trong chính các báo cáo nguồn: 2 (không phải lỗi nhập liệu; được ghi lại và hiển thị ở trang chất lượng dữ liệu)',
      '[chênh lệch] funding.csv: Báo cáo r1 (mục 1) nêu A. (mã dòng: a1, a2)',
      '[chênh lệch] funding.csv: Báo cáo r1 (mục 2) nêu B. (mã dòng: b1)',
      '',
      'Không có lỗi. 2 chênh lệch trong báo cáo nguồn đã được ghi nhận — xem /du-lieu/chat-luong/',
    ]);
    expect(formatReport(outcome, 'build')).toBe('Không có lỗi. 2 chênh lệch trong báo cáo nguồn đã được ghi nhận — xem /du-lieu/chat-luong/');
  });

  it('files not in the canonical form: one heading counting them, then each file’s line', () => {
    const form = (file: string) => issue({ code: 'file.not-canonical', reasons: ['dấu chấm phẩy'] }, where(file, null, null, null));
    const line = (file: string) =>
      `${file} — (cảnh báo) tệp đúng nhưng chưa ở dạng chuẩn (dấu chấm phẩy): lần lưu sau, cả tệp sẽ hiện là đã thay đổi. ` +
      'Cần: UTF-8 không BOM, phân cách bằng dấu phẩy, dấu chấm thập phân, xuống dòng LF, các dòng xếp theo mã dòng (id). ' +
      'Cách sửa: không bắt buộc sửa; muốn tệp ở dạng chuẩn thì dùng nút «Tải … (dạng chuẩn)» trên trang /cap-nhat/ (hoặc lệnh npm run chuan-hoa của nhóm kỹ thuật), rồi tải tệp đó lên.';
    expect(formNotes([form('data/areas.csv'), form('data/ncut.csv')]).split('\n')).toEqual([
      '── Dạng chuẩn (cảnh báo, không chặn việc công bố): 2 tệp chưa ở dạng chuẩn',
      line('data/areas.csv'),
      line('data/ncut.csv'),
    ]);
  });
});

describe('the CSV reader, as staff meet it (read.ts)', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('a vi-VN Excel file with semicolons and no quoted cell is read by its semicolons', () => {
    const { header, records } = readAll('id;name\na;Sơn Động\n');
    expect(header?.names).toEqual(['id', 'name']);
    expect(records.map((r) => r.cells)).toEqual([['a', 'Sơn Động']]);
  });

  it('semicolons in the rows of a comma file do not make it a semicolon file: the header line decides', () => {
    const { header, records, issues } = readAll('id,note\na,thôn 1; thôn 2; thôn 3\n');
    expect(header?.delimiter).toBe(',');
    expect(records.map((r) => r.cells)).toEqual([['a', 'thôn 1; thôn 2; thôn 3']]);
    expect(issues).toEqual([]);
  });

  it('a cell of spaces Excel left past the last column is dropped, not a wrong number of cells', () => {
    const { records, issues } = readAll('id,name\na,b, \n');
    expect(issues).toEqual([]);
    expect(records).toEqual([{ line: 2, cells: ['a', 'b'], extra: 1 }]);
  });

  it('an empty file is named, with the header it should have', () => {
    const [empty] = readAll('', 'data/areas.csv').issues;
    expect([empty!.file, empty!.line, empty!.column, empty!.message, empty!.expected]).toEqual([
      'data/areas.csv',
      null,
      null,
      'tệp trống, không có dòng tiêu đề',
      'dòng đầu tiên là dòng tiêu đề: id,name',
    ]);
  });

  it('a UTF-16 big-endian file (BOM FE FF) is «Unicode Text» too, not an old Vietnamese encoding', () => {
    const { issues } = readAll(Uint8Array.from([0xfe, 0xff, 0x00, 0x69, 0x00, 0x64]));
    expect(issues.map((i) => i.code)).toEqual(['encoding.utf16']);
  });

  it('a file not in UTF-8: its last line, without a line break, is named, and the cell quoted is that line alone, trimmed', () => {
    // "Sơn" in Windows-1258 (ơ = F5) on line 3, the file's last, with spaces after it.
    const last = readAll(Uint8Array.from([...utf8('id,name\na,b\nc,S'), 0xf5, ...utf8('n  ')])).issues;
    expect(last).toMatchObject([{ code: 'encoding.legacy', line: 3, value: 'c,S\ufffdn' }]);
    // On line 2, a short line before another: the quote stops at the line's end.
    const before = readAll(Uint8Array.from([...utf8('id,name\nc,S'), 0xf5, ...utf8('n  \nd,Lục Nam\n')])).issues;
    expect(before).toMatchObject([{ code: 'encoding.legacy', line: 2, value: 'c,S\ufffdn' }]);
  });

  it('one TCVN3 glyph inside a word («B¾c Giang») is garbled text', () => {
    const { issues } = readAll('id,name\na,B¾c Giang\n');
    expect(issues).toMatchObject([{ code: 'encoding.mojibake', line: 2, column: 'name', value: 'B¾c Giang' }]);
  });

  it('one such sign beside a word with nothing else odd («Vinamilk®», «5 µg») is honest text', () => {
    expect(readAll('id,note\na,Vinamilk®\nb,5 µg\n').issues).toEqual([]);
  });

  it('a garbled name in the header line is named by its line, with no column', () => {
    const { issues } = readAll('id,TÃªn\na,b\n');
    expect(issues).toMatchObject([{ code: 'encoding.mojibake', line: 1, column: null, value: 'TÃªn' }]);
  });
});
