/**
 * The corpus of bad inputs (test/fixtures/bad/): each case is valid-min with
 * one file changed. Refused cases must name file, line, column and value with
 * the right Vietnamese message and make `npm run check <dir>` exit 1;
 * tolerant cases must read the right values with no issue and exit 0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData, type DataLoad } from '../../src/data/load.ts';
import type { Issue } from '../../src/data/messages.ts';
import { dataDir, FIXTURES, removeDataDirs, runCheck, VALID_MIN } from './helpers.ts';

const ascii = (s: string) => [...Buffer.from(s, 'ascii')];

/** areas.csv as Vietnamese Windows-1258 bytes: "Bắc" = B ă(E3) ◌́(EC) c, "Động" = Đ(D0) ô(F4) ◌̣(F2) ng. */
const WINDOWS_1258 = Uint8Array.from([
  ...ascii('id,name,level,parent_id,note\r\nbac-giang,B'),
  0xe3,
  0xec,
  ...ascii('c Giang,province,,\r\n'),
  ...ascii('son-dong,S'),
  0xf5,
  ...ascii('n '),
  0xd0,
  0xf4,
  0xf2,
  ...ascii('ng,district,bac-giang,\r\n'),
  ...ascii('luc-ngan,Lu'),
  0xf2,
  ...ascii('c Nga'),
  0xf2,
  ...ascii('n,district,bac-giang,\r\n'),
]);

/** areas.csv in TCVN3 (ABC): "Bắc" = B ¾(BE) c, "Sơn Động" = S ¬(AC) n §(A7) é(E9) ng, "Lục Ngạn" = L ô(F4) c Ng ¹(B9) n. */
const TCVN3 = Uint8Array.from([
  ...ascii('id,name,level,parent_id,note\r\nbac-giang,B'),
  0xbe,
  ...ascii('c Giang,province,,\r\n'),
  ...ascii('son-dong,S'),
  0xac,
  ...ascii('n '),
  0xa7,
  0xe9,
  ...ascii('ng,district,bac-giang,\r\n'),
  ...ascii('luc-ngan,L'),
  0xf4,
  ...ascii('c Ng'),
  0xb9,
  ...ascii('n,district,bac-giang,\r\n'),
]);

interface Refused {
  case: string;
  files?: Record<string, Uint8Array>;
  /** The issues expected, in file order; their file names are relative to the data dir. */
  issues: (Partial<Issue> & { file: string; messageHas?: string; fixHas?: string })[];
  warnings?: number;
}

