/**
 * The checker's "not in canonical form" warning decides by a line-by-line
 * comparison that stops early instead of writing and sorting the whole
 * canonical text: it must agree with `text === canonicalCsv(rows)` — warn for
 * unsorted rows, another way of writing a number, a BOM, CRLF, a blank line,
 * and stay silent for a canonical file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalCsv, isCanonical } from '../../src/data/canonical.ts';
import { checkTables, type TableInput } from '../../src/data/check.ts';
import type { TableName } from '../../src/data/define.ts';
import { readCsv } from '../../src/data/read.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { tableValidator, type Row } from '../../src/data/validate.ts';
import { ROOT } from './helpers.ts';

const FIXTURE = join(ROOT, 'test/fixtures/valid-min');
const encode = (text: string) => new TextEncoder().encode(text);

function rowsOf(name: TableName, text: string): Row[] {
  const def = TABLES.find((t) => t.name === name)!;
  const validator = tableValidator(def, 'x.csv', {});
  readCsv(encode(text), 'x.csv', '', validator);
  return validator.finish().rows;
}

/** The canonical text of every fixture table, and variants of it that are not canonical. */
function variants(name: TableName): { label: string; text: string }[] {
  const canonical = canonicalCsv(name, rowsOf(name, readFileSync(join(FIXTURE, `${name}.csv`), 'utf8')));
  const [header, ...lines] = canonical.trimEnd().split('\n');
  const out = [{ label: 'canonical', text: canonical }];
  if (lines.length >= 2) out.push({ label: 'two rows swapped', text: [header, lines[1], lines[0], ...lines.slice(2)].join('\n') + '\n' });
  out.push({ label: 'CRLF', text: canonical.replaceAll('\n', '\r\n') });
  out.push({ label: 'blank line', text: canonical + '\n' });
  out.push({ label: 'no final newline', text: canonical.slice(0, -1) });
  const number = canonical.match(/,(\d+)(?=,)/);
  if (number) out.push({ label: 'number written with a trailing .0', text: canonical.replace(number[0], `,${number[1]}.0`) });
  return out;
}

describe('isCanonical agrees with the canonical text', () => {
  for (const def of TABLES) {
    it(def.name, () => {
      for (const { label, text } of variants(def.name)) {
        const rows = rowsOf(def.name, text);
        expect(isCanonical(def.name, text, rows), label).toBe(text === canonicalCsv(def.name, rows));
        if (label === 'canonical') expect(isCanonical(def.name, text, rows)).toBe(true);
        else expect(isCanonical(def.name, text, rows), label).toBe(false);
      }
    });
  }
});

describe('the checker warns about the form of a clean file', () => {
  const inputs = (edit: (name: TableName, text: string) => string) =>
    Object.fromEntries(
      TABLES.map((t): [TableName, TableInput] => {
        const text = canonicalCsv(t.name, rowsOf(t.name, readFileSync(join(FIXTURE, `${t.name}.csv`), 'utf8')));
        return [t.name, { file: `${t.name}.csv`, bytes: encode(edit(t.name, text)) }];
      }),
    ) as Record<TableName, TableInput>;
  const warned = (edit: (name: TableName, text: string) => string, bom = false) => {
    const all = inputs(edit);
    if (bom) all.funding.bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...all.funding.bytes!]);
    const load = checkTables(all);
    expect(load.issues.filter((i) => i.severity === 'error')).toEqual([]);
    return load.form.map((i) => `${i.file}: ${i.message}`);
  };

  it('not for canonical files', () => expect(warned((_, t) => t)).toEqual([]));

  it('for unsorted rows, CRLF and a BOM, naming the reason', () => {
    const swap = (name: TableName, text: string) => {
      if (name !== 'funding') return text;
      const [header, a, b, ...rest] = text.trimEnd().split('\n');
      return [header, b, a, ...rest].join('\n') + '\n';
    };
    const unsorted = warned(swap);
    expect(unsorted).toHaveLength(1);
    expect(unsorted[0]).toMatch(/^funding\.csv: .*thứ tự dòng, cột, cách viết số/);
    const crlf = warned((name, t) => (name === 'reports' ? t.replaceAll('\n', '\r\n') : t));
    expect(crlf).toHaveLength(1);
    expect(crlf[0]).toMatch(/^reports\.csv: .*xuống dòng kiểu Windows \(CRLF\)/);
    const bom = warned((_, t) => t, true);
    expect(bom).toHaveLength(1);
    expect(bom[0]).toMatch(/^funding\.csv: .*có BOM ở đầu tệp/);
  });
});
