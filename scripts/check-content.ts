/**
 * Checks the report narratives (content/*.mdx) against the data before the site
 * is built: each names a report of data/reports.csv (one narrative per report) and
 * cites only figure, area, report and topic ids that exist. Prints every problem
 * with file and line; exit 1 when there is any, 0 otherwise.
 * The same checks run inside the build (src/content/*), this gives authors the
 * message first, as an author's error and not a program error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadDataOrThrow } from '../src/data/load.ts';
import { contentDir } from '../src/content/dir.ts';
import { checkRefs, narrativeProblems } from '../src/content/figure-refs.ts';
import { knownOf } from '../src/content/known.ts';


const root = resolve(import.meta.dirname, '..');

/** Checks the narratives against the (shared, already loaded) data: 0 when they cite only what exists, 1 otherwise. */
export async function checkContent(): Promise<0 | 1> {
  const dir = contentDir();
  if (!dir) {
    console.log('Không có thư mục bài viết cho thư mục dữ liệu này (đặt CONTENT_DIR nếu cần): bỏ qua.');
    return 0;
  }
  const data = await loadDataOrThrow();
  const known = knownOf(data);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).sort();
  const problems: string[] = [];
  const entries = [];
  for (const f of files) {
    const path = relative(root, join(dir, f));
    const text = readFileSync(join(dir, f), 'utf8');
    const report = /^---[\s\S]*?^report:\s*["']?([^"'\s]+)/m.exec(text)?.[1];
    if (!report) problems.push(`${path}: thiếu dòng "report: <mã báo cáo>" ở phần đầu bài.`);
    else entries.push({ id: f, filePath: path, data: { report } });
    problems.push(...checkRefs(path, text, known));
  }
  problems.push(...narrativeProblems(entries, data.tables.reports.map((r) => r.id)));
  if (problems.length > 0) {
    console.error(`Bài viết báo cáo có ${problems.length} lỗi:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    return 1;
  }
  console.log(`${files.length} bài viết báo cáo: mọi mã con số, địa bàn, báo cáo và chủ đề đều có trong dữ liệu.`);
  return 0;
}

if (import.meta.main) process.exitCode = await checkContent();
