/** Staff read data/README.md and copy data/templates/: they must match the definitions validation uses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/data/tables/index.ts';
import { dictionaryMarkdown, templateCsv } from '../../src/templates/dictionary.ts';

describe('generated staff documentation', () => {
  it('data/README.md carries the current column reference (run `npm run docs:data` after changing a definition)', () => {
    const readme = readFileSync('data/README.md', 'utf8');
    expect(readme).toContain(dictionaryMarkdown());
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
