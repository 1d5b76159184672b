/**
 * The CSV templates staff copy (data/templates/) must themselves pass the
 * checker: a data folder made of the templates alone, example rows included,
 * has no error.
 * The example rows live in src/publish/template-rows.ts.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { formatReport } from '../../src/data/report.ts';
import { ROOT } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'mtqg-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('data/templates/', () => {
  it('a data folder of the templates alone passes the check, example rows included', async () => {
    cpSync(join(ROOT, 'data/templates'), dir, { recursive: true });
    const data = await loadData(dir);
    const errors = data.issues.filter((i) => i.severity === 'error');
    expect(errors, formatReport(data, 'check')).toEqual([]);
    expect(Object.values(data.counts).every((n) => n === 1)).toBe(true);
  });
});
