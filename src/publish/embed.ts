/**
 * The iframe snippet a journalist copies to put a chart in a story, done as Datawrapper's embeds
 * are: an <iframe> with a default height that already shows the whole chart, title to source line,
 * at any width from a 320 px phone to a desktop column, and a small optional script from this site
 * (/nhung/nhung.js) that sets the iframe to the exact height the embed page posts (/nhung/chieu-cao.js).
 * A news site whose policy or editor strips the script keeps the default height: some blank space
 * under a wide chart, never a cut-off source line.
 */
import { chartDatePhrase } from '../core/format.ts';
import type { ChartSpec, RenderedChart } from '../charts/index.ts';
import { wrap } from '../charts/layout.ts';
import { EMBED_DIR } from './meta.ts';

/** The host script, and the embed page's own, both under /nhung/ (the only pages other sites may frame). */
export const EMBED_HOST_SCRIPT = `${EMBED_DIR}nhung.js`;
export const EMBED_PAGE_SCRIPT = `${EMBED_DIR}chieu-cao.js`;
/** Widest the iframe gets: `max-width` in the snippet. */
const EMBED_MAX_WIDTH = 760;
/** Narrowest iframe the default height is worked out for: a 320 px phone less a news page's 16 px side margins. */
const EMBED_MIN_WIDTH = 288;

/** The second line under the chart (the page prints the same words as links). */
const EMBED_LINKS_TEXT = 'Số liệu Chương trình MTQG 1719 · Tải số liệu';

/** The source line as the embed page prints it. */
function embedSourceText(spec: Pick<ChartSpec, 'asOf' | 'dateKind' | 'sources'>): string {
  return `${chartDatePhrase(spec)}. Nguồn: ${spec.sources.map((s) => s.title).join('; ')}.`;
}

/**
 * Sizes from public/nhung/nhung.css (rem = 16 px, line-height 1.4), kept here to work out the
 * height of the embed page before any browser has drawn it.
 */
const CSS = {
  bodyPadding: 12,
  /** Left and right: narrow, so a 288 px iframe keeps the phone drawing's 13 px text at 12 px or more. */
  sidePadding: 8,
  title: { size: 17.6, line: 17.6 * 1.4, bold: true },
  small: { size: 13.6, line: 13.6 * 1.4, bold: false },
  notesIndent: 17.6,
  /** Every vertical margin of the page together, at most: h1 3.2, p 3.2 each, the notes list 6.4 twice. */
  margins: 3.2 + 4 * 3.2 * 2 + 6.4 * 2,
  noteMargin: 2.4 * 2,
  /** The wide drawing is shown from this width of the iframe (43rem). */
  wideFrom: 688,
  /** The phone drawing grows with the column up to this width (26rem). */
  narrowMax: 416,
};
/**
 * Advance of one character as a share of the font size, on the wide side: system fonts differ, and
 * DejaVu Sans (a Linux desktop's) is the widest of the usual ones: 0.51–0.54 em a character of this
 * site's Vietnamese text, 0.59 em bold (measured in Chromium); Roboto and San Francisco are narrower.
 */
const CHAR_EM = { regular: 0.56, bold: 0.63 };
/** For the rounding of a browser's line boxes. */
const SLACK = 16;

/** Lines a text wraps to in a column `width` px wide, at the given font (estimated, on the generous side). */
function lines(text: string, width: number, font: { size: number; bold: boolean }): number {
  return wrap(text, Math.floor(width / (font.size * (font.bold ? CHAR_EM.bold : CHAR_EM.regular)))).length;
}

/** The pixel height a drawing is drawn at (its `height` attribute: Plot writes it on the root <svg>). */
export function svgHeight(svg: string): number {
  const height = /^<svg\b[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1];
  if (!height) throw new Error('Biểu đồ không có chiều cao (thuộc tính height của <svg>).');
  return Number(height);
}
function svgWidth(svg: string): number {
  return Number(/^<svg\b[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
}

/** Height of the embed page's content in an iframe `frameWidth` px wide, drawing of `drawn` px (estimated, generous). */
function pageHeight(spec: ChartSpec, frameWidth: number, drawing: number): number {
  const column = frameWidth - 2 * CSS.sidePadding;
  const notes = spec.notes ?? [];
  const smallLines =
    lines(spec.subtitle, column, CSS.small) +
    notes.reduce((n, note) => n + lines(note.href ? `${note.text} Xem chi tiết` : note.text, column - CSS.notesIndent, CSS.small), 0) +
    lines(embedSourceText(spec), column, CSS.small) +
    lines(EMBED_LINKS_TEXT, column, CSS.small);
  return (
    2 * CSS.bodyPadding +
    lines(spec.title, column, CSS.title) * CSS.title.line +
    smallLines * CSS.small.line +
    drawing +
    CSS.margins +
    notes.length * CSS.noteMargin
  );
}

/**
 * The iframe height that shows the whole embed page at every width from EMBED_MIN_WIDTH to
 * EMBED_MAX_WIDTH without the script: the tallest of the phone layout at its narrowest (text
 * wraps most) and just before the breakpoint (its drawing at its largest), and the wide layout
 * just past its breakpoint and at its widest (the wide drawing grows with the column).
 */
export function embedHeight(spec: ChartSpec, chart: Pick<RenderedChart, 'svgNarrow' | 'svgWide'>): number {
  // Each drawing fills its column (the phone one up to narrowMax), so its height grows with the iframe.
  const drawnAt = (svg: string, frame: number, max: number) => (svgHeight(svg) * Math.min(frame - 2 * CSS.sidePadding, max)) / svgWidth(svg);
  const narrowAt = (frame: number) => drawnAt(chart.svgNarrow, frame, CSS.narrowMax);
  const wideAt = (frame: number) => drawnAt(chart.svgWide, frame, svgWidth(chart.svgWide));
  return Math.ceil(
    Math.max(
      pageHeight(spec, EMBED_MIN_WIDTH, narrowAt(EMBED_MIN_WIDTH)),
      pageHeight(spec, CSS.wideFrom - 1, narrowAt(CSS.wideFrom - 1)),
      pageHeight(spec, CSS.wideFrom, wideAt(CSS.wideFrom)),
      pageHeight(spec, EMBED_MAX_WIDTH, wideAt(EMBED_MAX_WIDTH)),
    ) + SLACK,
  );
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The snippet: the iframe, then the optional script (loaded once however many charts a story
 * holds). `src` and `script` are absolute on a build with SITE_URL, else site paths that the
 * chart page's script completes with its own address.
 */
export function embedSnippet(o: { src: string; script: string; title: string; height: number }): string {
  return (
    `<iframe src="${attr(o.src)}" title="${attr(o.title)}" width="100%" height="${o.height}" style="border:0;width:100%;max-width:${EMBED_MAX_WIDTH}px" loading="lazy"></iframe>` +
    `\n<script src="${attr(o.script)}" async></script>`
  );
}
