/** What a phone reader sees of a section's figures before tapping "Xem thêm … con số". */
import { describe, expect, it } from 'vitest';
import { chartsSummary, moreFiguresSummary, splitFigures } from '../../src/lib/fold.ts';

describe('folding a section for a phone', () => {
  it('shows every figure when folding would hide fewer than three', () => {
    expect(splitFigures([1, 2, 3, 4, 5, 6])).toEqual({ shown: [1, 2, 3, 4, 5, 6], folded: [] });
    expect(splitFigures([])).toEqual({ shown: [], folded: [] });
  });

  it('keeps the first four, in order, and folds the rest', () => {
    expect(splitFigures([1, 2, 3, 4, 5, 6, 7])).toEqual({ shown: [1, 2, 3, 4], folded: [5, 6, 7] });
  });

  it('says in Vietnamese what a tap opens, numbers written the Vietnamese way', () => {
    expect(moreFiguresSummary(19)).toBe('Xem thêm 19 con số');
    expect(chartsSummary(1200)).toBe('Xem 1.200 biểu đồ và bảng số liệu');
  });
});
