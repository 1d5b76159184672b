/**
 * A zip writer on Node's own zlib (native deflate, three times faster than the
 * JavaScript one at the same level and size): the download zip holds every
 * table, hundreds of megabytes at national scale. Bytes depend only on the
 * contents: fixed time, unix permissions (`os` 3, so Debian's unzip keeps the
 * names) and no extra fields. A large entry is read and deflated a few
 * megabytes at a time; each piece is deflated on its own and ends on a
 * byte-aligned sync flush, so the pieces form one valid deflate stream (the
 * dictionary restarts every piece: a fraction of a percent larger). Being
 * independent, the pieces are deflated on zlib's threads, several at a time,
 * while the build goes on rendering pages.
 */
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, type ZlibOptions } from 'node:zlib';
import type { Sink, Stored } from './store.ts';

const PIECE = 4 << 20;
/**
 * Pieces deflated at once, on zlib's threads (the main thread only reads and checksums them): two, one per
 * core, leaving two of libuv's four threads to the file writes of pages and downloads.
 */
const IN_FLIGHT = 2;
const deflate = promisify(deflateRaw) as (data: Uint8Array, options: ZlibOptions) => Promise<Uint8Array>;

/** Level 9 for the small files; a large table's CSV at level 6 (nearly as small, several times faster). */
const zipLevel = (size: number): number => (size > 8e6 ? 6 : 9);

/** MS-DOS time and date, in the local time zone as zip readers expect. */
function dosTime(d: Date): number {
  const y = d.getFullYear() - 1980;
  if (y < 0 || y > 119) throw new Error(`Ngày không ghi được vào tệp zip: ${d.toISOString()}`);
  return ((y << 25) | ((d.getMonth() + 1) << 21) | (d.getDate() << 16) | (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1)) >>> 0;
}

const utf8 = new TextEncoder();

/** Writes the zip of `files` to `sink`, entries in the given order (`piece`: bytes deflated at a time; tests lower it). */
export async function writeZip(files: readonly { name: string; stored: Stored }[], mtime: Date, sink: Sink, piece = PIECE): Promise<void> {
  const time = dosTime(mtime);
  const central: Uint8Array[] = [];
  let offset = 0;
  // The pieces are read into the same few buffers, one per piece in flight: a new buffer per piece left
  // the C allocator holding some 150 MB once a national table's zip was done.
  const buffers = Array.from({ length: IN_FLIGHT }, () => new Uint8Array(piece));
  let used = 0;
  for (const { name, stored } of files) {
    const level = zipLevel(stored.size);
    const pending: Promise<Uint8Array>[] = [];
    let crc = 0;
    for (let at = 0; ; at += piece) {
      // Wait for the oldest piece before reading more: at most IN_FLIGHT pieces in memory, so the
      // buffer read into next is no longer being deflated.
      if (pending.length >= IN_FLIGHT) await pending[pending.length - IN_FLIGHT];
      const end = Math.min(stored.size, at + piece);
      const raw = buffers[used++ % buffers.length]!.subarray(0, end - at);
      stored.copy(at, end, raw, 0);
      crc = crc32(raw, crc);
      const last = end === stored.size;
      const deflated = deflate(raw, { level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
      // Awaited below (Promise.all reports a failure); a later piece may fail before then.
      deflated.catch(() => {});
      pending.push(deflated);
      if (last) break;
    }
    const parts = await Promise.all(pending);
    const packed = parts.reduce((n, p) => n + p.byteLength, 0);
    if (stored.size > 0xffffffff || packed > 0xffffffff || offset > 0xffffffff) throw new Error(`${name}: quá 4 GB, cần zip64`);
    const fn = utf8.encode(name);
    // General purpose flags: UTF-8 names when not ASCII; bits 1–2 say the deflate level, as other writers do.
    const flags = (fn.byteLength !== name.length ? 0x800 : 0) | ((level === 9 ? 1 : level === 1 ? 3 : level < 6 ? 2 : 0) << 1);
    const local = new Uint8Array(30 + fn.byteLength);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, flags, true);
    l.setUint16(8, 8, true);
    l.setUint32(10, time, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, packed, true);
    l.setUint32(22, stored.size, true);
    l.setUint16(26, fn.byteLength, true);
    l.setUint16(28, 0, true);
    local.set(fn, 30);
    const entry = new Uint8Array(46 + fn.byteLength);
    const c = new DataView(entry.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, (3 << 8) | 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, flags, true);
    c.setUint16(10, 8, true);
    c.setUint32(12, time, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, packed, true);
    c.setUint32(24, stored.size, true);
    c.setUint16(28, fn.byteLength, true);
    c.setUint32(38, (0o100644 << 16) >>> 0, true);
    c.setUint32(42, offset, true);
    entry.set(fn, 46);
    central.push(entry);
    sink.write(local);
    for (const p of parts) sink.write(p);
    offset += local.byteLength + packed;
  }
  let size = 0;
  for (const e of central) {
    sink.write(e);
    size += e.byteLength;
  }
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, files.length, true);
  e.setUint16(10, files.length, true);
  e.setUint32(12, size, true);
  e.setUint32(16, offset, true);
  sink.write(end);
}
