/**
 * What is published, for `npm run check` and the build: the data folder's
 * tables at the last commit before the change being checked, read from git.
 * - uncommitted edits of the tables (a staff member's working copy): HEAD;
 * - otherwise (CI checking a pushed commit): HEAD's first parent, the data
 *   as it was before this commit;
 * - DATA_PUBLISHED_REF (a commit, tag or branch) says otherwise: CI sets it to
 *   the tag `da-cong-bo`, which the publishing job moves to each commit it
 *   publishes (.github/workflows/cong-bo.yml), so that a row deleted by a
 *   commit CI refused is still found in the next commit. When it does not
 *   resolve (no such tag yet), the rule above applies.
 * No git, no history (a shallow clone, the first commit) or a data folder
 * outside a repository: nothing to compare with, and why (NotCompared): the
 * check's report says so in staff words (report.ts), never a bare "no error".
 * The browser checker compares with the published CSV files the site ships
 * (src/staff/checker.ts): the data of the build, which is the same commit.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TableName } from './define.ts';
import type { NotCompared } from './published.ts';
import { TABLES } from './tables/index.ts';

export interface PublishedFiles {
  /** The commit the rows are read from, short, and how it was chosen (for the note). */
  ref: string;
  /** Each table's file at that commit; absent when the file was not there. */
  texts: Partial<Record<TableName, Uint8Array>>;
  /** A table kept there as a workbook (data/<table>.xlsx, no CSV: the server read it): its bytes, to read as load.ts does. */
  workbooks: Partial<Record<TableName, Uint8Array>>;
}

const git = (cwd: string, args: string[], input?: string) =>
  execFileSync('git', args, { cwd, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'], maxBuffer: 1024 * 1024 * 1024 });

/** The tables as published, or why git cannot say. Never throws. */
export function publishedFiles(dataDir: string, publishedRef: string | null): PublishedFiles | { notCompared: NotCompared } {
  const dir = resolve(dataDir);
  try {
    git(dir, ['--version']);
  } catch {
    return { notCompared: 'no-git' };
  }
  try {
    if (git(dir, ['rev-parse', '--is-inside-work-tree']).toString().trim() !== 'true') return { notCompared: 'no-repository' };
    const prefix = git(dir, ['rev-parse', '--show-prefix']).toString().trim();
    const files = TABLES.flatMap((t) => [t.file, t.file.replace(/\.csv$/, '.xlsx')]);
    const resolve = (rev: string) => {
      try {
        return git(dir, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).toString().trim() || null;
      } catch {
        return null;
      }
    };
    // A ref that does not resolve (a tag not made yet, a branch's first push "0000…") falls back to the default.
    let ref = publishedRef ?? '';
    let commit = ref && !/^0+$/.test(ref) ? resolve(ref) : null;
    if (!commit) {
      const dirty = git(dir, ['status', '--porcelain', '--untracked-files=all', '--', ...files]).toString().trim() !== '';
      ref = dirty ? 'HEAD' : 'HEAD^';
      commit = resolve(ref);
    }
    if (!commit) return { notCompared: git(dir, ['rev-parse', '--is-shallow-repository']).toString().trim() === 'true' ? 'shallow' : 'first-commit' };
    const texts: PublishedFiles['texts'] = {};
    const workbooks: PublishedFiles['workbooks'] = {};
    const blob = (file: string) => {
      try {
        return new Uint8Array(git(dir, ['cat-file', 'blob', `${commit}:${prefix}${file}`]));
      } catch {
        return null; // not in that commit
      }
    };
    for (const t of TABLES) {
      // The CSV when there is one (the server reads it, not a workbook beside it); else the workbook.
      const csv = blob(t.file);
      const xlsx = csv ? null : blob(t.file.replace(/\.csv$/, '.xlsx'));
      if (csv) texts[t.name] = csv;
      else if (xlsx) workbooks[t.name] = xlsx;
    }
    return { ref: `${ref} (${commit.slice(0, 10)})`, texts, workbooks };
  } catch {
    return { notCompared: 'no-repository' }; // git refused the folder (not a repository, not a safe directory)
  }
}
