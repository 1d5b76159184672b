/**
 * A source discrepancy as a caveat that travels with the figure: the note names
 * the figure it concerns (what, whose, where, the value as shown), says in one
 * short sentence what is wrong with it, and links to its entry on
 * /du-lieu/chat-luong/. The same notes go under the chart on its page, on its
 * embed, inside its SVG/PNG and beside each value of its CSV.
 */
import type { ChartNote } from '../charts/index.ts';
import { figuresOf } from '../data/figures.ts';
import { correctedRows } from '../data/corrections.ts';
import type { Discrepancy } from '../data/load.ts';
import { tableDef, type RowsByTable } from '../data/tables/index.ts';
import { describeRow, fieldLabel } from '../lib/describe.ts';
import { datePhrase, formatNumber, formatValue } from '../core/format.ts';
import { discrepancyHref } from '../lib/links.ts';
import { decimalsOf, round } from '../data/precision.ts';
import { once } from '../core/typed-table.ts';
import { dateEnd } from '../data/time.ts';

/** Where one source row comes from: what the chart CSV prints beside each value. */
export interface RowSource {
  report_id: string;
  /** "Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023". */
  report: string;
  section: string;
  /** The row's as-of date, or its report's date when the row gives none (the date it counts at). */
  as_of: string;
  /** Whose date `as_of` is: the figure's own («số liệu») or, the row giving none, its report's («báo cáo»). */
  as_of_from: 'số liệu' | 'báo cáo';
  /** The decision that approved the figure (a total investment), where the report cites one: its date, not a state at as_of. */
  decision_date: string;
  figure_status: string;
  /** The data team's note on the row (its `note`: what the figure covers, how the report's words were read), or ''. */
  row_note: string;
  /**
   * The row's figures (each number of its figure fields: a support row's count and its amount) with their units, so a
   * chart's CSV can tell a value read from the row from one computed (a 0 amount is not read from a 0% rate).
   */
  values?: readonly { value: number; unit: string }[];
}

type AnyRow = Record<string, unknown> & { id: string };
type Tables = { [K in keyof RowsByTable]: readonly RowsByTable[K][] };

/** A table's rows by id, indexed once per table. */
const rowsById = once((rows: readonly object[]): Map<string, AnyRow> => new Map((rows as AnyRow[]).map((r) => [r.id, r])));

// The sentence depends on what the check compares (src/data/reconcile/*.ts); a check not listed here gets a
// general sentence, still naming its figure and linking to its entry.
/** Checks that compare a printed total with the sum of its parts (`expected`: the sum, `actual`: the total). */
const SUMS = new Set(['funding-sources', 'funding-capital', 'funding-projects', 'funding-districts', 'funding-districts-corrected', 'works-districts', 'works-types']);
/** Checks that compare a printed percentage with the one computed from the report's own figures. */
const RATES = new Set(['disbursement-rate', 'indicator-rate', 'indicator-yoy', 'printed-ratio']);
/** The rate checks whose rows are [stated rate, numerator, denominator]. */
const QUOTIENTS = new Set(['disbursement-rate', 'indicator-rate']);

const cut = (s: string, max = 60) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

export interface Names {
  area: (id: string) => string;
  project: (id: string | null) => string;
}

/** "Vốn giao (kế hoạch), năm 2023, vốn đầu tư phát triển, Dự án 10 – TDA 2, huyện Bạch Thông: 1.098 triệu đồng". */
function figureName(table: Discrepancy['table'], row: AnyRow, names: Names): string {
  // The programme is left out: a chart is about one, and its subtitle names it.
  const programme = typeof row.program === 'string' ? fieldLabel(tableDef(table), 'program', row.program) : null;
  const what = describeRow(table, row).split(' · ').filter((p) => p !== programme).map((p, i) => (i === 0 ? p : lowerFirst(p)));
  if (typeof row.project_id === 'string') what.push(names.project(row.project_id));
  if (typeof row.area_id === 'string') what.push(names.area(row.area_id));
  const [figure] = figuresOf(tableDef(table), [row]);
  return `${what.join(', ')}${figure ? `: ${formatValue(figure.value, figure.unit, 6)}` : ''}`;
}

