import { enumField, type TableDef } from '../define.ts';
import { areaIdField, asOfField, idField, provenance, reportIdField, sectionField } from './common.ts';

export const ncut = {
  name: 'ncut',
  file: 'ncut.csv',
  kind: 'observation',
  title: { vi: 'Người có uy tín', en: 'Prestigious persons (NCUT)' },
  description: {
    vi: 'Số người có uy tín trong đồng bào DTTS theo địa bàn và giai đoạn, và các hỗ trợ (tặng quà, thăm hỏi, cấp báo, tập huấn, công nhận…) với số người và số tiền.',
    en: 'Number of prestigious persons among ethnic minorities by area and period, and the support given (gifts, visits, newspapers, training, recognition…) with persons and amounts.',
  },
  key: ['report_id', 'area_id', 'period', 'measure', 'provider', 'as_of'],
  sums: {
    same: ['measure'],
    fields: {
      area_id: { nest: 'tree', ref: 'areas' },
      period: { nest: 'period' },
      provider: { nest: 'distinct' },
    },
    stocks: { measure: ['count'] },
  },
  fields: [
    idField,
    reportIdField,
    sectionField,
    areaIdField,
    { name: 'period', type: 'period', required: true, forms: ['year', 'month', 'half', 'span'], title: { vi: 'Kỳ', en: 'Period' }, description: { vi: 'Năm (2023), tháng (2023-11), nửa năm (2023-h1) hoặc giai đoạn (2023-2027). Với số người có uy tín (count): ghi kỳ báo cáo nói (năm 2024, 6 tháng đầu năm 2023, nhiệm kỳ 2023-2027); mọi số đếm của cùng địa bàn và cấp quản lý là một dãy số, số của báo cáo mới thay số cũ.', en: 'Year, month (2023-11), half-year (2023-h1) or period (2023-2027). The number of NCUT (count) is that of a list: the list\'s term as in the earlier report (2023-2027), even when a new report names only the year.' }, example: '2023-11' },
    enumField({
      name: 'measure',
      required: true,
      title: { vi: 'Chỉ tiêu', en: 'Measure' },
      description: { vi: 'count: tổng số người có uy tín; các giá trị khác: một hình thức hỗ trợ.', en: 'count: number of NCUT; other values: a kind of support.' },
      labels: {
        count: { vi: 'Số người có uy tín', en: 'Number of NCUT' },
        recognized: { vi: 'Công nhận mới', en: 'Newly recognised' },
        tet_gift: { vi: 'Tặng quà Tết', en: 'Tết gifts' },
        sick_visit: { vi: 'Thăm hỏi ốm đau', en: 'Sickness visits' },
        bereavement_visit: { vi: 'Thăm viếng khi có tang', en: 'Bereavement visits' },
        // «thăm hỏi 09 người có uy tín ốm đau, gia đình có việc hiếu»: one number for both kinds, not told apart.
        sick_or_bereavement_visit: { vi: 'Thăm hỏi ốm đau, gia đình có việc hiếu', en: 'Sickness or bereavement visits (not told apart)' },
        newspaper: { vi: 'Cấp báo', en: 'Newspapers' },
        training: { vi: 'Tập huấn, bồi dưỡng', en: 'Training' },
        study_trip: { vi: 'Học tập kinh nghiệm', en: 'Study trips' },
        commendation: { vi: 'Biểu dương, tôn vinh', en: 'Commendation' },
      },
      example: 'tet_gift',
    }),
    enumField({
      name: 'provider',
      required: true,
      title: { vi: 'Cấp thực hiện', en: 'Provided by' },
      description: {
        vi: 'Cấp tổ chức hỗ trợ hoặc công nhận (trung ương, tỉnh, huyện, xã); với số người có uy tín (count): cấp của báo cáo đếm số đó (báo cáo huyện ghi huyện).',
        en: 'Level that gave the support or recognition (central, province, district, commune); for a count, the level of the report counting them (a district report: district).',
      },
      labels: {
        central: { vi: 'Trung ương', en: 'Central' },
        province: { vi: 'Tỉnh', en: 'Province' },
        district: { vi: 'Huyện', en: 'District' },
        commune: { vi: 'Xã', en: 'Commune' },
      },
      example: 'district',
    }),
    { name: 'persons', type: 'number', figure: true, format: 'integer', min: 0, unit: 'person', title: { vi: 'Số người', en: 'Persons' }, description: { vi: 'Số người có uy tín được tính hoặc được hỗ trợ.', en: 'Number of NCUT counted or supported.' }, example: '137' },
    { name: 'quantity', type: 'number', figure: true, format: 'integer', min: 0, title: { vi: 'Số lượng', en: 'Quantity' }, description: { vi: 'Số lượng hiện vật (ví dụ số tờ báo), đơn vị ở cột quantity_unit.', en: 'Quantity of items (e.g. newspaper copies), unit in quantity_unit.' }, example: '20016' },
    enumField({
      name: 'quantity_unit',
      title: { vi: 'Đơn vị số lượng', en: 'Quantity unit' },
      description: { vi: 'Đơn vị của cột quantity.', en: 'Unit of `quantity`.' },
      labels: { copy: { vi: 'tờ báo', en: 'copies' }, village: { vi: 'thôn, bản', en: 'villages' } },
      example: 'copy',
    }),
    { name: 'amount_mvnd', type: 'number', figure: true, format: 'decimal', min: 0, unit: 'mvnd', title: { vi: 'Số tiền (triệu đồng)', en: 'Amount (million VND)' }, description: { vi: 'Số tiền hỗ trợ, quy ra triệu đồng.', en: 'Amount of support in million VND.' }, example: '68.5' },
    asOfField,
    ...provenance,
  ],
} as const satisfies TableDef;
