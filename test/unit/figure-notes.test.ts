/**
 * What a headline figure carries besides its value: every discrepancy note touching it (one list), and the findings
 * about documents cited in its report section. Expected values are written by hand from the fixture rows (shaped
 * like Bạch Thông's 6-month report, data/funding.csv bt-2023-06-f03/f05/f08, documents.csv bt-2023-06-d08).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { funding, poverty } from '../../src/data/tables/index.ts';
import { tableSchema } from '../../src/publish/datapackage.ts';
import { tableCsv } from '../../src/publish/formats.ts';
import { discrepancyNotes, figureSource } from '../../src/views/context.ts';
import { cardRowNote } from '../../src/views/figure.ts';
import { disbursementFigures, fundYearChart } from '../../src/views/funding.ts';
import { BACH_THONG, removeDataDirs, fixtureContext, plus, VALID_MIN } from './helpers.ts';

afterAll(removeDataDirs);


const context = fixtureContext;

const AREAS = BACH_THONG.areas();
const REPORTS = BACH_THONG.reports();
const BT = BACH_THONG.funding;

describe('a figure touched by several discrepancies', () => {
  it('lists every note, its own first, each naming its figure', async () => {
    const ctx = await context({
      'areas.csv': AREAS,
      'reports.csv': REPORTS,
      'funding.csv': plus('funding.csv', [
        BT('bt-2023-06', 'f03', 'sn,,assigned,16567.406,mvnd,,"vốn sự nghiệp 16.567,406trđ",reported,,,'),
        BT('bt-2023-06', 'f05', 'sn,,allocated,46929.385459,mvnd,,"Vốn SN 46.929,385,459trđ",malformed,hai dấu phẩy,,'),
        BT('bt-2023-06', 'f08', 'sn,,disbursed,2080.04598,mvnd,,"Vốn sự nghiệp 2.080,045,980trđ/46.929,385,459trđ",malformed,hai dấu phẩy,,'),
      ]),
    });
    const fig = disbursementFigures(ctx, 'bach-thong').find((f) => f.id === 'so-lieu-bt-2023-06-f08')!;
    const texts = (fig.notes ?? []).map((n) => n.text);
    // Three discrepancies: f08 misprinted; its base f05 misprinted; f05 (allocated 46.929,385459) against f03 (assigned 16.567,406).
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/^Đã giải ngân, năm 2023, vốn sự nghiệp, huyện Bạch Thông: 2\.080,04598 triệu đồng — báo cáo in sai con số này/);
    expect(texts.slice(1).filter((t) => t.includes('46.929,385459 triệu đồng'))).toHaveLength(2);
    expect(texts.slice(1).some((t) => t.includes('báo cáo in sai con số này'))).toBe(true);
    // The allocated amount against the assigned one, said as such (not a general "không khớp").
    expect(texts).toContain('Vốn đã phân bổ, năm 2023, vốn sự nghiệp, huyện Bạch Thông: 46.929,385459 triệu đồng — nhiều hơn vốn giao 16.567,406 triệu đồng mà chính báo cáo nêu (mục III.1.2).');
    expect(new Set(fig.notes!.map((n) => n.href)).size).toBe(3);
  });
});

describe('a misprinted figure of a project', () => {
  it('its note names the project and the district, as a reader knows them', async () => {
    const ctx = await context({
      'areas.csv': AREAS,
      'reports.csv': REPORTS,
      'funding.csv': plus('funding.csv', [BT('bt-2023-06', 'f08', 'sn,ntp1719.da3,disbursed,2080.04598,mvnd,,"Vốn sự nghiệp 2.080,045,980trđ",malformed,hai dấu phẩy,,')]),
    });
    const texts = discrepancyNotes(ctx, ['bt-2023-06-f08']).map((n) => n.text);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^Đã giải ngân, năm 2023, vốn sự nghiệp, Dự án 3, huyện Bạch Thông: 2\.080,04598 triệu đồng — báo cáo in sai con số này/);
  });
});

describe('a cited document\'s date that is wrong', () => {
  // Report bt-2023-06 (tháng 6/2023) cites a letter dated 30/12/2023 in section III.1.2, where its SN funding is.
  const documents = (section: string) =>
    plus('documents.csv', [`bt-2023-06-d01,bt-2023-06,${section},ubnd-bt-cv-2698,2698/UBND-TCKH,cited,2023-12-30,Công văn số 2698/UBND-TCKH ngày 30/12/2023,`]);
  const funding = plus('funding.csv', [
    BT('bt-2023-06', 'f05', 'sn,,allocated,1000,mvnd,,1.000trđ,reported,,,'),
    BT('bt-2023-06', 'f08', 'sn,,disbursed,200,mvnd,,200trđ,reported,,,'),
    // A second fund, so the rates are a chart (one rate alone is its card).
    BT('bt-2023-06', 'f06', 'dtpt,,allocated,3000,mvnd,,3.000trđ,reported,,,'),
    BT('bt-2023-06', 'f07', 'dtpt,,disbursed,900,mvnd,,900trđ,reported,,,'),
  ]);
  const LATE = 'Văn bản dẫn ở cùng mục của báo cáo: Báo cáo tháng 6/2023 (mục III.1.2) dẫn 2698/UBND-TCKH “Công văn số 2698/UBND-TCKH ngày 30/12/2023”, sau ngày của chính báo cáo (tháng 6/2023); có thể in nhầm năm.';

  it('is beside the figures of the same report section, on the card and on the chart with its rows', async () => {
    const ctx = await context({ 'areas.csv': AREAS, 'reports.csv': REPORTS, 'funding.csv': funding, 'documents.csv': documents('III.1.2') });
    const fig = disbursementFigures(ctx, 'bach-thong').find((f) => f.id === 'so-lieu-bt-2023-06-f08')!;
    expect(fig.notes?.map((n) => n.text)).toEqual([LATE]);
    const chart = fundYearChart(ctx, 'bach-thong');
    const note = chart?.notes?.find((n) => n.text === LATE);
    // The document's row, then the section's figures (in the chart's CSV) in the table's order, once each: no other row of the report.
    expect(note?.rowIds).toEqual(['bt-2023-06-d01', 'bt-2023-06-f05', 'bt-2023-06-f08', 'bt-2023-06-f06', 'bt-2023-06-f07']);
  });

  it('is not beside figures of another section of the report', async () => {
    const ctx = await context({ 'areas.csv': AREAS, 'reports.csv': REPORTS, 'funding.csv': funding, 'documents.csv': documents('III.1.1 Công tác chỉ đạo (chú thích 1)') });
    expect(ctx.data.discrepancies.filter((d) => d.table === 'documents')).toHaveLength(1);
    expect(disbursementFigures(ctx, 'bach-thong').find((f) => f.id === 'so-lieu-bt-2023-06-f08')!.notes).toBeUndefined();
  });
});

describe('a caveat the data team wrote on every figure of a report (reports.csv figures_note, issue 22)', () => {
  // valid-min's report of 17/11/2023 given a caveat on the month its figures are of.
  const caveated = (files: Record<string, string> = {}) =>
    context({
      'reports.csv': readFileSync(join(VALID_MIN, 'reports.csv'), 'utf8').replace('Trưởng ban,,,000_a.txt', 'Trưởng ban,,Tiêu đề ghi tháng 11; đoạn mở đầu ghi tháng 10.,000_a.txt'),
      ...files,
    });
  const NAMED = 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023: Tiêu đề ghi tháng 11; đoạn mở đầu ghi tháng 10.';

  it('is beside each figure of that report, on paper too, linking to the report; not beside another report’s', async () => {
    const ctx = await caveated();
    expect(figureSource(ctx, 'bac-giang', { id: 'bg-2023-11-17-f01', report_id: 'bg-2023-11-17' }, '2023-11-15').notes).toEqual([
      { text: 'Về cả báo cáo: Tiêu đề ghi tháng 11; đoạn mở đầu ghi tháng 10.', href: '/bao-cao/bg-2023-11-17/', onPaper: true },
    ]);
    expect(figureSource(ctx, 'bac-giang', { id: 'bg-2023-11-30-p02', report_id: 'bg-2023-11-30' }, '2023-11-30').notes).toBeUndefined();
  });

  it('reaches a chart built from that report’s rows, named by its report, beside those rows only in the chart’s CSV, and on paper', async () => {
    const ctx = await caveated();
    // Two rows of the caveated report and one of the other: one note, for the two.
    expect(discrepancyNotes(ctx, ['bg-2023-11-17-f01', 'bg-2023-11-30-p02', 'bg-2023-11-17-f02'])).toEqual([
      { text: NAMED, href: '/bao-cao/bg-2023-11-17/', discrepancy: true, rowIds: ['bg-2023-11-17-f01', 'bg-2023-11-17-f02'], onPaper: true },
    ]);
    expect(discrepancyNotes(ctx, ['bg-2023-11-30-p02'])).toEqual([]);
  });

  it('is in the table downloads, beside each row of that report only (report_caveat), and in their schema', async () => {
    const ctx = await caveated();
    const csv = Papa.parse<Record<string, string>>(new TextDecoder().decode(tableCsv(funding, ctx.data.tables)).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const of = (id: string) => csv.data.find((r) => r.id === id)!.report_caveat;
    expect(of('bg-2023-11-17-f01')).toBe('Tiêu đề ghi tháng 11; đoạn mở đầu ghi tháng 10.');
    expect(of('bg-2023-11-17-f09')).toBe('Tiêu đề ghi tháng 11; đoạn mở đầu ghi tháng 10.');
    // The poverty rows are of the other report (30/11/2023): blank.
    const poor = Papa.parse<Record<string, string>>(new TextDecoder().decode(tableCsv(poverty, ctx.data.tables)).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(poor.data.map((r) => [r.id, r.report_caveat])).toEqual([
      ['bg-2023-11-30-p01', ''],
      ['bg-2023-11-30-p02', ''],
      ['bg-2023-11-30-p03', ''],
    ]);
    expect(tableSchema(funding, ctx.data.tables).fields).toContainEqual(expect.objectContaining({ name: 'report_caveat', type: 'string' }));
  });

  it('on a card whose base is of the caveated report, is named by that report (the card’s source is another)', async () => {
    const ctx = await caveated();
    expect(figureSource(ctx, 'bac-giang', { id: 'bg-2023-11-30-p02', report_id: 'bg-2023-11-30' }, '2023-11-30', ['bg-2023-11-17-f01']).notes).toEqual([
      { text: NAMED, href: '/bao-cao/bg-2023-11-17/', onPaper: true },
    ]);
  });
});

describe('the data team’s note on a figure’s row (the note column)', () => {
  it('is the card’s own row’s, not its base’s; a row without one gives none', async () => {
    const funding = readFileSync(join(VALID_MIN, 'funding.csv'), 'utf8').replace('495.128 triệu đồng,reported,,,', '495.128 triệu đồng,reported,Tổng vốn năm 2023.,,');
    const ctx = await context({ 'funding.csv': funding });
    expect(figureSource(ctx, 'bac-giang', { id: 'bg-2023-11-17-f01', report_id: 'bg-2023-11-17' }, '2023-11-17').rowNote).toBe('Tổng vốn năm 2023.');
    expect(figureSource(ctx, 'bac-giang', { id: 'bg-2023-11-17-f02', report_id: 'bg-2023-11-17' }, '2023-11-17', ['bg-2023-11-17-f01']).rowNote).toBeUndefined();
  });
});

describe('the row note a card prints', () => {
  it('is left out when every word of it is in the label, kept when it says anything more (data/works.csv, bg-2023-11-30)', () => {
    const label = 'Công trình Chương trình MTQG 1719 duy tu, bảo dưỡng (giai đoạn 2022–2023)';
    expect(cardRowNote({ label, rowNote: 'Duy tu, bảo dưỡng.' })).toBeNull();
    expect(cardRowNote({ label: 'Công trình Chương trình MTQG 1719 mua sắm thiết bị: trạm y tế', rowNote: 'Mua sắm thiết bị cho trạm y tế.' })).toBe('Mua sắm thiết bị cho trạm y tế.');
    // A tone mark is a different word: «Duy tư» is not «Duy tu».
    expect(cardRowNote({ label, rowNote: 'Duy tư.' })).toBe('Duy tư.');
    expect(cardRowNote({ label })).toBeNull();
    // A note of signs only has no word the label lacks: nothing to print.
    expect(cardRowNote({ label, rowNote: '—' })).toBeNull();
  });
});
