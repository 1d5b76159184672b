/** Shared test helpers: run the pipeline on CSV text, assemble fixture directories, run `npm run check`. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TableDef, TableName } from '../../src/data/define.ts';
import type { Issue } from '../../src/data/messages.ts';
import { readCsv, type CsvHeader, type CsvRecord } from '../../src/data/read.ts';
import { tableValidator, type RefIndex, type Row } from '../../src/data/validate.ts';
import { loadData } from '../../src/data/load.ts';
import { contextOf, type ViewContext } from '../../src/views/context.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const FIXTURES = join(ROOT, 'test/fixtures');
export const VALID_MIN = join(FIXTURES, 'valid-min');

/** The views' context over valid-min with some files replaced; fails the test when the fixture has an error. */
export async function fixtureContext(files: Record<string, string> = {}): Promise<ViewContext> {
  const data = await loadData(dataDir(null, files));
  if (data.issues.some((i) => i.severity === 'error')) throw new Error(`Fixture errors: ${data.issues.filter((i) => i.severity === 'error').map((i) => i.message).join('; ')}`);
  return contextOf(data);
}

/** The browser tests' frozen site data (test/fixtures/site/README.md). */
const SITE_DATA = join(FIXTURES, 'site/data');

/**
 * The frozen site data with the rows of test/fixtures/<added>/ (CSV files of the same names, header then rows)
 * added at the end of its files: the views' context over it, as fixtureContext (valid-min's files all replaced).
 */
export function siteContext(added?: string): Promise<ViewContext> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(SITE_DATA)) files[name] = readFileSync(join(SITE_DATA, name), 'utf8').trimEnd() + '\n';
  if (added) {
    for (const name of readdirSync(join(FIXTURES, added))) {
      if (!name.endsWith('.csv')) continue;
      const rows = readFileSync(join(FIXTURES, added, name), 'utf8').trimEnd().split('\n').slice(1);
      files[name] = (files[name] ?? '') + rows.join('\n') + '\n';
    }
  }
  return fixtureContext(files);
}

/** A valid-min file with some CSV lines added at its end. */
export const plus = (file: string, lines: string[]) => readFileSync(join(VALID_MIN, file), 'utf8').trimEnd() + '\n' + lines.join('\n') + '\n';

const bytes = (input: string | Uint8Array) => (typeof input === 'string' ? new TextEncoder().encode(input) : input);

/** Reads CSV text into memory: what the reader hands to the validator. */
export function readAll(input: string | Uint8Array, file = 'data/x.csv') {
  let header: CsvHeader | null = null;
  const records: CsvRecord[] = [];
  const issues = readCsv(bytes(input), file, 'id,name', { header: (h) => (header = h), record: (r) => records.push(r) });
  return { header: header as CsvHeader | null, records, issues };
}

/** Reads and validates CSV text against one table definition. */
export function check(def: TableDef, input: string | Uint8Array, refs: Partial<Record<TableName, RefIndex>> = {}) {
  const file = `data/${def.file}`;
  const validator = tableValidator(def, file, refs);
  const readIssues = readCsv(bytes(input), file, def.fields.map((f) => f.name).join(','), validator);
  const result = validator.finish();
  return { ...result, issues: [...readIssues, ...result.issues] as Issue[], rows: result.rows as Row[] };
}

/** A header line and rows for a definition, from objects keyed by field name (missing fields blank). */
export function csvOf(def: TableDef, rows: readonly Record<string, string>[]): string {
  const names = def.fields.map((f) => f.name);
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [names.join(','), ...rows.map((r) => names.map((n) => quote(r[n] ?? '')).join(','))].join('\n') + '\n';
}

const made: string[] = [];

/**
 * A data directory: a copy of valid-min with some files replaced — by the
 * files of test/fixtures/<overlay>/ and/or by `files` (name → text or bytes).
 */
export function dataDir(overlay: string | null, files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mtqg-data-'));
  made.push(dir);
  cpSync(VALID_MIN, dir, { recursive: true });
  if (overlay) {
    const from = join(FIXTURES, overlay);
    for (const name of readdirSync(from)) cpSync(join(from, name), join(dir, name));
  }
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export function removeDataDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** `npm run check <dir>` as staff run it: Node 24 from the project, the data dir as argument. */
export function runCheck(dir: string): Promise<{ code: number; stdout: string }> {
  return new Promise((done) => {
    execFile(join(ROOT, 'node_modules/.bin/node'), ['scripts/check-data.ts', dir], { cwd: ROOT }, (error, stdout) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout });
    });
  });
}