const refused: Refused[] = [
  {
    case: 'legacy-windows-1258',
    files: { 'areas.csv': WINDOWS_1258 },
    issues: [
      {
        file: 'areas.csv',
        line: 2,
        column: null,
        code: 'encoding.legacy',
        messageHas: 'Windows-1258',
        fixHas: 'CSV UTF-8 (Comma delimited)',
      },
    ],
  },
  {
    case: 'legacy-tcvn3',
    files: { 'areas.csv': TCVN3 },
    issues: [{ file: 'areas.csv', line: 2, code: 'encoding.legacy', messageHas: 'TCVN3', fixHas: 'CSV UTF-8 (Comma delimited)' }],
  },
  {
    case: 'bad/mojibake-utf8',
    issues: [
      {
        file: 'areas.csv',
        line: 3,
        column: 'name',
        value: 'Sá»¡n Äá»™ng',
        code: 'encoding.mojibake',
        messageHas: 'bị hỏng mã',
        fixHas: 'CSV UTF-8 (Comma delimited)',
      },
      {
        file: 'reports.csv',
        line: 3,
        column: 'title',
        value: 'SÆ¡ káº¿t phong trÃ o thi đua giai đoạn 2021-2025',
        code: 'encoding.mojibake',
      },
    ],
  },
  {
    case: 'bad/mojibake-tcvn3',
    issues: [
      {
        file: 'areas.csv',
        line: 3,
        column: 'name',
        value: 'S¬n §éng',
        code: 'encoding.mojibake',
        messageHas: 'TCVN3/ABC hoặc VNI',
        fixHas: 'Unikey',
      },
    ],
  },
  {
    // Vietnamese saved through Windows-1252 (the quote ‘ is the second byte of "đ"), with the file's own sentence intact.
    case: 'bad/mojibake-cp1252',
    issues: [
      {
        file: 'areas.csv',
        line: 3,
        column: 'note',
        value: 'huyá»‡n Ä‘áº·c biá»‡t khÃ³ khÄƒn',
        code: 'encoding.mojibake',
        messageHas: 'bị hỏng mã',
      },
    ],
  },
  {
    case: 'bad/missing-column',
    issues: [
      {
        file: 'funding.csv',
        line: 1,
        column: 'value',
        code: 'header.missing',
        messageHas: 'thiếu cột bắt buộc "value"',
        expected:
          'dòng tiêu đề: id,report_id,section,area_id,program,fund_year,budget_source,capital_type,project_id,measure,value,unit,as_of,tranche,decision_date,figure_text,figure_status,note',
      },
    ],
  },
  {
    case: 'bad/unknown-column',
    issues: [{ file: 'funding.csv', line: 1, column: 'notes', code: 'header.unknown', fix: 'có phải "note"? Sửa tên cột cho đúng' }],
    warnings: 1,
  },
  {
    case: 'bad/text-in-number',
    issues: [
      {
        file: 'funding.csv',
        line: 2,
        column: 'value',
        value: 'khoảng 200',
        code: 'number.text',
        message: 'không phải là số',
        fixHas: 'cột figure_text',
      },
    ],
  },
  {
    case: 'bad/ambiguous-number',
    issues: [
      {
        file: 'funding.csv',
        line: 2,
        column: 'value',
        value: '1,234',
        code: 'number.ambiguous',
        messageHas: 'không rõ là 1 phẩy 234 hay 1234',
        fix: 'viết 1234 nếu là 1 nghìn 234, hoặc 1,2340 nếu là 1 phẩy 234',
      },
    ],
  },
  {
    case: 'bad/unknown-area',
    issues: [
      {
        file: 'funding.csv',
        line: 10,
        column: 'area_id',
        value: 'son-dog',
        code: 'ref.unknown',
        message: 'không có địa bàn này trong areas.csv',
        fix: 'nếu là địa bàn mới, thêm địa bàn này vào areas.csv trước; nếu gõ nhầm, có phải "son-dong" (Sơn Động)?',
      },
    ],
  },
  {
    case: 'bad/unknown-report',
    issues: [
      {
        file: 'works.csv',
        line: 2,
        column: 'report_id',
        value: 'bg-2023-11-03',
        code: 'ref.unknown',
        message: 'không có báo cáo này trong reports.csv',
        fix: 'nếu là báo cáo mới, thêm báo cáo này vào reports.csv trước; nếu gõ nhầm, có phải "bg-2023-11-30" (Ban Dân tộc tỉnh Bắc Giang, 2023-11-30)?',
      },
    ],
  },
  {
    case: 'bad/unknown-project',
    issues: [
      {
        file: 'funding.csv',
        line: 10,
        column: 'project_id',
        value: 'ntp1719.da33',
        code: 'ref.unknown',
        fix: 'nếu là dự án mới, thêm dự án này vào projects.csv trước; nếu gõ nhầm, có phải "ntp1719.da3" (Dự án 3)?',
      },
    ],
  },
  {
    case: 'bad/duplicate-id',
    issues: [
      {
        file: 'indicators.csv',
        line: 3,
        column: 'id',
        value: 'bg-2023-11-17-i01',
        code: 'id.duplicate',
        message: 'mã dòng này đã dùng ở dòng 2',
        // Which line to change: the one added later (walk-through 9), never a published id.
        fixHas: 'một trong hai dòng 2 và 3 là dòng mới thêm (thường là dòng 3): đổi mã của dòng đó',
      },
    ],
  },
  {
    case: 'bad/duplicate-key',
    issues: [
      {
        file: 'works.csv',
        line: 10,
        column: null,
        value: 'bg-2023-11-30-w09',
        code: 'key.duplicate',
        messageHas: 'đã nhập ở dòng 6',
        fixHas: 'dòng 6 và 10',
      },
    ],
  },
  {
    case: 'bad/negative-amount',
    issues: [
      { file: 'ncut.csv', line: 4, column: 'amount_mvnd', value: '-68,5', code: 'number.min', messageHas: 'số âm', fixHas: 'bỏ dấu "-"' },
    ],
  },
  {
    case: 'bad/disbursed-exceeds',
    issues: [
      {
        file: 'funding.csv',
        line: 8,
        column: 'value',
        value: '500000',
        code: 'rule.disbursed-exceeds',
        messageHas: 'lớn hơn vốn đã phân bổ 418.318 ở dòng 7',
      },
    ],
  },
  {
    case: 'bad/impossible-date',
    issues: [
      {
        file: 'reports.csv',
        line: 2,
        column: 'date',
        value: '31/04/2023',
        code: 'date.impossible',
        message: 'ngày không có thật: tháng 4 năm 2023 chỉ có 30 ngày',
      },
    ],
  },
  {
    case: 'bad/formula-injection',
    issues: [
      {
        file: 'indicators.csv',
        line: 3,
        column: 'label',
        value: '=HYPERLINK("http://x.example","Bấm vào đây")',
        code: 'cell.formula',
        messageHas: 'công thức',
        fixHas: 'bỏ ký tự "="',
      },
    ],
  },
  {
    case: 'bad/script-injection',
    issues: [
      { file: 'indicators.csv', line: 3, column: 'note', value: '<script>alert(1)</script>', code: 'cell.html', messageHas: '<script>' },
    ],
  },
];

