/**
 * The printed precision every check compares with (src/data/precision.ts):
 * how many decimals a report printed, rounding half away from zero as a
 * report rounds, and where "agrees", "cut digits", "rounded coarsely" and
 * "differs" part. Each expected value is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { agreement, decimalsOf, printedDecimals, round, truncate } from '../../src/data/precision.ts';

describe('decimalsOf: decimals of the shortest writing', () => {
  it('integers, fractions, negatives and numbers JavaScript writes with an exponent', () => {
    expect(decimalsOf(130595)).toBe(0);
    expect(decimalsOf(78.8)).toBe(1);
    expect(decimalsOf(0.125)).toBe(3);
    expect(decimalsOf(-1.47)).toBe(2);
    // String(1e-7) is "1e-7": seven decimals, 0,0000001.
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(1.5e-7)).toBe(8);
  });
});

describe('printedDecimals: as the figure text shows the value', () => {
  it('the token that is the value, wherever it stands in the text', () => {
    expect(printedDecimals('12,5 ha và 3,25 tấn', 3.25)).toBe(2);
    expect(printedDecimals('12,50 ha', 12.5)).toBe(2);
    expect(printedDecimals('tăng 5 %', 5)).toBe(0);
  });

  it('a writing that may be thousands or decimals: the reading that is the value', () => {
    // «1.234»: 1234 to the unit, or 1,234 to three decimals.
    expect(printedDecimals('1.234 tấn', 1234)).toBe(0);
    expect(printedDecimals('1.234 tấn', 1.234)).toBe(3);
    // «1,230 ha» read as 1,23: printed with three decimals, though 1,23 has two.
    expect(printedDecimals('1,230 ha', 1.23)).toBe(3);
  });

  it('binary fractions and large amounts are still the printed value', () => {
    // 0,1 + 0,2 is 0,30000000000000004 in binary; the report printed 0,3.
    expect(printedDecimals('0,3 ha', 0.1 + 0.2)).toBe(1);
    // An amount read back with a rounding error in its 7th decimal is still «130.595».
    expect(printedDecimals('130.595 triệu', 130595.0000001)).toBe(0);
  });

  it('no token is the value: the value’s own decimals', () => {
    expect(printedDecimals('không có số', 12.25)).toBe(2);
    expect(printedDecimals('12,3', 12.25)).toBe(2);
    expect(printedDecimals('', 7)).toBe(0);
  });
});

describe('round and truncate, as a report does', () => {
  it('half away from zero, despite binary fractions: 1,005 → 1,01 and −1,005 → −1,01', () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(-1.005, 2)).toBe(-1.01);
    expect(round(2.5, 0)).toBe(3);
    expect(round(96.797, 1)).toBe(96.8);
    expect(round(1234.5, -1)).toBe(1230);
    expect(round(0, 2)).toBe(0);
  });

  it('cuts without rounding', () => {
    expect(truncate(96.797, 1)).toBe(96.7);
    expect(truncate(99.99, 0)).toBe(99);
  });
});

describe('agreement: where each verdict starts', () => {
  it('half a unit of the last printed decimal agrees, even when binary fractions make it a hair more', () => {
    // 8,15 − 8,1 is 0,0500000000000007 in binary.
    expect(agreement(8.1, 8.15, 1)).toBe('agrees');
    expect(agreement(8.2, 8.15, 1)).toBe('agrees');
    expect(agreement(8.2, 8.14, 1)).toBe('differs');
    expect(agreement(100, 100.5, 0)).toBe('agrees');
    // 100.000.000,15 − 100.000.000,1 is 0,05 + 1,2·10⁻⁸ in binary: still half a unit of an amount this large.
    expect(agreement(100000000.1, 100000000.15, 1)).toBe('agrees');
  });

  it('cut digits: 99,7 printed 99', () => {
    expect(agreement(99, 99.7, 0)).toBe('truncation');
    // 99,7 cut is 99, not 98.
    expect(agreement(98, 99.7, 0)).toBe('differs');
  });

  it('rounded to fewer decimals and padded: 79,6 printed «80,00»; 79,64 printed «79,60»', () => {
    expect(agreement(80, 79.6, 2)).toBe('rounding');
    expect(agreement(79.6, 79.64, 2)).toBe('rounding');
    // 79,64 is neither 80 nor 79,6 nor 79,64 at any precision.
    expect(agreement(79.7, 79.64, 2)).toBe('differs');
  });

  it('the slack of the computed figure widens agreement and coarse rounding, not cut digits', () => {
    expect(agreement(10, 10.8, 0, 0.3)).toBe('agrees');
    expect(agreement(10, 10.9, 0, 0.3)).toBe('truncation');
    expect(agreement(11, 9.8, 0, 0.3)).toBe('differs');
    // 79,9 rounded to the unit is 80; «80,10» is 0,1 from it: coarse rounding only with a slack of 0,1.
    expect(agreement(80.1, 79.9, 2)).toBe('differs');
    expect(agreement(80.1, 79.9, 2, 0.1)).toBe('rounding');
  });
});