/** The issues of one code, for concise assertions. */
export function only(issues: readonly Issue[], code: Issue['code']): Issue[] {
  return issues.filter((i) => i.code === code);
}

/**
 * The published funding table as staff would save it from Excel, grown to a large workbook
 *: the published rows, then `copies` copies of each as further tranches, each with
 * a note of `words` pseudo-random words (text that compresses like real notes, not like a
 * repeated string). 6 copies of 300 words: 791 rows, a 1.08 MB workbook whose sheet is about
 * 1.6 MB unzipped, valid against the published data (the tranches only add discrepancies).
 */
export async function largeFundingXlsx(copies = 6, words = 300, dir = join(ROOT, 'data')): Promise<{ xlsx: Buffer; rows: number }> {
  const { templateXlsx } = await import('../../src/templates/xlsx.ts');
  const { TABLES } = await import('../../src/data/tables/index.ts');
  const published = (await loadData(dir)).tables.funding as unknown as Record<string, string | number | null>[];
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const note = () => Array.from({ length: words }, () => Math.floor(random() * 36 ** 6).toString(36)).join(' ');
  const rows = published.concat(
    ...Array.from({ length: copies }, (_, k) =>
      published.map((r) => ({ ...r, id: `${r.id}-x${k}`, tranche: r.tranche ? `${r.tranche}-x${k}` : `dot-${k}`, note: note() })),
    ),
  );
  return { xlsx: await templateXlsx(TABLES.find((t) => t.name === 'funding')!, rows), rows: rows.length };
}

/** Bạch Thông (Bắc Kạn) and two of its reports, half-year and year 2023, over valid-min: areas.csv and reports.csv. */
export const BACH_THONG = {
  areas: () => plus('areas.csv', ['bac-kan,Bắc Kạn,province,,,', 'bach-thong,Bạch Thông,district,bac-kan,,']),
  reports: () =>
    plus('reports.csv', [
      'bt-2023-06,UBND huyện Bạch Thông,bach-thong,half_year,/BC-UBND,2023-06,2023-01,2023-06,Báo cáo 6 tháng đầu năm 2023,Chủ tịch,,,001_c.txt',
      'bt-2023-12,UBND huyện Bạch Thông,bach-thong,review,/BC-UBND,2023-12-20,2023-01,2023-12,Báo cáo năm 2023,Chủ tịch,,,002_c.txt',
    ]),
  /** A funding line of the area for 2023, all budget sources: id `<report>-<n>`, then capital type onwards. */
  funding: (report: string, n: string, rest: string) => `${report}-${n},${report},III.1.2,bach-thong,ntp1719,2023,all,${rest}`,
};

/**
 * Lục Ngạn's funds over valid-min, a later report correcting their base: 17/11/2023 prints 500 disbursed of 1.000
 * allocated, «đạt 55%» (worked out: 50%, a finding); 30/11/2023 corrects the 1.000 to 909 for the same date
 * (500/909 = 55,0%). `F` makes one more line of the same kind; `rows` are the four.
 */
export const LUC_NGAN_CORRECTED = {
  F: (report: string, id: string, measure: string, value: number, text: string, note = '') =>
    `${report}-${id},${report},3.1,luc-ngan,ntp1719,2023,all,all,,${measure},${value},${measure === 'disbursement_rate' ? 'percent' : 'mvnd'},2023-11-15,${text},reported,${note},,`,
  rows: () => [
    LUC_NGAN_CORRECTED.F('bg-2023-11-17', 'f60', 'allocated', 1000, '1.000 triệu đồng'),
    LUC_NGAN_CORRECTED.F('bg-2023-11-17', 'f61', 'disbursed', 500, '500 triệu đồng'),
    LUC_NGAN_CORRECTED.F('bg-2023-11-17', 'f62', 'disbursement_rate', 55, 'đạt 55%'),
    LUC_NGAN_CORRECTED.F('bg-2023-11-30', 'f60', 'allocated', 909, '909 triệu đồng', 'Đính chính số của báo cáo 17/11/2023'),
  ],
};
