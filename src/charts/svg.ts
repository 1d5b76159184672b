/**
 * Plot → SVG string at build time with a linkedom document (no browser, no client JS).
 * Also: vi-VN ticks for d3, lean output (rounded coordinates, no per-chart <style>).
 */
import * as Plot from '@observablehq/plot';
import { formatDefaultLocale } from 'd3';
import { parseHTML } from 'linkedom';

// d3-format has no vi-VN locale file: "100.000", "61,9". Affects Plot's default ticks too.
formatDefaultLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', '\u00a0₫'] });

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** Class of every chart SVG; its styles live once in src/styles/charts.css, not in each SVG. */
const SVG_CLASS = 'chart-svg';

const GEOMETRY = /\s(d|x|y|x1|x2|y1|y2|dx|dy|cx|cy|r|width|height|transform|points|viewBox)="([^"]*)"/g;
const DECIMALS = /-?\d+\.\d{2,}/g;

/** Rounds numbers in geometry attributes to one decimal (~15% smaller SVG, no visible change). */
function roundCoordinates(svg: string): string {
  return svg.replace(GEOMETRY, (_m, name: string, value: string) => {
    const rounded = value.replace(DECIMALS, (n) => String(Math.round(Number(n) * 10) / 10));
    return ` ${name}="${rounded}"`;
  });
}

/** Renders Plot options to an SVG string; `defs` (patterns) are inserted first. */
export function plotToSvg(options: Plot.PlotOptions, defs = ''): string {
  const node = Plot.plot({ ...options, className: SVG_CLASS, document: document as unknown as Document });
  if (node.tagName.toLowerCase() !== 'svg') throw new Error('Biểu đồ phải là một SVG (không có chú giải HTML).');
  node.querySelector('style')?.remove();
  // A page's Content-Security-Policy allows no inline style: the root's style becomes presentation attributes.
  node.removeAttribute('style');
  const style = (options.style ?? {}) as { fontSize?: string; fontFamily?: string; overflow?: string };
  if (style.fontSize) node.setAttribute('font-size', style.fontSize.replace(/px$/, ''));
  if (style.fontFamily) node.setAttribute('font-family', style.fontFamily);
  if (style.overflow) node.setAttribute('overflow', style.overflow);
  node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  node.setAttribute('aria-hidden', 'true');
  node.setAttribute('focusable', 'false');
  let svg = node.outerHTML;
  if (defs) svg = svg.replace(/^(<svg[^>]*>)/, `$1<defs>${defs}</defs>`);
  return roundCoordinates(svg);
}
