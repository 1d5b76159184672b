/**
 * Published rows of every table are kept, not only the figures: a reference row (a report's date or number,
 * a cited document's date) changed in place, and a row of withdrawals.csv (the record of a decision) removed
 * or edited, are refused unless decided — in `npm run check` (published = git) and in the browser checker
 * (published = the site's files) alike.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TableName } from '../../src/data/define.ts';
import { loadData } from '../../src/data/load.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { runChecker, type Published } from '../../src/staff/checker.ts';
import { publishedIssues } from '../../src/data/published.ts';
import type { Row } from '../../src/data/validate.ts';
import { dataDir, only, removeDataDirs, ROOT } from './helpers.ts';

afterAll(removeDataDirs);

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' }).toString();

/** valid-min in its own repository, committed once (that commit is published), with `files` written first. */
function publishedRepo(files: Record<string, string> = {}): string {
  const dir = dataDir(null, files);
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'published');
  return dir;
}

const edit = (dir: string, file: string, from: string, to: string) => {
  const text = readFileSync(join(dir, file), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, file), text.replace(from, to));
};
const errors = (issues: readonly { severity: string; code: string }[]) => issues.filter((i) => i.severity === 'error').map((i) => i.code);

const HEADER = 'row_id,table,reason,date,decided_by\n';
const DECIDED = 'bg-2023-11-17-f01,funding,Chép sai một chữ số của mục 3.1.2,2024-01-10,Trưởng ban Nguyễn Văn A\n';

