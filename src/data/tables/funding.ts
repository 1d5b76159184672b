import { enumField, type TableDef } from '../define.ts';
import { areaIdField, asOfField, ID_PATTERN, idField, provenance, reportIdField, sectionField } from './common.ts';

export const funding = {
  name: 'funding',
  file: 'funding.csv',
  kind: 'observation',
  title: { vi: 'Vốn và giải ngân', en: 'Funding and disbursement' },
  description: {
    vi: 'Vốn giao, phân bổ, chưa phân bổ, giải ngân (triệu đồng) và tỷ lệ giải ngân (%) của Chương trình MTQG 1719 và Kế hoạch 511, theo địa bàn, năm vốn, nguồn ngân sách, loại vốn và dự án. Mỗi dòng là một con số của một báo cáo.',
    en: 'Assigned, allocated, unallocated and disbursed funds (million VND) and disbursement rates (%) of NTP 1719 and plan 511, by area, fund year, budget source, capital type and project. One row per reported figure.',
  },
  key: ['report_id', 'area_id', 'program', 'fund_year', 'budget_source', 'capital_type', 'project_id', 'tranche', 'measure', 'as_of'],
  fields: [
    idField,
    reportIdField,
    sectionField,
    areaIdField,
    enumField({
      name: 'program',
      required: true,
      title: { vi: 'Chương trình', en: 'Programme' },
      description: { vi: 'Chương trình hoặc kế hoạch mà khoản vốn thuộc về.', en: 'Programme or plan the funds belong to.' },
      labels: {
        ntp1719: { vi: 'Chương trình MTQG 1719', en: 'NTP 1719' },
        plan511: { vi: 'Kế hoạch 511 (ngầm, cầu dân sinh)', en: 'Plan 511 (spillways and bridges)' },
      },
      example: 'ntp1719',
    }),
    {
      name: 'fund_year',
      type: 'period',
      required: true,
      forms: ['year', 'span', 'carryover'],
      title: { vi: 'Năm vốn', en: 'Fund year' },
      description: {
        vi: 'Năm hoặc giai đoạn của nguồn vốn (không phải ngày báo cáo): một năm (2025), một giai đoạn hoặc số lũy kế nhiều năm (2021-2025, 2022-2023), hoặc vốn năm trước chuyển sang năm sau (2022-carryover = vốn 2022 chuyển sang 2023).',
        en: 'Year or period of the funds (not the report date): a year, a span or multi-year cumulative figure, or a year carried over into the next (2022-carryover).',
      },
      example: '2023',
    },
    enumField({
      name: 'budget_source',
      required: true,
      title: { vi: 'Nguồn ngân sách', en: 'Budget source' },
      description: {
        vi: 'all: tổng các nguồn như báo cáo nêu; central_provincial: tổng trung ương và đối ứng tỉnh (khi báo cáo nêu riêng tổng này).',
        en: 'all: total of sources as reported; central_provincial: central plus provincial counterpart (when the report states that subtotal).',
      },
      labels: {
        all: { vi: 'Tổng các nguồn', en: 'All sources' },
        central_provincial: { vi: 'Trung ương và đối ứng tỉnh', en: 'Central and provincial' },
        central: { vi: 'Ngân sách trung ương', en: 'Central budget' },
        provincial: { vi: 'Đối ứng ngân sách tỉnh', en: 'Provincial counterpart' },
        district_commune: { vi: 'Ngân sách huyện, xã', en: 'District and commune budget' },
      },
      example: 'central',
    }),
    enumField({
      name: 'capital_type',
      required: true,
      title: { vi: 'Loại vốn', en: 'Capital type' },
      description: { vi: 'Vốn đầu tư phát triển (ĐTPT), vốn sự nghiệp (SN), vốn tín dụng chính sách, hoặc tổng (all = ĐTPT + SN).', en: 'Development investment (ĐTPT), recurrent (SN), policy credit, or total (all = ĐTPT + SN).' },
      labels: {
        all: { vi: 'Tổng (ĐTPT + SN)', en: 'Total (ĐTPT + SN)' },
        dtpt: { vi: 'Vốn đầu tư phát triển', en: 'Development investment' },
        sn: { vi: 'Vốn sự nghiệp', en: 'Recurrent' },
        credit: { vi: 'Vốn tín dụng chính sách', en: 'Policy credit' },
      },
      example: 'dtpt',
    }),
    { name: 'project_id', type: 'string', ref: 'projects', title: { vi: 'Dự án', en: 'Project' }, description: { vi: 'Dự án/tiểu dự án/nội dung (mã trong projects.csv); để trống nếu là số của cả chương trình.', en: 'Project/sub-project/content (id in projects.csv); blank for the whole programme.' }, example: 'ntp1719.da3.tda1' },
    enumField({
      name: 'measure',
      required: true,
      title: { vi: 'Chỉ tiêu', en: 'Measure' },
      description: {
        vi: 'assigned: vốn giao/kế hoạch; allocated: vốn đã phân bổ; unallocated: chưa phân bổ; disbursed: đã giải ngân; disbursement_rate: tỷ lệ giải ngân báo cáo nêu (%); total_investment: tổng mức đầu tư.',
        en: 'assigned: plan/assigned funds; allocated: funds allocated in detail; unallocated; disbursed; disbursement_rate: stated rate (%); total_investment.',
      },
      labels: {
        assigned: { vi: 'Vốn giao (kế hoạch)', en: 'Assigned' },
        allocated: { vi: 'Vốn đã phân bổ', en: 'Allocated' },
        unallocated: { vi: 'Vốn chưa phân bổ', en: 'Unallocated' },
        disbursed: { vi: 'Đã giải ngân', en: 'Disbursed' },
        disbursement_rate: { vi: 'Tỷ lệ giải ngân', en: 'Disbursement rate' },
        total_investment: { vi: 'Tổng mức đầu tư', en: 'Total investment' },
      },
      example: 'disbursed',
    }),
    { name: 'value', type: 'number', figure: true, format: 'decimal', required: true, min: 0, title: { vi: 'Giá trị', en: 'Value' }, description: { vi: 'Số thuần (dấu chấm thập phân, không dấu phân cách hàng nghìn), theo đơn vị ở cột unit.', en: 'Plain number in the unit given by `unit`.' }, example: '130595' },
    enumField({
      name: 'unit',
      required: true,
      title: { vi: 'Đơn vị', en: 'Unit' },
      description: { vi: 'mvnd = triệu đồng; percent = % (chỉ cho tỷ lệ giải ngân).', en: 'mvnd = million VND; percent (disbursement rate only).' },
      labels: { mvnd: { vi: 'triệu đồng', en: 'million VND' }, percent: { vi: '%', en: '%' } },
      example: 'mvnd',
    }),
    asOfField,
    {
      name: 'tranche',
      type: 'string',
      pattern: ID_PATTERN,
      title: { vi: 'Đợt giao vốn', en: 'Tranche' },
      description: {
        vi: 'Để trống khi con số là tổng. Khi báo cáo nêu riêng từng đợt vốn (từng quyết định giao vốn) của cùng một khoản, mỗi đợt một mã ngắn, ví dụ qd-742-2022; tổng và các đợt không bao giờ bị cộng lẫn.',
        en: 'Blank for a total. When a report lists the tranches (decisions) of one fund separately, a short code per tranche, e.g. qd-742-2022; totals and tranches are never added together.',
      },
      example: 'qd-742-2022',
    },
    {
      name: 'decision_date',
      type: 'date',
      title: { vi: 'Ngày quyết định', en: 'Decision date' },
      description: {
        vi: 'Ngày của quyết định giao vốn mà con số dẫn ra (không phải ngày số liệu được tính đến: ngày đó ghi ở as_of).',
        en: 'Date of the decision the figure cites (not the date the figure is true at, which goes in as_of).',
      },
      example: '2022-07-27',
    },
    ...provenance,
  ],
} as const satisfies TableDef;
