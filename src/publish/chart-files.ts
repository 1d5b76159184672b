/**
 * What a journalist takes from one chart: its data with the source of every
 * value (CSV and XLSX), what the chart is (a metadata JSON: title, unit, dates,
 * sources, notes, licence, citation, version), the chart as a standalone image
 * (SVG, and PNG via resvg with the site's own font files, so every machine
 * draws the same pixels and the Vietnamese glyphs; licence printed in it), and
 * a suggested citation in Vietnamese and English. Rendered once per chart.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderChart, standaloneSvg, type ChartSpec } from '../charts/index.ts';
import { STATUS_LABELS } from '../charts/palette.ts';
import { UNITS } from '../data/define.ts';
import { QUALIFIERS, type Qualifier } from '../data/qualifier.ts';
import type { SheetData } from 'write-excel-file/node';
import { dateSortKey, formatDate } from '../core/format.ts';
import { csvBytes } from './formats.ts';
import { CHART_FILE_DIR, EMBED_DIR, LICENCE, PACKAGE_TITLE, PUBLISHER } from './meta.ts';
import { neutralise } from './safe.ts';
import { svgToPng } from './png.ts';
import { sheetsXlsxOffThread } from './workbooks.ts';
import type { RowSource } from '../views/caveats.ts';

const QUALIFIER_HEAD = 'Từ kèm số liệu';

/**
 * Columns added to every chart CSV: the source row(s) behind each value and its caveats. `as_of_from` says whose date
 * `as_of` is: the figure's own, or its report's where the report gives the figure none. `note`: the source
 * discrepancies about the value; `row_note`: the data team's note on its row(s), as printed under the figure's card;
 * `chart_note`: the other notes the chart prints under it. Those tied to no value's row (its values overlap and must
 * not be added up, a rate the page worked out, a discrepancy in the rows a value is checked against) are printed
 * under the chart as a whole, so they are on every line, as under the chart: a reader of the file alone meets them
 * before summing a column. One of the page's own notes tied to some values' rows is beside those values only.
 */
const SOURCE_COLUMNS = ['report_id', 'report', 'section', 'as_of', 'as_of_from', 'decision_date', 'figure_status', 'note', 'row_note', 'chart_note', 'row_id'] as const;

export interface CsvOptions {
  /** The source row of a row id (the views' rowSources). */
  sourceOf?: (rowId: string) => RowSource | undefined;
  /** A note's link as printed in the file (absolute on a public build). */
  link?: (href: string) => string;
}

/**
 * The data behind the chart, one value per line, with its unit, the source row(s) it is read or
 * computed from and the notes about them: a value built from several rows lists each, separated by "; ".
 * When a value is qualified in its source ("trên", "khoảng"), a column "Từ kèm số liệu" says so.
 */
export function chartCsv(spec: ChartSpec, options: CsvOptions = {}): Uint8Array {
  const { header, rows } = chartRows(spec, options);
  return csvBytes(header, rows);
}

/**
 * The chart's data as a workbook: the same columns as its CSV, numbers as numbers, a sheet about the chart. Written
 * on the workbook worker (workbooks.ts): some 200 charts' workbooks took 3–4 s of the main thread at national scale.
 */
