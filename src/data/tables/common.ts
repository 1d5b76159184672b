/** Fields every observation table shares: identity and provenance. */
import { enumField } from '../define.ts';

export const ID_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';
/** Ids of the templates' example rows start with this; a real row's id never does (it is refused as an example). */
export const EXAMPLE_PREFIX = 'vi-du-';
/** An example id, allowed by every id pattern so that the example is refused as an example, not as a bad code. */
export const EXAMPLE_ID_PATTERN = `${EXAMPLE_PREFIX}${ID_PATTERN}`;

export const idField = {
  name: 'id',
  type: 'string',
  required: true,
  pattern: ID_PATTERN,
  title: { vi: 'Mã dòng', en: 'Row id' },
  description: {
    vi: 'Mã cố định, không trùng, chỉ gồm chữ thường không dấu, số và dấu gạch ngang. Trang web và trích dẫn dùng mã này; không đổi mã đã công bố.',
    en: 'Stable unique id (lowercase ASCII letters, digits, hyphens). Pages and citations link to it; never change a published id.',
  },
  example: 'bg-2023-11-17-f01',
} as const;

export const reportIdField = {
  name: 'report_id',
  type: 'string',
  required: true,
  ref: 'reports',
  title: { vi: 'Mã báo cáo', en: 'Report id' },
  description: { vi: 'Báo cáo nguồn của số liệu (cột id trong reports.csv).', en: 'Source report (id in reports.csv).' },
  example: 'bg-2023-11-17',
} as const;

export const sectionField = {
  name: 'section',
  type: 'string',
  required: true,
  title: { vi: 'Mục trong báo cáo', en: 'Report section' },
  description: {
    vi: 'Số mục (và tên ngắn) nơi số liệu xuất hiện trong báo cáo, để người đọc tìm lại.',
    en: 'Section number (and short name) where the figure is printed, so readers can find it.',
  },
  example: '3.1.2',
} as const;

export const areaIdField = {
  name: 'area_id',
  type: 'string',
  required: true,
  ref: 'areas',
  title: { vi: 'Địa bàn', en: 'Area' },
  description: { vi: 'Tỉnh, huyện hoặc xã mà số liệu nói đến (cột id trong areas.csv).', en: 'Province, district or commune the figure refers to (id in areas.csv).' },
  example: 'bac-giang',
} as const;

export const asOfField = {
  name: 'as_of',
  type: 'date',
  title: { vi: 'Số liệu tính đến', en: 'As of' },
  description: {
    vi: 'Ngày (hoặc tháng) mà số liệu được tính đến, theo báo cáo. Để trống nếu báo cáo không nói.',
    en: 'Date (or month) the figure is reported as of. Blank when the report does not say.',
  },
  example: '2023-11-15',
} as const;

const figureTextField = {
  name: 'figure_text',
  type: 'string',
  required: true,
  title: { vi: 'Số liệu như in trong báo cáo', en: 'Figure as printed' },
  description: {
    vi: 'Chép nguyên văn con số (kèm đơn vị) như trong báo cáo, kể cả khi in sai, để đối chiếu.',
    en: 'The figure exactly as printed in the report, including misprints, for checking.',
  },
  example: '130.595 triệu đồng',
} as const;

const figureStatusField = enumField({
  name: 'figure_status',
  required: true,
  title: { vi: 'Tình trạng số liệu', en: 'Figure status' },
  description: {
    vi: 'reported: số báo cáo nêu; estimate: số ước tính; malformed: con số in sai định dạng trong báo cáo, giá trị là cách đọc được ghi rõ ở cột ghi chú.',
    en: 'reported: stated figure; estimate: an estimate; malformed: misprinted in the report, the value is the reading explained in the note.',
  },
  labels: {
    reported: { vi: 'Số báo cáo', en: 'Reported' },
    estimate: { vi: 'Ước tính', en: 'Estimate' },
    malformed: { vi: 'In sai trong báo cáo', en: 'Malformed in source' },
  },
  example: 'reported',
});

const noteField = {
  name: 'note',
  type: 'string',
  title: { vi: 'Ghi chú', en: 'Note' },
  description: {
    vi: 'Giải thích thêm (tiếng Việt), ví dụ cách đọc một con số in sai: in dưới thẻ số của dòng (“Ghi chú: …”), ở trang báo cáo và trong tệp tải về.',
    en: 'Further explanation (Vietnamese), e.g. how a misprint was read: printed under the row’s card («Ghi chú: …»), on the report page and in downloads.',
  },
} as const;

/** Provenance block, in column order, shared by every observation table. */
export const provenance = [figureTextField, figureStatusField, noteField] as const;
