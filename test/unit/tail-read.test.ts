/**
 * A large file's second half read on another thread (src/data/tail-read.ts):
 * the check must give exactly what reading on one thread gives — rows, lines,
 * every message and discrepancy — for valid and for broken data, and the
 * split must never fall inside a quoted cell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { TailReader } from '../../src/data/check.ts';
import { loadData, readTailsWith } from '../../src/data/load.ts';
import { tailStart } from '../../src/data/read.ts';
import { tailReader, tailWorkersExited } from '../../src/data/tail-read.ts';
import { dataDir, removeDataDirs, VALID_MIN } from './helpers.ts';

afterAll(removeDataDirs);
// The file's process must not end while a worker is ending (that crashed V8 with SIGSEGV).
afterEach(async () => {
  readTailsWith(undefined);
  await tailWorkersExited();
});

/**
 * Files of more than 900 characters split (funding and works of valid-min: each worker takes a quarter
 * of a second to start); counts the halves whose rows were taken from the worker.
 */
function countingReader(): { reader: TailReader; adopted: () => number } {
  const inner = tailReader(900);
  let adopted = 0;
  const reader: TailReader = {
    minLength: 900,
    start(job) {
      const wait = inner.start(job);
      return () => {
        const rows = wait();
        if (rows) adopted++;
        return rows;
      };
    },
  };
  return { reader, adopted: () => adopted };
}

async function bothWays(dir: string) {
  readTailsWith(undefined);
  const one = await loadData(dir);
  const { reader, adopted } = countingReader();
  readTailsWith(reader);
  const two = await loadData(dir);
  readTailsWith(undefined);
  return { one, two, adopted: adopted() };
}

