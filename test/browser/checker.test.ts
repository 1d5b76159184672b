/**
 * The staff checker at /cap-nhat/ in headless Chromium: on every case of the
 * corpus of bad inputs (test/fixtures/bad) it reports exactly the issues of
 * `npm run check` (one implementation: src/data/check.ts runs in both);
 * the XLSX templates pass it; a single new file is checked against the
 * published data; the page keeps working offline once loaded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { canonicalCsv } from '../../src/data/canonical.ts';
import { loadData } from '../../src/data/load.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { dataDir, FIXTURES, removeDataDirs } from '../unit/helpers.ts';
import { launch } from './chromium.ts';
import { SITE_DATA } from './site-under-test.ts';

const baseUrl = inject('baseUrl');
const BAD = join(FIXTURES, 'bad');
const ROOT = join(FIXTURES, '../..');
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await launch();
  page = await context.newPage();
  await page.goto(`${baseUrl}/cap-nhat/`);
});
afterAll(async () => {
  await context?.close();
  removeDataDirs();
});

interface Seen {
  file: string;
  line: string;
  column: string;
  code: string;
  severity: string;
}

/** Chooses files in the page and waits for the result. */
async function choose(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const before = await page.locator('#ket-qua').getAttribute('data-done');
  await page.locator('#tep').setInputFiles(files);
  await page.waitForFunction((b) => document.getElementById('ket-qua')?.dataset.done !== (b ?? undefined), before);
}

async function shownIssues(): Promise<Seen[]> {
  return page.locator('#van-de tbody tr').evaluateAll((rows) =>
    rows.map((r) => {
      const d = (r as HTMLElement).dataset;
      return { file: d.file!, line: d.line!, column: d.column!, code: d.code!, severity: d.severity! };
    }),
  );
}

const key = (s: Seen) => `${s.file}|${s.line}|${s.column}|${s.code}|${s.severity}`;
const csvFiles = (dir: string) =>
  TABLES.map((t) => ({ name: t.file, mimeType: 'text/csv', buffer: readFileSync(join(dir, t.file)) }));

describe('/cap-nhat/ reports what npm run check reports', () => {
  const cases = readdirSync(BAD);
  it('covers the whole corpus', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases)('bad/%s', async (name) => {
    const dir = dataDir(`bad/${name}`);
    const expected = (await loadData(dir)).issues.map((i) =>
      key({ file: basename(i.file), line: i.line === null ? '' : String(i.line), column: i.column ?? '', code: i.code, severity: i.severity }),
    );
    await choose(csvFiles(dir));
    // The page also compares the chosen files with the site's published data (a fixture folder drops most
    // published rows: published.*); npm run check compares a folder with its git history, which these have not.
    const shown = (await shownIssues()).filter((s) => s.code !== 'file.not-canonical');
    const seen = shown.filter((s) => !s.code.startsWith('published.')).map(key);
    expect(seen.sort()).toEqual(expected.sort());
    const errors = shown.filter((s) => s.severity === 'error').length;
    const summary = await page.locator('#tom-tat').textContent();
    expect(summary).toContain(errors ? `Có ${errors} lỗi` : 'Không có lỗi');
  });

  it('shows file, line, column, the cell as typed, what is expected and the fix in Vietnamese', async () => {
    await choose(csvFiles(dataDir('bad/text-in-number')));
    const first = page.locator('#van-de tbody tr.loi').first();
    const cells = await first.locator('td').allTextContents();
    expect(cells[0]).toBe('Lỗi');
    expect(cells[1]).toMatch(/\.csv$/);
    expect(Number(cells[2])).toBeGreaterThan(1);
    expect(cells[3]).not.toBe('');
    expect(cells[4]).not.toBe('');
    expect(cells[6]!.length).toBeGreaterThan(5);
    expect(cells[7]!.length).toBeGreaterThan(5);
  });
});

