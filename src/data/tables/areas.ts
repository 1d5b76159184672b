import { enumField, type TableDef } from '../define.ts';
import { ID_PATTERN } from './common.ts';

export const areas = {
  name: 'areas',
  file: 'areas.csv',
  kind: 'reference',
  title: { vi: 'Địa bàn', en: 'Areas' },
  description: {
    vi: 'Tỉnh và huyện, với tỉnh mà huyện thuộc về tại thời điểm các báo cáo.',
    en: 'Provinces and districts, with the province each district belonged to at the time of the reports.',
  },
  key: ['id'],
  fields: [
    { name: 'id', type: 'string', required: true, pattern: ID_PATTERN, title: { vi: 'Mã địa bàn', en: 'Area id' }, description: { vi: 'Tên không dấu, nối bằng gạch ngang.', en: 'Name without diacritics, hyphenated.' }, example: 'son-dong' },
    { name: 'name', type: 'string', required: true, title: { vi: 'Tên', en: 'Name' }, description: { vi: 'Tên đầy đủ có dấu, không kèm cấp hành chính.', en: 'Name with diacritics, without the administrative level.' }, example: 'Sơn Động' },
    enumField({
      name: 'level',
      required: true,
      title: { vi: 'Cấp', en: 'Level' },
      description: { vi: 'Cấp hành chính.', en: 'Administrative level.' },
      labels: {
        province: { vi: 'Tỉnh', en: 'Province' },
        district: { vi: 'Huyện', en: 'District' },
        commune: { vi: 'Xã', en: 'Commune' },
      },
      example: 'district',
    }),
    { name: 'parent_id', type: 'string', ref: 'areas', title: { vi: 'Thuộc tỉnh', en: 'Parent' }, description: { vi: 'Địa bàn cấp trên tại thời điểm báo cáo: tỉnh của một huyện, huyện của một xã; để trống với tỉnh.', en: 'Parent area at report time: the province of a district, the district of a commune; blank for provinces.' }, example: 'bac-giang' },
    { name: 'note', type: 'string', title: { vi: 'Ghi chú', en: 'Note' }, description: { vi: 'Ghi chú về địa giới, sáp nhập…', en: 'Notes on boundaries, mergers…' } },
  ],
} as const satisfies TableDef;
