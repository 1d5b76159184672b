import { enumField, type TableDef } from '../define.ts';
import { ID_PATTERN } from './common.ts';

export const areas = {
  name: 'areas',
  file: 'areas.csv',
  kind: 'reference',
  title: { vi: 'Địa bàn', en: 'Areas' },
  description: {
    vi: 'Tỉnh, huyện và xã, với địa bàn cấp trên tại thời điểm các báo cáo (từ 1/7/2025 không còn cấp huyện: xã thuộc thẳng tỉnh).',
    en: 'Provinces, districts and communes, with the area above each at the time of the reports (from 1 July 2025 there are no districts: communes belong to their province).',
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
    { name: 'parent_id', type: 'string', ref: 'areas', title: { vi: 'Thuộc', en: 'Parent' }, description: { vi: 'Địa bàn cấp trên tại thời điểm báo cáo: tỉnh của một huyện; huyện của một xã, hoặc tỉnh của xã khi không còn cấp huyện (từ 1/7/2025); để trống với tỉnh.', en: 'Parent area at report time: the province of a district; the district of a commune, or its province where there are no districts (from 1 July 2025); blank for provinces.' }, example: 'bac-giang' },
    { name: 'note', type: 'string', title: { vi: 'Ghi chú', en: 'Note' }, description: { vi: 'Ghi chú về địa giới, sáp nhập… (hiện trên trang).', en: 'Notes on boundaries, mergers… (shown on the site).' } },
    { name: 'former_district_id', type: 'string', ref: 'areas', title: { vi: 'Huyện cũ', en: 'Former district' }, description: { vi: 'Xã thuộc tỉnh từ 1/7/2025: huyện cũ (nơi có phần lớn xã); trang huyện ấy liệt kê xã.', en: 'For a commune under its province from 1 July 2025: the district it (or most of it) was in before; that district\'s page lists it.' }, example: 'luc-nam' },
  ],
} as const satisfies TableDef;
