/**
 * The published shape of a table: its columns as defined, each code followed by
 * a column with its Vietnamese label (enum values, periods, area, project and
 * report names), so a reader of the CSV or XLSX never needs a lookup table.
 * Every download format and datapackage.json derive from these columns.
 */
import { UNITS, type FieldDef, type TableDef, type Text } from '../data/define.ts';
import type { Tables } from '../data/load.ts';
import { periodLabel } from '../data/period.ts';
import { datePhrase } from '../lib/format.ts';
import { qualifierField, rowQualifier, type Qualifier } from '../data/qualifier.ts';

export type Cell = string | number | null;
export type Row = Record<string, unknown>;

export interface Column {
  name: string;
  title: Text;
  description: Text;
  /** The defining field; absent for a label column. */
  field?: FieldDef;
  /** For a label column: the code column it names. */
  labelOf?: string;
  numeric: boolean;
  /** The row's property the cell comes from (the code, for a label column)… */
  source: string;
  /** …and the cell made from that property's value (writers that read the property themselves keep what repeats). */
  cellOf: (v: unknown) => Cell;
}

/** A column's cell of a row. */
export const cellValue = (c: Column, row: Row): Cell => c.cellOf(row[c.source]);

/** "Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 17/11/2023". */
export function reportLabel(r: { issuer: string; date: string }): string {
  return `${r.issuer}, báo cáo ${datePhrase(r.date)}`;
}

const nameMaps = new WeakMap<readonly object[], Map<string, string>>();

/** Names by id of a reference table, made once per table (per-report files ask for them thousands of times). */
function namesOf<T extends { id: string }>(rows: readonly T[], name: (r: T) => string): Map<string, string> {
  let m = nameMaps.get(rows);
  if (!m) nameMaps.set(rows, (m = new Map(rows.map((r) => [r.id, name(r)]))));
  return m;
}

function labeller(f: FieldDef, tables: Tables): ((code: string) => string) | null {
  if (f.type === 'enum') return (v) => f.labels[v]?.vi ?? v;
  if (f.type === 'period') {
    // Few distinct periods, many rows: each label is made once.
    const labels = new Map<string, string>();
    return (v) => {
      let l = labels.get(v);
      if (l === undefined) labels.set(v, (l = periodLabel(v).vi));
      return l;
    };
  }
  if (f.type === 'string' && f.ref === 'areas') {
    const names = namesOf(tables.areas, (a) => `${{ province: 'tỉnh', district: 'huyện', commune: 'xã' }[a.level]} ${a.name}`);
    return (v) => names.get(v) ?? v;
  }
  if (f.type === 'string' && f.ref === 'projects') {
    const names = namesOf(tables.projects, (p) => p.short_name);
    return (v) => names.get(v) ?? v;
  }
  if (f.type === 'string' && f.ref === 'reports') {
    const names = namesOf(tables.reports, reportLabel);
    return (v) => names.get(v) ?? v;
  }
  return null;
}

const qualifierMaps = new WeakMap<readonly object[], Map<string, Qualifier>>();

/** The qualified rows of a table by id (ids are its primary key), read once per table: the column's cells come from a row's id. */
function qualifiersOf(def: TableDef, tables: Tables): Map<string, Qualifier> {
  const rows = tables[def.name] as unknown as Row[];
  let m = qualifierMaps.get(rows);
  if (!m) {
    m = new Map();
    for (const r of rows) {
      const q = rowQualifier(def, r);
      if (q !== null) m.set(String(r.id), q);
    }
    qualifierMaps.set(rows, m);
  }
  return m;
}

/**
 * `qualifier` and `qualifier_label` after figure_text: how the report qualifies the figure ("trên", "khoảng"…),
 * derived in src/data/qualifier.ts, so a download never says more than the source.
 */
function qualifierColumns(def: TableDef, tables: Tables): Column[] {
  const of = qualifiersOf(def, tables);
  const f = qualifierField;
  return [
    { name: f.name, title: f.title, description: f.description, field: f, numeric: false, source: 'id', cellOf: (id) => of.get(String(id)) ?? null },
    {
      name: `${f.name}_label`,
      title: { vi: `${f.title.vi} (tên)`, en: `${f.title.en} (label)` },
      description: { vi: `Tên tiếng Việt của mã ở cột ${f.name}.`, en: `Vietnamese label of the code in ${f.name}.` },
      labelOf: f.name,
      numeric: false,
      source: 'id',
      cellOf: (id) => {
        const q = of.get(String(id));
        return q === undefined ? null : f.labels[q].vi;
      },
    },
  ];
}

const cell = (v: unknown): Cell => (v === undefined || v === null || v === '' ? null : typeof v === 'number' ? v : String(v));

/** The columns of a table as published, codes followed by their labels. */
export function publishedColumns(def: TableDef, tables: Tables): Column[] {
  const columns: Column[] = [];
  for (const f of def.fields) {
    const unit = f.type === 'number' && f.unit ? UNITS[f.unit] : null;
    columns.push({
      name: f.name,
      title: unit ? { vi: `${f.title.vi} (${unit.vi})`, en: `${f.title.en} (${unit.en})` } : f.title,
      description: f.description,
      field: f,
      numeric: f.type === 'number',
      source: f.name,
      cellOf: cell,
    });
    const label = labeller(f, tables);
    if (label) {
      const cellOf = (v: unknown) => (v === null || v === undefined || v === '' ? null : label(String(v)));
      columns.push({
        name: `${f.name}_label`,
        title: { vi: `${f.title.vi} (tên)`, en: `${f.title.en} (label)` },
        description: { vi: `Tên tiếng Việt của mã ở cột ${f.name}.`, en: `Vietnamese label of the code in ${f.name}.` },
        labelOf: f.name,
        numeric: false,
        source: f.name,
        cellOf,
      });
    }
    if (f.name === 'figure_text' && def.kind === 'observation') columns.push(...qualifierColumns(def, tables));
  }
  return columns;
}

/** The rows of a table as published cells, in column order. */
export function publishedRows(def: TableDef, tables: Tables): { columns: Column[]; rows: Cell[][] } {
  const columns = publishedColumns(def, tables);
  const rows = (tables[def.name] as unknown as Row[]).map((r) => columns.map((c) => cellValue(c, r)));
  return { columns, rows };
}
