/**
 * Vite plugin: before a narrative (.mdx) is compiled, every figure, area, report
 * and topic id it cites must exist in the data, or the build stops naming the
 * page, the line and the id, with the nearest ids. A Vite hook rather than a
 * remark plugin because Astro 7's default MDX processor (satteri) runs none; it
 * sees the raw file, so line numbers are the file's.
 */
import { relative, resolve } from 'node:path';
import { loadDataOrThrow } from '../data/load.ts';
import { checkRefs } from './figure-refs.ts';
import { knownOf } from './known.ts';

const root = resolve(import.meta.dirname, '../..');

export function figureRefs() {
  return {
    name: 'mtqg-figure-refs',
    enforce: 'pre' as const,
    async transform(code: string, id: string) {
      const path = id.split('?')[0]!;
      if (!path.endsWith('.mdx')) return null;
      const problems = checkRefs(relative(root, path), code, knownOf(await loadDataOrThrow()));
      if (problems.length > 0) {
        throw new Error(`Bài viết trích dẫn mã không có trong dữ liệu (sửa mã trong bài viết, hoặc thêm dòng vào data/):\n${problems.join('\n')}`);
      }
      return null;
    },
  };
}