/** What is wrong, in one short sentence about the named figure (lower case: it follows a dash). */
function whatIsWrong(d: Discrepancy, named: AnyRow, rows: readonly (AnyRow | undefined)[], shown: ReadonlySet<string>, reportOf: (row: AnyRow) => string): string {
  const [stated, a, b] = rows;
  // `expected` and `actual` are in the unit of the printed figure, which the checks list first.
  const unit = (stated && figuresOf(tableDef(d.table), [stated])[0]?.unit) || 'unit';
  // A number the check worked out (a sum of parts, a repeated figure) is written with the decimals of the figures it
  // comes from (data/precision.ts), never float noise ("43.311,406", not "43.311,406000001"); a rate with at least two.
  const places = Math.max(0, ...rows.flatMap((r) => (r ? figuresOf(tableDef(d.table), [r]).map((f) => decimalsOf(f.value)) : [])));
  const v = (x: number | null, u = unit) => {
    if (x === null) return '?';
    const decimals = u === 'percent' ? Math.max(2, places) : places;
    return formatValue(round(x, decimals), u, decimals);
  };
  // Where the chart shows only the parts or operands of the named figure, the sentence says so.
  const here = shown.has(named.id) ? '' : ' (gồm cả số liệu ở đây)';
  const minor = d.severity === 'truncation' ? ' (báo cáo cắt bớt chữ số thay vì làm tròn)' : '';
  if (d.check === 'malformed') return `báo cáo in sai con số này (“${cut(String(named.figure_text))}”); số trên là cách chúng tôi đọc.`;
  if (SUMS.has(d.check)) {
    const more = (d.expected ?? 0) > (d.actual ?? 0) ? 'nhiều hơn' : 'ít hơn';
    return `các phần của tổng này${here} cộng lại là ${v(d.expected)}${here ? `, ${more} tổng` : ''}.`;
  }
  // [allocated, assigned]: the same money given two sizes in one report.
  if (d.check === 'funding-allocated' && a) return `nhiều hơn vốn giao ${v(d.expected)} mà chính báo cáo nêu (mục ${String(a.section ?? '').split(' ')[0]}).`;
  // A province against the districts that have a figure, when the report names a district without one.
  if (d.check === 'funding-district-gap') return `các huyện có ghi số cộng lại là ${v(d.expected)}, ít hơn tổng này: báo cáo nhắc đến huyện khác trong cùng chương trình mà không ghi số của huyện đó.`;
  // [first, other]: one plan counted by its original list and by its revised list.
  if (d.check === 'works-plan-versions' && stated && a) {
    const other = named === stated ? a : stated;
    const original = (r: AnyRow) => r.plan_version === 'original' || String(r.indicator ?? '').endsWith('_original');
    const [value] = figuresOf(tableDef(d.table), [other]);
    return `cùng báo cáo nêu số này theo danh mục ${original(other) ? 'ban đầu' : 'sau điều chỉnh, bổ sung'} là ${value ? formatValue(value.value, value.unit, 6) : '?'}; hai số của một kế hoạch.`;
  }
  // One group's name for two sets of communes: [indicator total, poverty rows] with both counts, else two lists.
  if (d.check === 'poverty-commune-lists') {
    return d.expected !== null && d.actual !== null
      ? `báo cáo dùng cùng tên nhóm này cho hai tập hợp xã khác nhau (${formatNumber(d.expected)} xã và ${formatNumber(d.actual)} xã).`
      : 'báo cáo dùng cùng tên nhóm này cho hai danh sách xã khác nhau (của hai giai đoạn): số liệu của hai danh sách không so sánh hay nối với nhau được.';
  }
  if (d.check === 'works-stages') return `các số của những giai đoạn nằm trong số này cộng lại là ${v(d.actual)}, nhiều hơn số này.`;
  if (d.check === 'poverty-decrease' && stated && a && b) {
    // Computed again at two decimals: `expected` is rounded to the printed precision (7,6 for "7,2"), the note says 7,63.
    const perYear = stated.measure === 'decrease_avg_per_year';
    const computed = (Number(a.value) - Number(b.value)) / (perYear ? Number(stated.year) - Number(stated.year_from) : 1);
    const rates = `${formatNumber(Number(a.value), 6)}% (năm ${a.year}) xuống ${formatNumber(Number(b.value), 6)}% (năm ${b.year})`;
    const fall = `giảm${perYear ? ' bình quân' : ''} ${v(Math.round(computed * 100) / 100)}`;
    return `tỷ lệ hộ nghèo của báo cáo, từ ${rates}, cho mức ${fall}${minor}.`;
  }
  if (RATES.has(d.check)) {
    // A stated rate is checked against numerator / denominator (listed after it): two decimals, as the data-quality page.
    const computed = QUOTIENTS.has(d.check) && a && b && Number(b.value) !== 0 ? Math.round((Number(a.value) / Number(b.value)) * 10000) / 100 : d.expected;
    return `tính lại từ các số của chính báo cáo${here}${d.check === 'printed-ratio' ? ` (báo cáo in ${v(d.actual, 'percent')})` : ''} được ${v(computed, 'percent')}${minor}.`;
  }
  // The other report by its date, and which figure the site takes (the later report's: a correction, or an update).
  // The other report's value comes early: a printed sheet shortens a long note, and must not cut it off (walk-through 17).
  if (d.check === 'repeat') {
    const other = named === stated ? a : stated;
    const value = v(named === stated ? d.actual : d.expected);
    // A correction's rows are [earlier, later] (reconcile/repeat.ts): the named one is the corrected figure or the correcting one.
    if (other && d.severity === 'correction')
      return named === stated ? `${reportOf(other)} đính chính thành ${value} cho cùng thời điểm; trang dùng số của báo cáo đó.` : `${reportOf(other)} ghi ${value} cho cùng thời điểm, nay được đính chính; trang dùng số này.`;
    return other
      ? `${reportOf(other)} ghi ${value} cho cùng thời điểm; trang dùng số của báo cáo ban hành sau.`
      : `một báo cáo khác in cùng số liệu này là ${value}.`;
  }
  return `các số của báo cáo nguồn không khớp nhau ở đây${minor}.`;
}

