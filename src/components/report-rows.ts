/**
 * The lines of a report's source rows as HTML, for ReportRows.astro. A build
 * writes hundreds of thousands of these at national scale; one string per row
 * is several times faster than Astro rendering each cell as an expression.
 * Every value is escaped here, since the component inserts the result as HTML.
 */
import type { TableName } from '../data/define.ts';
import { describeRow, rowUnit, rowValues } from '../lib/describe.ts';
import { formatDate, formatValue } from '../core/format.ts';
import { discrepancyHref, type SitePaths } from '../lib/links.ts';
import { url } from '../lib/nav.ts';
import type { SourceRow } from '../lib/report-index.ts';
import type { RowFinding } from '../lib/report-page.ts';

export type ReportRow = SourceRow & { section: string; figure_text: string; figure_status: string; note: string | null };

export interface RowNames {
  area: ReadonlyMap<string, string>;
  project: ReadonlyMap<string, string>;
  /** "table\u0000row id" → the decisions that changed the published row (withdrawals.csv), latest last. */
  corrected: ReadonlyMap<string, { date: string; reason: string }>;
  /** "table\u0000row id" → the figure the row was first published with, where a correction changed it (the changelog). */
  was?: ReadonlyMap<string, { field: string; value: string }>;
  /** Row id → the discrepancy it is part of. */
  findingOf: ReadonlyMap<string, RowFinding>;
  /** Where each area's line links. */
  paths: SitePaths;
}

type Names = Pick<RowNames, 'area' | 'project' | 'corrected'>;
const namesByTables = new WeakMap<object, Names>();

/** Area and project names by id, and the rows changed by a decision, made once per tables object (every page of rows needs them). */
export function namesOf(tables: {
  areas: readonly { id: string; name: string }[];
  projects: readonly { id: string; short_name: string }[];
  withdrawals?: readonly { row_id: string; table: string; date: string; reason: string }[];
}): Names {
  let names = namesByTables.get(tables);
  if (!names) {
    const corrected = new Map((tables.withdrawals ?? []).toSorted((a, b) => (a.date < b.date ? -1 : 1)).map((w) => [`${w.table}\u0000${w.row_id}`, { date: w.date, reason: w.reason }]));
    namesByTables.set(tables, (names = { area: new Map(tables.areas.map((a) => [a.id, a.name])), project: new Map(tables.projects.map((p) => [p.id, p.short_name])), corrected }));
  }
  return names;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);


/** « (trước là 36.557 triệu đồng)»: the figure a corrected row was published with, in the row's unit. */
function wasText(table: TableName, row: ReportRow, was: { field: string; value: string } | undefined): string {
  if (!was || was.value === '' || !Number.isFinite(Number(was.value))) return '';
  return ` (trước là ${formatValue(Number(was.value), rowUnit(table, row, was.field), 6)})`;
}

/** One <tr> per row: section, area, what it measures, value, and the figure as printed with its flags. */
export function rowsHtml(table: TableName, rows: readonly ReportRow[], names: RowNames): string {
  let html = '';
  for (const row of rows) {
    const id = escapeHtml(row.id);
    const project = typeof row.project_id === 'string' ? ` · ${escapeHtml(names.project.get(row.project_id) ?? row.project_id)}` : '';
    const note = row.note ? `<span class="note">${escapeHtml(row.note)}</span>` : '';
    const finding = names.findingOf.get(row.id);
    const fix = names.corrected.get(`${table}\u0000${row.id}`);
    // The figure's own date, where it has one: two figures of one report side by side (a correction of 30/11/2023
    // beside the count of 31/12/2024) are told apart (walk-through 13).
    // An estimate is for a day its report had not reached: «Ước đến», as on its card.
    const asOf = typeof row.as_of === 'string' && row.as_of ? `<span class="asof">${row.figure_status === 'estimate' ? 'Ước đến' : 'Tính đến'} ${escapeHtml(formatDate(row.as_of))}</span>` : '';
    html +=
      `<tr id="${id}">` +
      `<td>${escapeHtml(row.section)}</td>` +
      `<td><a href="${escapeHtml(url(names.paths.areaHref(row.area_id)))}">${escapeHtml(names.area.get(row.area_id) ?? row.area_id)}</a></td>` +
      `<td>${escapeHtml(describeRow(table, row))}${project}${note}${asOf}<span class="rowid">Mã dòng: <a href="#${id}">${id}</a></span></td>` +
      `<td class="num">${escapeHtml(rowValues(table, row))}</td>` +
      `<td>“${escapeHtml(row.figure_text)}”` +
      (row.figure_status === 'malformed' ? '<span class="flag">in sai trong báo cáo</span>' : '') +
      (row.figure_status === 'estimate' ? '<span class="flag">ước tính</span>' : '') +
      (finding ? `<a class="flag" href="${escapeHtml(url(discrepancyHref(finding.id)))}">${escapeHtml(finding.text)}</a>` : '') +
      // A published row changed by a decision (withdrawals.csv): a reader who quoted the old figure sees why.
      (fix ? `<a class="flag" href="${escapeHtml(url('/du-lieu/#rut-lai'))}">đã sửa ngày ${escapeHtml(formatDate(fix.date))}${escapeHtml(wasText(table, row, names.was?.get(`${table}\u0000${row.id}`)))}: ${escapeHtml(fix.reason)}</a>` : '') +
      '</td></tr>';
  }
  return html;
}
