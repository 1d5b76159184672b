/**
 * What a link to a page shows when shared on Zalo or Facebook: one card per page that has
 * its own headline figure (the overview, each topic page, each area page), and one generic
 * card for every other page. The card's figure is the first headline the page itself shows,
 * so the preview, the og:description and the page agree. Images: src/publish/share-image.ts,
 * served at /chia-se/<slug>.png; meta tags: src/layouts/BaseLayout.astro.
 */
import { datePhrase, dateSortKey, figureDatePhrase, formatDate } from '../core/format.ts';
import { qualified } from '../data/qualifier.ts';
import { areaPhrase, reportName, type ViewContext } from './context.ts';
import { areasWith, fundingAreas } from './areas.ts';
import { areaTopics } from './area.ts';
import { cardRowNote, figureLead, type FigureProps } from './figure.ts';
import { newestFirst } from './order.ts';
import { disbursementFigures } from './funding.ts';
import { ncutFigures, newestSupportFigures } from './ncut.ts';
import { overviewHeadlines } from './overview.ts';
import { povertyFigures } from './poverty.ts';
import { worksFigures } from './works.ts';
import { once } from '../core/typed-table.ts';

export interface ShareCard {
  /** File name under /chia-se/, without .png. */
  slug: string;
  /** The page title drawn on the card. */
  title: string;
  /** The page's headline figure; none on the generic card. */
  figure?: FigureProps;
  /** The report the figure comes from (or, on the generic card, the reports of the site and their dates). */
  source: string;
  /** ISO date of the figure (or of the latest report). */
  asOf: string;
}

const GENERIC_SLUG = 'chung';
/** The generic card's second line: its page's figures are dated one by one. */
export const GENERIC_NOTE = 'Mỗi con số ghi ngày và báo cáo nguồn riêng.';
/** Said on a card whose figure has a discrepancy note. */
const SHARE_CAVEAT = 'Có lưu ý về số liệu nguồn';
/** Said on a card whose figure's row has a note of the data team too long for the card's one line. */
const SHARE_ROW_NOTE = 'Có ghi chú về con số này';
/** The longest «Ghi chú: …» the card draws whole on its one line (28 px text, 1 072 px wide); a longer one is said to be there. */
const ROW_NOTE_CHARS = 60;
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
export const shareImageHref = (slug: string) => `/chia-se/${slug}.png`;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const dateText = datePhrase;
/**
 * A shared figure's date as the card shows it: "tính đến ngày …", or what else the date is of (an approval's
 * decision, an estimate); a year is the year the figure is of, as on the page ("năm 2022", not "tính đến năm 2022").
 */
const figureDateText = (f: FigureProps) =>
  f.dateKind && f.dateKind !== 'as_of' ? figureDatePhrase(f.asOf, f.dateKind) : f.asOf.length === 4 ? figureDatePhrase(f.asOf) : `tính đến ${dateText(f.asOf)}`;