describe('npm run check: a published reference row changed in place', () => {
  it("refuses a published report's date changed, with the old and new value, file, line and column", async () => {
    const dir = publishedRepo();
    // Line 2 of reports.csv: bg-2023-11-17, printed on 17/11/2023; typed over as the 18th.
    edit(dir, 'reports.csv', '/BC-BDT,2023-11-17,2023-11,2023-11,', '/BC-BDT,2023-11-18,2023-11,2023-11,');
    const data = await loadData(dir);
    const changed = only(data.issues, 'published.changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ severity: 'error', line: 2, column: 'date', value: '2023-11-18' });
    expect(changed[0]!.file).toMatch(/reports\.csv$/);
    expect(changed[0]!.message).toContain('dòng bg-2023-11-17 đã được công bố');
    expect(changed[0]!.message).toContain('date = 2023-11-18 (trước là 2023-11-17)');
    expect(changed[0]!.fix).toContain('row_id = bg-2023-11-17, table = reports');
  });

  it("refuses a cited document's number and date changed in place, naming both", async () => {
    const dir = publishedRepo();
    edit(dir, 'documents.csv', 'bg-2023-11-17-d01,bg-2023-11-17,3.2,ubnd-bg-kh-511-ngam-cau,511/KH-UBND,cited,2021-10-15,Kế hoạch số 511/KH-UBND ngày 15/10/2021', 'bg-2023-11-17-d01,bg-2023-11-17,3.2,ubnd-bg-kh-511-ngam-cau,512/KH-UBND,cited,2021-10-16,Kế hoạch số 512/KH-UBND ngày 16/10/2021');
    const [changed, ...rest] = only((await loadData(dir)).issues, 'published.changed');
    expect(rest).toEqual([]);
    expect(changed!.message).toContain('dòng bg-2023-11-17-d01 đã được công bố (“Kế hoạch số 511/KH-UBND ngày 15/10/2021”, báo cáo bg-2023-11-17)');
    expect(changed!.message).toContain('doc_ref = 512/KH-UBND (trước là 511/KH-UBND)');
    expect(changed!.message).toContain('date = 2021-10-16 (trước là 2021-10-15)');
  });

  it('accepts the change when withdrawals.csv lists it, and a note edited alone (commentary, not a fact)', async () => {
    const dir = publishedRepo();
    edit(dir, 'reports.csv', '/BC-BDT,2023-11-17,2023-11,2023-11,', '/BC-BDT,2023-11-18,2023-11,2023-11,');
    writeFileSync(join(dir, 'withdrawals.csv'), `${HEADER}bg-2023-11-17,reports,Chép nhầm ngày ban hành; báo cáo in ngày 18/11/2023,2024-02-01,Trưởng ban\n`);
    expect(only((await loadData(dir)).issues, 'published.changed')).toEqual([]);
    const other = publishedRepo();
    edit(other, 'reports.csv', '2023-11,2023-11,"Kết quả công tác dân tộc tháng 11, phương hướng tháng 12/2023",Trưởng ban,,', '2023-11,2023-11,"Kết quả công tác dân tộc tháng 11, phương hướng tháng 12/2023",Trưởng ban,Bản scan thiếu trang 4,');
    expect(errors((await loadData(other)).issues)).toEqual([]);
  });
});

describe('npm run check: rows of withdrawals.csv are a record, never erased', () => {
  it('refuses a published withdrawal row deleted, naming its row, table and date', async () => {
    const dir = publishedRepo({ 'withdrawals.csv': HEADER + DECIDED });
    writeFileSync(join(dir, 'withdrawals.csv'), HEADER);
    const data = await loadData(dir);
    const [gone, ...rest] = only(data.issues, 'published.withdrawal-removed');
    expect(rest).toEqual([]);
    expect(gone).toMatchObject({ severity: 'error', column: 'row_id', value: 'bg-2023-11-17-f01' });
    expect(gone!.file).toMatch(/withdrawals\.csv$/);
    expect(gone!.message).toContain('quyết định rút lại dòng bg-2023-11-17-f01 (bảng funding, ngày 10/01/2024, lý do “Chép sai một chữ số của mục 3.1.2”)');
  });

  it('refuses a published withdrawal row whose reason or decider was rewritten', async () => {
    const dir = publishedRepo({ 'withdrawals.csv': HEADER + DECIDED });
    edit(dir, 'withdrawals.csv', 'Trưởng ban Nguyễn Văn A', 'Phó Trưởng ban Trần Văn B');
    const [changed, ...rest] = only((await loadData(dir)).issues, 'published.withdrawal-changed');
    expect(rest).toEqual([]);
    expect(changed).toMatchObject({ severity: 'error', line: 2, column: 'decided_by', value: 'Phó Trưởng ban Trần Văn B' });
    expect(changed!.message).toContain('decided_by = Phó Trưởng ban Trần Văn B (trước là Trưởng ban Nguyễn Văn A)');
  });

  it('accepts a new withdrawal row added below the published ones, with the change it decides', async () => {
    const dir = publishedRepo({ 'withdrawals.csv': HEADER + DECIDED });
    const TITLE = '"Kết quả công tác dân tộc tháng 11, phương hướng tháng 12/2023"';
    edit(dir, 'reports.csv', TITLE, '"Kết quả công tác dân tộc tháng 11 và phương hướng tháng 12/2023"');
    writeFileSync(join(dir, 'withdrawals.csv'), `${HEADER}${DECIDED}bg-2023-11-17,reports,Chép nhầm tên báo cáo,2024-02-01,Trưởng ban\n`);
    expect(errors((await loadData(dir)).issues)).toEqual([]);
  });

  it('refuses a new withdrawal that changes nothing, or names a row never published (walk-through 10)', async () => {
    const dir = publishedRepo({ 'withdrawals.csv': HEADER + DECIDED });
    writeFileSync(
      join(dir, 'withdrawals.csv'),
      `${HEADER}${DECIDED}bg-2023-11-17,reports,Chép nhầm tên báo cáo,2024-02-01,Trưởng ban\nbg-2023-11-17-n1,ncut,Chép nhầm số người,2024-02-01,Trưởng ban\n`,
    );
    const found = (await loadData(dir)).issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.value, i.line]);
    expect(found).toEqual([
      ['published.withdrawal-unchanged', 'bg-2023-11-17', 3],
      ['published.withdrawal-unknown', 'bg-2023-11-17-n1', 4],
    ]);
  });

  it("refuses an old row given a later report's figure with a reason naming that report: the site would quote the old report with it (walk-throughs 13, 15)", async () => {
    const dir = publishedRepo({ 'withdrawals.csv': HEADER + DECIDED });
    edit(dir, 'ncut.csv', ',523,,,,,523 người,', ',519,,,,,519 người,');
    writeFileSync(join(dir, 'withdrawals.csv'), `${HEADER}${DECIDED}bg-2023-11-17-n01,ncut,Theo Báo cáo số 27/BC-UBND của huyện là 519 người,2025-01-20,Trưởng ban\n`);
    const issues = (await loadData(dir)).issues;
    const [refused, ...more] = only(issues, 'published.withdrawal-rewrites');
    expect(more).toEqual([]);
    expect(refused).toMatchObject({ severity: 'error', line: 3, column: 'reason' });
    expect(refused!.message).toBe('dòng bg-2023-11-17-n01 vẫn còn nhưng đã được sửa, và lý do rút lại nhắc tới một báo cáo khác hay một lần đính chính: trang web sẽ trích báo cáo cũ với con số của báo cáo sau');
    expect(refused!.fix).toContain('thêm dòng của báo cáo sau với note bắt đầu bằng «Đính chính»');
    expect(only(issues, 'published.withdrawal-other-report')).toEqual([]);
    // A slip of one's own copying, said in its own words, is no such case.
    writeFileSync(join(dir, 'withdrawals.csv'), `${HEADER}${DECIDED}bg-2023-11-17-n01,ncut,Chép nhầm: báo cáo in 519 người,2025-01-20,Trưởng ban\n`);
    expect(errors((await loadData(dir)).issues)).toEqual([]);
    // Nor one that names the row's own report, by its number and date (walk-through 32), written as staff write it.
    writeFileSync(join(dir, 'withdrawals.csv'), `${HEADER}${DECIDED}bg-2023-11-17-n01,ncut,"Khi nhập báo cáo /BC-BDT ngày 17/11/2023, cán bộ chép nhầm 523 (báo cáo in 519 người)",2025-01-20,Trưởng ban\n`);
    expect(errors((await loadData(dir)).issues)).toEqual([]);
    // The same words with another day are another report's.
    writeFileSync(join(dir, 'withdrawals.csv'), `${HEADER}${DECIDED}bg-2023-11-17-n01,ncut,"Theo báo cáo ngày 30/11/2023, số đúng là 519 người",2025-01-20,Trưởng ban\n`);
    expect(only((await loadData(dir)).issues, 'published.withdrawal-rewrites').map((i) => i.line)).toEqual([3]);
  });

  it('refuses an old row rewritten in place, whatever the reason says, when another report\'s row corrects the same figure (walk-through 17)', async () => {
    const dir = publishedRepo({ 'withdrawals.csv': HEADER + DECIDED });
    // The later report's correction, entered as the guide says…
    const reports = join(dir, 'reports.csv');
    writeFileSync(reports, `${readFileSync(reports, 'utf8').trimEnd()}\nsd-2025-01-20,UBND huyện Sơn Động,son-dong,annual,27/BC-UBND,2025-01-20,2024,2024,Báo cáo năm 2024,,,,005_sd.txt\n`);
    const ncutFile = join(dir, 'ncut.csv');
    writeFileSync(ncutFile, `${readFileSync(ncutFile, 'utf8').trimEnd()}\nsd-2025-01-20-n01,sd-2025-01-20,II,bac-giang,2023-2027,count,province,519,,,,2023-11-17,519 người,reported,Đính chính số của báo cáo bg-2023-11-17.\n`);
    expect(errors((await loadData(dir)).issues)).toEqual([]);
    // …and the old row rewritten too, with a reason that names no report.
    edit(dir, 'ncut.csv', ',523,,,,,523 người,', ',519,,,,,519 người,');
    writeFileSync(join(dir, 'withdrawals.csv'), `${HEADER}${DECIDED}bg-2023-11-17-n01,ncut,"Số liệu sai, số đúng là 519 người",2025-01-20,Trưởng ban\n`);
    const refused = (await loadData(dir)).issues.filter((i) => i.code === 'published.withdrawal-rewrites');
    expect(refused.map((i) => [i.severity, i.line, i.column])).toEqual([['error', 3, 'reason']]);
  });

  it("only warns when the row is removed for a reason naming another report (a duplicate of that report's row)", async () => {
    const dir = publishedRepo({ 'withdrawals.csv': HEADER + DECIDED });
    const file = join(dir, 'ncut.csv');
    writeFileSync(file, readFileSync(file, 'utf8').split('\n').filter((l) => !l.startsWith('bg-2023-11-17-n01,')).join('\n'));
    writeFileSync(join(dir, 'withdrawals.csv'), `${HEADER}${DECIDED}bg-2023-11-17-n01,ncut,Trùng với số của báo cáo ngày 30/11/2023,2025-01-20,Trưởng ban\n`);
    const issues = (await loadData(dir)).issues;
    expect(errors(issues)).toEqual([]);
    const [warned, ...more] = only(issues, 'published.withdrawal-other-report');
    expect(more).toEqual([]);
    expect(warned).toMatchObject({ severity: 'warning', line: 3, column: 'reason' });
    expect(warned!.fix).toContain('thêm dòng của báo cáo sau với ghi chú bắt đầu bằng «Đính chính»');
  });

  it('names a mistyped withdrawal id at once, while the table it names still has other errors (walk-through 11)', async () => {
    const dir = publishedRepo({ 'withdrawals.csv': HEADER + DECIDED });
    writeFileSync(join(dir, 'withdrawals.csv'), `${HEADER}${DECIDED}bg-2023-11-17-n1,ncut,Chép nhầm số người,2024-02-01,Trưởng ban\n`);
    // A new ncut row whose report does not exist: ncut.csv fails, and the withdrawal's own slip is said beside it.
    const ncut = readFileSync(join(dir, 'ncut.csv'), 'utf8').trimEnd().split('\n');
    writeFileSync(join(dir, 'ncut.csv'), [...ncut, ncut[1]!.replace(/^[^,]+,[^,]+/, 'xx-2025-01-n9,xx-2025-01')].join('\n') + '\n');
    const found = (await loadData(dir)).issues.filter((i) => i.severity === 'error').map((i) => i.code);
    expect(found).toContain('published.withdrawal-unknown');
    expect(found.length).toBeGreaterThan(1);
  });
});

