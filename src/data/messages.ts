/**
 * Every Vietnamese sentence the data pipeline shows to staff, in one place.
 * It sits at the bottom: any layer may use it, and it imports no layer of the
 * pipeline (the report that prints a whole check is in report.ts).
 *
 * The other modules report a `Problem` (a code and its parameters); this module
 * turns it into an `Issue` that names the file, line, column and value, says
 * what was expected and how to fix it. Fragments start in lower case: the
 * formatter joins them into one line per issue, e.g.
 *   data/funding.csv, dòng 12, cột "value": "80.000" — không rõ là 80 hay 80000 … Cần: … Cách sửa: …
 */
import type { TableName } from './define.ts';
import { datePhrase, figureDatePhrase, formatDate, formatNumber } from '../core/format.ts';

type Severity = 'error' | 'warning';

/** Where a problem is: file always; line, column and the cell's text when known. */
export interface Where {
  file: string;
  line: number | null;
  column: string | null;
  value: string | null;
}

export interface Issue extends Where {
  code: Code;
  severity: Severity;
  message: string;
  expected: string;
  fix: string;
  /** The message and fix for a cell of a workbook, where they differ: numbers as vi-VN Excel shows them, cell formats. */
  inWorkbook?: { message: string; fix: string };
}

interface Parts {
  message: string;
  expected: string;
  fix: string;
  inWorkbook?: { message: string; fix: string };
}

export interface Choice {
  value: string;
  label: string;
}

// ---- Invisible characters, named -----------------------------------------------

/**
 * Characters no cell may hold once cleanText (normalise.ts) has made its spaces plain: C0
 * controls (tab, newline and the other spaces are already gone), DEL and the C1
 * controls (ESC broke the share images: resvg refuses such a character in SVG),
 * the bidi controls that reorder what is shown (U+202A–202E, U+2066–2069,
 * LRM/RLM U+200E/200F, ALM U+061C), zero-width characters inside text (U+200B–200D,
 * U+2060, U+FEFF), and what is not text at all (U+FFFE, U+FFFF, a lone surrogate).
 */
