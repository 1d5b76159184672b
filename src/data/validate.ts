/**
 * Records of one CSV file → typed rows, checked against the table's definition:
 * header, every cell, foreign keys, duplicate ids and observations, and the
 * cross-cell rules of rules.ts. Every problem is reported, none stops the run;
 * only rows without any problem are returned. Records arrive one by one from
 * the reader (see read.ts), so the cost is linear and the text cells of a
 * large file are never all in memory.
 */
import type { FieldDef, TableDef, TableName } from './define.ts';
import { issue, REF_NOUN, severityOf, type Choice, type Issue, type Problem } from './messages.ts';
import { cleanText, excelMonth, injectionProblem, parseDate, parseNumber, type Parsed } from './normalise.ts';
import type { CsvHeader, CsvRecord, CsvSink } from './read.ts';
import { rowRules, tableRules, type RowViolation, type Violation } from './rules.ts';
import { keyer } from './keys.ts';
import { formsText, parsePeriod } from './period.ts';
import { suggest } from './suggest.ts';
import { EXAMPLE_PREFIX } from './tables/common.ts';
import { TABLES } from './tables/index.ts';

/** A row id the guide's way: a report's code (area initials and its date, «bg-2024-07-12», «bt-2023-06-2»), then «-f01». */
const ROW_OF_REPORT = /^([a-z][a-z0-9]*-\d{4}(?:-\d{2}){0,2}(?:-\d+)?)-[a-z]+\d+$/;

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** The ids of a reference table, each with a label for suggestions ("son-dong" → "Sơn Động"). */
export type RefIndex = ReadonlyMap<string, string>;

/** How a row of a reference table is named in "Có phải …?" suggestions. */
const LABEL: Partial<Record<TableName, (row: Row) => string>> = {
  areas: (r) => String(r.name ?? ''),
  reports: (r) => [r.issuer, r.date].filter(Boolean).join(', '),
  projects: (r) => String(r.short_name ?? ''),
};

interface ValidatedTable {
  /** Rows without any problem, and the line each came from. */
  rows: Row[];
  lines: number[];
  /**
   * For a reference table, every id whose cell was valid — even on rows with
   * other problems, so that one bad cell does not cascade into foreign-key
   * errors elsewhere — with the row's label.
   */
  index: Map<string, string>;
  /** False when the header was unusable and no row was checked. */
  checked: boolean;
  issues: Issue[];
  /**
   * The figure cells of the valid rows exactly as typed (for messages that
   * quote them), by column and row: only where the text differs from the
   * value written plainly (`String(value)`), so that a million plain cells
   * keep no copy of their text.
   */
  typed: Record<string, string[]>;
  /** The file's delimiter: ';' is Excel's vi-VN export, whose decimal mark is ','. */
  delimiter: ',' | ';';
  /**
   * The rows left out for a problem, their invalid cells undefined: their other cells are still compared with
   * the printed text, so that one slip (a date) does not hide another (a value) until it is fixed.
   */
  rejected: { rows: Row[]; lines: number[]; typed: Record<string, string[]> };
}

const NO_ROWS: ValidatedTable['rejected'] = Object.freeze({ rows: [], lines: [], typed: {} });

// ---- Header ------------------------------------------------------------------------

interface Header {
  /** Column position of each field present. */
  position: Map<string, number>;
  issues: Issue[];
  /** False when a required column is missing: the rows are not checked. */
  usable: boolean;
}

function checkHeader(def: TableDef, csv: CsvHeader, file: string): Header {
  const template = def.fields.map((f) => f.name).join(',');
  const known = new Set(def.fields.map((f) => f.name));
  const position = new Map<string, number>();
  /** Unknown columns and where each first is: a map, not a list, so a header of 100,000 columns stays linear. */
  const unknown = new Map<string, number>();
  const issues: Issue[] = [];
  const at = (column: string | null) => ({ file, line: csv.line, column, value: null });

  csv.names.forEach((name, i) => {
    if (name === '') issues.push(issue({ code: 'header.blank', position: i, header: template }, at(null)));
    else if (position.has(name) || unknown.has(name))
      issues.push(issue({ code: 'header.duplicate', name, first: position.get(name) ?? unknown.get(name)!, second: i }, at(name)));
    else if (known.has(name)) position.set(name, i);
    else unknown.set(name, i);
  });

  const missing = def.fields.filter((f) => !position.has(f.name));
  for (const name of unknown.keys()) {
    const suggestion = suggest(
      name,
      missing.map((f) => f.name),
    );
    issues.push(issue({ code: 'header.unknown', name, suggestion, header: template }, at(name)));
  }
  for (const f of missing) {
    issues.push(issue({ code: f.required ? 'header.missing' : 'header.optional-missing', name: f.name, header: template }, at(f.name)));
  }
  return { position, issues, usable: !missing.some((f) => f.required) };
}

