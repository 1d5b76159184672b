/**
 * The published tables for staff to extend: each as its CSV file exactly as
 * in data/, and as an Excel workbook with the template's help (column
 * explanations, code dropdowns, formats) holding every published row, with
 * empty rows below for new ones.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { DATA_DIR, loadDataOrThrow } from '../../../data/load.ts';
import { TABLES } from '../../../data/tables/index.ts';
import { publishedCsv } from '../../../data/published-csv.ts';
import type { Row } from '../../../data/validate.ts';
import type { TemplateRow } from '../../../templates/xlsx.ts';
import { templateXlsxOffThread } from '../../../publish/workbooks.ts';
import { LIMITS } from '../../../publish/downloads.ts';
import { buildOutput, copyInto } from '../../../publish/output.ts';

export function getStaticPaths() {
  // A build copies the CSV files as they are (src/publish/output.ts): a national table is hundreds of
  // megabytes that an endpoint would read into memory. `npm run dev` serves them here.
  // An optional table without its file (withdrawals.csv before the first withdrawal) is served as its header line.
  const out = buildOutput();
  const copied = (t: (typeof TABLES)[number]) => out !== undefined && existsSync(join(DATA_DIR, t.file));
  for (const t of TABLES) if (copied(t)) copyInto(out!, `/cap-nhat/du-lieu/${t.file}`, join(DATA_DIR, t.file));
  const files = (t: (typeof TABLES)[number]): string[] => [...(copied(t) ? [] : [t.file]), t.file.replace(/\.csv$/, '.xlsx')];
  // Started now, made on a worker thread while the pages before this one render.
  if (import.meta.env.PROD) for (const t of TABLES) workbook(t).catch(() => {}); // a failure is reported by the page that needs it
  return TABLES.flatMap((t) => files(t).map((file) => ({ params: { file } })));
}

export const GET: APIRoute = async ({ params }) => {
  const file = String(params.file);
  const def = TABLES.find((t) => t.file === file || t.file.replace(/\.csv$/, '.xlsx') === file)!;
  if (file.endsWith('.csv')) {
    // Not copied: the table kept as data/<table>.xlsx (its rows, for the checker to compare), or its header line.
    const { tables } = await loadDataOrThrow();
    const body = publishedCsv(def, DATA_DIR, tables[def.name] as unknown as Row[]);
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const bytes = await workbook(def);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};

const workbooks = new WeakMap<object, Map<string, Promise<Uint8Array>>>();

/** The table's template holding its published rows, made once per data load. */
async function workbook(def: (typeof TABLES)[number]): Promise<Uint8Array> {
  const { tables } = await loadDataOrThrow();
  const made = workbooks.get(tables) ?? workbooks.set(tables, new Map()).get(tables)!;
  let bytes = made.get(def.name);
  if (!bytes) {
    // A table too large for a workbook (see publish/downloads.ts LIMITS) gets the empty template: staff add a
    // report's rows and the checker compares them with the published CSV.
    const rows = tables[def.name] as unknown as TemplateRow[];
    bytes = templateXlsxOffThread(def, rows.length <= LIMITS.xlsxRows ? rows : []);
    made.set(def.name, bytes);
  }
  return bytes;
}
