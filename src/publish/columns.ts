/**
 * The published shape of a table: its columns as defined, each code followed by
 * a column with its Vietnamese label (enum values, periods, area, project and
 * report names), so a reader of the CSV or XLSX never needs a lookup table.
 * Every download format and datapackage.json derive from these columns.
 */
import { parentsOf, sumExample, sumGroups } from '../data/additivity.ts';
import { UNITS, type FieldDef, type TableDef, type Text } from '../data/define.ts';
import type { Tables } from '../data/load.ts';
import { periodLabel } from '../data/period.ts';
import { datePhrase, formatNumber } from '../core/format.ts';
import { qualifierField, rowQualifier, type Qualifier } from '../data/qualifier.ts';
import { correctedRows, ratesOnCorrected } from '../data/corrections.ts';

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
  /** For a column made from the whole row (which rows may be added): used instead of `source` and `cellOf`. */
  ofRow?: (row: Row) => Cell;
}

/** A column's cell of a row. */
export const cellValue = (c: Column, row: Row): Cell => (c.ofRow ? c.ofRow(row) : c.cellOf(row[c.source]));

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

const groupMaps = new WeakMap<readonly object[], (row: Row) => string | null>();

/** The sum group of each row of a table (data/additivity.ts), worked out once per table. */
function sumGroupsOf(def: TableDef, tables: Tables): (row: Row) => string | null {
  const rows = tables[def.name] as unknown as Row[];
  let of = groupMaps.get(rows);
  if (!of) groupMaps.set(rows, (of = sumGroups(def, rows, parentsOf({ areas: tables.areas, projects: tables.projects }))));
  return of;
}

export const SUM_GROUP_FIELD = {
  name: 'sum_group',
  type: 'string',
  title: { vi: 'Nhóm cộng được', en: 'Summable group' },
  description: {
    vi: 'Các dòng có cùng mã ở cột này cộng được với nhau: cùng một báo cáo, cùng đại lượng và đơn vị, cùng thời điểm (cột as_of), ngang hàng nhau (các huyện với nhau, các loại vốn với nhau, các năm với nhau), không dòng nào nằm trong dòng khác. Dòng của hai nhóm khác nhau có thể chồng lấn (một tổng và các phần của nó, số của hai báo cáo về cùng một khoản): đừng cộng chúng. Để trống: không cộng với dòng nào (tỷ lệ, hoặc con số nhắc lại một dòng khác của cùng báo cáo). Do trang tính từ định nghĩa bảng, không nhập tay.',
    en: 'Rows with the same code here may be added: one report, one measure and unit, one date (as_of), peers (districts with districts, capital types with capital types, years with years), none inside another. Rows of two different groups may overlap (a total and its parts, two reports on the same funds): do not add them. Blank: not to be added to any row (a rate, or a figure repeating another row of the same report). Derived from the table definitions, not entered.',
  },
} as const satisfies FieldDef;

/** A column the site works out from the whole row (not a cell staff type): its field, and the cell of a row. */
function derivedColumn(f: FieldDef, ofRow: (row: Row) => Cell): Column {
  return { name: f.name, title: f.title, description: f.description, field: f, numeric: false, source: 'id', cellOf: () => null, ofRow };
}

/** `sum_group`: which rows of an observation table may be added (data/additivity.ts), so a spreadsheet total means something. */
const sumGroupColumn = (def: TableDef, tables: Tables): Column => derivedColumn(SUM_GROUP_FIELD, sumGroupsOf(def, tables));

const CORRECTED_BY_FIELD = {
  name: 'corrected_by',
  type: 'string',
  title: { vi: 'Được đính chính bởi dòng', en: 'Corrected by row' },
  description: {
    vi: 'Mã dòng của một báo cáo sau đính chính con số này (cùng số liệu, cùng thời điểm, số khác; ghi chú của dòng đó bắt đầu bằng «Đính chính»), hay đính chính số tiền mà tỷ lệ này in bên cạnh (tỷ lệ khi đó là của số cũ, đừng trích cùng số đã đính chính). Dòng này vẫn giữ đúng như báo cáo cũ in; trang web dùng số của dòng đính chính. Để trống: chưa báo cáo nào đính chính. Do trang tính, không nhập tay.',
    en: 'Id of the row of a later report that corrects this figure (same figure, same date, another value; that row\'s note begins «Đính chính»), or corrects the amount this rate is printed beside (the rate is then the old figure\'s: do not quote it with the corrected one). This row stays as the earlier report printed it; the site uses the correcting row. Blank: not corrected. Derived, not entered.',
  },
} as const satisfies FieldDef;