export async function chartXlsx(spec: ChartSpec, options: CsvOptions & { metadata: ChartMetadata }): Promise<Uint8Array> {
  const { header, rows } = chartRows(spec, options);
  const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
  // No `type: String`: write-excel-file reads a string as text all the same (the same bytes), and a sheet without
  // functions can be sent to the worker.
  const text = (value: string | null) => (value === null ? null : { value: neutralise(value.normalize('NFC')) });
  const data: SheetData = [header.map(bold), ...rows.map((r) => r.map((v) => (typeof v === 'number' ? v : text(v))))];
  const m = options.metadata;
  const about: SheetData = [
    [bold(m.title)],
    [text(m.subtitle)],
    [text(`Đơn vị: ${m.unit.vi}`)],
    [text(`Số liệu từ ${m.date_range.from ?? '?'} đến ${m.date_range.to ?? '?'}; cập nhật ngày ${m.data_version.slice(0, 10)}`)],
    [text(`Nguồn: ${m.sources.map((s) => s.title).join('; ')}`)],
    ...m.notes.map((n) => [text(`Lưu ý: ${n}`)]),
    ...m.value_notes.map((n, i) => [text(`Ghi chú ${i + 1} (về giá trị, xem cột row_note): ${n}`)]),
    [text(`${LICENCE.text.vi} ${LICENCE.path}`)],
    [text(`Trích dẫn: ${m.citation.vi}`)],
    [text(`Địa chỉ: ${m.permalink}`)],
  ];
  return sheetsXlsxOffThread(
    [
      { data, sheet: 'Số liệu', stickyRowsCount: 1, columns: header.map((h) => ({ width: Math.min(60, Math.max(12, h.length + 2)) })) },
      { data: about, sheet: 'Về biểu đồ', columns: [{ width: 120 }] },
    ],
    { fontFamily: 'Arial', fontSize: 11 },
  );
}

/** What OWID's chart downloads call metadata: what the chart shows, from when to when, from which reports, under which licence, how to cite it. */
export interface ChartMetadata {
  id: string;
  title: string;
  subtitle: string;
  unit: { code: string; vi: string; en: string };
  /** The dates of the figures (as-of or report dates), earliest and latest. */
  date_range: { from: string | null; to: string | null };
  sources: { title: string; report_id: string | null }[];
  notes: string[];
  /** The data team's notes on the chart's values, numbered as under its data table on its home page (the CSV's row_note). */
  value_notes: string[];
  licence: { name: string; path: string; text: string };
  citation: Citation;
  permalink: string;
  /** The day the data last changed (ISO date-time). */
  data_version: string;
  /** The frozen version of the data (its id and the address of its files), when the build's data is one. */
  data_version_frozen: FrozenVersion | null;
  /** The site has no publishing calendar: a chart changes when a new report is entered. */
  next_update: null;
  next_update_note: string;
  files: Record<'csv' | 'xlsx' | 'png' | 'svg', string>;
}

export function chartMetadata(
  spec: ChartSpec,
  options: CsvOptions & {
    permalink: string;
    version: string;
    frozen?: FrozenVersion;
    files: Record<'csv' | 'xlsx' | 'png' | 'svg', string>;
    /** The data team's notes on the values, numbered as under the chart's data table (views/registry.ts chartValueNotes). */
    valueNotes?: readonly string[];
  },
): ChartMetadata {
  const ids = [...new Set(spec.rows.flatMap((r) => r.rowIds ?? []))];
  const sources = ids.map((id) => options.sourceOf?.(id)).filter((s): s is RowSource => s !== undefined);
  const dates = sources.map((s) => s.as_of).filter(Boolean).sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)));
  const reports = new Map(sources.map((s) => [s.report_id, s.report]));
  return {
    id: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    unit: { code: spec.unit, ...UNITS[spec.unit] },
    date_range: { from: dates[0] ?? null, to: dates.at(-1) ?? null },
    sources: reports.size ? [...reports].map(([report_id, title]) => ({ report_id, title })) : spec.sources.map((s) => ({ title: s.title, report_id: null })),
    notes: (spec.notes ?? []).map((n) => n.text),
    value_notes: [...(options.valueNotes ?? [])],
    licence: { name: LICENCE.name, path: LICENCE.path, text: LICENCE.text.vi },
    citation: chartCitation(spec, options.permalink, options.version, options.frozen),
    permalink: options.permalink,
    data_version: options.version,
    data_version_frozen: options.frozen ?? null,
    next_update: null,
    next_update_note: 'Không có lịch cố định: biểu đồ thay đổi khi một báo cáo mới được nhập (xem /du-lieu/#thay-doi).',
    files: options.files,
  };
}

