/**
 * `npm run docs:data`: writes the column reference data/templates/README.md (shown on the site at /cap-nhat/cot/)
 * and the CSV templates in data/templates/ from the table definitions. The hand-written guide, data/README.md,
 * stays short enough for a phone's first view and points to it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { columnsMarkdown, templateCsv } from '../src/templates/dictionary.ts';
import { TABLES } from '../src/data/tables/index.ts';

const root = resolve(import.meta.dirname, '..');
mkdirSync(resolve(root, 'data/templates'), { recursive: true });
writeFileSync(resolve(root, 'data/templates/README.md'), columnsMarkdown());
for (const t of TABLES) writeFileSync(resolve(root, 'data/templates', t.file), templateCsv(t));
console.log(`data/templates/README.md and ${TABLES.length} templates in data/templates/ written.`);
