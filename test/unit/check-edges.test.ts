/**
 * The checker's orchestration (src/data/check.ts; docs/mutation.md, «The checker's orchestration»): what staff
 * read when a table's file is missing, unreadable, in another form, large or read on another thread, in which
 * order a file's messages come, and which checks wait for a clean table. The inputs are valid-min's files
 * (test/fixtures/valid-min) with one or two edited; every expected message, line and count is worked out by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTables, type DataLoad, type PublishedRows, type TableInput, type TailReader } from '../../src/data/check.ts';
import type { TableName } from '../../src/data/define.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { VALID_MIN } from './helpers.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const original = (name: TableName) => readFileSync(join(VALID_MIN, `${name}.csv`), 'utf8');

/** valid-min's tables as the checker's inputs (file `<table>.csv`), some replaced: text, bytes or null (no file). */
function inputs(files: Partial<Record<TableName, string | Uint8Array | null>> = {}, extra: Partial<TableInput> = {}): Record<TableName, TableInput> {
  return Object.fromEntries(
    TABLES.map((t): [TableName, TableInput] => {
      const given = files[t.name];
      const bytes = given === undefined ? encode(original(t.name)) : typeof given === 'string' ? encode(given) : given;
      return [t.name, { file: t.file, bytes, ...extra }];
    }),
  ) as Record<TableName, TableInput>;
}

/** The issues of one file as [code, severity, line, column]. */
const of = (data: DataLoad, file: string) => data.issues.filter((i) => i.file === file).map((i) => [i.code, i.severity, i.line, i.column]);
/** A valid-min file with its lines edited: `edit` gets the lines without the final newline. */
const edited = (name: TableName, edit: (lines: string[]) => string[]) => edit(original(name).trimEnd().split('\n')).join('\n') + '\n';

describe('a table without its file', () => {
  it('a required table: one error with the header to start it from; the optional ones (documents, withdrawals): nothing', () => {
    const data = checkTables(inputs({ poverty: null, documents: null, withdrawals: null }));
    expect(data.issues.map((i) => [i.code, i.severity, i.file, i.line])).toEqual([['file.missing', 'error', 'poverty.csv', null]]);
    expect(data.issues[0]!.fix).toBe(
      'khôi phục tệp từ bản sao lưu, hoặc tạo tệp mới chỉ có dòng tiêu đề: id,report_id,section,area_id,population_group,poverty_standard,commune_list,communes,measure,year_from,year,value,unit,figure_text,figure_status,note',
    );
    expect(data.counts).toMatchObject({ poverty: 0, documents: 0, withdrawals: 0, funding: 9 });
    expect(data.lines.poverty).toEqual([]);
  });

  it('a problem found before reading (two files for one table) comes with the table’s own; an empty file then says nothing more', () => {
    const before = { code: 'xlsx.no-sheet' as const };
    const all = inputs({ ncut: new Uint8Array() });
    const noSheet = { file: 'ncut.xlsx', line: null, column: null, value: null, code: before.code, severity: 'error' as const, message: 'm', expected: 'e', fix: 'f' };
    all.ncut.extra = [noSheet];
    all.areas.extra = [{ ...noSheet, file: 'areas.xlsx' }];
    const data = checkTables(all);
    // ncut: the problem alone, no «file.empty»; areas: the problem, and its CSV still read (three areas).
    expect(data.issues.map((i) => [i.code, i.file])).toEqual([
      ['xlsx.no-sheet', 'areas.xlsx'],
      ['xlsx.no-sheet', 'ncut.xlsx'],
    ]);
    expect(data.counts.areas).toBe(3);
    expect(data.counts.ncut).toBe(0);
  });
});

describe('a file that cannot be decoded', () => {
  it('saved as UTF-16: one error for the file, no row of it kept', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(original('indicators')).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const data = checkTables(inputs({ indicators: utf16 }));
    expect(of(data, 'indicators.csv')).toEqual([['encoding.utf16', 'error', null, null]]);
    expect(data.counts.indicators).toBe(0);
  });
});

