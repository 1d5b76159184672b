/**
 * The page side of /cap-nhat/: hands the chosen or dropped files and the
 * published tables to the checker's worker (check-worker.ts: reading, XLSX,
 * the build's own check, all off the page's thread), shows its progress, and
 * writes what it sends back (view.ts, capped) as three tables: problems, a
 * preview of the valid rows, and the discrepancies the files would add. Every
 * cell is set as text, never as markup: the files are the person's own, but a
 * cell may hold anything. Loaded only when a file is chosen (start.ts), so the
 * page's first view stays small.
 */
import type { Cited } from '../data/published.ts';
import { TABLES } from '../data/tables/index.ts';
import type { Published } from './checker.ts';
import type { CheckReply, CheckRequest, SentView } from './protocol.ts';
import { SHOWN_PER_KIND, type HiddenKind, type ShownIssue } from './view.ts';

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
  for (const r of rows) t.tBodies[0]!.append(r);
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

function issueRow(i: ShownIssue): HTMLTableRowElement {
  const level = i.severity === 'error' ? 'Lỗi' : 'Cảnh báo';
  // A workbook's problem names its cell, as Excel does: "ô K5 (value)".
  const column = i.cell ? `ô ${i.cell}${i.column ? ` (${i.column})` : ''}` : i.column;
  return row([level, i.file, i.line, column, i.value, capital(sentence(i.message)), capital(sentence(i.expected)), capital(sentence(i.fix))], {
    class: i.severity === 'error' ? 'loi' : 'canh-bao',
    'data-file': i.file,
    'data-line': i.line === null ? '' : String(i.line),
    'data-column': i.column ?? '',
    'data-code': i.code,
    'data-severity': i.severity,
  });
}

const number = (n: number) => n.toLocaleString('vi-VN');

/** The problems of a kind not shown: counted, with the first one's message as an example. */
function hiddenItem(h: HiddenKind): HTMLLIElement {
  const level = h.severity === 'error' ? 'lỗi' : 'cảnh báo';
  return el('li', `… và ${number(h.count)} ${level} khác cùng loại trong ${h.file} (như: ${h.example}), không hiện ở đây.`, {
    'data-file': h.file,
    'data-code': h.code,
    'data-count': String(h.count),
  });
}

