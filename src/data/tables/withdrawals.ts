import { enumField, type TableDef } from '../define.ts';
import { areas } from './areas.ts';
import { documents } from './documents.ts';
import { funding } from './funding.ts';
import { indicators } from './indicators.ts';
import { ncut } from './ncut.ts';
import { poverty } from './poverty.ts';
import { projects } from './projects.ts';
import { reports } from './reports.ts';
import { works } from './works.ts';
import { ID_PATTERN } from './common.ts';

/** The tables whose published rows may be withdrawn (every table but this one). */
const WITHDRAWABLE = { areas, reports, projects, funding, works, poverty, ncut, indicators, documents };

/**
 * The explicit decisions to take back a published row: removed from its table,
 * or replaced in place (same id, another figure or key). The checker refuses
 * such a change to a published row unless it is listed here (src/data/published.ts),
 * and the data page's changelog shows each with its reason. Rows stay: the list
 * is the record of what was withdrawn, when, why and by whom.
 */
export const withdrawals = {
  name: 'withdrawals',
  file: 'withdrawals.csv',
  kind: 'reference',
  optional: true,
  title: { vi: 'Số liệu đã rút lại', en: 'Withdrawn rows' },
  description: {
    vi: 'Các dòng đã công bố được quyết định xóa hoặc thay (sửa con số, sửa cột khóa), kèm lý do, ngày và người quyết định. Không có dòng ở đây thì không được xóa hay sửa con số của một dòng đã công bố.',
    en: 'Published rows taken back (removed, or replaced with another figure or key), with the reason, date and who decided. A published row may be removed or changed only when listed here.',
  },
  // A row may be withdrawn or changed again later: each decision is its own line.
  key: ['table', 'row_id', 'date'],
  fields: [
    {
      name: 'row_id',
      type: 'string',
      required: true,
      pattern: ID_PATTERN,
      title: { vi: 'Mã dòng rút lại', en: 'Row id withdrawn' },
      description: { vi: 'Mã (cột id) của dòng đã công bố được xóa hoặc thay.', en: 'The id of the published row removed or replaced.' },
      example: 'bt-2023-06-n09',
    },
    enumField({
      name: 'table',
      required: true,
      title: { vi: 'Bảng', en: 'Table' },
      description: { vi: 'Bảng (tệp) chứa dòng đó.', en: 'The table (file) holding the row.' },
      labels: Object.fromEntries(Object.values(WITHDRAWABLE).map((t) => [t.name, { vi: `${t.title.vi} (${t.file})`, en: t.title.en }])) as Record<
        keyof typeof WITHDRAWABLE,
        { vi: string; en: string }
      >,
      example: 'ncut',
    }),
    {
      name: 'reason',
      type: 'string',
      required: true,
      title: { vi: 'Lý do', en: 'Reason' },
      description: {
        vi: 'Vì sao rút lại, để người đọc hiểu (hiện trên trang Dữ liệu mở), ví dụ: Chép nhầm số của mục 3.2; báo cáo ghi 12 người.',
        en: 'Why it was withdrawn, for readers (shown on the open-data page).',
      },
      example: 'Chép nhầm số của mục 3.2; báo cáo ghi 12 người',
    },
    { name: 'date', type: 'date', required: true, title: { vi: 'Ngày quyết định', en: 'Date decided' }, description: { vi: 'Ngày quyết định rút lại.', en: 'When it was decided.' }, example: '2024-01-10' },
    {
      name: 'decided_by',
      type: 'string',
      required: true,
      title: { vi: 'Người quyết định', en: 'Decided by' },
      description: { vi: 'Chức vụ và họ tên người quyết định rút lại.', en: 'Who decided (position and name).' },
      example: 'Phó Trưởng ban Nguyễn Văn A',
    },
  ],
} as const satisfies TableDef;
