/**
 * A CSV and a workbook of one table side by side (in data/, or both chosen at /cap-nhat/): the CSV is used, so
 * the workbook's rows that the CSV lacks, or has with other cells, would be dropped without a word. Both
 * checkers (load.ts, staff/chosen.ts) ask this one function which rows those are.
 */
import Papa from 'papaparse';

/** Rows as column → cell (a workbook may order its columns otherwise), blank cells left out, as one comparable key. */
function rowKeys(text: string): { id: string; key: string }[] {
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  return rows.map((r) => ({
    id: r.id ?? r.row_id ?? '',
    key: JSON.stringify(
      Object.entries(r)
        .map(([k, v]) => [k.trim(), (v ?? '').trim()])
        .filter(([, v]) => v !== '')
        .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    ),
  }));
}

/** Ids of the rows of a workbook's sheet (as CSV text) that the CSV text lacks or has with other cells. */
export function rowsOnlyInSheet(sheetCsv: string, csv: string): string[] {
  const inCsv = new Set(rowKeys(csv).map((r) => r.key));
  return rowKeys(sheetCsv)
    .filter((r) => !inCsv.has(r.key))
    .map((r) => r.id);
}