/** The rows of a chart's CSV and XLSX: per value, its unit, the source row(s) and the notes about them. */
function chartRows(spec: ChartSpec, options: CsvOptions): { header: string[]; rows: (string | number | null)[][] } {
  const unit = UNITS[spec.unit].vi;
  const link = options.link ?? ((href: string) => href);
  const word = (q: Qualifier | undefined) => (q ? QUALIFIERS[q].vi : null);
  const noteText = (n: NonNullable<ChartSpec['notes']>[number]) => (n.href ? `${n.text} (${link(n.href)})` : n.text);
  // A note is about one value when it names a row of that value; else (no rows, or rows no value is read from) it
  // is about the chart, and goes on every line.
  const valueIds = new Set(spec.rows.flatMap((r) => r.rowIds ?? []));
  const aboutValues = (n: NonNullable<ChartSpec['notes']>[number]) => n.rowIds?.some((id) => valueIds.has(id)) ?? false;
  const chartNotes = (spec.notes ?? []).filter((n) => !aboutValues(n));
  const provenance = (rowIds: readonly string[] | undefined, value: number): (string | null)[] => {
    const ids = rowIds ?? [];
    const sources = ids.map((id) => options.sourceOf?.(id)).filter((s): s is RowSource => s !== undefined);
    const list = (pick: (s: RowSource) => string) => [...new Set(sources.map(pick))].join('; ') || null;
    // A value none of its rows prints (a sum, a difference, a share) is the site's: «computed from reported», never
    // «reported» (a fact-checker read «Chưa khởi công: 6», 75 − 69, as printed).
    const known = sources.flatMap((s) => s.values ?? []);
    const computed = known.length > 0 && !known.some((v) => v.unit === spec.unit && Math.abs(v.value - value) < 1e-9);
    const status = list((s) => s.figure_status);
    const mine = (n: NonNullable<ChartSpec['notes']>[number]) => n.rowIds?.some((id) => ids.includes(id)) ?? false;
    const notes = (spec.notes ?? []).filter((n) => n.discrepancy && mine(n));
    // The chart's own notes, and a note of the data team's words on this value's rows that is not a discrepancy.
    const others = [...chartNotes, ...(spec.notes ?? []).filter((n) => !n.discrepancy && aboutValues(n) && mine(n))];
    return [
      list((s) => s.report_id),
      list((s) => s.report),
      list((s) => s.section),
      list((s) => s.as_of),
      list((s) => s.as_of_from),
      list((s) => s.decision_date),
      computed ? `computed from ${status ?? 'reported'}` : status,
      notes.map(noteText).join(' | ') || null,
      // Notes are sentences with «;» of their own: several are separated as the discrepancies are.
      [...new Set(sources.map((s) => s.row_note).filter(Boolean))].join(' | ') || null,
      others.map(noteText).join(' | ') || null,
      ids.join('; ') || null,
    ];
  };
  if (spec.kind === 'bars') {
    const qualified = spec.rows.some((r) => r.qualifier);
    return {
      header: [spec.categoryLabel ?? 'Hạng mục', 'Nhóm', ...(qualified ? [QUALIFIER_HEAD] : []), 'Giá trị', 'Đơn vị', ...SOURCE_COLUMNS],
      rows: spec.rows.map((r) => [r.category, r.group ?? null, ...(qualified ? [word(r.qualifier)] : []), r.value, unit, ...provenance(r.rowIds, r.value)]),
    };
  }
  if (spec.kind === 'completion') {
    const qualified = spec.rows.some((r) => r.qualifier);
    return {
      header: [spec.categoryLabel ?? 'Hạng mục', 'Tình trạng', ...(qualified ? [QUALIFIER_HEAD] : []), 'Giá trị', 'Đơn vị', ...SOURCE_COLUMNS],
      rows: spec.rows.map((r) => [r.category, STATUS_LABELS[r.status], ...(qualified ? [word(r.qualifier)] : []), r.value, unit, ...provenance(r.rowIds, r.value)]),
    };
  }
  const qualified = spec.rows.some((r) => r.qualifier);
  return {
    header: ['Thời điểm', 'Chuỗi', ...(qualified ? [QUALIFIER_HEAD] : []), 'Giá trị', 'Đơn vị', ...SOURCE_COLUMNS],
    rows: spec.rows.map((r) => [r.date, r.series, ...(qualified ? [word(r.qualifier)] : []), r.value, unit, ...provenance(r.rowIds, r.value)]),
  };
}

