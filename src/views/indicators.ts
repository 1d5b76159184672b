/** The reports' other figures of one topic, as headline figures (beneficiaries, progress…). */
import type { UnitCode } from '../data/define.ts';
import { rowsOf } from '../lib/typed-table.ts';
import { indicatorsOf } from '../metrics/indicators.ts';
import { areaPhrase, discrepancyNotes, periodText, reportName, sourceLink, type ViewContext } from './context.ts';
import type { FigureProps } from './figure.ts';

export function indicatorFigures(ctx: ViewContext, areaId: string, topic: string): FigureProps[] {
  return rowsOf(indicatorsOf(ctx.inputs, topic))
    .filter((r) => r.area_id === areaId)
    .map((r) => {
      const [note] = discrepancyNotes(ctx, [r.id]);
      return {
        id: `so-lieu-${r.id}`,
        label: `${r.label} (${periodText(r.period).toLocaleLowerCase('vi')})`,
        value: r.value,
        unit: r.unit as UnitCode,
        asOf: r.effective_date,
        area: areaPhrase(ctx, areaId),
        href: sourceLink(r.report_id, r.id),
        sourceLabel: `Nguồn: ${reportName(ctx, r.report_id)}`,
        ...(note ? { note: { text: note.text, href: note.href } } : {}),
      };
    });
}