// ---- Cells -------------------------------------------------------------------------

type Reader = (text: string) => Parsed<Cell>;

/** A cell read: null when blank, else its value or its problem with the text as typed. */
type CellReading = null | { ok: true; value: Cell } | { ok: false; problem: Problem; text: string };

function readCell(raw: string, field: FieldDef, read: Reader): CellReading {
  const text = cleanText(raw);
  if (text === '') return null;
  const parsed = injectionProblem(text, field.type === 'number') ?? read(text);
  // Messages quote the cell as staff typed it, not the cleaned text.
  if (!('ok' in parsed)) return { ok: false, problem: parsed, text: raw };
  return parsed.ok ? parsed : { ok: false, problem: parsed.problem, text: raw };
}

function labelled(field: FieldDef & { type: 'enum' }): Choice[] {
  return field.values.map((value) => ({ value, label: field.labels[value]?.vi ?? value }));
}

/** One reader per field, built once: the per-cell work is then a lookup and a test. */
function reader(field: FieldDef, decimalMark: '.' | ','): Reader {
  switch (field.type) {
    case 'number':
      return (text) => {
        const n = parseNumber(text, field.format, decimalMark);
        if (!n.ok) return n;
        if (field.min !== undefined && n.value < field.min) return { ok: false, problem: { code: 'number.min', min: field.min } };
        if (field.max !== undefined && n.value > field.max) return { ok: false, problem: { code: 'number.max', max: field.max } };
        return n;
      };
    case 'date':
      return parseDate;
    case 'period': {
      const forms = formsText(field.forms);
      return (text) => {
        const read = parsePeriod(text, field.forms);
        if (read.ok) return { ok: true, value: text };
        const month = excelMonth(text);
        return { ok: false, problem: month ? { code: 'cell.excel-month', month } : { code: 'period.invalid', reason: read.reason, forms } };
      };
    }
    case 'enum': {
      const allowed = new Set<string>(field.values);
      const choices = labelled(field);
      const label = (v: string) => field.labels[v]?.vi;
      return (text) => {
        if (allowed.has(text)) return { ok: true, value: text };
        // "count = Số người có uy tín", copied whole from a list of codes and their meanings: the code is before "=".
        const before = /^\s*([^=\s]+)\s*=/.exec(text)?.[1];
        const near = before !== undefined && allowed.has(before) ? before : suggest(text, field.values, label);
        const suggestion = choices.find((c) => c.value === near) ?? null;
        return { ok: false, problem: { code: 'enum.invalid', allowed: choices, suggestion } };
      };
    }
    case 'string': {
      if (field.pattern === undefined) return (text) => ({ ok: true, value: text });
      const pattern = new RegExp(`^(?:${field.pattern})$`);
      const problem: Problem = { code: 'pattern.mismatch', description: field.description.vi, example: field.example ?? null };
      return (text) => (pattern.test(text) ? { ok: true, value: text } : { ok: false, problem });
    }
  }
}

// ---- Table -------------------------------------------------------------------------

/** A cell read, and whether its text is its value written plainly (then `typed` need not keep it). */
type Reading = null | { ok: true; value: Cell; plain: boolean } | { ok: false; problem: Problem; text: string };

