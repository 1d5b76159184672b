/**
 * Nothing published is lost without an explicit decision. Given the rows
 * already published (the site's data: shipped with /cap-nhat/ for the browser
 * checker, read from git for `npm run check` and the build, src/data/load.ts),
 * every published row removed from its table, or changed in place (same id,
 * another figure, report or key), is an error unless data/withdrawals.csv
 * lists it; a table far shorter than the published one is an error with the
 * counts; a published note (a row's `note`, a report's `figures_note`) emptied is a
 * warning that quotes it. Also here: the template's example rows (ids "vi-du-…", which no
 * real row may take) and files of the data folder that no table is named for.
 * Pure: no file system, run by check.ts in the browser and in Node alike.
 */
import { figureFields, type TableDef, type TableName } from './define.ts';
import { issue, type Issue } from './messages.ts';
import { TABLES } from './tables/index.ts';
import { tableOfName } from './xlsx.ts';
import type { Row } from './validate.ts';
import { EXAMPLE_PREFIX } from './tables/common.ts';
import { correctingRowOf, notesCorrection } from './corrections.ts';

export { EXAMPLE_PREFIX };

/**
 * The rows the site's articles (content/*.mdx) cite: "table/row-id" → the articles, as staff know them
 * ("bài viết về báo cáo bg-2023-11-17"). Made from the narratives at build (src/content/cited.ts).
 */
export type Cited = Readonly<Record<string, readonly string[]>>;

/** Why nothing published could be compared (messages.ts says it to staff). */
export type { NotCompared } from './messages.ts';

/** The published rows of each table (tables absent: nothing to compare). */
export type PublishedRows = Partial<Record<TableName, readonly Row[]>>;

