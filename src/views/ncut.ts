/** Người có uy tín: how many, where, and the support they received. */
import type { BarsSpec } from '../charts/index.ts';
import { qualified } from '../data/qualifier.ts';
import { formatDate, formatNumber } from '../core/format.ts';
import { rowsOf } from '../core/typed-table.ts';
import { ncutCounts, ncutSupport, type NcutFigure } from '../metrics/ncut.ts';
import { headlinesOf } from '../metrics/overview.ts';
import { areaPhrase, chartDates, discrepancyNotes, figureSource, latestDate, ncutMeasureLabel, periodText, providerLabel, qualifierOf, qualifierProp, rowOf, rowsOverlap, sourcesOf, ofArea, type ViewContext } from './context.ts';
import { period } from '../data/period.ts';
import type { FigureProps } from './figure.ts';
import { changeText, comparedRows } from './funding.ts';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * The number of prestigious persons: one card per area and level of the counting report (provider), the newest count
 * whatever period a report wrote beside it (data/current.ts), labelled with its own period, and "tăng 2 người so với
 * báo cáo …" when an earlier report counted them.
 */
export function ncutFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const previous = headlinesOf(ctx.inputs, 'ncut');
  return ofArea(rowsOf(ncutCounts(ctx.inputs)), areaId)
    .filter((r) => r.persons !== null)
    .map((r) => {
      const h = previous.get(r.id);
      const { change, since } = h ? changeText(ctx, { value: r.persons!, id: r.id }, h, 'person') : {};
      const villages = r.quantity !== null && r.quantity_unit === 'village' ? `${formatNumber(r.quantity)} thôn, bản có người có uy tín` : undefined;
      const said = [change, villages].filter(Boolean).join('; ');
      return {
        ...figureSource(ctx, areaId, r, r.effective_date, comparedRows(ctx, r.id, h)),
        // «số liệu cấp tỉnh»: the level of the report that counts them (ncut.ts, provider), not a level that «manages» them
        // (fact-check: every NCUT is recognised by the provincial chairman; no report says «quản lý»).
        label: `Người có uy tín (${lowerFirst(periodText(r.period))}, số liệu cấp ${providerLabel(r.provider).toLocaleLowerCase('vi')})`,
        value: r.persons!,
        unit: 'person' as const,
        ...(said ? { change: said } : {}),
        ...(since ? { since } : {}),
      };
    });
}

const supportName = (r: NcutFigure) => `${ncutMeasureLabel(r.measure)}${tetName(r)} (${lowerFirst(periodText(r.period))}, cấp ${providerLabel(r.provider).toLocaleLowerCase('vi')})`;

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/**
 * « Giáp Thìn» after «Tặng quà Tết» of January or February, as reports name the Tết (walk-through 33: «Tết Giáp Thìn
 * 2024» was on the report's page only): Tết falls between 21 January and 20 February, so it is the lunar year that
 * begins in that Gregorian year. A gift dated by a whole year, or by December (before the next Tết), is left unnamed
 * rather than guessed.
 */
function tetName(r: Pick<NcutFigure, 'measure' | 'period'>): string {
  if (r.measure !== 'tet_gift') return '';
  const p = period(r.period);
  if (!(p.form === 'month' && (p.part === 1 || p.part === 2))) return '';
  const y = p.from - 4;
  return ` ${STEMS[((y % 10) + 10) % 10]} ${BRANCHES[((y % 12) + 12) % 12]}`;
}

// «mức 500.000 đồng/người», «300 nghìn đồng/suất»: an amount per person as printed (never multiplied into a total).
const PER_PERSON = /(?:mức\s+)?\d[\d.,]*\s*(?:triệu\s+|nghìn\s+|ngàn\s+)?(?:đồng|đ)\s*\/\s*(?:người|suất|NCUT)/iu;

/**
 * The amount per person a support row's printed text (or, as the guide asks, its note) gives: «mức 500.000
 * đồng/người» beside 98 persons, or null. The guide keeps it out of amount_mvnd (not a total), so without this the
 * amount would be on the report's page only (walk-through 26).
 */
function perPerson(ctx: ViewContext, id: string): string | null {
  const row = rowOf(ctx, 'ncut', id);
  const text = (v: unknown) => (typeof v === 'string' ? PER_PERSON.exec(v) : null);
  const found = text(row?.figure_text) ?? text(row?.note);
  return found ? (/^mức/iu.test(found[0]) ? found[0].replace(/^Mức/u, 'mức') : `mức ${found[0]}`) : null;
}

/** A support activity's name with its amount per person, when the report gives one. */
const supportLabel = (ctx: ViewContext, r: NcutFigure) => {
  const each = perPerson(ctx, r.id);
  return each ? `${supportName(r)}, ${each}` : supportName(r);
};

// As the project chart's note (views/funding.ts): rows that overlap keep the report's order and are said not to be ranked.
const OVERLAP_NOTE = { text: 'Có hình thức hỗ trợ được báo cáo ghi cho cả năm lẫn một kỳ trong năm (cùng những người được tính hai lần): trang không cộng, không xếp hạng chúng và giữ thứ tự của báo cáo.' };

