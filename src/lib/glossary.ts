/**
 * The words of the programme explained in plain Vietnamese: one list, shown on
 * /gioi-thieu/#thuat-ngu-<id>, and linked from figure labels, chart subtitles and
 * table headers wherever a term or one of its forms appears (src/lib/glossary-terms.ts). Policy terms
 * only; figures of the data are never written here. The ten projects of the
 * programme are not repeated: their names come from data/projects.csv.
 */
export interface Term {
  /** Anchor on /gioi-thieu/ (#thuat-ngu-<id>). */
  id: string;
  term: string;
  /** Abbreviation as it appears in reports, if any. */
  short?: string;
  definition: string;
  /** Other ways reports and labels write the term (matched case-insensitively, whole words only). */
  forms?: readonly string[];
  /**
   * The name of what a brief is about (the programme, a plan), not a term to explain:
   * a printed brief leaves it out of its key, whose entries must stay short.
   */
  subject?: true;
  /**
   * The reading page about the term, if the site has one: search puts it before the entry
   * (a reader typing "NCUT" wants the page of figures, src/lib/search-terms.ts).
   */
  page?: string;
}

export const GLOSSARY: readonly Term[] = [
  {
    id: 'chuong-trinh-1719',
    subject: true,
    term: 'Chương trình MTQG 1719',
    short: 'CT MTQG 1719',
    definition:
      'Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi, giai đoạn 2021–2030, do Thủ tướng phê duyệt tại Quyết định 1719/QĐ-TTg ngày 14/10/2021 (giai đoạn I: 2021–2025). Chương trình gồm mười dự án, nhiều dự án chia tiếp thành tiểu dự án (TDA) và nội dung (ND).',
    forms: ['Chương trình 1719', 'MTQG 1719'],
  },
  {
    id: 'dtts-mn',
    term: 'Vùng đồng bào dân tộc thiểu số và miền núi',
    short: 'DTTS&MN',
    definition: 'Các xã, thôn có đông đồng bào dân tộc thiểu số sinh sống hoặc ở vùng núi, được Nhà nước xác định để hưởng chính sách dân tộc. Chương trình 1719 chỉ chi cho vùng này.',
    forms: ['DTTS và MN'],
  },
  {
    id: 'dtts',
    term: 'Dân tộc thiểu số',
    short: 'DTTS',
    definition: 'Các dân tộc có số dân ít hơn dân tộc Kinh, dân tộc đông nhất Việt Nam (theo Nghị định 05/2011/NĐ-CP về công tác dân tộc), ví dụ Tày, Nùng, Dao, Sán Chay, Mông.',
  },
  {
    id: 'von-dtpt',
    term: 'Vốn đầu tư phát triển',
    short: 'vốn ĐTPT',
    definition: 'Tiền dùng để xây mới hoặc cải tạo công trình: đường, cầu, ngầm, trường học, trạm y tế, công trình nước, nhà văn hóa, chợ. Kết quả của loại vốn này đếm bằng công trình.',
    forms: ['ĐTPT', 'đầu tư phát triển'],
  },
  {
    id: 'von-sn',
    term: 'Vốn sự nghiệp',
    short: 'vốn SN',
    definition: 'Tiền chi cho hoạt động chứ không xây công trình mới: hỗ trợ trực tiếp hộ dân, phát triển sản xuất, đào tạo nghề, tập huấn, truyền thông, duy tu bảo dưỡng. Vốn sự nghiệp thường giải ngân chậm hơn vì phải chọn đối tượng và chờ hướng dẫn.',
    forms: ['kinh phí sự nghiệp'],
  },
  {
    id: 'tong-muc-dau-tu',
    term: 'Tổng mức đầu tư',
    short: 'TMĐT',
    definition: 'Toàn bộ chi phí dự tính để đầu tư xây dựng một dự án, công trình, xác định khi dự án được phê duyệt. Đây là giá trị của cả công trình, không phải số vốn đã giao hay đã chi trong một năm.',
  },
  {
    id: 'nstw',
    term: 'Ngân sách trung ương',
    short: 'NSTW',
    definition: 'Phần vốn do trung ương giao cho tỉnh để làm Chương trình. Đây là phần lớn nhất trong vốn của Chương trình.',
  },
  {
    id: 'doi-ung',
    term: 'Vốn đối ứng',
    definition: 'Phần tiền ngân sách địa phương (tỉnh, có nơi cả huyện và xã) bỏ thêm bên cạnh vốn trung ương. Trang web ghi riêng từng cấp ngân sách khi báo cáo tách ra, và không cộng số của tỉnh với số của huyện.',
    forms: ['đối ứng'],
  },
  {
    id: 'tin-dung',
    term: 'Vốn tín dụng chính sách',
    definition: 'Tiền cho hộ dân vay ưu đãi qua Ngân hàng Chính sách xã hội. Đây là tiền vay phải trả, nên trang web trình bày riêng, không cộng vào vốn ngân sách được giao.',
  },
  {
    id: 'von-giao',
    term: 'Vốn giao',
    forms: ['vốn được giao', 'kế hoạch vốn giao'],
    definition: 'Số vốn cấp có thẩm quyền (trung ương, tỉnh) giao cho một địa phương hay một cơ quan để thực hiện Chương trình trong một năm hoặc một giai đoạn. Đây là mức trần được phép chi, chưa phải số tiền đã chi.',
  },
  {
    id: 'phan-bo',
    term: 'Phân bổ vốn',
    forms: ['phân bổ'],
    definition: 'Việc chia vốn đã được giao cho từng dự án, từng đơn vị thực hiện cụ thể. Vốn chưa phân bổ là phần đã được giao nhưng chưa chia cho dự án nào, nên chưa thể chi.',
  },
  {
    id: 'giai-ngan',
    term: 'Giải ngân',
    definition: 'Tiền đã thực chi qua Kho bạc Nhà nước. Tỷ lệ giải ngân là số đã chi chia cho số vốn làm mốc; báo cáo có khi lấy mốc là vốn được giao, có khi là phần vốn đã phân bổ cho dự án, nên trang web luôn ghi kèm mốc.',
  },
  {
    id: 'khu-vuc',
    term: 'Xã khu vực I, II, III',
    definition:
      'Cách xếp các xã vùng đồng bào dân tộc thiểu số và miền núi theo mức độ phát triển, giai đoạn 2021–2025 (tiêu chí ở Quyết định 33/2020/QĐ-TTg, danh sách ở Quyết định 861/QĐ-TTg ngày 04/6/2021). Khu vực I: xã bước đầu phát triển; khu vực II: xã còn khó khăn; khu vực III: xã đặc biệt khó khăn.',
  },
  {
    id: 'xa-dbkk',
    term: 'Xã đặc biệt khó khăn',
    short: 'xã ĐBKK',
    definition: 'Xã thuộc khu vực III, được ưu tiên đầu tư nhiều nhất. Một xã khu vực III đạt chuẩn nông thôn mới thì ra khỏi danh sách này. Tương tự có thôn đặc biệt khó khăn, xét theo từng thôn.',
    forms: ['thôn đặc biệt khó khăn', 'thôn ĐBKK'],
  },
  {
    id: 'nguoi-co-uy-tin',
    term: 'Người có uy tín',
    short: 'NCUT',
    page: '/nguoi-co-uy-tin/',
    definition:
      'Người trong đồng bào dân tộc thiểu số được bà con tin và nghe theo (thường là già làng, trưởng thôn, trưởng dòng họ, người sản xuất giỏi), được Chủ tịch UBND tỉnh công nhận theo tiêu chí của Quyết định 12/2018/QĐ-TTg, sửa đổi năm 2023. Họ được cấp báo, thăm hỏi khi ốm đau, tặng quà dịp Tết, dự tập huấn và giúp chính quyền tuyên truyền, hòa giải ở cơ sở.',
  },
  {
    id: 'ke-hoach-511',
    subject: true,
    term: 'Kế hoạch 511',
    definition:
      'Kế hoạch riêng của tỉnh Bắc Giang (số 511/KH-UBND, ký tháng 10/2021) xây ngầm và cầu dân sinh cho thôn bản vùng đồng bào dân tộc thiểu số và miền núi trong ba năm 2022–2024, chủ yếu bằng ngân sách tỉnh. Ngầm là đoạn đường thấp băng qua suối, nước lũ tràn qua được; cầu dân sinh là cầu nhỏ cho người dân đi lại. Kế hoạch chia theo đợt hằng năm và đã được điều chỉnh số công trình.',
    forms: ['KH 511', 'KH511'],
    page: '/cong-trinh/',
  },
  {
    id: 'chuan-ngheo-2016-2020',
    term: 'Chuẩn nghèo giai đoạn 2016–2020',
    definition:
      'Theo Quyết định 59/2015/QĐ-TTg: ở nông thôn, hộ có thu nhập bình quân từ 700.000 đồng/người/tháng trở xuống là hộ nghèo; hộ có thu nhập trên mức này đến 1.000.000 đồng nhưng thiếu từ 3 chỉ số dịch vụ xã hội cơ bản trở lên cũng là hộ nghèo. Ở thành thị mức tương ứng là 900.000 và 1.300.000 đồng.',
    forms: ['chuẩn nghèo 2016–2020', 'chuẩn nghèo 2016-2020'],
  },
  {
    id: 'chuan-ngheo-2021-2025',
    term: 'Chuẩn nghèo giai đoạn 2021–2025',
    definition:
      'Theo Nghị định 07/2021/NĐ-CP: ở nông thôn, hộ có thu nhập bình quân từ 1.500.000 đồng/người/tháng trở xuống và thiếu từ 3 chỉ số dịch vụ xã hội cơ bản trở lên (trong 12 chỉ số) là hộ nghèo; ở thành thị mức thu nhập là 2.000.000 đồng. Chuẩn mới cao hơn nên tỷ lệ hộ nghèo tính theo hai chuẩn không so sánh trực tiếp được: trang web vẽ chúng thành hai chuỗi riêng.',
    forms: ['chuẩn nghèo 2021–2025', 'chuẩn nghèo 2021-2025'],
  },
];

export const termHref = (id: string) => `/gioi-thieu/#thuat-ngu-${id}`;
