/**
 * Periods as staff write them — a year, a month, a half-year, a span of years, a
 * carry-over of one year's funds into the next, a school term — validated by
 * shape and range, never by a list, so a 2030 report needs no code change.
 * Labels for people are generated from the value ("Năm 2025", "Giai đoạn 2026–2030").
 */
import type { PeriodForm, Text } from './define.ts';

export type { PeriodForm };

/** The years any period may name. */
const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

export interface Period {
  form: PeriodForm;
  /** First and last year the period touches. */
  from: number;
  to: number;
  /** Month (1–12), half (1–2) or term (1–2), for the forms that have one. */
  part?: number;
}

const SHAPES: Record<PeriodForm, RegExp> = {
  year: /^(\d{4})$/,
  month: /^(\d{4})-(\d{2})$/,
  half: /^(\d{4})-h([12])$/,
  span: /^(\d{4})-(\d{4})$/,
  carryover: /^(\d{4})-carryover$/,
  term: /^(\d{4})-(\d{4})-hk([12])$/,
};

/** How each form is written, for staff. */
export const FORM_TEXT: Record<PeriodForm, { vi: string; example: string }> = {
  year: { vi: 'năm', example: '2025' },
  month: { vi: 'tháng', example: '2023-11' },
  half: { vi: 'nửa năm (h1 = 6 tháng đầu năm, h2 = 6 tháng cuối năm)', example: '2023-h1' },
  span: { vi: 'giai đoạn từ năm đến năm', example: '2021-2025' },
  carryover: { vi: 'vốn năm trước chuyển sang năm sau', example: '2022-carryover' },
  term: { vi: 'học kỳ của năm học', example: '2022-2023-hk1' },
};

export type PeriodReading = { ok: true; period: Period } | { ok: false; reason: string };

const inRange = (y: number) => y >= YEAR_MIN && y <= YEAR_MAX;
// Years print as years: never "2.000".
const outOfRange = (y: number) => `năm ${y} nằm ngoài khoảng ${YEAR_MIN}–${YEAR_MAX}`;

/** Reads a period of one of the allowed forms; the reason says what is wrong, in Vietnamese. */
export function parsePeriod(text: string, forms: readonly PeriodForm[]): PeriodReading {
  for (const form of forms) {
    const m = SHAPES[form].exec(text);
    if (!m) continue;
    const a = Number(m[1]);
    if (!inRange(a)) return { ok: false, reason: outOfRange(a) };
    switch (form) {
      case 'year':
      case 'carryover':
        return { ok: true, period: { form, from: a, to: form === 'carryover' ? a + 1 : a } };
      case 'month': {
        const month = Number(m[2]);
        if (month < 1 || month > 12) return { ok: false, reason: `không có tháng ${month}` };
        return { ok: true, period: { form, from: a, to: a, part: month } };
      }
      case 'half':
        return { ok: true, period: { form, from: a, to: a, part: Number(m[2]) } };
      case 'span':
      case 'term': {
        const b = Number(m[2]);
        if (!inRange(b)) return { ok: false, reason: outOfRange(b) };
        if (b <= a) return { ok: false, reason: `năm cuối (${b}) phải sau năm đầu (${a})` };
        if (form === 'term' && b !== a + 1) return { ok: false, reason: `năm học ${a}-${b} phải gồm hai năm liền nhau` };
        return { ok: true, period: { form, from: a, to: b, ...(form === 'term' ? { part: Number(m[3]) } : {}) } };
      }
    }
  }
  return { ok: false, reason: 'không đúng dạng kỳ' };
}

/** A period the validator accepted; throws on anything else (a program error, not a data error). */
export function period(text: string): Period {
  const read = parsePeriod(text, Object.keys(SHAPES) as PeriodForm[]);
  if (!read.ok) throw new Error(`Not a valid period: ${text} (${read.reason})`);
  return read.period;
}

/**
 * The last day a period covers (ISO): 2023-h1 → 2023-06-30, 2023-11 → 2023-11-30, 2023-2027 → 2027-12-31,
 * 2022-carryover → 2023-12-31, school term 2022-2023-hk1 → 2023-12-31 (its last calendar year, a bound).
 */
export function periodLastDay(text: string): string {
  const p = period(text);
  if (p.form === 'month') return new Date(Date.UTC(p.from, p.part!, 0)).toISOString().slice(0, 10);
  if (p.form === 'half') return p.part === 1 ? `${p.from}-06-30` : `${p.from}-12-31`;
  return `${p.to}-12-31`;
}

const ROMAN = ['', 'I', 'II'];

/** The label people read: "Năm 2025", "Giai đoạn 2026–2030", "Vốn 2024 chuyển sang 2025". */
export function periodLabel(text: string): Text {
  const p = period(text);
  switch (p.form) {
    case 'year':
      return { vi: `Năm ${p.from}`, en: `${p.from}` };
    case 'month':
      return { vi: `Tháng ${p.part}/${p.from}`, en: `${String(p.part).padStart(2, '0')}/${p.from}` };
    case 'half':
      return p.part === 1
        ? { vi: `6 tháng đầu năm ${p.from}`, en: `First half of ${p.from}` }
        : { vi: `6 tháng cuối năm ${p.from}`, en: `Second half of ${p.from}` };
    case 'span':
      return { vi: `Giai đoạn ${p.from}–${p.to}`, en: `${p.from}–${p.to}` };
    case 'carryover':
      return { vi: `Vốn ${p.from} chuyển sang ${p.to}`, en: `${p.from} funds carried into ${p.to}` };
    case 'term':
      return { vi: `Học kỳ ${ROMAN[p.part!]} năm học ${p.from}–${p.to}`, en: `Term ${p.part}, school year ${p.from}–${p.to}` };
  }
}

/** The allowed forms in words, for messages and the data dictionary. */
export function formsText(forms: readonly PeriodForm[], code = (s: string) => s): string {
  return forms.map((f) => `${FORM_TEXT[f].vi} (${code(FORM_TEXT[f].example)})`).join(', ');
}
