/**
 * The example row of each CSV template: together they form a small data folder
 * that passes the checker (an area the report refers to, a figure_text that
 * prints the value…), so a staff member who copies a template starts from a
 * row the site accepts. A test builds a data folder from the templates.
 *
 * Every example row has an id starting with "vi-du-" (src/data/published.ts EXAMPLE_PREFIX), the
 * reference tables' too (an area, a report, a programme of their own, which the figure examples refer to):
 * no real row may take such an id, so an example left in a file is refused as an example to delete, and
 * never replaces a published row of the same id.
 */
import type { TableName } from '../data/define.ts';

const REPORT = { id: 'vi-du-bao-cao', report_id: 'vi-du-bao-cao', section: '3.1.2', area_id: 'vi-du-tinh' };

export const TEMPLATE_ROWS: Record<TableName, Record<string, string>> = {
  areas: { id: 'vi-du-tinh', name: 'Tỉnh ví dụ', level: 'province' },
  reports: {
    id: REPORT.id,
    issuer: 'Ban Dân tộc tỉnh Bắc Giang',
    issuer_area_id: REPORT.area_id,
    doc_type: 'monthly',
    number: '123/BC-BDT',
    date: '2023-11-17',
    period_start: '2023-11',
    period_end: '2023-11',
    title: 'Kết quả thực hiện công tác dân tộc tháng 11 năm 2023',
    signer: 'Trưởng ban',
    source_file: '000_f0c8a5335ea76620.txt',
  },
  projects: { id: 'vi-du-chuong-trinh', level: 'program', short_name: 'CT MTQG 1719', name: 'Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi' },
  funding: {
    ...REPORT,
    id: 'vi-du-f01',
    program: 'ntp1719',
    fund_year: '2023',
    budget_source: 'central',
    capital_type: 'dtpt',
    measure: 'assigned',
    value: '198110',
    unit: 'mvnd',
    figure_text: '198.110 triệu đồng',
    figure_status: 'reported',
  },
  works: {
    ...REPORT,
    id: 'vi-du-w01',
    section: '3.2',
    program: 'plan511',
    batch: '2023',
    plan_version: 'current',
    capital_type: 'all',
    work_type: 'all',
    measure: 'completed',
    count: '19',
    as_of: '2023-11-17',
    figure_text: '19/24 công trình',
    figure_status: 'reported',
  },
  poverty: {
    ...REPORT,
    id: 'vi-du-p01',
    section: 'I',
    population_group: 'dtts_mn',
    poverty_standard: '2021-2025',
    commune_list: '2021-2025',
    communes: '73',
    measure: 'decrease_yoy',
    year_from: '2021',
    year: '2022',
    value: '2.35',
    unit: 'pp',
    figure_text: '2,35%',
    figure_status: 'reported',
  },
  ncut: {
    ...REPORT,
    id: 'vi-du-n01',
    section: '3.3',
    period: '2023-2027',
    measure: 'count',
    provider: 'province',
    persons: '523',
    figure_text: '523 người có uy tín',
    figure_status: 'reported',
  },
  indicators: {
    ...REPORT,
    id: 'vi-du-i01',
    section: '3.3',
    topic: 'training',
    indicator: 'training_participants',
    label: 'Học viên các lớp bồi dưỡng kiến thức dân tộc',
    value: '1985',
    unit: 'person',
    period: '2023',
    figure_text: '1.985 học viên',
    figure_status: 'reported',
  },
  documents: {
    ...REPORT,
    id: 'vi-du-d01',
    section: '3.2',
    document: 'ubnd-bg-kh-511-ngam-cau',
    doc_ref: '511/KH-UBND',
    role: 'cited',
    date: '2021-10-15',
    figure_text: 'Kế hoạch số 511/KH-UBND ngày 15/10/2021',
  },
  withdrawals: {
    row_id: 'vi-du-n01',
    table: 'ncut',
    reason: 'Ví dụ: chép nhầm số của mục 3.3; báo cáo ghi 523 người',
    date: '2023-12-01',
    decided_by: 'Phó Trưởng ban Nguyễn Văn A',
  },
};