describe('/cap-nhat/ and a new rounded figure copied without its «khoảng» (walk-through 29)', () => {
  it('lists it under its own heading, to look at the paper again; it is not an error', async () => {
    const indicators = readFileSync(join(SITE_DATA, 'indicators.csv'), 'utf8').trimEnd();
    const row = 'bg-2023-11-17-i90,bg-2023-11-17,3.3,bac-giang,livelihood,dispersed_water_households,Hộ được hỗ trợ nước sinh hoạt phân tán,2100,household,2023,,2.100 hộ,reported,';
    await choose([{ name: 'indicators.csv', mimeType: 'text/csv', buffer: Buffer.from(`${indicators}\n${row}\n`) }]);
    expect(await page.locator('#tom-tat').textContent()).toContain('Không có lỗi');
    expect(await page.locator('#so-tron li').allTextContents()).toEqual(['indicators.csv, dòng ' + (indicators.split('\n').length + 1) + ' (bg-2023-11-17-i90): «2.100 hộ»']);
    // Said beside the verdict and above the files to upload too (walk-through 33: the list alone went unseen).
    const reminder = 'Trước khi tải lên: so lại 1 số tròn với báo cáo (mục «Số tròn chưa có chữ «khoảng»…» ở dưới).';
    expect(await page.locator('#tom-tat').textContent()).toContain(reminder);
    expect(await page.locator('#so-tron-nhac').textContent()).toBe(reminder);
  });
});

describe('/cap-nhat/ with a single new file', () => {
  it('takes the other tables from the published data and previews the rows as the site shows them', async () => {
    const funding = readFileSync(join(SITE_DATA, 'funding.csv'), 'utf8');
    await choose([{ name: 'funding.csv', mimeType: 'text/csv', buffer: Buffer.from(funding.replaceAll('\n', '\r\n')) }]);
    expect(await page.locator('#tom-tat').textContent()).toContain('Không có lỗi');
    const rows = await page.locator('#xem-truoc tbody tr').count();
    expect(rows).toBe(funding.trim().split('\n').length - 1);
    // Nothing new: the rows are folded under a line that says so (walk-through 32), opened with a tap.
    const fold = page.locator('details:has(#xem-truoc)');
    expect(await fold.locator('summary').textContent()).toBe(`Không có dòng mới hay dòng sửa: ${rows} dòng hợp lệ, giống bản đang công bố (bấm để xem)`);
    expect(await page.locator('#xem-truoc').isVisible()).toBe(false);
    await fold.locator('summary').click();
    expect(await page.locator('#xem-truoc').isVisible()).toBe(true);
    const text = await page.locator('#xem-truoc tbody tr').first().textContent();
    expect(text).toMatch(/triệu đồng|tỷ đồng|%/);
    // A CRLF file is correct but not canonical: no warning here (noise after rows added as told), the page hands it
    // back in canonical form to upload, LF line ends and all.
    expect((await shownIssues()).some((s) => s.code === 'file.not-canonical')).toBe(false);
    const link = page.locator('#tai-ve a[data-table="funding"]');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const canonical = readFileSync((await download.path())!, 'utf8');
    expect(canonical.includes('\r')).toBe(false);
    expect(canonical.trim().split('\n').length).toBe(funding.trim().split('\n').length);
  });

  it('a new report continuing plan 511 as `current`: the same series warning as npm run check, naming the earlier row and the value to use', async () => {
    const real = (file: string) => readFileSync(join(SITE_DATA, file), 'utf8');
    const files = {
      'reports.csv': real('reports.csv').trimEnd() + '\nbg-2024-06-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,88/BC-BDT,2024-06-20,2024-01,2024-06,Báo cáo 6 tháng đầu năm 2024,Trưởng ban,,,005_e.txt\n',
      'works.csv': real('works.csv').trimEnd() + '\nbg-2024-06-20-w01,bg-2024-06-20,II.2,bac-giang,plan511,2022-2024,current,all,all,completed,71,2024-06-20,71/75 công trình,reported,\n',
    };
    const dir = dataDir(null, { ...Object.fromEntries(TABLES.map((t) => [t.file, real(t.file)])), ...files });
    const expected = (await loadData(dir)).issues.filter((i) => i.code === 'series.continue');
    expect(expected.map((i) => [basename(i.file), i.line, i.column])).toEqual([['works.csv', 44, 'plan_version']]);
    expect(expected[0]!.message).toContain('plan_version = revised (dòng 35, mã dòng bg-2023-11-30-w27, số 56)');
    await choose(Object.entries(files).map(([name, text]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })));
    const row = page.locator('#van-de tbody tr[data-code="series.continue"]');
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-line')).toBe('44');
    expect(await row.getAttribute('data-severity')).toBe('warning');
    expect(await row.textContent()).toContain('plan_version = revised');
    expect(await page.locator('#tom-tat').textContent()).toContain('Không có lỗi');
  });

  it('names a file it cannot place', async () => {
    await choose([{ name: 'so-lieu.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') }]);
    expect(await page.locator('#van-de tr[data-code="file.unknown"]').textContent()).toContain('so-lieu.csv');
    expect(await page.locator('#tom-tat').textContent()).toContain('Có 1 lỗi');
  });

  it('refuses a CSV renamed by the browser ("funding (1).csv"), naming it and the name to give it', async () => {
    await choose([{ name: 'funding (1).csv', mimeType: 'text/csv', buffer: readFileSync(join(SITE_DATA, 'funding.csv')) }]);
    const refused = page.locator('#van-de tr[data-code="file.unknown"]');
    expect(await refused.getAttribute('data-file')).toBe('funding (1).csv');
    expect(await refused.textContent()).toMatch(/đổi tên thành funding\.csv/i);
    expect(await page.locator('#tom-tat').textContent()).toContain('Có 1 lỗi');
  });
});

