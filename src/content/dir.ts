/**
 * Where the report narratives (MDX) are read from. They cite rows of data/, so they
 * go with that data folder: content/ for the real data/; a build from another data
 * folder (tests, a staff member's trial copy) reads CONTENT_DIR, or no narratives at
 * all, rather than pages that cite rows which are not there.
 */
import { resolve } from 'node:path';
import { config, type Config } from '../core/config.ts';

const root = resolve(import.meta.dirname, '../..');

export function contentDir(settings: Pick<Config, 'CONTENT_DIR' | 'DATA_DIR'> = config()): string | null {
  if (settings.CONTENT_DIR) return resolve(root, settings.CONTENT_DIR);
  const data = resolve(root, settings.DATA_DIR);
  return data === resolve(root, 'data') ? resolve(root, 'content') : null;
}
