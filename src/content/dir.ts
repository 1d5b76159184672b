/**
 * Where the report narratives (MDX) are read from. They cite rows of data/, so they
 * go with that data folder: content/ for the real data/; a build from another data
 * folder (tests, a staff member's trial copy) reads CONTENT_DIR, or no narratives at
 * all, rather than pages that cite rows which are not there.
 */
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export function contentDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CONTENT_DIR) return resolve(root, env.CONTENT_DIR);
  const data = resolve(root, env.DATA_DIR ?? 'data');
  return data === resolve(root, 'data') ? resolve(root, 'content') : null;
}
