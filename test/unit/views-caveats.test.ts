/**
 * What a discrepancy note says is wrong, for each kind of check (src/data/reconcile/*.ts): the findings here are
 * shaped as each check makes them (its rows in its order, `expected` and `actual` as it sets them) over the rows
 * of valid-min and a few added below, and the sentences are written by hand from those rows. The figure's name
 * before the dash is checked in caveats.test.ts; here the sentence after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../src/data/load.ts';
import { findingText, notesOn, uniqueNotes } from '../../src/views/caveats.ts';
import { noteOf, type ViewContext } from '../../src/views/context.ts';
import { fixtureContext, LUC_NGAN_CORRECTED, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

// Bắc Giang's plan 511 also as first listed (73 works) and as the report's current count (75); the poverty rates
// of 2022 (20,5%) and 2023 (15,2%) with a printed fall of 5,1 points; 520 persons in the later report; a
// misprinted amount with a long text, another with a text of exactly 60 characters; Bắc Giang's 1.985 trainees
// against a plan of 3.000 (66,17%, printed 64,2%) and 200 more than the year before (200 / 1.785 = 11,2%, printed 12,3%).
const SIXTY = 'Vốn giao Dự án 3, năm 2023: VNĐ 1.098 trđ (ký hiệu in nhầm).';
const LONG = 'Vốn sự nghiệp giao cho các xã đặc biệt khó khăn năm 2023 = 1.098 trđ (một nghìn không trăm chín mươi tám)';
let ctx: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext({
    'works.csv': plus('works.csv', [
      'bg-2023-11-30-w09,bg-2023-11-30,II.3.1,bac-giang,plan511,2022-2024,original,all,all,planned,73,,73 công trình,reported,',
      'bg-2023-11-30-w10,bg-2023-11-30,II.3.2,bac-giang,plan511,2022-2024,current,all,all,planned,75,,75 công trình,reported,',
    ]),
    'poverty.csv': plus('poverty.csv', [
      'bg-2023-11-30-p21,bg-2023-11-30,I,bac-giang,dtts_mn,,rate,,2022,20.5,percent,"20,5%",reported,,2022-2025,2022-2025',
      'bg-2023-11-30-p22,bg-2023-11-30,I,bac-giang,dtts_mn,,rate,,2023,15.2,percent,"15,2%",reported,,2022-2025,2022-2025',
      'bg-2023-11-30-p23,bg-2023-11-30,I,bac-giang,dtts_mn,,decrease_yoy,2022,2023,5.1,pp,"5,1%",reported,,2022-2025,2022-2025',
      'bg-2023-11-30-p24,bg-2023-11-30,II,bac-giang,dtts_mn,73,rate,,2022,20.5,percent,"20,5%",reported,,2022-2025,2021-2025',
    ]),
    'ncut.csv': plus('ncut.csv', ['bg-2023-11-30-n01,bg-2023-11-30,II,bac-giang,2023-2027,count,province,520,,,,,520 người,reported,']),
    'funding.csv': plus('funding.csv', [
      `bg-2023-11-17-f10,bg-2023-11-17,3.1.3,son-dong,ntp1719,2023,all,sn,ntp1719.da3,assigned,1098,mvnd,,"${LONG}",malformed,Chữ số và chữ không khớp.,,`,
      `bg-2023-11-17-f11,bg-2023-11-17,3.1.3,son-dong,ntp1719,2023,all,dtpt,ntp1719.da3,assigned,1098,mvnd,,"${SIXTY}",malformed,Ký hiệu in nhầm.,,`,
    ]),
    'indicators.csv': plus('indicators.csv', [
      'bg-2023-11-17-i03,bg-2023-11-17,3.3,bac-giang,training,training_participants_plan,Học viên bồi dưỡng theo kế hoạch,3000,person,2023,,3.000 học viên,reported,',
      'bg-2023-11-17-i04,bg-2023-11-17,3.3,bac-giang,training,training_participants_plan_pct,Tỷ lệ học viên so với kế hoạch,64.2,percent,2023,,"64,2%",reported,',
      'bg-2023-11-17-i05,bg-2023-11-17,3.3,bac-giang,training,training_participants_yoy_change,Học viên tăng so với năm trước,200,person,2023,,200 học viên,reported,',
      'bg-2023-11-17-i06,bg-2023-11-17,3.3,bac-giang,training,training_participants_yoy_pct,Tỷ lệ tăng so với năm trước,12.3,percent,2023,,"12,3%",reported,',
    ]),
  });
});

const finding = (check: string, table: Discrepancy['table'], rowIds: string[], expected: number | null, actual: number | null, severity: Discrepancy['severity'] = 'discrepancy'): Discrepancy => ({
  id: `${check}-kiem-thu`,
  check,
  severity,
  table,
  rowIds,
  reportIds: ['bg-2023-11-30'],
  sections: [],
  expected,
  actual,
  difference: null,
  message: '',
});
/** The sentence after the figure's name, as the chart showing `shown` says it. */
const wrong = (d: Discrepancy, shown: string[] = d.rowIds.slice(0, 1)) => noteOf(ctx, d, new Set(shown)).text.split(' — ')[1];