/** The site's published CSV files, as /cap-nhat/ fetches them. */
const published = Object.fromEntries(TABLES.map((t) => [t.name, readFileSync(join(ROOT, 'data', t.file), 'utf8')])) as Published;
const chosen = (table: TableName, text: string) => ({ table, file: `${table}.csv`, bytes: new TextEncoder().encode(text), fromXlsx: false });

describe('the browser checker: the same refusals', () => {
  it("refuses a published report's date typed over (bg-2023-11-17 as 18/11/2023)", () => {
    const line = published.reports.split('\n').find((l) => l.startsWith('bg-2023-11-17,'))!;
    expect(line).toContain(',2023-11-17,2023-11,2023-11,');
    const result = runChecker([chosen('reports', published.reports.replace(line, line.replace(',2023-11-17,2023-11,2023-11,', ',2023-11-18,2023-11,2023-11,')))], published);
    const [changed] = only(result.issues, 'published.changed');
    expect(changed).toMatchObject({ severity: 'error', column: 'date', value: '2023-11-18', line: 2 });
    expect(changed!.message).toContain('date = 2023-11-18 (trước là 2023-11-17)');
  });

  it('refuses a published withdrawal row deleted', () => {
    const site = { ...published, withdrawals: HEADER + DECIDED };
    const result = runChecker([chosen('withdrawals', HEADER)], site);
    expect(errors(result.issues)).toEqual(['published.withdrawal-removed']);
  });

  it("warns of a published row's note emptied in the chosen file, and publishes", () => {
    // The small fixture as the site: its funding row f01 published with a note, the chosen file without it.
    const site = Object.fromEntries(TABLES.map((t) => [t.name, readFileSync(join(ROOT, 'test/fixtures/valid-min', t.file), 'utf8')])) as Published;
    const noted = site.funding.replace('495.128 triệu đồng,reported,,,', '495.128 triệu đồng,reported,Tổng vốn năm 2023 của cả tỉnh.,,');
    expect(noted).not.toBe(site.funding);
    const result = runChecker([chosen('funding', site.funding)], { ...site, funding: noted });
    const [cleared, ...rest] = only(result.issues, 'published.note-cleared');
    expect(rest).toEqual([]);
    expect(cleared).toMatchObject({ severity: 'warning', column: 'note', line: 2 });
    expect(cleared!.message).toContain('«Tổng vốn năm 2023 của cả tỉnh.»');
    expect(errors(result.issues)).toEqual([]);
  });
});

