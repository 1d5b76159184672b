/**
 * The report printed by `npm run check` and by a failed build: issues grouped
 * by file, the discrepancies of the source reports on request, and one summary
 * line. It sits above reconcile (it prints its findings); the sentences it
 * uses come from messages.ts, below everything.
 */
import type { TableName } from './define.ts';
import { notComparedText, SEVERITY_LABEL, type Issue } from './messages.ts';
import type { NotCompared } from './published.ts';
import { formatNumber } from '../core/format.ts';
import type { Discrepancy } from './reconcile/index.ts';
import { TABLES } from './tables/index.ts';

const vi = (n: number) => formatNumber(n, 6);

const FILE_OF = Object.fromEntries(TABLES.map((t) => [t.name, t.file])) as Record<TableName, string>;

/** Where the public data-quality page lists the discrepancies. */
const QUALITY_PAGE = '/du-lieu/chat-luong/';

export interface Outcome {
  issues: readonly Issue[];
  discrepancies: readonly Discrepancy[];
  counts: Readonly<Record<string, number>>;
  /** Why nothing published could be compared (check.ts DataLoad): said near the top and in the last line. */
  notCompared?: NotCompared;
}

/** The warning of a check that compared with nothing published: one line, then why and what to do. */
function notComparedLines(reason: NotCompared): string[] {
  const t = notComparedText(reason);
  return [`${t.headline}.`, `  Vì sao: ${t.why}.`, `  Cách sửa: ${t.fix}.`];
}

/** Beyond this, a file's issues are counted, not listed: a mistake repeated on every row would bury the rest. */
const SHOWN_PER_FILE = 200;

function formatIssue(i: Issue): string {
  const place = [i.file, i.line === null ? null : `dòng ${i.line}`, i.column === null ? null : `cột "${i.column}"`]
    .filter((s) => s !== null)
    .join(', ');
  const value = i.value ? `: "${i.value}"` : '';
  const tag = i.severity === 'warning' ? ' (cảnh báo)' : '';
  return `${place}${value} —${tag} ${sentence(i.message)} Cần: ${sentence(i.expected)} Cách sửa: ${sentence(i.fix)}`;
}

/** Ends a fragment with a full stop unless it already ends with punctuation. */
function sentence(fragment: string): string {
  return /[.?!]$/.test(fragment) ? fragment : `${fragment}.`;
}

function plural(n: number, what: string): string {
  return `${vi(n)} ${what}`;
}

/**
 * Staff-readable report: issues grouped by file, then (with `details`, i.e.
 * `npm run check -- --chi-tiet`) the discrepancies found in the source
 * reports, then one summary line. `mode` says what happens next: `check`
 * only checked, `build` refused to build.
 */
export function formatReport(outcome: Outcome, mode: 'check' | 'build', options: { details?: boolean } = {}): string {
  const out: string[] = [];
  // A CI log opens with developer output around it: the first lines say in staff words what happened and where.
  const blocking = outcome.issues.filter((i) => i.severity === 'error');
  if (blocking.length) {
    const files = [...new Set(blocking.map((i) => i.file))];
    out.push(
      `KẾT QUẢ KIỂM TRA SỐ LIỆU: có ${plural(blocking.length, 'lỗi')} trong ${files.join(', ')} — số liệu CHƯA được công bố, trang web đang công bố giữ nguyên. Từng lỗi (dòng, cột, cách sửa) ở dưới.`,
      '',
    );
  }
  if (outcome.notCompared) out.push(...notComparedLines(outcome.notCompared), '');
  const byFile = Map.groupBy(outcome.issues, (i) => i.file);
  for (const [file, issues] of byFile) {
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.length - errors;
    out.push(`── ${file}: ${[errors && plural(errors, 'lỗi'), warnings && plural(warnings, 'cảnh báo')].filter(Boolean).join(', ')}`);
    const sorted = issues.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0));
    for (const i of sorted.slice(0, SHOWN_PER_FILE)) out.push(formatIssue(i));
    if (sorted.length > SHOWN_PER_FILE)
      out.push(
        `… và ${plural(sorted.length - SHOWN_PER_FILE, 'vấn đề khác')} trong tệp này (thường cùng một lỗi lặp lại): sửa các lỗi trên rồi chạy lại.`,
      );
    out.push('');
  }

  const found = outcome.discrepancies.length;
  if (found && options.details) {
    out.push(
      `── Chênh lệch trong chính các báo cáo nguồn: ${found} (không phải lỗi nhập liệu; được ghi lại và hiển thị ở trang chất lượng dữ liệu)`,
    );
    for (const d of outcome.discrepancies)
      out.push(`[${SEVERITY_LABEL[d.severity]}] ${FILE_OF[d.table]}: ${d.message} (mã dòng: ${d.rowIds.join(', ')})`);
    out.push('');
  }

  const errors = outcome.issues.filter((i) => i.severity === 'error');
  const files = new Set(errors.map((i) => i.file)).size;
  const noted =
    found === 0
      ? ''
      : ` ${plural(found, 'chênh lệch')} trong báo cáo nguồn đã được ghi nhận — xem ${QUALITY_PAGE}` +
        (options.details || mode === 'build' ? '' : ' (hoặc chạy npm run check -- --chi-tiet)');
  if (errors.length) {
    out.push(
      `Có ${plural(errors.length, 'lỗi')} trong ${plural(files, 'tệp')}. ` +
        (mode === 'build'
          ? 'Chưa xây dựng trang web; bản đang công bố (dist/) được giữ nguyên.'
          : 'Hãy sửa các lỗi trên rồi chạy lại: npm run check'),
    );
  } else {
    // Never a bare "no error" when the published rows were not looked at.
    out.push(outcome.notCompared ? `Không có lỗi trong các tệp, nhưng chưa so với số liệu đang công bố (xem CẢNH BÁO ở trên).${noted}` : `Không có lỗi.${noted}`);
  }
  return out.join('\n');
}

/**
 * Files that are correct but not in the canonical form (`npm run chuan-hoa`):
 * printed after the report by `npm run check`, never by a build — they block nothing.
 */
export function formNotes(form: readonly Issue[]): string {
  return [
    `── Dạng chuẩn (cảnh báo, không chặn việc công bố): ${plural(form.length, 'tệp')} chưa ở dạng chuẩn`,
    ...form.map(formatIssue),
  ].join('\n');
}