describe('what a note says is wrong', () => {
  it('a printed total against its parts, for every check that adds parts: more or less than the total', () => {
    for (const check of ['funding-sources', 'funding-capital', 'funding-projects', 'funding-districts']) {
      // 495.128 printed; parts said to add up to 494.000 (less) or 496.000 (more).
      const less = finding(check, 'funding', ['bg-2023-11-17-f01', 'bg-2023-11-17-f02', 'bg-2023-11-17-f03'], 494000, 495128);
      expect(wrong(less), check).toBe('các phần của tổng này cộng lại là 494.000 triệu đồng.');
      expect(wrong(less, ['bg-2023-11-17-f02']), check).toBe('các phần của tổng này (gồm cả số liệu ở đây) cộng lại là 494.000 triệu đồng, ít hơn tổng.');
      expect(wrong({ ...less, expected: 496000 }, ['bg-2023-11-17-f03']), check).toBe('các phần của tổng này (gồm cả số liệu ở đây) cộng lại là 496.000 triệu đồng, nhiều hơn tổng.');
    }
  });

  it('a printed count of works against its parts (types, districts)', () => {
    for (const check of ['works-types', 'works-districts']) {
      const d = finding(check, 'works', ['bg-2023-11-30-w01', 'bg-2023-11-30-w02', 'bg-2023-11-30-w03'], 74, 75);
      expect(wrong(d), check).toBe('các phần của tổng này cộng lại là 74 công trình.');
    }
  });

  it('a province whose districts with figures add up to less, because the report names a district without one', () => {
    const d = finding('funding-district-gap', 'funding', ['bg-2023-11-17-f01', 'bg-2023-11-17-f09'], 1200.5, 495128);
    expect(wrong(d)).toBe('các huyện có ghi số cộng lại là 1.200,5 triệu đồng, ít hơn tổng này: báo cáo nhắc đến huyện khác trong cùng chương trình mà không ghi số của huyện đó.');
  });

  it('one plan counted by two lists: names the other list and its count', () => {
    // The check lists the versions in code order: current before original, original before revised.
    expect(wrong(finding('works-plan-versions', 'works', ['bg-2023-11-30-w10', 'bg-2023-11-30-w09'], 75, 73))).toBe(
      'cùng báo cáo nêu số này theo danh mục ban đầu là 73 công trình; hai số của một kế hoạch.',
    );
    expect(wrong(finding('works-plan-versions', 'works', ['bg-2023-11-30-w09', 'bg-2023-11-30-w01'], 73, 75))).toBe(
      'cùng báo cáo nêu số này theo danh mục sau điều chỉnh, bổ sung là 75 công trình; hai số của một kế hoạch.',
    );
  });

  it('one group’s name for two sets of communes: with both counts, else as two lists', () => {
    // [indicator total (not a poverty row), the poverty rows that count 73 communes]: 75 against 73.
    expect(wrong(finding('poverty-commune-lists', 'poverty', ['bg-2023-11-17-i01', 'bg-2023-11-30-p24'], 75, 73))).toBe(
      'báo cáo dùng cùng tên nhóm này cho hai tập hợp xã khác nhau (75 xã và 73 xã).',
    );
    expect(wrong(finding('poverty-commune-lists', 'poverty', ['bg-2023-11-30-p21', 'bg-2023-11-30-p24'], null, null))).toBe(
      'báo cáo dùng cùng tên nhóm này cho hai danh sách xã khác nhau (của hai giai đoạn): số liệu của hai danh sách không so sánh hay nối với nhau được.',
    );
  });

  it('stages within a count that add up to more than it', () => {
    // Started 69; completed and under construction said to add up to 72.
    const d = finding('works-stages', 'works', ['bg-2023-11-30-w04', 'bg-2023-11-30-w05', 'bg-2023-11-30-w06'], 69, 72);
    expect(wrong(d)).toBe('các số của những giai đoạn nằm trong số này cộng lại là 72 công trình, nhiều hơn số này.');
  });

  it('a fall on the year before, worked out from the two rates: not "bình quân"', () => {
    // 20,5 − 15,2 = 5,3 points, printed 5,1.
    const d = finding('poverty-decrease', 'poverty', ['bg-2023-11-30-p23', 'bg-2023-11-30-p21', 'bg-2023-11-30-p22'], 5.3, 5.1);
    expect(wrong(d)).toBe('tỷ lệ hộ nghèo của báo cáo, từ 20,5% (năm 2022) xuống 15,2% (năm 2023), cho mức giảm 5,3 điểm phần trăm.');
  });

  it('a printed rate worked out again: from its amounts, or as the check found it; cut-off digits said', () => {
    // 170.353 / 418.318 = 40,72%.
    const rate = finding('disbursement-rate', 'funding', ['bg-2023-11-17-f08', 'bg-2023-11-17-f07', 'bg-2023-11-17-f06'], 40.72, 40.7, 'truncation');
    expect(wrong(rate)).toBe('tính lại từ các số của chính báo cáo được 40,72% (báo cáo cắt bớt chữ số thay vì làm tròn).');
    expect(wrong({ ...rate, severity: 'discrepancy' }, ['bg-2023-11-17-f07'])).toBe('tính lại từ các số của chính báo cáo (gồm cả số liệu ở đây) được 40,72%.');
    // The checks' own findings on the trainees: 1.985 / 3.000 = 66,17% against 64,2%; a year-on-year rate is not
    // the quotient of its rows (1.985 / 200) but the check's own figure, 200 / (1.985 − 200) = 11,2%.
    const found = (check: string) => ctx.data.discrepancies.find((d) => d.check === check)!;
    expect(found('indicator-rate').rowIds).toEqual(['bg-2023-11-17-i04', 'bg-2023-11-17-i01', 'bg-2023-11-17-i03']);
    expect(wrong(found('indicator-rate'))).toBe('tính lại từ các số của chính báo cáo được 66,17%.');
    expect(found('indicator-yoy').rowIds).toEqual(['bg-2023-11-17-i06', 'bg-2023-11-17-i01', 'bg-2023-11-17-i05']);
    expect(wrong(found('indicator-yoy'))).toBe('tính lại từ các số của chính báo cáo được 11,2%.');
    expect(wrong(finding('printed-ratio', 'indicators', ['bg-2023-11-17-i02'], 60, 61.5))).toBe('tính lại từ các số của chính báo cáo (báo cáo in 61,5%) được 60%.');
  });

  it('a figure another report prints otherwise: the other report by its date, its value, and which the site takes', () => {
    const d = finding('repeat', 'ncut', ['bg-2023-11-17-n01', 'bg-2023-11-30-n01'], 523, 520);
    expect(wrong(d, ['bg-2023-11-17-n01'])).toBe('báo cáo ngày 30/11/2023 ghi 520 người cho cùng thời điểm; trang dùng số của báo cáo ban hành sau.');
    // A chart of the later report names its own figure (520) and the first report's 523.
    const later = noteOf(ctx, d, new Set(['bg-2023-11-30-n01'])).text;
    expect(later).toMatch(/: 520 người — báo cáo ngày 17\/11\/2023 ghi 523 người cho cùng thời điểm; trang dùng số của báo cáo ban hành sau\.$/);
  });

  it('a correction says the new value early, so a printed sheet that shortens the note keeps it (walk-through 17)', () => {
    const d = finding('repeat', 'ncut', ['bg-2023-11-17-n01', 'bg-2023-11-30-n01'], 523, 520);
    const correction = { ...d, severity: 'correction' as const };
    // On the corrected figure (523 of 17/11/2023): the later report's 520.
    expect(wrong(correction, ['bg-2023-11-17-n01'])).toBe('báo cáo ngày 30/11/2023 đính chính thành 520 người cho cùng thời điểm; trang dùng số của báo cáo đó.');
    // On the correcting one (520): the 523 it replaces.
    expect(noteOf(ctx, correction, new Set(['bg-2023-11-30-n01'])).text).toMatch(/: 520 người — báo cáo ngày 17\/11\/2023 ghi 523 người cho cùng thời điểm, nay được đính chính; trang dùng số này\.$/);
  });

  it('a check without its own sentence says the figures disagree; a misprint quotes at most 60 characters', () => {
    expect(wrong(finding('indicator-share', 'indicators', ['bg-2023-11-17-i02'], 60, 61.5))).toBe('các số của báo cáo nguồn không khớp nhau ở đây.');
    expect(wrong(finding('indicator-share', 'indicators', ['bg-2023-11-17-i02'], 60, 61.5, 'truncation'))).toBe(
      'các số của báo cáo nguồn không khớp nhau ở đây (báo cáo cắt bớt chữ số thay vì làm tròn).',
    );
    // The first 59 characters end in a space, dropped before the "…".
    expect(LONG.slice(0, 59)).toBe('Vốn sự nghiệp giao cho các xã đặc biệt khó khăn năm 2023 = ');
    expect(wrong(finding('malformed', 'funding', ['bg-2023-11-17-f10'], null, 1098, 'source-error'))).toBe(
      'báo cáo in sai con số này (“Vốn sự nghiệp giao cho các xã đặc biệt khó khăn năm 2023 =…”); số trên là cách chúng tôi đọc.',
    );
    expect(SIXTY).toHaveLength(60);
    expect(wrong(finding('malformed', 'funding', ['bg-2023-11-17-f11'], null, 1098, 'source-error'))).toBe(`báo cáo in sai con số này (“${SIXTY}”); số trên là cách chúng tôi đọc.`);
  });

  it('a finding whose rows are no longer in the data still says there is one, and links to it', () => {
    const note = noteOf(ctx, finding('repeat', 'ncut', ['bg-2022-01-01-n01'], 1, 2), new Set());
    expect(note).toEqual({ text: 'Số liệu ở đây liên quan đến một chỗ chênh lệch trong báo cáo nguồn.', href: '/du-lieu/chat-luong/#repeat-kiem-thu', discrepancy: true, rowIds: ['bg-2022-01-01-n01'] });
  });

  it('a cited document’s finding names its report by date, and sits beside the figures of its section in the CSV', () => {
    const d = { ...finding('document-dates', 'documents', ['bg-2023-11-17-d01'], null, null), reportIds: ['bg-2023-11-17'], message: 'Báo cáo bg-2023-11-17 (mục 3.2) dẫn 511/KH-UBND.' };
    const note = noteOf(ctx, d, new Set());
    expect(note.text).toBe('Văn bản dẫn ở cùng mục của báo cáo: Báo cáo ngày 17/11/2023 (mục 3.2) dẫn 511/KH-UBND.');
    expect(notesOn([note], ['bg-2023-11-17-d01'])).toEqual([note]);
  });
});

