/**
 * Qualifiers are part of a figure: a report that prints "trên 76%" says less than "76%", and the site must not
 * say more than its source. This is the one place a figure's qualifier is read, from its `figure_text` (the words
 * printed right before THE number that is the row's value) and its `figure_status`:
 *
 * - "trên 76%" → tren; "khoảng hơn 16.000 du khách" → khoang_hon; "năng suất ước đạt 61,48 tạ/ha" → uoc.
 * - Words before another number do not count: "10 công trình với khoảng 80% khối lượng" qualifies 80, not 10;
 *   "19/24 công trình", "Sơn Động 10 công trình" have none; in "19 trên 24" trên means "out of", not "over".
 * - figure_status = estimate with no qualifier printed reads as "ước" (the report gives an estimate); a printed
 *   qualifier wins ("khoảng 80%" stays khoảng: it already says the figure is approximate).
 * - The note column is free text for people (it repeats the printed words, e.g. "Số xấp xỉ: báo cáo ghi …"),
 *   so it is not read. "đến"/"tới" are not qualifiers here: the reports use them for dates ("đến nay").
 */
import { enumField, figureFields, type TableDef } from './define.ts';
import { printedAt } from './figure-text.ts';

export const QUALIFIERS = {
  tren: { vi: 'trên', en: 'over' },
  hon: { vi: 'hơn', en: 'more than' },
  khoang_hon: { vi: 'khoảng hơn', en: 'roughly more than' },
  khoang: { vi: 'khoảng', en: 'about' },
  xap_xi: { vi: 'xấp xỉ', en: 'approximately' },
  gan: { vi: 'gần', en: 'nearly' },
  uoc: { vi: 'ước', en: 'an estimated' },
  du_kien: { vi: 'dự kiến', en: 'a planned' },
  // An estimate with a bound printed («ước giảm trên 1,5 điểm phần trăm»): both words, never one for the other.
  uoc_tren: { vi: 'ước trên', en: 'an estimated over' },
  uoc_hon: { vi: 'ước hơn', en: 'an estimated more than' },
  uoc_gan: { vi: 'ước gần', en: 'an estimated nearly' },
  uoc_duoi: { vi: 'ước dưới', en: 'an estimated under' },
  uoc_khoang: { vi: 'ước khoảng', en: 'an estimated about' },
  duoi: { vi: 'dưới', en: 'under' },
  it_nhat: { vi: 'ít nhất', en: 'at least' },
  toi_thieu: { vi: 'tối thiểu', en: 'at least' },
  toi_da: { vi: 'tối đa', en: 'at most' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type Qualifier = keyof typeof QUALIFIERS;

// Words that can start a qualifier: a text without any has none, without reading its numbers (large tables).
const ANY_WORD = /khoảng|ước|dự kiến|xấp xỉ|gần|hơn|trên|dưới|ít nhất|tối thiểu|tối đa/iu;

/**
 * The derived column of every observation table's downloads (src/publish/columns.ts): not typed by staff,
 * read from figure_text and figure_status by this module.
 */
export const qualifierField = enumField({
  name: 'qualifier',
  title: { vi: 'Từ kèm số liệu', en: 'Qualifier' },
  description: {
    vi: 'Từ báo cáo in ngay trước con số (trên, hơn, khoảng, gần…), đọc từ cột figure_text; khi số liệu là số ước tính (figure_status = estimate) mà figure_text có chữ “ước”: từ in kèm “ước” (“ước trên”, “ước hơn”, “ước gần”, “ước dưới”, “ước khoảng”); nếu báo cáo không in từ nào ngay trước số, “dự kiến” khi figure_text có chữ đó, còn lại “ước”. Để trống: số liệu không kèm từ nào. Không nhập tay.',
    en: 'The word the report prints right before the figure (over, more than, about, nearly…), read from figure_text; for an estimate (figure_status = estimate) whose text says «ước» a bound gets "uoc_" in front (uoc_tren, uoc_hon, uoc_gan, uoc_duoi, uoc_khoang), and with no such word it is "du_kien" (planned) when figure_text says «dự kiến», else "uoc" (estimated). Blank: the figure is unqualified. Derived, not entered.',
  },
  labels: Object.fromEntries(Object.entries(QUALIFIERS).map(([k, t]) => [k, { vi: t.vi, en: t.en }])) as Record<Qualifier, { vi: string; en: string }>,
});

// Longest first, so "khoảng hơn" is not read as "hơn"; "ước tính", "ước đạt" are "ước".
const WORDS: [RegExp, Qualifier][] = [
  [/khoảng hơn$/u, 'khoang_hon'],
  [/ước(?: tính| đạt| khoảng)?$/u, 'uoc'],
  [/dự kiến(?: đạt)?$/u, 'du_kien'],
  [/khoảng$/u, 'khoang'],
  [/xấp xỉ$/u, 'xap_xi'],
  [/gần$/u, 'gan'],
  [/hơn$/u, 'hon'],
  [/trên$/u, 'tren'],
  [/dưới$/u, 'duoi'],
  [/ít nhất$/u, 'it_nhat'],
  [/tối thiểu$/u, 'toi_thieu'],
  [/tối đa$/u, 'toi_da'],
];

/** The qualifier printed right before position `start` of a text, if any. */
function wordsBefore(text: string, start: number): Qualifier | null {
  const before = text.slice(0, start).normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trimEnd();
  for (const [re, q] of WORDS) {
    const m = re.exec(before);
    if (!m) continue;
    const lead = before.slice(0, m.index);
    // A whole word only ("thêm hơn" yes, "chơn" no).
    if (lead !== '' && /\p{L}$/u.test(lead)) continue;
    // "19 trên 24": trên is "out of" after a number.
    if (q === 'tren' && /\d\s*$/.test(lead)) return null;
    return q;
  }
  return null;
}

/**
 * The qualifier printed before the number that is `value` in `text` (`money`: the value is in million VND and
 * the text may print tỷ/đồng). When no printed number is the value (a misprint) and the text prints one number
 * only, that number's words count.
 */
export function printedQualifier(text: string, value: number, money = false): Qualifier | null {
  if (!ANY_WORD.test(text)) return null;
  let start = printedAt(text, value, money);
  if (start === null) {
    const runs = [...text.matchAll(/\d[\d.,\s]*\d|\d/g)];
    if (runs.length !== 1) return null;
    start = runs[0]!.index;
  }
  return wordsBefore(text, start);
}

/** A bound or «khoảng» printed on an estimate, and the two words together («ước … giảm thêm khoảng 0,9»). */
const ESTIMATE_BOUND = { tren: 'uoc_tren', hon: 'uoc_hon', gan: 'uoc_gan', duoi: 'uoc_duoi', khoang: 'uoc_khoang' } as const satisfies Partial<Record<Qualifier, Qualifier>>;

/** The word «ước» as a word («ước tính», «ước đạt»; not inside another word). */
const SAYS_UOC = /(?<!\p{L})ước(?!\p{L})/iu;

/** The bound of an estimated bound («ước trên» → «trên»), for the checks that read bounds. */
const boundOf = (q: Qualifier): Qualifier => (q.startsWith('uoc_') ? (q.slice(4) as Qualifier) : q);

/** A figure's qualifier: as printed, else "ước" for an estimate. */
export function figureQualifier(row: { figure_text?: unknown; figure_status?: unknown } | Readonly<Record<string, unknown>>, value: number, money = false): Qualifier | null {
  const text = String(row['figure_text'] ?? '');
  const printed = printedQualifier(text, value, money);
  if (row['figure_status'] !== 'estimate') return printed;
  // An estimate whose text says «ước» keeps it beside the printed word (walk-through 23: «ước giảm trên 1,5» was
  // shown «trên 1,5»); one that does not (staff's judgement, «khoảng 70%») keeps the printed word alone.
  if (printed && printed in ESTIMATE_BOUND && SAYS_UOC.test(text.normalize('NFC'))) return ESTIMATE_BOUND[printed as keyof typeof ESTIMATE_BOUND];
  // An estimate the report calls a plan («dự kiến tặng quà 82 người») is «dự kiến», not «ước» (walk-through 18).
  return printed ?? (/dự kiến/iu.test(text.normalize('NFC')) ? 'du_kien' : 'uoc');
}

/** A row's qualifier: its first figure's that has one (rows with several figures rarely qualify each apart). */
export function rowQualifier(def: TableDef, row: Record<string, unknown>): Qualifier | null {
  if (row.figure_status !== 'estimate' && !ANY_WORD.test(String(row.figure_text ?? ''))) return null;
  for (const field of figureFields(def)) {
    const value = row[field.name];
    if (typeof value !== 'number') continue;
    const q = figureQualifier(row, value, field.unit === 'mvnd' || row.unit === 'mvnd');
    if (q !== null) return q;
  }
  return null;
}

/**
 * The qualifier of a figure computed from others (a sum, a share, a difference): none when no input has one,
 * the inputs' own when every qualified input shares it, else "khoảng" — an approximate input makes an
 * approximate result, and bounds of different kinds (trên and dưới, or a bound divided by) give no bound.
 * Pass what a figure is divided by or subtracted from as `against`: a bound there turns the other way ("trên"
 * in a denominator makes the rate smaller), so it reads "khoảng"; an estimate stays an estimate.
 */
export function combineQualifiers(inputs: Iterable<Qualifier | null | undefined>, against: Iterable<Qualifier | null | undefined> = []): Qualifier | null {
  const qs = new Set<Qualifier>();
  for (const q of inputs) if (q) qs.add(q);
  for (const q of against) if (q) qs.add(q === 'uoc' || q === 'du_kien' || q === 'xap_xi' || q === 'khoang' ? q : 'khoang');
  if (qs.size === 0) return null;
  if (qs.size === 1) return [...qs][0]!;
  return 'khoang';
}

// Words that say the true figure is above (LOWER) or below (UPPER) the printed one; strict ones exclude it.
const LOWER: ReadonlySet<Qualifier> = new Set(['tren', 'hon', 'it_nhat', 'toi_thieu']);
const UPPER: ReadonlySet<Qualifier> = new Set(['duoi', 'toi_da']);
const STRICT: ReadonlySet<Qualifier> = new Set(['tren', 'hon', 'duoi']);

/**
 * The qualifier of a sum of rows (a total of parts, a stack, a list's types). The rule: an exact part adds an
 * exact amount, so it keeps any bound of the others. When every qualified part shares one word, the sum has
 * it ("trên 10" + "trên 5" is over 15). Parts that are all bounds the same way (trên, hơn, ít nhất, tối thiểu;
 * or dưới, tối đa) make a bound that way, strict ("trên", "dưới") when any part is strict: over 10 plus at
 * least 5 is over 15. Anything else — a «khoảng», «ước», «gần», «xấp xỉ» or «khoảng hơn» part among others, or
 * bounds of both ways — says only that the sum is approximate: «khoảng». So "trên" reaches a sum only when
 * every part is a lower bound (exact parts are), and one «khoảng» part makes the whole sum «khoảng».
 */
export function sumQualifier(parts: Iterable<Qualifier | null | undefined>): Qualifier | null {
  const qs = new Set<Qualifier>();
  for (const q of parts) if (q) qs.add(q);
  if (qs.size <= 1) return [...qs][0] ?? null;
  const all = [...qs];
  for (const [way, strict, loose] of [[LOWER, 'tren', 'it_nhat'], [UPPER, 'duoi', 'toi_da']] as const) {
    if (all.every((q) => way.has(q))) return all.some((q) => STRICT.has(q)) ? strict : loose;
  }
  return 'khoang';
}

/**
 * Whether the true figure may be well above the printed one: a lower bound («trên», «hơn», «ít nhất», «tối
 * thiểu», «khoảng hơn», and their «ước» forms). Nothing printed below it can be said to be above it.
 */
export const isLowerBound = (q: Qualifier | null | undefined): boolean => q != null && (LOWER.has(boundOf(q)) || boundOf(q) === 'khoang_hon');

/** Whether the printed figure is a bound either way («trên», «dưới», «tối đa»…): it may be above or below others. */
export const isBound = (q: Qualifier | null | undefined): boolean => isLowerBound(q) || (q != null && UPPER.has(boundOf(q)));

/** "trên 76%": a formatted figure with its qualifier in front. */
export const qualified = (text: string, q: Qualifier | null | undefined, lang: 'vi' | 'en' = 'vi') => (q ? `${QUALIFIERS[q][lang]} ${text}` : text);

const AT_LEAST: ReadonlySet<Qualifier> = new Set(['tren', 'hon', 'it_nhat', 'toi_thieu']);
const AT_MOST: ReadonlySet<Qualifier> = new Set(['duoi', 'toi_da']);
const ROUGHLY: ReadonlySet<Qualifier> = new Set(['khoang', 'xap_xi', 'uoc']);

/**
 * Whether a figure computed from a report's own amounts is what its qualified printed figure says, so that no
 * discrepancy is published where the report is right, and none is hidden where it is not. `unit` is one unit of
 * the last printed digit (1 for "74%", 0,1 for "74,5%"). A bound holds on its side and within ten units of it
 * («trên 74%» for 74,91%, «trên 70%» for 74,9%; not «trên 7%» for 74%, a dropped digit); «gần» is just under
 * (at most five units below, half a unit above); «khoảng hơn» is «trên» give or take a unit; an approximate
 * word («khoảng», «xấp xỉ», «ước») is within one unit. Without a qualifier the printed figure is compared as
 * printed elsewhere.
 */
export function qualifierHolds(estimatedOrNot: Qualifier, stated: number, computed: number, unit: number): boolean {
  const q = boundOf(estimatedOrNot);
  const eps = 1e-9 * Math.max(1, Math.abs(computed));
  const within = (low: number, high: number) => computed >= low - eps && computed <= high + eps;
  if (AT_LEAST.has(q)) return within(stated, stated + 10 * unit);
  if (AT_MOST.has(q)) return within(stated - 10 * unit, stated);
  if (q === 'gan') return within(stated - 5 * unit, stated + unit / 2);
  if (q === 'khoang_hon') return within(stated - unit, stated + 10 * unit);
  return ROUGHLY.has(q) && within(stated - unit, stated + unit);
}
