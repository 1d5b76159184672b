/**
 * README.md of the zip, in Vietnamese then English: what each file is, the
 * columns and units, the rule for the current figure (src/data/current.ts), the
 * licence and how to cite. Generated from the definitions like everything else.
 */
import { UNITS, type TableDef } from '../data/define.ts';
import type { Tables } from '../data/load.ts';
import { TABLES } from '../data/tables/index.ts';
import { formatDate } from '../core/format.ts';
import { publishedColumns, SUM_GROUP_FIELD, sumExampleText } from './columns.ts';
import { funding } from '../data/tables/index.ts';
import { LICENCE, LIMITS, PACKAGE_NAME, PACKAGE_TITLE, PUBLISHER } from './meta.ts';

export interface ReadmeOptions {
  /** ISO date of the data's last change. */
  updated: string;
  /** Absolute URL of the data page, when known. */
  pageUrl?: string;
  /** Names of the files in the zip. */
  files: readonly string[];
  /** The frozen version the data is (src/publish/versions.ts): its id and address, cited instead of the data page. */
  version?: { id: string; url: string };
}

const CURRENT_RULE = {
  vi: 'Cùng một con số có thể được nhiều báo cáo nêu. Một "quan sát" là khoá của bảng trừ `report_id` và `as_of` (cùng địa bàn, chương trình, năm vốn, nguồn vốn, loại vốn, dự án, đợt, chỉ tiêu…). Trong các dòng của một quan sát, trang web dùng dòng có `as_of` muộn nhất (dòng không có `as_of` tính theo ngày của báo cáo; ngày chỉ có tháng hoặc năm tính theo ngày cuối); nếu bằng ngày, dòng của báo cáo ban hành sau được dùng. Vì vậy một con số được nhắc lại chỉ tính một lần, một đợt vốn (`tranche`) không bị coi là tổng của cả năm vốn, vốn chuyển nguồn không phải vốn năm hiện tại, và tỷ lệ hộ nghèo theo các chuẩn nghèo hoặc danh sách xã khác nhau là các chuỗi riêng. Số của các địa bàn chỉ được cộng trong cùng một cấp của một tỉnh. Các tệp tải về chứa mọi dòng, kể cả các dòng đã được thay thế: hãy áp dụng quy tắc này trước khi cộng.',
  en: 'The same figure may be printed by several reports. An observation is a table\'s key without `report_id` and `as_of` (same area, programme, fund year, budget source, capital type, project, tranche, measure…). Among its rows the site shows the one with the latest `as_of` (a row without `as_of` counts at its report\'s date; partial dates at their last day), and at equal dates the later report\'s. A repeated figure is therefore counted once, a tranche is never taken for its fund\'s total, a carry-over is not the current year, and poverty rates under different poverty standards or commune lists are different series. Figures of areas are added only within one level of one province. The downloads contain every row, superseded ones included: apply this rule before adding anything up.',
};

