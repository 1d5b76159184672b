/** The site's sections, in navigation order. One list for the header, the footer and the tests. */
export interface Section {
  href: string;
  label: string;
  /** Short description, shown on the overview and in <meta name="description">. */
  summary: string;
}

export const SECTIONS: readonly Section[] = [
  { href: '/', label: 'Tổng quan', summary: 'Những con số chính của Chương trình MTQG 1719 theo các báo cáo.' },
  { href: '/giai-ngan/', label: 'Giải ngân', summary: 'Vốn giao, phân bổ và giải ngân theo năm vốn, nguồn ngân sách, loại vốn và dự án.' },
  { href: '/cong-trinh/', label: 'Công trình', summary: 'Tiến độ Kế hoạch 511 (công trình ngầm, cầu dân sinh) theo huyện và theo đợt; công trình hạ tầng của Chương trình MTQG 1719 theo địa bàn.' },
  { href: '/ho-ngheo/', label: 'Hộ nghèo', summary: 'Tỷ lệ hộ nghèo vùng đồng bào DTTS&MN và các xã đặc biệt khó khăn qua các năm.' },
  { href: '/nguoi-co-uy-tin/', label: 'Người có uy tín', summary: 'Số người có uy tín trong đồng bào DTTS và các chính sách hỗ trợ.' },
  { href: '/dia-ban/', label: 'Địa bàn', summary: 'Mỗi tỉnh, huyện một trang gom mọi số liệu và biểu đồ của địa bàn đó.' },
  { href: '/bao-cao/', label: 'Báo cáo', summary: 'Các báo cáo nguồn, mỗi báo cáo một trang.' },
  { href: '/du-lieu/', label: 'Dữ liệu', summary: 'Từ điển dữ liệu và tải về các bảng số liệu.' },
  { href: '/gioi-thieu/', label: 'Giới thiệu', summary: 'Trang web này là gì, số liệu lấy từ đâu, cách đọc và trích dẫn.' },
];

/** Prefixes a site path with the configured base (for deployment under a sub-path). */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}
