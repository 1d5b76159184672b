/**
 * The end of `npm run build`, in a process of its own: the search index
 * (Pagefind) made from the built pages, then dist/ replaced. scripts/build.ts
 * hands over to it with process.execve once Astro has written every page and
 * download, so that the data and everything made from it are gone before
 * Pagefind starts: while it writes its index Pagefind takes some 0.8 GB at
 * national scale, and beside the build's own memory that was the build's peak.
 * Pagefind reads the pages marked for search (BaseLayout's data-pagefind-body)
 * from the files, on both cores, in the same order whatever order they were
 * rendered in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordedTerms, termRecord } from '../src/lib/search-terms.ts';
import { crashesAreProgramErrors, dropScratch, programError, publish, releaseBuild, scratch } from './build-steps.ts';

const startedAt = Number(process.env.MTQG_BUILD_STARTED ?? Date.now());

// This process continues scripts/build.ts (same pid, so it holds its lock): released when it exits.
process.on('exit', releaseBuild);
let doing = 'tạo chỉ mục tìm kiếm';
crashesAreProgramErrors(() => doing);

const terms = recordedTerms();
try {
  // A build whose pages went elsewhere (a wrong output folder) must not replace the published site with an empty one.
  if (!existsSync(join(scratch, 'index.html'))) throw new Error(`Astro did not write the home page into ${scratch}`);
  const pagefind = await import('pagefind');
  try {
    const { errors, index } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    // Each glossary entry a result of its own, linked to its anchor on /gioi-thieu/ (src/lib/search-terms.ts).
    for (const t of terms) {
      const record = await index.addCustomRecord(termRecord(t));
      if (record.errors.length) throw new Error(`Pagefind: ${record.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(scratch, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  // The pages indexed (addDirectory counts every page it read, searched or not), then the glossary's entries.
  const entry = JSON.parse(readFileSync(join(scratch, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const records = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  console.log(`Chỉ mục tìm kiếm: ${records - terms.length} trang và ${terms.length} thuật ngữ.`);
} catch (error) {
  console.error(error);
  dropScratch();
  programError('tạo chỉ mục tìm kiếm');
}

console.log('\n3/3 Thay bản công bố dist/ …');
doing = 'thay bản công bố dist/';
try {
  publish(process.env.MTQG_BUILD_INPUTS);
} catch (error) {
  console.error(error);
  dropScratch();
  programError(doing);
}
console.log(`Xong sau ${((Date.now() - startedAt) / 1000).toFixed(1)} giây: trang web ở dist/.`);
// Pagefind's process may leave handles open; the build is done.
process.exit(0);
