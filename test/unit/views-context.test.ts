/**
 * The words and links the views share: areas and projects by name, plan lists, capital types, reports named and
 * ordered, and the source columns of a chart's CSV. Expected values from valid-min's reference rows (areas, projects,
 * reports) and the tables' definitions, and two rows added: the commune An Lạc of Sơn Động, and Sơn Động's plan 511
 * investment of 79.703 triệu đồng approved on 14/02/2022, in the report of 30/11/2023.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { areaName, areaPhrase, capitalShort, planListName, projectName, reportName, rowSources, sourcesOf } from '../../src/views/context.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const NOV17 = 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023';
const NOV30 = 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 30/11/2023';

let ctx: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext({
    'areas.csv': plus('areas.csv', ['an-lac,An Lạc,commune,son-dong,']),
    'funding.csv': plus('funding.csv', ['bg-2023-11-30-f01,bg-2023-11-30,II,son-dong,plan511,2022-2024,all,all,,total_investment,79703,mvnd,,79.703 triệu đồng,reported,,,2022-02-14']),
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
    // Vốn giao has no date of its own: the report's.
    expect(source('bg-2023-11-17-f01')).toEqual({ report_id: 'bg-2023-11-17', report: NOV17, section: '3.1.2', as_of: '2023-11-17', decision_date: '', figure_status: 'reported' });
    expect(source('bg-2023-11-17-f07')).toEqual({ report_id: 'bg-2023-11-17', report: NOV17, section: '3.1.2', as_of: '2023-11-15', decision_date: '', figure_status: 'reported' });
    expect(source('bg-2023-11-30-f01')).toEqual({ report_id: 'bg-2023-11-30', report: NOV30, section: 'II', as_of: '2023-11-30', decision_date: '2022-02-14', figure_status: 'reported' });
    // A poverty row has no as_of column.
    expect(source('bg-2023-11-30-p01')).toEqual({ report_id: 'bg-2023-11-30', report: NOV30, section: 'I', as_of: '2023-11-30', decision_date: '', figure_status: 'reported' });
    // Only the rows asked for are indexed.
    expect(source('bg-2023-11-17-f02')).toBeUndefined();
  });
});