interface Column {
  field: FieldDef;
  /** Position in the file's header, -1 when absent. */
  at: number;
  read: Reader;
  /** The last cell's text and reading. */
  raw: string | undefined;
  reading: Reading;
  /**
   * Readings by cell text: the values of a column repeat across a table (the
   * same reports, areas, measures), so each is read once and every row holds
   * the same string. Once full, kept for its hits if most lookups hit, else
   * dropped (ids, notes: almost every cell differs).
   */
  cache: Map<string, Reading> | null;
  hits: number;
  /** Whether the column is part of the table's observation key. */
  key: boolean;
  /** The column's entry of `typed`, for figure columns. */
  typed: string[] | null;
}

const CACHE_LIMIT = 1 << 16;

/**
 * The cell's text as a string of its own. A cell cut from the file's text
 * may share that text's memory (V8 keeps a long substring as a slice of its
 * parent): one id kept in a row would then keep the whole file, hundreds of
 * megabytes at national scale. Concatenating then cutting makes a copy.
 */
const own = (text: string) => (text.length < 13 ? text : (text + ' ').slice(0, -1));

function cachedReading(column: Column, raw: string): Reading {
  const cache = column.cache;
  const hit = cache?.get(raw);
  if (hit !== undefined) {
    column.hits++;
    return hit;
  }
  const cell = readCell(raw, column.field, column.read);
  const reading: Reading =
    cell === null
      ? null
      : cell.ok
        ? { ok: true, value: typeof cell.value === 'string' ? own(cell.value) : cell.value, plain: raw === String(cell.value) }
        : cell;
  if (cache) {
    if (cache.size < CACHE_LIMIT) cache.set(raw, reading);
    else if (column.hits < cache.size) column.cache = null;
  }
  return reading;
}

function refFile(name: TableName): string {
  return TABLES.find((t) => t.name === name)?.file ?? `${name}.csv`;
}

/**
 * Rows read and checked cell by cell on another thread (src/data/tail-read.ts), column by column so that
 * they cross threads as a few arrays: each field's distinct values, and each row's code into them.
 */
export interface RowColumns {
  count: number;
  /** Per field of the table, in its order: the distinct values, then one code per row. */
  values: Cell[][];
  codes: Int32Array[];
  lines: Int32Array;
  /** Figure cells typed otherwise than written plainly: [row index, text] by column. */
  typed: Record<string, [number, string][]>;
}

export interface TableValidator extends CsvSink {
  /** The checks that need every row (references, rules across rows), then the result. */
  finish(): ValidatedTable;
  /**
   * The rows recorded so far, column-wise, with `lineOffset` added to their lines; null when any of them
   * had a problem (the caller then reads the whole file on one thread, so every message is as usual).
   */
  columnsRead(lineOffset: number): RowColumns | null;
  /** Takes rows another validator of the same table read (columnsRead), after those recorded here. */
  adopt(columns: RowColumns): void;
}

/**
 * Checks one table: give it to readCsv as the sink, then call finish().
 * `refs` holds the index of every table this one may reference; a table
 * missing from `refs` could not be read, and references to it are not
 * checked (its own errors say why). Duplicates and references are looked up
 * in Maps, so the whole check stays linear in the number of rows.
 */
