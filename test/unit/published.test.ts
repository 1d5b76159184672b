/**
 * Nothing published is lost without an explicit decision: a published row removed or
 * changed in place is refused, naming the row, its figure as printed and its report, unless
 * data/withdrawals.csv lists it; a table far shorter than the published one is refused with the
 * counts; a file no table is named for is refused with the name to give it. The same check runs in
 * `npm run check` (published = the data at the last commit before the change, from git) and in the
 * browser checker (published = the site's own CSV files): both are exercised here.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import readXlsxFile from 'read-excel-file/universal';
import { templateXlsx, type TemplateRow } from '../../src/templates/xlsx.ts';
import { afterAll, describe, expect, it } from 'vitest';
import type { TableName } from '../../src/data/define.ts';
import { citationsWith, loadData } from '../../src/data/load.ts';
import { citedFor, citedRows } from '../../src/content/cited.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { firstPublishedValues, withdrawalNotes, type TableChange } from '../../src/publish/changelog.ts';
import { runChecker, type Published } from '../../src/staff/checker.ts';
import { dataDir, only, removeDataDirs, ROOT, runCheck } from './helpers.ts';

const out = mkdtempSync(join(tmpdir(), 'mtqg-site-'));
afterAll(() => {
  removeDataDirs();
  rmSync(out, { recursive: true, force: true });
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' }).toString();

/** A data folder of valid-min in its own git repository, committed once: that commit is what is published. */
function publishedRepo(): string {
  const dir = dataDir(null);
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'published');
  return dir;
}

const withoutRow = (text: string, id: string) =>
  text
    .split('\n')
    .filter((l) => !l.startsWith(`${id},`))
    .join('\n');

const WITHDRAWAL = 'row_id,table,reason,date,decided_by\nbg-2023-11-17-n02,ncut,Chép nhầm từ mục 3.4 của báo cáo khác,2024-01-10,Phó Trưởng ban Nguyễn Văn A\n';