export const UNSAFE_CHARACTER = /[\x00-\x08\x0E-\x1F\x7F-\x9F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

const C0_NAMES: Record<number, string> = { 0: 'NUL', 7: 'BEL', 8: 'BS', 0x1b: 'ESC', 0x7f: 'DEL' };
const NAMES: Record<number, string> = {
  0x061c: 'ALM', 0x200b: 'ZWSP', 0x200c: 'ZWNJ', 0x200d: 'ZWJ', 0x200e: 'LRM', 0x200f: 'RLM', 0x202a: 'LRE', 0x202b: 'RLE',
  0x202c: 'PDF', 0x202d: 'LRO', 0x202e: 'RLO', 0x2060: 'WJ', 0x2066: 'LRI', 0x2067: 'RLI', 0x2068: 'FSI', 0x2069: 'PDI', 0xfeff: 'BOM',
};

/** "U+001B ESC": how a message names an invisible character. */
export function characterName(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = C0_NAMES[code] ?? NAMES[code];
  return name ? `${hex} ${name}` : hex;
}

/** A text with every such character written out as [U+001B ESC]: safe to print in a terminal or a page. */
export function showUnsafe(text: string): string {
  return UNSAFE_CHARACTER.test(text) ? text.replace(new RegExp(UNSAFE_CHARACTER.source, 'gu'), (c) => `[${characterName(c.charCodeAt(0))}]`) : text;
}

const INVISIBLE_KIND = {
  control: 'ký tự điều khiển',
  bidi: 'ký tự đổi chiều chữ (bidi)',
  'zero-width': 'ký tự vô hình (không độ rộng)',
  'not-text': 'ký tự không phải chữ',
} as const;

// ---- Number and name formatting for messages ---------------------------------

/** 130595 → "130.595", 61.85 → "61,85": how staff read numbers in reports (all decimals a figure may carry). */
const vi = (n: number) => formatNumber(n, 6);

const WORKBOOK_NUMBER_FIX = 'gõ lại con số đúng như báo cáo in, dạng số (Excel tự hiện dấu chấm ngăn hàng nghìn: gõ 130595 để có 130.595)';
const WORKBOOK_TEXT_FIX =
  'ô này là chữ (Text), không phải số: chọn ô, Format Cells › Number, rồi gõ lại con số không có dấu chấm (gõ 130595 để Excel hiện 130.595; 61,9 gõ 61,9)';

/** A limit as staff would type it, without thousands separators: a year stays "2000", not "2.000". */
const typable = (n: number) => String(n).replace('.', ',');

/** A number as staff should type it in a file with this delimiter: no thousands separator, the file's decimal mark. */
function plainNumber(n: number, delimiter: ',' | ';'): string {
  const text = String(n);
  return delimiter === ';' ? text.replace('.', ',') : text;
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 27 → AB. */
function columnLetter(index: number): string {
  let name = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  return name;
}

const SAVE_AS_UTF8 =
  'mở tệp trong Excel, chọn File › Save As (Lưu thành), ở ô "Save as type" chọn "CSV UTF-8 (Comma delimited) (*.csv)" rồi lưu đè lên tệp này';

/** "80.000" read as thousands: "80 nghìn"; "130.595": "130 nghìn 595". */
function thousandsWords(n: number): string {
  const rest = Math.abs(n % 1000);
  return `${Math.trunc(n / 1000)} nghìn${rest ? ` ${rest}` : ''}`;
}

/** The decimal reading in words: 80.000 → "80", 130.595 → "130 phẩy 595". */
function decimalWords(text: string): string {
  const [whole, fraction = ''] = text.split(/[.,]/);
  return /^0*$/.test(fraction) ? `${whole}` : `${whole} phẩy ${fraction}`;
}

function choices(list: readonly Choice[]): string {
  const shown = list.slice(0, 12).map((c) => `${c.value} (${c.label})`);
  return list.length > shown.length ? `${shown.join(', ')}, … (xem đủ ${list.length} mã trong từ điển dữ liệu)` : shown.join(', ');
}

const NUMBER_EXPECTED = {
  integer: 'số nguyên, không có dấu phân cách hàng nghìn (ví dụ 19 hoặc 80000)',
  decimal: 'số thuần, không có dấu phân cách hàng nghìn (ví dụ 130595 hoặc 61,9)',
} as const;

const DATE_EXPECTED = 'ngày dạng 2023-11-17 hoặc 17/11/2023; tháng 2023-11 hoặc 11/2023; hoặc năm 2023';

/** What a foreign key points to, in words. */
export const REF_NOUN: Partial<Record<TableName, string>> = {
  areas: 'địa bàn',
  reports: 'báo cáo',
  projects: 'dự án',
};

// ---- Templates -----------------------------------------------------------------

const TEMPLATES = {
  'folder.missing': (p: { files: readonly string[] }): Parts => ({
    message: 'không tìm thấy thư mục dữ liệu (có thể gõ sai tên thư mục)',
    expected: `một thư mục chứa các tệp ${p.files.join(', ')}`,
    fix: 'kiểm tra lại tên thư mục (mặc định là data/), hoặc chạy lệnh từ thư mục gốc của dự án',
  }),
  'file.missing': (p: { header: string }): Parts => ({
    message: 'không tìm thấy tệp',
    expected: 'tệp này trong thư mục dữ liệu',
    fix: `khôi phục tệp từ bản sao lưu, hoặc tạo tệp mới chỉ có dòng tiêu đề: ${p.header}`,
  }),
  'file.empty': (p: { header: string }): Parts => ({
    message: 'tệp trống, không có dòng tiêu đề',
    expected: `dòng đầu tiên là dòng tiêu đề: ${p.header}`,
    fix: 'khôi phục tệp từ bản sao lưu, hoặc thêm dòng tiêu đề như trên',
  }),
  'file.both-differ': (p: { csv: string; xlsx: string; rows: number; example: string }): Parts => ({
    message: `có cả ${p.csv} và ${p.xlsx}, và ${p.xlsx} có ${p.rows} dòng khác với ${p.csv} (ví dụ dòng mã ${p.example}): trang web chỉ đọc ${p.csv}, nên số liệu trong ${p.xlsx} sẽ không được công bố`,
    expected: 'một tệp cho mỗi bảng (CSV, hoặc tệp Excel lưu từ tệp mẫu)',
    fix: `nếu ${p.xlsx} là số liệu mới: xóa ${p.csv} và giữ ${p.xlsx}, hoặc tải tệp CSV dạng chuẩn từ trang /cap-nhat/ lên thay ${p.csv} rồi xóa ${p.xlsx}`,
  }),
  'file.both': (p: { csv: string; xlsx: string }): Parts => ({
    message: `có cả ${p.csv} và ${p.xlsx} cho cùng một bảng: trang web dùng ${p.csv}, bỏ qua ${p.xlsx}`,
    expected: 'một tệp cho mỗi bảng (CSV, hoặc tệp Excel lưu từ tệp mẫu)',
    fix: `nếu ${p.xlsx} là số liệu mới, xóa ${p.csv} (hoặc tải tệp CSV dạng chuẩn từ trang /cap-nhat/ lên thay ${p.csv}) rồi xóa ${p.xlsx}`,
  }),
  'xlsx.no-sheet': (p: { table: string }): Parts => ({
    message: 'tệp Excel không có trang tính nào mang tên bảng, hoặc không đọc được',
    expected: `trang tính đầu tiên tên "${p.table}" như trong tệp mẫu, dòng 1 là dòng tiêu đề`,
    fix: 'điền số liệu vào tệp mẫu (data/templates/) và giữ nguyên tên trang tính, hoặc lưu thành CSV UTF-8',
  }),
  'file.not-canonical': (p: { reasons: readonly string[] }): Parts => ({
    message: `tệp đúng nhưng chưa ở dạng chuẩn (${p.reasons.join('; ')}): lần lưu sau, cả tệp sẽ hiện là đã thay đổi`,
    expected: 'UTF-8 không BOM, phân cách bằng dấu phẩy, dấu chấm thập phân, xuống dòng LF, các dòng xếp theo mã dòng (id)',
    fix: 'không bắt buộc sửa; muốn tệp ở dạng chuẩn thì dùng nút «Tải … (dạng chuẩn)» trên trang /cap-nhat/ (hoặc lệnh npm run chuan-hoa của nhóm kỹ thuật), rồi tải tệp đó lên',
  }),
  'encoding.utf16': (): Parts => ({
    message: 'tệp được lưu dạng "Unicode Text" (UTF-16), không phải CSV',
    expected: 'tệp CSV mã UTF-8',
    fix: SAVE_AS_UTF8,
  }),
  'encoding.legacy': (): Parts => ({
    message: 'tệp không phải mã UTF-8 — có lẽ được lưu bằng bảng mã cũ (TCVN3/ABC, VNI hoặc Windows-1258), chữ tiếng Việt sẽ bị hỏng',
    expected: 'tệp CSV mã UTF-8',
    fix: `${SAVE_AS_UTF8}. Nếu chữ vẫn lỗi, chuyển mã sang Unicode bằng Unikey (Công cụ chuyển mã) trước khi lưu`,
  }),
  'encoding.mojibake': (p: { kind: 'utf8-read-as-latin1' | 'legacy-glyphs'; cells: number }): Parts => ({
    message:
      (p.kind === 'utf8-read-as-latin1'
        ? 'chữ tiếng Việt bị hỏng mã (tệp UTF-8 đã bị mở bằng bảng mã khác rồi lưu lại)'
        : 'chữ tiếng Việt viết bằng bảng mã cũ (TCVN3/ABC hoặc VNI) nên hiện thành ký tự lạ') +
      (p.cells > 1 ? `; có ${p.cells} ô bị lỗi như vậy` : ''),
    expected: 'chữ tiếng Việt Unicode, tệp CSV mã UTF-8',
    fix:
      p.kind === 'utf8-read-as-latin1'
        ? `lấy lại tệp gốc chưa bị hỏng, ${SAVE_AS_UTF8}; nếu không còn tệp gốc, gõ lại các ô bị lỗi`
        : `chuyển mã sang Unicode bằng Unikey (Công cụ chuyển mã: nguồn TCVN3 hoặc VNI, đích Unicode), rồi ${SAVE_AS_UTF8}`,
  }),
  'csv.quotes': (): Parts => ({
    message: 'dấu ngoặc kép (") mở mà không đóng, các dòng sau đó bị đọc lẫn vào ô này',
    expected: 'mỗi ô bắt đầu bằng dấu ngoặc kép phải kết thúc bằng dấu ngoặc kép',
    fix: 'thêm dấu " còn thiếu, hoặc mở tệp bằng Excel rồi lưu lại dạng "CSV UTF-8 (Comma delimited)"',
  }),
  'csv.width': (p: { cells: number; columns: number; delimiter: string; emptyTail?: number }): Parts => ({
    message: `dòng có ${p.cells} ô nhưng dòng tiêu đề có ${p.columns} cột${p.emptyTail ? ` (${p.emptyTail} ô cuối trống, và các ô trước đó đã bị lệch cột)` : ''}`,
    expected: `${p.columns} ô, cách nhau bằng dấu "${p.delimiter}"`,
    fix: `có thể một ô chứa dấu "${p.delimiter}" mà không đặt trong ngoặc kép, hoặc thừa/thiếu dấu phân cách; mở tệp bằng Excel, sửa các ô bị lệch cột rồi lưu lại`,
  }),
  'header.missing': (p: { name: string; header: string }): Parts => ({
    message: `thiếu cột bắt buộc "${p.name}", nên chưa kiểm tra các dòng của tệp này`,
    expected: `dòng tiêu đề: ${p.header}`,
    fix: `thêm cột "${p.name}" vào dòng tiêu đề (dòng 1), viết đúng như trên: chữ thường, không dấu`,
  }),
  'header.optional-missing': (p: { name: string; header: string }): Parts => ({
    message: `không có cột "${p.name}"; các ô của cột này được coi là để trống`,
    expected: `dòng tiêu đề: ${p.header}`,
    fix: `thêm cột "${p.name}" nếu cần ghi số liệu vào đó; nếu không thì có thể bỏ qua cảnh báo này`,
  }),
  'header.unknown': (p: { name: string; suggestion: string | null; header: string }): Parts => ({
    message: `cột "${p.name}" không có trong mẫu của tệp này`,
    expected: `các cột: ${p.header}`,
    fix: p.suggestion ? `có phải "${p.suggestion}"? Sửa tên cột cho đúng` : 'sửa tên cột cho đúng mẫu, hoặc xóa cột nếu là cột thêm vào',
  }),
  'header.duplicate': (p: { name: string; first: number; second: number }): Parts => ({
    message: `cột "${p.name}" xuất hiện hai lần (cột ${columnLetter(p.first)} và cột ${columnLetter(p.second)})`,
    expected: 'mỗi cột một lần',
    fix: 'xóa một trong hai cột (giữ cột có số liệu đúng)',
  }),
  'header.blank': (p: { position: number; header: string }): Parts => ({
    message: `cột ${columnLetter(p.position)} không có tên`,
    expected: `dòng tiêu đề: ${p.header}`,
    fix: 'đặt tên cột theo mẫu, hoặc xóa hẳn cột này (chọn cột trong Excel › Delete)',
  }),
  'cell.required': (p: { title: string; example: string | null; purpose?: string; allowed?: readonly Choice[] }): Parts => ({
    message: 'ô bắt buộc đang trống',
    // What the column is for, then the codes it takes (a code column) or an example.
    expected: `${p.title}${p.purpose ? ` — ${p.purpose.replace(/\.$/, '')}` : ''}${p.allowed ? `; một trong: ${choices(p.allowed)}` : p.example ? ` (ví dụ: ${p.example})` : ''}`,
    fix: 'điền giá trị cho ô này; nếu báo cáo không có số liệu này thì xóa cả dòng',
  }),
  'cell.formula': (p: { first: string }): Parts => ({
    message: `ô bắt đầu bằng "${p.first}" nên Excel sẽ coi là công thức (có thể chạy mã độc khi người khác mở tệp)`,
    expected: 'chữ hoặc số thuần, không phải công thức',
    fix: 'ghi kết quả thay cho công thức; nếu là chữ, bỏ ký tự "=", "+", "-" hoặc "@" ở đầu ô (ví dụ viết "Giảm 5%" thay cho "-5%")',
  }),
  'cell.invisible': (p: { kind: 'control' | 'bidi' | 'zero-width' | 'not-text'; character: string; position: number; before: string }): Parts => ({
    message:
      `ô chứa ${INVISIBLE_KIND[p.kind]} ${p.character} ở ký tự thứ ${p.position}` +
      (p.before ? ` (ngay sau "${p.before}")` : ' (ở đầu ô)') +
      '; ký tự này không nhìn thấy được nhưng làm hỏng ảnh, biểu đồ hoặc làm chữ hiển thị sai thứ tự',
    expected: 'chỉ chữ, số, dấu câu và dấu cách thường',
    fix: 'gõ lại ô này bằng tay (không dán từ trang web hay phần mềm khác), hoặc xóa ký tự ở vị trí đã nêu; trong Excel có thể dùng hàm CLEAN rồi dán lại dạng giá trị',
  }),
  'cell.html': (p: { tag: string }): Parts => ({
    message: `ô chứa mã HTML "${p.tag}", không được phép vì sẽ chạy trên trang web`,
    expected: 'chữ thường, không có thẻ <…>',
    fix: 'xóa phần nằm trong dấu < >',
  }),
  'number.text': (p: { format: 'integer' | 'decimal'; hint: 'percent' | 'spaces' | 'text' }): Parts => ({
    message: 'không phải là số',
    expected: NUMBER_EXPECTED[p.format],
    fix:
      p.hint === 'percent'
        ? 'bỏ dấu %, chỉ ghi con số (ví dụ 61,9); đơn vị ghi ở cột unit; chữ in kèm như "trên", "khoảng" giữ ở cột figure_text (ví dụ trên 45%)'
        : p.hint === 'spaces'
          ? 'bỏ khoảng trắng giữa các chữ số (ví dụ 80000)'
          : 'chỉ ghi con số (ví dụ 200); chữ báo cáo in kèm như "khoảng", "trên" giữ ở cột figure_text (ví dụ khoảng 200 người)',
  }),
  'number.ambiguous': (p: { separator: string; asInteger: number; decimalText: string; unambiguousDecimal: string }): Parts => ({
    message: `không rõ là ${decimalWords(p.decimalText)} hay ${p.asInteger}: dấu "${p.separator}" có thể là dấu thập phân hoặc dấu phân cách hàng nghìn`,
    expected: NUMBER_EXPECTED.decimal,
    fix: `viết ${p.asInteger} nếu là ${thousandsWords(p.asInteger)}, hoặc ${p.unambiguousDecimal} nếu là ${decimalWords(p.decimalText)}`,
  }),
  'number.malformed': (p: { format: 'integer' | 'decimal' }): Parts => ({
    message: 'cách viết số không hợp lệ (dấu chấm, dấu phẩy đặt sai chỗ)',
    expected: NUMBER_EXPECTED[p.format],
    fix: 'viết số thuần không có dấu phân cách hàng nghìn (ví dụ 130595); phần thập phân sau dấu phẩy (ví dụ 61,9)',
  }),
  'number.not-integer': (): Parts => ({
    message: 'không phải số nguyên',
    expected: NUMBER_EXPECTED.integer,
    fix: 'ghi số nguyên, không có phần lẻ; nếu báo cáo in số lẻ, kiểm tra lại có ghi nhầm cột không',
  }),
  'number.exponent': (): Parts => ({
    message: 'Excel đã đổi số sang dạng lũy thừa (E+), có thể đã mất chữ số',
    expected: NUMBER_EXPECTED.decimal,
    fix: 'trong Excel chọn cột, Format Cells › Number, gõ lại số đúng như báo cáo rồi lưu',
  }),
  'number.too-long': (): Parts => ({
    message: 'số có hơn 15 chữ số, không lưu chính xác được',
    expected: NUMBER_EXPECTED.decimal,
    fix: 'kiểm tra lại đơn vị: số tiền ghi theo triệu đồng',
  }),
  'number.min': (p: { min: number }): Parts => ({
    message:
      p.min === 0
        ? 'số âm không hợp lệ: số tiền, số lượng, tỷ lệ không thể nhỏ hơn 0'
        : `nhỏ hơn giá trị thấp nhất cho phép (${typable(p.min)})`,
    expected: `số từ ${typable(p.min)} trở lên`,
    fix: p.min === 0 ? 'bỏ dấu "-"; nếu báo cáo nêu một mức giảm, ghi số dương ở chỉ tiêu "giảm"' : 'kiểm tra lại con số với báo cáo',
  }),
  'number.max': (p: { max: number }): Parts => ({
    message: `lớn hơn giá trị cao nhất cho phép (${typable(p.max)})`,
    expected: `số không quá ${typable(p.max)}`,
    fix: 'kiểm tra lại con số và đơn vị với báo cáo (ví dụ tỷ lệ phần trăm không quá 100)',
  }),
  'date.invalid': (p: { serial?: string | null; shortYear?: string | null }): Parts => ({
    message: p.serial
      ? `không phải ngày tháng mà là số ngày Excel dùng để lưu ngày; có phải ${formatDate(p.serial)}?`
      : p.shortYear
        ? `năm chỉ có 2 chữ số; có phải ${formatDate(p.shortYear)}?`
        : 'không phải ngày tháng',
    expected: DATE_EXPECTED,
    fix: p.serial
      ? `định dạng ô là Text rồi gõ lại ngày ${formatDate(p.serial)} (hoặc viết ${p.serial})`
      : p.shortYear
        ? `ghi năm đủ 4 chữ số: ${formatDate(p.shortYear)}`
        : 'viết lại theo một trong các dạng trên; nếu Excel hiện một số (như 45247), định dạng ô là Text rồi gõ lại ngày',
  }),
  'date.impossible': (p: { reason: string }): Parts => ({
    message: `ngày không có thật: ${p.reason}`,
    expected: DATE_EXPECTED,
    fix: 'kiểm tra lại ngày trong báo cáo; với dạng 17/11/2023 thì ngày đứng trước, tháng đứng sau',
  }),
  'enum.invalid': (p: { allowed: readonly Choice[]; suggestion: Choice | null }): Parts => ({
    message: 'không phải giá trị cho phép',
    expected: `một trong: ${choices(p.allowed)}`,
    fix: p.suggestion
      ? `có phải "${p.suggestion.value}" (${p.suggestion.label})? Ghi đúng mã như trong danh sách`
      : 'ghi một mã trong danh sách (chữ thường, không dấu)',
  }),
  'cell.excel-month': (p: { month: string }): Parts => ({
    message: `Excel tiếng Anh đã đổi tháng ${p.month} thành chữ khi mở tệp CSV; có phải ${p.month}?`,
    expected: `tháng viết dạng ${p.month}`,
    fix: `gõ lại ${p.month} sẽ bị Excel đổi lần nữa: định dạng cả cột là Text (Format Cells › Text) rồi gõ lại ${p.month}, hoặc nhập vào tệp Excel mẫu (.xlsx) tải ở trang /cap-nhat/, nơi các ô ngày đã là Text`,
  }),
  'period.invalid': (p: { reason: string; forms: string }): Parts => ({
    message: `không phải một kỳ hợp lệ: ${p.reason}`,
    expected: `một trong các dạng: ${p.forms}`,
    fix: 'viết lại kỳ theo một trong các dạng trên, đúng như báo cáo ghi (năm gồm 4 chữ số)',
  }),
  'pattern.mismatch': (p: { description: string; example: string | null }): Parts => ({
    message: 'không đúng dạng mã',
    expected: p.example ? `${p.description} Ví dụ: ${p.example}` : p.description,
    fix: 'viết lại theo đúng dạng: chữ thường không dấu, số và dấu nối như ví dụ',
  }),
  'ref.unknown': (p: { noun: string; file: string; suggestion: Choice | null; own?: boolean }): Parts => ({
    message: `không có ${p.noun} này trong ${p.file}`,
    expected: `mã ${p.noun} có trong cột id của ${p.file}`,
    // A new report or area is as likely as a typo: both ways are said, the near code only as a question. A row whose
    // id begins with the report's code is that report's: only the missing report is said.
    fix: p.own
      ? `thêm dòng của báo cáo này vào ${p.file} (hoặc chọn cả tệp ${p.file} đã có dòng đó) rồi kiểm tra lại; mã dòng cho thấy đây là số liệu của báo cáo này, đừng đổi sang báo cáo khác`
      : p.suggestion
        ? `nếu là ${p.noun} mới, thêm ${p.noun} này vào ${p.file} trước; nếu gõ nhầm, có phải "${p.suggestion.value}" (${p.suggestion.label})?`
        : `sửa mã cho đúng, hoặc thêm ${p.noun} này vào ${p.file} trước`,
  }),
  'id.duplicate': (p: { firstLine: number; line: number }): Parts => ({
    message: `mã dòng này đã dùng ở dòng ${p.firstLine}`,
    expected: 'mỗi dòng một mã riêng',
    fix: `một trong hai dòng ${p.firstLine} và ${p.line} là dòng mới thêm (thường là dòng ${Math.max(p.firstLine, p.line)}): đổi mã của dòng đó, ví dụ tăng số cuối của mã lên cho đến khi chưa dòng nào dùng; không đổi mã của số đã công bố`,
  }),
  'key.duplicate': (p: { firstLine: number; line: number; key: string }): Parts => ({
    message: `số liệu này đã nhập ở dòng ${p.firstLine} (trùng ${p.key})`,
    expected: 'mỗi số liệu của một báo cáo chỉ nhập một lần',
    fix: `xóa một trong hai dòng ${p.firstLine} và ${p.line}; nếu là hai số liệu khác nhau thì sửa cột phân biệt chúng (ví dụ as_of: ngày tính số liệu)`,
  }),
  'rule.disbursed-exceeds': (p: { disbursed: number; base: number; baseLabel: string; baseLine: number }): Parts => ({
    message: `số đã giải ngân ${vi(p.disbursed)} lớn hơn ${p.baseLabel} ${vi(p.base)} ở dòng ${p.baseLine} (cùng báo cáo, địa bàn, năm vốn, nguồn vốn, loại vốn, dự án)`,
    expected: `không quá ${vi(p.base)} triệu đồng`,
    fix: 'đối chiếu hai số với báo cáo (nhầm cột, nhầm đơn vị, nhầm nguồn hay loại vốn?); nếu báo cáo in đúng như vậy, ghi figure_status = malformed và giải thích ở cột note',
  }),
  'rule.support-exceeds-count': (p: { persons: number; count: number; countLine: number }): Parts => ({
    message: `${vi(p.persons)} người được hỗ trợ, nhiều hơn số người có uy tín của địa bàn (${vi(p.count)} người, dòng ${p.countLine})`,
    expected: `không quá ${vi(p.count)} người, trừ khi báo cáo đếm lượt người`,
    fix: 'đối chiếu với báo cáo (nhầm số, nhầm địa bàn?); nếu báo cáo đếm lượt người (mỗi người nhiều lần), ghi chữ “lượt” ở figure_text như báo cáo in',
  }),
  'rule.unit': (p: { measure: string; wanted: Choice }): Parts => ({
    message: `đơn vị không hợp với chỉ tiêu "${p.measure}"`,
    expected: `${p.wanted.value} (${p.wanted.label})`,
    fix: `ghi unit = ${p.wanted.value}`,
  }),
  'rule.year-from-blank': (): Parts => ({
    message: 'tỷ lệ hộ nghèo (measure = rate) không có năm gốc',
    expected: 'ô trống',
    fix: 'xóa năm ở cột year_from; nếu đây là mức giảm, chọn measure = decrease_avg_per_year hoặc decrease_yoy',
  }),
  'rule.year-from-required': (): Parts => ({
    message: 'mức giảm cần năm gốc (year_from)',
    expected: 'năm gốc, ví dụ 2015 với "giảm bình quân từ 2015 đến 2020"',
    fix: 'điền năm gốc vào cột year_from',
  }),
  'rule.year-order': (p: { year: number }): Parts => ({
    message: `năm gốc phải trước năm ${p.year}`,
    expected: `năm trước ${p.year}`,
    fix: 'kiểm tra lại year_from và year (year_from là năm đầu, year là năm cuối)',
  }),
  'rule.ncut-empty': (): Parts => ({
    message: 'dòng không có số người, số lượng hay số tiền',
    expected: 'ít nhất một trong các cột persons, quantity, amount_mvnd',
    fix: 'điền số liệu của báo cáo vào cột tương ứng, hoặc xóa dòng',
  }),
  'rule.quantity-unit': (p: { missing: 'quantity' | 'quantity_unit' }): Parts =>
    p.missing === 'quantity_unit'
      ? {
          message: 'có số lượng nhưng chưa ghi đơn vị',
          expected: 'đơn vị ở cột quantity_unit',
          fix: 'ghi đơn vị vào cột quantity_unit',
        }
      : { message: 'có đơn vị nhưng không có số lượng', expected: 'số lượng ở cột quantity', fix: 'điền số lượng, hoặc xóa đơn vị' },
  'figure.mismatch': (p: { value: number; typed: string; column: string; printed: string; suggestion: number | null; delimiter: ',' | ';'; noNumber?: boolean }): Parts => {
    // «đã giải ngân hết (100%)» for 7.450 triệu đồng: the text quoted holds no number of this kind; the fix is in the quote.
    const quote = p.noNumber
      ? `. Đoạn chép ở figure_text không có con số nào là số liệu của cột này (một tỷ lệ % không phải số tiền hay số lượng): nếu đúng là ${vi(p.value)}, chép vào figure_text cả đoạn báo cáo có con số đó (ví dụ báo cáo in «vốn kéo dài 7.450 triệu đồng, đã giải ngân hết (100%)»: chép «7.450 triệu đồng, đã giải ngân hết (100%)», không chỉ «đã giải ngân hết (100%)»)`
      : '';
    const malformed = quote + '. Nếu chính báo cáo in sai, ghi figure_status = malformed và giải thích cách đọc ở cột note';
    // In a workbook a number cell reads as its plain digits ("0.315"); anything else was typed as text.
    const numberCell = /^-?\d+(\.\d+)?$/.test(p.typed) && String(Number(p.typed)) === p.typed;
    // «31,5%» typed in a cell: Excel formats it as a percentage and keeps 0,315, and keeps doing so when 31,5 is typed again.
    const percentCell = numberCell && p.suggestion !== null && Math.abs(p.value * 100 - p.suggestion) <= 1e-9 * Math.abs(p.suggestion);
    // The typed digits are the printed ones less one, or with one more: «thiếu» / «thừa» a digit.
    const typedDigits = p.typed.replace(/\D/g, '');
    const printedDigits = p.suggestion === null ? '' : String(Math.abs(p.suggestion)).replace(/\D/g, '');
    const oneApart = (short: string, long: string) => long.length === short.length + 1 && [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short);
    // Only between whole numbers typed without separators: 6190 for «61,9» is a decimal mark, not a digit.
    const whole = p.suggestion !== null && Number.isInteger(p.suggestion) && /^-?\d+$/.test(p.typed);
    const digitSlip = whole && typedDigits && printedDigits ? (oneApart(typedDigits, printedDigits) ? 'thiếu' : oneApart(printedDigits, typedDigits) ? 'thừa' : null) : null;
    return {
      message:
        `ô "${p.typed}" được đọc là ${vi(p.value)}, không khớp con số nào in trong báo cáo ("${p.printed}")` +
        (p.suggestion === null ? '' : `; có phải ${plainNumber(p.suggestion, p.delimiter)}?`),
      expected: 'giá trị bằng con số như in ở cột figure_text (quy đổi tỷ đồng, đồng ra triệu đồng nếu cần)',
      fix:
        // A digit dropped or doubled (6187 for 61.870, walk-through 31) is no matter of separators: said as it is.
        (digitSlip
          ? `có vẻ gõ ${digitSlip} một chữ số: gõ lại đúng như in, ${plainNumber(p.suggestion!, p.delimiter)}`
          : p.delimiter === ';'
            ? 'tệp này phân cách bằng dấu chấm phẩy (Excel tiếng Việt), nên dấu phẩy là dấu thập phân: viết 130595 cho một trăm ba mươi nghìn, 61,9 cho sáu mươi mốt phẩy chín — không gõ dấu chấm ngăn hàng nghìn'
            : 'tệp này phân cách bằng dấu phẩy, nên dấu chấm là dấu thập phân: 130.595 triệu đồng phải viết 130595 (không có dấu chấm), 61,9 viết 61.9') + malformed,
      inWorkbook: percentCell
        ? {
            message: `ô hiện ${vi(p.suggestion!)}% vì đang ở định dạng phần trăm: Excel lưu nó là ${vi(p.value)}, không khớp con số in trong báo cáo ("${p.printed}")`,
            fix: `chọn ô, Format Cells › Number (không phải Percentage), rồi gõ ${vi(p.suggestion!)}: cột này ghi con số phần trăm, không có dấu %; gõ lại mà chưa đổi định dạng thì Excel lại lưu ${vi(p.value)}` + malformed,
          }
        : {
            message:
              // «ô 2.765 được đọc là 2.765» says nothing: a number cell read as typed is named once (walk-through 27).
              (numberCell && Number(p.typed) === p.value ? `ô ${vi(p.value)} không khớp` : `ô ${numberCell ? vi(Number(p.typed)) : `"${p.typed}"`} được đọc là ${vi(p.value)}, không khớp`) +
              ` con số nào in trong báo cáo ("${p.printed}")` +
              // Say what to type, digits only: «78.560» in a text cell, and 512.340 retyped where Excel reads «.» as the
              // decimal point, give the same slip again (walk-throughs 13, 14).
              (p.suggestion === null ? '' : `; có phải ${vi(p.suggestion)}? (gõ ${plainNumber(p.suggestion, ';')}${numberCell ? '' : ' vào ô dạng số'})`),
            fix: (digitSlip ? `có vẻ gõ ${digitSlip} một chữ số: gõ lại đúng như in, ${plainNumber(p.suggestion!, ';')}` : numberCell ? WORKBOOK_NUMBER_FIX : WORKBOOK_TEXT_FIX) + malformed,
          },
    };
  },
  'figure.misprint-note': (): Parts => ({
    message: 'dòng được đánh dấu là số in sai (figure_status = malformed) nhưng chưa giải thích',
    expected: 'ở cột note: báo cáo in thế nào và đã đọc thành số nào',
    fix: 'ghi vào cột note, ví dụ: Số in sai định dạng (hai dấu phẩy); đọc là 46.929,385 triệu đồng',
  }),
  'series.continue': (p: { field: string; report: string; earlier: { value: string; line: number | null; id: string; figure: number | null }[] }): Parts => {
    const rows = p.earlier
      .map((e) => `${p.field} = ${e.value} (${e.line !== null ? `dòng ${e.line}, ` : ''}mã dòng ${e.id}${e.figure !== null ? `, số ${vi(e.figure)}` : ''})`)
      .join('; ');
    const suggested = p.earlier[0]!.value;
    return {
      message: `báo cáo trước ${p.report} đã ghi cùng con số này với ${rows}; ghi danh mục khác thì trang web coi đây là một dãy số riêng: số mới không thay số cũ ở trang tổng quan và không có "tăng/giảm so với báo cáo trước"`,
      expected: `${p.field} = ${suggested}, nếu báo cáo này nói tiếp về cùng danh mục như báo cáo ${p.report}`,
      fix: `ghi ${p.field} = ${suggested} như báo cáo trước (báo cáo không nói danh mục nào thì dùng danh mục của báo cáo gần nhất); chỉ giữ danh mục khác khi báo cáo nói rõ đó là một danh mục khác (ban đầu, sau điều chỉnh)`,
    };
  },
  'figure.estimate-word': (p: { printed: string; word: string }): Parts => ({
    message: `dòng là số ước tính (figure_status = estimate) nhưng đoạn chép ở figure_text ("${p.printed}") không có chữ «ước»: trang web sẽ ghi «${p.word} …», không có chữ «ước»`,
    expected: 'figure_text chép cả chữ «ước» như báo cáo in, ví dụ «ước đến cuối năm 2024 còn khoảng 2,4%»',
    fix: 'chép thêm chữ «ước» của báo cáo vào figure_text (trang sẽ ghi «ước khoảng …»); nếu báo cáo không gọi đây là số ước tính mà chỉ ghi «khoảng», «trên»… thì ghi figure_status = reported',
  }),
  'figure.qualifier-sibling': (p: { printed: string; value: number; other: string; otherPrinted: string; word: string }): Parts => ({
    message: `dòng ${p.other} của cùng báo cáo chép «${p.otherPrinted}», dòng này chỉ «${p.printed}», không có chữ «${p.word}»: trang web sẽ ghi số của dòng này là đúng ${vi(p.value)}, và đặt nó cạnh «${p.otherPrinted}»`,
    expected: `mỗi dòng chép cả chữ «${p.word}» mà câu báo cáo đặt trước con số, dù câu đó nói chung cho nhiều địa bàn (ví dụ «Các huyện Sơn Động, Lục Ngạn giải ngân đạt trên 45%» là hai dòng, cả hai «trên 45%»)`,
    fix: `chép lại figure_text của dòng này cùng chữ «${p.word}» như câu báo cáo in; nếu báo cáo in riêng con số này không có chữ đó thì để nguyên`,
  }),
  'indicator.new-code': (p: { indicator: string; similar: readonly { code: string; label: string; unit: string }[] }): Parts => {
    const offered = p.similar.map((c) => `${c.code} (${c.label}${c.unit ? `, đơn vị ${c.unit}` : ''})`).join('; ');
    return {
      message:
        `mã chỉ tiêu ${p.indicator} chưa có trong số liệu đang công bố: trang web sẽ coi đây là một chỉ tiêu mới, không nối với số của báo cáo trước` +
        (offered ? `; mã đã có gần giống: ${offered}` : ''),
      expected: 'mã của một chỉ tiêu đã có khi báo cáo nói về cùng chỉ tiêu, cùng đơn vị (danh sách mã ở trang /cap-nhat/ma/)',
      fix: offered
        ? `nếu là cùng chỉ tiêu và cùng đơn vị với một mã ở trên thì ghi mã đó; nếu là chỉ tiêu khác (ví dụ tỷ lệ % thay cho số hộ) thì giữ mã ${p.indicator}, không cần sửa`
        : `xem danh sách mã ở trang /cap-nhat/ma/; nếu là chỉ tiêu mới thật thì giữ mã ${p.indicator}, không cần sửa`,
    };
  },
  'rule.area-parent': (p: { level: 'province' | 'district' | 'commune'; kind: 'self' | 'province' | 'missing' }): Parts =>
    p.kind === 'self'
      ? {
          message: 'địa bàn ghi chính nó là cấp trên của nó',
          expected: p.level === 'commune' ? 'mã huyện của xã này' : 'mã tỉnh của huyện này',
          fix: p.level === 'province' ? 'để trống parent_id với tỉnh' : 'ghi vào parent_id mã địa bàn cấp trên (cột id của một dòng khác trong areas.csv)',
        }
      : p.kind === 'province'
        ? { message: 'tỉnh không có địa bàn cấp trên', expected: 'ô trống', fix: 'xóa parent_id của dòng tỉnh; nếu đây là huyện, sửa level = district' }
        : {
            message: p.level === 'commune' ? 'xã chưa ghi thuộc huyện (hay tỉnh) nào' : 'huyện chưa ghi thuộc tỉnh nào',
            expected: p.level === 'commune' ? 'mã huyện của xã, ví dụ bach-thong (hoặc mã tỉnh nơi không còn cấp huyện)' : 'mã tỉnh của huyện, ví dụ bac-giang',
            fix: 'điền parent_id là mã địa bàn cấp trên tại thời điểm báo cáo',
          },
  'rule.area-parent-level': (p: { level: 'district' | 'commune'; parentLevel: string; parent: string }): Parts => ({
    message: `${p.level === 'commune' ? 'xã' : 'huyện'} ghi thuộc ${p.parent}, nhưng ${p.parent} là ${p.parentLevel}`,
    expected: p.level === 'commune' ? 'mã một huyện (level = district), hoặc của tỉnh nơi không còn cấp huyện' : 'mã một tỉnh (level = province)',
    fix: `sửa parent_id cho đúng địa bàn cấp trên, hoặc sửa cột level của dòng này hay dòng ${p.parent}`,
  }),
  'rule.area-former': (p: { kind: 'not-commune' | 'same' | 'level'; level: string }): Parts =>
    p.kind === 'not-commune'
      ? { message: 'chỉ xã mới ghi huyện cũ (former_district_id)', expected: 'ô trống ở dòng tỉnh, huyện', fix: 'xóa ô former_district_id của dòng này' }
      : p.kind === 'same'
        ? { message: 'huyện cũ trùng với địa bàn cấp trên (parent_id)', expected: 'ô trống: xã vẫn thuộc huyện này', fix: 'xóa ô former_district_id; huyện cũ chỉ ghi cho xã thuộc thẳng tỉnh từ 1/7/2025' }
        : { message: `huyện cũ ghi mã một ${p.level}, không phải một huyện`, expected: 'mã một huyện (level = district) trong areas.csv', fix: 'ghi mã huyện mà xã thuộc trước 1/7/2025' },
  'rule.id-report': (p: { id: string; report: string; own: string }): Parts => ({
    message: `mã dòng ${p.id} không bắt đầu bằng mã báo cáo ${p.report} của cột report_id`,
    expected: `mã dòng = mã báo cáo + chữ cái của bảng + số thứ tự, ví dụ ${p.report}-f01`,
    fix:
      `nếu dòng này là số liệu của báo cáo ${p.own} (như mã dòng cho thấy), ghi report_id = ${p.own} và thêm báo cáo đó vào reports.csv nếu chưa có; ` +
      `nếu đúng là số liệu của báo cáo ${p.report}, đổi mã dòng thành ${p.report}-… với số chưa dùng (không đổi mã của số đã công bố)`,
  }),
  'rule.correction-unmatched': (p: { own: string; candidate: string | null; at: string | null }): Parts => ({
    message:
      `ghi chú bắt đầu bằng «Đính chính» nhưng không có con số nào của báo cáo trước cho cùng số liệu và cùng ngày: trang web sẽ coi dòng này là số mới ${figureDatePhrase(p.own)}, không phải một đính chính` +
      (p.candidate && p.at ? `; dòng ${p.candidate} ghi con số này ${figureDatePhrase(p.at)}` : ''),
    expected: 'as_of bằng ngày của con số được đính chính, các cột mô tả như dòng đó',
    fix:
      p.candidate && p.at
        ? `ghi as_of = ${p.at} (ngày của dòng ${p.candidate}; dòng cũ không ghi ngày thì đó là ngày của báo cáo của nó)`
        : 'chép các cột mô tả (địa bàn, năm vốn, nguồn, loại vốn, loại số liệu…) và as_of đúng như dòng được đính chính; báo cáo cũ chưa được nhập thì bỏ chữ «Đính chính» ở note',
  }),
  'series.plan-changed': (p: { report: string; before: number; now: number }): Parts => ({
    message: `báo cáo trước ${p.report} ghi kế hoạch này (cùng địa bàn, đợt, danh mục) có ${p.before} công trình, dòng này ghi ${p.now}: trang web sẽ thay ${p.before} bằng ${p.now}`,
    expected: 'cùng số kế hoạch, hoặc ghi rõ vì sao khác',
    fix: `nếu báo cáo nói về một danh mục khác thì ghi plan_version khác (original / revised); nếu báo cáo sửa số ${p.before} thì ghi note bắt đầu bằng «Đính chính…»; nếu kế hoạch thật sự đổi thì để nguyên`,
  }),
  'rule.commune-after-merger': (p: { district: string; districtId: string; province: string }): Parts => ({
    message: `xã này chỉ có số liệu của báo cáo từ 1/7/2025, khi không còn cấp huyện, mà vẫn ghi thuộc huyện ${p.district}`,
    expected: `parent_id là mã tỉnh${p.province ? ` (${p.province})` : ''}; huyện cũ ghi ở cột former_district_id`,
    fix: `ghi parent_id = ${p.province || 'mã tỉnh'} và former_district_id = ${p.districtId} (trang huyện ${p.district} vẫn liệt kê xã); xã đã có từ trước ngày đó thì giữ nguyên`,
  }),
  'rule.as-of-after-report': (p: { report: string; reportDate: string; swapped: string | null }): Parts => ({
    message:
      `ngày tính số liệu (as_of) sau ngày của báo cáo ${p.report} (${datePhrase(p.reportDate)}): một con số báo cáo nêu không thể tính đến một ngày chưa tới` +
      (p.swapped ? `; có phải ${formatDate(p.swapped)}? (Excel kiểu Mỹ đọc tháng trước ngày)` : ''),
    expected: `ngày không sau ${datePhrase(p.reportDate)}`,
    fix: p.swapped
      ? `gõ lại ngày ${formatDate(p.swapped)} trong ô định dạng Text (hoặc viết ${p.swapped}); nếu báo cáo ước tính đến ngày đó, ghi figure_status = estimate`
      : 'sửa ngày cho đúng như báo cáo in; nếu đó là số ước tính đến một ngày sau, ghi figure_status = estimate',
  }),
  'rule.report-id-date': (p: { inId: string; swapped: boolean }): Parts => ({
    message:
      `ngày ban hành khác ngày trong mã báo cáo (${formatDate(p.inId)})` + (p.swapped ? `; có phải ${formatDate(p.inId)}? (Excel kiểu Mỹ đọc tháng trước ngày)` : ''),
    expected: `ngày ${formatDate(p.inId)}, như trong mã báo cáo`,
    fix: p.swapped
      ? `gõ lại ngày ${formatDate(p.inId)} trong ô định dạng Text (hoặc viết ${p.inId})`
      : 'sửa date cho đúng ngày ban hành in trên báo cáo; nếu chính mã báo cáo đặt sai ngày (và báo cáo chưa được công bố), sửa mã báo cáo ở mọi tệp',
  }),
  'rule.period-order': (p: { start: string }): Parts => ({
    message: `kỳ báo cáo kết thúc trước khi bắt đầu (period_start = ${p.start})`,
    expected: 'period_end không trước period_start',
    fix: 'kiểm tra lại period_start và period_end',
  }),
  // ---- Published rows are kept unless withdrawn (src/data/published.ts) and files named for their table ----
  'published.removed': (p: { id: string; table: string; what: string }): Parts => ({
    message: `dòng ${p.id} đã được công bố (${p.what}) nhưng không còn trong tệp này`,
    expected: 'mọi dòng đã công bố vẫn còn trong tệp; chỉ bỏ một dòng khi đã quyết định rút lại nó',
    fix:
      `nếu xóa nhầm: hoàn tác trong Excel (Ctrl+Z) hoặc chép lại đúng dòng ${p.id} từ tệp đang công bố ở trang /cap-nhat/ (mục “Số liệu hiện có”) vào tệp này, rồi kiểm tra lại; ` +
      `nếu thật sự rút lại con số này: thêm một dòng vào withdrawals.csv (row_id = ${p.id}, table = ${p.table}, lý do, ngày, người quyết định)`,
  }),
  'published.note-cleared': (p: { id: string; table: string; column: string; before: string; kind: 'observation' | 'reference' | 'report' }): Parts => ({
    message:
      p.kind === 'report'
        ? `lưu ý chung cho mọi con số của báo cáo ${p.id} đã được công bố («${p.before}»), nay ô ${p.column} để trống: mọi con số của báo cáo này sẽ được in không kèm lưu ý đó`
        : `ghi chú của dòng ${p.id} (bảng ${p.table}) đã được công bố («${p.before}»), nay ô ${p.column} để trống: ${p.kind === 'observation' ? 'con số của dòng này sẽ được in không kèm ghi chú đó' : 'trang web sẽ không còn ghi chú đó'}`,
    expected: 'một ghi chú đã công bố chỉ bỏ đi khi nó sai hoặc không còn đúng',
    fix: `xóa nhầm thì chép lại ghi chú trên vào ô ${p.column} của dòng ${p.id}; cố ý bỏ (ghi chú sai) thì để trống, cảnh báo này không chặn việc công bố`,
  }),
  'published.correction-note': (p: { id: string; marked: boolean; before: string }): Parts =>
    p.marked
      ? {
          message: `ghi chú của dòng ${p.id} đã được công bố nay bắt đầu bằng «Đính chính»: trang web sẽ coi con số này là số đính chính một con số của báo cáo trước cho cùng thời điểm, và thôi nêu hai con số là chỗ chênh lệch giữa hai báo cáo`,
          expected: 'chỉ ghi «Đính chính» khi báo cáo của dòng này nói nó sửa số của báo cáo trước',
          fix: `không cố ý thì trả ghi chú về như cũ${p.before ? ` («${p.before}»)` : ' (trống)'}; báo cáo thật sự đính chính thì để vậy, cảnh báo này không chặn việc công bố`,
        }
      : {
          message: `ghi chú của dòng ${p.id} đã được công bố bắt đầu bằng «Đính chính» («${p.before}»), nay không còn: trang web sẽ thôi coi con số này là số đính chính của báo cáo trước, và nêu hai con số là chỗ chênh lệch giữa hai báo cáo`,
          expected: 'ghi chú của một dòng đính chính giữ hai chữ «Đính chính» ở đầu',
          fix: 'sửa lời ghi chú thì giữ «Đính chính» ở đầu; báo cáo thật sự không đính chính thì để vậy, cảnh báo này không chặn việc công bố',
        },
  'published.notes-cleared': (p: { file: string; count: number; ids: string[]; column: string }): Parts => ({
    message: `${p.count} ghi chú đã được công bố của ${p.file} (cột ${p.column}, ví dụ dòng ${p.ids.join(', ')}) nay để trống, hay cả cột đã mất: các con số đó sẽ được in không kèm ghi chú`,
    expected: 'một ghi chú đã công bố chỉ bỏ đi khi nó sai hoặc không còn đúng',
    fix: `nếu cột ${p.column} bị xóa hay bị dán đè nhầm: tải bảng đang công bố ở trang /cap-nhat/ (mục “Số liệu hiện có”), chép lại cột ${p.column} vào tệp này rồi kiểm tra lại; cố ý bỏ thì để vậy, cảnh báo này không chặn việc công bố`,
  }),
  'published.changed': (p: { id: string; table: string; before: string; after: string; reference?: boolean }): Parts =>
    p.reference
      ? {
          // A report, document, area or project: the figures and pages that name it show its new cells at once.
          message: `dòng ${p.id} đã được công bố (${p.before}); tệp này đổi thành ${p.after}`,
          expected: 'một dòng đã công bố giữ nguyên mọi cột trừ ghi chú (note), vì mọi con số và trang web dẫn đến nó sẽ đổi theo',
          fix:
            `sửa nhầm thì trả các ô đó về như cũ (giá trị “trước là” ở trên); ` +
            `văn bản gốc thật sự ghi khác (chép nhầm ngày, số hiệu, tên) thì giữ giá trị mới và thêm một dòng vào withdrawals.csv (row_id = ${p.id}, table = ${p.table}, lý do, ngày, người quyết định)`,
        }
      : {
          message: `dòng ${p.id} đã được công bố với ${p.before}; tệp này đổi thành ${p.after}`,
          expected: 'một dòng đã công bố giữ nguyên con số, báo cáo và các cột khóa; số liệu của báo cáo mới là một dòng mới với mã mới',
          fix:
            `nếu đây là số liệu của một báo cáo mới: trả dòng ${p.id} về như cũ và thêm một dòng mới với mã mới (ví dụ mã báo cáo mới + số thứ tự); ` +
            `nếu sửa lỗi chép số của chính dòng này: thêm một dòng vào withdrawals.csv (row_id = ${p.id}, table = ${p.table}, lý do, ngày, người quyết định)`,
        },
  'published.withdrawal-removed': (p: { id: string; table: string; date: string; reason: string }): Parts => ({
    message: `quyết định rút lại dòng ${p.id} (bảng ${p.table}, ${datePhrase(p.date)}, lý do “${p.reason}”) đã được công bố nhưng không còn trong withdrawals.csv`,
    expected: 'mọi hàng đã công bố của withdrawals.csv giữ nguyên mãi: đó là hồ sơ công khai của những gì đã rút lại, vì sao và ai quyết định',
    fix: `trả lại hàng đó (tải withdrawals.csv đang công bố ở trang /cap-nhat/, mục “Số liệu hiện có”, rồi thêm hàng mới vào cuối); quyết định sau khác quyết định trước thì ghi một hàng mới với ngày mới, không xóa hàng cũ`,
  }),
  'published.withdrawal-changed': (p: { id: string; table: string; date: string; after: string }): Parts => ({
    message: `quyết định rút lại dòng ${p.id} (bảng ${p.table}, ${datePhrase(p.date)}) đã được công bố; tệp này đổi thành ${p.after}`,
    expected: 'một hàng đã công bố của withdrawals.csv giữ nguyên lý do và người quyết định',
    fix: 'trả các ô đó về như cũ (giá trị “trước là” ở trên); cần ghi lại hay đính chính thì thêm một hàng mới (ngày mới) nói rõ điều đính chính, không sửa hàng cũ',
  }),
  'published.withdrawal-unknown': (p: { id: string; table: string }): Parts => ({
    message: `hàng này của withdrawals.csv rút lại dòng ${p.id} của bảng ${p.table}, nhưng bảng đó chưa công bố dòng nào có mã này`,
    expected: 'mã dòng (row_id) và bảng (table) của một dòng đã công bố (cột “Mã dòng” ở trang báo cáo)',
    fix: `chép lại đúng mã dòng từ trang báo cáo (mỗi dòng số liệu có “Mã dòng”) và tên bảng; dòng mới chưa công bố thì sửa thẳng trong tệp, không cần withdrawals.csv`,
  }),
  'published.withdrawal-other-report': (p: { id: string }): Parts => ({
    message: `lý do rút lại dòng ${p.id} nhắc tới một báo cáo khác hay một lần đính chính: sửa dòng cũ sẽ làm trang web trích sai báo cáo cũ`,
    expected: 'rút lại chỉ để sửa chỗ chính văn phòng chép nhầm từ báo cáo của dòng đó',
    fix: 'nếu một báo cáo sau nêu số khác cho cùng thời điểm: giữ nguyên dòng cũ như báo cáo cũ in, bỏ hàng rút lại này, và thêm dòng của báo cáo sau với ghi chú bắt đầu bằng «Đính chính»',
  }),
  'published.withdrawal-rewrites': (p: { id: string }): Parts => ({
    message: `dòng ${p.id} vẫn còn nhưng đã được sửa, và lý do rút lại nhắc tới một báo cáo khác hay một lần đính chính: trang web sẽ trích báo cáo cũ với con số của báo cáo sau`,
    expected: 'dòng cũ giữ nguyên như báo cáo cũ in; số mới là một dòng của báo cáo sau',
    fix: `trả dòng ${p.id} về như cũ (chép lại từ bảng đang công bố ở /cap-nhat/du-lieu/), bỏ hàng này khỏi withdrawals.csv, và thêm dòng của báo cáo sau với note bắt đầu bằng «Đính chính»; nếu văn phòng chép nhầm từ chính báo cáo cũ thì lý do chỉ ghi chỗ chép nhầm, không nhắc báo cáo khác`,
  }),
  'published.withdrawal-unchanged': (p: { id: string; table: string }): Parts => ({
    message: `hàng này của withdrawals.csv rút lại (hoặc sửa) dòng ${p.id} của bảng ${p.table}, nhưng dòng đó vẫn như đã công bố`,
    expected: 'mỗi hàng mới của withdrawals.csv đi cùng việc xóa hoặc sửa dòng đó trong bảng của nó, trong cùng lần tải lên',
    fix: `chọn cả tệp ${p.table}.csv đã sửa (hoặc đã xóa dòng ${p.id}) cùng withdrawals.csv; không sửa gì thì bỏ hàng này khỏi withdrawals.csv — trang web sẽ công bố nó như một lần sửa`,
  }),
  'published.shrunk': (p: { file: string; rows: number; published: number; missing: number }): Parts => ({
    message: `tệp ${p.file} có ${vi(p.rows)} dòng, bản đã công bố có ${vi(p.published)} dòng: ${vi(p.missing)} dòng đã công bố không còn trong tệp (có thể tệp được làm từ tệp mẫu trống, chỉ có các dòng mới)`,
    expected: 'tệp gồm mọi dòng đã công bố và các dòng mới thêm vào cuối',
    fix: 'tải tệp đang công bố ở trang /cap-nhat/ (mục “Số liệu hiện có”), chép các dòng mới vào cuối tệp đó rồi kiểm tra lại; không thay cả bảng bằng tệp mẫu',
  }),
  'published.cited': (p: { id: string; articles: readonly string[] }): Parts => ({
    message: `dòng ${p.id} được ghi rút lại trong withdrawals.csv, nhưng ${p.articles.join(', ')} trên trang web vẫn trích dẫn con số này`,
    expected: 'một con số mà bài viết trích dẫn chỉ được rút lại sau khi bài viết đã được sửa',
    fix: `tạm giữ dòng ${p.id} trong tệp (và bỏ dòng của nó trong withdrawals.csv), báo bộ phận kỹ thuật sửa bài viết; khi bài viết không còn trích dẫn con số này thì mới rút lại`,
  }),
  'row.example': (p: { prefix: string }): Parts => ({
    message: `đây là dòng ví dụ của tệp mẫu (mã bắt đầu bằng "${p.prefix}"), không phải số liệu của báo cáo`,
    expected: 'chỉ các dòng chép từ báo cáo, mỗi dòng một mã thật',
    fix: `xóa dòng này, hoặc sửa thành số liệu thật với mã mới không bắt đầu bằng ${p.prefix}`,
  }),
  'file.unknown': (p: { files: readonly string[]; suggestion: string | null }): Parts => ({
    message: p.suggestion
      ? `tên tệp này không phải tên của bảng nào: trong thư mục data/ tệp sẽ bị bỏ qua và số liệu trong đó không được công bố (trang kiểm tra đọc nó như ${p.suggestion})`
      : 'tên tệp này không phải tên của bảng nào, nên số liệu trong tệp sẽ không được dùng',
    expected: `tên tệp đúng bằng tên bảng: ${p.files.join(', ')}`,
    fix: p.suggestion
      ? `đổi tên thành ${p.suggestion} (trình duyệt thường thêm “ (1)” khi tải về lần thứ hai) rồi kiểm tra lại; khi đã “Không có lỗi”, tải lên thư mục data/ tệp CSV dạng chuẩn mà trang kiểm tra đưa ra (${p.suggestion.replace(/\.xlsx$/, '.csv')}, cùng tên với tệp đang có để thay nó), kể cả khi mình làm trên tệp Excel; tệp tên sai đã lỡ tải lên data/ thì xóa nó`
      : 'đổi tên tệp thành tên một bảng ở trên, hoặc xóa tệp khỏi thư mục data/ nếu không phải số liệu',
  }),
} satisfies Record<string, (p: never) => Parts>;

type Templates = typeof TEMPLATES;
export type Code = keyof Templates;
type ParamsOf<C extends Code> = Parameters<Templates[C]> extends [infer P] ? P : Record<never, never>;

/** What went wrong, without saying where: normalise and validate produce these. */
export type Problem = { [C in Code]: { code: C } & ParamsOf<C> }[Code];

const WARNINGS: ReadonlySet<Code> = new Set(['header.optional-missing', 'file.not-canonical', 'file.both', 'series.continue', 'rule.support-exceeds-count', 'published.withdrawal-other-report', 'rule.commune-after-merger', 'series.plan-changed', 'rule.correction-unmatched', 'indicator.new-code', 'figure.estimate-word', 'figure.qualifier-sibling', 'published.note-cleared', 'published.notes-cleared', 'published.correction-note']);

/** Whether a problem blocks publishing (an error) or only asks to be looked at (a warning); the staff guide says the same. */
export const severityOf = (code: Code): Severity => (WARNINGS.has(code) ? 'warning' : 'error');

/** Puts a problem in its place and in words. */
export function issue(problem: Problem, where: Where): Issue {
  const parts = (TEMPLATES[problem.code] as (p: Problem) => Parts)(problem);
  // The cell is quoted with its invisible characters written out: an ESC must not reach a terminal as one.
  const value = where.value === null ? null : showUnsafe(where.value);
  return { ...where, value, code: problem.code, severity: severityOf(problem.code), ...parts };
}

// ---- Discrepancies found in the sources (not errors) ---------------------------

export interface FigureRef {
  label: string;
  value: number;
}

/** "43.311,406 triệu đồng", "18,74%": a number with its unit's words (none when not known). */
const withUnit = (value: number, unit: string | undefined) => (!unit ? vi(value) : unit === '%' ? `${vi(value)}%` : `${vi(value)} ${unit}`);

const sum = (parts: readonly FigureRef[]) => parts.map((p) => `${p.label} ${vi(p.value)}`).join(' + ');

/** How a stated figure that is only slightly off came about. */
type Minor = 'rounding' | 'truncation' | null;
const MINOR: Record<Exclude<Minor, null>, string> = {
  rounding: ' (chênh lệch nhỏ do làm tròn).',
  truncation: ' (báo cáo cắt bớt chữ số thay vì làm tròn).',
};
const ending = (minor: Minor) => (minor ? MINOR[minor] : '.');

/** Sentences for reconcile.ts; `source` is e.g. 'Báo cáo bg-2023-11-17 (mục 3.1.2)'. */
export const DISCREPANCY = {
  parts: (p: { source: string; total: FigureRef; parts: readonly FigureRef[]; partsSum: number; unit: string }) =>
    `${p.source} nêu ${p.total.label} là ${vi(p.total.value)} ${p.unit}, nhưng các phần (${sum(p.parts)}) cộng lại là ${vi(p.partsSum)} ${p.unit}; chênh lệch ${vi(Math.abs(p.partsSum - p.total.value))} ${p.unit}.`,
  atMost: (p: { source: string; parts: readonly FigureRef[]; partsSum: number; bound: FigureRef; unit: string }) =>
    `${p.source}: ${sum(p.parts)}${p.parts.length > 1 ? ` = ${vi(p.partsSum)}` : ''} ${p.unit}, nhiều hơn ${p.bound.label} (${vi(p.bound.value)} ${p.unit}).`,
  /** A stated rate (`what`: "tỷ lệ giải ngân", an indicator's name) against the figures it is computed from. */
  rate: (p: { source: string; what: string; stated: string; numerator: FigureRef; denominator: FigureRef; computed: number; minor: Minor }) =>
    `${p.source} nêu ${p.what} ${p.stated}, nhưng ${p.numerator.label} ${vi(p.numerator.value)} / ${p.denominator.label} ${vi(p.denominator.value)} = ${vi(p.computed)}%` +
    ending(p.minor),
  /** A year-on-year change in percent against this year's figure and the change printed beside it. */
  yoy: (p: { source: string; what: string; stated: string; now: number; change: number; computed: number; minor: Minor }) =>
    `${p.source} nêu ${p.what} ${p.stated} so với cùng kỳ, nhưng thay đổi ${vi(p.change)} trên số cùng kỳ ${vi(p.now - p.change)} (= ${vi(p.now)} − ${vi(p.change)}) là ${vi(p.computed)}%` +
    ending(p.minor),
  /** "8614/8698 = 99,03%": a percentage printed with its operands. */
  printedRatio: (p: { source: string; stated: string; numerator: number; denominator: number; computed: number; minor: Minor }) =>
    `${p.source} in "${p.stated}", nhưng ${vi(p.numerator)} / ${vi(p.denominator)} = ${vi(p.computed)}%` + ending(p.minor),
  povertyDecrease: (p: {
    source: string;
    stated: string;
    from: FigureRef;
    to: FigureRef;
    years: number;
    computed: number;
    perYear: boolean;
    minor: Minor;
  }) =>
    `${p.source} nêu mức giảm${p.perYear ? ' bình quân' : ''} ${p.stated}, nhưng tỷ lệ hộ nghèo từ ${vi(p.from.value)}% (${p.from.label}) xuống ${vi(p.to.value)}% (${p.to.label})` +
    (p.perYear
      ? ` trong ${p.years} năm là giảm bình quân ${vi(p.computed)} điểm phần trăm/năm`
      : ` là giảm ${vi(p.computed)} điểm phần trăm`) +
    ending(p.minor),
  repeat: (p: { what: string; first: { source: string; value: number }; other: { source: string; value: number }; unit?: string }) =>
    `Cùng một số liệu (${p.what}): ${p.first.source} ghi ${withUnit(p.first.value, p.unit)}, ${p.other.source} ghi ${withUnit(p.other.value, p.unit)}.`,
  /** A later report that says (in its row's note, as the guide asks) it corrects an earlier report's figure for the same date. */
  correction: (p: { what: string; earlier: { source: string; value: number }; later: { source: string; value: number }; unit?: string }) =>
    `${p.later.source} đính chính một số liệu của ${p.earlier.source.replace(/^Báo cáo/, 'báo cáo')} (${p.what}): báo cáo trước ghi ${withUnit(p.earlier.value, p.unit)}, báo cáo sau ghi ${withUnit(p.later.value, p.unit)}; trang dùng số của báo cáo sau.`,
  malformed: (p: { source: string; figureText: string; value: number; note: string | null }) =>
    `${p.source} in con số sai định dạng "${p.figureText}"; đã đọc là ${vi(p.value)}${p.note ? ` (${p.note})` : ''}.`,
  /** "bằng 100,7% so với cùng kỳ": a level ratio against this year's figure over last year's, rebuilt from the printed changes. */
  yoyRatio: (p: { source: string; what: string; stated: string; now: number; before: number; changes: readonly FigureRef[]; computed: number; minor: Minor }) =>
    `${p.source} nêu ${p.what} ${p.stated}, nhưng số cùng kỳ suy từ thay đổi in kèm (${p.changes.map((c) => `${c.label} ${vi(c.value)}`).join('; ')}) là ${vi(p.before)}, nên ${vi(p.now)} / ${vi(p.before)} = ${vi(p.computed)}%` +
    ending(p.minor),
  /** "272/281 …, đạt 96,7%": a share stated beside the part and whole it is printed with. */
  share: (p: { source: string; what: string; stated: string; printed: string; part: number; whole: number; computed: number; minor: Minor }) =>
    `${p.source} nêu ${p.what} ${p.stated}, nhưng con số in kèm “${p.printed}” cho ${vi(p.part)} / ${vi(p.whole)} = ${vi(p.computed)}%` + ending(p.minor),
  /** A school year printed in a figure's text other than the one the row is recorded for. */
  printedPeriod: (p: { source: string; printed: string; schoolYear: string; recorded: string }) =>
    `${p.source} in “${p.printed}” (năm học ${p.schoolYear}), nhưng theo mạch của báo cáo con số thuộc kỳ ${p.recorded}; có thể in nhầm năm học (xem ghi chú của dòng).`,
  /** A total whose parts leave out an area the same report names for the same programme. */
  districtGap: (p: { source: string; total: FigureRef; parts: readonly FigureRef[]; partsSum: number; unit: string; missing: readonly string[]; program: string }) =>
    `${p.source} nêu ${p.total.label} là ${vi(p.total.value)} ${p.unit}; các huyện có ghi số (${sum(p.parts)}) cộng lại là ${vi(p.partsSum)} ${p.unit}, thiếu ${vi(p.total.value - p.partsSum)} ${p.unit}. Cùng báo cáo có nêu huyện ${p.missing.join(', ')} trong ${p.program} nhưng không ghi số của ${p.missing.length > 1 ? 'các huyện này' : 'huyện này'}.`,
  /** The same funds: allocated (one section) more than assigned (another section of the same report). */
  allocatedExceeds: (p: { what: string; allocated: { source: string; value: number; text: string }; assigned: { source: string; value: number; text: string } }) =>
    `Cùng một khoản vốn (${p.what}): ${p.allocated.source} ghi vốn đã phân bổ “${p.allocated.text}” (${vi(p.allocated.value)} triệu đồng), nhiều hơn vốn giao “${p.assigned.text}” (${vi(p.assigned.value)} triệu đồng) mà ${p.assigned.source} ghi; không thể phân bổ nhiều hơn số được giao.`,
  /** One report giving the same plan's count by two lists (the original and the revised one). */
  planVersions: (p: { report: string; what: string; first: { section: string; list: string; value: number }; other: { section: string; list: string; value: number } }) =>
    `Báo cáo ${p.report} nêu ${p.what} theo hai danh mục khác nhau: ${vi(p.first.value)} (mục ${p.first.section}, ${p.first.list}) và ${vi(p.other.value)} (mục ${p.other.section}, ${p.other.list}); người đọc phải tự tìm con số nào là hiện hành.`,
  /** One name of a group of communes standing for two different lists of communes. */
  communeLists: (p: { report: string; group: string; lists: readonly { section: string; list: string; communes: number | null }[] }) =>
    `Báo cáo ${p.report} dùng cùng một tên nhóm “${p.group}” cho ${p.lists.length} danh sách xã khác nhau (danh sách ghi theo báo cáo hoặc suy từ năm số liệu, xem ghi chú của dòng): ${p.lists
      .map((l) => `danh sách giai đoạn ${l.list}${l.communes === null ? '' : `, ${vi(l.communes)} xã`} (mục ${l.section})`)
      .join('; ')}. Tỷ lệ hộ nghèo của các nhóm này không so sánh hay nối với nhau được.`,
  /** A group's number of communes in an indicator against the communes a poverty figure of the group counts. */
  communeCounts: (p: { report: string; group: string; indicator: { section: string; label: string; value: number }; poverty: { section: string; value: number } }) =>
    `Báo cáo ${p.report} nói về “${p.group}” với hai số xã khác nhau: ${vi(p.indicator.value)} xã (mục ${p.indicator.section}, ${p.indicator.label.charAt(0).toLowerCase() + p.indicator.label.slice(1)}) và ${vi(p.poverty.value)} xã (mục ${p.poverty.section}, tỷ lệ hộ nghèo); hai con số nói về hai tập hợp xã khác nhau dưới cùng một tên.`,
  /** A document cited with a date after the citing report's own. */
  documentLater: (p: { source: string; doc: string; printed: string; reportDate: string }) =>
    `${p.source} dẫn ${p.doc} “${p.printed}”, sau ngày của chính báo cáo (${p.reportDate}); có thể in nhầm năm.`,
  /** The same document cited with two different dates. */
  documentDates: (p: { doc: string; odd: { source: string; printed: string }; usual: { source: string; printed: string; times: number } }) =>
    `${p.doc} được dẫn với ngày khác nhau: ${p.odd.source} ghi “${p.odd.printed}”, trong khi ${p.usual.source}${p.usual.times > 1 ? ` và ${p.usual.times - 1} chỗ khác` : ''} ghi “${p.usual.printed}”.`,
  /** A document the report counts as its period's work, dated long before the period. */
  documentBeforePeriod: (p: { source: string; doc: string; printed: string; period: string }) =>
    `${p.source} kể ${p.doc} “${p.printed}” là việc làm trong kỳ báo cáo (${p.period}), nhưng ngày in sớm hơn đầu kỳ hơn một kỳ báo cáo; có thể in nhầm năm.`,
  /** A later report giving the same figure as of an earlier date, with another value. */
  staleLater: (p: { what: string; first: { source: string; value: number; at: string }; later: { source: string; value: number; at: string } }) =>
    `Cùng một số liệu (${p.what}): ${p.first.source} ghi ${vi(p.first.value)} tính đến ${formatDate(p.first.at)}; ${p.later.source}, ban hành sau, lại ghi ${vi(p.later.value)} tính đến ${formatDate(p.later.at)}, một ngày sớm hơn, mà không giải thích.`,
  /** A running total that is smaller at a later date. */
  runningShrinks: (p: { what: string; first: { source: string; value: number; at: string }; later: { source: string; value: number; at: string } }) =>
    `Số cộng dồn giảm đi (${p.what}): ${p.first.source} ghi ${vi(p.first.value)} tính đến ${formatDate(p.first.at)}, ${p.later.source} ghi ${vi(p.later.value)} tính đến ${formatDate(p.later.at)}; số cộng dồn không thể nhỏ đi theo thời gian.`,
  source: (report: string, section: string) => `Báo cáo ${report} (mục ${section})`,
  misprintInvolved: (rowIds: readonly string[]) =>
    `Trong các số trên có số báo cáo in sai (mã dòng ${rowIds.join(', ')}; xem ghi chú của dòng), có thể là nguyên nhân.`,
};

/** How each kind of finding is named on the data-quality page and in the check's report. */
export type DiscrepancySeverity = 'rounding' | 'truncation' | 'discrepancy' | 'source-error' | 'correction';

export const SEVERITY_LABEL: Record<DiscrepancySeverity, string> = {
  rounding: 'làm tròn',
  truncation: 'cắt bớt chữ số',
  discrepancy: 'chênh lệch',
  'source-error': 'lỗi trong báo cáo',
  correction: 'đính chính',
};

/** The order findings are listed in: what a reader must weigh first. */
export const SEVERITY_ORDER: Record<DiscrepancySeverity, number> = { discrepancy: 0, 'source-error': 1, correction: 2, truncation: 3, rounding: 4 };

// ---- Nothing published to compare with (published-git.ts) ----------------------

/**
 * Why `npm run check` had nothing published to compare with (published-git.ts): git is not installed; the
 * data folder is not in a repository; the clone holds only its last commit (CI's default); the repository
 * has no commit before this one.
 */
export type NotCompared = 'no-git' | 'no-repository' | 'shallow' | 'first-commit';

/** Why `npm run check` could not compare with the published rows, and what to do, in staff words. */
export function notComparedText(reason: NotCompared): { headline: string; why: string; fix: string } {
  const why = {
    'no-git': 'máy này không có chương trình git, nên không đọc được bản đang công bố',
    'no-repository': 'thư mục dữ liệu không nằm trong một kho git (ví dụ một bản chép hoặc tệp ZIP), nên không có bản đang công bố để so',
    shallow: 'bản sao của kho chỉ có lần ghi mới nhất (clone nông), không có lần ghi trước để biết số liệu đang công bố',
    'first-commit': 'kho chưa có lần ghi nào trước lần này, nên chưa có số liệu nào được công bố để so',
  }[reason];
  const fix = {
    'no-git': 'kiểm tra ở trang /cap-nhat/ (luôn so với số liệu đang công bố), hoặc nhờ bộ phận kỹ thuật cài git',
    'no-repository': 'kiểm tra ở trang /cap-nhat/ (luôn so với số liệu đang công bố), hoặc chạy npm run check trong bản sao đầy đủ của kho',
    shallow: 'cho máy chủ lấy toàn bộ lịch sử của kho (GitHub Actions: fetch-depth: 0 ở bước actions/checkout; GitLab: biến GIT_DEPTH = 0); trên máy: git fetch --unshallow',
    'first-commit': 'không cần làm gì nếu đây là lần công bố đầu tiên; nếu không, kho đã bị tạo lại: báo bộ phận kỹ thuật',
  }[reason];
  return {
    headline: 'CẢNH BÁO: lần kiểm tra này KHÔNG so được với số liệu đang công bố — một dòng đã công bố bị xóa hay bị sửa sẽ không bị phát hiện',
    why,
    fix,
  };
}

// ---- The checker itself failed (not the data) ----------------------------------

/** A crash, a missing package, a code error: never the staff's data. */
export function programError(error: unknown, step: string): string {
  const technical = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return [
    `Lỗi chương trình khi ${step} — đây không phải lỗi dữ liệu, các tệp CSV không cần sửa.`,
    'Hãy báo cho bộ phận kỹ thuật, gửi kèm toàn bộ thông báo dưới đây:',
    technical,
  ].join('\n');
}
