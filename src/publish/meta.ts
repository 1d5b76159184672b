/**
 * Facts about the published data package that are decisions, not data: its
 * name, licence, publisher and where downloads live. One place, so the data
 * page, the README in the zip and datapackage.json never disagree.
 */
import type { Text } from '../data/define.ts';

export const PACKAGE_NAME = 'mtqg1719';
export const PACKAGE_TITLE: Text = {
  vi: 'Số liệu Chương trình MTQG 1719 theo các báo cáo',
  en: 'National Target Program 1719 figures as reported',
};
export const PACKAGE_DESCRIPTION: Text = {
  vi: 'Số liệu của Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi (Chương trình MTQG 1719), chép từ các báo cáo của cơ quan công tác dân tộc; mỗi dòng ghi báo cáo, mục và nguyên văn con số như in.',
  en: 'Figures of the National Target Program for socio-economic development of ethnic-minority and mountainous areas (NTP 1719), transcribed from the reports of ethnic-affairs offices; every row names its report, section and the figure as printed.',
};
/** The licence of the compiled tables (the reports themselves are public administrative documents). */
export const LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
  text: {
    vi: 'Giấy phép Creative Commons Ghi công 4.0 (CC BY 4.0): được sao chép, dùng lại, kể cả cho mục đích thương mại, với điều kiện ghi nguồn.',
    en: 'Creative Commons Attribution 4.0 (CC BY 4.0): free to copy and reuse, including commercially, with attribution.',
  },
} as const;
export const PUBLISHER: Text = { vi: 'Nhóm số liệu Chương trình MTQG 1719', en: 'NTP 1719 data team' };
/** Site paths of the generated files. */
export const DOWNLOAD_DIR = '/du-lieu/tai-ve/';
export const CHART_FILE_DIR = '/du-lieu/bieu-do/';
export const EMBED_DIR = '/nhung/';
export const ZIP_NAME = `${PACKAGE_NAME}-du-lieu.zip`;

/**
 * What a table must stay under to get each format. Excel and LibreOffice open
 * at most 1 048 576 rows, and write-excel-file takes about 0.4 ms a row here
 * (a 50 000-row workbook: about 20 s of a build): above `xlsxRows` a table has
 * no XLSX (its CSV opens in Excel), above `jsonRows` no JSON (the CSV and
 * datapackage.json describe it), and above `splitRows` its rows are also
 * published per province, each part well under a spreadsheet's limit.
 */
export const LIMITS = { xlsxRows: 20_000, jsonRows: 200_000, splitRows: 1_048_575 };
