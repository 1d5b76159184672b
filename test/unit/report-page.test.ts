/**
 * What a report's page says about its report (src/lib/report-page.ts), on valid-min plus a commune's row and a
 * later report: two reports of November 2023 (bg-2023-11-17: funding, ncut, indicators; bg-2023-11-30: works,
 * poverty). Expected values worked out from the fixture's rows by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportPage, statedPhrase } from '../../src/lib/report-page.ts';
import type { ViewContext } from '../../src/views/context.ts';
import { fixtureContext, LUC_NGAN_CORRECTED, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

let ctx: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext({
    'areas.csv': plus('areas.csv', ['xa-an-ba,An Bá,commune,son-dong,,']),
    // A report with no number yet ("/BC-BDT"), dated by its month only, on funding (a topic bg-2023-11-17 shares).
    'reports.csv': plus('reports.csv', ['bg-2024-04,Ban Dân tộc tỉnh Bắc Giang,bac-giang,monthly,/BC-BDT,2024-04,2024-01,2024-04,Báo cáo tháng 4/2024,,,,004_d.txt']),
    'ncut.csv': plus('ncut.csv', ['bg-2023-11-17-n09,bg-2023-11-17,3.3,xa-an-ba,2023,newspaper,central,,20,copy,,,20 tờ báo,reported,']),
    'funding.csv': plus('funding.csv', ['bg-2024-04-f01,bg-2024-04,1,bac-giang,ntp1719,2024,all,all,,assigned,1000,mvnd,2024-03-31,1.000 triệu đồng,reported,,,']),
  });
});

const page = (id: string) => reportPage(ctx.data.tables, ctx.data.discrepancies, ctx.data.tables.reports.find((r) => r.id === id)!);

describe('a report\'s page', () => {
  it('says a number not filled in and a month-only date as such, and its period', () => {
    const april = page('bg-2024-04');
    expect([april.number, april.dated, april.period]).toEqual([null, false, 'tháng 1/2024 – tháng 4/2024']);
    expect(page('bg-2023-11-17').dated).toBe(true);
  });

  it('lists its tables in the tables\' order with their rows, and counts every row', () => {
    const nov17 = page('bg-2023-11-17');
    expect(nov17.groups.map((g) => [g.def.name, g.rows.length])).toEqual([['funding', 9], ['ncut', 4], ['indicators', 2]]);
    expect(nov17.total).toBe(15);
    expect(nov17.start('ncut')).toEqual({ href: '#bang-ncut', onPages: true });
  });

  it('dates its printed page by its own newest figure: 31/03/2024 for the April report\'s only row', () => {
    expect(page('bg-2024-04').ownAsOf).toBe('2024-03-31');
    expect(page('bg-2024-04').statedDates).toEqual([]);
  });

  it('a report whose undated figures count at its date says the date its other figures state (walk-through 10)', () => {
    // bg-2023-11-17: money disbursed «đến 15/11/2023», the rest undated (its date, 17/11/2023).
    const nov17 = page('bg-2023-11-17');
    expect([nov17.ownAsOf, nov17.statedDates]).toEqual(['2023-11-17', ['2023-11-15']]);
    expect(statedPhrase(nov17.statedDates)).toBe('đến 15/11/2023');
  });

  it('names every date its figures state, not the newest alone (walk-through 32: a half-year, a work finished, a correction)', () => {
    expect(statedPhrase(['2025-06-15', '2025-03-20', '2023-11-15'])).toBe('đến 15/06/2025, 20/03/2025 và 15/11/2023');
    expect(statedPhrase(['2025-06-15', '2025-03-20', '2024-12', '2023-11-15'])).toBe('từ 15/11/2023 đến 15/06/2025 (4 ngày khác nhau, ghi ở từng dòng)');
  });

  it('links the areas with a page and counts its communes', () => {
    const nov17 = page('bg-2023-11-17');
    expect(nov17.pagedAreas).toEqual(['bac-giang', 'son-dong']);
    expect(nov17.communeCount).toBe(1);
  });

  it('names other reports sharing a topic, newest first, with the topics they share', () => {
    const nov17 = page('bg-2023-11-17');
    expect(nov17.related.map(({ r, shared }) => [r.id, shared.map((t) => t.id)])).toEqual([['bg-2024-04', ['giai-ngan']]]);
    expect(nov17.relatedCount).toBe(1);
  });
});

describe('a report\'s other figures', () => {
  it('names the topics without a page of their own, each linked to its area\'s page of them (walk-through 12)', () => {
    // bg-2023-11-17: Bắc Giang's 1.985 trainees, Sơn Động's 61,5% boarding pupils.
    expect(page('bg-2023-11-17').otherTopics).toEqual([
      { label: 'đào tạo, tập huấn, tuyên truyền', href: '/dia-ban/bac-giang/chi-tieu/#training' },
      { label: 'giáo dục', href: '/dia-ban/son-dong/chi-tieu/#education' },
    ]);
    expect(page('bg-2023-11-30').otherTopics).toEqual([]);
  });
});

describe('a row a later report corrects (walk-through 15)', () => {
  it('says so beside the old figure on the old report\'s page, and what the new one does on the new report\'s', async () => {
    // The report of 20/01/2025 corrects the count of 17/11/2023 for the same date: 519, not 523.
    const corrected = await fixtureContext({
      'reports.csv': plus('reports.csv', ['sd-2025-01-20,UBND huyện Sơn Động,son-dong,annual,27/BC-UBND,2025-01-20,2024,2024,Báo cáo năm 2024,,,,005_sd.txt']),
      'ncut.csv': plus('ncut.csv', ['sd-2025-01-20-n01,sd-2025-01-20,II,bac-giang,2023-2027,count,province,519,,,,2023-11-17,519 người,reported,Đính chính số của báo cáo bg-2023-11-17.']),
    });
    const of = (report: string) => reportPage(corrected.data.tables, corrected.data.discrepancies, corrected.data.tables.reports.find((r) => r.id === report)!).findingOf;
    expect(of('bg-2023-11-17').get('bg-2023-11-17-n01')?.text).toBe('đã được báo cáo sau đính chính');
    expect(of('sd-2025-01-20').get('sd-2025-01-20-n01')?.text).toBe('đính chính số của báo cáo trước');
    // Any other finding is still «xem chênh lệch», linked to its finding.
    const other = [...of('bg-2023-11-17').values()].filter((f) => f.text === 'xem chênh lệch');
    expect(other.every((f) => f.id.length > 0)).toBe(true);
  });

  it('a corrected figure that also has a gap in its report reads as corrected; the other figures of the gap say «xem chênh lệch» (walk-through 19)', async () => {
    // Lục Ngạn, 17/11/2023: 500 of 1.000 «đạt 55%»; 30/11/2023 corrects the 1.000 to 909 (helpers.ts).
    const corrected = await fixtureContext({ 'funding.csv': plus('funding.csv', LUC_NGAN_CORRECTED.rows()) });
    const of = reportPage(corrected.data.tables, corrected.data.discrepancies, corrected.data.tables.reports.find((r) => r.id === 'bg-2023-11-17')!).findingOf;
    expect(['f60', 'f61', 'f62'].map((id) => of.get(`bg-2023-11-17-${id}`)?.text)).toEqual(['đã được báo cáo sau đính chính', 'xem chênh lệch', 'xem chênh lệch']);
  });
});