function render(out: HTMLElement, view: SentView): void {
  out.replaceChildren();
  if (view.unknown.length)
    out.append(
      el(
        'p',
        `Tệp không được dùng: ${view.unknown.join('; ')}. Tên tệp CSV phải là tên bảng (${FILES}); tệp Excel phải có trang tính mang tên bảng (như trong tệp mẫu).`,
        { class: 'notice', id: 'tep-la' },
      ),
    );
  if (view.files.length === 0 && view.problems.length === 0) return;

  // A forgotten «khoảng» no rule can catch: said beside the verdict and the files, not only in its list below
  // (walk-through 33: the list sat under a green «Không có lỗi», below the preview).
  const roundedLine = view.rounded > 0 ? ` Trước khi tải lên: so lại ${number(view.rounded)} số tròn với báo cáo (mục «Số tròn chưa có chữ «khoảng»…» ở dưới).` : '';
  const summary =
    view.errors > 0
      ? `Có ${number(view.errors)} lỗi và ${number(view.warnings)} cảnh báo. Số liệu CHƯA thể công bố: sửa các lỗi dưới đây rồi chọn lại tệp.`
      : `Không có lỗi${view.warnings ? ` (${number(view.warnings)} cảnh báo: nên xem, nhưng không chặn việc công bố)` : ''}. Số liệu có thể công bố.${roundedLine}`;
  const checked = view.files.length ? view.files.join(', ') : 'không có tệp nào mang tên một bảng';
  out.append(el('h2', 'Kết quả kiểm tra'), el('p', `Đã kiểm tra: ${checked}.`), el('p', summary, { class: 'tom-tat', id: 'tom-tat' }));

  if (view.problems.length) {
    const capped = view.hidden.length ? ` — mỗi loại trong mỗi tệp hiện ${SHOWN_PER_KIND} đầu tiên, số còn lại đếm ở dưới bảng` : '';
    out.append(
      table(
        `Lỗi và cảnh báo (lỗi chặn việc công bố; cảnh báo thì không)${capped}`,
        ['Mức', 'Tệp', 'Dòng', 'Cột', 'Ô như đã gõ', 'Vấn đề', 'Cần', 'Cách sửa'],
        view.problems.map(issueRow),
        'van-de',
      ),
    );
  }
  if (view.hidden.length) {
    const list = el('ul', null, { id: 'van-de-an' });
    list.append(...view.hidden.map(hiddenItem));
    out.append(list);
  }

  // Files to publish only once every chosen file passes: all of them go up in one change, never a part.
  if (view.canonical.length && view.errors) {
    out.append(el('h2', 'Tệp để công bố'), el('p', 'Sửa hết lỗi ở trên rồi kiểm tra lại: khi mọi tệp không còn lỗi, các tệp dạng chuẩn để tải lên sẽ hiện ở đây, để mọi tệp vào cùng một lần thay đổi.', { id: 'tai-ve-cho' }));
  } else if (view.canonical.length) {
    out.append(
      el('h2', 'Tệp để công bố'),
      el('p', 'Tải về các tệp CSV dạng chuẩn, rồi tải tất cả lên thư mục data/ của kho trong cùng một lần thay đổi (cùng tên, thay tệp cũ): người duyệt sẽ thấy đúng những dòng đã thay đổi. Tệp tải về có cùng các dòng như tệp đã chọn, chỉ viết lại theo dạng chuẩn (các dòng xếp theo mã dòng, dấu phẩy phân cách, UTF-8), nên dòng mới có thể nằm ở giữa tệp.'),
    );
    if (roundedLine) out.append(el('p', roundedLine.trim(), { class: 'notice', id: 'so-tron-nhac' }));
    const list = el('ul', null, { id: 'tai-ve' });
    for (const c of view.canonical) {
      const li = el('li');
      const link = el('a', `Tải ${c.file} (dạng chuẩn)`, { download: c.file, 'data-table': c.table });
      link.href = URL.createObjectURL(c.blob);
      li.append(link);
      list.append(li);
    }
    out.append(list);
  }

  out.append(el('h2', 'Xem trước: các dòng hợp lệ sẽ hiện thế nào'));
  // The rows a person added or changed are the ones to look at; unchanged published rows are only counted.
  if (view.preview.length === 0) out.append(el('p', 'Chưa có dòng hợp lệ nào trong các tệp đã chọn.'));
  else {
    const total = view.changed || view.same;
    const caption = view.changed
      ? `${number(view.changed)} dòng mới hoặc đã sửa so với bản đang công bố${view.same ? ` (${number(view.same)} dòng không đổi, không hiện)` : ''}`
      : `${number(view.same)} dòng hợp lệ, giống bản đang công bố`;
    const first = total > view.preview.length ? `; hiện ${number(view.preview.length)} dòng đầu` : '';
    const rows = table(
      `${caption}${first} — con số, đơn vị, thời điểm và báo cáo như trên trang web`,
      ['Tệp', 'Dòng', 'Mã dòng', 'Nội dung', 'Địa bàn', 'Giá trị', 'Tính đến', 'Báo cáo', 'Như in'],
      view.preview.map((p) => row([p.file, p.line, p.id, p.what, p.area, p.was ? `${p.figures} (đang công bố: ${p.was})` : p.figures, p.asOf, p.report, p.printed], { 'data-id': p.id })),
      'xem-truoc',
    );
    // Nothing new (the published table checked again, or a renamed copy): the rows are there to look at, folded
    // (walk-through 32: 123 unchanged rows under an error read as noise).
    if (view.changed > 0) out.append(rows);
    else {
      const fold = el('details');
      fold.append(el('summary', `Không có dòng mới hay dòng sửa: ${number(view.same)} dòng hợp lệ, giống bản đang công bố (bấm để xem)`), rows);
      out.append(fold);
    }
  }

  // A rounded new figure with no «khoảng»: the one slip no rule can catch, so the paper is looked at again.
  const rounded = view.preview.filter((p) => p.rounded);
  if (rounded.length > 0) {
    out.append(el('h2', 'Số tròn chưa có chữ «khoảng», «trên», «hơn»: so lại với báo cáo'));
    out.append(
      el('p', 'Báo cáo hay ghi số ước như «khoảng 2.100 hộ», «trên 50%». Nếu báo cáo có chữ đó, chép cả chữ vào cột figure_text (trang web sẽ ghi «khoảng»). Không phải lỗi: số in đúng như vậy thì không cần sửa.'),
    );
    const list = el('ul', null, { id: 'so-tron' });
    for (const p of rounded) list.append(el('li', `${p.file}, dòng ${p.line} (${p.id}): «${p.printed}»`));
    out.append(list);
  }

  // A later report correcting an earlier one (its note says «Đính chính…», as the guide asks) is not a disagreement.
  const corrections = view.added.filter((d) => d.severity === 'correction');
  if (corrections.length > 0) {
    out.append(el('h2', 'Đính chính mới: báo cáo sau sửa số của báo cáo trước'));
    out.append(el('p', 'Trang web sẽ dùng số của báo cáo sau và ghi rõ là đính chính; số cũ vẫn ở trang của báo cáo cũ. Chỉ cần so lại xem đã chép đúng con số của báo cáo mới chưa.'));
    const list = el('ul', null, { id: 'dinh-chinh' });
    for (const d of corrections) list.append(el('li', `${d.message} (mã dòng: ${d.rowIds.join(', ')})`));
    out.append(list);
  }
  const added = view.added.filter((d) => d.severity !== 'correction');
  const addedTotal = view.addedTotal - corrections.length;

  out.append(el('h2', 'Chênh lệch mới trong các báo cáo nguồn'));
  if (addedTotal === 0)
    out.append(el('p', 'Các tệp đã chọn không thêm chỗ chênh lệch nào (tổng khác các phần, tỷ lệ in khác tỷ lệ tính lại…).', { id: 'chenh-lech' }));
  else {
    out.append(
      el(
        'p',
        'Đây không phải lỗi nhập liệu: trang web sẽ công bố các chỗ này ở trang Chất lượng dữ liệu. Chỉ cần so lại xem đã chép đúng con số của báo cáo chưa.' +
          (addedTotal > added.length ? ` Có ${number(addedTotal)} chỗ; hiện ${number(added.length)} chỗ đầu.` : ''),
      ),
    );
    const list = el('ul', null, { id: 'chenh-lech' });
    for (const d of added) list.append(el('li', `${d.message} (mã dòng: ${d.rowIds.join(', ')})`));
    out.append(list);
  }
}