const loads = new Map<string, { dir: string; data: DataLoad; check: { code: number; stdout: string } }>();

beforeAll(async () => {
  const cases = [
    ...refused.map((c) => ({ name: c.case, overlay: c.case.startsWith('bad/') ? c.case : null, files: c.files })),
    ...['bad/excel-semicolon', 'bad/bom-crlf', 'bad/nfd-text', 'bad/stray-spaces', 'bad/unicode-symbols'].map((name) => ({
      name,
      overlay: name,
      files: undefined,
    })),
  ];
  await Promise.all(
    cases.map(async ({ name, overlay, files }) => {
      const dir = dataDir(overlay, files);
      const [data, check] = await Promise.all([loadData(dir), runCheck(dir)]);
      loads.set(name, { dir, data, check });
    }),
  );
}, 120_000);

afterAll(removeDataDirs);

describe('refused input', () => {
  it.each(refused.map((c) => [c.case, c] as const))('%s', (_, c) => {
    const { dir, data, check } = loads.get(c.case)!;
    const errors = data.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(c.issues.length);
    c.issues.forEach(({ messageHas, fixHas, file, ...fields }, n) => {
      const got = errors[n]!;
      expect(got).toMatchObject({ ...fields, file: join(dir, file), severity: 'error' });
      if (messageHas) expect(got.message).toContain(messageHas);
      if (fixHas) expect(got.fix).toContain(fixHas);
      // The same issue, as one line of the printed report.
      const place = [join(dir, file), got.line === null ? null : `dòng ${got.line}`, got.column === null ? null : `cột "${got.column}"`]
        .filter(Boolean)
        .join(', ');
      const end = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);
      expect(check.stdout).toContain(
        `${place}${got.value ? `: "${got.value}"` : ''} — ${end(got.message)} Cần: ${end(got.expected)} Cách sửa: ${end(got.fix)}`,
      );
    });
    expect(data.issues.filter((i) => i.severity === 'warning')).toHaveLength(c.warnings ?? 0);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/Có \d+ lỗi trong \d+ tệp\. Hãy sửa các lỗi trên rồi chạy lại: npm run check$/m);
  });

  it('the legacy fixtures are real legacy bytes, not UTF-8', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(WINDOWS_1258)).toThrow();
    expect(new TextDecoder('windows-1258').decode(WINDOWS_1258).normalize('NFC')).toContain('son-dong,Sơn Động,district');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(TCVN3)).toThrow();
  });

  it('a table that cannot be read does not cascade into reference errors elsewhere', () => {
    const { data } = loads.get('legacy-windows-1258')!;
    expect(data.issues.filter((i) => i.code === 'ref.unknown')).toEqual([]);
    expect(data.counts.areas).toBe(0);
  });
});

