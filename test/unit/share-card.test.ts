import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharePng, shareSvg } from '../../src/publish/share-image.ts';
import { shareAlt, shareHeadline, type ShareCard } from '../../src/views/share.ts';

const card: ShareCard = {
  slug: 'giai-ngan',
  title: 'Giải ngân',
  figure: {
    label: 'Đã giải ngân, năm 2023 – Vốn ĐTPT: 18,7% vốn đã phân bổ',
    value: 80775,
    unit: 'mvnd',
    total: 130595,
    asOf: '2023-11-15',
    area: 'tỉnh Bắc Giang',
    href: '/bao-cao/bg-2023-11-17/#bg-2023-11-17-f06',
  },
  source: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023',
  asOf: '2023-11-15',
};
const texts = (svg: string) => [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((m) => m[1]);
const size = (png: Uint8Array) => {
  const v = new DataView(png.buffer, png.byteOffset);
  return [v.getUint32(16), v.getUint32(20)];
};

describe('share card', () => {
  it('says the figure, its unit, area and as-of date, in the description and on the image', () => {
    expect(shareHeadline(card)).toBe('Đã giải ngân, năm 2023 – Vốn ĐTPT: 18,7% vốn đã phân bổ (80.775/130.595 triệu đồng), tỉnh Bắc Giang, tính đến ngày 15/11/2023.');
    const t = texts(shareSvg(card));
    expect(t).toEqual(expect.arrayContaining(['Số liệu Chương trình MTQG 1719', 'Giải ngân', '80.775/130.595', 'triệu đồng', 'tỉnh Bắc Giang, tính đến ngày 15/11/2023', 'Nguồn: Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023']));
    expect(shareAlt(card)).toContain('80.775/130.595 triệu đồng');
  });

  it('says when the figure has a source discrepancy note: in the headline, the alt text and on the image', () => {
    const noted = { ...card, figure: { ...card.figure!, notes: [{ text: 'Vốn đã phân bổ …: báo cáo in sai con số này', href: '/du-lieu/chat-luong/#malformed-x' }] } };
    expect(shareHeadline(noted)).toBe('Đã giải ngân, năm 2023 – Vốn ĐTPT: 18,7% vốn đã phân bổ (80.775/130.595 triệu đồng), tỉnh Bắc Giang, tính đến ngày 15/11/2023. Có lưu ý về số liệu nguồn.');
    expect(shareAlt(noted)).toContain('Có lưu ý về số liệu nguồn.');
    expect(texts(shareSvg(noted))).toContain('Có lưu ý về số liệu nguồn (xem ghi chú trên trang)');
    // Under a two-line label it still ends above the rule over the source (y = 552).
    const long = { ...noted, figure: { ...noted.figure, label: `Đã giải ngân, năm 2023 – ${'vốn đầu tư phát triển '.repeat(6)}` } };
    const y = Number(/<text x="\d+" y="([\d.]+)"[^>]*>Có lưu ý/.exec(shareSvg(long))?.[1]);
    expect(y).toBeGreaterThan(400);
    expect(y).toBeLessThan(552 - 20);
    expect(shareHeadline(card)).not.toContain('lưu ý');
    expect(texts(shareSvg(card)).join(' ')).not.toContain('lưu ý');
  });

  it('carries the data team\'s note on the figure\'s row as the card on the page does: whole when it fits the line, else that there is one', () => {
    // A short note (funding.csv of Bắc Giang: «Giải ngân theo số liệu Kho bạc Nhà nước tỉnh.»): drawn and said whole.
    const short = { ...card, figure: { ...card.figure!, rowNote: 'Giải ngân theo số liệu Kho bạc Nhà nước tỉnh.' } };
    expect(shareHeadline(short)).toBe('Đã giải ngân, năm 2023 – Vốn ĐTPT: 18,7% vốn đã phân bổ (80.775/130.595 triệu đồng), tỉnh Bắc Giang, tính đến ngày 15/11/2023. Ghi chú: Giải ngân theo số liệu Kho bạc Nhà nước tỉnh.');
    expect(texts(shareSvg(short))).toContain('Ghi chú: Giải ngân theo số liệu Kho bạc Nhà nước tỉnh.');
    // A long one (Bạch Thông's misprinted number) cannot be drawn whole on one line: the card says there is a note.
    const long = { ...card, figure: { ...card.figure!, rowNote: 'Số in sai định dạng (hai dấu phẩy). Đọc 2.080,045,980 là 2.080.045.980 đồng = 2.080,04598 triệu đồng (khớp với tỷ lệ 4,4% in kèm).' } };
    expect(shareHeadline(long)).toMatch(/tính đến ngày 15\/11\/2023\. Có ghi chú về con số này\.$/);
    expect(shareAlt(long)).toContain('Có ghi chú về con số này.');
    expect(texts(shareSvg(long))).toContain('Có ghi chú về con số này (xem trên trang)');
    // The longest drawn whole: «Ghi chú: » and 51 characters make the card's 60 (counted by hand); one more is said to be there.
    const note51 = 'Số liệu của Kho bạc Nhà nước tỉnh đến ngày 15/11/23';
    expect(note51).toHaveLength(51);
    expect(texts(shareSvg({ ...card, figure: { ...card.figure!, rowNote: note51 } }))).toContain(`Ghi chú: ${note51}`);
    expect(texts(shareSvg({ ...card, figure: { ...card.figure!, rowNote: `${note51}.` } }))).toContain('Có ghi chú về con số này (xem trên trang)');
    // A note ending in a quotation or a question keeps its own end, with no full stop after it.
    expect(shareHeadline({ ...card, figure: { ...card.figure!, rowNote: 'Báo cáo ghi «giảm bình quân»' } })).toMatch(/Ghi chú: Báo cáo ghi «giảm bình quân»$/);
    // A note the label already says in full is not printed under the card, nor on its image.
    const said = { ...card, figure: { ...card.figure!, rowNote: 'Vốn ĐTPT năm 2023.' } };
    expect(shareHeadline(said)).toBe(shareHeadline(card));
    expect(texts(shareSvg(said)).join(' ')).not.toContain('ghi chú');
    expect(texts(shareSvg(said)).join(' ')).not.toContain('Ghi chú');
    // A discrepancy is the stronger warning, said alone.
    const both = { ...long, figure: { ...long.figure, notes: [{ text: 'Vốn đã phân bổ …: báo cáo in sai con số này' }] } };
    expect(shareHeadline(both)).toMatch(/Có lưu ý về số liệu nguồn\.$/);
    expect(texts(shareSvg(both)).join(' ')).not.toContain('Có ghi chú');
  });

  it('keeps a long label to two lines, cut with "…", and escapes markup', () => {
    const long = { ...card, figure: { ...card.figure!, label: `Khối lượng <xây lắp> & ${'đã thực hiện của các công trình '.repeat(8)}` } };
    const svg = shareSvg(long);
    const label = texts(svg).filter((x) => x!.startsWith('Khối') || x!.includes('công trình'));
    expect(label).toHaveLength(2);
    expect(label[1]).toMatch(/…$/);
    expect(svg).toContain('&lt;xây lắp&gt; &amp;');
  });

  it('draws a partial date as the report writes it, and the generic card without a figure', () => {
    expect(shareHeadline({ ...card, figure: { ...card.figure!, label: 'Người có uy tín', value: 523, unit: 'person', total: undefined, asOf: '2023-06' } })).toBe(
      'Người có uy tín: 523 người, tỉnh Bắc Giang, tính đến tháng 6/2023.',
    );
    const generic: ShareCard = { slug: 'chung', title: 'Chương trình MTQG 1719 qua số liệu', source: '5 báo cáo, từ tháng 6/2023 đến tháng 4/2024', asOf: '2024-04' };
    expect(shareHeadline(generic)).toBeNull();
    // The site's reports and their span, never «Số liệu đến» one report's date (shared from pages of older data).
    expect(texts(shareSvg(generic))).toEqual(expect.arrayContaining(['Theo 5 báo cáo, từ tháng 6/2023 đến tháng 4/2024', 'Mỗi con số ghi ngày và báo cáo nguồn riêng.']));
    expect(texts(shareSvg(generic)).join(' ')).not.toContain('Số liệu đến');
    expect(shareAlt(generic)).toBe('Chương trình MTQG 1719 qua số liệu. Theo 5 báo cáo, từ tháng 6/2023 đến tháng 4/2024. Mỗi con số ghi ngày và báo cáo nguồn riêng.');
  });

  it('a share the page works out says so on the image, beside its amounts', () => {
    const computed = { ...card, figure: { ...card.figure!, label: 'Công trình hoàn thành', value: 56, unit: 'work' as const, total: 75, share: { text: '74,7%', value: 74.7, of: 'kế hoạch', computed: true } } };
    expect(texts(shareSvg(computed))).toContain('56/75 công trình · tỷ lệ trang tự tính');
    expect(texts(shareSvg(card)).join(' ')).not.toContain('tự tính');
  });

  it('is a 1200×630 PNG', async () => {
    const png = await sharePng(card);
    expect(size(png)).toEqual([1200, 630]);
    expect(png.byteLength).toBeLessThan(150_000);
  });

  it('dates a figure of a year by its year, as the page does, not «tính đến năm …»', () => {
    // Poverty decrease of 2022 over 2021 (data/poverty.csv bg-2023-11-30): 2,35 percentage points, dated "2022".
    const year = { ...card, figure: { label: 'Tỷ lệ hộ nghèo giảm so với năm trước, năm 2022', value: 2.35, unit: 'pp' as const, asOf: '2022', area: 'tỉnh Bắc Giang', href: '/bao-cao/bg-2023-11-30/' } };
    expect(shareHeadline(year)).toMatch(/, tỉnh Bắc Giang, năm 2022\.$/);
  });

  it('draws the caveat above the rule, descenders clear, even under a two-line label and title (/ho-ngheo/)', () => {
    const noted = {
      ...card,
      title: 'Hộ nghèo',
      figure: { label: 'Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN (73 xã) giảm so với năm trước, năm 2022', value: 2.35, unit: 'pp' as const, asOf: '2022', area: 'tỉnh Bắc Giang', href: '/x/', notes: [{ text: 'x' }] },
    };
    const svg = shareSvg(noted);
    const rule = Number(/<line [^>]*y1="([\d.]+)"/.exec(svg)![1]);
    const caveat = Number(/<text [^>]*y="([\d.]+)" font-size="28"[^>]*>Có lưu ý/.exec(svg)![1]);
    // A 28 px line's descenders reach about 0,25 em (7 px) below its baseline.
    expect(caveat + 7).toBeLessThan(rule);
  });
});

describe('the PNG worker', () => {
  it('draws in a Node started with --expose-gc (a global gc already there)', () => {
    const script = `import('./src/publish/png.ts').then(async (m) => { const r = await m.svgToPng({ svg: '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="8"/>', options: {} }); console.log(r.width + 'x' + r.height); process.exit(0); }, (e) => { console.log(String(e)); process.exit(1); });`;
    const run = spawnSync(process.execPath, ['--expose-gc', '-e', script], { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('12x8');
  });
});