describe('npm run check: published rows (from git)', () => {
  it('refuses an uncommitted deletion of a published row, naming the row, its figure as printed and its report', async () => {
    const dir = publishedRepo();
    writeFileSync(join(dir, 'ncut.csv'), withoutRow(readFileSync(join(dir, 'ncut.csv'), 'utf8'), 'bg-2023-11-17-n02'));
    const data = await loadData(dir);
    const [removed, ...rest] = only(data.issues, 'published.removed');
    expect(rest).toEqual([]);
    expect(removed).toMatchObject({ severity: 'error', value: 'bg-2023-11-17-n02' });
    expect(removed!.file).toMatch(/ncut\.csv$/);
    expect(removed!.message).toContain('báo cáo bg-2023-11-17');
    expect(removed!.message).toMatch(/con số in “[^”]+”/);
    expect(removed!.fix).toContain('withdrawals.csv');
    const check = await runCheck(dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('bg-2023-11-17-n02');
    // The log starts with the staff-language summary.
    expect(check.stdout.split('\n')[0]).toMatch(/^KẾT QUẢ KIỂM TRA SỐ LIỆU: có 1 lỗi trong .*ncut\.csv — số liệu CHƯA được công bố/);
  });

  it('refuses the same deletion once committed (compared with the commit before it)', async () => {
    const dir = publishedRepo();
    writeFileSync(join(dir, 'ncut.csv'), withoutRow(readFileSync(join(dir, 'ncut.csv'), 'utf8'), 'bg-2023-11-17-n02'));
    git(dir, 'commit', '-q', '-am', 'delete a row');
    const data = await loadData(dir);
    expect(only(data.issues, 'published.removed').map((i) => i.value)).toEqual(['bg-2023-11-17-n02']);
  });

  it('with DATA_PUBLISHED_REF (CI: the tag da-cong-bo of the commit last published), a deletion in a refused commit is still found in the next one', async () => {
    const dir = publishedRepo();
    git(dir, 'tag', 'da-cong-bo');
    writeFileSync(join(dir, 'ncut.csv'), withoutRow(readFileSync(join(dir, 'ncut.csv'), 'utf8'), 'bg-2023-11-17-n02'));
    git(dir, 'commit', '-q', '-am', 'delete a row (CI refused it: not published)');
    writeFileSync(join(dir, 'README.md'), 'một thay đổi khác\n');
    git(dir, 'add', 'README.md');
    git(dir, 'commit', '-q', '-m', 'another commit');
    const removedWith = async (ref: string | null) => only((await loadData(dir, ref)).issues, 'published.removed').map((i) => i.value);
    expect(await removedWith('da-cong-bo')).toEqual(['bg-2023-11-17-n02']);
    // Without the tag, the commit before this one is taken, which has lost the row already: why CI sets the tag.
    expect(await removedWith(null)).toEqual([]);
    expect(await removedWith('no-such-tag')).toEqual([]);
  });

  it('refuses a published figure changed in place (same id), naming the figure as it was', async () => {
    const dir = publishedRepo();
    // Another figure under a published id (as a template's example row with that id would be): value and text agree.
    const text = readFileSync(join(dir, 'funding.csv'), 'utf8');
    expect(text).toContain('bg-2023-11-17-f01,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2023,all,all,,assigned,495128,mvnd,,495.128 triệu đồng,');
    writeFileSync(join(dir, 'funding.csv'), text.replace(',495128,mvnd,,495.128 triệu đồng,', ',198110,mvnd,,198.110 triệu đồng,'));
    const data = await loadData(dir);
    expect(data.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['published.changed']);
    const [changed] = only(data.issues, 'published.changed');
    expect(changed).toMatchObject({ value: '198110', column: 'value', line: 2 });
    expect(changed!.message).toContain('dòng bg-2023-11-17-f01 đã được công bố với con số in “495.128 triệu đồng”, báo cáo bg-2023-11-17');
    expect(changed!.message).toContain('value = 198110 (trước là 495128)');
  });

  it('accepts a removal listed in withdrawals.csv with its reason, and the changelog lists it with the reason', async () => {
    const dir = publishedRepo();
    writeFileSync(join(dir, 'ncut.csv'), withoutRow(readFileSync(join(dir, 'ncut.csv'), 'utf8'), 'bg-2023-11-17-n02'));
    writeFileSync(join(dir, 'withdrawals.csv'), WITHDRAWAL);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'withdraw a row');
    const data = await loadData(dir);
    expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(withdrawalNotes(data.tables.withdrawals)).toEqual([
      { table: 'ncut', tableTitle: TABLES.find((t) => t.name === 'ncut')!.title.vi, rowId: 'bg-2023-11-17-n02', reason: 'Chép nhầm từ mục 3.4 của báo cáo khác', date: '2024-01-10', decidedBy: 'Phó Trưởng ban Nguyễn Văn A' },
    ]);
  });

  it('a published withdrawal allows no later change: the row is protected again once the decision is published', async () => {
    const dir = publishedRepo();
    const changed = (value: string) => readFileSync(join(dir, 'funding.csv'), 'utf8').replace(/,495128,mvnd,,495\.128 triệu đồng,|,495129,mvnd,,495\.129 triệu đồng,/, `,${value},mvnd,,${value.replace(/(\d{3})$/, '.$1')} triệu đồng,`);
    writeFileSync(join(dir, 'funding.csv'), changed('495129'));
    writeFileSync(join(dir, 'withdrawals.csv'), 'row_id,table,reason,date,decided_by\nbg-2023-11-17-f01,funding,Chép sai một chữ số,2024-01-10,Trưởng ban\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'a decided correction');
    expect((await loadData(dir)).issues.filter((i) => i.severity === 'error')).toEqual([]);
    git(dir, 'tag', 'da-cong-bo');
    // A later edit of the same row, with the old decision still in withdrawals.csv, is refused.
    writeFileSync(join(dir, 'funding.csv'), changed('999999'));
    const later = await loadData(dir);
    expect(later.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['published.changed']);
  });

  it('refuses a published figure whose printed text or status changed in place (they carry its qualifier and misprint note)', async () => {
    const dir = publishedRepo();
    const text = readFileSync(join(dir, 'funding.csv'), 'utf8');
    writeFileSync(join(dir, 'funding.csv'), text.replace(',495128,mvnd,,495.128 triệu đồng,reported,', ',495128,mvnd,,khoảng 495.128 triệu đồng,estimate,'));
    const data = await loadData(dir);
    const [changed] = only(data.issues, 'published.changed');
    expect(changed!.message).toContain('figure_text = khoảng 495.128 triệu đồng');
  });

  it('refuses "funding (1).csv" in the data folder, naming it and the name to give it', async () => {
    const dir = dataDir(null, { 'funding (1).csv': readFileSync(join(ROOT, 'test/fixtures/valid-min/funding.csv')) });
    const data = await loadData(dir);
    const [unknown] = only(data.issues, 'file.unknown');
    expect(unknown).toMatchObject({ severity: 'error' });
    expect(unknown!.file).toMatch(/funding \(1\)\.csv$/);
    expect(unknown!.fix).toContain('đổi tên thành funding.csv');
    const check = await runCheck(dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('funding (1).csv');
  });
});

/** The site's published CSV files, as /cap-nhat/ fetches them. */
const published = Object.fromEntries(TABLES.map((t) => [t.name, readFileSync(join(ROOT, 'data', t.file), 'utf8')])) as Published;
const chosen = (table: TableName, text: string, file = `${table}.csv`) => ({ table, file, bytes: new TextEncoder().encode(text), fromXlsx: false });

describe('the browser checker (runChecker): published rows (the site’s files)', () => {
  it('refuses deleting an uncited published row (bt-2023-06-n09 in ncut.csv), naming it', () => {
    const result = runChecker([chosen('ncut', withoutRow(published.ncut, 'bt-2023-06-n09'))], published);
    const removed = only(result.issues, 'published.removed');
    expect(removed.map((i) => i.value)).toEqual(['bt-2023-06-n09']);
    expect(removed[0]!.message).toContain('báo cáo bt-2023-06');
    expect(result.errors).toBe(1);
  });

  it('refuses a table replaced by only new rows, with the counts', () => {
    const lines = published.funding.trim().split('\n');
    const nine = [lines[0]!, ...lines.slice(1, 10).map((l) => l.replace(/^[^,]+/, (id) => `${id}x`))].join('\n') + '\n';
    const result = runChecker([chosen('funding', nine)], published);
    const [shrunk] = only(result.issues, 'published.shrunk');
    expect(shrunk!.message).toContain(`funding.csv có 9 dòng, bản đã công bố có ${lines.length - 1} dòng`);
    expect(result.errors).toBeGreaterThan(0);
  });

  it('says a published figure changed in place at the first check, even when a new row of the file has another error', () => {
    // The walk-through: Lục Nam's 19 planned works (bg-2023-11-30-w21) typed over as 18, and a new row whose report
    // is not in reports.csv yet. Before, only the unknown report was said.
    const edited = published.works.replace(/^(bg-2023-11-30-w21,.*,planned,)19,/m, '$118,');
    expect(edited).not.toBe(published.works);
    const added = 'bg-2026-01-10-w01,bg-2026-01-10,II,tan-yen,plan511,2025,current,all,ngam,completed,2,2025-12-31,2 ngầm,reported,';
    const result = runChecker([chosen('works', `${edited.trimEnd()}\n${added}\n`)], published);
    expect(only(result.issues, 'ref.unknown').length).toBeGreaterThan(0);
    const [changed] = only(result.issues, 'published.changed');
    expect([changed!.value, changed!.column]).toEqual(['18', 'count']);
    expect(changed!.message).toContain('bg-2023-11-30-w21');
  });

  it('says the published rows are missing at the first check, even when the file has another error', () => {
    // Started from the blank template: 3 new rows, one with a value typed as text. Before, only the text error was
    // said; the 113 missing rows came at the next check, once it was fixed.
    const lines = published.funding.trim().split('\n');
    const mine = [lines[0]!, ...lines.slice(1, 4).map((l) => l.replace(/^[^,]+/, (id) => `${id}x`))].join('\n');
    const withText = mine.replace(/^([^,\n]*x(?:,[^,\n]*){9}),[^,\n]*/m, '$1,nhiều');
    expect(withText).not.toBe(mine);
    const result = runChecker([chosen('funding', `${withText}\n`)], published);
    expect(only(result.issues, 'number.text').length).toBeGreaterThan(0);
    const [shrunk] = only(result.issues, 'published.shrunk');
    expect(shrunk!.message).toContain(`funding.csv có 3 dòng, bản đã công bố có ${lines.length - 1} dòng`);
    expect(only(result.issues, 'published.removed').length).toBeGreaterThan(0);
    // A row of the file that failed is not taken for a deleted one: only the published rows not written at all.
    expect(only(result.issues, 'published.removed').every((i) => !/x$/.test(String(i.value)))).toBe(true);
  });

  it('a published row with an error in a cell is not said to be deleted', () => {
    const lines = published.funding.trim().split('\n');
    const broken = [lines[0]!, lines[1]!.replace(/^((?:[^,]*,){10})[^,]*/, '$1nhiều'), ...lines.slice(2)].join('\n');
    expect(broken).not.toBe(published.funding.trim());
    const result = runChecker([chosen('funding', `${broken}\n`)], published);
    expect(only(result.issues, 'number.text')).toHaveLength(1);
    expect(only(result.issues, 'published.removed')).toEqual([]);
  });

  it('refuses a CSV named "funding (1).csv", naming it', () => {
    const result = runChecker([chosen('funding', published.funding, 'funding (1).csv')], published, ['funding (1).csv']);
    const [unknown] = only(result.issues, 'file.unknown');
    expect(unknown!.file).toBe('funding (1).csv');
    expect(unknown!.fix).toContain('đổi tên thành funding.csv');
  });

  it('accepts the published files as they are', () => {
    const result = runChecker([chosen('ncut', published.ncut), chosen('funding', published.funding)], published);
    expect(result.errors).toBe(0);
  });
});

describe('the site shows each withdrawal with its reason', () => {
  it('/du-lieu/ lists the withdrawn row, its table, date, reason and who decided, in the changelog section', async () => {
    const dir = publishedRepo();
    writeFileSync(join(dir, 'ncut.csv'), withoutRow(readFileSync(join(dir, 'ncut.csv'), 'utf8'), 'bg-2023-11-17-n02'));
    writeFileSync(join(dir, 'withdrawals.csv'), WITHDRAWAL);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'withdraw a row');
    const dist = join(out, 'dist');
    const built = await new Promise<{ code: number; output: string }>((done) =>
      execFile(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, DATA_DIR: dir, DIST_DIR: dist } }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      ),
    );
    expect(built.code, built.output).toBe(0);
    const doc = parseHTML(readFileSync(join(dist, 'du-lieu', 'index.html'), 'utf8')).document;
    const item = doc.querySelector('#thay-doi li[data-row="bg-2023-11-17-n02"]');
    const text = (item?.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('10/01/2024');
    expect(text).toContain('bg-2023-11-17-n02');
    expect(text).toContain('Lý do: Chép nhầm từ mục 3.4 của báo cáo khác');
    expect(text).toContain('Nguyễn Văn A');
  }, 180_000);
});