describe('the order of a file’s messages', () => {
  it('by line, whichever check found them: a printed text that is not its value (line 3) before a cell that is no number (line 10)', () => {
    const funding = edited('funding', (lines) => {
      lines[2] = lines[2]!.replace('442.628 triệu đồng', '442.629 triệu đồng'); // f02, line 3
      lines[9] = lines[9]!.replace(',1200.5,', ',12O0.5,'); // f09, line 10: a letter O
      return lines;
    });
    const found = of(checkTables(inputs({ funding })), 'funding.csv');
    // The figure check runs after the cells are validated: unsorted, line 10 would come first.
    expect(found.map(([code, , line]) => [code, line])).toEqual([
      ['figure.mismatch', 3],
      ['number.text', 10],
    ]);
  });
});

describe('a clean file not in canonical form (a warning on its form only)', () => {
  const form = (data: DataLoad, file: string) => data.form.filter((i) => i.file === file).map((i) => i.message);
  const because = (reasons: string) => `tệp đúng nhưng chưa ở dạng chuẩn (${reasons}): lần lưu sau, cả tệp sẽ hiện là đã thay đổi`;

  it('separated by semicolons (Excel in Vietnamese), with a BOM and CRLF: every reason, in that order', () => {
    const areas = original('areas').replaceAll(',', ';').replaceAll('\n', '\r\n');
    const all = inputs({ areas: new Uint8Array([0xef, 0xbb, 0xbf, ...encode(areas)]) });
    const data = checkTables(all);
    expect(of(data, 'areas.csv')).toEqual([]);
    expect(form(data, 'areas.csv')).toEqual([because('có BOM ở đầu tệp; xuống dòng kiểu Windows (CRLF); phân cách bằng dấu chấm phẩy')]);
  });

  it('a header alone, without a line break, separated by semicolons', () => {
    const data = checkTables(inputs({ withdrawals: 'row_id;table;reason;date;decided_by' }));
    expect(form(data, 'withdrawals.csv')).toEqual([because('phân cách bằng dấu chấm phẩy')]);
  });

  it('a comma in the header is no semicolon file, whatever its cells hold', () => {
    const areas = original('areas').replace('Lục Ngạn,district', '"Lục Ngạn; Lục Nam",district');
    expect(form(checkTables(inputs({ areas })), 'areas.csv')).toEqual([because('thứ tự dòng, cột, cách viết số hoặc ngày, dấu ngoặc kép khác dạng chuẩn')]);
  });

  it('not said when the file is made from a workbook (canonicalWarning: false), nor for a file with an error', () => {
    const areas = original('areas').replaceAll('\n', '\r\n');
    expect(form(checkTables(inputs({ areas }, { canonicalWarning: false })), 'areas.csv')).toEqual([]);
    const broken = areas + 'son-dong,Sơn Động,district,bac-giang,,\r\n'; // an id twice
    const data = checkTables(inputs({ areas: broken }));
    expect(of(data, 'areas.csv').length).toBeGreaterThan(0);
    expect(form(data, 'areas.csv')).toEqual([]);
  });
});

describe('progress, as the browser checker shows it («12.000/560.000 dòng»)', () => {
  it('told at the start, every thousandth line and at the end, with the file’s lines (a last line without a break counts)', () => {
    const row = original('areas').trimEnd().split('\n')[3]!; // luc-ngan
    // 1 500 rows (1 501 lines with the header), ids luc-ngan-1…: one table of a large size.
    const rows = Array.from({ length: 1500 }, (_, k) => row.replace('luc-ngan,Lục Ngạn', `luc-ngan-${k + 1},Lục Ngạn ${k + 1}`));
    const areas = original('areas') + rows.join('\n') + '\n';
    const told: [string, number, number][] = [];
    const data = checkTables(inputs({ areas, withdrawals: 'row_id,table,reason,date,decided_by' }), { progress: (file, line, lines) => told.push([file, line, lines]) });
    // Read as without progress: the three areas and the 1 500 added, no message.
    expect(data.counts.areas).toBe(1503);
    expect(of(data, 'areas.csv')).toEqual([]);
    expect(told.filter(([file]) => file === 'areas.csv')).toEqual([
      ['areas.csv', 0, 1504],
      ['areas.csv', 1000, 1504],
      ['areas.csv', 1504, 1504],
    ]);
    // withdrawals.csv: its header alone, no final line break: one line.
    expect(told.filter(([file]) => file === 'withdrawals.csv')).toEqual([
      ['withdrawals.csv', 0, 1],
      ['withdrawals.csv', 1, 1],
    ]);
  });
});

