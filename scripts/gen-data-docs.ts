/**
 * `npm run docs:data`: rewrites the generated part of data/README.md and the CSV
 * templates in data/templates/ from the table definitions.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dictionaryMarkdown, templateCsv } from '../src/templates/dictionary.ts';
import { TABLES } from '../src/data/tables/index.ts';

export const BEGIN = '<!-- BẮT ĐẦU: phần tự sinh từ src/data/tables, đừng sửa tay -->';
export const END = '<!-- KẾT THÚC: phần tự sinh -->';

const root = resolve(import.meta.dirname, '..');
const readme = resolve(root, 'data/README.md');
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(BEGIN);
const end = text.indexOf(END);
if (start < 0 || end < start) throw new Error(`data/README.md needs the markers ${BEGIN} … ${END}`);
writeFileSync(readme, `${text.slice(0, start + BEGIN.length)}\n\n${dictionaryMarkdown()}\n\n${text.slice(end)}`);

mkdirSync(resolve(root, 'data/templates'), { recursive: true });
for (const t of TABLES) writeFileSync(resolve(root, 'data/templates', t.file), templateCsv(t));
console.log(`data/README.md and ${TABLES.length} templates in data/templates/ written.`);
