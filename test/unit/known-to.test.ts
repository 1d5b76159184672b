/**
 * «Số liệu đến» never runs past the report that states a figure: a year's poverty rate printed in a report of
 * 20/12/2023 is data to 20/12/2023, not to 31/12/2023 (walk-throughs 35, 36 read «Số liệu đến năm 2024» on a
 * district's sheet whose newest figure was such a rate). The card keeps the figure's own date («năm 2023»).
 * Fixture: Bạch Thông with a month-only report of 6/2023 and a year report of 20/12/2023 (helpers.ts BACH_THONG).
 */
import { describe, expect, it } from 'vitest';
import { dataTo, knownTo } from '../../src/data/time.ts';
import { chartDatePhrase } from '../../src/core/format.ts';
import { povertyFigures, ratesChart } from '../../src/views/poverty.ts';
import { areaBrief } from '../../src/views/brief.ts';
import { disbursementFigures } from '../../src/views/funding.ts';
import { BACH_THONG, fixtureContext, plus } from './helpers.ts';

describe('the day a figure is known to', () => {
  it('a period that ends after its report is known to the report\'s day', () => {
    expect(knownTo('2024', '2024-12-20')).toBe('2024-12-20');
    expect(knownTo('2024-12', '2024-12-20')).toBe('2024-12-20');
    // A month-only report: its month, never an invented day.
    expect(knownTo('2023', '2023-06')).toBe('2023-06');
  });

  it('a figure of a day or period before its report keeps its own date', () => {
    expect(knownTo('2024-11-30', '2024-12-20')).toBe('2024-11-30');
    expect(knownTo('2023', '2024-03-15')).toBe('2023');
    // The same end: the figure's own wording («tháng 6/2023»), not the report's.
    expect(knownTo('2023-06', '2023-06-30')).toBe('2023-06');
    expect(knownTo('2023-06-15', '2023-06')).toBe('2023-06-15');
    // No report date known: the figure's date.
    expect(knownTo('2023', '')).toBe('2023');
  });

  it('«Số liệu đến» counts the undated figures\' report date first, then the known-to day, then the own date', () => {
    expect(dataTo({ asOf: '2023' })).toBe('2023');
    expect(dataTo({ asOf: '2023', knownTo: '2023-12-20' })).toBe('2023-12-20');
    expect(dataTo({ asOf: '2023-11-30', reportDated: '2023-12-20' })).toBe('2023-12-20');
  });
});

const ctx = await fixtureContext({
  'areas.csv': BACH_THONG.areas(),
  'reports.csv': BACH_THONG.reports(),
  'poverty.csv': plus('poverty.csv', [
    // The half-year report gives 2022's rate (a year ended before it); the year report of 20/12/2023 gives 2023's.
    'bt-2023-06-p01,bt-2023-06,I,bach-thong,dtts_mn,,rate,,2022,24.5,percent,"24,5%",reported,,2021-2025,2021-2025',
    'bt-2023-12-p01,bt-2023-12,I,bach-thong,dtts_mn,,rate,,2023,19.5,percent,"19,5%",reported,,2021-2025,2021-2025',
  ]),
  'funding.csv': plus('funding.csv', [
    BACH_THONG.funding('bt-2023-12', 'f01', 'all,,assigned,20000,mvnd,2023-11-30,20.000 triệu đồng,reported,,,'),
    BACH_THONG.funding('bt-2023-12', 'f02', 'all,,disbursed,5000,mvnd,2023-11-30,5.000 triệu đồng,reported,,,'),
  ]),
});

describe('a December report\'s rate of its own year', () => {
  it('the card says «năm 2023» and is counted at 20/12/2023', () => {
    const rate = povertyFigures(ctx, 'bach-thong').find((f) => f.rowId === 'bt-2023-12-p01')!;
    expect([rate.asOf, rate.knownTo]).toEqual(['2023', '2023-12-20']);
  });

  it('a figure dated before its report has no other day', () => {
    const disbursed = disbursementFigures(ctx, 'bach-thong').find((f) => f.rowId === 'bt-2023-12-f02')!;
    expect(disbursed.asOf).toBe('2023-11-30');
    expect(disbursed.knownTo).toBeUndefined();
  });

  it('the rates chart is dated 2023 and counted at 20/12/2023; its date line says both', () => {
    const chart = ratesChart(ctx, 'bach-thong')!;
    expect([chart.asOf, chart.knownTo]).toEqual(['2023', '2023-12-20']);
    expect(chartDatePhrase(chart)).toBe('Số liệu năm 2023, theo báo cáo ngày 20/12/2023');
  });

  it('the district\'s sheet says «Số liệu đến» 20/12/2023, not the end of 2023 nor the older 30/11/2023', () => {
    expect(areaBrief(ctx, 'bach-thong').asOf).toBe('2023-12-20');
  });
});
