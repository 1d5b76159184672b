/** The reports' other figures of one topic, as headline figures (beneficiaries, progress…). */
import type { UnitCode } from '../data/define.ts';
import { rowsOf } from '../core/typed-table.ts';
import { indicatorsOf } from '../metrics/indicators.ts';
import { figureSource, periodText, type ViewContext } from './context.ts';
import type { FigureProps } from './figure.ts';

export function indicatorFigures(ctx: ViewContext, areaId: string, topic: string): FigureProps[] {
  return rowsOf(indicatorsOf(ctx.inputs, topic))
    .filter((r) => r.area_id === areaId)
    .map((r) => ({
        ...figureSource(ctx, areaId, r, r.effective_date),
        ...(r.figure_status === 'estimate' ? { dateKind: 'estimate' as const } : {}),
        label: `${r.label} (${periodText(r.period).toLocaleLowerCase('vi')})`,
        value: r.value,
        unit: r.unit as UnitCode,
    }));
}