export function tableValidator(def: TableDef, file: string, refs: Partial<Record<TableName, RefIndex>>): TableValidator {
  const issues: Issue[] = [];
  const rows: Row[] = [];
  const lines: number[] = [];
  const bad: number[] = [];
  /** Sparse: the id of each row that is a template's example (vi-du-…). */
  const examples: string[] = [];
  const idName = def.fields.some((f) => f.name === 'id') ? 'id' : 'row_id';
  const report = (i: number, problem: Problem, column: string | null, value: string | null) => {
    const example = examples[i];
    if (example !== undefined) {
      // An example row left in is said as that, once, and nothing else of it: its example report and area exist
      // in no data folder, and «báo cáo không có» would send staff looking for the wrong slip. (An example row
      // whose cells all pass is named by published.ts exampleIssues.)
      if (!bad[i]) issues.push(issue({ code: 'row.example', prefix: EXAMPLE_PREFIX }, { file, line: lines[i]!, column: idName, value: example }));
      bad[i] = 1;
      return;
    }
    bad[i] = 1;
    issues.push(issue(problem, { file, line: lines[i]!, column, value }));
  };
  const reportAt = report;

  const keyFields = def.key.length > 1 || def.key[0] !== 'id' ? def.key : [];
  const keyOf = keyFields.length > 0 ? keyer<Record<string, Cell | undefined>>(keyFields) : null;
  const firstId = new Map<string, number>();
  /** The first row of each observation key, indexed by the keyer's dense ids. */
  let firstKey: number[] = [];
  // Every row starts as a copy of this template, so all rows share one shape (fast to build and to read).
  const template: Record<string, Cell | undefined> = Object.fromEntries(def.fields.map((f) => [f.name, null]));
  let columns: Column[] | null = null;
  /** The id column's position (row_id in withdrawals.csv), for a template's example row left in. */
  let idAt = -1;
  /** How many of `issues` the header gave. */
  let headerIssues = 0;
  let delimiter: ',' | ';' = ',';
  const figures = def.fields.filter((f) => f.type === 'number' && f.figure === true).map((f) => f.name);
  /** Sparse: row index → the cell as typed, only where it is not the plain text of its value. */
  const typed: Record<string, string[]> = Object.fromEntries(figures.map((name) => [name, []]));

  /** Cells, then duplicate ids and duplicate observations (the same figure entered twice). */
  function record({ line, cells, extra = 0 }: CsvRecord): void {
    if (!columns) return;
    const i = rows.length;
    lines.push(line);
    bad.push(0);
    // An invalid cell is left undefined, so that the later checks skip it.
    const row = { ...template };
    const id = idAt < 0 ? '' : (cells[idAt] ?? '').trim();
    if (id.startsWith(EXAMPLE_PREFIX)) examples[i] = id;
    let keyComplete = true;
    // A line longer than the header whose extra cells are empty is read as Excel writes it, unless one of its
    // cells is then wrong: a "," typed in a cell has shifted the rest, and that is what staff must hear first.
    const problems: [Problem, string, string | null][] = [];
    const report = (_: number, problem: Problem, column: string, value: string | null) => {
      if (extra > 0) problems.push([problem, column, value]);
      else reportAt(i, problem, column, value);
    };
    for (const column of columns) {
      const { field, at } = column;
      const raw = at < 0 ? '' : cells[at]!;
      // Consecutive rows repeat most cells (same report, section, area…): reuse the column's last reading.
      if (raw !== column.raw) {
        column.raw = raw;
        column.reading = cachedReading(column, raw);
      }
      const cell = column.reading;
      if (column.typed !== null && cell !== null && cell.ok && cell.plain === false) column.typed[i] = raw;
      if (cell === null) {
        if (field.required) {
          report(i, { code: 'cell.required', title: field.title.vi, example: field.example ?? null, purpose: field.description.vi, ...(field.type === 'enum' ? { allowed: labelled(field) } : {}) }, field.name, null);
          if (column.key) keyComplete = false;
        }
        row[field.name] = field.required ? undefined : null;
      } else if (cell.ok) row[field.name] = cell.value;
      else {
        report(i, cell.problem, field.name, cell.text);
        row[field.name] = undefined;
        if (column.key) keyComplete = false;
      }
    }
    if (problems.length > 0) {
      reportAt(i, { code: 'csv.width', cells: cells.length + extra, columns: cells.length, delimiter, emptyTail: extra }, null, null);
      for (const f of Object.keys(row)) row[f] = undefined;
      rows.push(row as Row);
      return;
    }
    rows.push(row as Row);
    unique(i, row, keyComplete);
  }

  /** Duplicate ids and duplicate observations, for row i. */
  function unique(i: number, row: Record<string, Cell | undefined>, keyComplete: boolean): void {
    const line = lines[i]!;
    const id = row.id;
    if (typeof id === 'string') {
      const first = firstId.get(id);
      if (first === undefined) firstId.set(id, i);
      else report(i, { code: 'id.duplicate', firstLine: lines[first]!, line }, 'id', id);
    }
    if (!keyOf || !keyComplete) return; // a key cell is invalid: its own error says so
    const key = keyOf(row);
    const first = firstKey[key];
    if (first === undefined) firstKey[key] = i;
    else {
      const described = keyFields
        .filter((k) => row[k] !== null)
        .map((k) => `${k}=${row[k]}`)
        .join(', ');
      report(i, { code: 'key.duplicate', firstLine: lines[first]!, line, key: described }, null, typeof id === 'string' ? id : null);
    }
  }

  function finish(): ValidatedTable {
    const index = new Map<string, string>();
    if (!columns) return { rows: [], lines: [], index, checked: false, issues, typed: {}, delimiter, rejected: NO_ROWS };
    firstKey = [];
    const count = rows.length;

    // Reference tables name their rows for suggestions; ids of rows with other problems still count.
    const label = LABEL[def.name];
    const referenced = def.kind === 'reference' || def.fields.some((f) => f.type === 'string' && f.ref === def.name);
    if (referenced) for (const [id, i] of firstId) index.set(id, label?.(rows[i]!) ?? '');
    firstId.clear(); // a million ids need not outlive the check

    // Foreign keys, the table's own ids included (areas.parent_id → areas).
    const suggested = new Map<string, Choice | null>();
    for (const { field } of columns) {
      if (field.type !== 'string' || field.ref === undefined) continue;
      const target = field.ref;
      const ids = target === def.name ? index : refs[target];
      if (!ids) continue;
      const noun = REF_NOUN[target] ?? target;
      for (let i = 0; i < count; i++) {
        const value = rows[i]![field.name];
        if (typeof value !== 'string' || ids.has(value)) continue;
        // A row whose own id begins with the report it names (bg-2024-07-12-f01 of bg-2024-07-12) is that report's:
        // the report is missing, never mistyped, so no other report is offered (walk-through 16: taking the offer
        // filed a half-year's figures under February's report).
        const rowId = rows[i]!.id;
        if (target === 'reports' && typeof rowId === 'string' && rowId.startsWith(`${value}-`)) {
          report(i, { code: 'ref.unknown', noun, file: refFile(target), suggestion: null, own: true }, field.name, value);
          continue;
        }
        const cacheKey = `${target}\u0001${value}`;
        if (!suggested.has(cacheKey)) {
          const near = suggest(value, ids.keys(), (id) => ids.get(id));
          suggested.set(cacheKey, near === null ? null : { value: near, label: ids.get(near) || near });
        }
        report(i, { code: 'ref.unknown', noun, file: refFile(target), suggestion: suggested.get(cacheKey)! }, field.name, value);
      }
    }

    // Cross-cell rules, on rows whose cells are all valid.
    const shown = (row: Row, v: Violation) =>
      v.column === null ? (typeof row.id === 'string' ? row.id : null) : String(row[v.column] ?? '');
    // A figure's row id begins with its report's (bg-2024-07-12-f01 of bg-2024-07-12): a row whose report_id says
    // otherwise was moved to another report by a slip, or by taking a suggestion for a report not yet entered.
    // Said only where the id names a report the guide's way («bg-2024-07-12» + «-f01»).
    if (def.kind === 'observation' && def.fields.some((f) => f.name === 'report_id'))
      for (let i = 0; i < count; i++) {
        const { id, report_id: reportId } = rows[i]!;
        if (bad[i] || typeof id !== 'string' || typeof reportId !== 'string' || id.startsWith(`${reportId}-`)) continue;
        const own = ROW_OF_REPORT.exec(id)?.[1];
        if (own) report(i, { code: 'rule.id-report', id, report: reportId, own }, 'report_id', reportId);
      }
    const rowRule = rowRules[def.name] as ((row: Row) => readonly Violation[]) | undefined;
    if (rowRule) {
      for (let i = 0; i < count; i++) {
        if (bad[i]) continue;
        for (const v of rowRule(rows[i]!)) report(i, v.problem, v.column, shown(rows[i]!, v));
      }
    }
    const tableRule = tableRules[def.name] as ((rows: readonly Row[], lines: readonly number[]) => RowViolation[]) | undefined;
    if (tableRule) {
      const kept = keep(bad);
      const all = kept.length === count; // the usual case: no copies of a million rows
      const violations = tableRule(
        all ? rows : kept.map((i) => rows[i]!),
        all ? lines : kept.map((i) => lines[i]!),
      );
      for (const v of violations) {
        const i = kept[v.index]!;
        // A warning keeps its row: only an error takes a row out of the data.
        if (severityOf(v.problem.code) === 'warning') issues.push(issue(v.problem, { file, line: lines[i]!, column: v.column, value: shown(rows[i]!, v) }));
        else report(i, v.problem, v.column, shown(rows[i]!, v));
      }
    }

    const valid = keep(bad);
    if (valid.length === count) return { rows, lines, index, checked: true, issues, typed, delimiter, rejected: NO_ROWS };
    const left = bad.flatMap((b, i) => (b ? [i] : []));
    return {
      rows: valid.map((i) => rows[i]!),
      lines: valid.map((i) => lines[i]!),
      index,
      checked: true,
      issues,
      typed: typedAt(typed, valid, count),
      delimiter,
      rejected: { rows: left.map((i) => rows[i]!), lines: left.map((i) => lines[i]!), typed: typedAt(typed, left, count) },
    };
  }

  return {
    header(header) {
      delimiter = header.delimiter;
      const checked = checkHeader(def, header, file);
      for (const i of checked.issues) issues.push(i); // not push(...): a header of 100,000 columns overflows a worker's stack
      headerIssues = issues.length;
      if (!checked.usable) return;
      idAt = checked.position.get(idName) ?? -1;
      columns = def.fields.map((field) => ({
        field,
        at: checked.position.get(field.name) ?? -1,
        // The delimiter declares the number convention: Excel's vi-VN ';' export writes decimal commas.
        read: reader(field, header.delimiter === ';' ? ',' : '.'),
        raw: undefined,
        reading: null,
        cache: new Map(),
        hits: 0,
        key: keyFields.includes(field.name),
        typed: typed[field.name] ?? null,
      }));
    },
    record,
    finish,
    columnsRead(lineOffset) {
      // The header's own findings (an optional column missing) are the main thread's too: only the rows' count.
      if (issues.length > headerIssues || !columns) return null;
      const count = rows.length;
      const values: Cell[][] = [];
      const codes: Int32Array[] = [];
      for (const { field } of columns) {
        // Code 0 is -0, which a Map would take for 0.
        const seen = new Map<Cell, number>();
        const distinct: Cell[] = [-0];
        const code = new Int32Array(count);
        for (let i = 0; i < count; i++) {
          const v = rows[i]![field.name]!;
          if (v === 0 && 1 / v < 0) continue;
          let c = seen.get(v);
          if (c === undefined) seen.set(v, (c = distinct.push(v) - 1));
          code[i] = c;
        }
        values.push(distinct);
        codes.push(code);
      }
      const typedRead = Object.fromEntries(Object.entries(typed).map(([name, cells]) => [name, Object.entries(cells).map(([i, raw]) => [Number(i), raw] as [number, string])]));
      return { count, values, codes, lines: Int32Array.from(lines, (l) => l + lineOffset), typed: typedRead };
    },
    adopt({ count, values, codes, lines: adopted, typed: adoptedTyped }) {
      if (!columns) return;
      const start = rows.length;
      const names = columns.map((c) => c.field.name);
      for (const [name, cells] of Object.entries(adoptedTyped)) for (const [i, raw] of cells) typed[name]![start + i] = raw;
      for (let k = 0; k < count; k++) {
        const row = { ...template };
        for (let f = 0; f < names.length; f++) row[names[f]!] = values[f]![codes[f]![k]!]!;
        lines.push(adopted[k]!);
        bad.push(0);
        rows.push(row as Row);
        unique(start + k, row, true);
      }
    },
  };
}

/** Indices of the rows without a problem. */
/** The typed cells of the rows at `at` (sparse, by row index), re-indexed by their place in `at`. */
function typedAt(typed: Record<string, string[]>, at: readonly number[], count: number): Record<string, string[]> {
  const place = new Int32Array(count).fill(-1);
  at.forEach((i, k) => (place[i] = k));
  return Object.fromEntries(
    Object.entries(typed).map(([name, cells]) => {
      const out: string[] = [];
      cells.forEach((raw, i) => {
        if (place[i]! >= 0) out[place[i]!] = raw;
      });
      return [name, out];
    }),
  );
}

function keep(bad: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < bad.length; i++) if (!bad[i]) out.push(i);
  return out;
}
