/**
 * A QR code as an inline SVG, made at build time (no external service, no script):
 * one <path> of dark modules, no style attribute (the Content-Security-Policy allows none),
 * a quiet zone of 4 modules as the QR standard asks, so a phone reads it off paper.
 */
import { encode } from 'uqr';

export interface QrSvg {
  svg: string;
  /** Modules per side, quiet zone included. */
  size: number;
}

/** Error correction M (15 %): survives a fold or a pen mark on a printed sheet. */
export function qrSvg(text: string, label: string): QrSvg {
  const border = 4;
  const { data, size } = encode(text, { ecc: 'M', border });
  let d = '';
  for (let y = 0; y < size; y++) {
    // One horizontal run per stretch of dark modules: ~5× fewer path commands than one square each.
    for (let x = 0; x < size; ) {
      if (!data[y]![x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < size && data[y]![x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  }
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" class="qr" role="img" aria-label="${escaped}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#ffffff"/><path d="${d}" fill="#000000"/></svg>`;
  return { svg, size };
}
