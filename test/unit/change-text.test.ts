/**
 * "Change since the previous report" says no more than the two printed figures: a change from "trên 500" to
 * "520" is "khoảng" 20, and it names the report it compares with. Expected texts written by hand from the rows.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { disbursementFigures } from '../../src/views/funding.ts';
import { worksFigures } from '../../src/views/works.ts';
import { BACH_THONG, removeDataDirs, fixtureContext, plus } from './helpers.ts';

afterAll(removeDataDirs);


const context = fixtureContext;

const AREAS = BACH_THONG.areas();
const REPORTS = BACH_THONG.reports();
const BT = BACH_THONG.funding;

describe('the change since the previous report', () => {
  const funding = (previous: string, now: string) =>
    plus('funding.csv', [
      BT('bt-2023-06', 'c1', 'sn,,allocated,1000,mvnd,,1.000trđ,reported,,,'),
      BT('bt-2023-06', 'c2', `sn,,disbursed,500,mvnd,,${previous},reported,,,`),
      BT('bt-2023-12', 'c1', 'sn,,allocated,1000,mvnd,,1.000trđ,reported,,,'),
      BT('bt-2023-12', 'c2', `sn,,disbursed,520,mvnd,,${now},reported,,,`),
    ]);
  const change = async (previous: string, now: string) => {
    const ctx = await context({ 'areas.csv': AREAS, 'reports.csv': REPORTS, 'funding.csv': funding(previous, now) });
    return disbursementFigures(ctx, 'bach-thong').find((f) => f.id === 'so-lieu-bt-2023-12-c2')!.change;
  };

  it('from "trên 500" to "520" is "khoảng" 20, and names the report it compares with', async () => {
    expect(await change('trên 500trđ', '520trđ')).toBe('tăng khoảng 20 triệu đồng so với báo cáo tháng 6/2023');
  });
  it('between two exact figures is exact', async () => {
    expect(await change('500trđ', '520trđ')).toBe('tăng 20 triệu đồng so với báo cáo tháng 6/2023');
  });
  it('keeps the figure\'s own estimate', async () => {
    expect(await change('500trđ', 'ước 520trđ')).toBe('tăng ước 20 triệu đồng so với báo cáo tháng 6/2023');
  });

  it('of works completed, as of funding', async () => {
    const works = plus('works.csv', [
      'bt-2023-06-w1,bt-2023-06,3.2,bach-thong,plan511,2023,current,all,all,planned,12,,12 công trình,reported,',
      'bt-2023-06-w2,bt-2023-06,3.2,bach-thong,plan511,2023,current,all,all,completed,8,,gần 8 công trình,reported,',
      'bt-2023-12-w1,bt-2023-12,3.2,bach-thong,plan511,2023,current,all,all,planned,12,,12 công trình,reported,',
      'bt-2023-12-w2,bt-2023-12,3.2,bach-thong,plan511,2023,current,all,all,completed,10,,10 công trình,reported,',
    ]);
    const ctx = await context({ 'areas.csv': AREAS, 'reports.csv': REPORTS, 'works.csv': works });
    const fig = worksFigures(ctx, 'bach-thong').find((f) => f.id === 'so-lieu-bt-2023-12-w2')!;
    expect(fig.change).toBe('tăng khoảng 2 công trình so với báo cáo tháng 6/2023');
  });

  it('works completed fewer at a later date are no fall: the two reports disagree (walk-through 10: 28/37 then 12/14)', async () => {
    const works = plus('works.csv', [
      'bt-2023-06-w1,bt-2023-06,3.2,bach-thong,plan511,2023,current,all,all,planned,37,,37 công trình,reported,',
      'bt-2023-06-w2,bt-2023-06,3.2,bach-thong,plan511,2023,current,all,all,completed,28,,28 công trình,reported,',
      'bt-2023-12-w1,bt-2023-12,3.2,bach-thong,plan511,2023,current,all,all,planned,14,,14 công trình,reported,',
      'bt-2023-12-w2,bt-2023-12,3.2,bach-thong,plan511,2023,current,all,all,completed,12,,12 công trình,reported,',
    ]);
    const ctx = await context({ 'areas.csv': AREAS, 'reports.csv': REPORTS, 'works.csv': works });
    const fig = worksFigures(ctx, 'bach-thong').find((f) => f.id === 'so-lieu-bt-2023-12-w2')!;
    expect(fig.change).toBe('báo cáo tháng 6/2023 ghi 28 công trình: số cộng dồn không thể giảm, hai báo cáo chưa khớp');
    expect(fig.change).not.toMatch(/giảm \d/);
  });

  it('a later report correcting a figure for the same date says so, never «giảm» (walk-through: 17 → 16 at 30/11/2023)', async () => {
    // The year report of 20/12/2023 gives 7 works completed at 30/06/2023, where the June report said 8 («đến nay», June 2023).
    const works = plus('works.csv', [
      'bt-2023-06-w1,bt-2023-06,3.2,bach-thong,plan511,2023,current,all,all,planned,12,,12 công trình,reported,',
      'bt-2023-06-w2,bt-2023-06,3.2,bach-thong,plan511,2023,current,all,all,completed,8,2023-06,8 công trình,reported,',
      'bt-2023-12-w1,bt-2023-12,3.2,bach-thong,plan511,2023,current,all,all,planned,12,,12 công trình,reported,',
      'bt-2023-12-w2,bt-2023-12,3.2,bach-thong,plan511,2023,current,all,all,completed,7,2023-06-30,7 công trình,reported,Đính chính số của báo cáo 6/2023',
    ]);
    const ctx = await context({ 'areas.csv': AREAS, 'reports.csv': REPORTS, 'works.csv': works });
    const fig = worksFigures(ctx, 'bach-thong').find((f) => f.id === 'so-lieu-bt-2023-12-w2')!;
    expect(fig.change).toBe('đính chính số của báo cáo tháng 6/2023 cho cùng thời điểm (báo cáo đó ghi 8 công trình)');
    // The data-quality page and the June report's page list it as a correction, not as two reports disagreeing.
    const found = ctx.data.discrepancies.filter((d) => d.rowIds.includes('bt-2023-12-w2'));
    expect(found.map((d) => [d.check, d.severity, d.rowIds])).toEqual([['repeat', 'correction', ['bt-2023-06-w2', 'bt-2023-12-w2']]]);
    expect(found[0]!.message).toMatch(/^Báo cáo bt-2023-12 \(mục 3\.2\) đính chính một số liệu của báo cáo bt-2023-06 \(mục 3\.2\) \(.*\): báo cáo trước ghi 8 công trình, báo cáo sau ghi 7 công trình; trang dùng số của báo cáo sau\.$/);
  });
});


describe('a card with a total leads with its share', () => {
  const works = (completed: string, planned: string) =>
    plus('works.csv', [
      `bt-2023-12-w1,bt-2023-12,3.2,bach-thong,plan511,2023,current,all,all,planned,12,,${planned},reported,`,
      `bt-2023-12-w2,bt-2023-12,3.2,bach-thong,plan511,2023,current,all,all,completed,10,,${completed},reported,`,
    ]);
  const card = async (completed: string, planned: string) => {
    const ctx = await fixtureContext({ 'areas.csv': AREAS, 'reports.csv': REPORTS, 'works.csv': works(completed, planned) });
    return worksFigures(ctx, 'bach-thong').find((f) => f.id === 'so-lieu-bt-2023-12-w2')!;
  };

  it('10 of 12 works completed: 83,3%, with both counts kept beneath', async () => {
    const fig = await card('10 công trình', '12 công trình');
    expect(fig.share).toEqual({ text: '83,3%', value: (100 * 10) / 12, computed: true });
    expect([fig.value, fig.total]).toEqual([10, 12]);
  });

  it('a share of "khoảng 12" works is "khoảng" too', async () => {
    // Whole percent: half a work is 4% of 12, so a decimal would claim what «khoảng» does not (walk-through 33).
    expect((await card('10 công trình', 'khoảng 12 công trình')).share?.text).toBe('khoảng 83%');
  });
});

describe('a later report correcting a disbursed amount', () => {
  it('leaves the earlier report\'s printed rate behind: the card works the rate out from the amounts it shows', async () => {
    // June 2023: 5.013,06 of 26.744 allocated, «đạt 18,74%». The year report corrects the amount to 5.103,06 for
    // the same date and prints no rate: 5.103,06 / 26.744 = 19,08% (19,1% as worked out), never the June report's 18,74%.
    const funding = plus('funding.csv', [
      BT('bt-2023-06', 'c1', 'all,,allocated,26744,mvnd,2023-06,26.744 triệu đồng,reported,,,'),
      BT('bt-2023-06', 'c2', 'all,,disbursed,5013.06,mvnd,2023-06,"5.013,06 triệu đồng",reported,,,'),
      BT('bt-2023-06', 'c3', 'all,,disbursement_rate,18.74,percent,2023-06,"đạt 18,74%",reported,,,'),
      BT('bt-2023-12', 'c2', 'all,,disbursed,5103.06,mvnd,2023-06,"5.103,06 triệu đồng",reported,Đính chính số của báo cáo 6/2023,,'),
    ]);
    const ctx = await context({ 'areas.csv': AREAS, 'reports.csv': REPORTS, 'funding.csv': funding });
    const card = disbursementFigures(ctx, 'bach-thong').find((f) => f.rowId === 'bt-2023-12-c2')!;
    expect(card.share?.text).toBe('19,1%');
    expect(card.change).toBe('đính chính số của báo cáo tháng 6/2023 cho cùng thời điểm (báo cáo đó ghi 5.013,06 triệu đồng)');
    // The card's source is the correcting report; its base is still June's, and the note says so.
    expect(card.notes?.[0]?.text).toBe('Báo cáo tháng 6/2023 in tỷ lệ 18,74%, tính với số tiền khi chưa được đính chính; tỷ lệ ở đây trang tính lại từ các số đang dùng (vốn đã phân bổ theo báo cáo tháng 6/2023).');
  });

  it('a corrected base leaves the printed rate behind too (walk-through 18): 2.080,05 of the corrected 16.567,406 is 12,6%, not the 4,4% printed of 46.929', async () => {
    // June 2023 prints SN 2.080,04598 of 46.929,385459 allocated, «đạt 4,4%»; the year report corrects the allocated
    // funds to 16.567,406 for the same date: 2.080,04598 / 16.567,406 = 12,555…%, shown as 12,6%, worked out.
    const funding = plus('funding.csv', [
      BT('bt-2023-06', 'c1', 'sn,,allocated,46929.385459,mvnd,2023-06,"46.929,385,459trđ",malformed,Hai dấu phẩy,,'),
      BT('bt-2023-06', 'c2', 'sn,,disbursed,2080.04598,mvnd,2023-06,"2.080,045,980trđ",malformed,Hai dấu phẩy,,'),
      BT('bt-2023-06', 'c3', 'sn,,disbursement_rate,4.4,percent,2023-06,"đạt 4,4%",reported,,,'),
      BT('bt-2023-12', 'c1', 'sn,,allocated,16567.406,mvnd,2023-06,"16.567,406 triệu đồng",reported,Đính chính số của báo cáo 6/2023,,'),
    ]);
    const ctx = await context({ 'areas.csv': AREAS, 'reports.csv': REPORTS, 'funding.csv': funding });
    const card = disbursementFigures(ctx, 'bach-thong').find((f) => f.rowId === 'bt-2023-06-c2')!;
    expect([card.value, card.total]).toEqual([2080.04598, 16567.406]);
    expect([card.share?.text, card.share?.computed]).toEqual(['12,6%', true]);
    // Its source is June's (the money disbursed); the base's report is named in the note (walk-through 21).
    expect(card.notes?.[0]?.text).toBe('Báo cáo tháng 6/2023 in tỷ lệ 4,4%, tính với số tiền khi chưa được đính chính; tỷ lệ ở đây trang tính lại từ các số đang dùng (vốn đã phân bổ theo báo cáo 20/12/2023).');
  });
});
