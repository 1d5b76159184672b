/**
 * A table kept in data/ as an Excel workbook (data/funding.xlsx, no CSV: the server reads it, load.ts) is
 * compared with its published rows like a CSV: in `npm run check` when the published commit held the
 * workbook, and in the browser checker, whose published funding.csv (/cap-nhat/du-lieu/) holds its rows.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { publishedCsv } from '../../src/data/published-csv.ts';
import type { Row } from '../../src/data/validate.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { templateXlsx, type TemplateRow } from '../../src/templates/xlsx.ts';
import { dataDir, only, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' }).toString();
const funding = TABLES.find((t) => t.name === 'funding')!;

/** valid-min with funding kept as funding.xlsx (its rows, less `without`), in a repository committed once. */
async function xlsxRepo(): Promise<{ dir: string; rows: Row[] }> {
  const dir = dataDir(null);
  const rows = (await loadData(dir)).tables.funding as unknown as Row[];
  expect(rows.map((r) => r.id)).toContain('bg-2023-11-17-f02');
  rmSync(join(dir, 'funding.csv'));
  writeFileSync(join(dir, 'funding.xlsx'), await templateXlsx(funding, rows as unknown as TemplateRow[]));
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'published, funding as a workbook');
  return { dir, rows };
}

describe('a table kept as data/<table>.xlsx', () => {
  it('npm run check: a published row deleted from the workbook is refused, as from a CSV', async () => {
    const { dir, rows } = await xlsxRepo();
    expect((await loadData(dir)).issues.filter((i) => i.severity === 'error')).toEqual([]);
    writeFileSync(join(dir, 'funding.xlsx'), await templateXlsx(funding, rows.filter((r) => r.id !== 'bg-2023-11-17-f02') as unknown as TemplateRow[]));
    const removed = only((await loadData(dir)).issues, 'published.removed');
    expect(removed.map((i) => [i.value, i.file.replace(/^.*\//, '')])).toEqual([['bg-2023-11-17-f02', 'funding.xlsx']]);
  });

  it('npm run check: the workbook replaced by a CSV that lost a row is refused too', async () => {
    const { dir, rows } = await xlsxRepo();
    rmSync(join(dir, 'funding.xlsx'));
    const header = funding.fields.map((f) => f.name);
    const cell = (v: unknown) => (v === null || v === undefined ? '' : /[",]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
    const csv = [header.join(','), ...rows.filter((r) => r.id !== 'bg-2023-11-17-f02').map((r) => header.map((h) => cell(r[h])).join(','))].join('\n');
    writeFileSync(join(dir, 'funding.csv'), `${csv}\n`);
    expect(only((await loadData(dir)).issues, 'published.removed').map((i) => i.value)).toEqual(['bg-2023-11-17-f02']);
  });

  it('the browser checker is given its rows as the published funding.csv, not an empty table', async () => {
    const { dir, rows } = await xlsxRepo();
    const body = publishedCsv(funding, dir, (await loadData(dir)).tables.funding as unknown as Row[]);
    const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe(funding.fields.map((f) => f.name).join(','));
    expect(lines).toHaveLength(rows.length + 1);
    expect(text).toContain('bg-2023-11-17-f02,');
  });
});