/** Below this share of the published rows, a table is "far shorter" and refused with the counts. */
const SHRUNK = 0.5;
/** A table shorter than this is never called shrunk (its removed rows are each listed anyway). */
const SHRUNK_MIN = 10;
/** Rows listed one by one when a table shrank: the counts say the rest. */
const LISTED_WHEN_SHRUNK = 20;
/** Emptied notes said one by one up to this many in a table; more are one warning with the count (a column lost). */
const CLEARED_NOTES_LISTED = 20;

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Free commentary: rewording it changes no fact, so it is never compared (a report's caveat on its figures is ours too); emptied, it is warned of. */
const COMMENTARY = new Set(['note', 'figures_note']);

/**
 * The columns whose change makes a published row another one. An observation: its key, report, figures,
 * units, and the printed text and status (they give the qualifier and the misprint note the site prints
 * with it). A reference row (a report, a cited document, an area, a project): every column but the note —
 * a report's date or number, a document's date, an area's name are facts every page naming them shows.
 */
function comparedFields(def: TableDef): string[] {
  if (def.kind === 'reference') return def.fields.map((f) => f.name).filter((n) => n !== 'id' && !COMMENTARY.has(n));
  const names = new Set<string>([...def.key, 'report_id', 'figure_text', 'figure_status', ...figureFields(def).map((f) => f.name)]);
  for (const f of def.fields) if (f.name === 'unit' || f.name.endsWith('_unit')) names.add(f.name);
  return def.fields.map((f) => f.name).filter((n) => names.has(n) && n !== 'id');
}

/** Whether an emptied note's text is still in the row's other note column, or (for a figure) in its report's caveat. */
function keptElsewhere(was: string, row: Row, notes: readonly string[], reportNotes: ReadonlyMap<string, string>): boolean {
  if (notes.some((f) => text(row[f]).includes(was))) return true;
  return row.report_id !== undefined && (reportNotes.get(text(row.report_id)) ?? '').includes(was);
}

/** A published row in words: its figure as printed and its report, or a reference row's name. */
function publishedWhat(def: TableDef, row: Row): string {
  if (def.kind === 'observation') {
    const figure = text(row.figure_text) || figureFields(def).map((f) => text(row[f.name])).filter(Boolean).join('; ');
    const section = text(row.section);
    return `con số in “${figure}”, báo cáo ${text(row.report_id)}${section ? `, mục ${section}` : ''}`;
  }
  // A report or an area by its name; a cited document as printed, with the report citing it.
  const name = text(row.name) || text(row.title) || text(row.short_name) || text(row.figure_text) || text(row.reason);
  const report = def.name !== 'reports' && text(row.report_id) ? `, báo cáo ${text(row.report_id)}` : '';
  return name ? `“${name}”${report}` : 'dòng tham chiếu';
}

/** Example rows of the templates left in a table. */
export function exampleIssues(tables: Readonly<Record<TableName, readonly Row[]>>, lines: Readonly<Record<TableName, readonly number[]>>, files: Readonly<Record<TableName, string>>): Issue[] {
  const out: Issue[] = [];
  for (const def of TABLES) {
    const column = def.fields.some((f) => f.name === 'id') ? 'id' : 'row_id';
    (tables[def.name] ?? []).forEach((row, i) => {
      const id = text(row[column]);
      if (id.startsWith(EXAMPLE_PREFIX))
        out.push(issue({ code: 'row.example', prefix: EXAMPLE_PREFIX }, { file: files[def.name], line: lines[def.name]?.[i] ?? null, column, value: id }));
    });
  }
  return out;
}

/**
 * Published rows removed or changed in place without a withdrawal, and tables far shorter than
 * published. Only `compared` tables (read without error) are looked at: a row with a bad cell is
 * not among the rows read, and is not to be called removed.
 */
export function publishedIssues(
  published: PublishedRows,
  tables: Readonly<Record<TableName, readonly Row[]>>,
  lines: Readonly<Record<TableName, readonly number[]>>,
  files: Readonly<Record<TableName, string>>,
  compared: ReadonlySet<TableName>,
  /** For a file with other errors, the ids written in it: deletions are found there too (changes in its valid rows). */
  written: Partial<Record<TableName, ReadonlySet<string>>> = {},
): Issue[] {
  // A withdrawal is a decision about one change: only entries not yet published allow a change now, so a
  // row withdrawn (or changed) once is protected again afterwards.
  const entry = (w: Row) => `${text(w.table)}\u0000${text(w.row_id)}\u0000${text(w.date)}`;
  const decided = new Set((published.withdrawals ?? []).map(entry));
  const withdrawn = new Set((tables.withdrawals ?? []).filter((w) => !decided.has(entry(w))).map((w) => `${text(w.table)}\u0000${text(w.row_id)}`));
  const out: Issue[] = [];
  // Each report's caveat on all its figures now: a row's note moved there is not lost.
  const reportNotes = new Map((tables.reports ?? []).map((r) => [text(r.id), text(r.figures_note)]));
  for (const def of TABLES) {
    const before = published[def.name];
    const ids = written[def.name];
    if (!before || before.length === 0 || !(compared.has(def.name) || ids) || !def.fields.some((f) => f.name === 'id')) continue;
    const file = files[def.name];
    const now = tables[def.name] ?? [];
    const index = new Map(now.map((r, i) => [text(r.id), i]));
    const isWithdrawn = (id: string) => withdrawn.has(`${def.name}\u0000${id}`);
    const present = (id: string) => index.has(id) || (ids?.has(id) ?? false);
    const removed = before.filter((r) => !present(text(r.id)) && !isWithdrawn(text(r.id)));
    // The rows the file holds: its valid rows, or for a file with errors every line with an id (less the header).
    const rowsNow = ids ? Math.max(now.length, ids.size - 1) : now.length;
    const shrunk = before.length >= SHRUNK_MIN && rowsNow < before.length * SHRUNK && removed.length > 0;
    if (shrunk)
      out.push(issue({ code: 'published.shrunk', file: file.replace(/^.*\//, ''), rows: rowsNow, published: before.length, missing: removed.length }, { file, line: null, column: null, value: null }));
    for (const r of shrunk ? removed.slice(0, LISTED_WHEN_SHRUNK) : removed)
      out.push(issue({ code: 'published.removed', id: text(r.id), table: def.name, what: publishedWhat(def, r) }, { file, line: null, column: 'id', value: text(r.id) }));
    // Changed cells are compared in the rows that validated, in a file with other errors too (the second
    // walk-through's edit went unsaid while a new row's report was missing); a failed row is not a value yet.
    const fields = comparedFields(def);
    const notes = def.fields.map((f) => f.name).filter((n) => COMMENTARY.has(n));
    const cleared: { id: string; column: string; before: string; line: number | null }[] = [];
    for (const r of before) {
      const id = text(r.id);
      const i = index.get(id);
      if (i === undefined || isWithdrawn(id)) continue;
      const row = now[i]!;
      // A note is rewritten freely, but one emptied takes its caveat off every page the figure is on: said, not refused.
      for (const f of notes) {
        const was = text(r[f]);
        // (An emptied «Đính chính…» is said below, as what it changes.)
        if (was && !text(row[f]) && !keptElsewhere(was, row, notes, reportNotes) && !(def.kind === 'observation' && notesCorrection(was))) cleared.push({ id, column: f, before: was, line: lines[def.name]?.[i] ?? null });
      }
      // Except its first words «Đính chính»: they make a figure the correction of an earlier report's (corrections.ts),
      // or, gone, the two a discrepancy between reports. Either way what the site says of both figures changes.
      if (def.kind === 'observation' && notesCorrection(r.note) !== notesCorrection(row.note))
        out.push(issue({ code: 'published.correction-note', id, marked: notesCorrection(row.note), before: text(r.note) }, { file, line: lines[def.name]?.[i] ?? null, column: 'note', value: text(row.note) }));
      const differ = fields.filter((f) => text(r[f]) !== text(row[f]));
      if (differ.length === 0) continue;
      out.push(
        issue(
          { code: 'published.changed', id, table: def.name, reference: def.kind === 'reference', before: publishedWhat(def, r), after: differ.map((f) => `${f} = ${text(row[f]) || '(trống)'} (trước là ${text(r[f]) || '(trống)'})`).join(', ') },
          { file, line: lines[def.name]?.[i] ?? null, column: differ[0]!, value: text(row[differ[0]!]) },
        ),
      );
    }
    // One by one, or counted when a whole column went (deleted, or a sheet pasted without it): one line, not hundreds.
    if (cleared.length > CLEARED_NOTES_LISTED)
      out.push(issue({ code: 'published.notes-cleared', file: file.replace(/^.*\//, ''), count: cleared.length, ids: cleared.slice(0, 3).map((c) => c.id), column: cleared[0]!.column }, { file, line: null, column: cleared[0]!.column, value: null }));
    else
      for (const c of cleared)
        out.push(issue({ code: 'published.note-cleared', id: c.id, table: def.name, column: c.column, before: c.before, kind: c.column === 'figures_note' ? 'report' : def.kind }, { file, line: c.line, column: c.column, value: '' }));
  }
  // A new withdrawal must name a published row, and go with its change: else the site would announce a correction
  // that never happened. Said from the rows that validated, beside any other error of either file (walk-through
  // 11: a mistyped id came to light only once the new rows' errors were mended).
  (tables.withdrawals ?? []).forEach((w, i) => {
    if (decided.has(entry(w))) return;
    const def = TABLES.find((t) => t.name === text(w.table));
    const before = def ? published[def.name] : undefined;
    if (!def || !before) return;
    const id = text(w.row_id);
    // A template's example row is refused as an example (row.example), not as a withdrawal of nothing.
    if (id.startsWith(EXAMPLE_PREFIX)) return;
    const was = before.find((r) => text(r.id) === id);
    const where = { file: files.withdrawals, line: lines.withdrawals?.[i] ?? null, column: 'row_id', value: id };
    if (!was) return void out.push(issue({ code: 'published.withdrawal-unknown', id, table: def.name }, where));
    const now = (tables[def.name] ?? []).find((r) => text(r.id) === id);
    if (now && comparedFields(def).every((f) => text(was[f]) === text(now[f]))) return void out.push(issue({ code: 'published.withdrawal-unchanged', id, table: def.name }, where));
    // A later report's different figure is its own row, «Đính chính …», never the old row rewritten (walk-through 13):
    // a reason naming another report or a correction is most often that slip. The old row kept with a new figure
    // would have the site quote the old report with the later one's number: refused (walk-through 15). A row
    // removed for such a reason (a duplicate of another report's row) only warns.
    const own = (tables.reports ?? []).find((r) => r.id === was.report_id);
    if (namesOtherReport(text(w.reason), own))
      out.push(issue({ code: now ? 'published.withdrawal-rewrites' : 'published.withdrawal-other-report', id }, { ...where, column: 'reason', value: text(w.reason) }));
    // Whatever the reason says: a row rewritten in place while another report's row corrects the same figure («Đính
    // chính…») is that correction entered twice (walk-through 17).
    else if (now && correctingRowOf(def, tables[def.name] ?? [], tables.reports ?? [], now)) out.push(issue({ code: 'published.withdrawal-rewrites', id }, { ...where, column: 'reason', value: text(w.reason) }));
  });
  return out.concat(withdrawalIssues(published.withdrawals ?? [], tables.withdrawals ?? [], lines.withdrawals ?? [], files.withdrawals, compared.has('withdrawals')));
}

/** A report's number as printed: «88/BC-BDT», «/BC-UBND». */
const REPORT_NUMBER = /\d*\s*\/\s*BC-[\p{L}\d]+(?:-[\p{L}\d]+)*/giu;
/** A report's date: «báo cáo ngày 30/11/2023», «báo cáo số 88/BC-BDT ngày 25/6/2025», «88/BC-BDT, ngày 25/6/2025». */
const REPORT_DATE = /(?:báo cáo|\/BC-[\p{L}\d-]+)(?:\s+số)?(?:\s+\d*\/BC-[\p{L}\d-]+)?,?\s+ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/giu;

/**
 * Whether a withdrawal's reason names a correction, or a report other than the row's own, by its number or date.
 * Naming the row's own report («Khi nhập báo cáo 88/BC-BDT ngày 25/6/2025, cán bộ chép thiếu chữ «trên»») is the
 * natural way to say where the slip was, and no sign of another report's figure (walk-through 32).
 */
function namesOtherReport(reason: string, own: Row | undefined): boolean {
  if (/đính chính/i.test(reason)) return true;
  const squeeze = (s: string) => s.replace(/\s/g, '').toUpperCase();
  const numbers = [...reason.matchAll(REPORT_NUMBER)].map((m) => squeeze(m[0]));
  const dates = [...reason.matchAll(REPORT_DATE)].map((m) => `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
  if (numbers.some((n) => n !== squeeze(text(own?.number))) || dates.some((d) => d !== text(own?.date))) return true;
  // «báo cáo số …», «báo cáo ngày …» with no number or date read here: another report, as before.
  return numbers.length === 0 && dates.length === 0 && /báo cáo (số|ngày)/i.test(reason);
}

/**
 * withdrawals.csv is the public record of each decision (the changelog of /du-lieu/ shows it): a published
 * row of it (table, row, date) removed, or its reason or decider rewritten, is refused, never to be allowed
 * by another row. A later decision is a new row with its own date.
 */
function withdrawalIssues(before: readonly Row[], now: readonly Row[], lines: readonly number[], file: string, validated: boolean): Issue[] {
  if (before.length === 0 || !validated) return [];
  const key = (w: Row) => `${text(w.table)}\u0000${text(w.row_id)}\u0000${text(w.date)}`;
  const index = new Map(now.map((w, i) => [key(w), i]));
  const out: Issue[] = [];
  for (const w of before) {
    const id = text(w.row_id);
    const at = { table: text(w.table), date: text(w.date) };
    const i = index.get(key(w));
    if (i === undefined) {
      out.push(issue({ code: 'published.withdrawal-removed', id, ...at, reason: text(w.reason) }, { file, line: null, column: 'row_id', value: id }));
      continue;
    }
    const row = now[i]!;
    const differ = ['reason', 'decided_by'].filter((f) => text(w[f]) !== text(row[f]));
    if (differ.length === 0) continue;
    const after = differ.map((f) => `${f} = ${text(row[f]) || '(trống)'} (trước là ${text(w[f]) || '(trống)'})`).join(', ');
    out.push(issue({ code: 'published.withdrawal-changed', id, ...at, after }, { file, line: lines[i] ?? null, column: differ[0]!, value: text(row[differ[0]!]) }));
  }
  return out;
}

/**
 * Withdrawn rows an article still cites: the build would stop on the article (a message for authors),
 * so the checker says it first, in staff words. (A cited row removed without a withdrawal is already
 * an error of publishedIssues.)
 */
export function citedIssues(cited: Cited, tables: Readonly<Record<TableName, readonly Row[]>>, files: Readonly<Record<TableName, string>>, compared: ReadonlySet<TableName>): Issue[] {
  const withdrawn = new Set((tables.withdrawals ?? []).map((w) => `${text(w.table)}/${text(w.row_id)}`));
  const present = new Map<string, Set<string>>();
  const out: Issue[] = [];
  for (const [key, articles] of Object.entries(cited)) {
    if (!withdrawn.has(key)) continue;
    const [table, id] = key.split('/') as [TableName, string];
    if (!compared.has(table) || !TABLES.some((t) => t.name === table)) continue;
    let ids = present.get(table);
    if (!ids) present.set(table, (ids = new Set((tables[table] ?? []).map((r) => text(r.id)))));
    if (ids.has(id)) continue;
    out.push(issue({ code: 'published.cited', id, articles }, { file: files[table], line: null, column: 'id', value: id }));
  }
  return out;
}

const TABLE_FILES = TABLES.map((t) => t.file);

/**
 * Which table a misnamed file was probably meant for: "funding (1).csv", "Funding.csv",
 * "funding - Copy.csv", "funding_2.xlsx" → "funding.csv" / "funding.xlsx".
 */
function meantFile(name: string): string | null {
  const m = /^(.*?)\.(csv|xlsx)$/i.exec(name.trim());
  const table = m ? tableOfName(m[1]!, { copies: true }) : null;
  return table ? `${table}.${m![2]!.toLowerCase()}` : null;
}

/** The problem of a file no table is named for (the browser checker and the data folder alike). */
export function unknownFileIssue(name: string, file = name): Issue {
  // A workbook is told the workbook names it may have («funding.xlsx»), not only the CSV ones (walk-through 26).
  const files = /\.xlsx$/i.test(name.trim()) ? TABLE_FILES.map((f) => f.replace(/\.csv$/, '.xlsx')) : TABLE_FILES;
  return issue({ code: 'file.unknown', files, suggestion: meantFile(name) }, { file, line: null, column: null, value: null });
}

/** What a data folder may hold besides the tables' files: the guide, the templates, hidden files. */
const ALLOWED = /^(\..*|README\.md|templates)$/;

/** Entries of a data folder that are neither a table's file (CSV or XLSX) nor allowed there. */
export function unknownEntries(names: readonly string[]): string[] {
  const known = new Set(TABLES.flatMap((t) => [t.file, t.file.replace(/\.csv$/, '.xlsx')]));
  return names.filter((n) => !known.has(n) && !ALLOWED.test(n)).sort();
}
