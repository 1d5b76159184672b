/**
 * The chart as a standalone image (SVG download, PNG and og:image via resvg later):
 * title, subtitle, the drawing, its notes (source discrepancies), source and as-of date all inside one SVG, since an image
 * travels without its page. Explicit font and colours; no CSS from the site.
 */
import { chartDatePhrase } from '../core/format.ts';
import { wrap } from './layout.ts';
import { INK, MUTED } from './palette.ts';
import type { ChartSpec } from './types.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ExportOptions {
  /** Font family names for the image (resvg needs them installed or given as files). */
  fontFamily?: string;
  /** Site name or address printed at the bottom right, e.g. the page URL. */
  credit?: string;
}

/** Wraps a rendered chart SVG (the wide drawing, 720 px) with its title, subtitle, notes, source and date; the height follows the text. */
export function standaloneSvg(spec: ChartSpec, chartSvg: string, options: ExportOptions = {}): string {
  const font = options.fontFamily ?? "'Be Vietnam Pro', 'Noto Sans', sans-serif";
  const width = Number(/viewBox="0 0 ([\d.]+) [\d.]+"/.exec(chartSvg)?.[1] ?? 720);
  const chartHeight = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(chartSvg)?.[1] ?? 300);
  const pad = 16;
  const lines: string[] = [];
  let y = pad;
  const line = (text: string, size: number, weight: number, colour: string, indent = 0, bullet = '') => {
    wrap(text, Math.floor((width - 2 * pad - indent) / (size * 0.58))).forEach((l, i) => {
      y += size * 1.3;
      if (bullet && i === 0) lines.push(`<text x="${pad}" y="${y.toFixed(1)}" font-size="${size}" fill="${colour}">${bullet}</text>`);
      lines.push(`<text x="${pad + indent}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${esc(l)}</text>`);
    });
  };
  line(spec.title, 20, 700, INK);
  line(spec.subtitle, 14, 400, MUTED);
  y += 10;
  const chartY = y;
  y += chartHeight + 6;
  // The notes travel with the image: a source discrepancy must not be left behind on the page.
  const notes = spec.notes ?? [];
  if (notes.length > 0) {
    line(notes.some((n) => n.discrepancy) ? 'Lưu ý về số liệu:' : 'Ghi chú:', 12, 700, INK);
    for (const n of notes) line(n.text, 12, 400, INK, 12, '•');
    y += 6;
  }
  line(`${chartDatePhrase(spec)}. Nguồn: ${spec.sources.map((s) => s.title).join('; ')}.`, 12, 400, MUTED);
  if (options.credit) line(options.credit, 12, 400, MUTED);
  const height = Math.ceil(y + pad);
  // The chart SVG is nested as is; its own font-family: inherit takes the outer font.
  const inner = chartSvg.replace(/^<svg /, `<svg x="${pad}" y="${chartY.toFixed(1)}" `).replace(/ style="[^"]*"/, ' style="font-size:13px;overflow:visible"').replace(/ font-family="[^"]*"/, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2 * pad}" height="${height}" viewBox="0 0 ${width + 2 * pad} ${height}" ` +
    `font-family="${esc(font)}" role="img"><title>${esc(spec.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>` +
    lines.join('') +
    inner +
    `</svg>`
  );
}
