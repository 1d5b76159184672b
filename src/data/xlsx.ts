/**
 * An XLSX workbook (saved from a template of data/templates/) → one CSV text
 * per data sheet, which the checker reads exactly like a CSV file. A data
 * sheet is named after its table (`funding`, `reports`…); the other sheets of
 * a template (the guide, the code lists) are skipped. Row n of the sheet is
 * line n of the CSV, so messages point at the row Excel shows.
 *
 * Works in the browser and in Node (read-excel-file's universal entry takes a Blob).
 * In the browser it runs in the checker's own worker (src/staff/check-worker.ts).
 */
import { unzipSync, zipSync } from 'fflate';
import readXlsxFile, { readSheetNames } from 'read-excel-file/universal';
import type { TableName } from './define.ts';
import { TABLES } from './tables/index.ts';

export interface XlsxSheet {
  table: TableName;
  sheet: string;
  csv: string;
}

const TABLE_NAMES = new Set<string>(TABLES.map((t) => t.name));

/** A cell as CSV text: numbers with '.', dates (rare: date columns are text in the template) as ISO days. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // A line break inside a cell would shift every later line; the reader collapses spaces anyway.
  const text = String(value).replace(/\r?\n|\r/g, ' ');
  return /[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table a sheet holds: its name, or (for a workbook with one sheet) the file's name. */
export function tableOfName(name: string, { copies = false }: { copies?: boolean } = {}): TableName | null {
  let stem = name
    .toLowerCase()
    .replace(/\.(csv|xlsx|txt)$/, '')
    .replace(/\s*\(\d+\)$/, '');
  // A file's name: "funding - Copy", "funding - Bản sao (2)", "funding_2" are names a computer gives a copy. Not a
  // sheet's: a workbook may keep an old sheet "funding 2023" beside "funding", and only "funding" is the table.
  if (copies) stem = stem.replace(/[\s_-]*(-\s*)?(copy|bản sao|ban sao|sao chép)(\s*\(\d+\))?$/i, '').replace(/[\s_-]+\d+$/, '');
  stem = stem.replace(/^(mau|mẫu)[-_ ]/, '').trim();
  return TABLE_NAMES.has(stem) ? (stem as TableName) : null;
}

/**
 * The workbook's XML parts inflated here, synchronously, and stored again without compression.
 * read-excel-file unzips with fflate's asynchronous `unzip`, which inflates any part over 512 KiB
 * (a sheet of about 560 rows) in a Worker made from a `blob:` URL: the site's Content-Security-Policy
 * (script-src 'self', no worker-src) refuses it and that promise never settles. A stored part is
 * copied, never inflated, so read-excel-file starts no worker. Throws on a file that is not a zip.
 */
export function storedXlsx(bytes: Uint8Array): Uint8Array {
  // The parts read-excel-file reads (its filterZipArchiveEntry): pictures and printer settings are left out.
  const parts = unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.xml.rels') });
  return zipSync(parts, { level: 0 });
}

export async function xlsxToCsv(bytes: Uint8Array, fileName: string): Promise<XlsxSheet[]> {
  const blob = new Blob([storedXlsx(bytes) as BlobPart]);
  const names = await readSheetNames(blob);
  const picked = names
    .map((sheet) => ({ sheet, table: tableOfName(sheet) ?? (names.length === 1 ? tableOfName(fileName, { copies: true }) : null) }))
    .filter((s): s is { sheet: string; table: TableName } => s.table !== null);
  const out: XlsxSheet[] = [];
  for (const { sheet, table } of picked) {
    const rows = await readXlsxFile(blob, { sheet });
    out.push({ table, sheet, csv: rows.map((r) => r.map(cellText).join(',')).join('\n') + '\n' });
  }
  return out;
}
