/**
 * The edges of how a typed cell is read (src/data/normalise.ts), each as the message staff read in the
 * checker: which invisible character it names and where, which numbers read and which are refused with
 * which fix, the first and last real days and years, the Excel serials and short years offered back.
 * Expected values are worked out by hand from the rules' wording (docs/mutation.md, «normalise.ts»).
 */
import { describe, expect, it } from 'vitest';
import { issue, type Problem } from '../../src/data/messages.ts';
import { injectionProblem, parseDate, parseNumber, periodEnd, periodStart, readNumber } from '../../src/data/normalise.ts';

const where = { file: 'data/observations.csv', line: 5, column: 'note', value: null };
const said = (problem: Problem | null) => (problem === null ? null : issue(problem, where));
const failed = (r: { ok: true; value: unknown } | { ok: false; problem: Problem }) => {
  if (r.ok) throw new Error(`read as ${String(r.value)}`);
  return issue(r.problem, where);
};

describe('an invisible character is named by its kind, at its place', () => {
  it.each([
    // First and last of each range: C0 and C1 controls up to U+009F, the bidi controls, zero-width, not text.
    ['a\u0001b', 'ký tự điều khiển U+0001 ở ký tự thứ 2'],
    ['a\u009fb', 'ký tự điều khiển U+009F ở ký tự thứ 2'],
    ['a\u061cb', 'ký tự đổi chiều chữ (bidi) U+061C ALM ở ký tự thứ 2'],
    ['a\u200eb', 'ký tự đổi chiều chữ (bidi) U+200E LRM ở ký tự thứ 2'],
    ['a\u200fb', 'ký tự đổi chiều chữ (bidi) U+200F RLM ở ký tự thứ 2'],
    ['a\u202ab', 'ký tự đổi chiều chữ (bidi) U+202A LRE ở ký tự thứ 2'],
    ['a\u202eb', 'ký tự đổi chiều chữ (bidi) U+202E RLO ở ký tự thứ 2'],
    ['a\u2066b', 'ký tự đổi chiều chữ (bidi) U+2066 LRI ở ký tự thứ 2'],
    ['a\u2069b', 'ký tự đổi chiều chữ (bidi) U+2069 PDI ở ký tự thứ 2'],
    ['a\u200bb', 'ký tự vô hình (không độ rộng) U+200B ZWSP ở ký tự thứ 2'],
    ['a\u200db', 'ký tự vô hình (không độ rộng) U+200D ZWJ ở ký tự thứ 2'],
    ['a\u2060b', 'ký tự vô hình (không độ rộng) U+2060 WJ ở ký tự thứ 2'],
    ['a\ufeffb', 'ký tự vô hình (không độ rộng) U+FEFF BOM ở ký tự thứ 2'],
    ['a\ufffeb', 'ký tự không phải chữ U+FFFE ở ký tự thứ 2'],
    ['a\uffffb', 'ký tự không phải chữ U+FFFF ở ký tự thứ 2'],
    // Half of a surrogate pair, alone: the first and the last of them.
    ['a\ud800b', 'ký tự không phải chữ U+D800 ở ký tự thứ 2'],
    ['a\udfffb', 'ký tự không phải chữ U+DFFF ở ký tự thứ 2'],
  ])('%j: «%s»', (text, words) => {
    expect(said(injectionProblem(text, false))?.message).toBe(
      `ô chứa ${words} (ngay sau "a"); ký tự này không nhìn thấy được nhưng làm hỏng ảnh, biểu đồ hoặc làm chữ hiển thị sai thứ tự`,
    );
  });

  it('counts characters as seen and quotes at most the 20 before it', () => {
    // «Huyện Sơn Động, tỉnh Bắc Giang» is 30 characters: the ZWSP is the 31st; the last 20 are «Động, tỉnh Bắc Giang».
    const text = 'Huyện Sơn Động, tỉnh Bắc Giang\u200b (cũ)'.normalize('NFC');
    expect(said(injectionProblem(text, false))?.message).toMatch(/^ô chứa ký tự vô hình \(không độ rộng\) U\+200B ZWSP ở ký tự thứ 31 \(ngay sau "Động, tỉnh Bắc Giang"\);/);
    // An emoji is one character to the reader (two UTF-16 units): the RLO after «Xã 😀 » is the 6th.
    expect(said(injectionProblem('Xã 😀 \u202eA'.normalize('NFC'), false))?.message).toMatch(/U\+202E RLO ở ký tự thứ 6 \(ngay sau "Xã 😀 "\)/);
  });
});

