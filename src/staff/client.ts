/**
 * The page side of /cap-nhat/: reads the chosen or dropped files, turns XLSX
 * sheets into CSV text, runs the checker (checker.ts → the build's own
 * check) and writes three tables: problems, a preview of the valid rows, and
 * the discrepancies the files would add. Every cell is set as text, never
 * as markup: the files are the person's own, but a cell may hold anything.
 * Loaded only when a file is chosen (start.ts), so the page's first view stays small.
 */
import type { TableName } from '../data/define.ts';
import type { Issue } from '../data/messages.ts';
import type { Cited } from '../data/published.ts';
import { TABLES } from '../data/tables/index.ts';
import { runChecker, type ChosenTable, type CheckerResult, type Published } from './checker.ts';
import { tableOfName, xlsxToCsv } from '../data/xlsx.ts';

const FILES = TABLES.map((t) => t.file).join(', ');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string | null, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function table(caption: string, headers: string[], rows: HTMLTableRowElement[], id: string): HTMLElement {
  const wrap = el('div', null, { class: 'table-scroll', id });
  const t = el('table');
  t.append(el('caption', caption));
  const head = el('tr');
  for (const h of headers) head.append(el('th', h, { scope: 'col' }));
  t.append(el('thead'), el('tbody'));
  t.tHead!.append(head);
  t.tBodies[0]!.append(...rows);
  wrap.append(t);
  return wrap;
}

function row(cells: (string | number | null)[], attrs: Record<string, string> = {}): HTMLTableRowElement {
  const tr = el('tr', null, attrs);
  for (const c of cells) tr.append(el('td', c === null ? '' : String(c)));
  return tr;
}

const sentence = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function issueRow(i: Issue): HTMLTableRowElement {
  const level = i.severity === 'error' ? 'Lỗi' : 'Cảnh báo';
  return row([level, i.file, i.line, i.column, i.value, capital(sentence(i.message)), capital(sentence(i.expected)), capital(sentence(i.fix))], {
    class: i.severity === 'error' ? 'loi' : 'canh-bao',
    'data-file': i.file,
    'data-line': i.line === null ? '' : String(i.line),
    'data-column': i.column ?? '',
    'data-code': i.code,
    'data-severity': i.severity,
  });
}

/** Files → the tables they hold; names the files that hold none. */
async function readChosen(files: readonly File[]): Promise<{ chosen: ChosenTable[]; unknown: string[]; misnamed: string[] }> {
  const chosen: ChosenTable[] = [];
  const unknown: string[] = [];
  /** CSV files named for no table ("funding (1).csv"): errors of the check, as in the data folder. */
  const misnamed: string[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.xlsx$/i.test(file.name)) {
      try {
        const sheets = await xlsxToCsv(bytes, file.name);
        if (sheets.length === 0) unknown.push(file.name);
        for (const s of sheets)
          chosen.push({ table: s.table, file: `${file.name} › ${s.sheet}`, bytes: new TextEncoder().encode(s.csv), fromXlsx: true });
      } catch {
        unknown.push(`${file.name} (không đọc được tệp Excel này)`);
      }
      continue;
    }
    const table = tableOfName(file.name);
    // "funding (1).csv" is checked as funding.csv, and refused by its name: in data/ it would be left out.
    if (/\.csv$/i.test(file.name) && !TABLES.some((t) => t.file === file.name)) misnamed.push(file.name);
    if (table) chosen.push({ table, file: file.name, bytes, fromXlsx: false });
    else if (!/\.csv$/i.test(file.name)) unknown.push(file.name);
  }
  // Two files for one table: the last chosen wins, and the person is told.
  const byTable = new Map<TableName, ChosenTable>();
  for (const c of chosen) {
    const earlier = byTable.get(c.table);
    if (earlier) unknown.push(`${earlier.file} (đã dùng ${c.file} cho cùng bảng)`);
    byTable.set(c.table, c);
  }
  return { chosen: [...byTable.values()], unknown, misnamed };
}