/** The report a figure's source link points to. */
function sourceOf(ctx: ViewContext, f: FigureProps): string {
  const id = /^\/bao-cao\/([^/#]+)\//.exec(f.href)?.[1];
  return id ? reportName(ctx, id) : (f.sourceLabel ?? '').replace(/^Nguồn:\s*/, '');
}

/**
 * The card of a page without a figure of its own (an area with none, a report, the guide): the site's reports and
 * their span, never «Số liệu đến» the newest report's date nor that report by name, which on Bắc Kạn's page read as
 * Bắc Kạn's data to a Bắc Giang report of 4/2024 (a fact-checker's finding).
 */
function genericCard(ctx: ViewContext): ShareCard {
  const reports = ctx.data.tables.reports.toSorted((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)));
  const first = reports[0]!;
  const latest = reports.at(-1)!;
  const span = dateSortKey(first.date) === dateSortKey(latest.date) ? formatDate(latest.date) : `từ ${formatDate(first.date)} đến ${formatDate(latest.date)}`;
  return { slug: GENERIC_SLUG, title: 'Chương trình MTQG 1719 qua số liệu', source: `${reports.length} báo cáo, ${span}`, asOf: latest.date };
}

/** Every card, by the site path of its page ('' for the generic card). */
export const shareCards = once((ctx: ViewContext): Map<string, ShareCard> => {
  const out = new Map<string, ShareCard>();
  const add = (page: string, slug: string, title: string, figure: FigureProps | undefined) => {
    if (figure) out.set(page, { slug, title, figure, source: sourceOf(ctx, figure), asOf: figure.asOf });
  };
  add('/', 'tong-quan', 'Tổng quan', overviewHeadlines(ctx).find((a) => a.figures.length > 0)?.figures[0]);
  // A topic's card: the first area's newest figure (order.ts), as its section's first card.
  const first = (areas: string[], of: (a: string) => FigureProps[]) => areas.map((a) => newestFirst(ctx, of(a))).find((fs) => fs.length > 0)?.[0];
  add('/giai-ngan/', 'giai-ngan', 'Giải ngân', first(fundingAreas(ctx), (a) => disbursementFigures(ctx, a)));
  add('/cong-trinh/', 'cong-trinh', 'Công trình', first(areasWith(ctx, 'works'), (a) => worksFigures(ctx, a)));
  add('/ho-ngheo/', 'ho-ngheo', 'Hộ nghèo', first(areasWith(ctx, 'poverty'), (a) => povertyFigures(ctx, a)));
  // How many persons lead the page, so its card (not the newest visit).
  add('/nguoi-co-uy-tin/', 'nguoi-co-uy-tin', 'Người có uy tín', areasWith(ctx, 'ncut').map((a) => [...ncutFigures(ctx, a), ...newestFirst(ctx, newestSupportFigures(ctx, a))]).find((fs) => fs.length > 0)?.[0]);
  // Areas with a page of their own only: a commune has none (it is a line on its province's page).
  for (const area of ctx.data.tables.areas.filter((a) => ctx.paths.hasAreaPage(a.id)))
    add(`/dia-ban/${area.id}/`, `dia-ban-${area.id}`, cap(areaPhrase(ctx, area.id)), areaTopics(ctx, area.id).flatMap((t) => t.figures)[0]);
  out.set('', genericCard(ctx));
  return out;
});

/** The card of a page: its own, its area's for pages under /dia-ban/<id>/, else the generic one. */
export function shareCardFor(ctx: ViewContext, path: string): ShareCard {
  const all = shareCards(ctx);
  const area = /^\/dia-ban\/[^/]+\//.exec(path)?.[0];
  return all.get(path) ?? (area ? all.get(area) : undefined) ?? all.get('')!;
}

/** The headline in words: "Người có uy tín (…): 1.234 người, tỉnh Bắc Giang, tính đến ngày 15/11/2023." */
export function shareHeadline(card: ShareCard): string | null {
  const f = card.figure;
  if (!f) return null;
  const l = figureLead(f);
  // "…: 61,9% vốn giao (80.775/130.595 triệu đồng)": the share the card leads with, then its amounts.
  // A rate the page works out (the report prints none) says so.
  const lead = `${l.lead}${l.leadUnit ? ` ${l.leadUnit}` : ''}${f.share?.computed ? ', trang tự tính' : ''}`;
  // A label that has a colon already gets the value in brackets: never two colons in a row.
  const said = f.label.includes(':')
    ? `${f.label} (${l.amounts ? `${lead}, ${l.amounts}` : qualified(lead, f.qualifier)})`
    : `${f.label}: ${l.amounts ? `${lead} (${l.amounts})` : qualified(lead, f.qualifier)}`;
  // A figure with a source discrepancy, or with a note on its row, is not shared bare: the card says so, the page has the note.
  const caveat = shareCaveat(f);
  return `${said}, ${f.area}, ${figureDateText(f)}.${caveat ? ` ${sentence(caveat.text)}` : ''}`;
}

/** A note as a sentence: a full stop after it, unless it already ends as a sentence or a quotation does. */
const sentence = (t: string) => (/[.!?…»”)]$/.test(t) ? t : `${t}.`);

/**
 * What a shared figure carries under it, as its card on the page does: that a source discrepancy touches it
 * (the stronger, said first and alone), else the data team's note on its row («Ghi chú: Giải ngân theo số liệu Kho
 * bạc Nhà nước tỉnh.»), whole when it fits the card's line, else that there is one. `more`: what the image adds,
 * pointing to the page. Null when the card on the page has neither.
 */
export function shareCaveat(f: FigureProps): { text: string; more: string; discrepancy: boolean } | null {
  if (f.notes?.length) return { text: SHARE_CAVEAT, more: ' (xem ghi chú trên trang)', discrepancy: true };
  const note = cardRowNote(f);
  if (!note) return null;
  const whole = `Ghi chú: ${note}`;
  return whole.length <= ROW_NOTE_CHARS ? { text: whole, more: '', discrepancy: false } : { text: SHARE_ROW_NOTE, more: ' (xem trên trang)', discrepancy: false };
}

/** The image's text alternative (og:image:alt): everything drawn on it. */
export function shareAlt(card: ShareCard): string {
  const headline = shareHeadline(card);
  return headline ? `${card.title}. ${headline} Nguồn: ${card.source}.` : `${card.title}. Theo ${card.source}. ${GENERIC_NOTE}`;
}

export { figureDateText as shareFigureDateText };