describe('npm run check: a published note emptied', () => {
  const F01 = '495.128 triệu đồng,reported,,,';
  const NOTED = '495.128 triệu đồng,reported,Tổng vốn năm 2023 của cả tỉnh.,,';
  const REPORT = '2023-11,2023-11,"Kết quả công tác dân tộc tháng 11, phương hướng tháng 12/2023",Trưởng ban,';
  const CAVEAT = 'Tiêu đề ghi tháng 11 nhưng số liệu đến 15/11/2023.';

  /** valid-min published with a note on funding row f01 and a caveat on every figure of its report. */
  function notedRepo(): string {
    const dir = publishedRepo();
    edit(dir, 'funding.csv', F01, NOTED);
    edit(dir, 'reports.csv', `${REPORT},,000_a.txt`, `${REPORT},${CAVEAT},000_a.txt`);
    git(dir, 'commit', '-q', '-am', 'published with notes');
    return dir;
  }

  it("warns, without blocking, when a row's published note is emptied: file, line, column, the note to copy back", async () => {
    const dir = notedRepo();
    edit(dir, 'funding.csv', NOTED, F01);
    const data = await loadData(dir);
    const cleared = only(data.issues, 'published.note-cleared');
    expect(cleared).toHaveLength(1);
    expect(cleared[0]).toMatchObject({ severity: 'warning', line: 2, column: 'note', value: '' });
    expect(cleared[0]!.file).toMatch(/funding\.csv$/);
    expect(cleared[0]!.message).toBe('ghi chú của dòng bg-2023-11-17-f01 (bảng funding) đã được công bố («Tổng vốn năm 2023 của cả tỉnh.»), nay ô note để trống: con số của dòng này sẽ được in không kèm ghi chú đó');
    expect(cleared[0]!.fix).toContain('chép lại ghi chú trên vào ô note của dòng bg-2023-11-17-f01');
    expect(errors(data.issues)).toEqual([]);
  });

  it("warns when a report's published caveat on all its figures is emptied", async () => {
    const dir = notedRepo();
    edit(dir, 'reports.csv', `${REPORT},${CAVEAT},000_a.txt`, `${REPORT},,000_a.txt`);
    const data = await loadData(dir);
    const [cleared, ...rest] = only(data.issues, 'published.note-cleared');
    expect(rest).toEqual([]);
    expect(cleared).toMatchObject({ severity: 'warning', line: 2, column: 'figures_note' });
    expect(cleared!.message).toContain('lưu ý chung cho mọi con số của báo cáo bg-2023-11-17 đã được công bố («Tiêu đề ghi tháng 11 nhưng số liệu đến 15/11/2023.»)');
    expect(errors(data.issues)).toEqual([]);
  });

  it("says the page loses a reference row's note, not a figure's (a report's own note)", async () => {
    const dir = notedRepo();
    edit(dir, 'reports.csv', `Trưởng ban,,${CAVEAT}`, `Trưởng ban,Báo cáo gửi kèm phụ lục.,${CAVEAT}`);
    git(dir, 'commit', '-q', '-am', 'a note on the report');
    edit(dir, 'reports.csv', `Trưởng ban,Báo cáo gửi kèm phụ lục.,${CAVEAT}`, `Trưởng ban,,${CAVEAT}`);
    const [cleared, ...rest] = only((await loadData(dir)).issues, 'published.note-cleared');
    expect(rest).toEqual([]);
    expect(cleared).toMatchObject({ severity: 'warning', line: 2, column: 'note' });
    expect(cleared!.message).toBe('ghi chú của dòng bg-2023-11-17 (bảng reports) đã được công bố («Báo cáo gửi kèm phụ lục.»), nay ô note để trống: trang web sẽ không còn ghi chú đó');
  });

  it('says nothing of a note moved into its report\'s caveat, or of a row withdrawn', async () => {
    const moved = notedRepo();
    edit(moved, 'funding.csv', NOTED, F01);
    edit(moved, 'reports.csv', `${REPORT},${CAVEAT},000_a.txt`, `${REPORT},${CAVEAT} Tổng vốn năm 2023 của cả tỉnh.,000_a.txt`);
    expect(only((await loadData(moved)).issues, 'published.note-cleared')).toEqual([]);
    // Row f01 withdrawn (its figure mistyped), its note gone with the old figure.
    const withdrawn = notedRepo();
    edit(withdrawn, 'funding.csv', `495128,mvnd,,${NOTED}`, '495129,mvnd,,495.129 triệu đồng,reported,,,');
    writeFileSync(join(withdrawn, 'withdrawals.csv'), HEADER + DECIDED);
    const data = await loadData(withdrawn);
    expect(errors(data.issues)).toEqual([]);
    expect(only(data.issues, 'published.note-cleared')).toEqual([]);
  });

  it('counts, in one warning, more than 20 notes of a table emptied at once (a column deleted or pasted over)', () => {
    const rows = (note: boolean) => Array.from({ length: 25 }, (_, i) => ({ id: `bg-2023-11-17-f${i + 10}`, report_id: 'bg-2023-11-17', note: note ? `Ghi chú ${i + 1}.` : null }));
    const files = Object.fromEntries(TABLES.map((t) => [t.name, `data/${t.file}`])) as Record<TableName, string>;
    const issues = publishedIssues({ funding: rows(true) }, { funding: rows(false) } as unknown as Record<TableName, readonly Row[]>, { funding: rows(false).map((_, i) => i + 2) } as unknown as Record<TableName, readonly number[]>, files, new Set<TableName>(['funding']));
    expect(issues.map((i) => i.code)).toEqual(['published.notes-cleared']);
    expect(issues[0]).toMatchObject({ severity: 'warning', column: 'note', line: null });
    expect(issues[0]!.message).toBe('25 ghi chú đã được công bố của funding.csv (cột note, ví dụ dòng bg-2023-11-17-f10, bg-2023-11-17-f11, bg-2023-11-17-f12) nay để trống, hay cả cột đã mất: các con số đó sẽ được in không kèm ghi chú');
    // Twenty are said one by one, each with its line.
    const twenty = publishedIssues({ funding: rows(true).slice(0, 20) }, { funding: rows(false).slice(0, 20) } as unknown as Record<TableName, readonly Row[]>, { funding: rows(false).map((_, i) => i + 2) } as unknown as Record<TableName, readonly number[]>, files, new Set<TableName>(['funding']));
    expect(twenty.map((i) => [i.code, i.line])).toEqual(Array.from({ length: 20 }, (_, i) => ['published.note-cleared', i + 2]));
  });

  it('warns when a published note gains or loses its first words «Đính chính» (a correction becomes a discrepancy, or the reverse)', async () => {
    const dir = notedRepo();
    edit(dir, 'funding.csv', NOTED, '495.128 triệu đồng,reported,Đính chính số của báo cáo tháng 10.,,');
    git(dir, 'commit', '-q', '-am', 'published as a correction');
    edit(dir, 'funding.csv', 'reported,Đính chính số của báo cáo tháng 10.,,', 'reported,Số của báo cáo tháng 10 được sửa.,,');
    const [dropped, ...rest] = only((await loadData(dir)).issues, 'published.correction-note');
    expect(rest).toEqual([]);
    expect(dropped).toMatchObject({ severity: 'warning', line: 2, column: 'note', value: 'Số của báo cáo tháng 10 được sửa.' });
    expect(dropped!.message).toBe('ghi chú của dòng bg-2023-11-17-f01 đã được công bố bắt đầu bằng «Đính chính» («Đính chính số của báo cáo tháng 10.»), nay không còn: trang web sẽ thôi coi con số này là số đính chính của báo cáo trước, và nêu hai con số là chỗ chênh lệch giữa hai báo cáo');
    // Emptied: said once, as what it changes.
    edit(dir, 'funding.csv', 'reported,Số của báo cáo tháng 10 được sửa.,,', 'reported,,,');
    const emptied = (await loadData(dir)).issues.filter((i) => i.code.startsWith('published.'));
    expect(emptied.map((i) => i.code)).toEqual(['published.correction-note']);
    // Kept at the start while the rest is reworded: nothing to say.
    edit(dir, 'funding.csv', 'reported,,,', 'reported,Đính chính: số của báo cáo tháng 10 in sai.,,');
    expect(only((await loadData(dir)).issues, 'published.correction-note')).toEqual([]);
  });

  it('warns when a published figure\'s note is made to begin with «Đính chính»', async () => {
    const dir = notedRepo();
    edit(dir, 'funding.csv', NOTED, '495.128 triệu đồng,reported,Đính chính: tổng vốn năm 2023 của cả tỉnh.,,');
    const [marked, ...rest] = only((await loadData(dir)).issues, 'published.correction-note');
    expect(rest).toEqual([]);
    expect(marked).toMatchObject({ severity: 'warning', line: 2, column: 'note' });
    expect(marked!.message).toContain('nay bắt đầu bằng «Đính chính»: trang web sẽ coi con số này là số đính chính');
    expect(marked!.fix).toContain('trả ghi chú về như cũ («Tổng vốn năm 2023 của cả tỉnh.»)');
  });

  it('says nothing when a note is reworded, or a new note added', async () => {
    const dir = notedRepo();
    edit(dir, 'funding.csv', NOTED, '495.128 triệu đồng,reported,Tổng vốn giao năm 2023 (cả tỉnh).,,');
    edit(dir, 'funding.csv', 'bg-2023-11-17-f02,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2023,central,all,,assigned,442628,mvnd,,442.628 triệu đồng,reported,,,', 'bg-2023-11-17-f02,bg-2023-11-17,3.1.2,bac-giang,ntp1719,2023,central,all,,assigned,442628,mvnd,,442.628 triệu đồng,reported,Vốn trung ương.,,');
    const data = await loadData(dir);
    expect(only(data.issues, 'published.note-cleared')).toEqual([]);
    expect(errors(data.issues)).toEqual([]);
  });
});
