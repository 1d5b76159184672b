/**
 * The templates of data/templates/ (XLSX for Excel, CSV), served with the
 * staff pages so that a person with only a browser can download them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { TABLES } from '../../../data/tables/index.ts';

const DIR = resolve('data/templates');

export function getStaticPaths() {
  return TABLES.flatMap((t) => [t.file, t.file.replace(/\.csv$/, '.xlsx')].map((file) => ({ params: { file } })));
}

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const type = file.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8';
  return new Response(readFileSync(resolve(DIR, file)), { headers: { 'Content-Type': type } });
};
