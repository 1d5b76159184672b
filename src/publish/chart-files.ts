/**
 * What a journalist takes from one chart: its data (CSV), the chart as a
 * standalone image (SVG, and PNG via resvg with the site's own font files, so
 * every machine draws the same pixels and the Vietnamese glyphs), and a
 * suggested citation in Vietnamese and English. Rendered once per chart.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderChart, standaloneSvg, type ChartSpec } from '../charts/index.ts';
import { STATUS_LABELS } from '../charts/palette.ts';
import { UNITS } from '../data/define.ts';
import { QUALIFIERS, type Qualifier } from '../data/qualifier.ts';
import { formatDate } from '../lib/format.ts';
import { csvBytes } from './formats.ts';
import { CHART_FILE_DIR, EMBED_DIR, PACKAGE_TITLE, PUBLISHER } from './meta.ts';
import { svgToPng } from './png.ts';
import type { RowSource } from '../views/caveats.ts';

const QUALIFIER_HEAD = 'Từ kèm số liệu';

/** Columns added to every chart CSV: the source row(s) behind each value and its caveats. */
export const SOURCE_COLUMNS = ['report_id', 'report', 'section', 'as_of', 'decision_date', 'figure_status', 'note', 'row_id'] as const;

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
  const unit = UNITS[spec.unit].vi;
  const link = options.link ?? ((href: string) => href);
  const word = (q: Qualifier | undefined) => (q ? QUALIFIERS[q].vi : null);
  const provenance = (rowIds: readonly string[] | undefined): (string | null)[] => {
    const ids = rowIds ?? [];
    const sources = ids.map((id) => options.sourceOf?.(id)).filter((s): s is RowSource => s !== undefined);
    const list = (pick: (s: RowSource) => string) => [...new Set(sources.map(pick))].join('; ') || null;
    const notes = (spec.notes ?? []).filter((n) => n.discrepancy && n.rowIds?.some((id) => ids.includes(id)));
    return [
      list((s) => s.report_id),
      list((s) => s.report),
      list((s) => s.section),
      list((s) => s.as_of),
      list((s) => s.decision_date),
      list((s) => s.figure_status),
      notes.map((n) => (n.href ? `${n.text} (${link(n.href)})` : n.text)).join(' | ') || null,
      ids.join('; ') || null,
    ];
  };
  if (spec.kind === 'bars') {
    const qualified = spec.rows.some((r) => r.qualifier);
    return csvBytes(
      [spec.categoryLabel ?? 'Hạng mục', 'Nhóm', ...(qualified ? [QUALIFIER_HEAD] : []), 'Giá trị', 'Đơn vị', ...SOURCE_COLUMNS],
      spec.rows.map((r) => [r.category, r.group ?? null, ...(qualified ? [word(r.qualifier)] : []), r.value, unit, ...provenance(r.rowIds)]),
    );
  }
  if (spec.kind === 'completion')
    return csvBytes(
      [spec.categoryLabel ?? 'Hạng mục', 'Tình trạng', 'Giá trị', 'Đơn vị', ...SOURCE_COLUMNS],
      spec.rows.map((r) => [r.category, STATUS_LABELS[r.status], r.value, unit, ...provenance(r.rowIds)]),
    );
  const qualified = spec.rows.some((r) => r.qualifier);
  return csvBytes(
    ['Thời điểm', 'Chuỗi', ...(qualified ? [QUALIFIER_HEAD] : []), 'Giá trị', 'Đơn vị', ...SOURCE_COLUMNS],
    spec.rows.map((r) => [r.date, r.series, ...(qualified ? [word(r.qualifier)] : []), r.value, unit, ...provenance(r.rowIds)]),
  );
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

export const chartFileHref = (id: string, ext: 'csv' | 'svg' | 'png') => `${CHART_FILE_DIR}${id}.${ext}`;
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

/**
 * A suggested citation: the publisher, the data set, the chart, the version of the data (the day it last
 * changed), the source reports, the chart's address, and the access date — the reader's, so `ACCESS_DATE`
 * stands for it (never the day the page was built).
 */
export function chartCitation(spec: ChartSpec, permalink: string, version: string): Citation {
  const sources = spec.sources.map((s) => s.title).join('; ');
  return {
    vi: `${PUBLISHER.vi}, “${PACKAGE_TITLE.vi}”, biểu đồ “${spec.title}” (${spec.subtitle}), số liệu cập nhật ngày ${formatDate(version.slice(0, 10))}, theo ${sources}. ${permalink} (truy cập ngày ${ACCESS_DATE}).`,
    en: `${PUBLISHER.en}, “${PACKAGE_TITLE.en}”, chart “${spec.title}” (${spec.subtitle}), data version of ${englishDate(version)}, from ${sources} [in Vietnamese]. ${permalink} (accessed ${ACCESS_DATE}).`,
  };
}
