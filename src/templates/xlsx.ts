/**
 * An XLSX template per table, for staff who fill data in Excel. Sheets:
 * - `<table>` (e.g. `funding`): the header of column names, the example row
 *   of src/templates/rows.ts (together the templates pass the checker),
 *   and empty rows already formatted: numbers as numbers (#,##0 / #,##0.######),
 *   every other column as text, so Excel never turns "2023-11" or "3.1.2" into
 *   a date. Selecting a header or cell shows what the column means (an input
 *   message), and each coded column has a dropdown of its allowed codes.
 * - `Hướng dẫn`: every column, required or not, its meaning, type and example.
 * - `Mã`: the codes of each coded column with their Vietnamese labels (the
 *   dropdowns' source).
 *
 * write-excel-file 4 has no data validation of its own; the small feature
 * below adds `<dataValidations>` to the sheet XML (the Office Open XML
 * element, placed right after `<sheetData>` as the schema orders it).
 * Output is byte-identical on every run.
 */
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { EnumField, FieldDef, TableDef } from '../data/define.ts';
import { typeText } from './dictionary.ts';
import { TEMPLATE_ROWS } from './rows.ts';
import { stableZip } from '../core/stable-zip.ts';

/** Rows made ready (formatted) for staff to fill in below the example. */
const EMPTY_ROWS = 500;
const CODES_SHEET = 'Mã';
const GUIDE_SHEET = 'Hướng dẫn';

const NUMBER_FORMAT = { integer: '#,##0', decimal: '#,##0.######' } as const;
const TEXT = '@';

/** A feature as the Node build of write-excel-file takes it (its FileContent type is not exported). */
type Feature = NonNullable<NonNullable<Parameters<typeof writeXlsxFile>[1]>['features']>[number];

const xml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function columnLetter(index: number): string {
  let name = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  return name;
}

/** Excel caps an input message's title at 32 characters and its text at 255. */
const cap = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

function prompt(f: FieldDef): string {
  const head = `${f.title.vi}${f.required ? ' (bắt buộc)' : ''}. ${f.description.vi}`;
  if (f.type === 'enum') {
    const codes = f.values.map((v) => `${v} = ${f.labels[v]!.vi}`).join('; ');
    return cap(`${head} Chọn mã trong danh sách: ${codes}`, 255);
  }
  return cap(f.example ? `${head} Ví dụ: ${f.example}` : head, 255);
}

interface Validation {
  column: number;
  field: FieldDef;
  /** The range of the codes sheet holding this column's codes. */
  list: string | null;
}

