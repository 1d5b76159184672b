import { enumField, type TableDef } from '../define.ts';
import { ID_PATTERN, idField, reportIdField, sectionField } from './common.ts';

/**
 * The documents a report cites with a date (plans, decisions, official
 * letters), one row per place it cites one, with the date exactly as printed.
 * Kept so that dates can be checked like figures: a document dated after the
 * report citing it, the same document cited with two dates, a document the
 * report counts as its period's work dated long before the period.
 */
export const documents = {
  name: 'documents',
  file: 'documents.csv',
  kind: 'reference',
  optional: true,
  title: { vi: 'Văn bản được dẫn', en: 'Documents cited' },
  description: {
    vi: 'Các văn bản (kế hoạch, quyết định, công văn…) mà báo cáo dẫn kèm ngày, mỗi chỗ dẫn một dòng, ngày ghi đúng như in — để đối chiếu ngày như đối chiếu con số.',
    en: 'The documents (plans, decisions, letters…) a report cites with a date, one row per citation, the date exactly as printed — so that dates are checked like figures.',
  },
  key: ['id'],
  fields: [
    { ...idField, example: 'bg-2023-11-30-d01' },
    reportIdField,
    sectionField,
    {
      name: 'document',
      type: 'string',
      required: true,
      pattern: ID_PATTERN,
      title: { vi: 'Mã văn bản', en: 'Document id' },
      description: {
        vi: 'Mã do mình đặt cho văn bản (cơ quan, loại, số, nội dung; không ghi ngày), giống nhau ở mọi chỗ dẫn cùng một văn bản — kể cả khi các chỗ dẫn ghi ngày khác nhau. Số văn bản bắt đầu lại mỗi năm, nên hai văn bản cùng số khác nội dung là hai mã.',
        en: 'Our id for the document (issuer, kind, number, subject; no date), the same wherever the same document is cited — even when the citations print different dates. Numbers restart every year, so two documents with one number and different subjects get two ids.',
      },
      example: 'ubnd-bg-kh-511-ngam-cau',
    },
    { name: 'doc_ref', type: 'string', required: true, title: { vi: 'Số hiệu', en: 'Number' }, description: { vi: 'Số, ký hiệu văn bản như in, không kèm chữ “số”.', en: 'Document number as printed, without the word “số”.' }, example: '511/KH-UBND' },
    enumField({
      name: 'role',
      required: true,
      title: { vi: 'Vai trò trong báo cáo', en: 'Role in the report' },
      description: {
        vi: 'issued_in_period: báo cáo kể việc ban hành văn bản là việc đã làm trong kỳ báo cáo (“Trong tháng 02/2024, Ban Dân tộc đã ban hành…”); cited: văn bản được dẫn làm căn cứ hoặc nhắc đến.',
        en: 'issued_in_period: the report counts issuing the document as work done in its period; cited: the document is cited as a basis or mentioned.',
      },
      labels: {
        cited: { vi: 'Được dẫn', en: 'Cited' },
        issued_in_period: { vi: 'Ban hành trong kỳ báo cáo', en: 'Issued in the reporting period' },
      },
      example: 'cited',
    }),
    { name: 'date', type: 'date', required: true, title: { vi: 'Ngày văn bản (như in)', en: 'Document date (as printed)' }, description: { vi: 'Ngày của văn bản đọc đúng như báo cáo in, kể cả khi có vẻ in nhầm (ghi chú ở cột note).', en: 'The document’s date read exactly as printed, even when it looks misprinted (say so in note).' }, example: '2021-10-15' },
    { name: 'figure_text', type: 'string', required: true, title: { vi: 'Nguyên văn', en: 'As printed' }, description: { vi: 'Loại, số hiệu và ngày văn bản chép nguyên văn như in.', en: 'Kind, number and date of the document copied exactly as printed.' }, example: 'Kế hoạch số 511/KH-UBND ngày 15/10/2021' },
    { name: 'note', type: 'string', title: { vi: 'Ghi chú', en: 'Note' }, description: { vi: 'Nội dung văn bản (ngắn), chỗ in nhầm có thể có.', en: 'Short subject of the document, possible misprints.' } },
  ],
} as const satisfies TableDef;
