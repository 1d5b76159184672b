/**
 * Global figure ids: every reported figure of every table has one stable id,
 * `<table>/<row id>` — or `<table>/<row id>/<field>` in a table whose rows carry
 * several figures (ncut: persons, quantity, amount). Row ids are unique within
 * their table, so these ids are unique across the whole data. Permalinks, MDX
 * pages and downloads cite figures by these ids.
 */
import { figureFields, UNITS, type NumberField, type TableDef, type TableName, type UnitCode } from './define.ts';
import { TABLES } from './tables/index.ts';
import { figureQualifier, type Qualifier } from './qualifier.ts';

export interface FigureRecord {
  id: string;
  table: TableName;
  rowId: string;
  field: string;
  value: number;
  unit: UnitCode;
  report_id: string;
  area_id: string;
  section: string;
  as_of: string | null;
  figure_text: string;
  figure_status: string;
  /** "trên", "khoảng", "ước"… as the report qualifies this figure (src/data/qualifier.ts). */
  qualifier: Qualifier | null;
}

type AnyRow = Record<string, unknown>;

export function figureId(table: TableName, rowId: string, field?: string): string {
  return field === undefined ? `${table}/${rowId}` : `${table}/${rowId}/${field}`;
}

/** The unit of one figure: fixed by its column, or given by the row's unit column. */
function unitOf(field: NumberField, row: AnyRow): UnitCode | null {
  if (field.unit) return field.unit;
  const unit = field.name === 'quantity' ? row.quantity_unit : row.unit;
  return typeof unit === 'string' && unit in UNITS ? (unit as UnitCode) : null;
}

/** Every figure of one table's rows, with its global id. */
export function figuresOf(def: TableDef, rows: readonly AnyRow[]): FigureRecord[] {
  const fields = figureFields(def);
  const several = fields.length > 1;
  const out: FigureRecord[] = [];
  for (const row of rows) {
    for (const field of fields) {
      const value = row[field.name];
      const unit = unitOf(field, row);
      if (typeof value !== 'number' || unit === null) continue;
      const rowId = String(row.id);
      out.push({
        id: figureId(def.name, rowId, several ? field.name : undefined),
        table: def.name,
        rowId,
        field: field.name,
        value,
        unit,
        report_id: String(row.report_id),
        area_id: String(row.area_id),
        section: String(row.section),
        as_of: typeof row.as_of === 'string' ? row.as_of : null,
        figure_text: String(row.figure_text),
        figure_status: String(row.figure_status),
        qualifier: figureQualifier(row, value, unit === 'mvnd'),
      });
    }
  }
  return out;
}

/** Every figure of the data, by global id. */
export function figureIndex(tables: Partial<Record<TableName, readonly unknown[]>>): Map<string, FigureRecord> {
  const index = new Map<string, FigureRecord>();
  for (const def of TABLES) {
    if (def.kind !== 'observation') continue;
    for (const f of figuresOf(def, (tables[def.name] ?? []) as AnyRow[])) index.set(f.id, f);
  }
  return index;
}
