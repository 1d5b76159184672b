/**
 * The rows the report narratives cite (`<Value id="table/row-id…">`), for the staff
 * checker: a withdrawn row an article still cites is refused in staff words
 * (src/data/published.ts citedIssues) before the build would stop on the article.
 * Used by `npm run check` (scripts/check-data.ts) and by /cap-nhat/ (shipped in the page).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../core/config.ts';
import type { Cited } from '../data/published.ts';
import { contentDir } from './dir.ts';
import { refsIn } from './figure-refs.ts';

/** "table/row-id" → the articles citing it, e.g. "bài viết về báo cáo bg-2023-11-17 (content/bg-2023-11-17.mdx)". */
export function citedRows(dir: string | null): Cited {
  if (!dir) return {};
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).sort();
  } catch {
    return {};
  }
  const out: Record<string, string[]> = {};
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    const report = /^---[\s\S]*?^report:\s*["']?([^"'\s]+)/m.exec(text)?.[1];
    const article = `bài viết ${report ? `về báo cáo ${report} ` : ''}(content/${f})`;
    for (const ref of refsIn(text)) {
      if (ref.component !== 'Value') continue;
      const key = ref.value.split('/').slice(0, 2).join('/');
      const list = (out[key] ??= []);
      if (!list.includes(article)) list.push(article);
    }
  }
  return out;
}

/** The narratives' citations for a data folder: content/ goes with data/ only (src/content/dir.ts). */
export const citedFor = (dataDir: string, contentFolder = config().CONTENT_DIR): Cited => citedRows(contentDir({ CONTENT_DIR: contentFolder, DATA_DIR: dataDir }));
