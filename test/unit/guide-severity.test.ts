/**
 * The staff guide (data/README.md, also /cap-nhat/huong-dan/) and the checker agree on what blocks publishing:
 * every row of the guide's table of common messages, and its list of warnings, against the checker's severities.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { severityOf, type Code } from '../../src/data/messages.ts';

const guide = readFileSync(join(import.meta.dirname, '../../data/README.md'), 'utf8');
const section = (title: string) => {
  const start = guide.indexOf(title);
  expect(start).toBeGreaterThan(-1);
  const end = guide.indexOf('\n#', start + title.length);
  return guide.slice(start, end < 0 ? undefined : end);
};

// Each row of "Lỗi thường gặp và cách sửa", by the start of its first cell, and the checker codes it describes.
const ROWS: [string, Code[]][] = [
  ['Tệp không phải UTF-8', ['encoding.legacy', 'encoding.mojibake']],
  ['Thiếu cột bắt buộc / cột lạ', ['header.missing', 'header.unknown']],
  ['Số không rõ', ['number.ambiguous']],
  ['Giá trị không khớp con số in', ['figure.mismatch']],
  ['Báo cáo trước đã ghi cùng con số', ['series.continue']],
  ['Tệp chưa ở dạng chuẩn', ['file.not-canonical']],
  ['Ô số có chữ', ['number.text']],
  ['Không có địa bàn / báo cáo / dự án', ['ref.unknown']],
  ['Trùng mã dòng / trùng con số', ['id.duplicate', 'key.duplicate']],
  ['Số âm', ['number.min']],
  ['Giải ngân lớn hơn vốn', ['rule.disbursed-exceeds']],
  ['Số người được hỗ trợ nhiều hơn số người có uy tín', ['rule.support-exceeds-count']],
  ['Ngày không có thật', ['date.impossible']],
  ['Excel tiếng Anh đã đổi tháng thành chữ', ['cell.excel-month']],
  ['Ngày ban hành khác ngày trong mã báo cáo', ['rule.report-id-date']],
  ['Ngày tính số liệu sau ngày của báo cáo', ['rule.as-of-after-report']],
  ['Ô bắt đầu bằng', ['cell.formula', 'cell.html']],
  ['Ô chứa ký tự điều khiển', ['cell.invisible']],
];

describe('the staff guide and the checker agree on what blocks publishing', () => {
  it('each common message in the guide\'s table is marked "(cảnh báo)" exactly when the checker only warns', () => {
    const rows = section('## Lỗi thường gặp và cách sửa')
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| thông báo') && !l.startsWith('|---'))
      .map((l) => l.split(' | ')[0]!.slice(2).trim());
    expect(rows.length).toBe(ROWS.length);
    for (const first of rows) {
      const warned = first.startsWith('(cảnh báo) ');
      const entry = ROWS.find(([start]) => first.replace(/^\(cảnh báo\) /, '').startsWith(start));
      expect(entry, `a guide row the test does not know: ${first}`).toBeDefined();
      for (const code of entry![1]) expect({ row: first, code, severity: severityOf(code) }).toEqual({ row: first, code, severity: warned ? 'warning' : 'error' });
    }
  });

  it('the list of warnings names every problem the checker only warns about, and the figure mismatch is among the errors', () => {
    const text = section('### Lỗi và cảnh báo: cái nào chặn việc công bố?');
    const warnings = text.slice(text.indexOf('- **Cảnh báo**'), text.indexOf('- **Chênh lệch'));
    const PHRASES: Partial<Record<Code, string>> = {
      'header.optional-missing': 'thiếu một cột không bắt buộc',
      'file.both': 'cả\n  tệp CSV lẫn tệp Excel',
      'file.not-canonical': '**dạng chuẩn**',
      'series.continue': 'báo cáo trước … đã ghi cùng con số này',
      'rule.support-exceeds-count': 'số người được hỗ trợ nhiều hơn số người có uy tín',
      'published.withdrawal-other-report': 'lý do rút lại nhắc tới một báo cáo khác',
      'rule.commune-after-merger': 'xã này chỉ có số liệu của báo cáo từ 1/7/2025',
      'series.plan-changed': 'báo cáo trước … ghi kế hoạch này … có … công trình',
      'rule.correction-unmatched': 'ghi chú bắt đầu bằng «Đính chính» nhưng không có con số nào của báo cáo trước cho cùng số liệu và cùng\n  ngày',
      'indicator.new-code': 'mã chỉ tiêu … chưa có trong số liệu đang công bố',
      'figure.estimate-word': 'dòng là số ước tính … không có chữ «ước»',
      'figure.qualifier-sibling': 'của cùng báo cáo chép «trên 45%», dòng này chỉ «45%»',
      'published.note-cleared': '… đã được công bố («…»), nay ô … để trống',
      'published.notes-cleared': '… ghi chú đã\n  được công bố của … nay để trống, hay cả cột đã mất',
      'published.correction-note': 'ghi chú của dòng … đã được công bố … «Đính chính» …',
    };
    const codes = Object.keys(PHRASES) as Code[];
    for (const code of codes) {
      expect(severityOf(code)).toBe('warning');
      expect(warnings.replace(/\s+/g, ' ')).toContain(PHRASES[code]!.replace(/\s+/g, ' '));
    }
    const errors = text.slice(0, text.indexOf('- **Cảnh báo**'));
    expect(errors).toContain('không khớp con số in');
    // Published rows of every table are kept: reference rows and the record of withdrawals among the errors.
    for (const code of ['published.removed', 'published.changed', 'published.withdrawal-removed', 'published.withdrawal-changed', 'published.withdrawal-unchanged', 'published.withdrawal-unknown', 'published.withdrawal-rewrites'] as const) expect(severityOf(code)).toBe('error');
    expect(errors.replace(/\s+/g, ' ')).toContain('một hàng mới của `withdrawals.csv` mà dòng của nó không đổi hay mã dòng chưa từng công bố');
    expect(errors.replace(/\s+/g, ' ')).toContain('kể cả dòng của `reports.csv`, `documents.csv`');
    expect(errors.replace(/\s+/g, ' ')).toContain('xóa hay sửa một hàng đã công bố của `withdrawals.csv`');
    expect(warnings.replace(/\s+/g, ' ')).toContain('không so được với số liệu đang công bố');
    expect(severityOf('figure.mismatch')).toBe('error');
    expect(warnings).not.toContain('không khớp');
  });
});
