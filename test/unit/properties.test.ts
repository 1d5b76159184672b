import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, parseNumber, readNumber } from '../../src/data/normalise.ts';

const integerVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimalVi = (decimals: number) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** Vietnamese letters, precomposed and plain, plus spaces of several kinds. */
const VIETNAMESE = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐƠƯẠỆ',
  ' ',
  '\u00a0',
  '\t',
];
const vietnameseText = fc.string({ unit: fc.constantFrom(...VIETNAMESE), maxLength: 30 });

describe('Vietnamese number formatting round-trips', () => {
  it('an integer written with vi-VN grouping ("1.234.567") reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const written = integerVi.format(n).replace('\u2212', '-');
        expect(parseNumber(written, 'integer')).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });

  it('a decimal written with vi-VN grouping and decimal comma reads back as itself (unambiguous writings)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), fc.integer({ min: 0, max: 4 }), (units, decimals) => {
        const n = units / 10 ** decimals;
        const written = decimalVi(decimals).format(n).replace('\u2212', '-');
        fc.pre(readNumber(written).kind !== 'ambiguous');
        const read = parseNumber(written, 'decimal');
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.value).toBeCloseTo(n, decimals);
      }),
    );
  });

  it('the same decimal written plainly with a dot or a comma reads the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 5 }), (whole, fraction) => {
        const digits = String(fraction).padStart(2, '0');
        const dot = parseNumber(`${whole}.${digits}`, 'decimal');
        const comma = parseNumber(`${whole},${digits}`, 'decimal');
        expect(dot).toEqual(comma);
      }),
    );
  });

  it('never returns NaN or Infinity silently: a finite number or a problem', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^-?[\d.,]{1,25}$/), fc.stringMatching(/^-?\d{1,20}([.,]\d{1,4})?(E[+-]?\d+)?$/)),
        fc.constantFrom('integer' as const, 'decimal' as const),
        (text, format) => {
          const read = parseNumber(text, format);
          if (read.ok) expect(Number.isFinite(read.value)).toBe(true);
          else expect(read.problem.code).toMatch(/^number\./);
        },
      ),
    );
  });
});

describe('text normalisation', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, fc.string()), (s) => {
        expect(cleanText(cleanText(s))).toBe(cleanText(s));
      }),
    );
  });

  it('gives the same text for NFD and NFC input', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        expect(cleanText(s.normalize('NFD'))).toBe(cleanText(s.normalize('NFC')));
      }),
    );
  });

  it('returns NFC text without leading, trailing or doubled spaces', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, fc.string()), (s) => {
        const clean = cleanText(s);
        expect(clean).toBe(clean.normalize('NFC'));
        expect(clean).not.toMatch(/^\s|\s$|\s{2}/);
      }),
    );
  });
});
