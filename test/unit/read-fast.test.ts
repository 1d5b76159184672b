/**
 * Large files are split into rows without PapaParse when their quotes are
 * well-formed and their line ends LF: the rows and the lines they start on
 * must be exactly PapaParse's (blank rows aside, which the reader skips), so
 * that every message names the same line and cell; files that do not qualify
 * must go through PapaParse (which reports broken quotes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsForTest } from '../../src/data/read.ts';

/** Rows with some text, as the reader keeps them. */
const kept = (rows: unknown[]) => rows.filter((r) => !('cells' in (r as object)) || (r as { cells: string[] }).cells.some((c) => c.trim() !== ''));

const SAMPLES: [string, string, ',' | ';'][] = [
  ['plain', 'id,name,value\na,Bắc Giang,1\nb,Sơn Động,2\n', ','],
  ['no final newline', 'id,name\na,b', ','],
  ['blank rows and empty cells', '\nid,name\n\n,,\na,\n,b\n\n', ','],
  ['quoted cells with delimiter, doubled quotes and line breaks', 'id,label,x\n1,"Lượt người, tập huấn",2\n2,"nói ""có""",3\n3,"hai\ndòng\nba",4\n4,"",5\n5,x,"cuối"', ','],
  ['quote inside an unquoted cell', 'id,label\n1,ab"c\n2,d"\n', ','],
  ['semicolons with decimal commas', 'id;value\na;"1,5"\nb;2,5\n', ';'],
  ['a quoted cell at the end of the file', 'a,b\n1,"x"', ','],
  ['many quoted rows', Array.from({ length: 200 }, (_, i) => `r${i},"${i % 3 ? 'a,b' : 'q""q'}",${i}`).join('\n'), ','],
];

const BROKEN: [string, string][] = [
  ['unclosed quote', 'id,label\n1,"abc\n2,x\n'],
  ['text after a closing quote', 'id,label\n1,"abc"d,2\n'],
  ['CRLF line ends', 'id,label\r\n1,x\r\n'],
  ['quote opening after an unquoted start', 'id,label\n1,ab"c,"d\n'],
];

describe('CSV rows without PapaParse', () => {
  for (const [name, text, delimiter] of SAMPLES) {
    it(`agree with PapaParse: ${name}`, () => {
      const { fast, papa } = rowsForTest(text, delimiter);
      expect(fast).not.toBeNull();
      expect(kept(fast!)).toEqual(kept(papa));
    });
  }
  for (const [name, text] of BROKEN) {
    it(`are not used for ${name}`, () => expect(rowsForTest(text, ',').fast).toBeNull());
  }
});

describe('CSV rows without PapaParse, on any text', () => {
  // Cells of letters, delimiters, quotes, line breaks and spaces, each written plainly or quoted as
  // Excel does; and some stray quotes: whenever the fast path takes a text, its rows are PapaParse's.
  const piece = fc.constantFrom('a', 'Đ', 'ư', '1', ',', ';', '"', '\n', ' ', '');
  const cell = fc.tuple(fc.array(piece, { maxLength: 6 }), fc.boolean()).map(([parts, quoted]) => {
    const text = parts.join('');
    return quoted || /[",;\n]/.test(text) ? (quoted ? `"${text.replaceAll('"', '""')}"` : text) : text;
  });
  const csv = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));

  it('agrees with PapaParse whenever it is used', () => {
    fc.assert(
      fc.property(csv, fc.constantFrom<',' | ';'>(',', ';'), (text, delimiter) => {
        const { fast, papa } = rowsForTest(text, delimiter);
        if (fast !== null) expect(kept(fast)).toEqual(kept(papa));
      }),
      { numRuns: 2000 },
    );
  });
});
