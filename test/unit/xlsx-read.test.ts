/**
 * Reading a large workbook: fflate's asynchronous unzip, which read-excel-file uses,
 * inflates a part over 512 KiB in a Worker made from a blob: URL, which the site's
 * Content-Security-Policy refuses (the check at /cap-nhat/ then never finished). xlsx.ts inflates
 * the parts itself and gives read-excel-file the same parts stored, which it copies without a worker.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { storedXlsx, xlsxToCsv } from '../../src/data/xlsx.ts';
import { largeFundingXlsx } from './helpers.ts';

/** Each part's compression method, size and unzipped size, as fflate's unzip sees them. */
function parts(zip: Uint8Array): { name: string; compression: number; size: number; originalSize: number }[] {
  const out: { name: string; compression: number; size: number; originalSize: number }[] = [];
  unzipSync(zip, { filter: (f) => (out.push({ ...f }), false) });
  return out;
}

describe('large XLSX', () => {
  it('a workbook over 1 MB: its sheet is a part fflate would inflate in a worker; the stored copy has no compressed part, and reads the same', async () => {
    const { xlsx, rows } = await largeFundingXlsx();
    expect(xlsx.length).toBeGreaterThan(1_000_000);
    // fflate's unzip: "Synchronously decompress under 512KB, or barely-compressed data", else a worker.
    const inWorker = parts(xlsx).filter((p) => p.compression === 8 && p.originalSize >= 524_288 && p.size <= 0.8 * p.originalSize);
    expect(inWorker.map((p) => p.name)).toContain('xl/worksheets/sheet1.xml');

    const stored = parts(storedXlsx(xlsx));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((p) => p.compression === 0 && /\.xml(\.rels)?$/.test(p.name))).toBe(true);

    const sheets = await xlsxToCsv(new Uint8Array(xlsx), 'funding.xlsx');
    const funding = sheets.find((s) => s.table === 'funding')!;
    // The header, then every row (the template's formatted empty rows are blank lines, skipped by the reader).
    expect(funding.csv.split('\n').filter((l) => l.replaceAll(',', '') !== '').length).toBe(rows + 1);
  });

  it('a file that is not a workbook is refused with an error, as before', async () => {
    await expect(xlsxToCsv(new TextEncoder().encode('id,name\n1,2\n'), 'funding.xlsx')).rejects.toThrow();
  });
});