/** `corrected_by`: the later report's row that corrects this one (data/corrections.ts), so an old figure is never quoted as current. */
function correctedByColumn(def: TableDef, tables: Tables): Column {
  const rows = tables[def.name] as unknown as readonly Row[];
  const reports = tables.reports as unknown as readonly Row[];
  const by = correctedRows(def, rows, reports);
  // A rate printed beside a corrected amount is the old report's, no longer the amount's: marked the same way.
  const rates = ratesOnCorrected(def, rows, reports);
  return derivedColumn(CORRECTED_BY_FIELD, (row) => by.get(String(row.id)) ?? rates.get(String(row.id)) ?? null);
}

const REPORT_CAVEAT_FIELD = {
  name: 'report_caveat',
  type: 'string',
  title: { vi: 'Lưu ý về mọi số liệu của báo cáo', en: 'Caveat on every figure of the report' },
  description: {
    vi: 'Lưu ý mà nhóm biên tập ghi cho mọi con số của báo cáo nguồn (cột figures_note của reports.csv), ví dụ khi tiêu đề và đoạn mở đầu của báo cáo ghi hai tháng khác nhau: trích con số của dòng này thì nêu cả lưu ý. Để trống: báo cáo không có lưu ý như vậy. Do trang lấy từ reports.csv, không nhập ở bảng này.',
    en: 'The caveat the editors wrote on every figure of the source report (reports.csv figures_note), e.g. when its title and opening give two different months: quote it with this row\'s figure. Blank: no such caveat. Taken from reports.csv, not entered in this table.',
  },
} as const satisfies FieldDef;

/** `report_caveat`: the caveat on all the figures of the row's report, so it reaches a download as it reaches a card. */
function reportCaveatColumn(tables: Tables): Column {
  const caveats = new Map(tables.reports.flatMap((r) => (r.figures_note ? [[r.id, r.figures_note] as const] : [])));
  return derivedColumn(REPORT_CAVEAT_FIELD, (row) => caveats.get(String(row.report_id)) ?? null);
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
    if (f.name === 'figure_text' && def.kind === 'observation') {
      columns.push(...qualifierColumns(def, tables));
      if (def.sums) columns.push(sumGroupColumn(def, tables));
      columns.push(correctedByColumn(def, tables));
      columns.push(reportCaveatColumn(tables));
    }
  }
  return columns;
}

/** The rows of a table as published cells, in column order. */
export function publishedRows(def: TableDef, tables: Tables): { columns: Column[]; rows: Cell[][] } {
  const columns = publishedColumns(def, tables);
  const rows = (tables[def.name] as unknown as Row[]).map((r) => columns.map((c) => cellValue(c, r)));
  return { columns, rows };
}

/**
 * How to total rows of a download, shown on one real case of the data (the funding table): a report's stated
 * total, and the rows of one sum group that add up to it. Null when the data holds no such case.
 */
export function sumExampleText(def: TableDef, tables: Tables): { vi: string; en: string } | null {
  const rows = tables[def.name] as unknown as Row[];
  if (def.kind !== 'observation' || !def.sums) return null;
  const groupOf = sumGroupsOf(def, tables);
  const example = sumExample(def, rows, parentsOf({ areas: tables.areas, projects: tables.projects }), groupOf);
  if (!example) return null;
  const { total, parts } = example;
  const unit = typeof total.unit === 'string' && total.unit in UNITS ? UNITS[total.unit as keyof typeof UNITS] : null;
  const value = (r: Row) => Number(r.value ?? r.count);
  const sum = parts.reduce((s, r) => s + value(r), 0);
  const ids = (lang: 'vi' | 'en') => parts.map((r) => `\`${String(r.id)}\` (${formatNumber(value(r), 3)})`).join(lang === 'vi' ? ', ' : ', ');
  const group = groupOf(parts[0]!);
  const report = namesOf(tables.reports, reportLabel).get(String(total.report_id)) ?? String(total.report_id);
  return {
    vi:
      `Ví dụ, bảng \`${def.name}\`: ${report} nêu tổng \`${String(total.id)}\` là ${formatNumber(value(total), 3)}${unit ? ` ${unit.vi}` : ''}. ` +
      `Các dòng cùng nhóm \`${group}\`: ${ids('vi')} cộng lại ${formatNumber(sum, 3)}${unit ? ` ${unit.vi}` : ''}, đúng bằng tổng đó. ` +
      `Cộng các dòng trong nhóm \`${group}\` với nhau là đúng; cộng thêm dòng \`${String(total.id)}\` (nhóm \`${groupOf(total) ?? '—'}\`) sẽ tính cùng một khoản hai lần.`,
    en:
      `Example, table \`${def.name}\`: report \`${String(total.report_id)}\` states the total \`${String(total.id)}\` as ${value(total)}${unit ? ` ${unit.en}` : ''}. ` +
      `The rows of group \`${group}\`: ${parts.map((r) => `\`${String(r.id)}\` (${value(r)})`).join(', ')} add up to ${+sum.toFixed(6)}, that very total. ` +
      `Adding the rows of group \`${group}\` is right; adding row \`${String(total.id)}\` (group \`${groupOf(total) ?? '—'}\`) as well counts the same thing twice.`,
  };
}