describe("a finding's sentence as the site prints it", () => {
  const reports = [
    { id: 'bg-2023-11-17', issuer: 'Ban Dân tộc tỉnh Bắc Giang', date: '2023-11-17' },
    { id: 'bg-2023-11-30', issuer: 'Ban Dân tộc tỉnh Bắc Giang', date: '2023-11-30' },
    { id: 'bt-2023-06', issuer: 'UBND huyện Bạch Thông', date: '2023-06' },
    { id: 'bt-2023-06-b', issuer: 'UBND huyện Bạch Thông', date: '2023-06' },
  ];

  it('names a report by its date, not by the code staff use', () => {
    expect(findingText(reports, 'Báo cáo bg-2023-11-17 (mục 3.1.2) nêu tỷ lệ 40,7%, nhưng 170.353 / 418.318 = 40,72%.')).toBe(
      'Báo cáo ngày 17/11/2023 (mục 3.1.2) nêu tỷ lệ 40,7%, nhưng 170.353 / 418.318 = 40,72%.',
    );
    // A report dated by its month, and a report named in the middle of a sentence.
    expect(findingText(reports, 'Báo cáo bg-2023-11-30 (mục II) đính chính một số liệu của báo cáo bg-2023-11-17 (mục 3.2).')).toBe(
      'Báo cáo ngày 30/11/2023 (mục II) đính chính một số liệu của báo cáo ngày 17/11/2023 (mục 3.2).',
    );
  });

  it('adds the issuer where the reports named are of several issuers', () => {
    expect(findingText(reports, 'Bạch Thông: Báo cáo bg-2023-11-30 (mục II.1) ghi 10, Báo cáo bt-2023-06 (mục III) ghi 12.')).toBe(
      'Bạch Thông: Báo cáo ngày 30/11/2023 của Ban Dân tộc tỉnh Bắc Giang (mục II.1) ghi 10, Báo cáo tháng 6/2023 của UBND huyện Bạch Thông (mục III) ghi 12.',
    );
  });

  it('keeps the codes beside the date of two reports of one date and issuer, and leaves a code of no report as it is', () => {
    expect(findingText(reports, 'Báo cáo bt-2023-06 (mục 1) ghi 3, Báo cáo bt-2023-06-b (mục 1) ghi 4.')).toBe(
      'Báo cáo tháng 6/2023 (bt-2023-06) (mục 1) ghi 3, Báo cáo tháng 6/2023 (bt-2023-06-b) (mục 1) ghi 4.',
    );
    expect(findingText(reports, 'Báo cáo xx-2020 (mục 1) và báo cáo không có số.')).toBe('Báo cáo xx-2020 (mục 1) và báo cáo không có số.');
  });
});