/** «Báo cáo bg-2023-11-30», «báo cáo bt-2023-06»: how the check's sentences name a report (DISCREPANCY.source). */
const REPORT_CODE = /([Bb])áo cáo ([a-z0-9]+(?:-[a-z0-9]+)*)/g;

/**
 * A finding's sentence as the site prints it. The check names each report by its code («Báo cáo bg-2023-11-30 (mục
 * 3.1)»), which staff find in reports.csv; a reader knows a report by its date («Báo cáo ngày 30/11/2023 (mục 3.1)»),
 * and by its issuer too where the reports a sentence names are of several issuers. Two reports named with one date
 * and issuer keep their codes beside it, so the sentence still tells them apart. A code of no report is left as it is.
 */
export function findingText(reports: readonly { id: string; issuer: string; date: string }[], message: string): string {
  const byId = rowsById(reports) as unknown as ReadonlyMap<string, { issuer: string; date: string }>;
  const named = [...new Set([...message.matchAll(REPORT_CODE)].map((m) => m[2]!))].filter((id) => byId.has(id));
  if (named.length === 0) return message;
  const issuers = new Set(named.map((id) => byId.get(id)!.issuer));
  const phrase = new Map(named.map((id) => [id, `${datePhrase(byId.get(id)!.date)}${issuers.size > 1 ? ` của ${byId.get(id)!.issuer}` : ''}`]));
  const shared = new Set([...phrase.values()].filter((p, i, all) => all.indexOf(p) !== i));
  return message.replace(REPORT_CODE, (code, b: string, id: string) => {
    const p = phrase.get(id);
    return p === undefined ? code : `${b}áo cáo ${p}${shared.has(p) ? ` (${id})` : ''}`;
  });
}