describe('reading the second half on another thread', () => {
  it('gives the same rows, lines and findings for valid data, taking the worker’s rows', async () => {
    const { one, two, adopted } = await bothWays(VALID_MIN);
    expect(adopted).toBe(2);
    expect(two).toStrictEqual(one);
    // The same shape of row objects, fields in the table's order.
    expect(Object.keys(two.tables.funding.at(-1)!)).toEqual(Object.keys(one.tables.funding[0]!));
  });

  it('keeps the lines of rows after quoted cells that span lines', async () => {
    const works = readFileSync(join(VALID_MIN, 'works.csv'), 'utf8').split('\n');
    // A note over three lines in the first data row: every later row starts two lines further down.
    works[1] = works[1]!.replace(/,$/, ',"dòng một\ndòng hai\ndòng ba"');
    const dir = dataDir(null, { 'works.csv': works.join('\n') });
    const { one, two, adopted } = await bothWays(dir);
    expect(adopted).toBeGreaterThan(0);
    expect(two.lines.works).toEqual(one.lines.works);
    expect(one.lines.works.at(-1)).toBe(works.filter(Boolean).length + 2);
    expect(two).toStrictEqual(one);
  });

  it('finds a duplicate id whose rows fall in different halves, naming both lines', async () => {
    const funding = readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8').split('\n');
    const last = funding.filter(Boolean).length - 1;
    funding[last] = funding[last]!.replace(/^[^,]+/, funding[1]!.split(',')[0]!);
    const dir = dataDir(null, { 'funding.csv': funding.join('\n') });
    const { one, two, adopted } = await bothWays(dir);
    expect(adopted).toBeGreaterThan(0);
    const duplicate = two.issues.filter((i) => i.code === 'id.duplicate');
    expect(duplicate.map((i) => i.line)).toEqual([last + 1]);
    expect(duplicate[0]!.message).toContain('dòng 2');
    expect(two).toStrictEqual(one);
  });

  // Duplicates and references across the halves, rules, a bad cell (read again on one thread), files
  // not split (garbled, ';'), and the discrepancies of the reports.
  it.each([
    ['a bad cell', (row: string) => row.replace(/,mvnd,/, ',triệu,')],
    ['a cell too many', (row: string) => `${row},thừa`],
  ])('reads the second half here when a row of it has %s: the same messages, at the file’s lines', async (_, spoil) => {
    const funding = readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8').split('\n');
    // A note over three lines in the first half: the second half's lines are two further down.
    funding[1] = funding[1]!.replace(/,,,$/, ',"một\nhai\nba",,');
    const last = funding.filter(Boolean).length - 1;
    funding[last] = spoil(funding[last]!);
    const { one, two, adopted } = await bothWays(dataDir(null, { 'funding.csv': funding.join('\n') }));
    expect(adopted).toBe(1); // works only
    expect(one.issues.some((i) => i.line === last + 3 && i.severity === 'error')).toBe(true);
    expect(two).toStrictEqual(one);
  });

  it('keeps a figure as typed in the second half for the messages that quote it', async () => {
    // 170.3530 is read as 170.353 (and kept as typed, not being its plain form), against "170.353 triệu đồng" printed.
    const text = readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8').replace(',170353,mvnd,', ',170.3530,mvnd,');
    expect(text.indexOf('bg-2023-11-17-f07')).toBeGreaterThan(tailStart(text));
    const { one, two, adopted } = await bothWays(dataDir(null, { 'funding.csv': text }));
    expect(adopted).toBe(2);
    expect(two.issues.find((i) => i.code === 'figure.mismatch')?.value).toBe('170.3530');
    expect(two).toStrictEqual(one);
  });

  it('takes the worker’s rows when the header lacks an optional column (the header’s finding is the main thread’s too)', async () => {
    const text = readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8').replace(/,[^,\n]*$/gm, '');
    const { one, two, adopted } = await bothWays(dataDir(null, { 'funding.csv': text }));
    expect(one.issues.concat(one.form).some((i) => i.code === 'header.optional-missing')).toBe(true);
    expect(adopted).toBe(2);
    expect(two).toStrictEqual(one);
  });

  const overlays = ['duplicate-id', 'duplicate-key', 'unknown-area', 'disbursed-exceeds', 'text-in-number', 'mojibake-utf8', 'excel-semicolon']
    .map((name) => `bad/${name}`)
    .concat('reconcile');
  it.each(overlays)('gives the same messages for %s', async (overlay) => {
    const { one, two } = await bothWays(dataDir(overlay));
    expect(two).toStrictEqual(one);
  });

  it('a worker that cannot read answers at once, and the main thread reads instead', () => {
    const wait = tailReader(0).start({ table: 'nope' as never, file: 'x.csv', text: 'id\n1\n', lineOffset: 0 });
    const started = performance.now();
    expect(wait()).toBeNull();
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('where a text is split', () => {
  const rows = Array.from({ length: 40 }, (_, i) => `r${i},${i},ghi chú ${i}`);
  const text = `id,value,note\n${rows.join('\n')}\n`;

  it('at the start of a line a little past the middle', () => {
    const at = tailStart(text);
    expect(text[at - 1]).toBe('\n');
    expect(at).toBeGreaterThan(text.length * 0.55);
    expect(at).toBeLessThan(text.length * 0.55 + 20);
  });

  it('never inside a quoted cell, even one that spans the middle over many lines', () => {
    const long = `"${Array.from({ length: 100 }, (_, i) => `dòng ${i}`).join('\n')}"`;
    const quoted = `id,value,note\n${rows.slice(0, 10).join('\n')}\nq,1,${long}\n${rows.slice(10).join('\n')}\n`;
    const at = tailStart(quoted);
    expect(at).toBeGreaterThan(quoted.indexOf(long) + long.length);
    expect(quoted.slice(at).startsWith('r10,')).toBe(true);
  });

  it('not at all when the text is not read by the fast path, or may be garbled, or has no header line first', () => {
    expect(tailStart(text.replaceAll('\n', '\r\n'))).toBe(-1);
    expect(tailStart(text.replace('ghi chú 30', 'Sá»‘ liá»‡u'))).toBe(-1);
    expect(tailStart(`\n${text}`)).toBe(-1);
    expect(tailStart(text.replace('r3,3,ghi chú 3', 'r3,3,"ghi chú 3'))).toBe(-1);
    expect(tailStart('"id",value\n1,2\n3,4\n')).toBe(-1);
  });
});