function render(out: HTMLElement, result: CheckerResult, unknown: string[], chosen: ChosenTable[]): void {
  out.replaceChildren();
  if (unknown.length)
    out.append(
      el(
        'p',
        `Không nhận ra bảng của: ${unknown.join('; ')}. Tên tệp CSV phải là tên bảng (${FILES}); tệp Excel phải có trang tính mang tên bảng (như trong tệp mẫu).`,
        { class: 'notice', id: 'tep-la' },
      ),
    );
  if (chosen.length === 0 && result.issues.length === 0) return;

  const summary =
    result.errors > 0
      ? `Có ${result.errors} lỗi và ${result.warnings} cảnh báo. Số liệu CHƯA thể công bố: sửa các lỗi dưới đây rồi chọn lại tệp.`
      : `Không có lỗi${result.warnings ? ` (${result.warnings} cảnh báo: nên xem, nhưng không chặn việc công bố)` : ''}. Số liệu có thể công bố.`;
  const checked = chosen.length ? chosen.map((c) => c.file).join(', ') : 'không có tệp nào mang tên một bảng';
  out.append(el('h2', 'Kết quả kiểm tra'), el('p', `Đã kiểm tra: ${checked}.`), el('p', summary, { class: 'tom-tat', id: 'tom-tat' }));

  const problems = [...result.issues, ...result.form];
  if (problems.length)
    out.append(
      table(
        'Lỗi và cảnh báo (lỗi chặn việc công bố; cảnh báo thì không)',
        ['Mức', 'Tệp', 'Dòng', 'Cột', 'Ô như đã gõ', 'Vấn đề', 'Cần', 'Cách sửa'],
        problems.map(issueRow),
        'van-de',
      ),
    );

  if (result.canonical.length) {
    out.append(
      el('h2', 'Tệp để công bố'),
      el(
        'p',
        (result.errors ? 'Các tệp dưới đây không có lỗi (các tệp khác còn lỗi). ' : '') +
          'Tải về tệp CSV dạng chuẩn, rồi tải lên thư mục data/ của kho (cùng tên, thay tệp cũ): người duyệt sẽ thấy đúng những dòng đã thay đổi.',
      ),
    );
    const list = el('ul', null, { id: 'tai-ve' });
    for (const c of result.canonical) {
      const li = el('li');
      const link = el('a', `Tải ${c.file} (dạng chuẩn)`, { download: c.file, 'data-table': c.table });
      link.href = URL.createObjectURL(new Blob([c.text], { type: 'text/csv;charset=utf-8' }));
      li.append(link);
      list.append(li);
    }
    out.append(list);
  }

  out.append(el('h2', 'Xem trước: các dòng hợp lệ sẽ hiện thế nào'));
  // The rows a person added or changed are the ones to look at; unchanged published rows are only counted.
  const changed = result.preview.filter((p) => p.changed);
  const shown = changed.length ? changed : result.preview;
  if (shown.length === 0) out.append(el('p', 'Chưa có dòng hợp lệ nào trong các tệp đã chọn.'));
  else {
    const same = result.preview.length - changed.length;
    const caption = changed.length
      ? `${changed.length} dòng mới hoặc đã sửa so với bản đang công bố${same ? ` (${same} dòng không đổi, không hiện)` : ''}`
      : `${shown.length} dòng hợp lệ, giống bản đang công bố`;
    out.append(
      table(
        `${caption} — con số, đơn vị, thời điểm và báo cáo như trên trang web`,
        ['Tệp', 'Dòng', 'Mã dòng', 'Nội dung', 'Địa bàn', 'Giá trị', 'Tính đến', 'Báo cáo', 'Như in'],
        shown.map((p) => row([TABLES.find((t) => t.name === p.table)!.file, p.line, p.id, p.what, p.area, p.figures, p.asOf, p.report, p.printed], { 'data-id': p.id })),
        'xem-truoc',
      ),
    );
  }

  out.append(el('h2', 'Chênh lệch mới trong các báo cáo nguồn'));
  if (result.added.length === 0)
    out.append(el('p', 'Các tệp đã chọn không thêm chỗ chênh lệch nào (tổng khác các phần, tỷ lệ in khác tỷ lệ tính lại…).', { id: 'chenh-lech' }));
  else {
    out.append(
      el(
        'p',
        'Đây không phải lỗi nhập liệu: trang web sẽ công bố các chỗ này ở trang Chất lượng dữ liệu. Chỉ cần so lại xem đã chép đúng con số của báo cáo chưa.',
      ),
    );
    const list = el('ul', null, { id: 'chenh-lech' });
    for (const d of result.added) list.append(el('li', `${d.message} (mã dòng: ${d.rowIds.join(', ')})`));
    out.append(list);
  }
}

/** Checks the chosen files against the published tables and writes the result into `out`. */
export async function checkFiles(files: readonly File[], published: Published, out: HTMLElement, cited: Cited = {}): Promise<void> {
  const { chosen, unknown, misnamed } = await readChosen(files);
  render(out, runChecker(chosen, published, misnamed, cited), unknown, chosen);
}
