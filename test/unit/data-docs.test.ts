/** Staff read data/templates/README.md (/cap-nhat/cot/) and copy data/templates/: they must match the definitions validation uses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/data/tables/index.ts';
import { columnsMarkdown, templateCsv } from '../../src/templates/dictionary.ts';

describe('generated staff documentation', () => {
  it('data/templates/README.md is the current column reference (run `npm run docs:data` after changing a definition)', () => {
    expect(readFileSync('data/templates/README.md', 'utf8')).toBe(columnsMarkdown());
    // Every table's section and every column of it, as staff look them up.
    for (const t of TABLES) for (const f of t.fields) expect(columnsMarkdown()).toContain(`| \`${f.name}\` |`);
  });

  it.each(TABLES.map((t) => [t.file, t] as const))('data/templates/%s matches its definition', (file, t) => {
    expect(readFileSync(`data/templates/${file}`, 'utf8')).toBe(templateCsv(t));
  });

  it('every data file starts with exactly the columns of its definition, in order', () => {
    for (const t of TABLES) {
      const header = readFileSync(`data/${t.file}`, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
      expect(header, t.file).toBe(t.fields.map((f) => f.name).join(','));
    }
  });
});