describe('notes listed once, and beside the values they concern', () => {
  it('one note per discrepancy, whatever each chart’s text; one per text', () => {
    const notes = uniqueNotes([
      { text: 'Tổng — các phần của tổng này cộng lại là 1.', href: '#d1', discrepancy: true, rowIds: ['a'] },
      { text: 'Tổng — các phần của tổng này (gồm cả số liệu ở đây) cộng lại là 1, ít hơn tổng.', href: '#d1', discrepancy: true, rowIds: ['b'] },
      { text: 'Ghi chú chung.', href: '#g1' },
      { text: 'Ghi chú chung.', href: '#g2', rowIds: ['c'] },
    ]);
    expect(notes).toEqual([
      { text: 'Tổng — các phần của tổng này cộng lại là 1.', href: '#d1', discrepancy: true, rowIds: ['a', 'b'] },
      { text: 'Ghi chú chung.', href: '#g1', rowIds: ['c'] },
    ]);
  });

  it('a value’s CSV line carries the discrepancy notes on its rows only, not the chart’s general notes', () => {
    const a = { text: 'A', discrepancy: true, rowIds: ['r1', 'r2'] };
    const b = { text: 'B', discrepancy: true, rowIds: ['r3'] };
    const general = { text: 'Chung', rowIds: ['r1'] };
    expect(notesOn([a, b, general], ['r2'])).toEqual([a]);
    expect(notesOn([a, b, general], ['r3', 'r9'])).toEqual([b]);
    expect(notesOn([a, { text: 'C', discrepancy: true }], undefined)).toEqual([]);
    expect(notesOn(undefined, ['r1'])).toEqual([]);
  });
});

