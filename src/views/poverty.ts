/** Hộ nghèo: rates as reported (sparse, never joined across standards) and the reported decreases. */
import type { BarsSpec, SeriesSpec } from '../charts/index.ts';
import { combineQualifiers, qualified } from '../data/qualifier.ts';
import { formatNumber } from '../core/format.ts';
import { printedDecimals, round } from '../data/precision.ts';
import { rowsOf } from '../core/typed-table.ts';
import { povertyChanges, povertyRates, type PovertyChange, type PovertyPoint } from '../metrics/poverty.ts';
import { areaPhrase, discrepancyNotes, figureSource, groupLabel, knownToProp, latestDate, ofArea, qualifierOf, qualifierProp, rowOf, sourcesOf, type ViewContext } from './context.ts';
import type { FigureProps } from './figure.ts';
import { enumText } from '../data/define.ts';
import { poverty } from '../data/tables/index.ts';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const span = (p: string) => p.replace('-', '–');

const WHOLE: Readonly<Record<string, string>> = { province: 'Toàn tỉnh', district: 'Toàn huyện', commune: 'Toàn xã' };

/** A group's name for an area: the whole area is «Toàn tỉnh», «Toàn huyện», as reports say (walk-through 36), not «Toàn địa bàn». */
function groupName(ctx: ViewContext, code: string, areaId: string, form: 'vi' | 'short' = 'vi'): string {
  if (code !== 'toan_dia_ban') return enumText(poverty, 'population_group', code, form);
  return WHOLE[ctx.data.tables.areas.find((a) => a.id === areaId)?.level ?? ''] ?? groupLabel(code);
}

/** "Các xã đặc biệt khó khăn (chuẩn nghèo 2016–2020)": what makes a series comparable, in words. */
function seriesName(ctx: ViewContext, p: Pick<PovertyPoint, 'area_id' | 'population_group' | 'poverty_standard' | 'commune_list' | 'communes'>): string {
  const list = p.commune_list !== p.poverty_standard ? `, danh sách xã ${span(p.commune_list)}` : '';
  const communes = p.communes !== null ? `, ${formatNumber(p.communes)} xã` : '';
  return `${groupName(ctx, p.population_group, p.area_id)} (chuẩn nghèo ${span(p.poverty_standard)}${list}${communes})`;
}

/** Poverty rates by year: dots only (no line implies years in between), one series per group and standard. */
export function ratesChart(ctx: ViewContext, areaId: string, id = 'ty-le-ho-ngheo'): SeriesSpec | null {
  const rows = ofArea(rowsOf(povertyRates(ctx.inputs)), areaId);
  if (rows.length === 0) return null;
  const bySeries = Map.groupBy(rows, (r) => r.series);
  const pct = (r: { value: number; id: string }) => qualified(`${formatNumber(r.value, 2)}%`, qualifierOf(ctx, r.id));
  const falls = [...bySeries.values()]
    .filter((pts) => pts.length > 1)
    .map((pts) => ({ name: groupName(ctx, pts[0]!.population_group, areaId), from: pts[0]!, to: pts.at(-1)! }));
  // Two lines on a phone: one group's fall in numbers; several groups that all fell, in words (the numbers are
  // on the chart and in its description).
  const years = new Set(falls.map((f) => `${f.from.year}–${f.to.year}`));
  // A rate that rose is not said to have gone down: "xuống" for a fall, "lên" for a rise, "đến" for the same rate.
  const move = (f: (typeof falls)[number]) =>
    `${f.name}: từ ${pct(f.from)} (${f.from.year}) ${f.to.value < f.from.value ? 'xuống' : f.to.value > f.from.value ? 'lên' : 'đến'} ${pct(f.to)} (${f.to.year})`;
  const title =
    falls.length === 1
      ? move(falls[0]!)
      : falls.length > 1 && falls.every((f) => f.to.value < f.from.value)
        ? `Tỷ lệ hộ nghèo giảm ở cả ${falls.length} nhóm địa bàn${years.size === 1 ? ` (${[...years][0]})` : ''}`
        : falls.length > 1
          ? falls.map(move).join('; ')
          : 'Tỷ lệ hộ nghèo theo năm báo cáo nêu';
  return {
    kind: 'series',
    id,
    title,
    subtitle: `Tỷ lệ hộ nghèo (%), chỉ các năm báo cáo nêu, ${areaPhrase(ctx, areaId)}`,
    unit: 'percent',
    ...yearDates(ctx, rows),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      { text: 'Chỉ có số liệu của những năm báo cáo nêu; các năm ở giữa không có số liệu nên không vẽ đường nối. Tỷ lệ đo theo chuẩn nghèo hoặc danh sách xã khác nhau là các chuỗi riêng.' },
      ...discrepancyNotes(ctx, rows.map((r) => r.id)),
    ],
    rows: rows.map((r) => ({ date: String(r.year), series: seriesName(ctx, r), value: r.value, rowIds: [r.id], ...qualifierProp(qualifierOf(ctx, r.id)) })),
    join: false,
  };
}

