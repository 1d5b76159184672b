/**
 * The text alternative: what a reader should take away (largest, smallest, change),
 * in Vietnamese, generated from the same rows as the chart.
 */
import { UNITS } from '../data/define.ts';
import { decimalsOf } from '../data/precision.ts';
import { combineQualifiers, isBound, QUALIFIERS, qualified, sumQualifier, type Qualifier } from '../data/qualifier.ts';
import { chartDatePhrase, formatChange, formatDate, formatMoney, formatNumber, formatValue, dateSortKey } from '../core/format.ts';

/** In sentences, money reads short ("130,6 tỷ đồng"); exact values are in the table and tooltips. */
// A rate, or a change of rates in points, keeps the decimals it was printed with (18,74%; 2,15 điểm phần trăm), up to two.
const formatAmount = (value: number, unit: ChartSpec['unit']) =>
  unit === 'mvnd' ? formatMoney(value) : formatValue(value, unit, unit === 'percent' || unit === 'pp' || unit === 'pp_per_year' ? Math.min(2, Math.max(1, decimalsOf(value))) : 1);
import { collator, firstAppearance } from './layout.ts';
import { STATUS_LABELS } from './palette.ts';
import type { BarsSpec, ChartSpec, CompletionSpec, SeriesSpec } from './types.ts';

/** A qualifier as the word a change sentence puts after its verb ("tăng khoảng 20"). */
const qualifierWord = (q: Qualifier | null) => (q ? QUALIFIERS[q].vi : null);

interface Item {
  name: string;
  value: number;
  /** As printed ("trên"), or combined for a total: a sentence never drops it. */
  qualifier?: Qualifier | null;
  /** A source discrepancy concerns it (a note under the chart): never called the largest or smallest bare. */
  noted?: boolean;
}

/** Whether a chart's value is built from a row a discrepancy note under the chart concerns. */
function notedRows(spec: ChartSpec): (r: { rowIds?: readonly string[] }) => boolean {
  const ids = new Set((spec.notes ?? []).filter((n) => n.discrepancy && !n.section).flatMap((n) => n.rowIds ?? []));
  return (r) => r.rowIds?.some((id) => ids.has(id)) ?? false;
}

/** Said after a largest or smallest value that a note under the chart questions (a fact-checker's finding: «lớn nhất
 * là Năm 2023 – Vốn SN: 46,9 tỷ đồng», an amount the report itself contradicts). */
const NOTED = ' (số này có lưu ý, xem ghi chú dưới biểu đồ)';

const qs = (rows: readonly { qualifier?: Qualifier }[]) => rows.map((r) => r.qualifier);

