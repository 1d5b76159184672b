/**
 * The CSV templates staff copy (data/templates/) must themselves pass the
 * checker: a data folder made of the templates alone, example rows included,
 * has no error.
 * The example rows live in src/templates/rows.ts.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.ts';
import { formatReport } from '../../src/data/report.ts';
import { EXAMPLE_PREFIX } from '../../src/data/published.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { TEMPLATE_ROWS } from '../../src/templates/rows.ts';
import { ROOT } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'mtqg-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('data/templates/', () => {
  it('a data folder of the templates alone passes the check, but for its example rows, each refused as an example to delete', async () => {
    cpSync(join(ROOT, 'data/templates'), dir, { recursive: true });
    const data = await loadData(dir);
    const errors = data.issues.filter((i) => i.severity === 'error');
    // Every other cell of the examples is valid: the only errors are "an example row left in" (ids vi-du-…).
    expect(errors.filter((i) => i.code !== 'row.example'), formatReport(data, 'check')).toEqual([]);
    expect(errors.map((i) => i.file.replace(/^.*\//, '')).sort()).toEqual(
      TABLES.filter((t) => String(TEMPLATE_ROWS[t.name].id ?? TEMPLATE_ROWS[t.name].row_id).startsWith(EXAMPLE_PREFIX)).map((t) => t.file).sort(),
    );
    expect(Object.values(data.counts).every((n) => n === 1)).toBe(true);
  });

  it('no example row of a template takes the id of a published row, reports, areas and programmes included: the example ids are reserved (vi-du-…)', async () => {
    const published = await loadData(join(ROOT, 'data'));
    for (const t of TABLES) {
      const id = TEMPLATE_ROWS[t.name].id ?? TEMPLATE_ROWS[t.name].row_id!;
      expect(id.startsWith(EXAMPLE_PREFIX), t.name).toBe(true);
      expect((published.tables[t.name] as unknown as { id?: string; row_id?: string }[]).some((r) => (r.id ?? r.row_id) === id), t.name).toBe(false);
    }
  });
});
