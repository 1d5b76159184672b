/** The built site read from dist/ as documents, for tests that inspect the HTML without a browser. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = join(import.meta.dirname, '../../dist');

/** Every built page: site path → its document. */
export function builtPages(): Map<string, Document> {
  const out = new Map<string, Document>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') out.set(`/${relative(DIST, dir)}/`.replace('//', '/'), parseHTML(readFileSync(path, 'utf8')).document);
    }
  };
  walk(DIST);
  return out;
}
