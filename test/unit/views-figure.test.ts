/**
 * What a headline card leads with (src/components/Figure.astro, the area lists, the share image): the number and
 * its unit, the billions of a large amount with the exact millions beside, a total with its qualifier, or the share
 * a card leads with and the amounts beneath. Expected texts written by hand from the valid-min figures.
 */
import { describe, expect, it } from 'vitest';
import { figureHeadline, figureLead } from '../../src/views/figure.ts';

describe('figure lead', () => {
  it('a count: the number and its unit, nothing else', () => {
    expect(figureLead({ value: 523, unit: 'person' })).toEqual({ lead: '523', leadUnit: 'người' });
  });

  it('a large amount: in tỷ đồng, the exact triệu đồng kept', () => {
    // 495.128 triệu đồng = 495,1 tỷ đồng.
    expect(figureLead({ value: 495128, unit: 'mvnd' })).toEqual({ lead: '495,1', leadUnit: 'tỷ đồng', exact: '495.128 triệu đồng' });
  });

  it('a value out of a qualified total keeps the total’s word', () => {
    expect(figureHeadline({ value: 56, unit: 'work', total: 75, totalQualifier: 'khoang' })).toEqual({ number: '56/khoảng 75', unit: 'công trình' });
    expect(figureHeadline({ value: 56, unit: 'work', total: 75 })).toEqual({ number: '56/75', unit: 'công trình' });
  });

  it('a share leads, with what it is a share of; the amounts beneath carry the value’s qualifier', () => {
    const disbursed = { value: 170353, unit: 'mvnd' as const, total: 418318, share: { text: '40,7%', value: 40.7, of: 'vốn đã phân bổ' } };
    expect(figureLead(disbursed)).toEqual({ lead: '40,7%', leadUnit: 'vốn đã phân bổ', amounts: '170.353/418.318 triệu đồng' });
    expect(figureLead({ ...disbursed, qualifier: 'tren' }).amounts).toBe('trên 170.353/418.318 triệu đồng');
  });

  it('a share of nothing named, over a percentage: no unit word, no trailing space', () => {
    expect(figureLead({ value: 61.5, unit: 'percent', share: { text: '61,5%', value: 61.5 } })).toEqual({ lead: '61,5%', leadUnit: '', amounts: '61,5%' });
  });
});
