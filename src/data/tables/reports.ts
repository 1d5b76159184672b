import { enumField, type TableDef } from '../define.ts';
import { ID_PATTERN } from './common.ts';

export const reports = {
  name: 'reports',
  file: 'reports.csv',
  kind: 'reference',
  title: { vi: 'Báo cáo nguồn', en: 'Source reports' },
  description: {
    vi: 'Danh sách các báo cáo mà mọi số liệu được lấy từ đó.',
    en: 'The reports every figure is taken from.',
  },
  key: ['id'],
  fields: [
    { name: 'id', type: 'string', required: true, pattern: ID_PATTERN, title: { vi: 'Mã báo cáo', en: 'Report id' }, description: { vi: 'Mã cố định: cơ quan - địa bàn - ngày.', en: 'Stable id: issuer, area, date.' }, example: 'bg-2023-11-17' },
    { name: 'issuer', type: 'string', required: true, title: { vi: 'Cơ quan ban hành', en: 'Issuer' }, description: { vi: 'Tên cơ quan ban hành báo cáo.', en: 'Issuing body.' }, example: 'Ban Dân tộc tỉnh Bắc Giang' },
    { name: 'issuer_area_id', type: 'string', required: true, ref: 'areas', title: { vi: 'Địa bàn cơ quan', en: 'Issuer area' }, description: { vi: 'Tỉnh/huyện của cơ quan ban hành.', en: 'Province/district of the issuer.' }, example: 'bac-giang' },
    enumField({
      name: 'doc_type',
      required: true,
      title: { vi: 'Loại báo cáo', en: 'Document type' },
      description: { vi: 'Loại văn bản.', en: 'Kind of document.' },
      labels: {
        monthly: { vi: 'Báo cáo tháng', en: 'Monthly report' },
        quarterly: { vi: 'Báo cáo quý', en: 'Quarterly report' },
        half_year: { vi: 'Báo cáo 6 tháng', en: 'Half-year report' },
        nine_months: { vi: 'Báo cáo 9 tháng', en: 'Nine-month report' },
        annual: { vi: 'Báo cáo năm', en: 'Annual report' },
        review: { vi: 'Báo cáo sơ kết, tổng kết', en: 'Review report' },
        thematic: { vi: 'Báo cáo chuyên đề', en: 'Thematic report' },
      },
      example: 'monthly',
    }),
    { name: 'number', type: 'string', title: { vi: 'Số hiệu', en: 'Document number' }, description: { vi: 'Số, ký hiệu văn bản như in (có thể chưa điền số).', en: 'Document number as printed (may be blank in the draft).' }, example: '/BC-BDT' },
    { name: 'date', type: 'date', required: true, title: { vi: 'Ngày ban hành', en: 'Date issued' }, description: { vi: 'Ngày ban hành; chỉ ghi tháng (YYYY-MM) nếu báo cáo không ghi ngày.', en: 'Issue date; month only (YYYY-MM) when the report gives no day.' }, example: '2023-11-17' },
    { name: 'period_start', type: 'date', required: true, title: { vi: 'Kỳ báo cáo từ', en: 'Period from' }, description: { vi: 'Đầu kỳ báo cáo: tháng 2023-11; sáu tháng 2025-01; cả năm 2024 (cả hai cột).', en: 'Start of the reporting period: a month 2023-11; a half-year 2025-01; a year 2024 (both columns).' }, example: '2023-11' },
    { name: 'period_end', type: 'date', required: true, title: { vi: 'Kỳ báo cáo đến', en: 'Period to' }, description: { vi: 'Cuối kỳ báo cáo: tháng 2023-11; sáu tháng 2025-06; cả năm 2024.', en: 'End of the reporting period: a month 2023-11; a half-year 2025-06; a year 2024.' }, example: '2023-11' },
    { name: 'title', type: 'string', required: true, title: { vi: 'Trích yếu', en: 'Title' }, description: { vi: 'Trích yếu của báo cáo.', en: 'Title of the report.' } },
    { name: 'signer', type: 'string', title: { vi: 'Người ký', en: 'Signed by' }, description: { vi: 'Chức vụ và họ tên người ký.', en: 'Signatory.' } },
    { name: 'note', type: 'string', title: { vi: 'Ghi chú về báo cáo', en: 'Note on the report' }, description: { vi: 'Những chỗ không nhất quán trong lời văn của báo cáo (kỳ báo cáo, ngày, tiêu đề) mà không thể hiện được bằng con số.', en: 'Inconsistencies in the report’s text (period, dates, headings) that no figure can show.' } },
    {
      name: 'figures_note',
      type: 'string',
      title: { vi: 'Lưu ý kèm mọi số liệu của báo cáo', en: 'Caveat on every figure of the report' },
      description: {
        vi: 'Một câu ngắn, khi lời văn của báo cáo làm mọi con số của nó kém chắc chắn (ví dụ tiêu đề ghi kết quả tháng 02/2024 mà đoạn mở đầu ghi tháng 01/2024): trang web in câu này cạnh từng con số của báo cáo. Để trống nếu không có; chỗ không nhất quán khác của lời văn ghi ở note.',
        en: 'A short sentence when the report’s text makes every one of its figures uncertain (the title gives February, the opening January): printed beside each of its figures. Blank otherwise; other inconsistencies of the text go in note.',
      },
    },
    { name: 'source_file', type: 'string', required: true, title: { vi: 'Tệp nguồn', en: 'Source file' }, description: { vi: 'Tên tệp văn bản gốc đã chuyển sang chữ.', en: 'File name of the converted original.' }, example: '000_f0c8a5335ea76620.txt' },
  ],
} as const satisfies TableDef;
