/**
 * `npm run chuan-hoa`: a file saved from Excel (BOM, ';', decimal commas,
 * CRLF, NFD text, stray spaces) becomes the one canonical form; running it
 * again changes nothing; the data read back is the same; the checker warns
 * (without blocking) while a file is not canonical.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicaliseFile } from '../../src/data/canonical.ts';
import { loadData } from '../../src/data/load.ts';
import { funding, TABLES } from '../../src/data/tables/index.ts';
import { TEMPLATE_ROWS } from '../../src/templates/rows.ts';
import { templateXlsx } from '../../src/templates/xlsx.ts';
import { dataDir, removeDataDirs, ROOT, runCheck } from './helpers.ts';

function runScript(script: string, dir: string): Promise<{ code: number; stdout: string }> {
  return new Promise((done) =>
    execFile(join(ROOT, 'node_modules/.bin/node'), [script, dir], { cwd: ROOT }, (error, stdout) => done({ code: error ? Number(error.code ?? 1) : 0, stdout })),
  );
}

afterAll(removeDataDirs);

/** Rewrites every file of a folder; returns the names of the files changed. */
function canonicaliseDir(dir: string): string[] {
  const changed: string[] = [];
  for (const def of TABLES) {
    const path = join(dir, def.file);
    const result = canonicaliseFile(def.name, readFileSync(path), path);
    if ('errors' in result) throw new Error(result.errors.map((e) => e.message).join('\n'));
    if (result.changed) {
      writeFileSync(path, result.text);
      changed.push(def.file);
    }
  }
  return changed;
}

const byId = (rows: readonly unknown[]) => (rows as { id: string }[]).toSorted((a, b) => a.id.localeCompare(b.id));

