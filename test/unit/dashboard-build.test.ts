/**
 * Staff add a report; the site built from the data follows: the overview shows
 * the new figure with its new date and what changed, the progress chart gains a
 * point. Built for real (npm run build) from a fixture data folder.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverPages } from '../../scripts/bench/serve.ts';
import { GLOSSARY } from '../../src/lib/glossary.ts';
import { dataDir, removeDataDirs, ROOT, plus } from './helpers.ts';

const out = mkdtempSync(join(tmpdir(), 'mtqg-site-'));
afterAll(() => {
  removeDataDirs();
  rmSync(out, { recursive: true, force: true });
});

function build(data: string, dist: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, DATA_DIR: data, DIST_DIR: dist } }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

const page = (dist: string, path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a new report moves the dashboard', () => {
  it('overview: the new disbursement, its date and the change since the previous report; progress: one more point', async () => {
    const before = join(out, 'before');
    const after = join(out, 'after');
    expect((await build(dataDir(null), before)).code).toBe(0);
    const grown = dataDir(null, {
      'reports.csv': plus('reports.csv', ['bg-2024-02-21,Ban Dân tộc tỉnh Bắc Giang,bac-giang,monthly,12/BC-BDT,2024-02-21,2024-02,2024-02,Báo cáo tháng 2/2024,Trưởng ban,,,004_d.txt']),
      'funding.csv': plus('funding.csv', [
        'bg-2024-02-21-f01,bg-2024-02-21,1,bac-giang,ntp1719,2023,all,all,,disbursed,300000,mvnd,2024-01-31,300.000 triệu đồng,reported,,,',
        'bg-2024-02-21-f02,bg-2024-02-21,1,bac-giang,ntp1719,2023,all,all,,disbursement_rate,71.7,percent,2024-01-31,"71,7%",reported,,,',
      ]),
    });
    const built = await build(grown, after);
    expect(built.code, built.output).toBe(0);

    const old = text(page(before, '').getElementById('so-lieu-bg-2023-11-17-f07'));
    expect(old).toContain('170.353/418.318');
    expect(old).toContain('15/11/2023');

    const home = page(after, '');
    expect(home.getElementById('so-lieu-bg-2023-11-17-f07')).toBeNull();
    const now = text(home.getElementById('so-lieu-bg-2024-02-21-f01'));
    expect(now).toContain('300.000/418.318');
    expect(now).toContain('31/01/2024');
    expect(now).toContain('so với báo cáo 17/11/2023');

    // One date per fund is no line: the progress chart appears with the second report of a fund, holding both points.
    const progress = (dist: string) => page(dist, 'giai-ngan').getElementById('tien-do-giai-ngan-bac-giang');
    expect(progress(before)).toBeNull();
    expect(progress(after)!.querySelectorAll('details tbody tr').length).toBe(2);

    // The search index is made from the built pages, after them: every page marked for search is in it.
    const searched = (dist: string) => discoverPages(dist).filter((p) => readFileSync(join(dist, p, 'index.html'), 'utf8').includes('data-pagefind-body')).length;
    const entry = JSON.parse(readFileSync(join(after, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(searched(after)).toBeGreaterThan(10);
    // …and beside the pages, each glossary term without a reading page of its own (src/lib/search-terms.ts).
    const terms = GLOSSARY.filter((t) => !t.page).length;
    expect(entry.languages.vi?.page_count).toBe(searched(after) + terms);
    expect(built.output).toContain(`Chỉ mục tìm kiếm: ${searched(after)} trang và ${terms} thuật ngữ.`);
  }, 120_000);
});

describe('a new district whose report prints its works per type', () => {
  it('has its own page with the figures, and is in the district chart of /cong-trinh/ (one type, said so)', async () => {
    const dist = join(out, 'new-district');
    const data = dataDir(null, {
      'areas.csv': plus('areas.csv', ['yen-dung,Yên Dũng,district,bac-giang,,']),
      'reports.csv': plus('reports.csv', ['yd-2024-06-20,UBND huyện Yên Dũng,yen-dung,half_year,45/BC-UBND,2024-06-20,2024-01,2024-06,Báo cáo 6 tháng đầu năm 2024,Chủ tịch,,,005_e.txt']),
      'works.csv': plus('works.csv', [
        'yd-2024-06-20-w01,yd-2024-06-20,II.1,yen-dung,plan511,2022-2024,revised,all,ngam,completed,2,2024-06-20,02 công trình ngầm hoàn thành,reported,',
        'yd-2024-06-20-w02,yd-2024-06-20,II.1,yen-dung,plan511,2022-2024,revised,all,cau,under_construction,1,2024-06-20,01 cầu đang thi công,reported,',
      ]),
    });
    const built = await build(data, dist);
    expect(built.code, built.output).toBe(0);

    const area = page(dist, 'dia-ban/yen-dung');
    expect(text(area.querySelector('main'))).not.toContain('Chưa có số liệu nào');
    expect(text(area.getElementById('so-lieu-yd-2024-06-20-w01'))).toMatch(/Công trình ngầm dân sinh hoàn thành: Kế hoạch 2022–2024 \(danh mục sau điều chỉnh, bổ sung\) ?2 công trình/);
    expect(text(area.getElementById('so-lieu-yd-2024-06-20-w02'))).toMatch(/Công trình cầu dân sinh đang thi công: .*\) ?1 công trình/);

    const chart = page(dist, 'cong-trinh').getElementById('hoan-thanh-theo-huyen-2022-2024-bac-giang');
    const rows = [...chart!.querySelectorAll('details tbody tr')].map((r) => text(r));
    expect(rows).toEqual(expect.arrayContaining([expect.stringMatching(/^Yên Dũng \(chỉ ngầm dân sinh\) ?2$/)]));
    expect(text(chart)).toContain('Yên Dũng: báo cáo chỉ nêu số công trình ngầm dân sinh, không nêu tổng các loại.');
  }, 120_000);
});