/**
 * The note for one discrepancy. It names the figure the report printed (every check lists it first): the
 * total, the stated rate or decrease, even where the chart shows only the parts or amounts it is checked
 * against. A repeated figure names the report's figure the chart shows (`shown`: the rows it is built from).
 */
export function discrepancyNote(tables: Tables, names: Names, d: Discrepancy, shown: ReadonlySet<string>): ChartNote {
  const byId = rowsById(tables[d.table]);
  const rows = d.rowIds.map((id) => byId.get(id));
  // A document's date (documents.csv) is not a figure: the check's sentence names the document and its dates.
  if (d.table === 'documents') {
    // "Báo cáo bg-2023-11-30" is a code for staff; a reader knows the report by its date.
    return { text: `Văn bản dẫn ở cùng mục của báo cáo: ${findingText(tables.reports, d.message)}`, href: discrepancyHref(d.id), discrepancy: true, rowIds: d.rowIds };
  }
  const named = (d.check === 'repeat' ? rows.find((r) => r !== undefined && shown.has(r.id)) : undefined) ?? rows.find((r) => r !== undefined);
  const href = discrepancyHref(d.id);
  if (!named) return { text: `Số liệu ở đây liên quan đến một chỗ chênh lệch trong báo cáo nguồn.`, href, discrepancy: true, rowIds: d.rowIds };
  const reportOf = (row: AnyRow) => {
    const report = rowsById(tables.reports).get(String(row.report_id));
    return report ? `báo cáo ${datePhrase(String(report.date))}` : `báo cáo ${String(row.report_id)}`;
  };
  const since = correctedSince(tables, d, reportOf);
  // The named figure's correction right after it, where a shortened note (a printed sheet) still shows it.
  const own = since.get(named.id);
  // Another figure of the finding (a part of a sum): the finding used its number as first printed, and says so;
  // or as it then stood, where a later report gives it anew (walk-through 27: a total investment adjusted by a
  // later decision, the sum of 2023 still under the chart that shows the new amount).
  const others = [
    ...[...since].filter(([id]) => id !== named.id).map(([, c]) => ` Số “${c.from}” ở trên là số trước khi ${c.by} đính chính thành “${c.to}”.`),
    ...newerSince(tables, d, reportOf, new Set([named.id, ...since.keys()])).map((c) => ` Trong đó số “${c.from}”${c.of ? ` của ${c.of}` : ''} đã có số mới hơn: “${c.to}” (${c.by}).`),
  ];
  const text = `${figureName(d.table, named, names)}${own ? ` (${own.by} đính chính thành “${own.to}”)` : ''} — ${whatIsWrong(d, named, rows, shown, reportOf)}${others.join('')}`;
  return { text, href, discrepancy: true, rowIds: d.rowIds };
}

/**
 * A finding about a figure a later report has corrected stays true of the report that printed it, but a reader must
 * not take the old figure for the current one (walk-through 19: 165.500 in a gap note after its correction to
 * 165.050): the note says which report corrected it, and to what (by row id: the correcting report, the figure as printed before and after).
 */
function correctedSince(tables: Tables, d: Discrepancy, reportOf: (row: AnyRow) => string): Map<string, { by: string; from: string; to: string }> {
  const out = new Map<string, { by: string; from: string; to: string }>();
  if (d.severity === 'correction') return out;
  const def = tableDef(d.table);
  if (def.kind !== 'observation') return out;
  const corrected = correctedRows(def, tables[d.table] as readonly AnyRow[], tables.reports as readonly AnyRow[]);
  if (corrected.size === 0) return out;
  const byId = rowsById(tables[d.table]);
  for (const id of d.rowIds) {
    const old = byId.get(id);
    const now = corrected.has(id) ? byId.get(corrected.get(id)!) : undefined;
    if (old && now) out.set(id, { by: reportOf(now), from: String(old.figure_text), to: String(now.figure_text) });
  }
  return out;
}