describe('canonical form', () => {
  for (const overlay of [null, 'bad/bom-crlf', 'bad/excel-semicolon', 'bad/nfd-text', 'bad/stray-spaces']) {
    it(`is idempotent and loses nothing (${overlay ?? 'valid-min'})`, async () => {
      const dir = dataDir(overlay);
      const before = await loadData(dir);
      expect(before.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(canonicaliseDir(dir).length).toBeGreaterThan(0);
      const once = Object.fromEntries(TABLES.map((t) => [t.file, readFileSync(join(dir, t.file), 'utf8')]));
      expect(canonicaliseDir(dir)).toEqual([]);
      for (const t of TABLES) expect(readFileSync(join(dir, t.file), 'utf8')).toBe(once[t.file]);
      const after = await loadData(dir);
      for (const t of TABLES) expect(byId(after.tables[t.name])).toEqual(byId(before.tables[t.name]));
      const kinds = (issues: typeof before.issues) => issues.map((i) => `${i.file} ${i.code} ${i.column}`).sort();
      expect(kinds(after.issues)).toEqual(kinds(before.issues));
      expect(after.discrepancies.length).toBe(before.discrepancies.length);
      expect(after.form).toEqual([]);
    });
  }

  it('has no BOM, no CR, no ";" and sorts rows by id with numbers compared as numbers', () => {
    const dir = dataDir('bad/bom-crlf');
    canonicaliseDir(dir);
    const bytes = readFileSync(join(dir, 'reports.csv'));
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(13)).toBe(false);
    const sorted = readFileSync(join(dir, 'funding.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]!);
    expect(sorted).toEqual(sorted.toSorted(new Intl.Collator('en', { numeric: true }).compare));
  });

  it('leaves a file with an error untouched and says why', () => {
    const dir = dataDir('bad/duplicate-id');
    const def = TABLES.find((t) => t.name === 'indicators')!;
    const result = canonicaliseFile(def.name, readFileSync(join(dir, def.file)), 'indicators.csv');
    expect('errors' in result ? result.errors.map((e) => e.code) : []).toContain('id.duplicate');
  });

  it('npm run check warns (exit 0) while a file is not canonical, and not after npm run chuan-hoa', { timeout: 30_000 }, async () => {
    const dir = dataDir('bad/excel-semicolon');
    const before = await runCheck(dir);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('funding.csv — (cảnh báo) tệp đúng nhưng chưa ở dạng chuẩn');
    expect(before.stdout).toContain('phân cách bằng dấu chấm phẩy');
    canonicaliseDir(dir);
    const after = await runCheck(dir);
    expect(after.code).toBe(0);
    expect(after.stdout).not.toContain('dạng chuẩn');
  });
});

describe('an XLSX saved from the template in the data folder', () => {
  // The template filled in: its example row made a real one (an example id, vi-du-…, is refused).
  let template: Buffer;
  beforeAll(async () => {
    template = await templateXlsx(funding, [{ ...TEMPLATE_ROWS.funding, id: 'bg-2023-11-17-f01', report_id: 'bg-2023-11-17', area_id: 'bac-giang' }]);
  });

  it('is read by the build in place of the CSV, with a warning; npm run chuan-hoa turns it into the canonical CSV', { timeout: 30_000 }, async () => {
    const dir = dataDir(null);
    rmSync(join(dir, 'funding.csv'));
    writeFileSync(join(dir, 'funding.xlsx'), template);
    const data = await loadData(dir);
    expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(data.tables.funding.map((r) => r.id)).toEqual(['bg-2023-11-17-f01']);
    expect(data.form.map((i) => i.file)).toContain(join(dir, 'funding.xlsx'));
    const run = await runScript('scripts/chuan-hoa.ts', dir);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'funding.xlsx'))).toBe(false);
    const after = await loadData(dir);
    expect(after.tables.funding).toEqual(data.tables.funding);
    expect(after.form.filter((i) => i.file.endsWith('funding.csv'))).toEqual([]);
  });

  it('beside a CSV of the same table with the same rows is ignored, with a warning that says so', async () => {
    const dir = dataDir(null);
    const before = await loadData(dir);
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'funding.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    writeFileSync(join(dir, 'funding.xlsx'), await templateXlsx(funding, rows));
    const data = await loadData(dir);
    expect(data.tables.funding).toEqual(before.tables.funding);
    expect(data.form.find((i) => i.code === 'file.both')).toMatchObject({ severity: 'warning', file: join(dir, 'funding.xlsx') });
    expect(data.form.find((i) => i.code === 'file.both-differ')).toBeUndefined();
  });

  it('beside a CSV but unreadable (or with no sheet of the table) is refused, never taken for the CSV\'s twin', async () => {
    const dir = dataDir(null);
    writeFileSync(join(dir, 'funding.xlsx'), 'not a workbook');
    const data = await loadData(dir);
    expect(data.issues.find((i) => i.code === 'xlsx.no-sheet')).toMatchObject({ severity: 'error', file: join(dir, 'funding.xlsx') });
    expect(data.form.find((i) => i.code === 'file.both')).toBeUndefined();
  });

  it('beside a CSV that lacks its rows is refused: its figures would be dropped without a word', async () => {
    // A staff member uploads funding.xlsx with a changed row; the server would read funding.csv only.
    const dir = dataDir(null);
    writeFileSync(join(dir, 'funding.xlsx'), template);
    const data = await loadData(dir);
    // Among the problems that stop publishing, not the file-form notes (which `npm run check` lists as never blocking).
    expect(data.form.find((i) => i.code === 'file.both-differ')).toBeUndefined();
    const refused = data.issues.find((i) => i.code === 'file.both-differ');
    expect(refused).toMatchObject({ severity: 'error', file: join(dir, 'funding.xlsx') });
    expect(refused!.message).toContain('funding.xlsx có 1 dòng khác với funding.csv (ví dụ dòng mã bg-2023-11-17-f01)');
    expect(refused!.message).toContain('số liệu trong funding.xlsx sẽ không được công bố');
  });
});