describe('the figure a corrected row was first published with', () => {
  it('is its oldest edit of a figure column, over the updates (newest first) and then the uncommitted edits', () => {
    const change = (id: string, field: string, before: string, after: string): TableChange => ({ table: 'funding', added: [], corrected: [id], edits: [{ id, field, before, after }], removed: [], superseded: [], correctedLater: [] });
    const updates = [
      { commit: 'c3', date: '2025-02-01', subject: '', first: false, changes: [change('f1', 'value', '35657', '35757')] },
      { commit: 'c2', date: '2025-01-20', subject: '', first: false, changes: [change('f1', 'value', '36557', '35657'), change('f2', 'note', 'a', 'b')] },
    ];
    const was = firstPublishedValues({ updates }, [change('f3', 'value', '10', '11')]);
    // 36.557 was published first, then corrected twice: the first is what readers may have quoted.
    expect(was.get('funding\u0000f1')).toEqual({ field: 'value', value: '36557' });
    // A note is not a figure.
    expect(was.has('funding\u0000f2')).toBe(false);
    expect(was.get('funding\u0000f3')).toEqual({ field: 'value', value: '10' });
  });
});

describe('workbooks: a published row is never called an example', () => {
  const guide = async (bytes: Uint8Array) => (await readXlsxFile(new Blob([bytes as BlobPart]), { sheet: 'Hướng dẫn' })).flat().filter((c) => typeof c === 'string').join('\n');

  it('the current-data workbook (/cap-nhat/du-lieu/) says its rows are published figures to keep; the blank template names its example row', async () => {
    const published = await loadData(join(ROOT, 'data'));
    const def = TABLES.find((t) => t.name === 'funding')!;
    const current = await guide(await templateXlsx(def, published.tables.funding as unknown as TemplateRow[]));
    expect(current).not.toMatch(/ví dụ: sửa hoặc xóa|dòng 2 là (một )?dòng ví dụ/);
    expect(current).toContain('là một con số đã công bố, không phải dòng ví dụ');
    expect(current).toContain('withdrawals.csv');
    const blank = await guide(await templateXlsx(def));
    expect(blank).toContain('Dòng 2 là dòng ví dụ (mã bắt đầu bằng "vi-du-")');
  });
});

