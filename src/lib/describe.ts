/**
 * A row in words: "Đã giải ngân · Năm 2023 · Tổng các nguồn · Vốn đầu tư phát
 * triển · Dự án 4". Built from the table definitions' labels and generated
 * period labels, so a new code or year needs no change here.
 */
import type { FieldDef, TableDef, TableName } from '../data/define.ts';
import { figureFields, UNITS, type UnitCode } from '../data/define.ts';
import { figureQualifier, qualified } from '../data/qualifier.ts';
import { formatValue } from '../core/format.ts';
import { periodLabel } from '../data/period.ts';
import { tableDef } from '../data/tables/index.ts';

type AnyRow = Record<string, unknown>;

/** The Vietnamese label of one cell (enum label, period label, or the value). */
function cellLabel(field: FieldDef, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field.type === 'enum') return field.labels[String(value)]?.vi ?? String(value);
  if (field.type === 'period') return periodLabel(String(value)).vi;
  return String(value);
}

export function fieldLabel(def: TableDef, field: string, value: unknown): string | null {
  const f = def.fields.find((x) => x.name === field);
  return f ? cellLabel(f, value) : value == null ? null : String(value);
}

/** The fields that say what a row measures, in reading order; "all"/"current" values are left out as noise. */
const DESCRIBING: Record<Exclude<TableName, 'areas' | 'reports' | 'projects'>, string[]> = {
  funding: ['measure', 'program', 'fund_year', 'budget_source', 'capital_type', 'tranche'],
  works: ['measure', 'program', 'work_type', 'batch', 'plan_version', 'capital_type'],
  poverty: ['measure', 'population_group', 'poverty_standard'],
  ncut: ['measure', 'provider', 'period'],
  indicators: ['label', 'period'],
  documents: ['doc_ref', 'date'],
  withdrawals: ['table', 'row_id'],
};

const QUIET = new Set(['all', 'current']);

/** What a row measures, in words (without area and project, which pages show beside it). */
export function describeRow(table: TableName, row: AnyRow): string {
  const def = tableDef(table);
  const fields = DESCRIBING[table as keyof typeof DESCRIBING] ?? [];
  const parts = fields
    .filter((f) => !QUIET.has(String(row[f])))
    .map((f) => {
      if (f === 'poverty_standard') return row[f] ? `chuẩn nghèo ${String(row[f]).replace('-', '–')}` : null;
      if (f === 'tranche') return row[f] ? `đợt ${row[f]}` : null;
      return fieldLabel(def, f, row[f]);
    })
    .filter((x): x is string => x !== null);
  if (table === 'poverty' && row.year_from != null) parts.push(`${row.year_from}–${row.year}`);
  else if (table === 'poverty') parts.push(`năm ${row.year}`);
  return parts.join(' · ');
}

/** The unit of a row's main figure. */
export function rowUnit(table: TableName, row: AnyRow, field?: string): UnitCode {
  const def = tableDef(table);
  const f = figureFields(def).find((x) => x.name === (field ?? x.name))!;
  if (f.unit) return f.unit;
  const unit = String(f.name === 'quantity' ? row.quantity_unit : row.unit);
  return unit in UNITS ? (unit as UnitCode) : 'unit';
}

/** A row's values in vi-VN with their units and qualifiers as printed ("trên 76%"), "; " between (a row may hold several). */
export function rowValues(table: TableName, row: AnyRow): string {
  return figureFields(tableDef(table))
    .filter((f) => typeof row[f.name] === 'number')
    .map((f) => {
      const unit = rowUnit(table, row, f.name);
      return qualified(formatValue(row[f.name] as number, unit, 6), figureQualifier(row, row[f.name] as number, unit === 'mvnd'));
    })
    .join('; ');
}
