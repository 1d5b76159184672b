/**
 * The lines of a report's source rows as HTML, for ReportRows.astro. A build
 * writes hundreds of thousands of these at national scale; one string per row
 * is several times faster than Astro rendering each cell as an expression.
 * Every value is escaped here, since the component inserts the result as HTML.
 */
import type { TableName } from '../data/define.ts';
import { figureFields } from '../data/define.ts';
import { figureQualifier, qualified } from '../data/qualifier.ts';
import { TABLES } from '../data/tables/index.ts';
import { describeRow, rowUnit } from '../lib/describe.ts';
import { formatValue } from '../core/format.ts';
import { areaHref, discrepancyHref } from '../lib/links.ts';
import { url } from '../lib/nav.ts';
import type { SourceRow } from '../lib/report-index.ts';

export type ReportRow = SourceRow & { section: string; figure_text: string; figure_status: string; note: string | null };

export interface RowNames {
  area: ReadonlyMap<string, string>;
  project: ReadonlyMap<string, string>;
  /** Row id → the discrepancy it is part of. */
  findingOf: ReadonlyMap<string, string>;
}

const namesByTables = new WeakMap<object, Pick<RowNames, 'area' | 'project'>>();

/** Area and project names by id, made once per tables object (every page of rows needs them). */
export function namesOf(tables: { areas: readonly { id: string; name: string }[]; projects: readonly { id: string; short_name: string }[] }): Pick<RowNames, 'area' | 'project'> {
  let names = namesByTables.get(tables);
  if (!names) namesByTables.set(tables, (names = { area: new Map(tables.areas.map((a) => [a.id, a.name])), project: new Map(tables.projects.map((p) => [p.id, p.short_name])) }));
  return names;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** The figure's values in vi-VN with their units and qualifiers, "; " between (a row may hold several). */
function values(table: TableName, row: ReportRow): string {
  const def = TABLES.find((t) => t.name === table)!;
  return figureFields(def)
    .filter((f) => typeof row[f.name] === 'number')
    .map((f) => {
      const unit = rowUnit(table, row, f.name);
      // Qualified as printed ("trên 76%"): the value column says no more than the report.
      return qualified(formatValue(row[f.name] as number, unit, 6), figureQualifier(row, row[f.name] as number, unit === 'mvnd'));
    })
    .join('; ');
}

/** One <tr> per row: section, area, what it measures, value, and the figure as printed with its flags. */
export function rowsHtml(table: TableName, rows: readonly ReportRow[], names: RowNames): string {
  let html = '';
  for (const row of rows) {
    const id = escapeHtml(row.id);
    const project = typeof row.project_id === 'string' ? ` · ${escapeHtml(names.project.get(row.project_id) ?? row.project_id)}` : '';
    const note = row.note ? `<span class="note">${escapeHtml(row.note)}</span>` : '';
    const finding = names.findingOf.get(row.id);
    html +=
      `<tr id="${id}">` +
      `<td>${escapeHtml(row.section)}</td>` +
      `<td><a href="${escapeHtml(url(areaHref(row.area_id)))}">${escapeHtml(names.area.get(row.area_id) ?? row.area_id)}</a></td>` +
      `<td>${escapeHtml(describeRow(table, row))}${project}${note}<span class="rowid">Mã dòng: <a href="#${id}">${id}</a></span></td>` +
      `<td class="num">${escapeHtml(values(table, row))}</td>` +
      `<td>“${escapeHtml(row.figure_text)}”` +
      (row.figure_status === 'malformed' ? '<span class="flag">in sai trong báo cáo</span>' : '') +
      (row.figure_status === 'estimate' ? '<span class="flag">ước tính</span>' : '') +
      (finding ? `<a class="flag" href="${escapeHtml(url(discrepancyHref(finding)))}">xem chênh lệch</a>` : '') +
      '</td></tr>';
  }
  return html;
}
