/** The reports' other figures of one topic, as headline figures (beneficiaries, progress…). */
import type { UnitCode } from '../data/define.ts';
import { indicators } from '../data/tables/indicators.ts';
import { rowsOf } from '../core/typed-table.ts';
import { indicatorsOf } from '../metrics/indicators.ts';
import { figureSource, periodText, rowOf, type ViewContext } from './context.ts';
import type { FigureProps } from './figure.ts';
import { PERCENT_READ_AS_POINTS, readAsPoints } from './poverty.ts';

// Only the first letter: a school term keeps its Roman numeral («học kỳ I năm học 2022–2023»).
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * A works indicator of NTP 1719's own infrastructure, not of plan 511: its code starts with `ntp1719_` (data/README.md).
 * /cong-trinh/ puts a province's other works indicators in its plan 511 section, these in its NTP 1719 section.
 */
export const ntp1719Works = (indicator: string): boolean => indicator.startsWith('ntp1719_');

/**
 * The indicators that are stocks (a count at a date: «tính đến nay», «lũy kế»), from the definitions' `sums.stocks`:
 * their period says when the count was made, not what it counts, so a card names no period beside them (walk-through
 * of issue 22: «114 xã … (năm 2023)» read as the communes of one year); the card's date says when it is true.
 */
const STOCKS = new Set<string>(indicators.sums.stocks.indicator);

export function indicatorFigures(ctx: ViewContext, areaId: string, topic: string, keep: (indicator: string) => boolean = () => true): FigureProps[] {
  return rowsOf(indicatorsOf(ctx.inputs, topic))
    .filter((r) => r.area_id === areaId && keep(r.indicator))
    .map((r) => {
      const source = figureSource(ctx, areaId, r, r.effective_date);
      // A poverty fall in points printed as «%» («hơn 10%» for a commune's fall): read as the poverty cards read it, and said.
      const points = topic === 'poverty' && (r.unit === 'pp' || r.unit === 'pp_per_year') && readAsPoints(String(rowOf(ctx, 'indicators', r.id)?.figure_text ?? ''));
      return {
        ...source,
        ...(points ? { notes: [...(source.notes ?? []), { text: PERCENT_READ_AS_POINTS, onPaper: true }] } : {}),
        // An estimate dated by its report only is «theo báo cáo ngày …», not «ước đến ngày …» (walk-through 25: a
        // half-year's estimate was said to be «ước đến ngày 25/06/2025»); its qualifier says «ước».
        ...(r.figure_status === 'estimate' && source.dateKind !== 'report' ? { dateKind: 'estimate' as const } : {}),
        label: STOCKS.has(r.indicator) ? r.label : `${r.label} (${lowerFirst(periodText(r.period))})`,
        value: r.value,
        unit: r.unit as UnitCode,
      };
    });
}