/** A chart of years' figures: dated by the newest year, and known to its report's day when that is earlier. */
function yearDates(ctx: ViewContext, rows: readonly { report_id: string; year: number }[]): { asOf: string; knownTo?: string } {
  const dated = rows.map((r) => ({ report_id: r.report_id, date: String(r.year) }));
  const asOf = latestDate(dated.map((r) => r.date));
  return { asOf, ...knownToProp(ctx, dated, asOf) };
}

const CHANGE_LABEL: Record<string, string> = {
  decrease_avg_per_year: 'giảm bình quân mỗi năm',
  decrease_yoy: 'giảm so với năm trước',
};

/**
 * The reported decreases, one chart per measure (percentage points per year vs percentage points). Decreases of
 * different years are never read as one year's: each bar then names its years, the subtitle names none, and the
 * title is the latest year's fastest fall.
 */
export function decreaseChart(ctx: ViewContext, areaId: string, measure: string, id: string): BarsSpec | null {
  const rows = ofArea(rowsOf(povertyChanges(ctx.inputs)), areaId).filter((r) => r.measure === measure);
  if (rows.length === 0) return null;
  const period = (r: PovertyChange) => (measure === 'decrease_yoy' ? `năm ${r.year} so với ${r.year_from}` : `${r.year_from}–${r.year}`);
  const periods = [...new Set(rows.map(period))];
  const latestYear = Math.max(...rows.map((r) => r.year));
  const latest = rows.filter((r) => r.year === latestYear);
  const top = latest.toSorted((a, b) => b.value - a.value)[0]!;
  const unit = measure === 'decrease_avg_per_year' ? 'pp_per_year' : 'pp';
  const sizeOf = (r: PovertyChange) => `${qualified(formatNumber(r.value, 2), qualifierOf(ctx, r.id))} điểm %${measure === 'decrease_avg_per_year' ? '/năm' : ''}`;
  const size = sizeOf(top);
  const several = periods.length > 1;
  return {
    kind: 'bars',
    id,
    // Several groups of one period are named each with its fall, never ranked: the groups overlap (the extremely
    // disadvantaged communes are within the ethnic-minority area), and a fall in points is not a fall in proportion
    // (a fact-checker's finding: «Các xã đặc biệt khó khăn giảm nhanh nhất»). One group's fall is the rate's fall.
    title: several
      ? `${upperFirst(period(top))}: ${lowerFirst(groupName(ctx, top.population_group, top.area_id))} giảm ${size}`
      : latest.length > 1
        ? latest.map((r, i) => `${i === 0 ? upperFirst(groupName(ctx, r.population_group, r.area_id, 'short')) + ' giảm' : groupName(ctx, r.population_group, r.area_id, 'short')} ${sizeOf(r)}`).join(', ')
        : `Tỷ lệ hộ nghèo giảm ${size}`,
    subtitle: `Tỷ lệ hộ nghèo ${CHANGE_LABEL[measure] ?? measure} (điểm phần trăm${measure === 'decrease_avg_per_year' ? '/năm' : ''}), ${several ? 'từng kỳ' : period(rows[0]!)}, ${areaPhrase(ctx, areaId)}, như báo cáo nêu`,
    unit,
    ...yearDates(ctx, rows),
    sources: sourcesOf(ctx, rows.map((r) => r.report_id)),
    notes: [
      // Only where a report printed the fall as «%» (most do): a report that writes «điểm phần trăm» needs no such word.
      ...(rows.some((r) => printedAsPercent(ctx, r.id)) ? [{ text: PERCENT_READ_AS_POINTS }] : []),
      ...discrepancyNotes(ctx, rows.map((r) => r.id)),
    ],
    // Several periods: each bar names its own, in time order (a ranking would mix the years).
    rows: (several ? rows.toSorted((a, b) => a.year - b.year || a.year_from - b.year_from) : rows).map((r) => ({
      category: several ? `${seriesName(ctx, r)}, ${period(r)}` : seriesName(ctx, r),
      value: r.value,
      rowIds: [r.id],
      ...qualifierProp(qualifierOf(ctx, r.id)),
    })),
    order: several ? 'given' : 'value',
    categoryLabel: several ? 'Nhóm địa bàn và kỳ' : 'Nhóm địa bàn',
  };
}

/** A decrease whose printed text gives it in «%» rather than in «điểm phần trăm». */
function printedAsPercent(ctx: ViewContext, id: string): boolean {
  return readAsPoints(String(rowOf(ctx, 'poverty', id)?.figure_text ?? ''));
}

/** Whether a fall of the poverty rate shown in points was printed as «%» (its card then says how it is read). */
export const readAsPoints = (figureText: string) => figureText.includes('%') && !/điểm/i.test(figureText);

/**
 * How the page reads a fall printed as «%»: said under its chart and its card, wherever the figure goes. Short enough
 * for the three lines a brief's card gives a note on paper (why points: data/README.md).
 */
