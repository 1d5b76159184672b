/**
 * Where the bytes of a generated download are kept until Astro writes them:
 * small files in memory; a file that grows past `spillBytes` goes to a scratch
 * file of this process (removed when it exits), so a national table's CSV
 * (hundreds of megabytes) and the zip never sit in memory for the whole build.
 * A per-report or per-province CSV is not stored at all: it is its header and
 * some line ranges of the table's CSV, copied out only when the endpoint asks.
 * Every stored file knows its size at once: the data page shows sizes before
 * any download is written.
 */
import { config } from '../core/config.ts';
import { closeSync, mkdtempSync, openAsBlob, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { copyFile, open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Stored {
  readonly size: number;
  /** The whole file (a fresh copy for a scratch file or ranges; the kept bytes for a small file). */
  bytes(): Uint8Array;
  /** Copies bytes [start, end) into target at `at`. */
  copy(start: number, end: number, target: Uint8Array, at: number): void;
  /** Copies several ranges (pairs start, end) one after the other into target from `at`. */
  copyRanges(ranges: readonly number[], target: Uint8Array, at: number): void;
  /** What a Response is made of: the bytes, or for a scratch file a Blob read from disk as it is consumed (no copy held here). */
  body(): Promise<Blob | Uint8Array<ArrayBuffer>>;
  /**
   * Writes the file at `path` (a scratch file is copied by the system, never read into memory),
   * on the system's threads: a build writes the downloads while it renders pages.
   */
  writeTo(path: string): Promise<void>;
}

/** copyRanges through copy(), for stores where a copy costs nothing to start. */
function eachRange(store: Stored, ranges: readonly number[], target: Uint8Array, at: number) {
  for (let i = 0; i < ranges.length; i += 2) {
    store.copy(ranges[i]!, ranges[i + 1]!, target, at);
    at += ranges[i + 1]! - ranges[i]!;
  }
}

export class MemoryFile implements Stored {
  private readonly data: Uint8Array;
  constructor(data: Uint8Array) {
    this.data = data;
  }
  get size() {
    return this.data.byteLength;
  }
  bytes() {
    return this.data;
  }
  copy(start: number, end: number, target: Uint8Array, at: number) {
    target.set(this.data.subarray(start, end), at);
  }
  copyRanges(ranges: readonly number[], target: Uint8Array, at: number) {
    eachRange(this, ranges, target, at);
  }
  async body() {
    return this.data as Uint8Array<ArrayBuffer>;
  }
  writeTo(path: string) {
    return writeFile(path, this.data);
  }
}

let scratchDir: string | undefined;
let scratchCount = 0;
/** One folder per process, removed on exit (a killed process leaves it in the system's temp folder). */
function scratchPath(): string {
  if (!scratchDir) {
    scratchDir = mkdtempSync(join(config().DOWNLOADS_TMP ?? tmpdir(), 'mtqg-tai-ve-'));
    process.once('exit', removeScratch);
  }
  return join(scratchDir, `${++scratchCount}`);
}

/** Removes the scratch files now (tests; a process that is killed rather than exiting). Files kept there become unreadable. */
export function removeScratch(): void {
  if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
  scratchDir = undefined;
}

class DiskFile implements Stored {
  readonly path: string;
  readonly size: number;
  constructor(path: string, size: number) {
    this.path = path;
    this.size = size;
  }
  bytes() {
    const out = new Uint8Array(this.size);
    this.copy(0, this.size, out, 0);
    return out;
  }
  copy(start: number, end: number, target: Uint8Array, at: number) {
    this.copyRanges([start, end], target, at);
  }
  body() {
    return openAsBlob(this.path);
  }
  writeTo(path: string) {
    return copyFile(this.path, path);
  }
  /** copyRanges on the system's threads: what writeTo of a file cut from this one reads. */
  async copyRangesAsync(ranges: readonly number[], target: Uint8Array, at: number): Promise<void> {
    const handle = await open(this.path, 'r');
    try {
      for (let i = 0; i < ranges.length; i += 2) {
        const [start, end] = [ranges[i]!, ranges[i + 1]!];
        for (let done = 0; done < end - start; ) {
          const { bytesRead } = await handle.read(target, at + done, end - start - done, start + done);
          if (bytesRead === 0) throw new Error(`${this.path}: tệp tạm bị cắt ngắn`);
          done += bytesRead;
        }
        at += end - start;
      }
    } finally {
      await handle.close();
    }
  }
  /** One open for all the ranges: a report's rows may lie in many places of the table. */
  copyRanges(ranges: readonly number[], target: Uint8Array, at: number) {
    const fd = openSync(this.path, 'r');
    try {
      for (let i = 0; i < ranges.length; i += 2) {
        const [start, end] = [ranges[i]!, ranges[i + 1]!];
        for (let done = 0; done < end - start; ) {
          const n = readSync(fd, target, at + done, end - start - done, start + done);
          if (n === 0) throw new Error(`${this.path}: tệp tạm bị cắt ngắn`);
          done += n;
        }
        at += end - start;
      }
    } finally {
      closeSync(fd);
    }
  }
}

/** A file made of a head (a CSV's BOM and header) and byte ranges of another stored file. */
/** Bytes of a cut-out file read and written at a time. */
const WRITE_PIECE = 4 << 20;

export class RangesFile implements Stored {
  readonly size: number;
  private readonly head: Uint8Array;
  private readonly source: Stored;
  /** Pairs start, end; adjacent ranges already merged. */
  private readonly ranges: readonly number[];
  constructor(head: Uint8Array, source: Stored, ranges: readonly number[]) {
    this.head = head;
    this.source = source;
    this.ranges = ranges;
    let n = head.byteLength;
    for (let i = 0; i < ranges.length; i += 2) n += ranges[i + 1]! - ranges[i]!;
    this.size = n;
  }
  bytes() {
    const out = new Uint8Array(this.size);
    out.set(this.head, 0);
    this.source.copyRanges(this.ranges, out, this.head.byteLength);
    return out;
  }
  copy(start: number, end: number, target: Uint8Array, at: number) {
    target.set(this.bytes().subarray(start, end), at);
  }
  copyRanges(ranges: readonly number[], target: Uint8Array, at: number) {
    eachRange(this, ranges, target, at);
  }
  async body() {
    return this.bytes() as Uint8Array<ArrayBuffer>;
  }
  async writeTo(path: string) {
    // A report's rows: a few hundred kilobytes, read and written on the system's threads when the table is on disk.
    if (!(this.source instanceof DiskFile)) return writeFile(path, this.bytes());
    if (this.size <= WRITE_PIECE) {
      const out = new Uint8Array(this.size);
      out.set(this.head, 0);
      await this.source.copyRangesAsync(this.ranges, out, this.head.byteLength);
      return writeFile(path, out);
    }
    // A fund year's or a province's rows of a national table (tens of megabytes): a piece at a time, so the
    // files written side by side do not each hold their whole size in memory.
    const source = this.source;
    const handle = await open(path, 'w');
    try {
      // A write may take fewer bytes than given: each buffer until it is all written.
      const writeAll = async (bytes: Uint8Array) => {
        for (let done = 0; done < bytes.byteLength; ) done += (await handle.write(bytes, done, bytes.byteLength - done)).bytesWritten;
      };
      await writeAll(this.head);
      const piece = new Uint8Array(WRITE_PIECE);
      let batch: number[] = [];
      let filled = 0;
      const flush = async () => {
        if (filled === 0) return;
        await source.copyRangesAsync(batch, piece, 0);
        await writeAll(piece.subarray(0, filled));
        batch = [];
        filled = 0;
      };
      for (let i = 0; i < this.ranges.length; i += 2) {
        for (let start = this.ranges[i]!, end = this.ranges[i + 1]!; start < end; ) {
          const take = Math.min(end - start, WRITE_PIECE - filled);
          batch.push(start, start + take);
          filled += take;
          start += take;
          if (filled === WRITE_PIECE) await flush();
        }
      }
      await flush();
    } finally {
      await handle.close();
    }
  }
}

/** Collects chunks; in memory until `spillBytes`, then in a scratch file. Chunks may be reused by the caller after write(). */
export class Sink {
  private parts: Uint8Array[] = [];
  private fd: number | undefined;
  private path = '';
  size = 0;
  private readonly spillBytes: number;
  constructor(spillBytes: number) {
    this.spillBytes = spillBytes;
  }
  write(chunk: Uint8Array) {
    if (chunk.byteLength === 0) return;
    if (this.fd === undefined && this.size + chunk.byteLength > this.spillBytes) {
      this.path = scratchPath();
      this.fd = openSync(this.path, 'w');
      for (const p of this.parts) writeAll(this.fd, p);
      this.parts = [];
    }
    if (this.fd !== undefined) writeAll(this.fd, chunk);
    else this.parts.push(chunk.slice());
    this.size += chunk.byteLength;
  }
  close(): Stored {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      return new DiskFile(this.path, this.size);
    }
    if (this.parts.length === 1) return new MemoryFile(this.parts[0]!);
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    this.parts = [];
    return new MemoryFile(out);
  }
}

function writeAll(fd: number, chunk: Uint8Array) {
  for (let done = 0; done < chunk.byteLength; ) done += writeSync(fd, chunk, done, chunk.byteLength - done);
}
