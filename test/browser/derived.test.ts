/**
 * What the built site derives from data/, checked against the reports by hand (not against the views):
 * no total made by adding rows that overlap, the reports' own totals shown, a province never ranked
 * among its districts, a batch never passed off as the whole plan, printed rates with printed decimals.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site.ts';

const built = builtPages();
const text = (path: string) => (built.get(path)?.body.textContent ?? '').replace(/\s+/g, ' ');
const chart = (path: string, id: string) => built.get(path)?.getElementById(id);

describe('derived figures say no more than the reports', () => {
  it('no page adds the Bạch Thông project bars into a total (the report\'s Dự án 10 – TDA 2 is a total and its parts)', () => {
    // Adding every bar gave «Tổng vốn giao: 76,4 tỷ đồng … bằng 9,3% vốn giao», a figure in no report.
    for (const [path] of built) {
      const t = text(path);
      expect(t, path).not.toContain('76,4 tỷ đồng');
      expect(t, path).not.toMatch(/bằng 9,3% vốn giao/);
    }
  });

  it('the Bạch Thông project chart neither totals nor ranks its overlapping rows: its table keeps the report\'s order', () => {
    const fig = chart('/giai-ngan/', 'giai-ngan-theo-du-an-bach-thong')!;
    const rows = [...fig.querySelectorAll('details tbody tr th')].map((th) => th.textContent!.trim());
    // Dự án 10 – TDA 2 is printed as 85 (its total) and as 1.098 (ĐTPT) and 117 (SN): the total is not put below its part.
    expect(rows.indexOf('Dự án 10 – TDA 2')).toBeLessThan(rows.indexOf('Dự án 10 – TDA 2 (Vốn ĐTPT)'));
    const description = fig.querySelector('[id$="-mo-ta"]')?.textContent ?? '';
    expect(description).toContain('chồng lấn');
    expect(description).not.toMatch(/Cộng|[Tt]ổng|lớn nhất/);
  });

  it('the Bạch Thông project chart counts sums of money, not bars: 10 of 17 undisbursed (001_…txt III.1.3)', () => {
    // 19 bars, but Dự án 10 – TDA 2 is printed three times (its total 85 and its parts 1.098 ĐTPT, 117 SN): 17 sums.
    // Printed 0 disbursed: DA1 – ND2, Dự án 10 – TDA 1, TDA 2 (its total), Dự án 3 – TDA 1, Dự án 4 (SN), Dự án 5 –
    // TDA 1 and TDA 2, Dự án 6, DA7 – ND3, Dự án 9 – TDA 2: 10.
    const fig = chart('/giai-ngan/', 'giai-ngan-theo-du-an-bach-thong')!;
    expect(fig.querySelector('.chart-title')?.textContent?.trim()).toBe('10 trong 17 khoản vốn giao theo dự án chưa giải ngân');
    expect(fig.querySelectorAll('details tbody tr').length).toBe(19);
  });

  it('the NTP 1719 works by type are not ranked: roads to commune centres may be among the roads (002_…txt II.2.1.4)', () => {
    const fig = chart('/cong-trinh/', 'cong-trinh-1719-bac-giang')!;
    const t = (fig.textContent ?? '').replace(/\s+/g, ' ');
    expect(t).toContain('Công trình xây mới theo loại, theo thứ tự báo cáo ghi');
    expect(t).toContain('không xếp hạng chúng và giữ thứ tự của báo cáo');
    expect(t).not.toMatch(/nhiều nhất|lớn nhất|nhỏ nhất/);
    // The report's order: roads 61, irrigation 19, culture houses 25, schools 11, health stations 6, then the 10 roads to commune centres and 14 water works.
    const rows = [...fig.querySelectorAll('details tbody tr th')].map((th) => th.textContent?.trim());
    expect(rows).toEqual(['Giao thông', 'Thủy lợi', 'Nhà văn hóa', 'Trường học', 'Trạm y tế', 'Đường đến trung tâm xã, liên xã', 'Nước sinh hoạt tập trung']);
  });

  it('the reports\' stated totals are headline figures with their source (495.128; 748.684; 43.311,16 triệu đồng)', () => {
    const g = text('/giai-ngan/');
    // 000_…txt 3.1.2: "495.128 triệu đồng"; 002_…txt II.2.1.4: "748.684 triệu đồng"; 001_…txt II.1.1: "43.311,160 trđ".
    for (const n of ['495.128 triệu đồng', '748.684 triệu đồng', '43.311,16 triệu đồng']) expect(g).toContain(n);
    const bt = built.get('/dia-ban/bach-thong/')!;
    const card = [...bt.querySelectorAll('.figure')].find((f) => /Tổng vốn giao/.test(f.textContent ?? ''));
    expect(card?.textContent).toContain('43.311,16');
    expect(card?.querySelector('a[href*="bt-2023-06"]')).not.toBeNull();
  });

  it('the province\'s plan 511 investment (165.500) is stated beside its districts, not ranked among them, and Lục Ngạn\'s absence is said', () => {
    const fig = [...built.get('/cong-trinh/')!.querySelectorAll('figure.chart')].find((f) => /tổng mức đầu tư/i.test(f.textContent ?? ''))!;
    const rows = [...fig.querySelectorAll('details tbody tr th')].map((th) => th.textContent?.trim());
    expect(rows.toSorted()).toEqual(['Lục Nam', 'Sơn Động', 'Yên Thế']);
    expect(fig.textContent).toContain('165.500 triệu đồng');
    expect(fig.textContent).toContain('Lục Ngạn');
    expect(fig.textContent).not.toContain('Toàn tỉnh');
  });

  it('the 2023 batch chart says it is the 2023 batch', () => {
    const t = chart('/cong-trinh/', 'hoan-thanh-theo-huyen-2023-bac-giang')?.textContent ?? '';
    expect(t).toContain('Đợt năm 2023: Sơn Động hoàn thành nhiều công trình nhất (10)');
  });

  it('a chart stands only where there is a comparison: every chart\'s data table has two rows or more, or one plan split by status', () => {
    for (const [path, doc] of built) {
      for (const fig of doc.querySelectorAll('figure.chart')) {
        const rows = fig.querySelectorAll('details tbody tr');
        // One plan's works by status (19 done, 5 under way of 24) is a whole and its parts, not one bar of a ranking.
        const statuses = [...fig.querySelectorAll('details thead th')].map((th) => th.textContent!.trim()).filter((h) => ['Hoàn thành', 'Đang thi công', 'Chưa khởi công', 'Chưa rõ tình trạng'].includes(h));
        expect(rows.length >= 2 || (rows.length === 1 && statuses.length >= 2), `${path}#${fig.id}`).toBe(true);
      }
    }
    // Sơn Động's plan lists only spillways (36, 002_…txt II.3.1): a figure, not a one-bar chart.
    const card = [...built.get('/dia-ban/son-dong/')!.querySelectorAll('.figure')].find((f) => /Công trình kế hoạch: ngầm dân sinh/.test(f.textContent ?? ''));
    expect(card?.textContent).toContain('36');
  });

  it('a province whose reports give only its district\'s figures says where they are, not «no figures» (Bắc Kạn, Bạch Thông)', () => {
    const t = text('/dia-ban/bac-kan/');
    expect(t).not.toContain('Chưa có số liệu nào');
    expect(t).toMatch(/Các báo cáo đã nhập chưa có số liệu của cả tỉnh Bắc Kạn; số liệu của các huyện ở trang của từng nơi: Bạch Thông \([\d.]+ con số\)\./);
    expect(built.get('/dia-ban/bac-kan/')!.querySelector('.area-children-only a')!.getAttribute('href')).toBe('/dia-ban/bach-thong/');
  });

  it('fund years that overlap are not ranked on the home page', () => {
    const t = chart('/', 'tong-quan-giai-ngan')?.textContent ?? '';
    expect(t).not.toMatch(/cao nhất|thấp nhất|lớn nhất|nhỏ nhất/);
    expect(t).toContain('chồng lấn');
  });

  it('the Bạch Thông ĐTPT rate is shown as printed: 18,74% (001_…txt III.1.2 "đạt 18,74%")', () => {
    expect(text('/dia-ban/bach-thong/')).toContain('18,74% vốn đã phân bổ');
    // The rate chart's bar label and sentence too, not a rounded 18,7%.
    const rates = chart('/dia-ban/bach-thong/', 'ty-le-giai-ngan-bach-thong')!;
    expect(rates.querySelector('svg')!.textContent).toContain('18,74%');
    expect(rates.textContent).not.toMatch(/18,7%/);
  });
});
