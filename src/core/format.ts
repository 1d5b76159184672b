/**
 * Formatting for people: vi-VN numbers, units spelled out, dd/mm/yyyy dates.
 * One module for charts, tables, narratives and alt texts alike.
 */
import { UNITS, type UnitCode } from './units.ts';

const numberFormats = new Map<number, Intl.NumberFormat>();

/** 130595 → "130.595"; 61.85 → "61,85" (up to `maxDecimals` decimals, trailing zeros dropped). */
export function formatNumber(value: number, maxDecimals = 2): string {
  let nf = numberFormats.get(maxDecimals);
  if (!nf) {
    nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxDecimals });
    numberFormats.set(maxDecimals, nf);
  }
  return nf.format(value);
}

/** A value with its unit spelled out in Vietnamese: "130.595 triệu đồng", "61,9%". */
export function formatValue(value: number, unit: UnitCode, maxDecimals = 2): string {
  const label = UNITS[unit].vi;
  return unit === 'percent' ? `${formatNumber(value, maxDecimals)}%` : `${formatNumber(value, maxDecimals)} ${label}`;
}

/**
 * Million VND as people say it: below 1,000 million in "triệu đồng", above in "tỷ đồng"
 * (never Intl's compact "1,2 T", which readers misread).
 */
export function formatMoney(millionVnd: number): string {
  if (Math.abs(millionVnd) >= 1000) return `${formatNumber(millionVnd / 1000, 1)} tỷ đồng`;
  return `${formatNumber(millionVnd, 1)} triệu đồng`;
}

/** ISO full or partial date → "17/11/2023", "tháng 6/2023", "năm 2023". */
const LIST = new Intl.ListFormat('vi', { type: 'conjunction' });

/** Names in a sentence, as Vietnamese writes them: "A", "A và B", "A, B và C" (never "A và B và C"). */
export const listPhrase = (items: readonly string[]): string => LIST.format(items);

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `tháng ${Number(m)}/${y}`;
  return `năm ${y}`;
}

/** A date as it follows a word: "ngày 17/11/2023", "tháng 6/2023", "năm 2023" (a partial date is never given a day). */
export function datePhrase(iso: string): string {
  const d = formatDate(iso);
  return /^\d/.test(d) ? `ngày ${d}` : d;
}

/** The one wording of a figure's date, on screen, on paper and in exports: "Số liệu đến ngày 17/11/2023", "Số liệu đến tháng 6/2023". */
export function asOfPhrase(iso: string): string {
  return `Số liệu đến ${datePhrase(iso)}`;
}

/** A chart's date line: "Số liệu đến …", or for approved amounts the latest decision's date, as their figures say. */
export function chartDatePhrase(spec: { asOf: string; dateKind?: 'decision' | 'report'; oldestAsOf?: string; reportDated?: string; knownTo?: string }): string {
  if (spec.dateKind === 'decision') return `Theo các quyết định phê duyệt, quyết định mới nhất ${datePhrase(spec.asOf)}`;
  // Figures of several dates: the newest, and how old the oldest is.
  const oldest = spec.oldestAsOf && spec.oldestAsOf !== spec.asOf ? `; có số liệu chỉ đến ${datePhrase(spec.oldestAsOf)}` : '';
  // Figures with no date of their own are the report's: «theo báo cáo», not «đến».
  if (spec.dateKind === 'report') return `Theo báo cáo ${datePhrase(spec.asOf)}${spec.oldestAsOf && spec.oldestAsOf !== spec.asOf ? `; có số liệu theo báo cáo ${datePhrase(spec.oldestAsOf)}` : ''}`;
  const undated = spec.reportDated ? `; có số liệu không ghi ngày, theo báo cáo ${datePhrase(spec.reportDated)}` : '';
  // A period's figure stated before the period ended: the period, then the report's day it is known to («Số liệu năm
  // 2024, theo báo cáo ngày 20/12/2024»), never «đến năm 2024» as if counted to 31/12.
  const lead = spec.knownTo ? `Số liệu ${formatDate(spec.asOf)}, theo báo cáo ${datePhrase(spec.knownTo)}` : asOfPhrase(spec.asOf);
  return `${lead}${oldest}${undated}`;
}

/**
 * A figure's date after its area: "đến ngày 17/11/2023"; a month or a year as the period it is ("tháng 6/2023",
 * "năm 2022": a rate of 2022 is not "to 2022"); an approval "theo quyết định ngày 14/02/2022"; a figure with no
 * date of its own "theo báo cáo ngày 30/11/2023"; an estimate "ước đến ngày 31/12/2023".
 */
export function figureDatePhrase(iso: string, kind: 'as_of' | 'decision' | 'report' | 'estimate' = 'as_of'): string {
  if (kind === 'decision') return `theo quyết định ${datePhrase(iso)}`;
  if (kind === 'report') return `theo báo cáo ${datePhrase(iso)}`;
  const d = formatDate(iso);
  const asOf = /^\d/.test(d) ? `đến ngày ${d}` : d;
  return kind === 'estimate' ? `ước ${asOf}` : asOf;
}

/** Sort key for partial ISO dates: a month sorts at its end, a year at its end. */
export function dateSortKey(iso: string): string {
  const [y, m = '12', d = '31'] = iso.split('-');
  return `${y}-${m}-${d}`;
}

/** A change between two values: "giảm 2,7 điểm phần trăm", "tăng 12 công trình", "tăng khoảng 20 triệu đồng", "không đổi". */
export function formatChange(delta: number, unit: UnitCode, qualifier: string | null = null, decimals = 1): string {
  // `qualifier`: the word (QUALIFIERS[q].vi of data/qualifier.ts, which imports this module), after the verb.
  // Between qualified figures ("trên 500" and "520") only the printed numbers are known to be unchanged.
  if (delta === 0) return qualifier ? 'số in không đổi' : 'không đổi';
  const verb = delta > 0 ? 'tăng' : 'giảm';
  const abs = Math.abs(delta);
  // `decimals`: of a change in points, those of the coarser rate as printed (3,12% to khoảng 2,4%: 0,7), 1 by default.
  const size = unit === 'percent' ? `${formatNumber(abs, decimals)} điểm phần trăm` : unit === 'mvnd' ? formatMoney(abs) : formatValue(abs, unit);
  return `${verb} ${qualifier ? `${qualifier} ` : ''}${size}`;
}

/**
 * A headline figure split for display: big number, unit beside it, and the exact amount
 * when the big number is rounded ("80,8" "tỷ đồng" + "80.838 triệu đồng"); "43/75" with a total.
 */
export function formatHeadline(value: number, unit: UnitCode, total?: number, totalWord?: string): { number: string; unit: string; exact?: string } {
  // One rule for every figure a card prints: every decimal the report printed (16.567,406 triệu đồng, 7,15%), never
  // rounded to two, so the card reads as the report does; only the «tỷ đồng» lead of a large amount is short, with
  // the exact amount beside it.
  const exact = (n: number) => formatNumber(n, 6);
  // "80.775/trên 130.595": a qualified base keeps its word (the value's own is printed before the whole).
  if (total !== undefined) return { number: `${exact(value)}/${totalWord ? `${totalWord} ` : ''}${exact(total)}`, unit: UNITS[unit].vi };
  if (unit === 'percent') return { number: `${exact(value)}%`, unit: '' };
  if (unit === 'mvnd' && Math.abs(value) >= 1000) return { number: formatNumber(value / 1000, 1), unit: 'tỷ đồng', exact: formatValue(value, unit, 6) };
  return { number: exact(value), unit: UNITS[unit].vi };
}
