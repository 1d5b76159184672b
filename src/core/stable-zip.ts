/**
 * The same workbook gives the same bytes: an XLSX writer stamps each zip entry with the current time, so every
 * workbook the site makes (the current-data workbooks of /cap-nhat/, the downloads' XLSX, the charts' XLSX, the staff
 * templates in data/templates/) has its times, and unix permissions, written over in place: in each entry's local header and in
 * the central directory, with no second inflate and deflate. (The downloads' zip is written by src/publish/zip.ts,
 * stamped with the data's own date: it is built entry by entry at national scale, not rewritten.)
 */

/** 2000-01-01 12:00 as an MS-DOS time and date. */
const FIXED_TIME = (((2000 - 1980) << 25) | (1 << 21) | (1 << 16) | (12 << 11)) >>> 0;

/** The zip `bytes` (changed in place and returned) with every entry dated FIXED_TIME and readable by all. */
export function stableZip(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('XLSX: không tìm thấy mục lục của tệp zip');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('XLSX: mục lục zip hỏng');
    view.setUint16(at + 4, (3 << 8) | 20, true);
    view.setUint32(at + 12, FIXED_TIME, true);
    view.setUint32(at + 38, (0o100644 << 16) >>> 0, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('XLSX: mục zip hỏng');
    view.setUint32(local + 10, FIXED_TIME, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}
