/** What readers see: numbers, money and dates written the Vietnamese way. */
import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDate, formatMoney, formatNumber, formatValue, listPhrase } from '../../src/core/format.ts';

describe('formatting for people', () => {
  it('lists names as a sentence does: commas, then «và» before the last only', () => {
    expect(listPhrase(['Ban Dân tộc tỉnh Bắc Giang'])).toBe('Ban Dân tộc tỉnh Bắc Giang');
    expect(listPhrase(['UBND huyện Tân Yên', 'Ban Dân tộc tỉnh Bắc Giang'])).toBe('UBND huyện Tân Yên và Ban Dân tộc tỉnh Bắc Giang');
    expect(listPhrase(['UBND huyện Tân Yên', 'Ban Dân tộc tỉnh Bắc Giang', 'UBND huyện Bạch Thông'])).toBe('UBND huyện Tân Yên, Ban Dân tộc tỉnh Bắc Giang và UBND huyện Bạch Thông');
  });

  it('groups thousands with "." and marks decimals with ","', () => {
    expect(formatNumber(130595)).toBe('130.595');
    expect(formatNumber(61.85)).toBe('61,85');
    expect(formatNumber(46929.385459, 3)).toBe('46.929,385');
  });

  it('spells units out, never the ambiguous compact "T"', () => {
    expect(formatValue(130595, 'mvnd')).toBe('130.595 triệu đồng');
    expect(formatValue(61.9, 'percent')).toBe('61,9%');
    expect(formatMoney(130595)).toBe('130,6 tỷ đồng');
    expect(formatMoney(68.5)).toBe('68,5 triệu đồng');
  });

  it('writes full, month and year dates as reports do', () => {
    expect(formatDate('2023-11-17')).toBe('17/11/2023');
    expect(formatDate('2024-04')).toBe('tháng 4/2024');
    expect(formatDate('2023')).toBe('năm 2023');
  });

  it('sorts a month-only date after the days of that month', () => {
    const dates = ['2024-04', '2024-02-21', '2023-11-30', '2024-04-30'];
    expect([...dates].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual(['2023-11-30', '2024-02-21', '2024-04-30', '2024-04']);
  });
});
