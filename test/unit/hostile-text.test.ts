/**
 * Property: any text a cell may hold — entities, partial tags, quotes, formula starts, control, bidi and
 * zero-width characters, anything at all — either is a clear data error (a Vietnamese message and fix in
 * which no invisible character is quoted raw), or passes the check as text that is safe everywhere: the
 * cleaned text, with no control/bidi/zero-width character, no tag, no formula start, and HTML escaping that
 * reads back exactly. Run through the real reader and validator (areas.csv, the name and note columns).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/components/report-rows.ts';
import { UNSAFE_CHARACTER } from '../../src/data/messages.ts';
import { cleanText } from '../../src/data/normalise.ts';
import { areas } from '../../src/data/tables/index.ts';
import { check } from './helpers.ts';

/** Text that may pass: entities, a lone < or >, quotes, separators, spaces of every kind, Vietnamese. */
const MILD = [
  ...['&lt;', '&gt;', '&amp;', '&#60;', '&#x3C;', '&quot;', '&nbsp;', '&lt;script&gt;', '&lt;b&gt;'],
  ...['<', '>', ' < ', '1 < 2', 'a>b', '/>', '-->', 'javascript:', 'onerror=alert(1)'],
  ...['"', "'", '`', ',', ';', 'x=1+1', 'a-b', 'a@b'],
  ...[' ', '  ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u2003'],
  ...['Sơn Động', 'Bắc Giang', 'Đ', 'ộ', 'o\u0302\u0323', 'x', '1.234,5', '\u00ad'],
  ...['\u200b', '\ufeff', '\u2060'], // removed at a cell's ends, refused inside
];
/** Text that must be refused wherever it is: tags, formula starts, control, bidi and zero-width characters. */
const HOSTILE = [
  ...['</', '<scr', 'ipt>', '<b>', '</b>', '<img src=x onerror=alert(1)>', '<!--', '<svg onload=x>', '=', '+', '-', '@', '=1+1'],
  ...['\u001b', '\u001b[31m', '\u0000', '\u0007', '\u007f', '\u0085', '\u009b'],
  ...['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'],
  ...['\u200c', '\u200d', '\ufffe', '\uffff'],
];
const text = fc
  .array(
    fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...MILD) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.join(''));

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const csv = (name: string, note: string) => `id,name,level,parent_id,note\nbac-giang,${quote(name)},province,,${quote(note)}\n`;
const unescape = (html: string) => html.replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]!);
/** A complete tag, or the start of a script: a partial tag ("<scr") passes, and is escaped like any text. */
const TAG = /<\s*\/?\s*[a-z!][^>]*>|<\s*script/i;

describe('hostile text through the check', () => {
  it('is a clear data error, or passes as clean text that is safe in pages, images and spreadsheets', () => {
    let passed = 0;
    fc.assert(
      fc.property(text, fc.oneof(fc.constant(''), text), (name, note) => {
        const { issues, rows } = check(areas, csv(name, note));
        const errors = issues.filter((i) => i.severity === 'error');
        for (const e of issues) {
          expect(e.message.length).toBeGreaterThan(0);
          expect(e.fix.length).toBeGreaterThan(0);
          // Nothing invisible quoted raw (an ESC must not reach a terminal or a page as one).
          expect(UNSAFE_CHARACTER.test(`${e.message}${e.fix}${e.value ?? ''}`), JSON.stringify(e)).toBe(false);
        }
        if (errors.length > 0) return;
        passed++;
        expect(rows).toHaveLength(1);
        const row = rows[0] as { name: string; note?: string | null };
        for (const [raw, value] of [
          [name, row.name],
          [note, row.note ?? ''],
        ] as const) {
          expect(value).toBe(cleanText(raw));
          expect(UNSAFE_CHARACTER.test(value), JSON.stringify(value)).toBe(false);
          expect(TAG.test(value), JSON.stringify(value)).toBe(false);
          expect(/^[=+\-@]/.test(value), JSON.stringify(value)).toBe(false);
          const escaped = escapeHtml(value);
          expect(escaped).not.toMatch(/[<>"]/);
          expect(unescape(escaped)).toBe(value);
        }
      }),
      { numRuns: 400 },
    );
    // Not vacuous: a good share of the texts pass and are checked as safe.
    expect(passed).toBeGreaterThan(100);
  });

  it('a cell with any control, bidi or zero-width character inside its text is always refused', () => {
    const inside = fc.constantFrom(...'\u0000\u0001\u001b\u007f\u0080\u0085\u009f\u202a\u202e\u2066\u2069\u200e\u200f\u061c\u200b\u200c\u200d\u2060\ufeff\uffff'.split(''));
    fc.assert(
      fc.property(fc.constantFrom('Sơn', 'Bắc', 'a'), inside, fc.constantFrom('Động', 'Giang', 'b'), (before, c, after) => {
        const { issues } = check(areas, csv(`${before}${c}${after}`, ''));
        expect(issues.some((i) => i.severity === 'error' && i.code === 'cell.invisible' && i.column === 'name' && i.line === 2)).toBe(true);
      }),
    );
  });
});
