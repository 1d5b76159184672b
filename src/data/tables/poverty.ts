import { enumField, type TableDef } from '../define.ts';
import { areaIdField, idField, provenance, reportIdField, sectionField } from './common.ts';

export const poverty = {
  name: 'poverty',
  file: 'poverty.csv',
  kind: 'observation',
  title: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rates' },
  description: {
    vi: 'Tỷ lệ hộ nghèo (%) theo nhóm địa bàn và năm, và mức giảm báo cáo nêu. Tỷ lệ (%) và mức giảm (điểm phần trăm, bình quân/năm hoặc so với năm trước) là hai chỉ tiêu khác nhau và được giữ riêng.',
    en: 'Household poverty rates (%) by population group and year, and the decreases reported. A rate (%) and a change (percentage points, per year or year on year) are different measures and kept apart.',
  },
  key: ['report_id', 'area_id', 'population_group', 'poverty_standard', 'commune_list', 'measure', 'year_from', 'year'],
  sums: {
    same: ['measure', 'unit'],
    never: { unit: ['percent', 'pp', 'pp_per_year'] },
    fields: {
      area_id: { nest: 'tree', ref: 'areas' },
      population_group: { nest: 'alternative' },
      poverty_standard: { nest: 'alternative' },
      commune_list: { nest: 'alternative' },
      year_from: { nest: 'alternative' },
      year: { nest: 'alternative' },
    },
  },
  fields: [
    idField,
    reportIdField,
    sectionField,
    areaIdField,
    enumField({
      name: 'population_group',
      required: true,
      title: { vi: 'Nhóm địa bàn', en: 'Population group' },
      description: { vi: 'Nhóm xã/vùng, hoặc nhóm hộ, mà tỷ lệ nói đến.', en: 'Group of communes, or of households, the rate refers to.' },
      labels: {
        dtts_mn: { vi: 'Vùng đồng bào DTTS&MN', en: 'Ethnic-minority and mountainous area', short: 'vùng DTTS&MN' },
        xa_dbkk: { vi: 'Các xã đặc biệt khó khăn', en: 'Extremely disadvantaged communes', short: 'xã ĐBKK' },
        ho_dtts: { vi: 'Trong số hộ đồng bào DTTS', en: 'Among ethnic-minority households', short: 'hộ DTTS' },
        toan_dia_ban: { vi: 'Toàn địa bàn', en: 'Whole area' },
      },
      example: 'dtts_mn',
    }),
    {
      name: 'poverty_standard',
      type: 'period',
      required: true,
      forms: ['span'],
      title: { vi: 'Chuẩn nghèo', en: 'Poverty standard' },
      description: {
        vi: 'Giai đoạn của chuẩn nghèo mà tỷ lệ được đo theo: 2016-2020 (chuẩn nghèo đa chiều giai đoạn 2016–2020) hoặc 2021-2025 (chuẩn nghèo đa chiều giai đoạn 2021–2025), và các giai đoạn sau. Tỷ lệ đo theo hai chuẩn khác nhau không so sánh được: biểu đồ không nối chúng thành một đường. Báo cáo thường không ghi: khi đó suy ra từ năm số liệu và ghi rõ ở cột ghi chú.',
        en: 'Period of the poverty standard the rate is measured against (2016-2020, 2021-2025, …). Rates under different standards are not comparable; charts never join them.',
      },
      example: '2021-2025',
    },
    {
      name: 'commune_list',
      type: 'period',
      required: true,
      forms: ['span'],
      title: { vi: 'Danh sách xã', en: 'Commune list' },
      description: {
        vi: 'Giai đoạn của danh sách xã mà nhóm địa bàn bao gồm (danh sách xã vùng DTTS&MN, xã đặc biệt khó khăn được phê duyệt theo từng giai đoạn). Hai tỷ lệ của cùng một nhóm nhưng khác danh sách xã không so sánh được.',
        en: 'Period of the commune list the group covers (lists of ethnic-minority and extremely disadvantaged communes are approved per period). Rates over different lists are not comparable.',
      },
      example: '2021-2025',
    },
    { name: 'communes', type: 'number', format: 'integer', min: 0, unit: 'commune', title: { vi: 'Số xã trong nhóm', en: 'Communes in group' }, description: { vi: 'Số xã của nhóm, nếu báo cáo nêu (ví dụ 73 xã).', en: 'Number of communes in the group, when stated.' }, example: '73' },
    enumField({
      name: 'measure',
      required: true,
      title: { vi: 'Chỉ tiêu', en: 'Measure' },
      description: {
        vi: 'rate: tỷ lệ hộ nghèo năm `year`; decrease_avg_per_year: mức giảm bình quân mỗi năm từ `year_from` đến `year`; decrease_yoy: mức giảm năm `year` so với `year_from`.',
        en: 'rate: poverty rate in `year`; decrease_avg_per_year: average yearly decrease from `year_from` to `year`; decrease_yoy: decrease in `year` against `year_from`.',
      },
      labels: {
        rate: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' },
        decrease_avg_per_year: { vi: 'Mức giảm bình quân/năm', en: 'Average decrease per year' },
        decrease_yoy: { vi: 'Mức giảm so với năm trước', en: 'Decrease on previous year' },
      },
      units: { rate: 'percent', decrease_avg_per_year: 'pp_per_year', decrease_yoy: 'pp' },
      example: 'rate',
    }),
    { name: 'year_from', type: 'number', format: 'integer', min: 2000, max: 2100, title: { vi: 'Từ năm', en: 'From year' }, description: { vi: 'Năm gốc của mức giảm; để trống với tỷ lệ.', en: 'Base year of a decrease; blank for a rate.' }, example: '2015' },
    { name: 'year', type: 'number', format: 'integer', required: true, min: 2000, max: 2100, title: { vi: 'Năm', en: 'Year' }, description: { vi: 'Năm của tỷ lệ, hoặc năm cuối của mức giảm.', en: 'Year of the rate, or end year of the decrease.' }, example: '2020' },
    { name: 'value', type: 'number', figure: true, format: 'decimal', required: true, min: 0, max: 100, title: { vi: 'Giá trị', en: 'Value' }, description: { vi: 'Số thuần theo đơn vị ở cột unit.', en: 'Plain number in the unit given by `unit`.' }, example: '8.77' },
    enumField({
      name: 'unit',
      required: true,
      title: { vi: 'Đơn vị', en: 'Unit' },
      description: { vi: 'percent cho tỷ lệ; pp_per_year cho mức giảm bình quân; pp cho mức giảm một năm. Báo cáo in cả hai là "%".', en: 'percent for a rate; pp_per_year for an average decrease; pp for a one-year change. Reports print both as "%".' },
      labels: {
        percent: { vi: '%', en: '%' },
        pp: { vi: 'điểm phần trăm', en: 'percentage points' },
        pp_per_year: { vi: 'điểm phần trăm/năm', en: 'percentage points per year' },
      },
      example: 'percent',
    }),
    ...provenance,
  ],
} as const satisfies TableDef;