export const PERCENT_READ_AS_POINTS =
  'Báo cáo in mức giảm bằng “%” mà không nói rõ; trang đọc là điểm phần trăm của tỷ lệ hộ nghèo, không phải phần trăm của số hộ.';

/**
 * The latest reported decrease per group, as headline figures, and the latest rate of each series of that year or
 * later (9,87% beside its fall of 2,15 points, walk-through 12); an area whose reports give only rates (a new
 * district: «từ 9,82% cuối năm 2023 xuống 7,15% cuối năm 2024») gets its latest rate per series.
 */
export function povertyFigures(ctx: ViewContext, areaId: string): FigureProps[] {
  const rows = ofArea(rowsOf(povertyChanges(ctx.inputs)), areaId);
  if (rows.length === 0) return rateFigures(ctx, areaId);
  const latestYear = Math.max(...rows.map((r) => r.year));
  // Older rates (2015, 2020 beside a 2022 fall) are the rates chart's. A rate whose fall on the year before the
  // report prints (walk-through 13: 14,62%, «giảm 4,05 điểm phần trăm») does not work that fall out again.
  const printed = new Set(rows.filter((r) => r.year === latestYear && r.measure === 'decrease_yoy').map((r) => r.population_group));
  const rates = rateFigures(ctx, areaId, (group) => printed.has(group)).filter((f) => Number(f.asOf) >= latestYear);
  const changes = rows
    .filter((r) => r.year === latestYear)
    .map((r) => {
      const source = figureSource(ctx, areaId, r, String(r.year));
      // «2,35%» shown as 2,35 điểm phần trăm: the card, its share card and its brief say it is the page's reading.
      const reading = printedAsPercent(ctx, r.id) ? { notes: [...(source.notes ?? []), { text: PERCENT_READ_AS_POINTS, onPaper: true }] } : {};
      return {
        ...source,
        ...reading,
        label: `Tỷ lệ hộ nghèo ${lowerFirst(groupName(ctx, r.population_group, r.area_id))}${r.communes !== null ? ` (${formatNumber(r.communes)} xã)` : ''} ${CHANGE_LABEL[r.measure] ?? r.measure}, ${r.measure === 'decrease_yoy' ? `năm ${r.year}` : `${r.year_from}–${r.year}`}`,
        value: r.value,
        unit: r.unit as 'pp' | 'pp_per_year',
      };
    });
  // The rate first, then its printed fall, on every page (walk-throughs 31, 35: «giảm 4,12» read before the 14,25% it led to).
  return [...rates, ...changes];
}

/**
 * The latest rate of each series (one group, standard and commune list), with the year before it in the same
 * series: the difference is the page's own, in percentage points, and says so.
 */
function rateFigures(ctx: ViewContext, areaId: string, fallPrinted: (group: string) => boolean = () => false): FigureProps[] {
  const rows = ofArea(rowsOf(povertyRates(ctx.inputs)), areaId);
  return [...Map.groupBy(rows, (r) => r.series).values()].map((points) => {
    const sorted = points.toSorted((a, b) => a.year - b.year);
    const last = sorted.at(-1)!;
    const before = sorted.length > 1 && !fallPrinted(sorted.at(-1)!.population_group) ? sorted.at(-2)! : undefined;
    const pct = (r: typeof last) => qualified(`${formatNumber(r.value, 2)}%`, qualifierOf(ctx, r.id));
    const diff = before ? last.value - before.value : 0;
    // To the coarser of the two rates as printed: 3,12% less «khoảng 2,4%» is «khoảng 0,7», never 0,72 (walk-through 27).
    const printed = (r: typeof last) => printedDecimals(String(rowOf(ctx, 'poverty', r.id)?.figure_text ?? ''), r.value);
    const size = before ? qualified(formatNumber(round(Math.abs(diff), Math.min(2, printed(last), printed(before))), 2), combineQualifiers([qualifierOf(ctx, last.id)], [qualifierOf(ctx, before.id)])) : '';
    return {
      ...figureSource(ctx, areaId, last, String(last.year), before ? [before.id] : []),
      label: `Tỷ lệ hộ nghèo ${lowerFirst(seriesName(ctx, last))}, năm ${last.year}`,
      value: last.value,
      unit: 'percent' as const,
      ...qualifierProp(qualifierOf(ctx, last.id)),
      // A difference of two rates of one series, worked out by the page (percentage points, not percent).
      ...(before
        ? { change: diff === 0 ? `bằng năm ${before.year} (${pct(before)})` : `${diff < 0 ? 'giảm' : 'tăng'} ${size} điểm phần trăm so với năm ${before.year} (${pct(before)}), trang tự tính` }
        : {}),
    };
  });
}

export const povertyMeasures = (ctx: ViewContext, areaId: string) =>
  [...new Set(ofArea(rowsOf(povertyChanges(ctx.inputs)), areaId).map((r) => r.measure))];
