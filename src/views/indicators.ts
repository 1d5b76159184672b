/** The reports' other figures of one topic, as headline figures (beneficiaries, progress…). */
import type { UnitCode } from '../data/define.ts';
import { rowsOf } from '../core/typed-table.ts';
import { indicatorsOf } from '../metrics/indicators.ts';
import { figureSource, periodText, type ViewContext } from './context.ts';
import type { FigureProps } from './figure.ts';

// Only the first letter: a school term keeps its Roman numeral («học kỳ I năm học 2022–2023»).
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

export function indicatorFigures(ctx: ViewContext, areaId: string, topic: string): FigureProps[] {
  return rowsOf(indicatorsOf(ctx.inputs, topic))
    .filter((r) => r.area_id === areaId)
    .map((r) => {
      const source = figureSource(ctx, areaId, r, r.effective_date);
      return {
        ...source,
        // An estimate dated by its report only is «theo báo cáo ngày …», not «ước đến ngày …» (walk-through 25: a
        // half-year's estimate was said to be «ước đến ngày 25/06/2025»); its qualifier says «ước».
        ...(r.figure_status === 'estimate' && source.dateKind !== 'report' ? { dateKind: 'estimate' as const } : {}),
        label: `${r.label} (${lowerFirst(periodText(r.period))})`,
        value: r.value,
        unit: r.unit as UnitCode,
      };
    });
}