describe('a withdrawn row an article still cites', () => {
  const cited = citedRows(join(ROOT, 'content'));

  it('is refused by the browser checker, naming the article', () => {
    expect(cited['funding/bg-2023-11-17-f01']).toBeDefined();
    // The published withdrawals kept (each a public record), this one added.
    const withdrawal = `${published.withdrawals.trimEnd()}\nbg-2023-11-17-f01,funding,Chép nhầm,2024-01-10,Trưởng ban\n`;
    const result = runChecker(
      [chosen('funding', withoutRow(published.funding, 'bg-2023-11-17-f01')), chosen('withdrawals', withdrawal)],
      published,
      [],
      cited,
    );
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.code)).toEqual(['published.cited']);
    expect(errors[0]!.message).toContain('bài viết về báo cáo bg-2023-11-17 (content/bg-2023-11-17.mdx)');
    // Without the articles' list, the withdrawal alone is accepted: the list is what finds it.
    expect(runChecker([chosen('funding', withoutRow(published.funding, 'bg-2023-11-17-f01')), chosen('withdrawals', withdrawal)], published).errors).toBe(0);
  });

  it('is refused by the data check (the narratives of CONTENT_DIR)', async () => {
    const dir = publishedRepo();
    const content = mkdtempSync(join(tmpdir(), 'mtqg-content-'));
    writeFileSync(join(content, 'bg-2023-11-17.mdx'), '---\nreport: bg-2023-11-17\n---\n\nVốn giao <Value id="ncut/bg-2023-11-17-n02" />.\n');
    writeFileSync(join(dir, 'ncut.csv'), withoutRow(readFileSync(join(dir, 'ncut.csv'), 'utf8'), 'bg-2023-11-17-n02'));
    writeFileSync(join(dir, 'withdrawals.csv'), WITHDRAWAL);
    citationsWith((dataDir) => citedFor(dataDir, content));
    try {
      const data = await loadData(dir);
      expect(data.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.value])).toEqual([['published.cited', 'bg-2023-11-17-n02']]);
    } finally {
      citationsWith(undefined);
      rmSync(content, { recursive: true, force: true });
    }
  });
});
