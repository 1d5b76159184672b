/**
 * A narrative's <Value> of a figure a later report corrected (walk-through 32: a report's summary kept «170.353 triệu
 * đồng, đạt 40,7%» after 170.535 was printed): the component finds the correcting figure here, for the amount and
 * for the rate printed beside it; any other figure has none.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { correctionOf, correctionsAmong } from '../../src/content/figures.ts';
import { figureIndex } from '../../src/data/figures.ts';
import { loadData } from '../../src/data/load.ts';
import { dataDir, LUC_NGAN_CORRECTED, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

describe('the correction of a cited figure', () => {
  it('gives the correcting row’s figure for the amount and for the rate printed beside it, nothing for the others', async () => {
    // Lục Ngạn's 1.000 (17/11/2023) corrected to 909 by the report of 30/11/2023; its 55% was printed beside it.
    const data = await loadData(dataDir(null, { 'funding.csv': plus('funding.csv', LUC_NGAN_CORRECTED.rows()) }));
    expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const index = figureIndex(data.tables);
    const of = (id: string) => correctionOf(data, index.get(`funding/${id}`)!);
    expect(of('bg-2023-11-17-f60')).toMatchObject({ rate: false, by: { rowId: 'bg-2023-11-30-f60', value: 909, report_id: 'bg-2023-11-30' } });
    expect(of('bg-2023-11-17-f62')).toMatchObject({ rate: true, by: { rowId: 'bg-2023-11-30-f60', value: 909 } });
    expect(of('bg-2023-11-17-f61')).toBeNull();
    expect(of('bg-2023-11-30-f60')).toBeNull();
    expect(of('bg-2023-11-17-f07')).toBeNull();
    // Among a snapshot chart's rows: the amount first, then the rate said to be of the old amount; others not named.
    const among = correctionsAmong(data, ['bg-2023-11-17-f62', 'bg-2023-11-17-f07', 'bg-2023-11-17-f60', 'bg-2023-11-17-f60']);
    expect(among.map((c) => [c.was.rowId, c.by.rowId, c.rate])).toEqual([
      ['bg-2023-11-17-f60', 'bg-2023-11-30-f60', false],
      ['bg-2023-11-17-f62', 'bg-2023-11-30-f60', true],
    ]);
  });
});
