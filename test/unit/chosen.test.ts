/**
 * The files a staff member picks at /cap-nhat/ are read as the data folder would read them: a workbook renamed by
 * the browser ("funding (1).xlsx") is refused by its name like a CSV, and a CSV and a workbook of one table are not
 * silently swapped (data/ uses the CSV, so the checker does too, and says the workbook was not used).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { funding } from '../../src/data/tables/index.ts';
import { TEMPLATE_ROWS } from '../../src/templates/rows.ts';
import { readChosen } from '../../src/staff/chosen.ts';
import { templateXlsx } from '../../src/templates/xlsx.ts';
import { ROOT } from './helpers.ts';

const csv = readFileSync(join(ROOT, 'test/fixtures/valid-min/funding.csv'));
const workbook = async () => templateXlsx(funding, [{ ...TEMPLATE_ROWS.funding, id: 'bg-2023-11-17-f01', report_id: 'bg-2023-11-17', area_id: 'bac-giang' }]);

describe('files chosen at /cap-nhat/', () => {
  it('checks "funding (1).xlsx" as funding, and names it as a file data/ would leave out', async () => {
    const picked = await readChosen([new File([new Uint8Array(await workbook())], 'funding (1).xlsx')]);
    expect(picked.chosen.map((c) => c.table)).toEqual(['funding']);
    expect(picked.misnamed).toEqual(['funding (1).xlsx']);
  });

  it('checks "funding - Copy.csv" (a copy made by Windows) as funding too, as its message says, and names it', async () => {
    // The second walk-through: the message said it was read as funding.csv, but it was not read at all.
    for (const name of ['funding - Copy.csv', 'funding - Bản sao (2).csv', 'funding_2.csv']) {
      const picked = await readChosen([new File([new Uint8Array(csv)], name)]);
      expect(picked.chosen.map((c) => c.table), name).toEqual(['funding']);
      expect(picked.misnamed, name).toEqual([name]);
    }
  });

  it('checks funding.csv, not its copy, when both are chosen, whichever comes last', async () => {
    for (const names of [['funding.csv', 'funding - Copy.csv'], ['funding - Copy.csv', 'funding.csv']]) {
      const picked = await readChosen(names.map((n) => new File([new Uint8Array(csv)], n)));
      expect(picked.chosen.map((c) => c.file), names.join(' + ')).toEqual(['funding.csv']);
      expect(picked.misnamed).toEqual(['funding - Copy.csv']);
    }
  });

  it('takes "funding.xlsx" as it is named', async () => {
    const picked = await readChosen([new File([new Uint8Array(await workbook())], 'funding.xlsx')]);
    expect(picked.misnamed).toEqual([]);
  });

  it('uses the CSV, as data/ does, when a CSV and a workbook with the same rows are chosen in either order, and says the workbook was not used', async () => {
    const same = await templateXlsx(funding, Papa.parse<Record<string, string>>(csv.toString('utf8'), { header: true, skipEmptyLines: true }).data);
    for (const order of [0, 1]) {
      const files = [new File([new Uint8Array(csv)], 'funding.csv'), new File([new Uint8Array(same)], 'funding.xlsx')];
      const picked = await readChosen(order ? files.toReversed() : files);
      expect(picked.chosen.map((c) => [c.file, c.extra])).toEqual([['funding.csv', undefined]]);
      expect(picked.unknown).toEqual([expect.stringMatching(/^funding\.xlsx › funding \(không dùng: đã có funding\.csv cho cùng bảng/)]);
    }
  });

  it('refuses a workbook chosen beside the CSV with rows the CSV lacks, as npm run check does: its figures would be dropped', async () => {
    for (const order of [0, 1]) {
      const files = [new File([new Uint8Array(csv)], 'funding.csv'), new File([new Uint8Array(await workbook())], 'funding.xlsx')];
      const picked = await readChosen(order ? files.toReversed() : files);
      const [kept] = picked.chosen;
      expect(kept!.file).toBe('funding.csv');
      expect(kept!.extra?.map((i) => [i.code, i.severity, i.file])).toEqual([['file.both-differ', 'error', 'funding.csv']]);
      // The workbook's one row (f01 with the template's figures) is not among the CSV's rows as they are.
      expect(kept!.extra![0]!.message).toContain('funding.xlsx có 1 dòng khác với funding.csv (ví dụ dòng mã bg-2023-11-17-f01)');
      expect(picked.unknown).toEqual([]);
    }
  });
});

describe('sheets of a workbook', () => {
  it('only the sheet named as the table is the table: an old sheet «funding 2023» beside it is not', async () => {
    const { tableOfName } = await import('../../src/data/xlsx.ts');
    expect(tableOfName('funding 2023')).toBeNull();
    expect(tableOfName('funding - Copy')).toBeNull();
    expect(tableOfName('funding')).toBe('funding');
    // A file's name may carry a copy's suffix.
    expect(tableOfName('funding 2023.csv', { copies: true })).toBe('funding');
  });
});
