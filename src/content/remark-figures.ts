/**
 * Remark plugin: before a narrative is compiled, every figure, area, report and
 * topic id it cites must exist in the data, or the build stops naming the page,
 * the line and the id, with the nearest ids (Astro keeps frontmatter lines blank,
 * so line numbers are the file's).
 */
import { relative, resolve } from 'node:path';
import { loadDataOrThrow } from '../data/load.ts';
import { checkRefs } from './figure-refs.ts';
import { knownOf } from './known.ts';

const root = resolve(import.meta.dirname, '../..');

export function remarkFigureRefs() {
  return async (_tree: unknown, file: { path?: string; value: unknown }) => {
    const page = file.path ? relative(root, file.path) : 'bài viết MDX';
    const problems = checkRefs(page, String(file.value), knownOf(await loadDataOrThrow()));
    if (problems.length > 0) {
      throw new Error(`Bài viết trích dẫn mã không có trong dữ liệu (sửa mã trong bài viết, hoặc thêm dòng vào data/):\n${problems.join('\n')}`);
    }
  };
}
