/**
 * A report's narrative draws the dashboard's charts as they stood when the report was issued: a June 2023 report
 * never shows a figure of a later report (views/context.ts asOf). Fixture: Bạch Thông with a half-year report of
 * 6/2023 and a year report of 20/12/2023, each with a count of prestigious persons and support given.
 */
import { describe, expect, it } from 'vitest';
import { asOf } from '../../src/views/context.ts';
import { ncutFigures, supportChart } from '../../src/views/ncut.ts';
import { BACH_THONG, fixtureContext, plus } from './helpers.ts';

const ctx = await fixtureContext({
  'areas.csv': BACH_THONG.areas(),
  'reports.csv': BACH_THONG.reports(),
  'ncut.csv': plus('ncut.csv', [
    'bt-2023-06-n01,bt-2023-06,III.2.1,bach-thong,2023-h1,count,district,139,,,,2023-06,139 người,reported,',
    'bt-2023-06-n02,bt-2023-06,III.2.1,bach-thong,2023,tet_gift,district,137,,,68.5,,"137 NCUT, 68,5 triệu đồng",reported,',
    'bt-2023-06-n03,bt-2023-06,III.2.1,bach-thong,2023-h1,sick_visit,district,4,,,,,04 NCUT,reported,',
    'bt-2023-12-n01,bt-2023-12,III.2.1,bach-thong,2023,count,district,141,,,,,141 người,reported,',
    'bt-2023-12-n02,bt-2023-12,III.2.1,bach-thong,2023,study_trip,district,6,,,,,06 NCUT,reported,',
    // The year report gives the June count again, otherwise: a finding between the two reports.
    'bt-2023-12-n03,bt-2023-12,III.2.1,bach-thong,2023-h1,count,district,138,,,,2023-06,138 người,reported,',
  ]),
});

describe('the views as of a report', () => {
  it('the live views show the December count and its study trip', () => {
    expect(ncutFigures(ctx, 'bach-thong').map((f) => f.value)).toEqual([141]);
    expect(supportChart(ctx, 'bach-thong')!.rows.map((r) => r.rowIds?.[0])).toContain('bt-2023-12-n02');
  });

  it('as of the June report: its own count (139) and only its own support rows, with its date', () => {
    const june = asOf(ctx, 'bt-2023-06');
    expect(ncutFigures(june, 'bach-thong').map((f) => [f.value, f.asOf])).toEqual([[139, '2023-06']]);
    const chart = supportChart(june, 'bach-thong')!;
    expect(chart.rows.map((r) => r.rowIds?.[0]).sort()).toEqual(['bt-2023-06-n02', 'bt-2023-06-n03']);
    expect(chart.asOf).toBe('2023-06');
    expect(chart.sources.map((s) => s.href)).toEqual(['/bao-cao/bt-2023-06/']);
  });

  it('as of the June report, no finding of the later report: its correction is the live chart\'s note', () => {
    const between = (c: typeof ctx) => c.data.discrepancies.filter((d) => d.reportIds.includes('bt-2023-12')).map((d) => d.check);
    expect(between(ctx)).toEqual(['repeat']);
    // A copy of the live context: its snapshot is made here, not taken from an earlier test's (snapshots are kept per
    // live context), so this test is the one that checks how it is made.
    expect(between(asOf({ ...ctx }, 'bt-2023-06'))).toEqual([]);
  });

  it('a report that is not in reports.csv has no snapshot: the build says which', () => {
    expect(() => asOf(ctx, 'bt-2024-06')).toThrow('No report bt-2024-06');
  });

  it('a snapshot links to where rows are on the live site, never to pages of its own subset', () => {
    expect(asOf(ctx, 'bt-2023-06').paths).toBe(ctx.paths);
  });

  it('as of the December report: both reports, the newer count', () => {
    const december = asOf(ctx, 'bt-2023-12');
    expect(ncutFigures(december, 'bach-thong').map((f) => f.value)).toEqual([141]);
    expect(supportChart(december, 'bach-thong')!.rows).toHaveLength(3);
  });
});