describe('the second half of a large file on another thread', () => {
  const plain = () => checkTables(inputs());

  it('a system that refuses the thread: the file is read here, with the same rows and messages', () => {
    const refusing: TailReader = {
      minLength: 100,
      start: () => {
        throw new Error('no worker');
      },
    };
    const data = checkTables(inputs(), { readTail: refusing });
    expect(data.counts.funding).toBe(9);
    expect(data.issues).toEqual(plain().issues);
    expect(data.lines).toEqual(plain().lines);
  });

  it('a thread that found a problem: the second half read here, its messages at the file’s own lines', () => {
    let asked: { table: TableName; lineOffset: number; first: string } | null = null;
    const declining: TailReader = {
      minLength: 100,
      start: (job) => {
        if (job.table === 'funding') asked = { table: job.table, lineOffset: job.lineOffset, first: job.text.split('\n')[1]!.split(',')[0]! };
        return () => null;
      },
    };
    // f09 (line 10) with a letter O in its value: in the second half.
    const funding = edited('funding', (lines) => {
      lines[9] = lines[9]!.replace(',1200.5,', ',12O0.5,');
      return lines;
    });
    const data = checkTables(inputs({ funding }), { readTail: declining });
    expect(of(data, 'funding.csv')).toEqual(of(checkTables(inputs({ funding })), 'funding.csv'));
    expect(of(data, 'funding.csv').map(([, , line]) => line)).toEqual([10]);
    expect(data.lines.funding).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    // The second half starts a little past the middle of the text: at line 7 (f06), so its line 2 is the file's 7.
    expect(asked).toEqual({ table: 'funding', lineOffset: 5, first: 'bg-2023-11-17-f06' });
  });
});

describe('published rows, in a file with other errors', () => {
  const published = () => checkTables(inputs()).tables as unknown as PublishedRows;

  it('a row deleted is said; a row still written on a line that failed (its id quoted) is not called deleted', () => {
    const funding = edited('funding', (lines) =>
      lines
        .filter((l) => !l.startsWith('bg-2023-11-17-f03,'))
        // f05, now line 5: a letter I in its value, its id quoted; f06, line 6: the same, its id not quoted.
        .map((l) => (l.startsWith('bg-2023-11-17-f05,') ? l.replace('bg-2023-11-17-f05,', '"bg-2023-11-17-f05",').replace(',244518,', ',2445I8,') : l))
        .map((l) => (l.startsWith('bg-2023-11-17-f06,') ? l.replace(',418318,', ',4I8318,') : l)),
    );
    const data = checkTables(inputs({ funding }), { published: published() });
    expect(of(data, 'funding.csv')).toEqual([
      ['number.text', 'error', 5, 'value'],
      ['number.text', 'error', 6, 'value'],
      ['published.removed', 'error', null, 'id'],
    ]);
    expect(data.issues.find((i) => i.code === 'published.removed')?.value).toBe('bg-2023-11-17-f03');
  });
});

describe('an article citing a row withdrawn', () => {
  it('is named when the row is gone, and the citations are handed back with the load', () => {
    const cited = { 'funding/bg-2023-11-17-f03': ['/bai-viet/von-2023/'] };
    const funding = edited('funding', (lines) => lines.filter((l) => !l.startsWith('bg-2023-11-17-f03,')));
    const withdrawals = original('withdrawals') + 'bg-2023-11-17-f03,funding,Số liệu nhập nhầm,2023-12-01,Trưởng ban\n';
    const data = checkTables(inputs({ funding, withdrawals }), { cited });
    expect(data.issues.map((i) => [i.code, i.file, i.value])).toEqual([['published.cited', 'funding.csv', 'bg-2023-11-17-f03']]);
    expect(data.issues[0]!.message).toBe(
      'dòng bg-2023-11-17-f03 được ghi rút lại trong withdrawals.csv, nhưng /bai-viet/von-2023/ trên trang web vẫn trích dẫn con số này',
    );
    expect(data.cited).toBe(cited);
    expect('cited' in checkTables(inputs())).toBe(false);
  });
});