/** Be Vietnam Pro drawn from TTF files (resvg reads no WOFF), nothing from the system. */
export const FONT_FAMILY = 'Be Vietnam Pro';
const require = createRequire(join(process.cwd(), 'package.json'));
export const fontFiles = () =>
  ['400Regular', '500Medium', '600SemiBold', '700Bold'].map((w) => require.resolve(`@expo-google-fonts/be-vietnam-pro/${w}/BeVietnamPro_${w}.ttf`));
/** Glyphs Be Vietnam Pro lacks, replaced in images (Plot may put arrows in axis labels). */
const MISSING_GLYPHS: [RegExp, string][] = [
  [/↑/g, ''],
  [/→/g, '–'],
];

export interface ChartImages {
  svg: Uint8Array;
  png: Uint8Array;
  /** Pixel size of the PNG (2× the SVG for sharp phones and print). */
  width: number;
  height: number;
}

const images = new Map<string, Promise<ChartImages>>();
const utf8 = new TextEncoder();

/**
 * The standalone SVG and PNG of a chart; `credit` is printed at the bottom (site and page).
 * The PNG is drawn on a worker thread (png.ts): the build starts every chart's
 * image when it lists the chart files, and goes on writing pages while they are drawn.
 */
export function chartImages(spec: ChartSpec, credit?: string): Promise<ChartImages> {
  const key = `${spec.id}\u0000${credit ?? ''}\u0000${JSON.stringify(spec)}`;
  let result = images.get(key);
  if (!result) {
    let svg = standaloneSvg(spec, renderChart(spec).svgWide, { fontFamily: FONT_FAMILY, credit });
    for (const [glyph, by] of MISSING_GLYPHS) svg = svg.replace(glyph, by);
    result = svgToPng({
      svg,
      options: {
        fitTo: { mode: 'zoom', value: 2 },
        font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
        background: '#ffffff',
      },
    }).then((rendered) => ({ svg: utf8.encode(svg), ...rendered }));
    images.set(key, result);
  }
  return result;
}

export type ChartFileKind = 'csv' | 'xlsx' | 'json' | 'svg' | 'png';
export const chartFileHref = (id: string, ext: ChartFileKind) => `${CHART_FILE_DIR}${id}.${ext}`;
export const embedHref = (id: string) => `${EMBED_DIR}${id}/`;

export interface Citation {
  vi: string;
  en: string;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Where a citation's access date goes: the reader's own date, filled in by the page (components/Citation.astro). */
export const ACCESS_DATE = '…';

/** "6 December 2026". */
export const englishDate = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${EN_MONTHS[m - 1]} ${y}`;
};

/** A frozen data version (src/publish/versions.ts): its id and the absolute address of its files. */
export interface FrozenVersion {
  id: string;
  url: string;
}

/**
 * A suggested citation: the publisher, the data set, the chart, the version of the data (the day it last
 * changed, and the frozen version whose files stay downloadable when the chart changes with the next report),
 * the source reports, the chart's address, and the access date — the reader's, so `ACCESS_DATE` stands for it
 * (never the day the page was built).
 */
export function chartCitation(spec: ChartSpec, permalink: string, version: string, frozen?: FrozenVersion): Citation {
  const sources = spec.sources.map((s) => s.title).join('; ');
  const vi = frozen ? `, phiên bản ${frozen.id} (${frozen.url})` : '';
  const en = frozen ? ` (version ${frozen.id}, ${frozen.url})` : '';
  return {
    vi: `${PUBLISHER.vi}, “${PACKAGE_TITLE.vi}”, biểu đồ “${spec.title}” (${spec.subtitle}), số liệu cập nhật ngày ${formatDate(version.slice(0, 10))}${vi}, theo ${sources}. ${permalink} (truy cập ngày ${ACCESS_DATE}).`,
    en: `${PUBLISHER.en}, “${PACKAGE_TITLE.en}”, chart “${spec.title}” (${spec.subtitle}), data version of ${englishDate(version)}${en}, from ${sources} [in Vietnamese]. ${permalink} (accessed ${ACCESS_DATE}).`,
  };
}