describe('files to publish', () => {
  it('are offered only when every chosen file passes: never a part of an update while another file has an error', async () => {
    const funding = readFileSync(join(SITE_DATA, 'funding.csv'), 'utf8');
    const ncut = readFileSync(join(SITE_DATA, 'ncut.csv'), 'utf8');
    const broken = ncut.replace(/^(bt-2023-06-n09,(?:[^,]*,){9})[^,]*/m, '$1nhiều');
    expect(broken).not.toBe(ncut);
    await choose([
      { name: 'funding.csv', mimeType: 'text/csv', buffer: Buffer.from(funding) },
      { name: 'ncut.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) },
    ]);
    expect(await page.locator('#tom-tat').textContent()).toMatch(/Có \d+ lỗi/);
    expect(await page.locator('#tai-ve a[download]').count()).toBe(0);
    expect(await page.locator('#tai-ve-cho').textContent()).toContain('khi mọi tệp không còn lỗi');
    // Both right: both are offered, to go up in one change.
    await choose([
      { name: 'funding.csv', mimeType: 'text/csv', buffer: Buffer.from(funding) },
      { name: 'ncut.csv', mimeType: 'text/csv', buffer: Buffer.from(ncut) },
    ]);
    expect(await page.locator('#tai-ve a[download]').count()).toBe(2);
  });
});

describe('published rows are kept unless withdrawn', () => {
  it('refuses a deleted published row (bt-2023-06-n09 in ncut.csv, cited by no article), naming it, its figure and report', async () => {
    const ncut = readFileSync(join(SITE_DATA, 'ncut.csv'), 'utf8');
    expect(ncut).toContain('\nbt-2023-06-n09,');
    const deleted = ncut
      .split('\n')
      .filter((l) => !l.startsWith('bt-2023-06-n09,'))
      .join('\n');
    await choose([{ name: 'ncut.csv', mimeType: 'text/csv', buffer: Buffer.from(deleted) }]);
    const removed = page.locator('#van-de tr[data-code="published.removed"]');
    expect(await removed.count()).toBe(1);
    const text = await removed.textContent();
    expect(text).toContain('bt-2023-06-n09');
    expect(text).toContain('báo cáo bt-2023-06');
    expect(text).toContain('withdrawals.csv');
    expect(await page.locator('#tom-tat').textContent()).toContain('Có 1 lỗi');
  });

  it('accepts the deletion with a withdrawal chosen beside it', async () => {
    const ncut = readFileSync(join(SITE_DATA, 'ncut.csv'), 'utf8');
    const deleted = ncut
      .split('\n')
      .filter((l) => !l.startsWith('bt-2023-06-n09,'))
      .join('\n');
    const withdrawal = 'row_id,table,reason,date,decided_by\nbt-2023-06-n09,ncut,Chép nhầm số của mục III.2.1,2024-01-10,Phó Trưởng ban\n';
    await choose([
      { name: 'ncut.csv', mimeType: 'text/csv', buffer: Buffer.from(deleted) },
      { name: 'withdrawals.csv', mimeType: 'text/csv', buffer: Buffer.from(withdrawal) },
    ]);
    expect(await page.locator('#tom-tat').textContent()).toContain('Không có lỗi');
  });
});

describe('a withdrawn row an article cites', () => {
  it('is refused at /cap-nhat/ as by npm run check, naming the article', async () => {
    const funding = readFileSync(join(SITE_DATA, 'funding.csv'), 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('bg-2023-11-17-f01,'))
      .join('\n');
    const withdrawal = 'row_id,table,reason,date,decided_by\nbg-2023-11-17-f01,funding,Chép nhầm,2024-01-10,Trưởng ban\n';
    await choose([
      { name: 'funding.csv', mimeType: 'text/csv', buffer: Buffer.from(funding) },
      { name: 'withdrawals.csv', mimeType: 'text/csv', buffer: Buffer.from(withdrawal) },
    ]);
    const refused = page.locator('#van-de tr[data-code="published.cited"]');
    expect(await refused.count()).toBe(1);
    expect(await refused.textContent()).toContain('content/bg-2023-11-17.mdx');
  });
});

describe('XLSX templates', () => {
  it('every template of data/templates/ is read by the checker in the browser; its example rows are refused, never taken for published ones', async () => {
    const dir = join(ROOT, 'data/templates');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => ({ name: f, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(join(dir, f)) }));
    expect(files.length).toBe(TABLES.length);
    await choose(files);
    // The only errors: the example rows (ids vi-du-…) left in, and the published rows a one-row table would drop.
    // The reference tables' examples (an area, a report, a programme) have reserved ids too: left in, they are
    // refused as examples, never as a change to a published report or programme.
    const errors = (await shownIssues()).filter((s) => s.severity === 'error');
    expect([...new Set(errors.map((s) => s.code))].sort()).toEqual(['published.removed', 'published.shrunk', 'row.example']);
    const examples = errors.filter((s) => s.code === 'row.example').map((s) => s.file.replace(/\.xlsx › .*$/, ''));
    expect(examples.sort()).toEqual(TABLES.map((t) => t.name).sort());
    // No example row replaces a published figure in place.
    const figures = new Set(TABLES.filter((t) => t.kind === 'observation').map((t) => t.name as string));
    expect(errors.filter((s) => s.code === 'published.changed' && figures.has(s.file.replace(/\.xlsx › .*$/, '')))).toEqual([]);
  });
});