describe('a finding about a figure a later report corrects', () => {
  it('still names the figure as printed, and says which report corrected it and to what (walk-through 19)', async () => {
    // Lục Ngạn, 17/11/2023: 500 of 1.000 «đạt 55%»; 30/11/2023 corrects the 1.000 to 909 (helpers.ts).
    const corrected = await fixtureContext({ 'funding.csv': plus('funding.csv', LUC_NGAN_CORRECTED.rows()) });
    const rate = corrected.data.discrepancies.find((d) => d.rowIds.includes('bg-2023-11-17-f62') && d.severity !== 'correction')!;
    expect(rate.rowIds).toContain('bg-2023-11-17-f60');
    expect(noteOf(corrected, rate, new Set()).text).toMatch(/ Số “1\.000 triệu đồng” ở trên là số trước khi báo cáo ngày 30\/11\/2023 đính chính thành “909 triệu đồng”\.$/);
    const { F } = LUC_NGAN_CORRECTED;
    // A finding that names the corrected figure says so right after it, where a shortened note still shows it:
    // its capital types add up to 900, not the 1.000 printed.
    const parts = await fixtureContext({
      'funding.csv': plus('funding.csv', [
        ...LUC_NGAN_CORRECTED.rows().filter((r) => r.includes(',allocated,')),
        F('bg-2023-11-17', 'f63', 'allocated', 600, '600 triệu đồng').replace(',all,all,,allocated', ',all,dtpt,,allocated'),
        F('bg-2023-11-17', 'f64', 'allocated', 300, '300 triệu đồng').replace(',all,all,,allocated', ',all,sn,,allocated'),
      ]),
    });
    const sum = parts.data.discrepancies.find((d) => d.rowIds[0] === 'bg-2023-11-17-f60' && d.severity !== 'correction')!;
    expect(noteOf(parts, sum, new Set()).text).toMatch(/^[^—]*: 1\.000 triệu đồng \(báo cáo ngày 30\/11\/2023 đính chính thành “909 triệu đồng”\) — /);
    // The finding of the correction itself is not told twice.
    const correction = corrected.data.discrepancies.find((d) => d.severity === 'correction')!;
    expect(noteOf(corrected, correction, new Set()).text).not.toContain('đã đính chính số');
  });
});

