/** The hints of the code list page name codes that exist, and every code a staff member is most often unsure of has one. */
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/data/tables/index.ts';
import { CODE_USAGE } from '../../src/staff/code-usage.ts';

const codes = new Set(TABLES.flatMap((t) => t.fields.flatMap((f) => (f.type === 'enum' ? f.values.map((v) => `${f.name}.${v}`) : []))));

describe('code usage hints', () => {
  it('every hint names a column and code that exist', () => {
    expect(Object.keys(CODE_USAGE).filter((k) => !codes.has(k))).toEqual([]);
  });
  it('figure status, plan version, budget source and capital type are explained code by code', () => {
    for (const field of ['figure_status', 'plan_version', 'budget_source', 'capital_type', 'program', 'doc_type'])
      for (const code of [...codes].filter((c) => c.startsWith(`${field}.`))) expect(CODE_USAGE[code], code).toBeTruthy();
  });
});
