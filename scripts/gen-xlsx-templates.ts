/**
 * npm run mau-excel: writes data/templates/<table>.xlsx, the Excel template
 * of every table (src/templates/xlsx.ts). Byte-identical on every run.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { TABLES } from '../src/data/tables/index.ts';
import { templateXlsx } from '../src/templates/xlsx.ts';

const dir = resolve(import.meta.dirname, '../data/templates');
for (const def of TABLES) await writeFile(resolve(dir, def.file.replace(/\.csv$/, '.xlsx')), await templateXlsx(def));
console.log(`${TABLES.length} tệp mẫu Excel đã ghi vào data/templates/.`);