/**
 * Figures of a finding (not `skip`: the named one, the corrected ones) that a later report gives anew for a later
 * date or decision, with another value: the finding stays true of its report, but its number is no longer the one
 * the pages show.
 */
function newerSince(tables: Tables, d: Discrepancy, reportOf: (row: AnyRow) => string, skip: ReadonlySet<string>): { from: string; to: string; by: string; of: string | null }[] {
  const def = tableDef(d.table);
  // A correction's finding is about the corrected figure itself: a later figure adds nothing to it.
  if (def.kind !== 'observation' || d.severity === 'correction' || d.rowIds.every((id) => skip.has(id))) return [];
  const corrected = correctedRows(def, tables[d.table] as readonly AnyRow[], tables.reports as readonly AnyRow[]);
  const { byKey, keyOf, when } = seriesIndex(tables, d.table);
  const byId = rowsById(tables[d.table]);
  const figures = def.fields.filter((f) => f.type === 'number' && f.figure === true).map((f) => f.name);
  const out: { from: string; to: string; by: string; of: string | null }[] = [];
  const areas = rowsById(tables.areas);
  for (const id of d.rowIds) {
    const old = byId.get(id);
    if (!old || skip.has(id) || corrected.has(id)) continue;
    const newer = (byKey.get(keyOf(old)) ?? [])
      .filter((r) => r.report_id !== old.report_id && when(old) !== '' && when(r) > when(old) && figures.some((f) => r[f] !== old[f]))
      .toSorted((a, b) => when(b).localeCompare(when(a)))[0];
    const area = areas.get(String(old.area_id));
    const of = area ? `${area.level === 'province' ? 'tỉnh' : area.level === 'district' ? 'huyện' : 'xã'} ${String(area.name)}` : null;
    if (newer) out.push({ from: String(old.figure_text), to: String(newer.figure_text), by: reportOf(newer), of });
  }
  return out;
}

/**
 * A table's rows by figure (every key cell but the report and the date), and the date each is of (its decision, else
 * its own date; none for a figure with neither), made once per table and only when a finding asks.
 */
const seriesIndexes = new WeakMap<readonly object[], { byKey: Map<string, AnyRow[]>; keyOf: (r: AnyRow) => string; when: (r: AnyRow) => string }>();
function seriesIndex(tables: Tables, table: keyof Tables): { byKey: Map<string, AnyRow[]>; keyOf: (r: AnyRow) => string; when: (r: AnyRow) => string } {
  const rows = tables[table] as readonly AnyRow[];
  let found = seriesIndexes.get(rows);
  if (!found) {
    const fields = tableDef(table).key.filter((k) => k !== 'report_id' && k !== 'as_of');
    const keyOf = (r: AnyRow) => fields.map((k) => String(r[k] ?? '')).join('\u0000');
    // A figure with no date of its own is never «newer»: two reports' different numbers for one year are a
    // discrepancy between them (a finding of its own), not an update.
    const when = (r: AnyRow) => (r.decision_date ?? r.as_of ? dateEnd(String(r.decision_date ?? r.as_of)) : '');
    seriesIndexes.set(rows, (found = { byKey: Map.groupBy(rows, keyOf), keyOf, when }));
  }
  return found;
}

/** One note per discrepancy and per text: notes gathered from several rows or views are listed once. */
export function uniqueNotes(notes: readonly ChartNote[]): ChartNote[] {
  const seen = new Map<string, ChartNote>();
  for (const n of notes) {
    const key = n.href ?? n.text;
    const known = seen.get(key) ?? [...seen.values()].find((m) => m.text === n.text);
    if (!known) seen.set(key, { ...n });
    else if (n.rowIds) Object.assign(known, { rowIds: [...new Set([...(known.rowIds ?? []), ...n.rowIds])] });
  }
  return [...seen.values()];
}

/** The notes that concern a value built from these rows (the chart CSV's "note" column). */
export const notesOn = (notes: readonly ChartNote[] | undefined, rowIds: readonly string[] | undefined) =>
  (notes ?? []).filter((n) => n.discrepancy && n.rowIds?.some((id) => rowIds?.includes(id)));
