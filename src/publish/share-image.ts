/**
 * The 1200×630 PNG a shared link shows (og:image): site name, page title, the page's
 * headline figure big with its unit, area and "tính đến" date, whether it has a source discrepancy or a note on its row, and the source report —
 * or, on the generic card, what the site is and the date of the latest report.
 * Drawn as SVG and rasterised by resvg with Be Vietnam Pro from TTF files (the same fonts
 * as the chart images), so the Vietnamese glyphs are the same on every machine.
 */
import { wrap } from '../charts/layout.ts';
import { INK, MUTED } from '../charts/palette.ts';
import { figureLead } from '../views/figure.ts';
import { QUALIFIERS } from '../data/qualifier.ts';
import { GENERIC_NOTE, SHARE_HEIGHT, SHARE_WIDTH, shareCaveat, shareFigureDateText, type ShareCard } from '../views/share.ts';
import { FONT_FAMILY, fontFiles } from './chart-files.ts';
import { svgToPng } from './png.ts';

const BRAND = '#0b4f6c';
/** The discrepancy notes' red on the site (dark enough for text on white). */
const CAVEAT = '#b3261e';
const PAD = 64;
const INNER = SHARE_WIDTH - 2 * PAD;
/** Be Vietnam Pro's average advance in Vietnamese text (measured on the cards): ~0.5 em regular, ~0.56 em bold. */
const EM = 0.6;
const em = (attrs: string) => (/font-weight="[67]00"/.test(attrs) ? 0.58 : 0.53);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** At most `max` lines of `size` px text in the card's width, the last one cut with "…". */
function lines(text: string, size: number, max: number, charEm: number): string[] {
  const all = wrap(text, Math.floor(INNER / (size * charEm)));
  if (all.length <= max) return all;
  const kept = all.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/[\s,;:–-]+\S*$/, '')} …`;
  return kept;
}

function textBlock(text: string, x: number, y: number, size: number, max: number, attrs: string): { svg: string; bottom: number } {
  const ls = lines(text, size, max, em(attrs));
  const svg = ls.map((l, i) => `<text x="${x}" y="${y + i * size * 1.25}" font-size="${size}" ${attrs}>${esc(l)}</text>`).join('');
  return { svg, bottom: y + (ls.length - 1) * size * 1.25 };
}

/** The rule above the source line of a card with a figure. */
const RULE_Y = SHARE_HEIGHT - 78;

/** The card as SVG (1200×630). */
export function shareSvg(card: ShareCard): string {
  const parts: string[] = [];
  parts.push(`<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="#ffffff"/>`);
  parts.push(`<rect width="${SHARE_WIDTH}" height="88" fill="${BRAND}"/>`);
  parts.push(`<text x="${PAD}" y="57" font-size="32" font-weight="700" fill="#ffffff">Số liệu Chương trình MTQG 1719</text>`);
  const title = textBlock(card.title, PAD, 160, 48, 1, `font-weight="700" fill="${INK}"`);
  parts.push(title.svg);
  const f = card.figure;
  if (f) {
    const label = textBlock(f.label, PAD, title.bottom + 62, 34, 2, `fill="${INK}"`);
    parts.push(label.svg);
    // A share leads ("18,74%" of "vốn đã phân bổ"), its amounts on the line under it.
    const l = figureLead(f);
    const h = { number: l.lead, unit: l.leadUnit };
    // "trên", "khoảng": part of the figure, drawn before it at the unit's size (a share's own text carries its word).
    const q = f.qualifier && !f.share ? QUALIFIERS[f.qualifier].vi : '';
    // The number as big as fits beside its qualifier and unit.
    // …and no taller than leaves room below it for the area line and a caveat, above the rule (descenders clear it).
    const caveat = shareCaveat(f);
    const room = RULE_Y - 16 - (label.bottom + 44) - 62 - (caveat ? 52 : 0) - (l.amounts ? 48 : 0);
    const size = Math.min(128, room, Math.floor((INNER - (h.unit.length + 1 + (q ? q.length + 1 : 0)) * 48 * EM) / (h.number.length * 0.62)));
    const y = label.bottom + 44 + size;
    parts.push(
      `<text x="${PAD - (q ? 0 : size * 0.04)}" y="${y}" fill="${BRAND}">` +
        (q ? `<tspan font-size="48" font-weight="600">${esc(q)}</tspan>` : '') +
        `<tspan font-size="${size}" font-weight="700"${q ? ' dx="18"' : ''}>${esc(h.number)}</tspan>` +
        (h.unit ? `<tspan font-size="48" font-weight="600" dx="18">${esc(h.unit)}</tspan>` : '') +
        `</text>`,
    );
    // A share the page works out (the report prints none) says so on the image too, as on the card and in the alt text.
    const amountsText = l.amounts && f.share?.computed ? `${l.amounts} · tỷ lệ trang tự tính` : l.amounts;
    const amounts = amountsText ? textBlock(amountsText, PAD, y + 56, 34, 1, `font-weight="600" fill="${INK}"`) : null;
    if (amounts) parts.push(amounts.svg);
    const area = textBlock(`${f.area}, ${shareFigureDateText(f)}`, PAD, (amounts?.bottom ?? y + 6) + (amounts ? 48 : 56), 34, 1, `font-weight="600" fill="${INK}"`);
    parts.push(area.svg);
    parts.push(`<line x1="${PAD}" x2="${SHARE_WIDTH - PAD}" y1="${RULE_Y}" y2="${RULE_Y}" stroke="#c9d1d8" stroke-width="2"/>`);
    // A figure with a source discrepancy (in red) or a note on its row says so, under its date, above the rule (the number's size leaves the room).
    if (caveat) parts.push(textBlock(`${caveat.text}${caveat.more}`, PAD, area.bottom + 52, 28, 1, `font-weight="600" fill="${caveat.discrepancy ? CAVEAT : INK}"`).svg);
    parts.push(textBlock(`Nguồn: ${card.source}`, PAD, SHARE_HEIGHT - 36, 26, 1, `fill="${MUTED}"`).svg);
  } else {
    const lead = textBlock(
      'Vốn, giải ngân, công trình, hộ nghèo và người có uy tín ở vùng đồng bào dân tộc thiểu số và miền núi, theo báo cáo của cơ quan công tác dân tộc.',
      PAD,
      title.bottom + 74,
      38,
      4,
      `fill="${INK}"`,
    );
    parts.push(lead.svg);
    parts.push(`<line x1="${PAD}" x2="${SHARE_WIDTH - PAD}" y1="${SHARE_HEIGHT - 118}" y2="${SHARE_HEIGHT - 118}" stroke="#c9d1d8" stroke-width="2"/>`);
    parts.push(textBlock(`Theo ${card.source}`, PAD, SHARE_HEIGHT - 74, 30, 1, `font-weight="600" fill="${INK}"`).svg);
    parts.push(textBlock(GENERIC_NOTE, PAD, SHARE_HEIGHT - 34, 26, 1, `fill="${MUTED}"`).svg);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}" ` +
    `font-family="${FONT_FAMILY}">${parts.join('')}</svg>`
  );
}

const pngs = new Map<string, Promise<Uint8Array>>();

/** The card as PNG, rendered once per build, on a worker thread (png.ts) while pages are written. */
export function sharePng(card: ShareCard): Promise<Uint8Array> {
  const key = JSON.stringify(card);
  let png = pngs.get(key);
  if (!png) {
    png = svgToPng({
      svg: shareSvg(card),
      options: {
        fitTo: { mode: 'original' },
        font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
        background: '#ffffff',
      },
    }).then((rendered) => rendered.png);
    pngs.set(key, png);
  }
  return png;
}
