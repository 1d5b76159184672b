/**
 * The report narratives (content/*.mdx): one per report of the tested site's data, written in our
 * own words (no run of 8 words copied from the report texts), citing only figures
 * that exist; and the checks that stop a build name the page, the line and the id.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRefs, narrativeProblems, refsIn, type Known } from '../../src/content/figure-refs.ts';
import { ROOT } from './helpers.ts';
import { SITE_CONTENT, SITE_DATA } from '../browser/site-under-test.ts';

const CONTENT = join(ROOT, 'content');
const SEEDS = join(ROOT, 'test/fixtures/seeds');
const RUN = 8;

const mdx = readdirSync(CONTENT).filter((f) => f.endsWith('.mdx')).sort();
const text = (f: string) => readFileSync(join(CONTENT, f), 'utf8');

/** Lower-case words (letters only: numbers and codes are not prose), NFC. */
function words(s: string): string[] {
  return (s.normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? []);
}

/** The narrative's prose: frontmatter summary and text; a component counts as one word (it stands for a figure), markup removed. */
function prose(source: string): string {
  return source.replace(/^---\n(?:report:.*\n)?/, '').replace(/<[^>]*>/g, ' x ').replace(/[#*_`>-]/g, ' ');
}

describe('narratives', () => {
  const reportIds = (dir: string) => readFileSync(join(dir, 'reports.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]);
  const reportsOf = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => /^report:\s*(\S+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1]);

  it('one per report of the tested site, and none for a report data/ does not have', () => {
    // The tested site (test/fixtures/site/) has a narrative for each of its reports.
    expect(reportsOf(SITE_CONTENT).toSorted()).toEqual(reportIds(SITE_DATA).toSorted());
    // A report staff have just added has none yet (the team writes it later); a narrative never names a report
    // that is not there.
    const ids = new Set(reportIds(join(ROOT, 'data')));
    for (const r of reportsOf(CONTENT)) expect(ids.has(r!), r).toBe(true);
  });

  it(`are written in our own words: no ${RUN} consecutive words copied from a source report`, () => {
    const seen = new Map<string, string>();
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) {
      const w = words(readFileSync(join(SEEDS, f), 'utf8'));
      for (let i = 0; i + RUN <= w.length; i++) seen.set(w.slice(i, i + RUN).join(' '), f);
    }
    expect(seen.size).toBeGreaterThan(10_000); // the report texts are really there
    const copied: string[] = [];
    for (const f of mdx) {
      const w = words(prose(text(f)));
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(' ');
        if (seen.has(run)) copied.push(`${f}: “${run}” (${seen.get(run)})`);
      }
    }
    expect(copied).toEqual([]);
  });

  it('cite figures only through components, with at least one live figure per report that has figures', () => {
    for (const f of mdx) {
      const refs = refsIn(text(f));
      expect(refs.length, f).toBeGreaterThan(0);
      // A figure typed by hand ("130.595 triệu", "61,9%") instead of <Value>: not allowed in prose.
      const typed = prose(text(f)).match(/\d{1,3}(\.\d{3})+|\d+,\d+\s*%|\d+(,\d+)?\s*(triệu|tỷ)\s*đồng/g);
      expect(typed, f).toBeNull();
    }
  });
});

const known: Known = {
  figures: new Set(['funding/bg-2023-11-17-f01', 'funding/bg-2023-11-17-f02', 'funding/bg-2023-11-17-f12', 'ncut/bg-2023-11-17-n04/persons']),
  areas: new Set(['bac-giang', 'son-dong']),
  reports: new Set(['bg-2023-11-17', 'bt-2023-06']),
  topics: new Set(['giai-ngan', 'cong-trinh']),
};

describe('a mistyped id', () => {
  it('is reported with the page, the line, the id and the nearest ids', () => {
    const source = '---\nreport: bg-2023-11-17\nsummary: x\n---\n\nVốn là <Value id="funding/bg-2023-11-17-f2" />.\n\n<Charts area="son-dog" topic="giai-ngan" />\n';
    const problems = checkRefs('content/x.mdx', source, known);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('content/x.mdx, dòng 6');
    expect(problems[0]).toContain('"funding/bg-2023-11-17-f2"');
    expect(problems[0]).toMatch(/Mã gần nhất: "funding\/bg-2023-11-17-f02"/);
    expect(problems[1]).toContain('dòng 8');
    expect(problems[1]).toContain('"son-dong"');
  });

  it('in the frontmatter (an unknown report, or two narratives for one report) is reported with the file', () => {
    const problems = narrativeProblems(
      [
        { id: 'a.mdx', filePath: 'content/a.mdx', data: { report: 'bg-2023-11-71' } },
        { id: 'b.mdx', filePath: 'content/b.mdx', data: { report: 'bt-2023-06' } },
        { id: 'c.mdx', filePath: 'content/c.mdx', data: { report: 'bt-2023-06' } },
      ],
      ['bg-2023-11-17', 'bt-2023-06'],
    );
    expect(problems[0]).toContain('content/a.mdx');
    expect(problems[0]).toContain('"bg-2023-11-71" không có trong data/reports.csv');
    expect(problems[0]).toContain('"bg-2023-11-17"');
    expect(problems[1]).toContain('content/c.mdx');
    expect(problems[1]).toContain('content/b.mdx');
  });
});

describe('npm run build with a mistyped figure id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mtqg-content-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops before building, naming the page, the line and the id (the published site untouched)', async () => {
    const source = text('bg-2023-11-17.mdx').replace('funding/bg-2023-11-17-f02', 'funding/bg-2023-11-17-f2');
    writeFileSync(join(dir, 'bg-2023-11-17.mdx'), source);
    const line = source.split('\n').findIndex((l) => l.includes('bg-2023-11-17-f2"')) + 1;
    const { code, output } = await new Promise<{ code: number; output: string }>((done) =>
      execFile(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir, DIST_DIR: join(dir, 'dist') } }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      ),
    );
    expect(code).toBe(1);
    expect(output).toContain(`bg-2023-11-17.mdx, dòng ${line}`);
    expect(output).toContain('"funding/bg-2023-11-17-f2"');
    expect(output).toContain('"funding/bg-2023-11-17-f02"');
    expect(output).toContain('Dừng: bài viết báo cáo có lỗi');
    expect(readdirSync(dir)).not.toContain('dist');
  }, 120_000);
});