describe('the checks across tables wait until the tables they read are clean', () => {
  /** A report whose issuer is no area: an error in reports.csv (its row is dropped, the others kept). */
  const badReport = 'bg-2024-01-05,UBND huyện Yên Thế,yen-the,monthly,/BC-UBND,2024-01-05,2023-12,2023-12,Tháng 12/2023,,,,009_yt.txt';
  /** A works row of no known report: an error in works.csv. */
  const badWork = 'xx-2024-w01,xx-2024,II,bac-giang,plan511,2022-2024,revised,all,all,completed,1,,1 công trình,reported,';
  const plusLines = (name: TableName, lines: string[]) => original(name) + lines.join('\n') + '\n';

  it('a figure dated after its report (as_of): said while reports.csv is clean, not while it has an error', () => {
    // f07 disbursed «as of» 15/12/2023, after its report of 17/11/2023 (line 8).
    const funding = original('funding').replace('disbursed,170353,mvnd,2023-11-15', 'disbursed,170353,mvnd,2023-12-15');
    const asOf = (data: DataLoad) => data.issues.filter((i) => i.code === 'rule.as-of-after-report').map((i) => [i.file, i.line, i.value]);
    expect(asOf(checkTables(inputs({ funding })))).toEqual([['funding.csv', 8, '2023-12-15']]);
    expect(asOf(checkTables(inputs({ funding, reports: plusLines('reports', [badReport]) })))).toEqual([]);
  });

  it('a plan given another size by a later report: said when reports.csv and works.csv are both clean', () => {
    const report = 'sd-2024-07-05,UBND huyện Sơn Động,son-dong,half_year,88/BC-UBND,2024-07-05,2024-01,2024-06,Sáu tháng đầu năm 2024,,,,005_sd.txt';
    // Sơn Động's list: 37 works in the report of 30/11/2023, 28 in its own of 5/7/2024.
    const plans = [
      'bg-2023-11-30-w90,bg-2023-11-30,II,son-dong,plan511,2022-2024,revised,all,all,planned,37,,37 công trình,reported,',
      'sd-2024-07-05-w01,sd-2024-07-05,II,son-dong,plan511,2022-2024,revised,all,all,planned,28,,28 công trình,reported,',
    ];
    const changed = (data: DataLoad) => data.issues.filter((i) => i.code === 'series.plan-changed').map((i) => [i.file, i.line, i.value]);
    const reports = plusLines('reports', [report]);
    expect(changed(checkTables(inputs({ reports, works: plusLines('works', plans) })))).toEqual([['works.csv', 11, '28']]);
    expect(changed(checkTables(inputs({ reports: plusLines('reports', [report, badReport]), works: plusLines('works', plans) })))).toEqual([]);
    expect(changed(checkTables(inputs({ reports, works: plusLines('works', [...plans, badWork]) })))).toEqual([]);
  });

  it('a count that continues an earlier report’s list, entered as `current`: a warning while reports.csv is clean, none while it has an error', () => {
    const report = 'bg-2024-06-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,88/BC-BDT,2024-06-20,2024-01,2024-06,Báo cáo 6 tháng đầu năm 2024,Trưởng ban,,,005_e.txt';
    // 71/75 works of plan 511 (lines 10 and 11), entered as `current` although bg-2023-11-30 wrote the list as `revised`.
    const works = plusLines('works', [
      'bg-2024-06-20-w01,bg-2024-06-20,II.2,bac-giang,plan511,2022-2024,current,all,all,planned,75,,71/75 công trình,reported,',
      'bg-2024-06-20-w02,bg-2024-06-20,II.2,bac-giang,plan511,2022-2024,current,all,all,completed,71,2024-06-20,71/75 công trình,reported,',
    ]);
    const continued = (data: DataLoad) => data.issues.filter((i) => i.code === 'series.continue').map((i) => [i.file, i.line, i.column, i.severity]);
    expect(continued(checkTables(inputs({ reports: plusLines('reports', [report]), works })))).toEqual([
      ['works.csv', 10, 'plan_version', 'warning'],
      ['works.csv', 11, 'plan_version', 'warning'],
    ]);
    expect(continued(checkTables(inputs({ reports: plusLines('reports', [report, badReport]), works })))).toEqual([]);
  });
});

