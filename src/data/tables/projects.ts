import { enumField, type TableDef } from '../define.ts';
import { EXAMPLE_ID_PATTERN } from './common.ts';

export const projects = {
  name: 'projects',
  file: 'projects.csv',
  kind: 'reference',
  title: { vi: 'Dự án, tiểu dự án, nội dung', en: 'Projects, sub-projects and contents' },
  description: {
    vi: 'Cấu trúc Chương trình MTQG 1719 (10 dự án, các tiểu dự án và nội dung) và Kế hoạch 511.',
    en: 'Structure of NTP 1719 (10 projects, their sub-projects and contents) and plan 511.',
  },
  key: ['id'],
  fields: [
    { name: 'id', type: 'string', required: true, pattern: `(ntp1719|plan511)(\\.(da|tda|nd)[0-9]+)*|${EXAMPLE_ID_PATTERN}`, title: { vi: 'Mã', en: 'Id' }, description: { vi: 'Mã theo cấp: ntp1719.da3.tda2.nd1 = Nội dung 1, Tiểu dự án 2, Dự án 3.', en: 'Hierarchical code: ntp1719.da3.tda2.nd1 = content 1 of sub-project 2 of project 3.' }, example: 'ntp1719.da3.tda1' },
    { name: 'parent_id', type: 'string', ref: 'projects', title: { vi: 'Thuộc', en: 'Parent' }, description: { vi: 'Mã cấp trên; trống với chương trình.', en: 'Parent code; blank for a programme.' }, example: 'ntp1719.da3' },
    enumField({
      name: 'level',
      required: true,
      title: { vi: 'Cấp', en: 'Level' },
      description: { vi: 'Chương trình, dự án, tiểu dự án hay nội dung.', en: 'Programme, project, sub-project or content.' },
      labels: {
        program: { vi: 'Chương trình', en: 'Programme' },
        project: { vi: 'Dự án', en: 'Project' },
        subproject: { vi: 'Tiểu dự án', en: 'Sub-project' },
        content: { vi: 'Nội dung', en: 'Content' },
      },
      example: 'subproject',
    }),
    { name: 'short_name', type: 'string', required: true, title: { vi: 'Tên ngắn', en: 'Short name' }, description: { vi: 'Tên ngắn dùng trên biểu đồ.', en: 'Short label for charts.' }, example: 'Dự án 3 – Tiểu dự án 1' },
    { name: 'name', type: 'string', required: true, title: { vi: 'Tên đầy đủ', en: 'Full name' }, description: { vi: 'Tên như trong Quyết định 1719/QĐ-TTg hoặc Kế hoạch 511.', en: 'Name as in Decision 1719/QĐ-TTg or plan 511.' } },
  ],
} as const satisfies TableDef;
