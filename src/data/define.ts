/**
 * One definition per dataset. Everything else — validation, the TypeScript
 * types of loaded rows, the data dictionary, CSV templates and the published
 * data package — is derived from these objects, never re-typed by hand.
 */
import type { UnitCode } from '../core/units.ts';

export interface Text {
  vi: string;
  en: string;
}

interface FieldBase {
  name: string;
  title: Text;
  description: Text;
  /** A required cell may not be blank. */
  required?: boolean;
  /** An example value, used in templates and in error messages. */
  example?: string;
}

interface StringField extends FieldBase {
  type: 'string';
  /** A regular expression the value must match entirely (ids, codes). */
  pattern?: string;
  /** A foreign key: the value must be an `id` of that table. */
  ref?: TableName;
}

export interface EnumField<V extends string = string> extends FieldBase {
  type: 'enum';
  values: readonly V[];
  /** Vietnamese (and English) labels for each allowed value, with the short Vietnamese form charts and cards use. */
  labels: Record<V, Text & { short?: string }>;
  /** A measure column: the unit (a value of the table's `unit` column) each value must be given in. */
  units?: Record<V, string>;
}

export interface NumberField extends FieldBase {
  type: 'number';
  /**
   * How a cell is read. `integer`: '.' and ',' can only group thousands, so
   * "80.000" is 80000. `decimal`: '.' or ',' may be the decimal mark; a value
   * whose reading depends on the convention ("80.000", "1,234") is refused.
   */
  format: 'integer' | 'decimal';
  /** Unit code when fixed for the column (see UNITS); else given by a `unit` column. */
  unit?: UnitCode;
  min?: number;
  max?: number;
  /** The figure a report printed (compared with figure_text, reconciled across reports), not a dimension like a year. */
  figure?: boolean;
}

/**
 * A date as reports give it: full (YYYY-MM-DD), month (YYYY-MM) or year (YYYY).
 * Staff may also type dd/mm/yyyy or mm/yyyy; they are normalised to ISO.
 */
interface DateField extends FieldBase {
  type: 'date';
}

/** The shapes a period may take (see period.ts for how each is read and labelled). */
export type PeriodForm = 'year' | 'month' | 'half' | 'span' | 'carryover' | 'term';

/**
 * A period (year, month, half-year, span of years, carry-over, school term),
 * validated by shape and range — never by a list — so that later years need no
 * code change. Labels are generated (see period.ts).
 */
export interface PeriodField extends FieldBase {
  type: 'period';
  forms: readonly PeriodForm[];
}

export type FieldDef = StringField | EnumField | NumberField | DateField | PeriodField;

export type TableName =
  | 'reports'
  | 'areas'
  | 'projects'
  | 'funding'
  | 'works'
  | 'poverty'
  | 'ncut'
  | 'indicators'
  | 'documents'
  | 'withdrawals';

export interface TableDef {
  name: TableName;
  /** File name inside data/. */
  file: string;
  title: Text;
  description: Text;
  /** `reference` tables list things; `observation` tables hold reported figures. */
  kind: 'reference' | 'observation';
  /** A table whose file may be absent (then it has no rows): supplementary data older data folders lack. */
  optional?: boolean;
  /** Fields that together identify one observation (besides `id`); a repeat is a duplicate. */
  key: readonly string[];
  fields: readonly FieldDef[];
  /** Observation tables: which rows may be added together (see additivity.ts). */
  sums?: SumRules;
  /**
   * Key fields a report may fill differently for the same series (a list's version): a later report's row whose
   * value there no earlier report used gets a warning offering the earlier values (series.ts). Rates of other
   * years or standards are other series, and are not listed. (A stock's period never splits its series: current.ts.)
   */
  series?: readonly string[];
}

/**
 * How two different values of one key field relate when rows are added:
 * - `distinct`: different values never count the same thing (two programmes);
 * - `nested`: a value contains the values listed for it (`*` = every other value; `''` = a blank cell),
 *   e.g. capital_type all ⊃ dtpt, sn; values not listed for each other are distinct;
 * - `tree`: the field refers to a table with `parent_id`; a row contains its descendants, a blank cell is the whole;
 * - `period`: periods that share a year overlap (2022-2023 and 2023; a carry-over of 2022 and 2022);
 * - `alternative`: different values are other ways of counting the same thing (plan versions,
 *   poverty standards): never added.
 */
export type NestRule =
  | { nest: 'distinct' }
  | { nest: 'nested'; contains: Readonly<Record<string, readonly string[]>> }
  | { nest: 'tree'; ref: TableName }
  | { nest: 'period' }
  | { nest: 'alternative' };

/** Which rows of an observation table may be added: the definitions say it, views and captions obey it. */
export interface SumRules {
  /** Fields that say what is counted: rows are added only when these are equal (measure, unit). */
  same: readonly string[];
  /** Values of those fields that are never added (rates, percentages), e.g. { unit: ['percent'] }. */
  never?: Readonly<Record<string, readonly string[]>>;
  /** How every other key field nests (each key field but report_id and as_of is listed here or in `same`). */
  fields: Readonly<Record<string, NestRule>>;
  /** Values of `same` fields that are stocks (a count at a date): their periods never add up, and a stock is one series whatever its period (current.ts), e.g. { measure: ['count'] }. */
  stocks?: Readonly<Record<string, readonly string[]>>;
}

// Units of measure live in the leaf core/units.ts (formatting needs them too); the definitions name them from here.
export { UNITS } from '../core/units.ts';
export type { UnitCode };

/** Builds an enum field; its labels double as the list of allowed values. */
export function enumField<const D extends Omit<EnumField, 'type' | 'values'>>(
  def: D,
): D & { type: 'enum'; values: readonly (keyof D['labels'] & string)[] } {
  return { ...def, type: 'enum', values: Object.keys(def.labels) as (keyof D['labels'] & string)[] };
}

/** The number fields of a table that carry a reported figure. */
export function figureFields(def: TableDef): NumberField[] {
  return def.fields.filter((f): f is NumberField => f.type === 'number' && f.figure === true);
}

// ---- Types of loaded rows, derived from the definitions ----------------------

type ValueOf<F> = F extends { type: 'enum'; values: readonly (infer V)[] }
  ? V
  : F extends { type: 'number' }
    ? number
    : string;

type CellOf<F> = F extends { required: true } ? ValueOf<F> : ValueOf<F> | null;

/** The type of one validated row of a table definition `T`. */
export type RowOf<T extends { fields: readonly FieldDef[] }> = {
  [F in T['fields'][number] as F['name']]: CellOf<F>;
};

/**
 * The words for an enum value, from its table's definition (the one source of labels): its Vietnamese label, or
 * its short form ("Vốn ĐTPT" for "Vốn đầu tư phát triển") where the definition gives one; the value itself when unknown.
 */
export function enumText(def: TableDef, field: string, value: string, form: 'vi' | 'short' = 'vi'): string {
  const f = def.fields.find((x): x is EnumField => x.name === field && x.type === 'enum');
  const label = f?.labels[value];
  return (form === 'short' ? label?.short : undefined) ?? label?.vi ?? value;
}