describe('offline', () => {
  it('works with no network once loaded, though the checker and the tables were never fetched online', async () => {
    // A fresh browser: nothing of the tests above in its cache. The page loaded online once, with no
    // file chosen, so the checker script and the published CSVs come from the service worker's cache.
    const fresh = await launch();
    const p = await fresh.newPage();
    const fetched: string[] = [];
    p.on('request', (r) => void fetched.push(new URL(r.url()).pathname));
    await p.goto(`${baseUrl}/cap-nhat/`);
    await p.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(fetched.some((path) => /client\.[\w-]+\.js$/.test(path)), 'the page itself does not load the checker').toBe(false);
    // The checker's worker script (started from client.js by a site-absolute URL) is kept too.
    const kept = await p.evaluate(async () => (await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat());
    expect(kept.some((u) => /\/_astro\/check-worker[-.\w]*\.js$/.test(u)), kept.join('\n')).toBe(true);
    await fresh.setOffline(true);
    try {
      await p.reload();
      await p.locator('#tep').setInputFiles([{ name: 'areas.csv', mimeType: 'text/csv', buffer: readFileSync(join(SITE_DATA, 'areas.csv')) }]);
      await p.waitForFunction(() => document.getElementById('ket-qua')?.dataset.done);
      expect(await p.locator('#tom-tat').textContent()).toContain('Không có lỗi');
    } finally {
      await fresh.close();
    }
  });
});

describe('staff pages around the checker', () => {
  it('/cap-nhat/ma/ lists every code of every coded column with its Vietnamese label', async () => {
    const p = await context.newPage();
    await p.goto(`${baseUrl}/cap-nhat/ma/`);
    for (const t of TABLES)
      for (const f of t.fields)
        if (f.type === 'enum') {
          const rows = p.locator(`#${t.name}-${f.name} tbody tr`);
          expect(await rows.count(), `${t.name}.${f.name}`).toBe(f.values.length);
          const first = f.values[0]!;
          expect(await rows.first().textContent()).toContain((f.labels as Record<string, { vi: string }>)[first]!.vi);
        }
    await p.close();
  });

  it('/cap-nhat/huong-dan/ is the guide of data/README.md, and the templates download from /cap-nhat/', async () => {
    const p = await context.newPage();
    await p.goto(`${baseUrl}/cap-nhat/huong-dan/`);
    expect(await p.locator('h1').textContent()).toContain('hướng dẫn cho cán bộ cập nhật');
    for (const heading of ['Mã báo cáo và tệp nguồn', 'Con số nhắc lại', 'Số in sai trong báo cáo', 'Lỗi và cảnh báo', 'Sau khi kiểm tra không còn lỗi'])
      expect(await p.getByRole('heading', { name: heading }).count(), heading).toBeGreaterThan(0);
    // The columns of each table are a page of their own, one tap from the guide (data/templates/README.md).
    await p.locator('.crumb').getByRole('link', { name: 'Các cột của từng bảng' }).click();
    expect(new URL(p.url()).pathname).toBe('/cap-nhat/cot/');
    expect(await p.getByRole('heading', { name: 'Địa bàn — areas.csv' }).count()).toBe(1);
    expect(await p.getByRole('cell', { name: 'former_district_id', exact: true }).count()).toBe(1);
    await p.goto(`${baseUrl}/cap-nhat/`);
    const href = await p.locator('#tep-mau a[href$="funding.xlsx"]').getAttribute('href');
    const response = await p.request.get(new URL(href!, `${baseUrl}/cap-nhat/`).href);
    expect(response.ok()).toBe(true);
    expect(Buffer.compare(await response.body(), readFileSync(join(ROOT, 'data/templates/funding.xlsx')))).toBe(0);
    await p.close();
  });

  it('no other page loads the checker script', async () => {
    const p = await context.newPage();
    await p.goto(`${baseUrl}/cap-nhat/`);
    const checker = await p.locator('script[type="module"][src]').getAttribute('src');
    expect(checker).toBeTruthy();
    for (const path of ['/', '/du-lieu/', '/cap-nhat/ma/', '/cap-nhat/huong-dan/']) {
      await p.goto(`${baseUrl}${path}`);
      expect(await p.locator(`script[src="${checker}"]`).count(), path).toBe(0);
    }
    await p.close();
  });
});

describe('from the published table to the file to publish', () => {
  it('the published table as Excel passes the checker with every row, and the page offers the canonical CSV to upload', async () => {
    const p = await context.newPage();
    await p.goto(`${baseUrl}/cap-nhat/`);
    const href = await p.locator('#so-lieu-hien-co a[href$="funding.xlsx"]').getAttribute('href');
    const xlsx = await (await p.request.get(new URL(href!, `${baseUrl}/cap-nhat/`).href)).body();
    await p.locator('#tep').setInputFiles([{ name: 'funding.xlsx', mimeType: 'application/octet-stream', buffer: xlsx }]);
    await p.waitForFunction(() => document.getElementById('ket-qua')?.dataset.done);
    expect(await p.locator('#tom-tat').textContent()).toContain('Không có lỗi');
    const published = (await loadData(SITE_DATA)).tables.funding;
    expect(await p.locator('#xem-truoc tbody tr').count()).toBe(published.length);
    const link = p.locator('#tai-ve a[data-table="funding"]');
    expect(await link.getAttribute('download')).toBe('funding.csv');
    // Saved as a user would save it (a blob: link; the page's CSP keeps fetch() to the site itself).
    const [download] = await Promise.all([p.waitForEvent('download'), link.click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toBe(canonicalCsv('funding', published as never));
    await p.close();
  });
});

describe('preview of a new report', () => {
  it('shows only the rows added or changed, formatted as the site shows them', async () => {
    const funding = readFileSync(join(SITE_DATA, 'funding.csv'), 'utf8');
    const header = funding.split('\n')[0]!.split(',');
    const row: Record<string, string> = {
      id: 'bg-2023-11-17-f99', report_id: 'bg-2023-11-17', section: '3.1.2', area_id: 'bac-giang', program: 'ntp1719', fund_year: '2025',
      budget_source: 'central', capital_type: 'sn', measure: 'assigned', value: '1234.5', unit: 'mvnd', as_of: '2023-11-15',
      figure_text: '"1.234,5 triệu đồng"', figure_status: 'reported',
    };
    const added = `${funding}${header.map((h) => row[h] ?? '').join(',')}\n`;
    await choose([{ name: 'funding.csv', mimeType: 'text/csv', buffer: Buffer.from(added) }]);
    expect(await page.locator('#tom-tat').textContent()).toContain('Không có lỗi');
    const rows = page.locator('#xem-truoc tbody tr');
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells[2]).toBe('bg-2023-11-17-f99');
    expect(cells[5]).toBe('1.234,5 triệu đồng');
    expect(cells[6]).toBe('15/11/2023');
    expect(cells[7]).toContain('bg-2023-11-17');
  });
});
