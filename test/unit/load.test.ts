import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData, loadDataOrThrow, toTable } from '../../src/data/load.ts';
import { issue } from '../../src/data/messages.ts';
import { formatReport } from '../../src/data/report.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { dataDir, removeDataDirs, ROOT, VALID_MIN } from './helpers.ts';

afterAll(removeDataDirs);

describe('the real data/', () => {
  it('loads with no error and reports its counts', async () => {
    const data = await loadData(join(ROOT, 'data'));
    const errors = data.issues.filter((i) => i.severity === 'error');
    expect(errors, formatReport(data, 'check')).toEqual([]);
    expect(Object.keys(data.counts).toSorted()).toEqual(TABLES.map((t) => t.name).toSorted());
    for (const def of TABLES) expect(data.counts[def.name]).toBe(data.tables[def.name].length);
    expect(data.counts.areas).toBeGreaterThan(0);
    expect(data.counts.reports).toBeGreaterThan(0);
  });

  it('reports the known inconsistencies of the five source reports', async () => {
    const { discrepancies } = await loadData(join(ROOT, 'data'));
    const found = discrepancies.map((d) => `${d.check} ${d.severity} ${d.rowIds[0]}`);
    expect(found).toEqual(
      expect.arrayContaining([
        // Bạch Thông: ĐTPT 26.744 + SN 16.567,406 ≠ total 43.311,16
        'funding-capital discrepancy bt-2023-06-f01',
        // Bạch Thông, Dự án 8: 619,95 / 3.379,979 = 18,34% printed 18,14%
        'disbursement-rate discrepancy bt-2023-06-f46',
        // Bắc Giang, plan 511 2023: 46.006 / 58.400 = 78,78% printed 78,80%
        'disbursement-rate rounding bg-2023-11-17-f22',
        // Bắc Giang review: ĐBKK communes 51,6% → 13,45% over 5 years = 7,63 pp/year printed 7,2
        'poverty-decrease discrepancy bg-2023-11-30-p04',
        // Bạch Thông: maize output 2.972,96 / 2.974 = 99,97% printed 97,94%
        'indicator-rate discrepancy bt-2023-06-i26',
        // Bạch Thông: "46.929,385,459trđ" printed with two decimal commas
        'malformed source-error bt-2023-06-f05',
      ]),
    );
  });
});

describe('loadData', () => {
  it('loads every table of valid-min, typed', async () => {
    const data = await loadData(VALID_MIN);
    expect(data.issues).toEqual([]);
    expect(data.counts).toEqual({ documents: 2, withdrawals: 0, areas: 3, reports: 2, projects: 3, funding: 9, works: 8, poverty: 3, ncut: 3, indicators: 2 });
    expect(data.tables.funding[7]).toMatchObject({
      id: 'bg-2023-11-17-f08',
      value: 40.7,
      unit: 'percent',
      as_of: '2023-11-15',
      project_id: null,
    });
    expect(data.tables.reports[1]).toMatchObject({ date: '2023-11-30', period_start: '2021', period_end: '2023-11' });
  });

  it('reports a missing file with the header to recreate it', async () => {
    const dir = dataDir(null);
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'poverty.csv'));
    const data = await loadData(dir);
    expect(data.issues).toHaveLength(1);
    expect(data.issues[0]).toMatchObject({ file: join(dir, 'poverty.csv'), code: 'file.missing', line: null });
    expect(data.issues[0]?.fix).toContain(
      'id,report_id,section,area_id,population_group,poverty_standard,commune_list,communes,measure,year_from,year,value,unit,figure_text,figure_status,note',
    );
  });

  it('shows paths relative to the working directory when inside it', async () => {
    const data = await loadData('test/fixtures/valid-min/../bad/unknown-area/..');
    expect(data.issues[0]?.file).toBe('test/fixtures/bad/areas.csv');
  });
});

describe('for pages', () => {
  it('loadDataOrThrow throws the staff-readable report, and is memoised', async () => {
    const dir = dataDir('bad/ambiguous-number');
    const first = loadDataOrThrow(dir);
    expect(loadDataOrThrow(dir)).toBe(first);
    await expect(first).rejects.toThrow(/dòng 2, cột "value": "1,234" — không rõ là 1 phẩy 234 hay 1234/);
    await expect(first).rejects.toThrow(/Có 1 lỗi trong 1 tệp\. Chưa xây dựng trang web; bản đang công bố \(dist\/\) được giữ nguyên\./);
  });

  it('toTable gives an Arquero table of the validated rows', async () => {
    const table = await toTable('works', VALID_MIN);
    expect(table.numRows()).toBe(8);
    expect(table.columnNames()).toEqual([
      'id',
      'report_id',
      'section',
      'area_id',
      'program',
      'batch',
      'plan_version',
      'capital_type',
      'work_type',
      'measure',
      'count',
      'as_of',
      'figure_text',
      'figure_status',
      'note',
    ]);
    expect(table.filter((d) => d.measure === 'completed').array('count')).toEqual([56, 40, 16]);
  });
});