/** Adds the data validations (dropdowns and input messages) to the table's sheet, the first one. */
function validations(list: readonly Validation[], last: number): Feature {
  const items = list.flatMap(({ column, field, list: source }) => {
    const letter = columnLetter(column);
    const message = `showInputMessage="1" promptTitle="${xml(cap(field.name, 32))}" prompt="${xml(prompt(field))}"`;
    // The header cell explains the column; the cells below explain it too and, for a coded column, offer the dropdown.
    const head = `<dataValidation allowBlank="1" ${message} sqref="${letter}1"/>`;
    const body = source
      ? `<dataValidation type="list" allowBlank="1" ${message} showErrorMessage="1" errorStyle="stop" errorTitle="${xml('Mã không có trong danh sách')}" error="${xml(cap(`Chọn một mã của cột ${field.name} trong danh sách (xem trang ${CODES_SHEET}).`, 255))}" sqref="${letter}2:${letter}${last}"><formula1>${xml(source)}</formula1></dataValidation>`
      : `<dataValidation allowBlank="1" ${message} sqref="${letter}2:${letter}${last}"/>`;
    return [head, body];
  });
  const block = `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (content, _options, { sheetIndex }) =>
            sheetIndex === 0 && !content.includes('<dataValidations') ? content.replace('</sheetData>', `</sheetData>${block}`) : content,
        },
      },
    },
  };
}

function dataCell(f: FieldDef, value: string | number | null | undefined) {
  const blank = value === undefined || value === null || value === '';
  if (f.type === 'number') {
    const format = NUMBER_FORMAT[f.format];
    return blank ? { type: Number, format } : { value: Number(value), type: Number, format };
  }
  return blank ? { type: String, format: TEXT } : { value: String(value), type: String, format: TEXT };
}

/** A row as the template takes it: cells by column name, text or numbers. */
export type TemplateRow = Readonly<Record<string, string | number | null | undefined>>;

const bold = (value: string) => ({ value, type: String, fontWeight: 'bold' as const });

/**
 * The template of one table as XLSX bytes: with the example row, or with
 * `rows` (the published rows, so staff add theirs below the existing ones).
 */
export async function templateXlsx(def: TableDef, published?: readonly TemplateRow[]): Promise<Buffer> {
  // The blank template has one example row (id "vi-du-…", refused if left in); a current-data workbook has none.
  const rows = published ?? [TEMPLATE_ROWS[def.name]];
  const example = rows[0] ?? {};
  const header: Row = def.fields.map((f) => ({ ...bold(f.name), backgroundColor: f.required ? '#DCEBF2' : '#F4F4F4' }));
  const emptyRow: Row = def.fields.map((f) => dataCell(f, undefined));
  const data: Row[] = [header, ...rows.map((r) => def.fields.map((f) => dataCell(f, r[f.name]))), ...Array.from({ length: EMPTY_ROWS }, () => emptyRow)];
  const last = rows.length + EMPTY_ROWS + 1;

  // Codes sheet: two columns per coded field (code, label), a blank column between.
  const coded = def.fields.filter((f): f is EnumField => f.type === 'enum');
  const height = Math.max(0, ...coded.map((f) => f.values.length));
  const codes: Row[] = [
    coded.flatMap((f) => [bold(`cột ${f.name}`), bold(f.title.vi), null]),
    coded.flatMap(() => [bold('mã'), bold('nghĩa'), null]),
    ...Array.from({ length: height }, (_, i) => coded.flatMap((f) => (f.values[i] ? [f.values[i]!, f.labels[f.values[i]!]!.vi, null] : [null, null, null]))),
  ];
  const listOf = new Map(
    coded.map((f, k) => {
      const letter = columnLetter(k * 3);
      return [f.name, `'${CODES_SHEET}'!$${letter}$3:$${letter}$${2 + f.values.length}`];
    }),
  );

  const guide: Row[] = [
    [bold(`${def.title.vi} — ${def.file}`)],
    [def.description.vi],
    [
      instructions(def, published) +
        ' Không đổi tên trang và dòng tiêu đề. Cột có mã: chọn trong danh sách thả xuống (trang "Mã" ghi nghĩa của từng mã). Kiểm tra tệp ở trang /cap-nhat/ của trang web trước khi gửi.',
    ],
    [],
    ['cột', 'tên', 'bắt buộc', 'ý nghĩa', 'kiểu', 'ví dụ'].map(bold),
    ...def.fields.map((f) => [f.name, f.title.vi, f.required ? 'có' : '', f.description.vi, typeText(f), f.example ?? '']),
  ];

  const list: Validation[] = def.fields.map((field, column) => ({ column, field, list: listOf.get(field.name) ?? null }));
  const bytes = await writeXlsxFile(
    [
      { sheet: def.name, data, columns: def.fields.map((f) => ({ width: Math.max(12, Math.min(40, f.name.length + 4, String(example[f.name] ?? '').length + 2)) })), stickyRowsCount: 1 },
      { sheet: GUIDE_SHEET, data: guide, columns: [{ width: 18 }, { width: 24 }, { width: 9 }, { width: 70 }, { width: 40 }, { width: 24 }] },
      { sheet: CODES_SHEET, data: codes, columns: coded.flatMap(() => [{ width: 20 }, { width: 44 }, { width: 3 }]) },
    ],
    { features: [validations(list, last)] },
  ).toBuffer();
  // The same template gives the same bytes, so git sees no change (core/stable-zip.ts).
  return Buffer.from(stableZip(bytes));
}

/** What the rows of the sheet are, and where new ones go: a published row is never called an example. */
function instructions(def: TableDef, published: readonly TemplateRow[] | undefined): string {
  if (!published)
    return `Tệp mẫu trống: điền từ dòng 2 của trang "${def.name}". Dòng 2 là dòng ví dụ (mã bắt đầu bằng "vi-du-"): sửa thành số liệu thật với mã thật, hoặc xóa nó — trang kiểm tra từ chối dòng ví dụ còn sót. Tệp mẫu chỉ để bắt đầu một bảng mới: muốn thêm số liệu vào bảng đã có, tải bảng đang công bố ở trang /cap-nhat/ (mục “Số liệu hiện có”), vì một bảng chỉ còn các dòng mới sẽ bị từ chối.`;
  if (published.length === 0)
    return `Bảng đang công bố quá lớn để đưa vào Excel: trang "${def.name}" để trống. Hãy tải ${def.file} ở trang /cap-nhat/ và thêm dòng mới vào cuối tệp đó, vì một bảng chỉ còn các dòng mới sẽ bị từ chối.`;
  return `Trang "${def.name}" là bảng đang công bố: mỗi dòng từ dòng 2 là một con số đã công bố, không phải dòng ví dụ. Không xóa và không sửa con số của các dòng đó; thêm số liệu mới vào các dòng trống bên dưới dòng cuối, mỗi dòng một mã mới. Chỉ khi đã quyết định rút lại hay sửa một dòng đã công bố mới ghi nó vào withdrawals.csv kèm lý do (xem /cap-nhat/huong-dan/).`;
}

