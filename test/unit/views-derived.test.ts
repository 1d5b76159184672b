/**
 * What the views derive from rows — totals, rankings, titles — checked against values worked out by hand
 * from fixture rows (valid-min plus the rows below, shaped like the Bạch Thông and Bắc Giang reports),
 * never against the views themselves.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { renderChart, type BarsSpec } from '../../src/charts/index.ts';
import { sumQualifier } from '../../src/data/qualifier.ts';
import { discrepancyNote } from '../../src/views/caveats.ts';
import { figureCell } from '../../src/views/figure.ts';
import { altText } from '../../src/charts/describe.ts';
import { disbursementFigures, fundYearChart, projectCharts, statedTotalFigures, unallocatedChart, unallocatedFigures } from '../../src/views/funding.ts';
import { districtChart, districtCompletedChart, loneDistrictFigures, otherWorksChart, plan511CountFigures, plan511FundingChart, statusChart, typeChart, worksFigures } from '../../src/views/works.ts';
import { supportChart } from '../../src/views/ncut.ts';
import { removeDataDirs, plus, fixtureContext } from './helpers.ts';
import Papa from 'papaparse';
import { chartCsv } from '../../src/publish/chart-files.ts';
import { areaName, projectName, rowSources } from '../../src/views/context.ts';

afterAll(removeDataDirs);


const context = fixtureContext;

const DISTRICT = {
  'areas.csv': plus('areas.csv', ['bac-kan,Bắc Kạn,province,,,', 'bach-thong,Bạch Thông,district,bac-kan,,', 'luc-nam,Lục Nam,district,bac-giang,,', 'yen-the,Yên Thế,district,bac-giang,,']),
  'reports.csv': plus('reports.csv', ['bt-2023-06,UBND huyện Bạch Thông,bach-thong,half_year,/BC-UBND,2023-06,2023-01,2023-06,Báo cáo 6 tháng đầu năm 2023,Chủ tịch,,,001_c.txt']),
  'projects.csv': plus('projects.csv', [
    'ntp1719.da10,ntp1719,project,Dự án 10,Truyền thông',
    'ntp1719.da10.tda2,ntp1719.da10,subproject,Dự án 10 – TDA 2,Chuyển đổi số',
    'ntp1719.da10.tda3,ntp1719.da10,subproject,Dự án 10 – TDA 3,Kiểm tra giám sát',
    'ntp1719.da5,ntp1719,project,Dự án 5,Giáo dục',
    'ntp1719.da5.tda3,ntp1719.da5,subproject,Dự án 5 – TDA 3,Đào tạo nghề',
  ]),
};

const BT = (n: string, rest: string) => `bt-2023-06-${n},bt-2023-06,III,bach-thong,ntp1719,2023,all,${rest}`;
// Dự án 10 – TDA 2 printed three times: a total of 85 and its parts 1.098 (ĐTPT) and 117 (SN), as the report does.
const OVERLAPPING = [
  BT('f01', 'all,,assigned,43311.16,mvnd,,"43.311,160 trđ",reported,,,'),
  BT('f02', 'all,ntp1719.da10.tda2,assigned,85,mvnd,,85.000.000đ,reported,,,'),
  BT('f03', 'dtpt,ntp1719.da10.tda2,assigned,1098,mvnd,,1.098trđ,reported,,,'),
  BT('f04', 'sn,ntp1719.da10.tda2,assigned,117,mvnd,,VSN 117trđ,reported,,,'),
  BT('f05', 'all,ntp1719.da10.tda3,assigned,322.852,mvnd,,"322,852trđ",reported,,,'),
  BT('f06', 'all,ntp1719.da10.tda3,disbursed,21.828,mvnd,,"21,828trđ",reported,,,'),
  BT('f07', 'all,ntp1719.da5.tda3,assigned,7759.995,mvnd,,"7.759,995trđ",reported,,,'),
  BT('f08', 'all,ntp1719.da5.tda3,disbursed,317.84,mvnd,,"317,840trđ",reported,,,'),
];

describe('totals: only where the rules allow, and the report\'s own where it states one', () => {
  it('a project printed as a total and again by capital type is never added: no total, no ranking', async () => {
    const ctx = await context({ ...DISTRICT, 'funding.csv': plus('funding.csv', OVERLAPPING) });
    const spec = projectCharts(ctx, 'bach-thong')[0]!;
    expect(spec.overlapping).toBe(true);
    expect(spec.additive).toBe(false);
    const { description } = renderChart(spec);
    // Adding every bar would give 85 + 1.098 + 117 + 322,852 + 7.759,995 = 9.382,847: that number must appear nowhere.
    expect(description).not.toContain('9,4 tỷ');
    expect(description).not.toMatch(/Cộng|[Tt]ổng|lớn nhất/);
    expect(spec.title).not.toContain('nhiều nhất');
    expect(spec.notes!.map((n) => n.text).join(' ')).toContain('chồng lấn');
    // Not put in value order either: the total 85 is not drawn below its own part 1.098 as if they were peers.
    expect(spec.order).toBe('given');
  });

  it('projects that are apart are added, and the total says the page computed it', async () => {
    const ctx = await context({ ...DISTRICT, 'funding.csv': plus('funding.csv', OVERLAPPING.filter((l) => !/-f0[234],/.test(l))) });
    const spec = projectCharts(ctx, 'bach-thong')[0]!;
    expect(spec.additive).toBe(true);
    // Assigned 322,852 + 7.759,995 = 8.082,847 → "8,1 tỷ đồng"; disbursed 21,828 + 317,84 = 339,668 → 4,2 %.
    expect(renderChart(spec).description).toContain('Cộng các khoản trong biểu đồ (trang này tự tính, báo cáo không nêu tổng này): vốn giao 8,1 tỷ đồng; đã giải ngân 339,7 triệu đồng, bằng 4,2% vốn giao.');
    expect(spec.title).toBe('Dự án 5 – TDA 3 giải ngân nhiều nhất');
  });

  it('the total the report states is a figure with its source', async () => {
    const ctx = await context({ ...DISTRICT, 'funding.csv': plus('funding.csv', OVERLAPPING) });
    const [total, ...rest] = statedTotalFigures(ctx, 'bach-thong');
    expect(rest).toEqual([]);
    expect(total!.value).toBe(43311.16);
    expect(total!.label).toBe('Tổng vốn giao, năm 2023 (báo cáo nêu)');
    expect(total!.href).toContain('bt-2023-06');
    // Bắc Giang's fixture states 495.128 for 2023; its parts (central, provincial, capital types) are not totals.
    expect(statedTotalFigures(ctx, 'bac-giang').map((f) => f.value)).toEqual([495128]);
  });

  it('unallocated funds: one amount is a figure; amounts that are apart are added and labelled as the page\'s sum', async () => {
    const one = await context({ ...DISTRICT, 'funding.csv': plus('funding.csv', [BT('u1', 'all,ntp1719.da10.tda2,unallocated,1098,mvnd,,1.098trđ,reported,,,')]) });
    expect(unallocatedChart(one, 'bach-thong')).toBeNull();
    expect(unallocatedFigures(one, 'bach-thong').map((f) => f.value)).toEqual([1098]);
    const two = await context({
      ...DISTRICT,
      'funding.csv': plus('funding.csv', [BT('u1', 'all,ntp1719.da10.tda2,unallocated,1098,mvnd,,1.098trđ,reported,,,'), BT('u2', 'all,ntp1719.da5.tda3,unallocated,6041,mvnd,,6.041trđ,reported,,,')]),
    });
    // 1.098 + 6.041 = 7.139.
    expect(unallocatedChart(two, 'bach-thong')!.title).toBe('Cộng 2 khoản (trang tự tính): 7.139 triệu đồng chưa phân bổ');
    // One of them printed "khoảng 6.041": the sum is about 7.139, and said so.
    const about = await context({
      ...DISTRICT,
      'funding.csv': plus('funding.csv', [BT('u1', 'all,ntp1719.da10.tda2,unallocated,1098,mvnd,,1.098trđ,reported,,,'), BT('u2', 'all,ntp1719.da5.tda3,unallocated,6041,mvnd,,khoảng 6.041trđ,reported,,,')]),
    });
    expect(unallocatedChart(about, 'bach-thong')!.title).toBe('Cộng 2 khoản (trang tự tính): khoảng 7.139 triệu đồng chưa phân bổ');
    // One of them misprinted (7,383.915 in Bạch Thông's report): neither added into the title nor called the largest bare.
    const misprinted = await context({
      ...DISTRICT,
      'funding.csv': plus('funding.csv', [BT('u1', 'all,ntp1719.da10.tda2,unallocated,1098,mvnd,,1.098trđ,reported,,,'), BT('u2', 'all,ntp1719.da5.tda3,unallocated,7383.915,mvnd,,"7,383.915trđ",malformed,Báo cáo in sai dấu phân cách,,')]),
    });
    const spec = unallocatedChart(misprinted, 'bach-thong')!;
    expect(spec.title).toBe('2 khoản vốn chưa phân bổ; có số cần lưu ý (xem ghi chú)');
    expect(altText(spec)).toContain('lớn nhất là Dự án 5 – TDA 3: 7,4 tỷ đồng (số này có lưu ý, xem ghi chú dưới biểu đồ); nhỏ nhất là Dự án 10 – TDA 2: 1,1 tỷ đồng.');
    const nested = await context({
      ...DISTRICT,
      'funding.csv': plus('funding.csv', [BT('u1', 'all,ntp1719.da10.tda2,unallocated,1098,mvnd,,1.098trđ,reported,,,'), BT('u2', 'all,ntp1719.da10,unallocated,6041,mvnd,,6.041trđ,reported,,,')]),
    });
    const nestedSpec = unallocatedChart(nested, 'bach-thong')!;
    expect(nestedSpec.title).not.toContain('Cộng');
    // Dự án 10 holds Dự án 10 – TDA 2: no "lớn nhất … nhỏ nhất" between a total and its part.
    expect(nestedSpec.overlapping).toBe(true);
    expect(renderChart(nestedSpec).description).not.toMatch(/lớn nhất|nhỏ nhất/);
  });
});

describe('rates as printed', () => {
  it('a printed rate keeps its printed decimals (18,74%, not 18,7%)', async () => {
    const ctx = await context({
      ...DISTRICT,
      'funding.csv': plus('funding.csv', [
        BT('d1', 'dtpt,,allocated,26744,mvnd,,26.744trđ,reported,,,'),
        BT('d2', 'dtpt,,disbursed,5013.06,mvnd,,"5.013,06trđ",reported,,,'),
        BT('d3', 'dtpt,,disbursement_rate,18.74,percent,,"đạt 18,74%",reported,,,'),
      ]),
    });
    const [fig] = disbursementFigures(ctx, 'bach-thong');
    expect(fig!.label).toBe('Đã giải ngân, năm 2023 – Vốn ĐTPT');
    // The card leads with the rate as printed, over a bar of that length.
    expect(fig!.share).toEqual({ text: '18,74%', value: 18.74, of: 'vốn đã phân bổ' });
  });

  it('the fund-year chart\'s description says the printed rates as printed (18,74%, as its title)', async () => {
    const ctx = await context({
      ...DISTRICT,
      'funding.csv': plus('funding.csv', [
        BT('d1', 'dtpt,,allocated,26744,mvnd,,26.744trđ,reported,,,'),
        BT('d2', 'dtpt,,disbursed,5013.06,mvnd,,"5.013,06trđ",reported,,,'),
        BT('d3', 'dtpt,,disbursement_rate,18.74,percent,,"đạt 18,74%",reported,,,'),
        BT('d4', 'sn,,allocated,46929.385459,mvnd,,"46.929,385,459trđ",malformed,hai dấu phẩy,,'),
        BT('d5', 'sn,,disbursed,2080.04598,mvnd,,"2.080,045,980trđ",malformed,hai dấu phẩy,,'),
        BT('d6', 'sn,,disbursement_rate,4.4,percent,,"đạt 4,4%",reported,,,'),
      ]),
    });
    const { description } = renderChart(fundYearChart(ctx, 'bach-thong')!);
    expect(description).toContain('lớn nhất là Năm 2023 – Vốn ĐTPT: 18,74%; nhỏ nhất là Năm 2023 – Vốn SN: 4,4%');
  });
});

describe('rankings compare peers only', () => {
  it('fund years that overlap (a span and its year) are not ranked: the title names the latest whole year', async () => {
    const ctx = await context({
      'funding.csv': plus('funding.csv', [
        'bg-2023-11-30-f01,bg-2023-11-30,II,bac-giang,ntp1719,2022-2023,central_provincial,all,,allocated,671874,mvnd,2023-11-15,671.874 triệu đồng,reported,,,',
        'bg-2023-11-30-f02,bg-2023-11-30,II,bac-giang,ntp1719,2022-2023,central_provincial,all,,disbursed,369780,mvnd,2023-11-15,369.780 triệu đồng,reported,,,',
        'bg-2023-11-30-f03,bg-2023-11-30,II,bac-giang,ntp1719,2022-2023,central_provincial,all,,disbursement_rate,55,percent,2023-11-15,55%,reported,,,',
      ]),
    });
    const spec = fundYearChart(ctx, 'bac-giang')!;
    expect(spec.overlapping).toBe(true);
    // 55 % (2022–2023) is higher than 40,7 % (2023), but the span holds 2023: no "cao nhất".
    expect(spec.title).toBe('Năm 2023: đã giải ngân 40,7% vốn đã phân bổ');
    expect(renderChart(spec).description).not.toMatch(/lớn nhất|nhỏ nhất/);
  });

  it('plan 511 investment: districts are compared, the province total is stated beside them and a district without a figure is named', async () => {
    const ctx = await context({
      ...DISTRICT,
      'funding.csv': plus('funding.csv', [
        'bg-2023-11-30-f01,bg-2023-11-30,II,bac-giang,plan511,2022-2024,all,all,,total_investment,165500,mvnd,,165.500 triệu đồng,reported,,,',
        'bg-2023-11-30-f02,bg-2023-11-30,II,son-dong,plan511,2022-2024,all,all,,total_investment,79703,mvnd,,79.703 triệu đồng,reported,,,',
        'bg-2023-11-30-f03,bg-2023-11-30,II,luc-nam,plan511,2022-2024,all,all,,total_investment,20000,mvnd,,20.000 triệu đồng,reported,,,',
        'bg-2023-11-30-f04,bg-2023-11-30,II,yen-the,plan511,2022-2024,all,all,,total_investment,14600,mvnd,,14.600 triệu đồng,reported,,,',
      ]),
    });
    const spec = plan511FundingChart(ctx, 'bac-giang')!;
    expect(spec.rows.map((r) => r.category).toSorted()).toEqual(['Lục Nam', 'Sơn Động', 'Yên Thế']);
    expect(spec.title).toBe('Sơn Động có tổng mức đầu tư lớn nhất: 79.703 triệu đồng');
    // The scope: the districts the report gives, not all of them.
    expect(spec.subtitle).toContain('các huyện báo cáo nêu');
    const notes = spec.notes!.map((n) => n.text).join(' ');
    expect(notes).toContain('165.500 triệu đồng');
    // Lục Ngạn has plan 511 works in valid-min but no total investment here.
    expect(notes).toContain('Báo cáo không nêu tổng mức đầu tư của huyện Lục Ngạn');
    expect(renderChart(spec).description).not.toContain('Toàn tỉnh');
  });

  it('approved total investments are dated by their decisions, not by the report that repeats them', async () => {
    // Decisions of 14/02/2022 (Sơn Động), 04/03/2022 (Lục Nam), 15/11/2021 (Yên Thế): the latest is 04/03/2022.
    const ctx = await context({
      ...DISTRICT,
      'funding.csv': plus('funding.csv', [
        'bg-2023-11-30-f02,bg-2023-11-30,II,son-dong,plan511,2022-2024,all,all,,total_investment,79703,mvnd,,79.703 triệu đồng,reported,,,2022-02-14',
        'bg-2023-11-30-f03,bg-2023-11-30,II,luc-nam,plan511,2022-2024,all,all,,total_investment,46301,mvnd,,46.301 triệu đồng,reported,,,2022-03-04',
        'bg-2023-11-30-f04,bg-2023-11-30,II,yen-the,plan511,2022-2024,all,all,,total_investment,14613,mvnd,,14.613 triệu đồng,reported,,,2021-11-15',
      ]),
    });
    const spec = plan511FundingChart(ctx, 'bac-giang')!;
    expect(altText(spec)).toMatch(/ Theo các quyết định phê duyệt, quyết định mới nhất ngày 04\/03\/2022\.$/);
    expect(altText(spec)).not.toContain('30/11/2023');
    // The chart's CSV gives each value its decision date beside the report's date.
    const csv = Papa.parse<Record<string, string>>(new TextDecoder().decode(chartCsv(spec, { sourceOf: rowSources(ctx, spec.rows.flatMap((r) => r.rowIds ?? [])) })).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const decision = (row: string) => csv.find((r) => r.row_id === row)?.decision_date;
    expect([decision('bg-2023-11-30-f02'), decision('bg-2023-11-30-f03'), decision('bg-2023-11-30-f04')]).toEqual(['2022-02-14', '2022-03-04', '2021-11-15']);
  });

  it('a district\'s share of a count printed "khoảng" is "khoảng" too', async () => {
    // Sơn Động: khoảng 40 of 50 completed (80 %); Lục Ngạn: 16 of 25 (64 %).
    const works = plus('works.csv', [
      'bg-2023-11-30-w21,bg-2023-11-30,II.3.1,son-dong,plan511,2022-2024,revised,all,all,planned,50,,50 công trình,reported,',
      'bg-2023-11-30-w22,bg-2023-11-30,II.3.1,luc-ngan,plan511,2022-2024,revised,all,all,planned,25,,25 công trình,reported,',
    ]).replace('completed,40,2023-11-30,40 công trình', 'completed,40,2023-11-30,khoảng 40 công trình');
    const ctx = await context({ 'works.csv': works });
    expect(districtChart(ctx, 'bac-giang', '2022-2024', 'x')!.title).toBe('Sơn Động hoàn thành khoảng 80% số công trình, Lục Ngạn 64%');
  });

  it('a batch chart says it is one batch, not the whole plan', async () => {
    const ctx = await context({
      'works.csv': plus('works.csv', [
        'bg-2023-11-17-w01,bg-2023-11-17,3.2,son-dong,plan511,2023,current,all,all,completed,10,2023-11-17,Sơn Động 10 công trình,reported,',
        'bg-2023-11-17-w02,bg-2023-11-17,3.2,luc-ngan,plan511,2023,current,all,all,completed,4,2023-11-17,Lục Ngạn 04 công trình,reported,',
      ]),
    });
    expect(districtCompletedChart(ctx, 'bac-giang', '2023', 'x')!.title).toBe('Đợt năm 2023: Sơn Động hoàn thành nhiều công trình nhất (10)');
  });
});

describe('rankings: only peers are ranked', () => {
  it('a project chart whose rows overlap counts a total and its parts as one sum of money, not three', async () => {
    const ctx = await context({ ...DISTRICT, 'funding.csv': plus('funding.csv', OVERLAPPING) });
    // Five bars (TDA 2 as its total 85 and as ĐTPT 1.098 and SN 117, TDA 3, Dự án 5 – TDA 3) are three sums of
    // money: TDA 2, TDA 3, Dự án 5 – TDA 3. None printed as 0 disbursed.
    const spec = projectCharts(ctx, 'bach-thong')[0]!;
    expect(spec.title).toBe('0 trong 3 khoản vốn giao theo dự án chưa giải ngân');
    // …and said, with the report's order kept and no ranking.
    expect(spec.notes!.map((n) => n.text).join(' ')).toContain('không xếp hạng chúng và giữ thứ tự của báo cáo; chúng được đếm là một khoản');
  });

  it('a total printed as 0 disbursed is one undisbursed sum; a part at 0 under a total with no figure is not', async () => {
    // TDA 2's total (85) printed with 0 disbursed: its parts are 0 too, and the three bars are one undisbursed sum.
    const whole = await context({ ...DISTRICT, 'funding.csv': plus('funding.csv', [...OVERLAPPING, BT('f09', 'all,ntp1719.da10.tda2,disbursed,0,mvnd,,0trđ,reported,,,')]) });
    expect(projectCharts(whole, 'bach-thong')[0]!.title).toBe('1 trong 3 khoản vốn giao theo dự án chưa giải ngân');
    // Only its ĐTPT part printed 0: the SN part may have been spent, so TDA 2 is not said to be undisbursed.
    const part = await context({ ...DISTRICT, 'funding.csv': plus('funding.csv', [...OVERLAPPING, BT('f09', 'dtpt,ntp1719.da10.tda2,disbursed,0,mvnd,,0trđ,reported,,,')]) });
    expect(projectCharts(part, 'bach-thong')[0]!.title).toBe('0 trong 3 khoản vốn giao theo dự án chưa giải ngân');
  });

  const NTP_WORK = (n: string, batch: string, type: string, count: number) =>
    `bg-2023-11-30-w${n},bg-2023-11-30,II,bac-giang,ntp1719,${batch},current,all,${type},new,${count},,${count} công trình,reported,`;

  it('new works by type: one batch is ranked against the report\'s own total', async () => {
    const ctx = await context({
      'works.csv': plus('works.csv', [NTP_WORK('21', '2022-2023', 'all', 122), NTP_WORK('22', '2022-2023', 'road', 61), NTP_WORK('23', '2022-2023', 'school', 11)]),
    });
    const spec = otherWorksChart(ctx, 'bac-giang')!;
    expect(spec.title).toBe('Giao thông chiếm nhiều nhất trong 122 công trình xây mới');
    expect(spec.order).toBe('value');
  });

  it('new works by type in two batches, one inside the other: neither ranked nor given one batch\'s name', async () => {
    const ctx = await context({
      'works.csv': plus('works.csv', [NTP_WORK('21', '2022-2023', 'road', 61), NTP_WORK('22', '2023', 'road', 40), NTP_WORK('23', '2023', 'school', 70)]),
    });
    const spec = otherWorksChart(ctx, 'bac-giang')!;
    // 70 schools in 2023 would be "the most" only against 40 roads of 2023, and 2023 lies inside 2022–2023.
    expect(spec.title).not.toMatch(/nhiều nhất/);
    expect(spec.order).toBe('given');
    expect(spec.overlapping).toBe(true);
    expect(spec.subtitle).toContain('2022–2023');
    expect(spec.subtitle).toContain('năm 2023');
    expect(spec.rows.map((r) => r.category)).toEqual(['Giao thông (giai đoạn 2022–2023)', 'Giao thông (năm 2023)', 'Trường học (năm 2023)']);
  });

  const NCUT_ROW = (n: string, period: string, measure: string, persons: number) =>
    `bt-2023-06-n${n},bt-2023-06,III.2.1,bach-thong,${period},${measure},district,${persons},,,,,${persons} người,reported,`;

  it('support: different activities are ranked; one activity for a year and for its half is not', async () => {
    const apart = await context({ ...DISTRICT, 'ncut.csv': plus('ncut.csv', [NCUT_ROW('01', '2023', 'tet_gift', 137), NCUT_ROW('02', '2023-h1', 'sick_visit', 4)]) });
    expect(supportChart(apart, 'bach-thong')!.title).toBe('Tặng quà Tết đến với nhiều người có uy tín nhất (137 người)');
    const twice = await context({
      ...DISTRICT,
      'ncut.csv': plus('ncut.csv', [NCUT_ROW('01', '2023', 'sick_visit', 7), NCUT_ROW('02', '2023-h1', 'sick_visit', 4), NCUT_ROW('03', '2023-h1', 'bereavement_visit', 1)]),
    });
    const spec = supportChart(twice, 'bach-thong')!;
    expect(spec.title).not.toMatch(/nhiều .*nhất/);
    expect(spec.order).toBe('given');
    expect(renderChart(spec).description).toContain('chồng lấn');
  });
});

describe('a figure made from rows carries their words everywhere it goes', () => {
  it('a sum is «khoảng» when any part is; «trên» only when every part is a lower bound (exact parts are)', () => {
    expect(sumQualifier([null, null])).toBeNull();
    expect(sumQualifier(['tren', null])).toBe('tren');
    // Over 10 plus more than 5 is over 15; over 10 plus at least 5 is over 15; at least 10 plus at least 5 is at least 15.
    expect(sumQualifier(['tren', 'hon'])).toBe('tren');
    expect(sumQualifier(['tren', 'it_nhat'])).toBe('tren');
    expect(sumQualifier(['it_nhat', 'toi_thieu'])).toBe('it_nhat');
    expect(sumQualifier(['duoi', 'toi_da', null])).toBe('duoi');
    // An approximate part, an estimate among bounds, or bounds both ways: only "about".
    expect(sumQualifier(['tren', 'khoang'])).toBe('khoang');
    expect(sumQualifier(['tren', 'gan'])).toBe('khoang');
    expect(sumQualifier(['tren', 'uoc'])).toBe('khoang');
    expect(sumQualifier(['tren', 'duoi'])).toBe('khoang');
    expect(sumQualifier(['uoc', null])).toBe('uoc');
  });

  it('a stacked bar\'s total at its end is qualified as its segments are', () => {
    const spec: BarsSpec = {
      kind: 'bars', id: 's', title: 'T', subtitle: 'S', unit: 'mvnd', asOf: '2023-11-17', sources: [{ title: 'B' }], layout: 'stacked', groups: ['Vốn ĐTPT', 'Vốn SN'],
      rows: [
        { category: 'Năm 2023 – Ngân sách trung ương', group: 'Vốn ĐTPT', value: 198110, qualifier: 'khoang' },
        { category: 'Năm 2023 – Ngân sách trung ương', group: 'Vốn SN', value: 244518 },
        { category: 'Năm 2023 – Đối ứng ngân sách tỉnh', group: 'Vốn ĐTPT', value: 50000 },
        { category: 'Năm 2023 – Đối ứng ngân sách tỉnh', group: 'Vốn SN', value: 2500 },
      ],
    };
    // 198.110 + 244.518 = 442.628, about; 50.000 + 2.500 = 52.500, exact.
    for (const svg of [renderChart(spec).svgWide, renderChart(spec).svgNarrow]) {
      expect(svg).toMatch(/>khoảng 442\.628</);
      expect(svg).toMatch(/>52\.500</);
      expect(svg).not.toMatch(/>442\.628</);
    }
  });

  // A new district whose report gives plan 511 counts per type only: the page adds the types (views/works.ts).
  const YD = 'yd-2024-06-20,UBND huyện Yên Dũng,yen-dung,half_year,45/BC-UBND,2024-06-20,2024-01,2024-06,Báo cáo 6 tháng đầu năm 2024,Chủ tịch,,,005_e.txt';
  const yenDung = (batch: string, version: string, works: string[]) =>
    fixtureContext({
      'areas.csv': plus('areas.csv', ['yen-dung,Yên Dũng,district,bac-giang,,']),
      'reports.csv': plus('reports.csv', [YD]),
      'works.csv': plus('works.csv', works.map((w, i) => `yd-2024-06-20-w0${i + 1},yd-2024-06-20,II.1,yen-dung,plan511,${batch},${version},all,${w}`)),
    });

  it('a plan\'s status chart over summed types: title, segments and bar-end total keep a «khoảng» type', async () => {
    // Planned: khoảng 3 ngầm + 1 cầu = khoảng 4; completed 2 + 1 = 3; under construction 1 + 0 = 1; so not started
    // 4 − 3 − 1 = 0, about (planned is). The «khoảng» row is the second of the sum (types in order: cầu, ngầm).
    const ctx = await yenDung('2022-2024', 'revised', [
      'ngam,planned,3,,khoảng 03 công trình ngầm,reported,',
      'cau,planned,1,,01 cầu,reported,',
      'ngam,completed,2,2024-06-20,02 công trình ngầm,reported,',
      'cau,completed,1,2024-06-20,01 cầu,reported,',
      'ngam,under_construction,1,2024-06-20,01 công trình ngầm,reported,',
      'cau,under_construction,0,2024-06-20,0 cầu,reported,',
    ]);
    const spec = statusChart(ctx, 'yen-dung')!;
    expect(spec.title).toBe('Kế hoạch 2022–2024: 3 trên khoảng 4 công trình đã hoàn thành');
    expect(spec.rows.map((r) => [r.status, r.value, r.qualifier ?? null])).toEqual([['completed', 3, null], ['in_progress', 1, null], ['not_started', 0, 'khoang']]);
    expect(renderChart(spec).svgWide).toContain('>3/khoảng 4<');
  });

  it('a card of a summed count has the word of any of its types, not only of the first row', async () => {
    // Completed 1 cầu + khoảng 2 ngầm = khoảng 3 of 1 + 3 = 4 planned; in the 2023 batch (no plan) the same sum alone.
    const plan = await yenDung('2022-2024', 'revised', ['ngam,planned,3,,03 công trình ngầm,reported,', 'cau,planned,1,,01 cầu,reported,', 'ngam,completed,2,2024-06-20,khoảng 02 công trình ngầm,reported,', 'cau,completed,1,2024-06-20,01 cầu,reported,']);
    expect(worksFigures(plan, 'yen-dung').map((f) => [f.value, f.total, f.qualifier ?? null])).toEqual([[3, 4, 'khoang']]);
    const batch = await yenDung('2023', 'current', ['ngam,completed,2,2024-06-20,khoảng 02 công trình ngầm,reported,', 'cau,completed,1,2024-06-20,01 cầu,reported,']);
    expect(plan511CountFigures(batch, 'yen-dung').map((f) => [f.value, f.qualifier ?? null])).toEqual([[3, 'khoang']]);
  });

  it('a district alone in a batch is a card with the word of any of its types, not a one-bar chart', async () => {
    // Completed in the 2023 batch: 1 cầu + khoảng 2 ngầm = khoảng 3 (the «khoảng» row second in the sum).
    const ctx = await yenDung('2023', 'current', ['ngam,completed,2,2024-06-20,khoảng 02 công trình ngầm,reported,', 'cau,completed,1,2024-06-20,01 cầu,reported,']);
    expect(districtCompletedChart(ctx, 'bac-giang', '2023', 'x')).toBeNull();
    expect(loneDistrictFigures(ctx, 'bac-giang', '2023').map((f) => [f.area, f.value, f.qualifier ?? null])).toEqual([['huyện Yên Dũng', 3, 'khoang']]);
  });

  it('a note naming figures keeps their words: «khoảng 71/75», so about 4 remain', async () => {
    // valid-min: 75 planned, 56 completed and 13 under construction (30/11/2023). A later report: khoảng 71 completed, no statuses.
    const ctx = await fixtureContext({
      'reports.csv': plus('reports.csv', ['bg-2025-07-15,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,45/BC-BDT,2025-07-15,2025-01,2025-06,Kết quả 6 tháng đầu năm 2025,Trưởng ban,,,005_bg-2025-07-15.txt']),
      'works.csv': plus('works.csv', ['bg-2025-07-15-w01,bg-2025-07-15,II.2,bac-giang,plan511,2022-2024,revised,all,all,completed,71,2025-06-30,khoảng 71/75 công trình,reported,']),
    });
    const note = statusChart(ctx, 'bac-giang')!.notes!.map((n) => n.text).find((t) => t.includes('chưa rõ tình trạng'));
    expect(note).toContain('khoảng 71/75 công trình hoàn thành đến ngày 30/06/2025');
    // 75 − khoảng 71: about 4.
    expect(note).toContain('nên khoảng 4 công trình còn lại ghi là «chưa rõ tình trạng»');
  });

  it('a list of areas shows a card\'s words before its value and its base', () => {
    expect(figureCell({ value: 5000, unit: 'person', qualifier: 'tren' })).toBe('trên 5.000 người');
    expect(figureCell({ value: 170353, unit: 'mvnd', total: 418318, totalQualifier: 'khoang' })).toBe('170.353/khoảng 418.318 triệu đồng');
    expect(figureCell({ value: 56, unit: 'work', total: 75, qualifier: 'gan' })).toBe('gần 56/75 công trình');
  });

  it('a sum in a discrepancy note has the decimals of its parts, never float noise', async () => {
    const ctx = await context();
    // valid-min: central 442.628 + provincial 52.500 = 495.128 against the stated 495.128; a check's sum carrying noise.
    const note = discrepancyNote(ctx.data.tables, { area: (id) => areaName(ctx, id), project: (id) => projectName(ctx, id) }, {
      id: 'funding-sources-x', check: 'funding-sources', severity: 'discrepancy', table: 'funding', rowIds: ['bg-2023-11-17-f01', 'bg-2023-11-17-f02', 'bg-2023-11-17-f03'],
      reportIds: ['bg-2023-11-17'], sections: ['3.1.2'], expected: 495128.000001, actual: 495128, difference: 0.000001, message: '',
    }, new Set(['bg-2023-11-17-f01']));
    expect(note.text).toBe('Vốn giao (kế hoạch), năm 2023, Bắc Giang: 495.128 triệu đồng — các phần của tổng này cộng lại là 495.128 triệu đồng.');
  });

  it('the plan lists are named by the definitions\' labels (Danh mục ban đầu; Sau điều chỉnh, bổ sung)', async () => {
    const spec = typeChart(await context(), 'bac-giang')!;
    // valid-min gives the revised list only: 67 ngầm + 8 cầu = 75.
    expect(spec.title).toBe('75 công trình theo danh mục sau điều chỉnh, bổ sung');
    expect(spec.groups).toEqual(['Danh mục sau điều chỉnh, bổ sung']);
    expect(spec.meanings).toEqual({ 'Danh mục ban đầu': 'plan_original', 'Danh mục sau điều chỉnh, bổ sung': 'plan_revised' });
  });
});

describe('rows that overlap are neither ranked nor counted twice, and the chart says so', () => {
  const NTP = (n: string, type: string, count: number, text = `${count} công trình`) => `bg-2023-11-30-w${n},bg-2023-11-30,II,bac-giang,ntp1719,2022-2023,current,all,${type},new,${count},,${text},reported,`;

  it('roads to commune centres are roads: the NTP 1719 works chart keeps the report\'s order and ranks nothing', async () => {
    // 002_…txt II.2.1.4: 122 new works, roads 61 among them; "10 dự án đường đến trung tâm xã" may be among the roads.
    const ctx = await context({ 'works.csv': plus('works.csv', [NTP('21', 'all', 122), NTP('22', 'road', 61), NTP('23', 'school', 11), NTP('24', 'road_commune', 10, '10 dự án')]) });
    const spec = otherWorksChart(ctx, 'bac-giang')!;
    expect(spec.overlapping).toBe(true);
    expect(spec.order).toBe('given');
    expect(spec.title).toBe('Công trình xây mới theo loại, theo thứ tự báo cáo ghi');
    expect(spec.notes!.map((n) => n.text)).toContain('Có loại công trình chồng lấn nhau (một loại có thể nằm trong loại khác, một đợt nằm trong giai đoạn của nó): trang không cộng, không xếp hạng chúng và giữ thứ tự của báo cáo.');
    const { description, table } = renderChart(spec);
    expect(description).not.toMatch(/lớn nhất|nhỏ nhất|nhiều nhất/);
    expect(table.rows.map((r) => r[0])).toEqual(['Giao thông', 'Trường học', 'Đường đến trung tâm xã, liên xã']);
  });

  it('the NCUT support chart says its overlapping rows are not ranked', async () => {
    const row = (n: string, period: string, measure: string, persons: number) => `bt-2023-06-n${n},bt-2023-06,III.2.1,bach-thong,${period},${measure},district,${persons},,,,,${persons} người,reported,`;
    const ctx = await context({ ...DISTRICT, 'ncut.csv': plus('ncut.csv', [row('01', '2023', 'sick_visit', 7), row('02', '2023-h1', 'sick_visit', 4)]) });
    const spec = supportChart(ctx, 'bach-thong')!;
    expect(spec.notes!.map((n) => n.text)).toContain('Có hình thức hỗ trợ được báo cáo ghi cho cả năm lẫn một kỳ trong năm (cùng những người được tính hai lần): trang không cộng, không xếp hạng chúng và giữ thứ tự của báo cáo.');
  });
});