/** The progress line: one paragraph whose text changes, so the live region reads the newest only. */
function progress(out: HTMLElement, text: string): void {
  let p = out.querySelector<HTMLElement>('#tien-do');
  if (!p) {
    p = el('p', null, { class: 'notice', id: 'tien-do' });
    out.replaceChildren(p);
  }
  p.textContent = text;
}

/** The check under way, stopped when another is started (a person who chooses again wants the new files checked). */
let running: { worker: Worker; settle: (finished: boolean) => void } | undefined;

/**
 * Checks the chosen files against the published tables in a worker and writes the result into `out`.
 * Resolves true when written, false when another check replaced this one; rejects on a program error.
 */
export function checkFiles(files: readonly File[], published: Published, out: HTMLElement, cited: Cited = {}): Promise<boolean> {
  if (running) {
    running.worker.terminate();
    running.settle(false);
  }
  return new Promise((resolve, reject) => {
    // A same-origin module script, emitted by Vite as its own file: allowed by the site's CSP, unlike a blob: worker.
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'kiem-tra' });
    const end = () => {
      worker.terminate();
      if (running?.worker === worker) running = undefined;
    };
    running = { worker, settle: resolve };
    worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
      if (running?.worker !== worker) return;
      if (data.kind === 'progress') return progress(out, data.text);
      end();
      if (data.kind === 'failed') return reject(new Error(data.error));
      render(out, data.view);
      resolve(true);
    };
    // The worker's script could not load or run (an old browser, a broken download): a program error, said so.
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(new Error(event.message || 'không chạy được chương trình kiểm tra (worker)'));
    };
    worker.onmessageerror = () => {
      end();
      reject(new Error('không nhận được kết quả từ chương trình kiểm tra'));
    };
    const request: CheckRequest = { files: [...files], published, cited };
    worker.postMessage(request);
  });
}