describe('a finding whose part a later report gives anew, for a later date (walk-through 27)', () => {
  it('says which part, of which area, has a newer number, and from which report; a correction’s own finding does not', async () => {
    // Lục Ngạn, 17/11/2023: 500 of 1.000 to 15/11 «đạt 55%» (a rate that is not 500/1.000); the report of 30/11/2023
    // gives 1.100 allocated to 30/11/2023: the finding stays true of its report, its 1.000 is no longer the page's.
    const { F } = LUC_NGAN_CORRECTED;
    const newer = F('bg-2023-11-30', 'f63', 'allocated', 1100, '1.100 triệu đồng').replace(',2023-11-15,', ',2023-11-30,');
    const later = await fixtureContext({ 'funding.csv': plus('funding.csv', [...LUC_NGAN_CORRECTED.rows().slice(0, 3), newer]) });
    const rate = later.data.discrepancies.find((d) => d.rowIds.includes('bg-2023-11-17-f62'))!;
    expect(rate.rowIds).toContain('bg-2023-11-17-f60');
    expect(noteOf(later, rate, new Set()).text).toMatch(/ Trong đó số “1\.000 triệu đồng” của huyện Lục Ngạn đã có số mới hơn: “1\.100 triệu đồng” \(báo cáo ngày 30\/11\/2023\)\.$/);
    // The same 1.000 corrected for its own date instead: the correction's words, not «số mới hơn».
    const corrected = await fixtureContext({ 'funding.csv': plus('funding.csv', LUC_NGAN_CORRECTED.rows()) });
    const d = corrected.data.discrepancies.find((x) => x.rowIds.includes('bg-2023-11-17-f62') && x.severity !== 'correction')!;
    expect(noteOf(corrected, d, new Set()).text).not.toContain('số mới hơn');
  });
});
