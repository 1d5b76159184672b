import { enumField, UNITS, type TableDef, type Text, type UnitCode } from '../define.ts';
import { areaIdField, asOfField, idField, provenance, reportIdField, sectionField } from './common.ts';

export const indicators = {
  name: 'indicators',
  file: 'indicators.csv',
  kind: 'observation',
  title: { vi: 'Chỉ tiêu khác', en: 'Other indicators' },
  description: {
    vi: 'Các con số khác của báo cáo (tập huấn, hỗ trợ nhà ở, nước sinh hoạt, chuyển đổi nghề, hỗ trợ học sinh, bảo hiểm y tế, người hưởng lợi từ công trình…), mỗi dòng một con số với đơn vị rõ ràng.',
    en: 'The reports’ other figures (training, housing, water, vocational change, student support, health insurance, beneficiaries of works…), one figure per row with an explicit unit.',
  },
  key: ['report_id', 'area_id', 'indicator', 'period', 'as_of'],
  sums: {
    same: ['indicator', 'unit'],
    never: { unit: ['percent', 'pp', 'pp_per_year', 'quintal_per_ha'] },
    // Counts at a date («tính đến nay», «lũy kế»): whatever period a report writes beside them, one series; their
    // cards say the date, not the period (views/indicators.ts). A new such code is added here (data/README.md).
    stocks: { indicator: ['ntm_communes_done', 'dtts_mn_communes_total', 'kv3_communes_ntm_done'] },
    fields: {
      area_id: { nest: 'tree', ref: 'areas' },
      period: { nest: 'period' },
    },
  },
  fields: [
    idField,
    reportIdField,
    sectionField,
    areaIdField,
    enumField({
      name: 'topic',
      required: true,
      title: { vi: 'Chủ đề', en: 'Topic' },
      description: { vi: 'Nhóm chủ đề. Chỉ tiêu của funding, poverty, ncut hiện ở trang chủ đề đó (Giải ngân, Hộ nghèo, Người có uy tín) và ở trang «Các chỉ tiêu khác» của địa bàn; của works ở trang Công trình và mục Công trình của trang địa bàn; chủ đề khác ở trang «Các chỉ tiêu khác» của địa bàn.', en: 'Topic. Indicators of funding, poverty and ncut are shown on that topic page and on the area\'s «Các chỉ tiêu khác» page; of works on /cong-trinh/ and the area page\'s works block; other topics on the area\'s «Các chỉ tiêu khác» page.' },
      labels: {
        funding: { vi: 'Vốn, ngân sách', en: 'Funding and budget' },
        works: { vi: 'Công trình, người hưởng lợi', en: 'Works and beneficiaries' },
        poverty: { vi: 'Giảm nghèo', en: 'Poverty reduction' },
        ncut: { vi: 'Người có uy tín', en: 'Prestigious persons' },
        livelihood: { vi: 'Đất, nhà ở, nước, sinh kế', en: 'Land, housing, water, livelihoods' },
        training: { vi: 'Đào tạo, tập huấn, tuyên truyền', en: 'Training and outreach' },
        education: { vi: 'Giáo dục', en: 'Education' },
        health: { vi: 'Y tế, bảo hiểm', en: 'Health and insurance' },
        culture: { vi: 'Văn hóa, thông tin', en: 'Culture and information' },
        economy: { vi: 'Kinh tế, sản xuất', en: 'Economy and production' },
        security: { vi: 'An ninh, trật tự', en: 'Security and order' },
        governance: { vi: 'Tổ chức, chỉ đạo, khen thưởng', en: 'Governance and awards' },
      },
      example: 'training',
    }),
    { name: 'indicator', type: 'string', required: true, pattern: '[a-z0-9]+(_[a-z0-9]+)*', title: { vi: 'Mã chỉ tiêu', en: 'Indicator code' }, description: { vi: 'Mã ngắn không dấu, nối bằng gạch dưới; cùng chỉ tiêu ở các báo cáo dùng cùng mã. Câu “A/B đạt C% KH” ghi ba dòng: <mã> (thực hiện), <mã>_plan (kế hoạch), <mã>_plan_pct (tỷ lệ in) — chương trình tự tính lại tỷ lệ để đối chiếu.', en: 'Short ASCII code; the same indicator in different reports uses the same code. “A/B = C% of plan” is three rows: <code> (done), <code>_plan (plan), <code>_plan_pct (stated rate), which reconcile checks.' }, example: 'training_participants' },
    { name: 'label', type: 'string', required: true, title: { vi: 'Tên chỉ tiêu', en: 'Label' }, description: { vi: 'Tên chỉ tiêu bằng tiếng Việt, viết bằng lời của mình.', en: 'Vietnamese label in our own words.' }, example: 'Học viên các lớp bồi dưỡng kiến thức dân tộc' },
    { name: 'value', type: 'number', figure: true, format: 'decimal', required: true, title: { vi: 'Giá trị', en: 'Value' }, description: { vi: 'Số thuần theo đơn vị ở cột unit.', en: 'Plain number in the unit given by `unit`.' }, example: '1985' },
    enumField({
      name: 'unit',
      required: true,
      title: { vi: 'Đơn vị', en: 'Unit' },
      description: { vi: 'Mã đơn vị (xem bảng đơn vị trong từ điển dữ liệu).', en: 'Unit code (see the units in the data dictionary).' },
      labels: UNITS as Record<UnitCode, Text>,
      example: 'person',
    }),
    { name: 'period', type: 'period', required: true, forms: ['year', 'month', 'half', 'span', 'term'], title: { vi: 'Kỳ', en: 'Period' }, description: { vi: 'Năm, tháng (2023-11), nửa năm (2023-h1), giai đoạn (2021-2025) hoặc học kỳ (2022-2023-hk1).', en: 'Year, month, half-year, period or school term (2022-2023-hk1).' }, example: '2022-2023' },
    asOfField,
    ...provenance,
  ],
} as const satisfies TableDef;

/**
 * Codes the staff guide (data/README.md) gives for figures many reports print, before any published row uses them:
 * known to the checker's new-code warning (new-code.ts) and listed on /cap-nhat/ma/, so following the guide is never
 * warned about. The guide names each of them (test/unit/new-code.test.ts).
 */
export const COMMON_INDICATORS: readonly { code: string; topic: string; unit: UnitCode; label: string }[] = [
  { code: 'poor_households', topic: 'poverty', unit: 'household', label: 'Số hộ nghèo' },
  { code: 'near_poor_households', topic: 'poverty', unit: 'household', label: 'Số hộ cận nghèo' },
  { code: 'near_poor_rate', topic: 'poverty', unit: 'percent', label: 'Tỷ lệ hộ cận nghèo' },
  { code: 'households_escaped_poverty', topic: 'poverty', unit: 'household', label: 'Số hộ thoát nghèo' },
  { code: 'poverty_rate_decrease', topic: 'poverty', unit: 'pp', label: 'Mức giảm tỷ lệ hộ nghèo' },
  { code: 'dispersed_water_households', topic: 'livelihood', unit: 'household', label: 'Hộ được hỗ trợ nước sinh hoạt phân tán' },
  { code: 'housing_support_households', topic: 'livelihood', unit: 'household', label: 'Hộ được hỗ trợ làm nhà ở' },
  { code: 'plan511_completed_in_year', topic: 'works', unit: 'work', label: 'Công trình Kế hoạch 511 hoàn thành trong năm' },
];