function columnsTable(def: TableDef, tables: Tables, lang: 'vi' | 'en'): string {
  const head = lang === 'vi' ? '| cột | tên | ý nghĩa |\n|---|---|---|' : '| column | title | meaning |\n|---|---|---|';
  const rows = publishedColumns(def, tables).map((c) => `| \`${c.name}\` | ${c.title[lang]} | ${c.description[lang].replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
  return [head, ...rows].join('\n');
}

export function readme(tables: Tables, options: ReadmeOptions): string {
  const date = formatDate(options.updated.slice(0, 10));
  const where = options.pageUrl ?? '/du-lieu/';
  const units = Object.entries(UNITS);
  const example = sumExampleText(funding, tables);
  return [
    `# ${PACKAGE_TITLE.vi}`,
    '',
    `Cập nhật số liệu: ${date}. Trang dữ liệu: ${where}`,
    '',
    '## Tiếng Việt',
    '',
    'Mỗi bảng có ba dạng: `.csv` (UTF-8 có BOM, dấu phẩy phân cách, dấu chấm thập phân — chuẩn cho phần mềm thống kê), `.json` và `.xlsx` (mở trực tiếp bằng Excel, số là số, có trang mô tả các cột và nguồn). Với Excel trên Windows tiếng Việt, hãy mở tệp `.xlsx`: Excel đọc `.csv` theo dấu phân cách của máy. Một bảng rất lớn (trên ' + LIMITS.xlsxRows.toLocaleString('vi-VN') + ' dòng) không có `.xlsx`, trên ' + LIMITS.jsonRows.toLocaleString('vi-VN') + ' dòng không có `.json`; bảng vượt giới hạn dòng của Excel được tách thêm theo tỉnh trên trang Dữ liệu. `datapackage.json` mô tả gói theo chuẩn Frictionless Data Package v2 (kiểu, ràng buộc, khoá, mã băm của từng tệp).',
    '',
    'Mỗi dòng quan sát ghi báo cáo nguồn (`report_id`), mục trong báo cáo (`section`) và nguyên văn con số như in (`figure_text`). Mỗi cột mã có thêm cột `…_label` ghi tên tiếng Việt.',
    '',
    '### Quy tắc số liệu hiện hành',
    '',
    CURRENT_RULE.vi,
    '',
    '### Cộng các dòng',
    '',
    `Cột \`${SUM_GROUP_FIELD.name}\` (${SUM_GROUP_FIELD.title.vi}) của mỗi bảng quan sát: ${SUM_GROUP_FIELD.description.vi}`,
    ...(example ? ['', example.vi] : []),
    '',
    '### Đơn vị',
    '',
    units.map(([code, t]) => `\`${code}\` = ${t.vi}`).join('; ') + '.',
    '',
    '### Giấy phép và trích dẫn',
    '',
    `${LICENCE.text.vi} ${LICENCE.path}`,
    '',
    `Trích dẫn: ${PUBLISHER.vi}, "${PACKAGE_TITLE.vi}", ${options.version ? `phiên bản số liệu ${options.version.id} (ngày ${date}), ${options.version.url}` : `cập nhật ${date}, ${where}`} (truy cập ngày …). Khi dùng một con số, hãy nêu cả báo cáo nguồn của nó (bảng \`reports\`).`,
    '',
    '### Các bảng',
    '',
    ...TABLES.flatMap((t) => [`#### ${t.title.vi} — \`${t.name}.csv\``, '', t.description.vi, '', columnsTable(t, tables, 'vi'), '']),
    '## English',
    '',
    'Each table comes as `.csv` (UTF-8 with BOM, comma-separated, dot decimal), `.json` and `.xlsx` (numbers as numbers, a sheet describing the columns and one listing the sources). A very large table (over ' + LIMITS.xlsxRows.toLocaleString('en-GB') + ' rows) has no `.xlsx`, over ' + LIMITS.jsonRows.toLocaleString('en-GB') + ' rows no `.json`; one beyond a spreadsheet’s row limit is also split by province on the data page. `datapackage.json` is a Frictionless Data Package v2 descriptor (types, constraints, keys, hash of each file).',
    '',
    'Every observation row names its source report (`report_id`), the section (`section`) and the figure as printed (`figure_text`). Each code column is followed by a `…_label` column with its Vietnamese label.',
    '',
    '### The current figure',
    '',
    CURRENT_RULE.en,
    '',
    '### Adding rows up',
    '',
    `Column \`${SUM_GROUP_FIELD.name}\` (${SUM_GROUP_FIELD.title.en}) of every observation table: ${SUM_GROUP_FIELD.description.en}`,
    ...(example ? ['', example.en] : []),
    '',
    '### Units',
    '',
    units.map(([code, t]) => `\`${code}\` = ${t.en}`).join('; ') + '.',
    '',
    '### Licence and citation',
    '',
    `${LICENCE.text.en} ${LICENCE.path}`,
    '',
    `Cite as: ${PUBLISHER.en}, "${PACKAGE_TITLE.en}" (${PACKAGE_NAME}), ${options.version ? `data version ${options.version.id} (${options.updated.slice(0, 10)}), ${options.version.url}` : `updated ${options.updated.slice(0, 10)}, ${where}`} (accessed …). When using a figure, also cite its source report (table \`reports\`).`,
    '',
    '### Tables',
    '',
    ...TABLES.flatMap((t) => [`#### ${t.title.en} — \`${t.name}.csv\``, '', t.description.en, '', columnsTable(t, tables, 'en'), '']),
    '## Files',
    '',
    ...options.files.map((f) => `- \`${f}\``),
    '',
  ].join('\n');
}