/** Largest and smallest, ties named together, Vietnamese order within a tie. */
function extremes(items: Item[], unit: ChartSpec['unit']): string {
  if (items.length === 0) return 'không có số liệu';
  const amount = (v: number) => qualified(formatAmount(v, unit), combineQualifiers(items.filter((i) => i.value === v).map((i) => i.qualifier)));
  if (items.length === 1) return `${items[0]!.name}: ${amount(items[0]!.value)}`;
  // A bound («trên 45%») may be above or below the others: none is called the largest or smallest beside one, and
  // a tie never lends one item another's word (walk-through 32: «lớn nhất là Lục Ngạn, Sơn Động: trên 45%»).
  if (items.some((i) => isBound(i.qualifier))) return listed(items, unit);
  const max = Math.max(...items.map((i) => i.value));
  const min = Math.min(...items.map((i) => i.value));
  const named = (v: number) => items.filter((i) => i.value === v).map((i) => i.name).sort(collator.compare).join(', ');
  const noted = (v: number) => (items.some((i) => i.value === v && i.noted) ? NOTED : '');
  if (max === min) return `tất cả bằng nhau, ${amount(max)}`;
  return `lớn nhất là ${named(max)}: ${amount(max)}${noted(max)}; nhỏ nhất là ${named(min)}: ${amount(min)}${noted(min)}`;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const lower = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** Each value in turn, for categories that must not be ranked against each other. */
function listed(items: Item[], unit: ChartSpec['unit']): string {
  return items.map((i) => `${i.name}: ${qualified(formatAmount(i.value, unit), i.qualifier ?? null)}`).join('; ');
}

const OVERLAP = 'Các hạng mục chồng lấn nhau (một khoản gồm khoản khác), nên không được xếp hạng hay cộng lại.';

function describeBars(spec: BarsSpec): string {
  const groups = spec.groups ? [...spec.groups] : firstAppearance(spec.rows.map((r) => r.group ?? ''));
  const categories = firstAppearance(spec.rows.map((r) => r.category));
  const rank = spec.overlapping ? listed : extremes;
  const noted = notedRows(spec);
  const parts: string[] = [];
  if (groups.length <= 1) {
    const items = spec.rows.map((r) => ({ name: r.category, value: r.value, qualifier: r.qualifier, noted: noted(r) }));
    parts.push(
      spec.overlapping
        ? `${categories.length} ${lower(spec.categoryLabel ?? 'hạng mục')}. ${OVERLAP} ${listed(items, spec.unit)}.`
        : `${categories.length} ${lower(spec.categoryLabel ?? 'hạng mục')}; ${extremes(items, spec.unit)}.`,
    );
  } else if (spec.layout === 'stacked') {
    // A stack's segments are parts of their bar (views stack only parts that add up).
    const totals = categories.map((c) => {
      const rows = spec.rows.filter((r) => r.category === c);
      return { name: c, value: sum(rows.map((r) => r.value)), qualifier: sumQualifier(qs(rows)), noted: rows.some(noted) };
    });
    parts.push(`${categories.length} ${lower(spec.categoryLabel ?? 'hạng mục')}, mỗi cột gồm ${groups.map(lower).join(', ')}.${spec.overlapping ? ` ${OVERLAP}` : ''} Theo tổng mỗi cột: ${rank(totals, spec.unit)}.`);
  } else {
    if (spec.overlapping) parts.push(`${categories.length} ${lower(spec.categoryLabel ?? 'hạng mục')}. ${OVERLAP}`);
    for (const g of groups) {
      const items = spec.rows.filter((r) => (r.group ?? '') === g).map((r) => ({ name: r.category, value: r.value, qualifier: r.qualifier, noted: noted(r) }));
      parts.push(`${g}: ${rank(items, spec.unit)}.`);
    }
  }
  // A total only where the view proved the rows may be added (data/additivity.ts), and said to be computed.
  if (groups.length === 2 && spec.unit !== 'percent' && spec.additive === true && !spec.overlapping) {
    const [ra, rb] = groups.map((g) => spec.rows.filter((r) => (r.group ?? '') === g));
    const [a, b] = [ra!, rb!].map((rows) => sum(rows.map((r) => r.value)));
    const [qa, qb] = [sumQualifier(qs(ra!)), sumQualifier(qs(rb!))];
    const share = a ? `, bằng ${qualified(`${formatNumber((b! / a!) * 100, 1)}%`, combineQualifiers(qs(rb!), qs(ra!)))} ${lower(groups[0]!)}` : '';
    parts.push(`Cộng các khoản trong biểu đồ (trang này tự tính, báo cáo không nêu tổng này): ${lower(groups[0]!)} ${qualified(formatAmount(a!, spec.unit), qa)}; ${lower(groups[1]!)} ${qualified(formatAmount(b!, spec.unit), qb)}${share}.`);
  }
  return parts.join(' ');
}

function describeCompletion(spec: CompletionSpec): string {
  const total = sum(spec.rows.map((r) => r.value));
  const of = (s: keyof typeof STATUS_LABELS) => sum(spec.rows.filter((r) => r.status === s).map((r) => r.value));
  const qOf = (s: keyof typeof STATUS_LABELS) => (text: string) => qualified(text, sumQualifier(qs(spec.rows.filter((r) => r.status === s))));
  const unit = UNITS[spec.unit].vi;
  const pct = total ? `, ${qualified(`${formatNumber((of('completed') / total) * 100, 1)}%`, combineQualifiers(qs(spec.rows), qs(spec.rows)))}` : '';
  const categories = firstAppearance(spec.rows.map((r) => r.category));
  // Categories are described one by one unless the view proved they may be added (a batch inside a plan may not);
  // one category is never "cộng các hạng mục": its counts are the report's own.
  const summed = spec.additive === true && !spec.overlapping && categories.length > 1;
  const head = !summed
    ? categories
        .map((c) => {
          const mine = spec.rows.filter((r) => r.category === c);
          const n = (s: keyof typeof STATUS_LABELS) => {
            const of = mine.filter((r) => r.status === s);
            return qualified(formatNumber(sum(of.map((r) => r.value))), sumQualifier(qs(of)));
          };
          const all = qualified(formatNumber(sum(mine.map((r) => r.value))), sumQualifier(qs(mine)));
          // Works whose status the report does not give are said as such, never split into the other two.
          if (mine.some((r) => r.status === 'unknown')) return `${c}: ${n('completed')}/${all} ${unit} hoàn thành, ${n('unknown')} chưa rõ tình trạng.`;
          return `${c}: ${n('completed')}/${all} ${unit} hoàn thành, ${n('in_progress')} đang thi công, ${n('not_started')} chưa khởi công.`;
        })
        .join(' ')
    : `Cộng các hạng mục (trang này tự tính): ${qualified(formatNumber(total), sumQualifier(qs(spec.rows)))} ${unit}: ${qOf('completed')(formatNumber(of('completed')))} hoàn thành${pct}; ` +
      `${qOf('in_progress')(formatNumber(of('in_progress')))} đang thi công; ${qOf('not_started')(formatNumber(of('not_started')))} chưa khởi công${of('unknown') ? `; ${qOf('unknown')(formatNumber(of('unknown')))} chưa rõ tình trạng` : ''}.`;
  if (!summed || categories.length < 2) return head;
  const done = categories.map((c) => ({ name: c, value: sum(spec.rows.filter((r) => r.category === c && r.status === 'completed').map((r) => r.value)) }));
  return `${head} Số ${unit} hoàn thành theo ${lower(spec.categoryLabel ?? 'hạng mục')}: ${extremes(done, spec.unit)}.`;
}

function describeSeries(spec: SeriesSpec): string {
  const names = firstAppearance(spec.rows.map((r) => r.series)).sort(collator.compare);
  const parts = names.map((s) => {
    const pts = spec.rows.filter((r) => r.series === s).sort((a, b) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)));
    const first = pts[0]!;
    const last = pts[pts.length - 1]!;
    const amount = (p: typeof first) => qualified(formatAmount(p.value, spec.unit), p.qualifier);
    if (pts.length === 1) return `${s}: ${amount(first)} (${formatDate(first.date)}), chỉ có một số liệu.`;
    // The change is the page's subtraction (no report prints 51,6 − 13,45 = 38,15): it says so, as its cards do.
    const change = formatChange(last.value - first.value, spec.unit, qualifierWord(combineQualifiers([last.qualifier], [first.qualifier])), Math.min(2, decimalsOf(first.value), decimalsOf(last.value)));
    return `${s}: ${pts.length} số liệu, từ ${amount(first)} (${formatDate(first.date)}) đến ${amount(last)} (${formatDate(last.date)}), ${change}${last.value !== first.value ? ', trang tự tính' : ''}.`;
  });
  if (names.length > 1) parts.push('Mỗi chuỗi là một cách đo riêng; điểm của các chuỗi khác nhau không được nối với nhau.');
  return parts.join(' ');
}

/** The finding in sentences (largest, smallest, change), shown under the chart and read by screen readers. */
export function describe(spec: ChartSpec): string {
  return spec.kind === 'bars' ? describeBars(spec) : spec.kind === 'completion' ? describeCompletion(spec) : describeSeries(spec);
}

/** Self-contained text for an image on its own (alt of an exported PNG, og:image): title, subtitle, finding, date. */
export function altText(spec: ChartSpec): string {
  return `${spec.title}. ${spec.subtitle}. ${describe(spec)} ${chartDatePhrase(spec)}.`;
}
