/**
 * The metrics on small fixture data through the real pipeline (valid-min plus a
 * few rows): what a chart or headline would show, including the awkward cases.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { assignedBreakdown, disbursement, disbursementProgress, fundFigures, projectFunding, unallocated } from '../../src/metrics/funding.ts';
import { inputsOf, type Inputs } from '../../src/metrics/inputs.ts';
import { ncutCounts, ncutSupport } from '../../src/metrics/ncut.ts';
import { headlines } from '../../src/metrics/overview.ts';
import { povertyChanges, povertyRates } from '../../src/metrics/poverty.ts';
import { completion, completionProgress, plannedByType } from '../../src/metrics/works.ts';
import { rowsOf } from '../../src/core/typed-table.ts';
import { dataDir, removeDataDirs, plus } from './helpers.ts';

afterAll(removeDataDirs);


async function inputs(files: Record<string, string> = {}): Promise<Inputs> {
  const data = await loadData(dataDir(null, files));
  expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return inputsOf(data.tables);
}

const LATER_REPORT = 'bg-2024-02-21,Ban Dân tộc tỉnh Bắc Giang,bac-giang,monthly,12/BC-BDT,2024-02-21,2024-02,2024-02,Báo cáo tháng 2/2024,Trưởng ban,,,004_d.txt';

describe('funding', () => {
  it('disbursement is measured against the allocated funds when printed, else the assigned', async () => {
    const rows = rowsOf(disbursement(await inputs()));
    expect(rows.map((r) => [r.area_id, r.fund_year, r.base_measure, r.base, r.disbursed, Math.round(r.rate * 10) / 10, r.stated_rate])).toEqual([
      ['bac-giang', '2023', 'allocated', 418318, 170353, 40.7, 40.7],
    ]);
  });

  it('a tranche is never taken for the total', async () => {
    const inp = await inputs({
      'funding.csv': plus('funding.csv', [
        // … as_of, figure_text, figure_status, note, tranche, decision_date
        'bg-2023-11-30-f01,bg-2023-11-30,2,bac-giang,ntp1719,2021-2025,provincial,all,,assigned,237000,mvnd,,237.000 triệu đồng,reported,,,',
        'bg-2023-11-30-f02,bg-2023-11-30,2,bac-giang,ntp1719,2021-2025,provincial,dtpt,,assigned,200000,mvnd,,200.000 triệu đồng,reported,,qd-742-2022,2022-07-27',
        'bg-2023-11-30-f03,bg-2023-11-30,2,bac-giang,ntp1719,2021-2025,provincial,dtpt,,assigned,27000,mvnd,,27.000 triệu đồng,reported,,qd-412-2023,2023-04-20',
      ]),
    });
    const provincial = rowsOf(fundFigures(inp)).filter((r) => r.fund_year === '2021-2025');
    expect(provincial.map((r) => [r.capital_type, r.value])).toEqual([['all', 237000]]);
    expect(rowsOf(assignedBreakdown(inp)).filter((r) => r.fund_year === '2021-2025').map((r) => r.value)).toEqual([237000]);
  });

  it('a figure repeated by a later report is shown once, from the later report', async () => {
    const inp = await inputs({
      'reports.csv': plus('reports.csv', [LATER_REPORT]),
      'funding.csv': plus('funding.csv', ['bg-2024-02-21-f01,bg-2024-02-21,1,bac-giang,ntp1719,2023,all,all,,disbursed,170353,mvnd,2023-11-15,170.353 triệu đồng,reported,,,']),
    });
    const rows = rowsOf(disbursement(inp));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ disbursed: 170353, disbursed_id: 'bg-2024-02-21-f01' });
  });

  it('a new report with a later date supersedes: the headline moves and says what changed', async () => {
    const inp = await inputs({
      'reports.csv': plus('reports.csv', [LATER_REPORT]),
      'funding.csv': plus('funding.csv', ['bg-2024-02-21-f01,bg-2024-02-21,1,bac-giang,ntp1719,2023,all,all,,disbursed,300000,mvnd,2024-01-31,300.000 triệu đồng,reported,,,']),
    });
    const h = rowsOf(headlines(inp)).filter((r) => r.kind === 'disbursement');
    expect(h.map((r) => [r.scope, r.value, r.as_of, r.previous_value, r.previous_report_id])).toEqual([['2023', 300000, '2024-01-31', 170353, 'bg-2023-11-17']]);
    // A report that prints no rate adds no point to the rate series.
    const rates = rowsOf(disbursementProgress(inp));
    expect(rates.map((r) => r.as_of)).toEqual(['2023-11-15']);
  });

  it('per project: assigned with the disbursement only where printed', async () => {
    const rows = rowsOf(projectFunding(await inputs()));
    expect(rows.map((r) => [r.area_id, r.project_id, r.assigned, r.disbursed])).toEqual([['son-dong', 'ntp1719.da3', 1200.5, null]]);
  });
});

describe('works', () => {
  it('completion: planned, completed, and the not started computed from started', async () => {
    const rows = rowsOf(completion(await inputs()));
    expect(rows.map((r) => [r.area_id, r.planned, r.completed, r.under_construction, r.started, r.not_started, r.not_completed])).toEqual([
      ['bac-giang', 75, 56, 13, 69, 6, 19],
    ]);
  });

  it('original and revised lists are kept apart by type', async () => {
    const inp = await inputs({
      'works.csv': plus('works.csv', ['bg-2023-11-30-w09,bg-2023-11-30,II.3.1,bac-giang,plan511,2022-2024,original,all,ngam,planned,65,,65 công trình ngầm,reported,']),
    });
    expect(rowsOf(plannedByType(inp)).map((r) => [r.plan_version, r.work_type, r.count])).toEqual([
      ['revised', 'ngam', 67],
      ['revised', 'cau', 8],
      ['original', 'ngam', 65],
    ]);
  });

  it('completion progress keeps every report’s count, oldest first', async () => {
    const inp = await inputs({
      'reports.csv': plus('reports.csv', [LATER_REPORT]),
      'works.csv': plus('works.csv', ['bg-2024-02-21-w01,bg-2024-02-21,3,bac-giang,plan511,2022-2024,revised,all,all,completed,68,2024-02-15,68 công trình,reported,']),
    });
    const points = rowsOf(completionProgress(inp)).filter((r) => r.area_id === 'bac-giang');
    expect(points.map((r) => [r.effective_date, r.count])).toEqual([
      ['2023-11-30', 56],
      ['2024-02-15', 68],
    ]);
    const h = rowsOf(headlines(inp)).find((r) => r.kind === 'works' && r.area_id === 'bac-giang')!;
    expect([h.value, h.of, h.previous_value, h.previous_report_id]).toEqual([68, 75, 56, 'bg-2023-11-30']);
  });
});

describe('poverty', () => {
  it('a sparse series stays sparse, and points under another standard form another series', async () => {
    const inp = await inputs({
      'poverty.csv': plus('poverty.csv', ['bg-2023-11-30-p04,bg-2023-11-30,I,bac-giang,dtts_mn,,rate,,2022,10.5,percent,"10,5%",reported,,2021-2025,2021-2025']),
    });
    const rows = rowsOf(povertyRates(inp));
    expect(rows.map((r) => [r.series, r.year, r.value])).toEqual([
      ['bac-giang|dtts_mn|2016-2020|2016-2020', 2015, 35.1],
      ['bac-giang|dtts_mn|2016-2020|2016-2020', 2020, 8.77],
      ['bac-giang|dtts_mn|2021-2025|2021-2025', 2022, 10.5],
    ]);
    expect(rowsOf(povertyChanges(inp)).map((r) => [r.measure, r.value, r.unit])).toEqual([['decrease_avg_per_year', 5.27, 'pp_per_year']]);
  });
});

describe('prestigious persons', () => {
  it('counts and support are apart; amounts stay with their persons', async () => {
    const inp = await inputs();
    expect(rowsOf(ncutCounts(inp)).map((r) => [r.area_id, r.period, r.persons])).toEqual([['bac-giang', '2023-2027', 523]]);
    expect(rowsOf(ncutSupport(inp)).map((r) => [r.area_id, r.measure, r.persons, r.amount_mvnd])).toEqual([
      ['bac-giang', 'newspaper', null, null],
      ['son-dong', 'tet_gift', 137, 68.5],
    ]);
  });
});

describe('funding: each metric takes its own rows, and copes without the others', () => {
  const F = (id: string, rest: string) => `bg-2023-11-17-${id},bg-2023-11-17,3.1.2,bac-giang,ntp1719,${rest}`;

  it('unallocated funds are only the rows measured as unallocated', async () => {
    const inp = await inputs({ 'funding.csv': plus('funding.csv', [F('f20', '2023,all,sn,,unallocated,76810,mvnd,,76.810 triệu đồng,reported,,,')]) });
    expect(rowsOf(unallocated(inp)).map((r) => [r.id, r.value])).toEqual([['bg-2023-11-17-f20', 76810]]);
  });

  it('the assigned breakdown is the parts by source (central, provincial), never the totals, nor another measure', async () => {
    const inp = await inputs({ 'funding.csv': plus('funding.csv', [F('f21', '2023,central,all,,allocated,400000,mvnd,,400.000 triệu đồng,reported,,,')]) });
    // valid-min: 495.128 (all), 442.628 central (all), 52.500 provincial (all), 198.110 central ĐTPT, 244.518 central SN.
    expect(rowsOf(assignedBreakdown(inp)).map((r) => [r.budget_source, r.capital_type, r.value])).toEqual([
      ['central', 'all', 442628],
      ['provincial', 'all', 52500],
      ['central', 'dtpt', 198110],
      ['central', 'sn', 244518],
    ]);
  });

  it('without any disbursed amount there is no disbursement, and projects show their assigned funds alone', async () => {
    const funding = plus('funding.csv', []).split('\n').filter((l) => !/,(disbursed|disbursement_rate),/.test(l)).join('\n');
    const inp = await inputs({ 'funding.csv': funding });
    expect(rowsOf(disbursement(inp))).toEqual([]);
    expect(rowsOf(projectFunding(inp)).map((r) => [r.project_id, r.assigned, r.disbursed, r.stated_rate])).toEqual([['ntp1719.da3', 1200.5, null, null]]);
  });

  it('the rate history dates a point by its as-of date, or by its report when the row gives none', async () => {
    const inp = await inputs({
      'reports.csv': plus('reports.csv', [LATER_REPORT]),
      'funding.csv': plus('funding.csv', ['bg-2024-02-21-f02,bg-2024-02-21,1,bac-giang,ntp1719,2023,all,all,,disbursement_rate,55.2,percent,,"55,2%",reported,,,']),
    });
    // valid-min's 40,7% is as of 15/11/2023; the new 55,2% gives no date: its report's, 21/02/2024.
    expect(rowsOf(disbursementProgress(inp)).map((r) => [r.as_of, r.value, r.id])).toEqual([
      ['2023-11-15', 40.7, 'bg-2023-11-17-f08'],
      ['2024-02-21', 55.2, 'bg-2024-02-21-f02'],
    ]);
  });
});