describe('which tables count as clean (docs/mutation.md: the check.ts mutants left alive)', () => {
  it('a deleted withdrawals.csv, an optional file, is still compared with its published decisions', () => {
    const withdrawals = original('withdrawals') + 'bg-2023-11-17-f03,funding,Số liệu nhập nhầm,2023-12-01,Trưởng ban\n';
    const funding = edited('funding', (lines) => lines.filter((l) => !l.startsWith('bg-2023-11-17-f03,')));
    const before = checkTables(inputs({ funding, withdrawals })).tables as unknown as PublishedRows;
    const data = checkTables(inputs({ funding, withdrawals: null }), { published: before });
    expect(data.issues.map((i) => [i.code, i.severity, i.file, i.value])).toEqual([['published.withdrawal-removed', 'error', 'withdrawals.csv', 'bg-2023-11-17-f03']]);
  });

  it('a table whose only message is a warning (an optional column left out) is clean: the checks that read it still run', () => {
    // reports.csv without its optional «note» column (empty in every row); f07 disbursed «as of» 15/12/2023, after
    // its report of 17/11/2023 (funding.csv line 8).
    const reports = edited('reports', (lines) => lines.map((l, i) => (i === 0 ? l.replace(',note,', ',') : l.replace(/,,(\d{3}_[a-z]\.txt)$/, ',$1'))));
    const funding = original('funding').replace('disbursed,170353,mvnd,2023-11-15', 'disbursed,170353,mvnd,2023-12-15');
    const data = checkTables(inputs({ reports, funding }));
    expect(data.issues.map((i) => [i.code, i.severity, i.file, i.line])).toEqual([
      ['header.optional-missing', 'warning', 'reports.csv', 1],
      ['rule.as-of-after-report', 'error', 'funding.csv', 8],
    ]);
  });

  it('a commune of a district in reports after 1/7/2025 only: a warning while areas.csv and reports.csv are clean, none while either has an error', () => {
    const report = 'yt-2025-09-30,UBND xã Xuân Lương,bac-giang,monthly,/BC-UBND,2025-09-30,2025-09,2025-09,Tháng 9/2025,,,,009_x.txt';
    const commune = 'xuan-luong,Xuân Lương,commune,son-dong,,';
    const figure = 'yt-2025-09-30-n01,yt-2025-09-30,I,xuan-luong,2025,count,commune,3,,,,,3 người,reported,';
    const badArea = 'tan-son,Tân Sơn,commune,khong-co,,';
    const merged = (data: DataLoad) => data.issues.filter((i) => i.code === 'rule.commune-after-merger').map((i) => [i.file, i.line, i.value]);
    const areas = original('areas') + commune + '\n';
    const reports = original('reports') + report + '\n';
    const ncut = original('ncut') + figure + '\n';
    expect(merged(checkTables(inputs({ areas, reports, ncut })))).toEqual([['areas.csv', original('areas').trimEnd().split('\n').length + 1, 'son-dong']]);
    expect(merged(checkTables(inputs({ areas: areas + badArea + '\n', reports, ncut })))).toEqual([]);
    expect(merged(checkTables(inputs({ areas, reports: reports + 'bg-2024-01-05,UBND huyện Yên Thế,khong-co,monthly,/BC-UBND,2024-01-05,2023-12,2023-12,Tháng 12/2023,,,,009_yt.txt\n', ncut })))).toEqual([]);
  });
});