describe('formatReport', () => {
  const at = (file: string, line: number | null, column: string | null, value: string | null) => ({ file, line, column, value });

  it('groups issues by file, sorted by line, one self-contained line each, then a summary', () => {
    const text = formatReport(
      {
        issues: [
          issue({ code: 'number.text', format: 'decimal', hint: 'text' }, at('data/funding.csv', 12, 'value', 'khoảng 200')),
          issue({ code: 'date.invalid', serial: null }, at('data/funding.csv', 3, 'as_of', 'hôm nay')),
          issue({ code: 'header.optional-missing', name: 'note', header: 'id,note' }, at('data/works.csv', 1, 'note', null)),
          issue({ code: 'encoding.legacy' }, at('data/areas.csv', 2, null, 'S\ufffdn')),
        ],
        discrepancies: [],
        counts: { funding: 10 },
      },
      'check',
    );
    expect(text.split('\n')).toEqual([
      'KẾT QUẢ KIỂM TRA SỐ LIỆU: có 3 lỗi trong data/funding.csv, data/areas.csv — số liệu CHƯA được công bố, trang web đang công bố giữ nguyên. Từng lỗi (dòng, cột, cách sửa) ở dưới.',
      '',
      '── data/funding.csv: 2 lỗi',
      'data/funding.csv, dòng 3, cột "as_of": "hôm nay" — không phải ngày tháng. Cần: ngày dạng 2023-11-17 hoặc 17/11/2023; tháng 2023-11 hoặc 11/2023; hoặc năm 2023. Cách sửa: viết lại theo một trong các dạng trên; nếu Excel hiện một số (như 45247), định dạng ô là Text rồi gõ lại ngày.',
      'data/funding.csv, dòng 12, cột "value": "khoảng 200" — không phải là số. Cần: số thuần, không có dấu phân cách hàng nghìn (ví dụ 130595 hoặc 61,9). Cách sửa: chỉ ghi con số (ví dụ 200); chữ báo cáo in kèm như "khoảng", "trên" giữ ở cột figure_text (ví dụ khoảng 200 người).',
      '',
      '── data/works.csv: 1 cảnh báo',
      'data/works.csv, dòng 1, cột "note" — (cảnh báo) không có cột "note"; các ô của cột này được coi là để trống. Cần: dòng tiêu đề: id,note. Cách sửa: thêm cột "note" nếu cần ghi số liệu vào đó; nếu không thì có thể bỏ qua cảnh báo này.',
      '',
      '── data/areas.csv: 1 lỗi',
      expect.stringMatching(
        /^data\/areas\.csv, dòng 2: "S\ufffdn" — tệp không phải mã UTF-8 .* Cách sửa: mở tệp trong Excel, chọn File › Save As/,
      ),
      '',
      'Có 3 lỗi trong 2 tệp. Hãy sửa các lỗi trên rồi chạy lại: npm run check',
    ]);
  });

  it('ends a clean check with one line, and lists the discrepancies only on request (--chi-tiet)', async () => {
    // A fixture folder is in no repository: that warning (published-none.test.ts) is left out of this report's form.
    const { notCompared, ...data } = await loadData(dataDir('reconcile'));
    expect(notCompared).toBe('no-repository');
    const n = data.discrepancies.length;
    const short = formatReport(data, 'check');
    expect(short.split('\n')).toEqual([
      `Không có lỗi. ${n} chênh lệch trong báo cáo nguồn đã được ghi nhận — xem /du-lieu/chat-luong/ (hoặc chạy npm run check -- --chi-tiet)`,
    ]);
    const text = formatReport(data, 'check', { details: true });
    expect(text).toMatch(new RegExp(`^── Chênh lệch trong chính các báo cáo nguồn: ${n} \\(không phải lỗi nhập liệu`));
    expect(text).toContain('[làm tròn] funding.csv: Báo cáo bg-2023-11-17 (mục 3.2) nêu tỷ lệ giải ngân 78,80%');
    expect(text).toContain('(mã dòng: r-f06, r-f05, r-f04)');
    expect(text.split('\n').at(-1)).toBe(`Không có lỗi. ${n} chênh lệch trong báo cáo nguồn đã được ghi nhận — xem /du-lieu/chat-luong/`);
    expect(formatReport({ issues: [], discrepancies: [], counts: {} }, 'check')).toBe('Không có lỗi.');
  });
});

describe('a staff edit during npm run dev', () => {
  it('is picked up by the next page: the memoised data is reloaded when a file changes', async () => {
    const { writeFileSync, readFileSync, utimesSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = dataDir(null);
    const before = await loadDataOrThrow(dir);
    const file = join(dir, 'areas.csv');
    writeFileSync(file, readFileSync(file, 'utf8').trimEnd() + '\ntan-yen,Tân Yên,district,bac-giang,,\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const after = await loadDataOrThrow(dir);
    expect(after).not.toBe(before);
    expect(after.tables.areas.map((a) => a.id)).toContain('tan-yen');
  });
});