describe('numbers at their edges', () => {
  it('reads 15 digits, refuses 16 (a double keeps 15 exactly), and does not count leading zeros', () => {
    expect(parseNumber('123456789012345', 'integer')).toEqual({ ok: true, value: 123456789012345 });
    expect(failed(parseNumber('1234567890123456', 'integer')).message).toBe('số có hơn 15 chữ số, không lưu chính xác được');
    // «0,000000» are no digits of the figure: 12 digits remain.
    expect(parseNumber('0,000000123456789012', 'decimal')).toEqual({ ok: true, value: 0.000000123456789012 });
  });

  it('offers the decimal of an ambiguous value with its zeros trimmed: «1.050» is 1050 or 1,05; «1.500» 1500 or 1,5', () => {
    expect(failed(parseNumber('1.050', 'decimal')).fix).toMatch(/^viết 1050 nếu là .+, hoặc 1,05 nếu là /);
    expect(failed(parseNumber('1.500', 'decimal')).fix).toMatch(/^viết 1500 nếu là .+, hoặc 1,5 nếu là /);
    expect(failed(parseNumber('2,340', 'decimal')).fix).toMatch(/^viết 2340 nếu là .+, hoặc 2,34 nếu là /);
  });

  it('takes only a whole cell in E notation for Excel\'s: «1E+11», «1,5e12» are; words around a number are text', () => {
    const EXPONENT = 'Excel đã đổi số sang dạng lũy thừa (E+), có thể đã mất chữ số';
    expect(failed(parseNumber('1E+11', 'decimal')).message).toBe(EXPONENT);
    expect(failed(parseNumber('12,5E+3', 'decimal')).message).toBe(EXPONENT);
    expect(failed(parseNumber('1,5e12', 'decimal')).message).toBe(EXPONENT);
    const TEXT = 'chỉ ghi con số (ví dụ 200); chữ báo cáo in kèm như "khoảng", "trên" giữ ở cột figure_text (ví dụ khoảng 200 người)';
    expect(failed(parseNumber('khoảng 1,2E+5', 'decimal')).fix).toBe(TEXT);
    expect(failed(parseNumber('1E+5 người', 'decimal')).fix).toBe(TEXT);
  });

  it('asks to take the spaces out of a number only when the whole cell is digits and spaces', () => {
    const SPACES = 'bỏ khoảng trắng giữa các chữ số (ví dụ 80000)';
    expect(failed(parseNumber('1 234 567', 'integer')).fix).toBe(SPACES);
    expect(failed(parseNumber('-80 000', 'integer')).fix).toBe(SPACES);
    expect(failed(parseNumber('khoảng 80 000', 'integer')).fix).not.toBe(SPACES);
    expect(failed(parseNumber('80 000 người', 'integer')).fix).not.toBe(SPACES);
  });

  it('a value that reads two ways in a file with no declared mark is refused, whichever separator', () => {
    expect(parseNumber('130.595', 'decimal')).toMatchObject({ ok: false, problem: { code: 'number.ambiguous', asInteger: 130595 } });
    expect(readNumber('5')).toEqual({ kind: 'number', reading: { value: 5, decimals: 0 } });
  });
});

describe('dates at their edges', () => {
  const date = (text: string) => {
    const r = parseDate(text);
    return r.ok ? r.value : issue(r.problem, where).message;
  };

  it('knows the leap years: 2000 and 2024 are, 1900 and 2100 are not', () => {
    expect(date('29/02/2000')).toBe('2000-02-29');
    expect(date('29/02/2024')).toBe('2024-02-29');
    expect(date('29/02/1900')).toBe('ngày không có thật: tháng 2 năm 1900 chỉ có 28 ngày');
    expect(date('2100-02-29')).toBe('ngày không có thật: tháng 2 năm 2100 chỉ có 28 ngày');
    // A leap year lengthens February only.
    expect(date('30/01/2024')).toBe('2024-01-30');
    expect(date('31/03/2024')).toBe('2024-03-31');
  });

  it('takes the years 1900 to 2100, the months 1 to 12 and the first day of a month', () => {
    expect(date('1900')).toBe('1900');
    expect(date('2100')).toBe('2100');
    expect(date('1899')).toBe('ngày không có thật: năm 1899 nằm ngoài khoảng 1900–2100');
    expect(date('31/12/2101')).toBe('ngày không có thật: năm 2101 nằm ngoài khoảng 1900–2100');
    expect(date('0/2023')).toBe('ngày không có thật: không có tháng 0');
    expect(date('2023-0')).toBe('ngày không có thật: không có tháng 0');
    expect(date('01/11/2023')).toBe('2023-11-01');
    expect(date('1/1/2024')).toBe('2024-01-01');
  });

  it('reads 1/12/2025 as the 1st of December, and 12/13/2025 as Excel\'s US order for the 13th of December', () => {
    expect(date('1/12/2025')).toBe('2025-12-01');
    expect(date('12/13/2025')).toBe('ngày không có thật: không có tháng 13; có phải ngày 13/12/2025? (máy đặt kiểu Mỹ ghi tháng trước ngày)');
  });

  it('offers a full year only for a whole date of two-digit year: 1/7/202 (a digit lost) is no date', () => {
    expect(date('1/7/202')).toBe('không phải ngày tháng');
    expect(date('1/7/25')).toBe('năm chỉ có 2 chữ số; có phải 01/07/2025?');
  });

  it('names an English Excel\'s month only when it is the whole cell', () => {
    expect(date('Từ Nov-23')).toBe('không phải ngày tháng');
    expect(date('Nov-23 đến nay')).toBe('không phải ngày tháng');
  });

  it('offers the day of an Excel serial of five digits, from 1/1/2000 (36526) to 31/12/2100 (73415)', () => {
    const serial = (day: string) => `không phải ngày tháng mà là số ngày Excel dùng để lưu ngày; có phải ${day}?`;
    expect(date('36526')).toBe(serial('01/01/2000'));
    expect(date('73415')).toBe(serial('31/12/2100'));
    expect(date('36525')).toBe('không phải ngày tháng');
    expect(date('73416')).toBe('không phải ngày tháng');
    // A day with its hours (45247,5) or a number of six digits is not what Excel shows for a date.
    expect(date('45247,5')).toBe('không phải ngày tháng');
    expect(date('045247')).toBe('không phải ngày tháng');
  });
});

describe('a date of a year or a month, as a period (the rules compare as_of with a report period this way)', () => {
  it('starts on its first day and ends on or after its last', () => {
    expect(periodStart('2021')).toBe('2021-01-01');
    expect(periodStart('2023-11')).toBe('2023-11-01');
    expect(periodStart('2023-11-17')).toBe('2023-11-17');
    expect(periodEnd('2021')).toBe('2021-12-31');
    // «-31» for any month: 2023-11-30 and every day of November compare before it.
    expect(periodEnd('2023-11')).toBe('2023-11-31');
    expect(periodEnd('2023-11-17')).toBe('2023-11-17');
  });
});
