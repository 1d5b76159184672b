/**
 * The canonical text of a table, cell by cell (src/data/canonical.ts): which cells are quoted, how numbers are
 * written, the order of rows (numbers inside ids as numbers, equal ids by their text), and when a file already is
 * canonical. Rows of areas.csv built here; every expected text written out by hand from the rules in the header
 * of canonical.ts.
 */
import { describe, expect, it } from 'vitest';
import { canonicalCsv, canonicaliseFile, isCanonical } from '../../src/data/canonical.ts';
import type { Row } from '../../src/data/validate.ts';

const HEADER = 'id,name,level,parent_id,note,former_district_id';
const area = (id: string, over: Row = {}): Row => ({ id, name: id, level: 'district', parent_id: 'p', note: null, former_district_id: null, ...over });

describe('the canonical text', () => {
  it('quotes a cell with a comma, a quote, a line break or a space at either end, and only those', () => {
    const rows = [
      area('a-1', { name: 'Hai, ba', note: 'nói "x"' }),
      area('a-2', { name: ' lề', note: 'cuối ' }),
      area('a-3', { name: 'một\ndòng', note: 'về\r' }),
      area('a-4', { name: 'Sơn Động', note: 'giữa có cách' }),
    ];
    expect(canonicalCsv('areas', rows)).toBe(
      `${HEADER}\na-1,"Hai, ba",district,p,"nói ""x""",\na-2," lề",district,p,"cuối ",\na-3,"một\ndòng",district,p,"về\r",\na-4,Sơn Động,district,p,giữa có cách,\n`,
    );
  });

  it('writes numbers in full with a point: never 1e+21 or 1e-7', () => {
    const row = (id: string, value: number): Row => ({ id, report_id: 'r', value });
    const lines = canonicalCsv('funding', [row('f1', 1e21), row('f2', 1e-7), row('f3', 61.9), row('f4', 130595)]).split('\n');
    expect(lines.slice(1, 5).map((l) => l.split(',')[10])).toEqual(['1000000000000000000000', '0.0000001', '61.9', '130595']);
  });

  it('sorts rows by id with the numbers in them as numbers, equal ids by their text; an empty table is its header', () => {
    const rows = [area('bg-f10'), area('bg-f2'), area('x', { name: 'b' }), area('x', { name: 'a' }), area('bg-f1')];
    expect(canonicalCsv('areas', rows).split('\n').map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'id,name',
      'bg-f1,bg-f1',
      'bg-f2,bg-f2',
      'bg-f10,bg-f10',
      'x,a',
      'x,b',
      '',
    ]);
    expect(canonicalCsv('areas', [])).toBe(`${HEADER}\n`);
  });
});

describe('whether a file is canonical already', () => {
  const rows = [area('a-1', { name: 'Hai, ba' }), area('a-2'), area('a-10', { note: 'ghi chú' })];
  const text = canonicalCsv('areas', rows);

  it('yes for the canonical text of its rows, read in file order', () => {
    expect(text).toBe(`${HEADER}\na-1,"Hai, ba",district,p,,\na-2,a-2,district,p,,\na-10,a-10,district,p,ghi chú,\n`);
    expect(isCanonical('areas', text, rows)).toBe(true);
    expect(isCanonical('areas', `${HEADER}\n`, [])).toBe(true);
  });

  it('no for CRLF, another header, «;» between cells, a cell written otherwise, or text after the last row', () => {
    expect(isCanonical('areas', text.replaceAll('\n', '\r\n'), rows)).toBe(false);
    expect(isCanonical('areas', text.replace('a-2,a-2,district,p,,\n', 'a-2,a-2,district,p,,\r\n'), rows)).toBe(false);
    expect(isCanonical('areas', text.replace('parent_id', 'parent'), rows)).toBe(false);
    expect(isCanonical('areas', `${HEADER},x\n${text.slice(HEADER.length + 1)}`, rows)).toBe(false);
    expect(isCanonical('areas', text.replace('a-2,a-2,district', 'a-2;a-2;district'), rows)).toBe(false);
    expect(isCanonical('areas', text.replace('"Hai, ba"', 'Hai\\, ba'), rows)).toBe(false);
    expect(isCanonical('areas', `${text}a-11,a-11,district,p,,\n`, rows)).toBe(false);
    expect(isCanonical('areas', text.trimEnd(), rows)).toBe(false);
  });

  it('no when the rows are out of order: a-10 before a-2, or two rows of one id by their text', () => {
    const unsorted = [rows[0]!, rows[2]!, rows[1]!];
    const unsortedText = [HEADER, 'a-1,"Hai, ba",district,p,,', 'a-10,a-10,district,p,ghi chú,', 'a-2,a-2,district,p,,', ''].join('\n');
    expect(isCanonical('areas', unsortedText, unsorted)).toBe(false);
    const twins = [area('x', { name: 'a' }), area('x', { name: 'b' })];
    expect(isCanonical('areas', canonicalCsv('areas', twins), twins)).toBe(true);
    expect(isCanonical('areas', `${HEADER}\nx,b,district,p,,\nx,a,district,p,,\n`, twins.toReversed())).toBe(false);
  });
});

describe('rewriting one file', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const CANONICAL = `${HEADER}\nbac-giang,Bắc Giang,province,,,\n`;

  it('a canonical file is unchanged; a BOM or CRLF is a change, to the same text', () => {
    expect(canonicaliseFile('areas', encode(CANONICAL), 'areas.csv')).toEqual({ text: CANONICAL, changed: false });
    expect(canonicaliseFile('areas', encode(`\uFEFF${CANONICAL}`), 'areas.csv')).toEqual({ text: CANONICAL, changed: true });
    expect(canonicaliseFile('areas', encode(CANONICAL.replaceAll('\n', '\r\n')), 'areas.csv')).toEqual({ text: CANONICAL, changed: true });
  });

  it('a file with an error is not rewritten: the errors say why', () => {
    const result = canonicaliseFile('areas', encode(`${HEADER}\nbac-giang,Bắc Giang,tinh,,,\n`), 'areas.csv');
    expect('errors' in result && result.errors.map((e) => [e.line, e.column, e.value])).toEqual([[2, 'level', 'tinh']]);
  });
});
