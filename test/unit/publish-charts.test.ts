/**
 * Chart exports and the data changelog: the PNG is a valid image of the size the
 * page declares, drawn with the site's fonts; the chart CSV holds the chart's
 * values; the citation names the reports and the access date; the changelog is
 * derived from git history and degrades to "unavailable" without it.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { crc32, inflateSync } from 'node:zlib';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { chartCitation, chartCsv, chartImages, chartMetadata, chartXlsx, fontFiles, FONT_FAMILY } from '../../src/publish/chart-files.ts';
import { chartCredit } from '../../src/lib/site-url.ts';
import type { ChartSpec } from '../../src/charts/index.ts';
import { changeText, dataChangelog } from '../../src/publish/changelog.ts';
import { svgToPng } from '../../src/publish/png.ts';
import { ALL, groupedBars } from '../fixtures/charts/specs.ts';
import { VALID_MIN } from './helpers.ts';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(png.slice(12, 16))).toBe('IHDR');
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('chart images', () => {
  it('PNG: a valid image at twice the standalone SVG size, as declared', async () => {
    for (const spec of ALL) {
      const img = await chartImages(spec, 'Số liệu MTQG 1719 — /giai-ngan/');
      const svg = new TextDecoder().decode(img.svg);
      const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
      expect(pngSize(img.png)).toEqual({ width: Number(w) * 2, height: Number(h) * 2 });
      expect({ width: img.width, height: img.height }).toEqual(pngSize(img.png));
    }
  });

  it('PNG: exactly the pixels resvg draws, every chunk whole, in a file smaller than resvg\'s own encoding', async () => {
    const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    const img = await chartImages(groupedBars, 'Số liệu MTQG 1719');
    const drawn = new Resvg(new TextDecoder().decode(img.svg), {
      fitTo: { mode: 'zoom', value: 2 },
      font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY },
      background: '#ffffff',
    }).render();
    // Chunks: length, type, data, CRC-32 of type and data (zlib's crc32, as a PNG reader checks it).
    const png = Buffer.from(img.png);
    const chunks: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const type = png.toString('latin1', at + 4, at + 8);
      expect(png.readUInt32BE(at + 8 + length), type).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
      at += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([chunks[0]!.data.readUInt32BE(0), chunks[0]!.data.readUInt32BE(4)]).toEqual([drawn.width, drawn.height]);
    expect([...chunks[0]!.data.subarray(8)]).toEqual([8, 6, 0, 0, 0]); // 8 bits, RGBA, deflate, filters, no interlace
    const rows = inflateSync(chunks[1]!.data);
    const stride = drawn.width * 4;
    expect(rows.length).toBe((stride + 1) * drawn.height);
    const pixels = Buffer.concat(Array.from({ length: drawn.height }, (_, y) => rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))));
    for (let y = 0; y < drawn.height; y++) expect(rows[y * (stride + 1)]).toBe(0);
    expect(pixels.equals(drawn.pixels)).toBe(true);
    expect(img.png.byteLength).toBeLessThan(drawn.asPng().byteLength);
  });

  it('SVG: title, subtitle, source, date and credit inside the image, Vietnamese text NFC, no script', async () => {
    const svg = new TextDecoder().decode((await chartImages(groupedBars, 'Số liệu MTQG 1719')).svg);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    for (const text of [groupedBars.title, 'Báo cáo số 123/BC-BDT', '17/11/2023', 'Số liệu MTQG 1719']) expect(svg).toContain(text);
    expect(svg.normalize('NFC')).toBe(svg);
    expect(svg).not.toMatch(/<script|onload=|href="javascript/i);
  });

  it('a chart title with markup stays text in the SVG', async () => {
    const svg = new TextDecoder().decode((await chartImages({ ...groupedBars, id: 'x', title: '<script>alert(1)</script> & co' })).svg);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
  it('drawing many PNGs gives their memory back (resvg holds pixels outside what V8 counts)', async () => {
    // 2 400 × 1 600 pixels each, about 15 MB: thirty of them kept would add over 400 MB.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect x="10" y="10" width="1100" height="700" fill="#1f6f8b"/></svg>';
    const draw = () => svgToPng({ svg, options: { fitTo: { mode: 'zoom', value: 2 }, background: '#ffffff' } });
    expect((await draw()).width).toBe(2400);
    const before = process.memoryUsage().rss;
    // All asked for at once, as a build does: the worker receives them in one batch.
    await Promise.all(Array.from({ length: 30 }, draw));
    const grown = (process.memoryUsage().rss - before) / 1e6;
    expect(grown).toBeLessThan(150);
  }, 30_000);

  it('drawing does not fault its memory in again page by page when the build has mimalloc give memory back at once', () => {
    // scripts/build.ts sets MIMALLOC_PURGE_DELAY=0 for Rolldown. In resvg's worker it made every drawing's
    // fonts and buffers be handed back and faulted in again: 13 s of the kernel's time at national scale.
    // A process of its own, started with that setting as a build is; it prints the page faults of 20 drawings.
    const script = `
      const { svgToPng } = await import(${JSON.stringify(join(import.meta.dirname, '../../src/publish/png.ts'))});
      const { fontFiles, FONT_FAMILY } = await import(${JSON.stringify(join(import.meta.dirname, '../../src/publish/chart-files.ts'))});
      const texts = Array.from({ length: 60 }, (_, i) => '<text x="' + (20 + (i % 6) * 120) + '" y="' + (30 + Math.floor(i / 6) * 45) + '" font-weight="' + (i % 2 ? 700 : 400) + '">Giải ngân ' + i + ' tỷ đồng</text>').join('');
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500">' + texts + '</svg>';
      const draw = () => svgToPng({ svg, options: { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY } } });
      await draw();
      const before = process.resourceUsage().minorPageFault;
      await Promise.all(Array.from({ length: 20 }, draw));
      console.log(process.resourceUsage().minorPageFault - before);
      process.exit(0);`;
    const dir = mkdtempSync(join(tmpdir(), 'png-faults-'));
    made.push(dir);
    writeFileSync(join(dir, 'draw.mjs'), script);
    const out = execFileSync(process.execPath, [join(dir, 'draw.mjs')], {
      env: { ...process.env, MIMALLOC_PURGE_DELAY: '0', MIMALLOC_RESET_DELAY: '0' },
      encoding: 'utf8',
    });
    // About 2 000 faults; 990 000 when the worker's mimalloc handed memory back at once.
    expect(Number(out.trim())).toBeLessThan(100_000);
  }, 60_000);
});

describe('chart data and citation', () => {
  it('CSV: one line per value, numbers plain, the unit named, text neutralised', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(chartCsv({ ...groupedBars, rows: [...groupedBars.rows, { category: '=1+1', group: 'Vốn giao', value: -5 }] }));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    const none = ['', '', '', '', '', '', '', '', '', '', ''];
    expect(rows[0]).toEqual(['Dự án', 'Nhóm', 'Giá trị', 'Đơn vị', 'report_id', 'report', 'section', 'as_of', 'as_of_from', 'decision_date', 'figure_status', 'note', 'row_note', 'chart_note', 'row_id']);
    expect(rows.slice(1, -1)).toEqual(groupedBars.rows.map((r) => [r.category, r.group, String(r.value), 'triệu đồng', ...none]));
    expect(rows.at(-1)).toEqual(["'=1+1", 'Vốn giao', '-5', 'triệu đồng', ...none]);
  });

  it('CSV: a value none of its rows prints (75 − 69 = 6 not started) is «computed from» its rows\' status, never «reported»', () => {
    const source = (values: { value: number; unit: string }[], figure_status = 'reported') => ({
      report_id: 'bg-2023-11-30', report: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 30/11/2023', section: 'II.2', as_of: '2023-11-30', as_of_from: 'báo cáo' as const, decision_date: '', figure_status, row_note: '', values,
    });
    const works = (n: number) => [{ value: n, unit: 'work' }];
    const rows: Record<string, ReturnType<typeof source>> = {
      planned: source(works(75)),
      started: source(works(69)),
      done: source(works(56), 'estimate'),
      // A support row has two figures: Tết gifts to 137 persons, 68,5 triệu đồng. A chart of the money reads the second.
      gift: source([{ value: 137, unit: 'person' }, { value: 68.5, unit: 'mvnd' }]),
      // A project's disbursement rate printed as 0%: the 0 triệu đồng a chart draws from it is the page's reading.
      rate: source([{ value: 0, unit: 'percent' }]),
      // 137 triệu đồng read from a row whose 137 is a count of persons: not printed either.
      persons: source([{ value: 137, unit: 'person' }]),
    };
    const statuses = (spec: ChartSpec) => {
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(chartCsv(spec, { sourceOf: (id) => rows[id] }));
      const [header, ...lines] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
      const status = header!.indexOf('figure_status');
      return lines.map((l) => [l[1], l[status]]);
    };
    const plan = {
      ...groupedBars,
      unit: 'work' as const,
      rows: [
        { category: 'Kế hoạch 511', group: 'Đã khởi công', value: 69, rowIds: ['started'] },
        { category: 'Kế hoạch 511', group: 'Chưa khởi công', value: 6, rowIds: ['planned', 'started'] },
        { category: 'Kế hoạch 511', group: 'Hoàn thành', value: 56, rowIds: ['done'] },
        { category: 'Kế hoạch 511', group: 'Đang thi công', value: 13, rowIds: ['started', 'done'] },
      ],
    };
    expect(statuses(plan)).toEqual([
      ['Đã khởi công', 'reported'],
      ['Chưa khởi công', 'computed from reported'],
      ['Hoàn thành', 'estimate'],
      ['Đang thi công', 'computed from reported; estimate'],
    ]);
    const money = {
      ...groupedBars,
      rows: [
        { category: 'Quà Tết', group: 'Số tiền', value: 68.5, rowIds: ['gift'] },
        { category: 'Dự án 6', group: 'Đã giải ngân', value: 0, rowIds: ['rate'] },
        { category: 'Thăm hỏi', group: 'Số tiền', value: 137, rowIds: ['persons'] },
      ],
    };
    expect(statuses(money)).toEqual([
      ['Số tiền', 'reported'],
      ['Đã giải ngân', 'computed from reported'],
      ['Số tiền', 'computed from reported'],
    ]);
  });

  it("CSV: the chart's notes about it as a whole on every line, a discrepancy about one value beside that value only", () => {
    const source = (id: string) => ({
      report_id: 'bg-2023-11-17', report: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023', section: '3.1.2', as_of: '2023-11-15', as_of_from: 'số liệu' as const, decision_date: '', figure_status: 'reported', row_note: '', values: [{ value: id === 'a' ? 418318 : 130595, unit: 'mvnd' }],
    });
    const OVERLAP = 'Các khoản vốn ở đây chồng lấn nhau: chúng không được cộng lại.';
    const spec = {
      ...groupedBars,
      rows: [
        { category: 'Năm 2023', group: 'Vốn giao', value: 418318, rowIds: ['a'] },
        { category: 'Vốn 2022 chuyển sang', group: 'Vốn giao', value: 130595, rowIds: ['b'] },
      ],
      notes: [
        { text: OVERLAP },
        { text: 'Tổng năm 2023 khác các phần cộng lại.', href: '/du-lieu/chat-luong/#d1', discrepancy: true, rowIds: ['a'] },
        // Misprints in the rows a drawn value is worked out from, not of a value drawn: about the chart.
        { text: 'Số vốn sự nghiệp in sai.', href: '/du-lieu/chat-luong/#d2', discrepancy: true, rowIds: ['f05'] },
      ],
    };
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(chartCsv(spec, { sourceOf: source }));
    const [header, ...lines] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    const [note, chartNote] = [header!.indexOf('note'), header!.indexOf('chart_note')];
    const whole = `${OVERLAP} | Số vốn sự nghiệp in sai. (/du-lieu/chat-luong/#d2)`;
    expect(lines.map((l) => [l[0], l[note], l[chartNote]])).toEqual([
      ['Năm 2023', 'Tổng năm 2023 khác các phần cộng lại. (/du-lieu/chat-luong/#d1)', whole],
      ['Vốn 2022 chuyển sang', '', whole],
    ]);
  });

  it('citation names the publisher, the data version, the source reports and the address; the access date is left to the reader', () => {
    const c = chartCitation(groupedBars, 'https://example.org/giai-ngan/#x', '2026-12-01T10:00:00Z');
    expect(c.vi).toMatch(/^Nhóm số liệu Chương trình MTQG 1719, “Số liệu Chương trình MTQG 1719 theo các báo cáo”, biểu đồ “/);
    expect(c.vi).toContain('số liệu cập nhật ngày 01/12/2026');
    expect(c.vi).toContain('Báo cáo số 123/BC-BDT ngày 17/11/2023');
    expect(c.vi).toMatch(/\(truy cập ngày …\)\.$/);
    expect(c.en).toContain('data version of 1 December 2026');
    expect(c.en).toMatch(/\(accessed …\)\.$/);
    for (const t of [c.vi, c.en]) expect(t).toContain('https://example.org/giai-ngan/#x');
  });

  it('citation names the frozen data version and its address when the data is one, so the cited chart can be rebuilt from it', () => {
    const frozen = { id: '2026-12-01T10-00Z-abc1234', url: 'https://example.org/du-lieu/phien-ban/2026-12-01T10-00Z-abc1234/' };
    const c = chartCitation(groupedBars, 'https://example.org/giai-ngan/#x', '2026-12-01T10:00:00Z', frozen);
    expect(c.vi).toContain('số liệu cập nhật ngày 01/12/2026, phiên bản 2026-12-01T10-00Z-abc1234 (https://example.org/du-lieu/phien-ban/2026-12-01T10-00Z-abc1234/), theo ');
    expect(c.en).toContain('data version of 1 December 2026 (version 2026-12-01T10-00Z-abc1234, https://example.org/du-lieu/phien-ban/2026-12-01T10-00Z-abc1234/), from ');
  });
});

describe('a chart\'s data as a workbook and its metadata', () => {
  const withRows = { ...groupedBars, rows: groupedBars.rows.map((r, i) => ({ ...r, rowIds: [`r${i}`] })), notes: [{ text: 'Chỉ gồm vốn năm 2023.' }] };
  // Two reports: the first four values from one dated 17/11/2023, the last two from one dated 30/11/2023.
  const sourceOf = (id: string) => {
    const late = Number(id.slice(1)) >= 4;
    return {
      report_id: late ? 'bg-2023-11-30' : 'bg-2023-11-17',
      report: late ? 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 30/11/2023' : 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023',
      section: '3.1',
      as_of: late ? '2023-11-30' : '2023-11-15',
      // The later report's figures have no date of their own: dated by the report.
      as_of_from: late ? ('báo cáo' as const) : ('số liệu' as const),
      decision_date: '',
      figure_status: 'reported',
      row_note: '',
    };
  };
  const files = { csv: '/a.csv', xlsx: '/a.xlsx', png: '/a.png', svg: '/a.svg' };

  it('metadata: title, unit, the dates of its figures, its reports, notes, licence, version, citation', () => {
    const m = chartMetadata(withRows, { sourceOf, permalink: 'https://example.org/giai-ngan/#x', version: '2026-12-01T10:00:00Z', files });
    expect(m).toMatchObject({
      title: groupedBars.title,
      unit: { code: 'mvnd', vi: 'triệu đồng' },
      date_range: { from: '2023-11-15', to: '2023-11-30' },
      sources: [
        { report_id: 'bg-2023-11-17', title: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023' },
        { report_id: 'bg-2023-11-30', title: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 30/11/2023' },
      ],
      notes: ['Chỉ gồm vốn năm 2023.'],
      licence: { name: 'CC-BY-4.0' },
      data_version: '2026-12-01T10:00:00Z',
      next_update: null,
      files,
    });
    expect(m.citation.vi).toContain('số liệu cập nhật ngày 01/12/2026');
    expect(m.value_notes).toEqual([]);
  });

  it('metadata and the workbook list the data team\'s notes on the values, numbered as given (the data table\'s order)', async () => {
    const NOTES = ['Tổng vốn năm 2022 chuyển nguồn sang thực hiện năm 2023.', 'Số liệu giải ngân của Kho bạc Nhà nước đến 15/11/2023.'];
    const m = chartMetadata(withRows, { sourceOf, permalink: 'https://example.org/giai-ngan/#x', version: '2026-12-01T10:00:00Z', files, valueNotes: NOTES });
    expect(m.value_notes).toEqual(NOTES);
    const dir = mkdtempSync(join(tmpdir(), 'mtqg-xlsx-'));
    made.push(dir);
    writeFileSync(join(dir, 'c.xlsx'), await chartXlsx(withRows, { sourceOf, metadata: m }));
    const { default: readXlsx } = await import('read-excel-file/node');
    const about = (await readXlsx(join(dir, 'c.xlsx'), { sheet: 2 })).map((r) => String(r[0]));
    expect(about).toContain(`Ghi chú 2 (về giá trị, xem cột row_note): ${NOTES[1]}`);
  });

  it('XLSX: the CSV\'s columns with numbers as numbers, and a sheet about the chart', async () => {
    const metadata = chartMetadata(withRows, { sourceOf, permalink: 'https://example.org/giai-ngan/#x', version: '2026-12-01T10:00:00Z', files });
    const bytes = await chartXlsx(withRows, { sourceOf, metadata });
    const dir = mkdtempSync(join(tmpdir(), 'mtqg-xlsx-'));
    made.push(dir);
    writeFileSync(join(dir, 'c.xlsx'), bytes);
    const { default: readXlsx } = await import('read-excel-file/node');
    const data = await readXlsx(join(dir, 'c.xlsx'));
    expect(data[0]!.slice(0, 5)).toEqual(['Dự án', 'Nhóm', 'Giá trị', 'Đơn vị', 'report_id']);
    expect(data[3]!.slice(0, 4)).toEqual(['Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu', 'Vốn giao', 130595, 'triệu đồng']);
    expect(data[3]!.at(-1)).toBe('r2');
    // Whose date as_of is: the figure's own (17/11/2023's rows), or its report's (30/11/2023's, undated).
    const from = data[0]!.indexOf('as_of_from');
    expect([data[1]![from], data[5]![from]]).toEqual(['số liệu', 'báo cáo']);
    const about = (await readXlsx(join(dir, 'c.xlsx'), { sheet: 2 })).map((r) => String(r[0]));
    expect(about[0]).toBe(groupedBars.title);
    expect(about).toContain('Lưu ý: Chỉ gồm vốn năm 2023.');
    expect(about.some((t) => t.includes('CC BY 4.0'))).toBe(true);
  });

  it('XLSX: every zip entry dated 1 January 2000, 12:00, as the other workbooks are, so a rebuild gives the same bytes', async () => {
    const metadata = chartMetadata(withRows, { sourceOf, permalink: 'https://example.org/giai-ngan/#x', version: '2026-12-01T10:00:00Z', files });
    const bytes = await chartXlsx(withRows, { sourceOf, metadata });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The central directory, from the end record; each entry's MS-DOS time and date (12:00 is 12 << 11; 2000-01-01 is 20 << 9 | 1 << 5 | 1).
    let end = bytes.byteLength - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    const stamps: string[] = [];
    for (let i = 0, at = view.getUint32(end + 16, true); i < view.getUint16(end + 10, true); i++) {
      stamps.push(`${view.getUint16(at + 12, true)}/${view.getUint16(at + 14, true)}`);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    expect(stamps.length).toBeGreaterThan(3);
    expect(new Set(stamps)).toEqual(new Set([`${12 << 11}/${(20 << 9) | (1 << 5) | 1}`]));
  });

  it('the image prints the licence beside the site', async () => {
    const svg = new TextDecoder().decode((await chartImages(groupedBars, chartCredit(groupedBars.id, '/giai-ngan/'))).svg);
    expect(svg).toContain('giấy phép CC BY 4.0');
  });
});

describe('changelog from git history', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });
  /** A new repository whose first commit holds valid-min as data/. */
  const committedValidMin = () => {
    const repo = mkdtempSync(join(tmpdir(), 'mtqg-git-'));
    made.push(repo);
    const data = join(repo, 'data');
    cpSync(VALID_MIN, data, { recursive: true });
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'first');
    return { repo, data };
  };

  it('lists rows added, corrected and superseded per commit, newest first', () => {
    const { repo, data } = committedValidMin();
    const funding = readFileSync(join(data, 'funding.csv'), 'utf8').trimEnd().split('\n');
    const header = funding[0]!.split(',');
    const first = funding[1]!;
    const cells = Papa.parse<string[]>(first).data[0]!;
    // The same observation from a newer report: a new row that supersedes the first.
    const newer = [...cells];
    newer[header.indexOf('id')] = `${cells[header.indexOf('id')]}-moi`;
    const corrected = [...cells];
    corrected[header.indexOf('note')] = 'Sửa ghi chú';
    const csvLine = (c: string[]) => c.map((v) => (/[",]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',');
    writeFileSync(join(data, 'funding.csv'), [funding[0], csvLine(corrected), ...funding.slice(2), csvLine(newer)].join('\n') + '\n');
    git(repo, 'commit', '-qam', 'second');

    const log = dataChangelog(data);
    expect(log.available).toBe(true);
    expect(log.uncommitted).toBe(false);
    expect(log.updates.map((u) => u.subject)).toEqual(['second', 'first']);
    expect(log.updates[1]!.first).toBe(true);
    const change = log.updates[0]!.changes;
    expect(change.map((c) => c.table)).toEqual(['funding']);
    const id = cells[header.indexOf('id')]!;
    expect(change[0]).toMatchObject({ added: [`${id}-moi`], corrected: [id], removed: [], superseded: [id] });
    expect(log.lastChange).toBe(log.updates[0]!.date);
  });

  it('a new count of prestigious persons supersedes the old one whatever period it names (one series)', () => {
    const { repo, data } = committedValidMin();
    // valid-min's bg-2023-11-17-n01: 523 persons for the term 2023-2027; a later report counts 519 for «năm 2024».
    const text = readFileSync(join(data, 'ncut.csv'), 'utf8');
    writeFileSync(join(data, 'ncut.csv'), `${text.trimEnd()}\nbg-2023-11-30-n09,bg-2023-11-30,3.3,bac-giang,2024,count,province,519,,,,,519 người,reported,\n`);
    git(repo, 'commit', '-qam', 'count');
    const [change] = dataChangelog(data).updates[0]!.changes;
    expect(change).toMatchObject({ table: 'ncut', added: ['bg-2023-11-30-n09'], superseded: ['bg-2023-11-17-n01'] });
  });

  it('a later report’s correction (noted «Đính chính») is said so in the changelog, not «thay bằng số mới hơn» (walk-through 22)', () => {
    const { repo, data } = committedValidMin();
    // valid-min's bg-2023-11-17-n01: 523 persons for the term 2023-2027; the report of 30/11/2023 corrects it to 519.
    const text = readFileSync(join(data, 'ncut.csv'), 'utf8');
    writeFileSync(join(data, 'ncut.csv'), `${text.trimEnd()}\nbg-2023-11-30-n09,bg-2023-11-30,3.3,bac-giang,2023-2027,count,province,519,,,,,519 người,reported,Đính chính số của báo cáo 17/11/2023\n`);
    git(repo, 'commit', '-qam', 'correction');
    const [change] = dataChangelog(data).updates[0]!.changes;
    expect(change).toMatchObject({ table: 'ncut', added: ['bg-2023-11-30-n09'], superseded: [], correctedLater: ['bg-2023-11-17-n01'] });
    expect(changeText(change!)).toBe('thêm 1 dòng, 1 số liệu cũ được báo cáo sau đính chính');
  });

  it('a correction says, cell by cell, the value before and after', () => {
    const { repo, data } = committedValidMin();
    // valid-min's bg-2023-11-17-f03: provincial 52.500; corrected to 52.600, as printed "52.600 triệu đồng".
    const text = readFileSync(join(data, 'funding.csv'), 'utf8');
    writeFileSync(join(data, 'funding.csv'), text.replace('provincial,all,,assigned,52500,mvnd,,52.500 triệu đồng', 'provincial,all,,assigned,52600,mvnd,,52.600 triệu đồng'));
    git(repo, 'commit', '-qam', 'sửa');
    const [change] = dataChangelog(data).updates[0]!.changes;
    expect(change!.corrected).toEqual(['bg-2023-11-17-f03']);
    expect(change!.edits).toEqual([
      { id: 'bg-2023-11-17-f03', field: 'value', before: '52500', after: '52600' },
      { id: 'bg-2023-11-17-f03', field: 'figure_text', before: '52.500 triệu đồng', after: '52.600 triệu đồng' },
    ]);
  });

  it('a file saved again in another form with the same values is no correction (decomposed Unicode; an Excel vi-VN semicolon export)', () => {
    const { repo, data } = committedValidMin();
    const text = readFileSync(join(data, 'funding.csv'), 'utf8');
    // Some editors save Vietnamese in decomposed form (NFD): "triệu" as t, r, i, e, U+0323, U+0302, u.
    writeFileSync(join(data, 'funding.csv'), text.normalize('NFD'));
    git(repo, 'commit', '-qam', 'NFD');
    // Excel on a vi-VN machine: BOM, ";" between cells, decimal comma, CRLF.
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const header = rows[0]!;
    const excel = rows.map((r, i) => r.map((c, j) => (i > 0 && header[j] === 'value' ? c.replace('.', ',') : c)).map((c) => (/[;"]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(';'));
    writeFileSync(join(data, 'funding.csv'), `\uFEFF${excel.join('\r\n')}\r\n`);
    git(repo, 'commit', '-qam', 'Excel');
    const log = dataChangelog(data);
    expect(log.updates.map((u) => u.subject)).toEqual(['first']);
  });

  it('is unavailable, not an error, for a data folder outside any git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtqg-nogit-'));
    made.push(dir);
    cpSync(VALID_MIN, dir, { recursive: true });
    const log = dataChangelog(dir);
    expect(log.available).toBe(false);
    expect(log.reason).toBeTruthy();
    expect(log.updates).toEqual([]);
  });
});
