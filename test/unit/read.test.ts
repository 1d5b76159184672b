import { describe, expect, it } from 'vitest';
import { readAll } from './helpers.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readCsv', () => {
  it('reads comma CSV with line numbers, skipping blank rows', () => {
    const { header, records, issues } = readAll('id,name\n\na,Bắc Giang\n,\n  ,\u00a0\nb,"Sơn\nĐộng"\nc,x\n\n');
    expect(issues).toEqual([]);
    expect(header).toEqual({ delimiter: ',', names: ['id', 'name'], line: 1 });
    expect(records).toEqual([
      { line: 3, cells: ['a', 'Bắc Giang'] },
      { line: 6, cells: ['b', 'Sơn\nĐộng'] },
      // The quoted line break above moves every later line down by one.
      { line: 8, cells: ['c', 'x'] },
    ]);
  });

  it('detects semicolons from the header line (Excel vi-VN) and keeps quoted ones', () => {
    const { header, records } = readAll('id;value;note\r\nf1;61,9;"a; b"\r\n');
    expect(header?.delimiter).toBe(';');
    expect(records[0]?.cells).toEqual(['f1', '61,9', 'a; b']);
  });

  it('drops a UTF-8 BOM and CR line ends', () => {
    const { header, records } = readAll(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('id,name\r\na,b\r\n')]));
    expect(header?.names).toEqual(['id', 'name']);
    expect(records[0]?.cells).toEqual(['a', 'b']);
  });

  it('starts at the first non-blank row and ignores empty columns after the last name', () => {
    const { header, records, issues } = readAll('\n,,\nid,name,,\na,b,,\n');
    expect(issues).toEqual([]);
    expect(header).toMatchObject({ names: ['id', 'name'], line: 3 });
    expect(records).toEqual([{ line: 4, cells: ['a', 'b'], extra: 2 }]);
  });

  it('refuses rows with the wrong number of cells', () => {
    const { records, issues } = readAll('id,name\na,Trưởng ban, Phó ban\nb\nc,ok\n');
    expect(records.map((r) => r.line)).toEqual([4]);
    expect(issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ['csv.width', 2, 'dòng có 3 ô nhưng dòng tiêu đề có 2 cột'],
      ['csv.width', 3, 'dòng có 1 ô nhưng dòng tiêu đề có 2 cột'],
    ]);
  });

  it('reports an unclosed quote', () => {
    const { issues } = readAll('id,name\na,"Bắc Giang\n');
    expect(issues.map((i) => [i.code, i.line])).toEqual([['csv.quotes', 2]]);
  });

  it('reports an empty file', () => {
    expect(readAll('').issues.map((i) => i.code)).toEqual(['file.empty']);
    expect(readAll('\n,,\n').issues.map((i) => i.code)).toEqual(['file.empty']);
  });

  it('refuses a file that is not UTF-8 (Windows-1258, TCVN3, VNI) and says where', () => {
    // "Sơn" in Windows-1258: S, ơ = F5, n.
    const { header, issues } = readAll(Uint8Array.from([...utf8('id,name\na,b\nc,S'), 0xf5, ...utf8('n\n')]));
    expect(header).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'encoding.legacy', line: 3, value: 'c,S\ufffdn' });
    expect(issues[0]?.fix).toContain('"CSV UTF-8 (Comma delimited) (*.csv)"');
  });

  it('refuses UTF-16 ("Unicode Text" from Excel)', () => {
    const { issues } = readAll(Uint8Array.from([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]));
    expect(issues.map((i) => i.code)).toEqual(['encoding.utf16']);
  });

  it.each([
    ['Sá»¡n Äá»™ng', 'utf8-read-as-latin1'],
    ['BÃ¡o cÃ¡o', 'utf8-read-as-latin1'],
    [new TextDecoder('windows-1252').decode(utf8('Trưởng ban')), 'utf8-read-as-latin1'],
    ['S¬n §éng', 'legacy-glyphs'],
    ['B¸o c¸o', 'legacy-glyphs'],
    ['Sôn Ñoäng', 'legacy-glyphs'],
  ])('refuses garbled Vietnamese %s (%s), naming the first cell and counting the others', (garbled, kind) => {
    const { header, issues } = readAll(`id,name\na,Bắc Giang\nb,${garbled}\nc,${garbled}\n`);
    expect(header).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'encoding.mojibake', line: 3, column: 'name', value: garbled });
    expect(issues[0]?.message).toContain('có 2 ô bị lỗi như vậy');
    expect(issues[0]?.message).toContain(kind === 'legacy-glyphs' ? 'TCVN3/ABC hoặc VNI' : 'bị hỏng mã');
  });

  it.each([
    'Sơn Động, Bắc Giang – “Vì người nghèo” ĐẠI ĐOÀN KẾT',
    'Diện tích 25 m², nhiệt độ 30°C, «trích dẫn»',
    'Nº 5, Hà Nội; ½ số hộ',
    'Ghi chú: 100% thôn, bản; Ấp, Ẩn, Ỹ',
  ])('accepts genuine Vietnamese text: %s', (text) => {
    const { header, issues } = readAll(`id,note\na,"${text}"\n`);
    expect(issues).toEqual([]);
    expect(header).not.toBeNull();
  });
});