const personRows = (ctx: ViewContext, areaId: string) => ofArea(rowsOf(ncutSupport(ctx.inputs)), areaId).filter((r) => r.persons !== null);

/** The rows of the newest date among several (reports of 11/2023, 2/2024, 7/2025): null when all share one date. */
function newestOf(rows: readonly NcutFigure[]): NcutFigure[] | null {
  const newest = latestDate(rows.map((r) => r.effective_date));
  return rows.every((r) => r.effective_date === newest) ? null : rows.filter((r) => r.effective_date === newest);
}

/**
 * The chart's title. One date: the activity that reached the most persons. Several dates: the finding of the
 * newest, which it names ("Năm 2025: tặng quà Tết đến với khoảng 519 người có uy tín"), so an older report's
 * larger count never heads a chart that also shows newer figures.
 */
function supportTitle(ctx: ViewContext, rows: readonly NcutFigure[]): string {
  const newest = newestOf(rows);
  const ranked = (newest ?? rows).toSorted((a, b) => b.persons! - a.persons!);
  const top = ranked[0]!;
  const persons = qualified(formatNumber(top.persons!), qualifierOf(ctx, top.id));
  if (!newest) return `${ncutMeasureLabel(top.measure)} đến với nhiều người có uy tín nhất (${persons} người)`;
  const when = newest.every((r) => r.period === top.period) ? periodText(top.period) : `Báo cáo ${formatDate(top.effective_date)}`;
  return ranked.length === 1
    ? `${when}: ${lowerFirst(ncutMeasureLabel(top.measure))} đến với ${persons} người có uy tín`
    : `${when}: ${lowerFirst(ncutMeasureLabel(top.measure))} đến với nhiều người có uy tín nhất (${persons} người)`;
}

/** Support activities: persons reached, one bar each. */
export function supportChart(ctx: ViewContext, areaId: string, id = 'ho-tro-nguoi-co-uy-tin'): BarsSpec | null {
  const rows = personRows(ctx, areaId);
  // One activity is a figure, not a chart (see supportFigures).
  if (rows.length < 2) return null;
  // One activity given for a year and again for its first half counts the same persons twice: not ranked.
  const overlapping = rowsOverlap(ctx, 'ncut', rows);
  return {
    kind: 'bars',
    id,
    title: overlapping ? `Số người có uy tín được hỗ trợ, theo từng hình thức và kỳ báo cáo ghi` : supportTitle(ctx, rows),
    subtitle: `Số người có uy tín được hỗ trợ theo hình thức, ${areaPhrase(ctx, areaId)}`,
    unit: 'person',
    ...chartDates(ctx, rows.map((r) => ({ id: r.id, report_id: r.report_id, date: r.effective_date }))),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      ...(overlapping ? [OVERLAP_NOTE] : []),
      // The amount each person received is not a bar (persons are): said beside the chart, as printed.
      ...rows.flatMap((r) => (perPerson(ctx, r.id) ? [{ text: `${supportName(r)}: ${perPerson(ctx, r.id)}.` }] : [])),
      ...discrepancyNotes(ctx, rows.map((r) => r.id)),
    ],
    rows: rows.map((r) => ({ category: supportName(r), value: r.persons!, rowIds: [r.id], ...qualifierProp(qualifierOf(ctx, r.id)) })),
    order: overlapping ? 'given' : 'value',
    // A bar is one activity of one period (Tết 2024 and Tết 2025 are two): «4 lần hỗ trợ», never «4 hình thức» (walk-through 34).
    categoryLabel: 'Lần hỗ trợ',
    additive: false,
    overlapping,
  };
}

/**
 * When the support chart shows several dates, its newest date's persons reached are cards too (money and items are
 * cards already): the newest support figure is before the fold, not only inside the folded chart.
 */
export function newestSupportFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  if (supportChart(ctx, areaId) === null) return [];
  return (newestOf(personRows(ctx, areaId)) ?? [])
    .filter((r) => r.amount_mvnd === null && r.quantity === null)
    .map((r) => ({ ...figureSource(ctx, areaId, r, r.effective_date), label: supportLabel(ctx, r), value: r.persons!, unit: 'person' as const }));
}

/** Money and items given, as figures (amounts are few and of different kinds: no chart). */
export function supportFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const rows = ofArea(rowsOf(ncutSupport(ctx.inputs)), areaId);
  const charted = supportChart(ctx, areaId) !== null;
  return rows
    .filter((r) => r.amount_mvnd !== null || r.quantity !== null || (!charted && r.persons !== null))
    .map((r) => ({
      ...figureSource(ctx, areaId, r, r.effective_date),
      label: `${supportLabel(ctx, r)}${r.persons !== null && (r.amount_mvnd !== null || r.quantity !== null) ? `, ${formatNumber(r.persons)} người` : ''}`,
      value: r.amount_mvnd ?? r.quantity ?? r.persons!,
      unit: r.amount_mvnd !== null ? ('mvnd' as const) : r.quantity !== null ? (r.quantity_unit === 'copy' ? ('copy' as const) : ('village' as const)) : ('person' as const),
    }));
}
