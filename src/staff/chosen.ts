/**
 * The files a person chose at /cap-nhat/ → the tables they hold: a CSV by its
 * name, an XLSX by its sheets' names (each sheet turned into CSV text). Runs in
 * the checker's worker (check-worker.ts), where reading and unzipping a large
 * workbook does not stop the page.
 */
import type { TableName } from '../data/define.ts';
import { TABLES } from '../data/tables/index.ts';
import { issue } from '../data/messages.ts';
import { rowsOnlyInSheet } from '../data/twin.ts';
import { tableOfName, xlsxToCsv } from '../data/xlsx.ts';
import type { ChosenTable } from './checker.ts';

export interface Chosen {
  chosen: ChosenTable[];
  /** Files that hold no table, named with the reason. */
  unknown: string[];
  /** CSV files named for no table ("funding (1).csv"): errors of the check, as in the data folder. */
  misnamed: string[];
}

/** Files → the tables they hold; names the files that hold none. `reading` is told each file's name before it is read. */
export async function readChosen(files: readonly File[], reading: (name: string) => void = () => {}): Promise<Chosen> {
  const chosen: ChosenTable[] = [];
  const unknown: string[] = [];
  const misnamed: string[] = [];
  for (const file of files) {
    reading(file.name);
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.xlsx$/i.test(file.name)) {
      try {
        const sheets = await xlsxToCsv(bytes, file.name);
        if (sheets.length === 0) unknown.push(file.name);
        // In data/ only "<table>.xlsx" is read: "funding (1).xlsx" is checked, and refused by its name, as a CSV is.
        else if (!TABLES.some((t) => t.file.replace(/\.csv$/, '.xlsx') === file.name)) misnamed.push(file.name);
        for (const s of sheets)
          chosen.push({ table: s.table, file: `${file.name} › ${s.sheet}`, bytes: new TextEncoder().encode(s.csv), fromXlsx: true });
      } catch {
        unknown.push(`${file.name} (không đọc được tệp Excel này)`);
      }
      continue;
    }
    const table = tableOfName(file.name, { copies: true });
    // "funding (1).csv" is checked as funding.csv, and refused by its name: in data/ it would be left out.
    if (/\.csv$/i.test(file.name) && !TABLES.some((t) => t.file === file.name)) misnamed.push(file.name);
    if (table) chosen.push({ table, file: file.name, bytes, fromXlsx: false });
    else if (!/\.csv$/i.test(file.name)) unknown.push(file.name);
  }
  // Two files for one table: as in data/, a CSV is used before a workbook, a file named as the table before a
  // copy ("funding - Copy.csv"); else the last chosen wins. The person is told which was not used.
  const rank = (c: ChosenTable) => (c.fromXlsx ? 2 : 0) + (misnamed.includes(c.file.split(' › ')[0]!) ? 1 : 0);
  const byTable = new Map<TableName, ChosenTable>();
  const decoder = new TextDecoder();
  for (const c of chosen) {
    const earlier = byTable.get(c.table);
    const kept = earlier && rank(earlier) < rank(c) ? earlier : c;
    const left = kept === c ? earlier : c;
    // A workbook left out beside a CSV: as in data/, its rows the CSV lacks (or has otherwise) are an error, not a note.
    const differ = left && left.fromXlsx && !kept.fromXlsx ? rowsOnlyInSheet(decoder.decode(left.bytes), decoder.decode(kept.bytes)) : [];
    const keep =
      differ.length && left
        ? { ...kept, extra: [...(kept.extra ?? []), issue({ code: 'file.both-differ', csv: kept.file, xlsx: left.file.split(' › ')[0]!, rows: differ.length, example: differ[0]! }, { file: kept.file, line: null, column: null, value: null })] }
        : kept;
    if (left && !differ.length) unknown.push(`${left.file} (không dùng: đã có ${kept.file} cho cùng bảng; trong thư mục data/ mỗi bảng chỉ giữ một tệp)`);
    byTable.set(c.table, keep);
  }
  return { chosen: [...byTable.values()], unknown, misnamed };
}
