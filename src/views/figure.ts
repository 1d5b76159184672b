/** The props of one headline figure (src/components/Figure.astro), built by the views. */
import type { UnitCode } from '../data/define.ts';
import { QUALIFIERS, qualified, type Qualifier } from '../data/qualifier.ts';
import { formatHeadline, formatNumber } from '../core/format.ts';
import { decimalsOf } from '../data/precision.ts';

type FigureDateKind = 'as_of' | 'decision' | 'report' | 'estimate';

export interface FigureProps {
  label: string;
  value: number;
  /** How the source qualifies the value ("trên 76%"): printed before it, never dropped. */
  qualifier?: Qualifier;
  unit: UnitCode;
  /** "40/75 công trình": the value out of a total. */
  total?: number;
  /** How the source qualifies that total ("40/khoảng 75"). */
  totalQualifier?: Qualifier;
  /**
   * The share a card with a total leads with, large, over a bar, the amounts beneath: a rate as the report prints
   * it, else value/total worked out (with the qualifiers of both).
   */
  share?: FigureShare;
  /** ISO date (full or partial) of the figure; what it is the date of is `dateKind`. */
  asOf: string;
  /**
   * What `asOf` dates: the day the figure is true at (default, "đến ngày …"); the decision that approved it
   * ("theo quyết định ngày …": an approved total investment is a fact of that day, not a state at a report
   * date); or only the report that states it ("theo báo cáo ngày …"), when it gives no date of its own; or
   * the date an estimate is for ("ước đến ngày 31/12/2023", made before that day: not counted as the page's date).
   */
  dateKind?: FigureDateKind;
  /**
   * The day the figure is known to, when its report is dated before `asOf` ends (a year's rate printed on
   * 20/12/2024): what the page's «Số liệu đến» counts (time.ts dataTo); the card still says the figure's own date.
   */
  knownTo?: string;
  area: string;
  /** The source row or report (site path or absolute URL). */
  href: string;
  /** Link text for the source (default "Nguồn"). */
  sourceLabel?: string;
  change?: string;
  /**
   * When `change` compares with an earlier report's figure of the same thing: that report's id, and whether the
   * later report corrects it for the same date. Briefs list changes from this, never from the words of `change`.
   */
  since?: { reportId: string; correction: boolean };
  /** The source row the figure's value is (its anchor `id` is built from it). */
  rowId?: string;
  /**
   * Every source discrepancy touching the figure (the figure's own first, then those of the figures it is computed
   * from), each naming its figure: one is a note, several are one short list.
   */
  /** `onPaper`: kept on the printed sheet, where the other notes are listed apart or left to the full page. */
  notes?: { text: string; href?: string; onPaper?: boolean }[];
  /**
   * The data team's note on the figure's own source row (the `note` column: what the figure covers, how the
   * report's words were read, «báo cáo không nói rõ …»): printed under the card, as on the report page, so a
   * reader who quotes the card has read it too. Not a discrepancy (no «có lưu ý» mark).
   */
  rowNote?: string;
  id?: string;
  /** The source report's id: not shown; it orders a section's cards, newest report first (views/order.ts). */
  reportId?: string;
}

interface FigureShare {
  /** "18,74%", "khoảng 74,7%": as the card prints it. */
  text: string;
  /** The share in percent, for the bar (drawn at most full). */
  value: number;
  /** What it is a share of, printed after it: "vốn đã phân bổ". */
  of?: string;
  /** Worked out by the page from the two amounts (the report prints no rate): the card says so. */
  computed?: boolean;
}

/** The number and unit a card, an area list or a share card shows, with the qualifier of a fraction's base. */
export const figureHeadline = (f: Pick<FigureProps, 'value' | 'unit' | 'total' | 'totalQualifier'>) =>
  formatHeadline(f.value, f.unit, f.total, f.totalQualifier ? QUALIFIERS[f.totalQualifier].vi : undefined);

/**
 * The figure in one cell (a topic page's list of areas): its number with the words of both the value and its
 * base, and its unit: "trên 2.000 triệu đồng", "170.353/khoảng 418.318 triệu đồng".
 */
export function figureCell(f: Pick<FigureProps, 'value' | 'unit' | 'total' | 'totalQualifier' | 'qualifier'>): string {
  const h = figureHeadline(f);
  return `${qualified(h.number, f.qualifier)}${h.unit ? ` ${h.unit}` : ''}`;
}

/**
 * What a card, an area list and a share card lead with: the share ("18,74%" of "vốn đã phân bổ") when the
 * figure has one, with the amounts it is worked out from beneath ("80.775/130.595 triệu đồng"); else the number.
 */
export function figureLead(f: Pick<FigureProps, 'value' | 'unit' | 'total' | 'totalQualifier' | 'qualifier' | 'share'>): { lead: string; leadUnit: string; amounts?: string; exact?: string } {
  const h = figureHeadline(f);
  if (!f.share) return { lead: h.number, leadUnit: h.unit, ...(h.exact ? { exact: h.exact } : {}) };
  return { lead: f.share.text, leadUnit: f.share.of ?? '', amounts: `${qualified(h.number, f.qualifier)}${h.unit ? ` ${h.unit}` : ''}` };
}

/** Words that make a figure rough: a share worked out from it may be given in whole percent. */
const ROUGH: ReadonlySet<Qualifier> = new Set(['khoang', 'xap_xi', 'gan', 'uoc', 'khoang_hon', 'uoc_khoang', 'uoc_gan', 'du_kien']);

/** The unit of a number's last written digit: 38.000 → 1.000, 418.318 → 1, 61,9 → 0,1. */
function lastDigit(v: number): number {
  if (!Number.isInteger(v)) return 10 ** -decimalsOf(v);
  let unit = 1;
  while (v !== 0 && v % (unit * 10) === 0) unit *= 10;
  return unit;
}

/**
 * A share the page works out, with the word its inputs give it, to one decimal («75,7%»), or in whole percent when
 * a rough input («khoảng 38.000», rounded to thousands) leaves the decimal meaningless (walk-through 33: «khoảng
 * 72,2%» claimed a precision the report never had). A rough input written to its last unit («khoảng 418.318») keeps
 * the decimal: half its last digit moves the share by less than 0,05 points.
 */
export function computedShareText(percent: number, q: Qualifier | null, inputs: readonly { value: number; q: Qualifier | null }[]): string {
  const spread = inputs.reduce((sum, i) => sum + (i.q !== null && ROUGH.has(i.q) && i.value !== 0 ? lastDigit(i.value) / 2 / Math.abs(i.value) : 0), 0);
  return qualified(`${formatNumber(percent, spread * Math.abs(percent) >= 0.05 ? 0 : 1)}%`, q);
}

const words = (text: string) => text.toLocaleLowerCase('vi').normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The row's note as its card prints it, or null when it says nothing the label does not (a works row's «Duy tu, bảo
 * dưỡng.» under «Công trình … duy tu, bảo dưỡng»): every word of it is already in the label.
 */
export function cardRowNote(f: Pick<FigureProps, 'label' | 'rowNote'>): string | null {
  if (!f.rowNote) return null;
  const label = new Set(words(f.label));
  return words(f.rowNote).every((w) => label.has(w)) ? null : f.rowNote;
}
