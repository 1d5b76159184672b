/**
 * The staff-facing data dictionary (Markdown, Vietnamese) and CSV templates, generated
 * from the table definitions so they can never disagree with validation.
 */
import { UNITS, type FieldDef, type TableDef } from '../data/define.ts';
import { formsText } from '../data/period.ts';
import { TABLES } from '../data/tables/index.ts';
import { TEMPLATE_ROWS } from './rows.ts';

/**
 * What a column accepts, in Vietnamese, for the staff guide and the data page alike.
 * `code` marks up codes (Markdown backticks); `listValues: false` leaves an enum's
 * values to be shown elsewhere (the page lists them with their labels).
 */
export function typeText(f: FieldDef, { code = (s: string) => s, listValues = true } = {}): string {
  switch (f.type) {
    case 'number':
      return `${f.format === 'integer' ? 'số nguyên' : 'số'}${f.unit ? ` (${UNITS[f.unit].vi})` : ''}${f.min !== undefined ? `, ≥ ${f.min}` : ''}${f.max !== undefined ? `, ≤ ${f.max}` : ''}`;
    case 'date':
      return 'ngày (YYYY-MM-DD, YYYY-MM, YYYY hoặc dd/mm/yyyy)';
    case 'period':
      return `kỳ: ${formsText(f.forms, code)}`;
    case 'enum':
      return listValues ? `một trong: ${f.values.map(code).join(', ')}` : 'danh mục (xem giá trị cho phép)';
    case 'string':
      if (f.ref) return `mã có trong ${code(`${f.ref}.csv`)}`;
      // A regular expression means nothing to staff or readers: show the shape by example.
      if (f.pattern) return f.example ? `mã, dạng như ${code(f.example)}` : 'mã';
      return 'chữ';
  }
}

const backticks = (s: string) => `\`${s}\``;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One table's column reference as Markdown. */
function tableMarkdown(t: TableDef): string {
  const rows = t.fields.map(
    (f) => `| \`${f.name}\` | ${f.required ? 'có' : 'không'} | ${cell(f.title.vi)}. ${cell(f.description.vi)} | ${cell(typeText(f, { code: backticks }))} | ${f.example ? `\`${cell(f.example)}\`` : ''} |`,
  );
  const enums = t.fields
    .filter((f): f is Extract<FieldDef, { type: 'enum' }> => f.type === 'enum' && f.values.length <= 20)
    .map((f) => `\nGiá trị của \`${f.name}\`: ${f.values.map((v) => `\`${v}\` = ${f.labels[v]?.vi}`).join('; ')}.`);
  return [
    `## ${t.title.vi} — \`${t.file}\``,
    '',
    t.description.vi,
    '',
    t.kind === 'observation'
      ? `Một con số không được nhập hai lần: không có hai dòng trùng các cột ${t.key.map((k) => `\`${k}\``).join(', ')}.`
      : t.key.length === 1 && t.key[0] === 'id'
        ? 'Cột `id` không được trùng.'
        : `Không có hai dòng trùng các cột ${t.key.map((k) => `\`${k}\``).join(', ')}.`,
    '',
    '| cột | bắt buộc | ý nghĩa | kiểu | ví dụ |',
    '|---|---|---|---|---|',
    ...rows,
    ...enums,
  ].join('\n');
}

function dictionaryMarkdown(): string {
  const units = Object.entries(UNITS).map(([code, t]) => `\`${code}\` = ${t.vi}`).join('; ');
  return [...TABLES.map(tableMarkdown), `## Mã đơn vị\n\n${units}.`].join('\n\n');
}

/** data/templates/README.md, the column reference of every table (the site's /cap-nhat/cot/): generated, whole. */
export function columnsMarkdown(): string {
  return [
    '# Các cột của từng bảng',
    '',
    'Tệp này được sinh tự động từ định nghĩa bảng trong `src/data/tables/` (lệnh `npm run docs:data`), đừng sửa tay;',
    'chương trình kiểm tra dữ liệu dùng đúng các định nghĩa này. Cách nhập số liệu: hướng dẫn `data/README.md`',
    '(trên trang web: `/cap-nhat/huong-dan/`).',
    '',
    dictionaryMarkdown(),
    '',
  ].join('\n');
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV template: the header and one example row that passes the checker (UTF-8 with BOM so Excel opens it correctly). */
export function templateCsv(t: TableDef): string {
  const header = t.fields.map((f) => f.name).join(',');
  const row = TEMPLATE_ROWS[t.name];
  const example = t.fields.map((f) => csvCell(row[f.name] ?? '')).join(',');
  return `\uFEFF${header}\r\n${example}\r\n`;
}
