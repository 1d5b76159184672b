/**
 * The words and links the views share: areas and projects by name, plan lists, capital types, reports named and
 * ordered, and the source columns of a chart's CSV. Expected values from valid-min's reference rows (areas, projects,
 * reports) and the tables' definitions, and two rows added: the commune An Lạc of Sơn Động, and Sơn Động's plan 511
 * investment of 79.703 triệu đồng approved on 14/02/2022, in the report of 30/11/2023.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import {
  areaName, areaPhrase, capitalShort, effectiveDateOf, overlapItems, rowContains, rowsOverlap, sumCheck, figureSource, fundYearLabel, groupLabel, ncutMeasureLabel, periodText, planListName, projectName,
  providerLabel, qualifierOf, qualifierProp, reportName, rowSources, sourceLabel, sourcesOf, totalQualifierProp, workMeasureLabel, workTypeLabel,
} from '../../src/views/context.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const NOV17 = 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023';
const NOV30 = 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 30/11/2023';

let ctx: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext({
    'areas.csv': plus('areas.csv', ['an-lac,An Lạc,commune,son-dong,,']),
    'funding.csv': plus('funding.csv', ['bg-2023-11-30-f01,bg-2023-11-30,II,son-dong,plan511,2022-2024,all,all,,total_investment,79703,mvnd,,79.703 triệu đồng,reported,,,2022-02-14']),
    // Printed «trên 12.000 thẻ», without a date of its own; and a figure dated 17/11 in the report of 30/11.
    'indicators.csv': plus('indicators.csv', [
      'bg-2023-11-30-i21,bg-2023-11-30,II.5,bac-giang,health,insurance_cards,Thẻ bảo hiểm y tế cấp cho người DTTS,12000,card,2023,,trên 12.000 thẻ,reported,',
      'bg-2023-11-30-i22,bg-2023-11-30,II.5,son-dong,training,training_classes,Lớp bồi dưỡng kiến thức dân tộc,3,class,2023,2023-11-17,3 lớp,reported,',
    ]),
  });
});

describe('names', () => {
  it('an area with its level in running text; its bare name in a chart', () => {
    expect(['bac-giang', 'son-dong', 'an-lac'].map((id) => areaPhrase(ctx, id))).toEqual(['tỉnh Bắc Giang', 'huyện Sơn Động', 'xã An Lạc']);
    expect(areaName(ctx, 'son-dong')).toBe('Sơn Động');
  });

  it('a project by its short name; no project is the whole programme', () => {
    expect(projectName(ctx, 'ntp1719.da3')).toBe('Dự án 3');
    expect(projectName(ctx, null)).toBe('Toàn chương trình');
  });

  it('an id missing from the reference tables is shown as it is, never as an empty name', () => {
    expect([areaPhrase(ctx, 'ha-giang'), areaName(ctx, 'ha-giang'), projectName(ctx, 'ntp1719.da9'), reportName(ctx, 'bg-2024-01-01')]).toEqual(['ha-giang', 'ha-giang', 'ntp1719.da9', 'bg-2024-01-01']);
  });

  it('the definitions’ words for codes: fund years and periods, budget sources, works, poverty groups, support to prestigious persons', () => {
    expect([fundYearLabel('2023'), fundYearLabel('2026-2030'), periodText('2023-h1'), periodText('2023-11')]).toEqual(['Năm 2023', 'Giai đoạn 2026–2030', '6 tháng đầu năm 2023', 'Tháng 11/2023']);
    expect(['central', 'provincial', 'central_provincial'].map(sourceLabel)).toEqual(['Ngân sách trung ương', 'Đối ứng ngân sách tỉnh', 'Trung ương và đối ứng tỉnh']);
    expect([workTypeLabel('ngam'), workTypeLabel('cau'), workMeasureLabel('completed'), workMeasureLabel('under_construction')]).toEqual(['Ngầm dân sinh', 'Cầu dân sinh', 'Hoàn thành', 'Đang thi công']);
    expect([groupLabel('xa_dbkk'), groupLabel('ho_dtts')]).toEqual(['Các xã đặc biệt khó khăn', 'Trong số hộ đồng bào DTTS']);
    expect([ncutMeasureLabel('tet_gift'), ncutMeasureLabel('sick_visit'), providerLabel('district'), providerLabel('commune')]).toEqual(['Tặng quà Tết', 'Thăm hỏi ốm đau', 'Huyện', 'Xã']);
  });

  it('capital types in short; plan lists in a sentence', () => {
    expect(['all', 'dtpt', 'sn', 'credit'].map(capitalShort)).toEqual(['Tổng vốn', 'Vốn ĐTPT', 'Vốn SN', 'Vốn tín dụng']);
    expect(['current', 'original', 'revised'].map(planListName)).toEqual(['theo báo cáo', 'danh mục ban đầu', 'danh mục sau điều chỉnh, bổ sung']);
  });
});

describe('reports and source rows', () => {
  it('a report named by its issuer and date; the sources of a chart newest first, linked', () => {
    expect(reportName(ctx, 'bg-2023-11-17')).toBe(NOV17);
    expect(sourcesOf(ctx, ['bg-2023-11-17', 'bg-2023-11-30', 'bg-2023-11-17'])).toEqual([
      { title: NOV30, href: '/bao-cao/bg-2023-11-30/' },
      { title: NOV17, href: '/bao-cao/bg-2023-11-17/' },
    ]);
  });

  it('a chart CSV’s source columns: report, section, the figure’s date (else the report’s), decision date, status', () => {
    const source = rowSources(ctx, ['bg-2023-11-17-f01', 'bg-2023-11-17-f07', 'bg-2023-11-30-f01', 'bg-2023-11-30-p01']);
    // Vốn giao has no date of its own: the report's, and it says so (as_of_from).
    expect(source('bg-2023-11-17-f01')).toEqual({ report_id: 'bg-2023-11-17', report: NOV17, section: '3.1.2', as_of: '2023-11-17', as_of_from: 'báo cáo', decision_date: '', figure_status: 'reported', row_note: '', values: [{ value: 495128, unit: 'mvnd' }] });
    expect(source('bg-2023-11-17-f07')).toEqual({ report_id: 'bg-2023-11-17', report: NOV17, section: '3.1.2', as_of: '2023-11-15', as_of_from: 'số liệu', decision_date: '', figure_status: 'reported', row_note: '', values: [{ value: 170353, unit: 'mvnd' }] });
    expect(source('bg-2023-11-30-f01')).toEqual({ report_id: 'bg-2023-11-30', report: NOV30, section: 'II', as_of: '2023-11-30', as_of_from: 'báo cáo', decision_date: '2022-02-14', figure_status: 'reported', row_note: '', values: [{ value: 79703, unit: 'mvnd' }] });
    // A poverty row has no as_of column: the year it is of, as its card says (2015's rate, in the report of 30/11/2023).
    expect(source('bg-2023-11-30-p01')).toEqual({ report_id: 'bg-2023-11-30', report: NOV30, section: 'I', as_of: '2015', as_of_from: 'số liệu', decision_date: '', figure_status: 'reported', row_note: '', values: [{ value: 35.1, unit: 'percent' }] });
    // Only the rows asked for are indexed.
    expect(source('bg-2023-11-17-f02')).toBeUndefined();
    // A figure whose unit is its row's own: 20.016 newspapers (quantity_unit «copy»), so a chart of copies reads it as printed.
    expect(rowSources(ctx, ['bg-2023-11-17-n02'])('bg-2023-11-17-n02')?.values).toEqual([{ value: 20016, unit: 'copy' }]);
  });
});

describe('a figure’s source, date and qualifier', () => {
  // First: the qualifiers are indexed once per data load, by the first test that asks (what Stryker counts as covering it).
  it('a figure printed «trên 12.000» carries its qualifier; the others none', () => {
    expect(figureSource(ctx, 'bac-giang', { id: 'bg-2023-11-30-i21', report_id: 'bg-2023-11-30' }, '2023-11-30')).toMatchObject({ qualifier: 'tren', dateKind: 'report' });
    expect([qualifierOf(ctx, 'bg-2023-11-30-i21'), qualifierOf(ctx, 'bg-2023-11-17-f01'), qualifierOf(ctx, null), qualifierOf(ctx, undefined)]).toEqual(['tren', null, null, null]);
    expect([qualifierProp('tren'), qualifierProp(null), totalQualifierProp('khoang'), totalQualifierProp(null)]).toEqual([{ qualifier: 'tren' }, {}, { totalQualifier: 'khoang' }, {}]);
  });

  it('a figure the report gives no date of its own is dated «theo báo cáo», linked to its row and named by its report', () => {
    // Vốn giao 495.128 triệu đồng of 17/11/2023, blank as_of: dated by the report.
    expect(figureSource(ctx, 'bac-giang', { id: 'bg-2023-11-17-f01', report_id: 'bg-2023-11-17' }, '2023-11-17')).toEqual({
      id: 'so-lieu-bg-2023-11-17-f01',
      rowId: 'bg-2023-11-17-f01',
      asOf: '2023-11-17',
      dateKind: 'report',
      area: 'tỉnh Bắc Giang',
      href: '/bao-cao/bg-2023-11-17/#bg-2023-11-17-f01',
      sourceLabel: `Nguồn: ${NOV17}`,
      reportId: 'bg-2023-11-17',
    });
  });

  it('a figure with a date of its own says «đến ngày», even when that date is another report’s', () => {
    // The disbursement of 17/11 dated 15/11/2023.
    const dated = figureSource(ctx, 'bac-giang', { id: 'bg-2023-11-17-f07', report_id: 'bg-2023-11-17' }, '2023-11-15');
    expect([dated.asOf, dated.dateKind]).toEqual(['2023-11-15', undefined]);
    // Sơn Động's three classes dated 17/11/2023 in the report of 30/11: the date is the figure's, not a report's.
    const classes = figureSource(ctx, 'son-dong', { id: 'bg-2023-11-30-i22', report_id: 'bg-2023-11-30' }, '2023-11-17');
    expect([classes.asOf, classes.dateKind, classes.area, classes.sourceLabel]).toEqual(['2023-11-17', undefined, 'huyện Sơn Động', `Nguồn: ${NOV30}`]);
    // A poverty rate has no date column: its report's date is its date, not «theo báo cáo».
    expect(figureSource(ctx, 'bac-giang', { id: 'bg-2023-11-30-p01', report_id: 'bg-2023-11-30' }, '2023-11-30').dateKind).toBeUndefined();
    // Sơn Động's plan 511 investment, no date of its own, shown at its decision's date (14/02/2022): not the report's.
    const plan = figureSource(ctx, 'son-dong', { id: 'bg-2023-11-30-f01', report_id: 'bg-2023-11-30' }, '2022-02-14');
    expect([plan.asOf, plan.dateKind, plan.reportId]).toEqual(['2022-02-14', undefined, 'bg-2023-11-30']);
  });

  it('the date a row is true at: its own, else its report’s; none for a row that is not there', () => {
    expect(effectiveDateOf(ctx, 'funding', 'bg-2023-11-17-f07')).toBe('2023-11-15');
    expect(effectiveDateOf(ctx, 'funding', 'bg-2023-11-17-f01')).toBe('2023-11-17');
    expect(effectiveDateOf(ctx, 'indicators', 'bg-2023-11-30-i22')).toBe('2023-11-17');
    expect(effectiveDateOf(ctx, 'poverty', 'bg-2023-11-30-p01')).toBe('2023-11-30');
    expect(effectiveDateOf(ctx, 'funding', 'bg-2023-11-30-f99')).toBeNull();
  });
});

describe('which figures may be added (the funding definition’s rules, areas and projects nested)', () => {
  // Bắc Giang's 2023 assigned money of 17/11/2023: f01 all sources 495.128, f02 central 442.628 (f04 its ĐTPT 198.110),
  // f03 provincial 52.500, f06 allocated 418.318, f08 the rate 40,7%; f09 Sơn Động's Dự án 3, 1.200,5.
  const f = (n: string) => ctx.data.tables.funding.find((r) => r.id === `bg-2023-11-17-${n}`)!;

  // First: the areas' and projects' nesting is read once per data load, by the first test that asks.
  it('a total contains its parts, never the other way; the province’s whole programme contains a district’s project', () => {
    expect([rowContains(ctx, 'funding', f('f01'), f('f02')), rowContains(ctx, 'funding', f('f02'), f('f01'))]).toEqual([true, false]);
    expect([rowsOverlap(ctx, 'funding', [f('f02'), f('f03')]), rowsOverlap(ctx, 'funding', [f('f03'), f('f04'), f('f02')])]).toEqual([false, true]);
    expect(rowContains(ctx, 'funding', f('f01'), f('f09'))).toBe(true);
    expect(rowsOverlap(ctx, 'funding', [f('f09'), f('f01')])).toBe(true);
  });

  it('central and provincial money add up; a total with its own part, two measures or a rate never', () => {
    expect(sumCheck(ctx, 'funding', [f('f02'), f('f03')])).toEqual({ ok: true });
    expect(sumCheck(ctx, 'funding', [f('f01'), f('f02')])).toMatchObject({ ok: false, reason: 'overlap' });
    expect(sumCheck(ctx, 'funding', [f('f01'), f('f06')])).toMatchObject({ ok: false, reason: 'different', field: 'measure' });
    expect(sumCheck(ctx, 'funding', [f('f08'), f('f01')])).toMatchObject({ ok: false, reason: 'rate' });
  });

  it('only figures of one day add up: central money of the report\'s 17/11 and provincial money to 15/11 do not', () => {
    // f02 and f03 have no date of their own: both are of their report's day, 17/11/2023.
    expect(sumCheck(ctx, 'funding', [f('f02'), { ...f('f03'), as_of: '2023-11-15' }])).toMatchObject({ ok: false, reason: 'different', field: 'as_of' });
    expect(sumCheck(ctx, 'funding', [f('f02'), { ...f('f03'), as_of: '2023-11-17' }])).toEqual({ ok: true });
    // A metric row gives its effective date; a row that gives no day at all is the caller's mistake.
    expect(sumCheck(ctx, 'funding', [{ ...f('f02'), effective_date: '2023-11-17' }, { ...f('f03'), effective_date: '2023-11-15' }])).toMatchObject({ ok: false, field: 'as_of' });
    const { report_id: _r, as_of: _a, ...dayless } = f('f03');
    expect(() => sumCheck(ctx, 'funding', [f('f02'), dayless])).toThrow(/without its date/);
  });

  it('the separate things counted: a total and its parts are one, in table order', () => {
    expect(overlapItems(ctx, 'funding', [f('f02'), f('f04'), f('f03')])).toEqual([[0, 1], [2]]);
    expect(overlapItems(ctx, 'funding', [f('f02'), f('f03')])).toEqual([[0], [1]]);
    expect(overlapItems(ctx, 'funding', [f('f03'), f('f02'), f('f01')])).toEqual([[0, 1, 2]]);
  });
});
