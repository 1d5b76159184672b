/**
 * The Excel templates (data/templates/*.xlsx): they are what
 * `npm run mau-excel` writes today (byte-identical), each coded column has a
 * dropdown of its codes whose labels are on the "Mã" sheet, numbers are
 * numbers, and the templates read back through the checker's XLSX path give
 * the rows of the CSV templates with no error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { checkTables, type TableInput } from '../../src/data/check.ts';
import type { FieldDef, TableName } from '../../src/data/define.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { templateXlsx } from '../../src/templates/xlsx.ts';
import { xlsxToCsv } from '../../src/data/xlsx.ts';
import { ROOT } from './helpers.ts';

const DIR = join(ROOT, 'data/templates');
const committed = (name: string) => readFileSync(join(DIR, `${name}.xlsx`));

describe('XLSX templates', () => {
  it.each(TABLES.map((t) => t.name))('%s.xlsx is up to date (npm run mau-excel) and the same bytes on every run', async (name) => {
    const def = TABLES.find((t) => t.name === name)!;
    const made = await templateXlsx(def);
    expect(Buffer.compare(made, await templateXlsx(def))).toBe(0);
    expect(Buffer.compare(made, committed(name)), 'run npm run mau-excel and commit data/templates/').toBe(0);
  });

  it.each(TABLES.map((t) => t.name))('%s.xlsx: a dropdown of codes for every coded column, labels on the "Mã" sheet, a message on every column', async (name) => {
    const def = TABLES.find((t) => t.name === name)!;
    const files = unzipSync(committed(name));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(files['xl/sharedStrings.xml']!);
    for (const f of def.fields as readonly FieldDef[]) {
      expect(sheet).toContain(`promptTitle="${f.name}"`);
      if (f.type !== 'enum') continue;
      expect(sheet).toMatch(new RegExp(`type="list"[^>]*promptTitle="${f.name}"[^>]*><formula1>'Mã'!\\$[A-Z]+\\$3:\\$[A-Z]+\\$${2 + f.values.length}</formula1>`));
      for (const v of f.values) {
        expect(strings).toContain(`>${v}<`);
        expect(strings).toContain(f.labels[v]!.vi.replaceAll('&', '&amp;'));
      }
    }
    const rows = await readXlsxFile(new Blob([committed(name)]), { sheet: name });
    expect(rows[0]).toEqual(def.fields.map((f) => f.name));
    def.fields.forEach((f, i) => {
      const cell = rows[1]![i];
      if (cell !== null && cell !== undefined) expect(typeof cell).toBe(f.type === 'number' ? 'number' : 'string');
    });
  });

  it('round-trip: the templates pass the checker and give the rows of the CSV templates', async () => {
    const fromXlsx = {} as Record<TableName, TableInput>;
    const fromCsv = {} as Record<TableName, TableInput>;
    for (const t of TABLES) {
      const sheets = await xlsxToCsv(committed(t.name), `${t.name}.xlsx`);
      expect(sheets.map((s) => s.table)).toEqual([t.name]);
      fromXlsx[t.name] = { file: `${t.name}.xlsx`, bytes: new TextEncoder().encode(sheets[0]!.csv), canonicalWarning: false };
      fromCsv[t.name] = { file: t.file, bytes: readFileSync(join(DIR, t.file)) };
    }
    const a = checkTables(fromXlsx);
    const b = checkTables(fromCsv);
    // The example rows (ids vi-du-…) are refused as examples to delete; nothing else.
    expect(a.issues.filter((i) => i.severity === 'error' && i.code !== 'row.example')).toEqual([]);
    for (const t of TABLES) {
      expect(a.tables[t.name].length).toBe(1);
      expect(a.tables[t.name]).toEqual(b.tables[t.name]);
    }
  });

  it('a filled-in sheet keeps "2023-11" a month and gives Excel row numbers in messages', async () => {
    const def = TABLES.find((t) => t.name === 'funding')!;
    const sheets = await xlsxToCsv(committed('funding'), 'funding.xlsx');
    const csv = sheets[0]!.csv.trim().split('\n');
    // Row 3 of the sheet: the example with an unknown area → the message names line 3.
    const bad = csv[1]!.replace('vi-du-f01', 'bg-2023-11-17-f02').replace(',vi-du-tinh,', ',vi-du-tinhh,');
    const inputs = Object.fromEntries(
      TABLES.map((t) => [t.name, { file: t.file, bytes: readFileSync(join(DIR, t.file)), canonicalWarning: false }]),
    ) as unknown as Record<TableName, TableInput>;
    inputs.funding = { file: 'funding.xlsx', bytes: new TextEncoder().encode([...csv, bad].join('\n')), canonicalWarning: false };
    const result = checkTables(inputs);
    const err = result.issues.find((i) => i.severity === 'error' && i.code !== 'row.example');
    expect(err).toMatchObject({ file: 'funding.xlsx', line: 3, column: 'area_id', value: 'vi-du-tinhh' });
    expect(def.fields.length).toBeGreaterThan(0);
  });
});
