/**
 * The data-quality page's sentence for a figure two reports give differently at one date names the unit of both
 * values («ghi 495.128 triệu đồng …, ghi 495.000 triệu đồng»): a journalist reads it without opening the reports.
 * Fixture: valid-min's 495.128 (bg-2023-11-17-f01, 17/11/2023) and a later report's 495.000 for the same date.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { dataDir, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const REPORT = 'bg-2024-06-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,88/BC-BDT,2024-06-20,2024-01,2024-06,Báo cáo 6 tháng đầu năm 2024,Trưởng ban,,,005_e.txt';

describe('a figure two reports give differently', () => {
  it('is said with the unit of both values', async () => {
    const data = await loadData(
      dataDir(null, {
        'reports.csv': plus('reports.csv', [REPORT]),
        'funding.csv': plus('funding.csv', ['bg-2024-06-20-f01,bg-2024-06-20,I.1,bac-giang,ntp1719,2023,all,all,,assigned,495000,mvnd,2023-11-17,495.000 triệu đồng,reported,,,']),
      }),
    );
    const [d] = data.discrepancies.filter((x) => x.check === 'repeat');
    expect(d!.message).toMatch(/ghi 495\.128 triệu đồng, .* ghi 495\.000 triệu đồng\.$/);
  });
});
