/**
 * A file cut out of a table kept on disk (a province's or a fund year's rows of a national table) is written a
 * piece at a time when it is large: the same bytes as when it is made whole in memory.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RangesFile, Sink } from '../../src/publish/store.ts';

it('writes a cut of more than one piece (4 MiB) byte for byte, ranges of every size included', async () => {
  const sink = new Sink(0);
  // 12 MiB of lines "row 123456\n", each different, so a misplaced byte shows.
  const line = (i: number) => new TextEncoder().encode(`row ${String(i).padStart(8, '0')}\n`);
  let size = 0;
  for (let i = 0; size < 12 << 20; i++) {
    const l = line(i);
    sink.write(l);
    size += l.byteLength;
  }
  const table = sink.close();
  // On disk, as a national table's CSV is: the piecewise path.
  expect(table.constructor.name).toBe('DiskFile');
  // Every third line, one range of 5 MiB (longer than a piece), and the last byte.
  const ranges: number[] = [];
  for (let at = 0; at < 3 << 20; at += 39) ranges.push(at, at + 13);
  ranges.push(4 << 20, 9 << 20, size - 1, size);
  const head = new TextEncoder().encode('header\n');
  const cut = new RangesFile(head, table, ranges);
  expect(cut.size).toBeGreaterThan(4 << 20);
  const dir = mkdtempSync(join(tmpdir(), 'mtqg-ranges-'));
  try {
    await cut.writeTo(join(dir, 'cut.csv'));
    const written = new Uint8Array(readFileSync(join(dir, 'cut.csv')));
    expect(written.byteLength).toBe(cut.size);
    expect(Buffer.compare(written, cut.bytes())).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
