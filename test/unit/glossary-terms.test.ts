import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/lib/glossary.ts';
import { findTerms, isAbbreviation, termSegments, termsInHtml } from '../../src/lib/glossary-terms.ts';

const ids = (label: string) => findTerms(label).map((m) => [m.text, m.term.id]);

describe('findTerms: the glossary words inside a label', () => {
  it('finds abbreviations and full terms inside real labels', () => {
    expect(ids('Đã giải ngân, năm 2023 – Vốn ĐTPT: 18,7% vốn đã phân bổ')).toEqual([
      ['giải ngân', 'giai-ngan'],
      ['Vốn ĐTPT', 'von-dtpt'],
      ['phân bổ', 'phan-bo'],
    ]);
    expect(ids('Công trình theo kế hoạch, vốn sn (năm 2023)')).toEqual([['vốn sn', 'von-sn']]);
    expect(ids('Chi thường xuyên từ vốn sự nghiệp')).toEqual([['vốn sự nghiệp', 'von-sn']]);
    expect(ids('ĐTPT')).toEqual([['ĐTPT', 'von-dtpt']]);
    expect(ids('Giai đoạn 2022–2023 (trung ương và đối ứng tỉnh)')).toEqual([['đối ứng', 'doi-ung']]);
  });

  it('takes the longest form: DTTS&MN before DTTS, vốn ĐTPT before ĐTPT', () => {
    expect(ids('Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN (73 xã)')).toEqual([['DTTS&MN', 'dtts-mn']]);
    expect(ids('Học sinh DTTS đi học')).toEqual([['DTTS', 'dtts']]);
    expect(ids('Vốn đầu tư phát triển (ĐTPT)')).toEqual([
      ['Vốn đầu tư phát triển', 'von-dtpt'],
      ['ĐTPT', 'von-dtpt'],
    ]);
  });

  it('is case-insensitive in Vietnamese (Đ = đ, Ố = ố) and works on decomposed text', () => {
    expect(ids('VỐN SỰ NGHIỆP')).toEqual([['VỐN SỰ NGHIỆP', 'von-sn']]);
    expect(ids('vốn đtpt')).toEqual([['vốn đtpt', 'von-dtpt']]);
    expect(ids('Giải ngân'.normalize('NFD'))).toEqual([['Giải ngân', 'giai-ngan']]);
  });

  it('never matches inside another word', () => {
    expect(ids('ĐTPTX và XĐTPT')).toEqual([]);
    expect(ids('giải ngânh')).toEqual([]);
    expect(ids('KH5110')).toEqual([]);
    expect(ids('Sự nghiệp giáo dục')).toEqual([]);
  });

  it('treats the dashes of a period alike', () => {
    expect(ids('Vùng DTTS (chuẩn nghèo 2016-2020)').map((x) => x[1])).toEqual(['dtts', 'chuan-ngheo-2016-2020']);
    expect(ids('Vùng DTTS (chuẩn nghèo 2016–2020)').map((x) => x[1])).toEqual(['dtts', 'chuan-ngheo-2016-2020']);
  });
});

describe('termSegments: what a label links', () => {
  it('links each term once per block and keeps the text intact', () => {
    const seen = new Set<string>();
    const a = termSegments('Đã giải ngân: 40,7% vốn đã phân bổ', seen);
    const b = termSegments('Vốn đã phân bổ và vốn đã giải ngân', seen);
    const text = (s: typeof a) => s.map((x) => (typeof x === 'string' ? x : x.text)).join('');
    expect(text(a)).toBe('Đã giải ngân: 40,7% vốn đã phân bổ');
    expect(text(b)).toBe('Vốn đã phân bổ và vốn đã giải ngân');
    expect(a.filter((x) => typeof x !== 'string')).toHaveLength(2);
    expect(b.filter((x) => typeof x !== 'string')).toHaveLength(0);
  });

  it('marks abbreviations for <abbr>', () => {
    expect(isAbbreviation('Vốn ĐTPT')).toBe(true);
    expect(isAbbreviation('DTTS&MN')).toBe(true);
    expect(isAbbreviation('giải ngân')).toBe(false);
  });
});

describe('the glossary list', () => {
  it('has unique ids and no form claimed by two terms', () => {
    expect(new Set(GLOSSARY.map((t) => t.id)).size).toBe(GLOSSARY.length);
    const forms = GLOSSARY.flatMap((t) => [t.term, t.short, ...(t.forms ?? [])].filter(Boolean).map((f) => f!.normalize('NFC').toLocaleLowerCase('vi')));
    expect(forms.length - new Set(forms).size).toBe(0);
  });

  it('covers the budget words readers ask about', () => {
    for (const word of ['vốn giao', 'phân bổ', 'giải ngân', 'ĐTPT', 'SN', 'đối ứng', 'vốn sự nghiệp']) expect(findTerms(word === 'SN' ? 'vốn SN' : word), word).toHaveLength(1);
  });

  it('reads the terms back from rendered HTML, in order, once each', () => {
    expect(termsInHtml('<a data-term="giai-ngan">x</a><a data-term="von-sn">y</a><a data-term="giai-ngan">z</a><a data-term="khong-co">?</a>').map((t) => t.id)).toEqual(['giai-ngan', 'von-sn']);
  });
});
