/**
 * npm run chuan-hoa [-- dir]: rewrites every data file (data/, or DATA_DIR)
 * into the one canonical form of src/data/canonical.ts — UTF-8 without BOM,
 * ',' between cells, '.' decimals, LF, columns in the table's order, rows by
 * id — so that a change shows as the rows that changed. An XLSX saved from
 * the template (data/<table>.xlsx, no CSV beside it) becomes that CSV. A file with an error
 * is left as it is and its errors are listed (exit 1). Running it twice
 * changes nothing the second time.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicaliseFile } from '../src/data/canonical.ts';
import { DATA_DIR } from '../src/data/load.ts';
import { formatReport } from '../src/data/report.ts';
import { TABLES } from '../src/data/tables/index.ts';
import { xlsxToCsv } from '../src/data/xlsx.ts';
import type { Issue } from '../src/data/messages.ts';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? DATA_DIR;
const errors: Issue[] = [];
const rewritten: string[] = [];
for (const def of TABLES) {
  const path = join(dir, def.file);
  const xlsxPath = path.replace(/\.csv$/, '.xlsx');
  let bytes: Uint8Array | null = await readFile(path).catch(() => null);
  // An XLSX saved from the template, with no CSV beside it, becomes the CSV (a file with both is left for a person to decide).
  const xlsx = bytes ? null : await readFile(xlsxPath).catch(() => null);
  if (xlsx) {
    const sheet = (await xlsxToCsv(xlsx, `${def.name}.xlsx`)).find((s) => s.table === def.name);
    if (sheet) bytes = new TextEncoder().encode(sheet.csv);
  }
  if (!bytes) continue;
  const result = canonicaliseFile(def.name, bytes, xlsx ? xlsxPath : path);
  if ('errors' in result) {
    errors.push(...result.errors);
    continue;
  }
  if (result.changed || xlsx) {
    await writeFile(path, result.text);
    if (xlsx) await rm(xlsxPath);
    rewritten.push(xlsx ? `${xlsxPath} → ${path}` : path);
  }
}
if (errors.length) console.log(formatReport({ issues: errors, discrepancies: [], counts: {} }, 'check'));
console.log(
  rewritten.length
    ? `Đã viết lại ở dạng chuẩn: ${rewritten.join(', ')}.`
    : 'Không có tệp nào cần viết lại: các tệp đã ở dạng chuẩn.',
);
if (errors.length) console.log('Các tệp có lỗi ở trên chưa được viết lại: sửa lỗi rồi chạy lại npm run chuan-hoa.');
process.exitCode = errors.length ? 1 : 0;