describe('tolerated input', () => {
  const clean = (name: string) => {
    const { data, check } = loads.get(name)!;
    expect(data.issues).toEqual([]);
    expect(check.code).toBe(0);
    return data;
  };
  const funding = (data: DataLoad, id: string) => data.tables.funding.find((r) => r.id === `bg-2023-11-17-${id}`);

  it('Excel vi-VN export: semicolons, decimal commas, CRLF, quoted cells', () => {
    const data = clean('bad/excel-semicolon');
    expect(readFileSync(join(FIXTURES, 'bad/excel-semicolon/funding.csv'), 'utf8')).toContain(';"Dự án 3; vốn sự nghiệp";;\r\n');
    expect(funding(data, 'f08')).toMatchObject({ measure: 'disbursement_rate', value: 40.7, unit: 'percent', figure_text: '40,7%' });
    expect(funding(data, 'f09')).toMatchObject({ value: 1200.5, project_id: 'ntp1719.da3', note: 'Dự án 3; vốn sự nghiệp' });
    expect(funding(data, 'f01')).toMatchObject({ value: 495128, as_of: null });
    expect(data.counts.funding).toBe(9);
  });

  it('UTF-8 with BOM and CRLF line ends', () => {
    const data = clean('bad/bom-crlf');
    expect(data.tables.areas.map((a) => a.id)).toEqual(['bac-giang', 'son-dong', 'luc-ngan']);
    expect(data.tables.areas[0]).toEqual({ id: 'bac-giang', name: 'Bắc Giang', level: 'province', parent_id: null, note: null, former_district_id: null });
    expect(data.tables.reports[0]?.source_file).toBe('000_a.txt');
  });

  it('decomposed (NFD) Vietnamese equals the precomposed (NFC) text', () => {
    const raw = readFileSync(join(FIXTURES, 'bad/nfd-text/areas.csv'), 'utf8');
    expect(raw).not.toBe(raw.normalize('NFC'));
    const data = clean('bad/nfd-text');
    const sonDong = data.tables.areas.find((a) => a.id === 'son-dong');
    expect(sonDong?.name).toBe('Sơn Động'.normalize('NFC'));
    expect(sonDong?.name).toBe(readFileSync(join(VALID_MIN, 'areas.csv'), 'utf8').match(/son-dong,([^,]+),/)?.[1]);
  });

  it('stray and no-break spaces are trimmed, blank trailing rows skipped', () => {
    const data = clean('bad/stray-spaces');
    expect(funding(data, 'f01')).toMatchObject({ program: 'ntp1719', value: 495128 });
    expect(funding(data, 'f09')).toMatchObject({ area_id: 'son-dong' });
    expect(data.counts.funding).toBe(9);
  });

  it('ordinary symbols in text (µ, ü, ®, curly quotes, ½, em dash) are text, not a legacy encoding', () => {
    const data = clean('bad/unicode-symbols');
    const [first, second] = data.tables.indicators;
    expect(first?.label).toBe('Học viên bồi dưỡng kiến thức dân tộc — khóa “Müller”');
    expect(first?.note).toBe('Tài liệu của GIZ®; nước đạt 5 µg/l; ½ số học viên là nữ');
    expect(second?.note).toBe('Theo ‘Báo cáo nhanh’ của Phòng GD&ĐT — Müller & Söhne®');
  });
});
