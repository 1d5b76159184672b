/**
 * Report pages and the report list as built: every figure of a narrative equals
 * the data (vi-VN, with its unit) and links to its source row, which exists;
 * report pages carry their narrative and charts with ids unique on the page; the
 * list is filterable without JavaScript; reading pages stay within the JS budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { figureIndex } from '../../src/data/figures.ts';
import { loadDataOrThrow } from '../../src/data/load.ts';
import { formatValue } from '../../src/core/format.ts';
import { SITE_DIST } from './site-under-test.ts';

const DIST = SITE_DIST;
const page = (path: string) => parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document;
const { tables } = await loadDataOrThrow();
const index = figureIndex(tables);
const reportIds = tables.reports.map((r) => r.id);

describe('report pages', () => {
  it('index every row they show for search: all of a report\'s rows are on its pages here (only a report too large for pages leaves its first rows out)', () => {
    for (const id of reportIds) {
      const doc = page(`bao-cao/${id}`);
      expect(doc.querySelector('[data-pagefind-body]'), id).not.toBeNull();
      const tables = [...doc.querySelectorAll('table.rows')];
      expect(tables.length, id).toBeGreaterThan(0);
      expect(tables.filter((t) => t.hasAttribute('data-pagefind-ignore')).length, id).toBe(0);
    }
  });

  it.each(reportIds)('%s: the narrative, its figures equal to the data, each linking to an existing row', (id) => {
    const doc = page(`bao-cao/${id}`);
    expect(doc.querySelector('.narrative h2')?.textContent).toBe('Báo cáo nói gì');
    const figures = [...doc.querySelectorAll('.narrative a[data-figure]')];
    expect(figures.length).toBeGreaterThan(0);
    for (const a of figures) {
      const f = index.get(a.getAttribute('data-figure')!);
      expect(f, a.getAttribute('data-figure')!).toBeDefined();
      expect(a.textContent).toBe(formatValue(f!.value, f!.unit, 6));
      const [path, anchor] = a.getAttribute('href')!.split('#');
      // The row is on its report's page, or on a later page of its rows (a report's rows are split in pages of 100).
      expect(path).toMatch(new RegExp(`^/bao-cao/${f!.report_id}/(so-lieu/\\d+/)?$`));
      expect(page(path!.slice(1, -1)).getElementById(anchor!), `${id} → #${anchor}`).not.toBeNull();
    }
  });

  it.each(reportIds)('%s: every id on the page is unique (charts embedded next to the row anchors)', (id) => {
    const ids = [...page(`bao-cao/${id}`).querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
  });

  it.each(reportIds)('%s: offers its own CSVs, which hold exactly the rows the report printed', (id) => {
    const links = [...page(`bao-cao/${id}`).querySelectorAll('#tai-ve ~ ul a[download]')];
    const printed = ['funding', 'works', 'poverty', 'ncut', 'indicators'].reduce(
      (n, t) => n + (tables[t as 'funding'] as readonly { report_id: string }[]).filter((r) => r.report_id === id).length,
      0,
    );
    let rows = 0;
    for (const a of links) {
      const csv = Papa.parse<{ report_id: string }>(readFileSync(join(DIST, a.getAttribute('href')!), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
      expect(csv.every((r) => r.report_id === id), a.getAttribute('href')!).toBe(true);
      expect(a.parentElement!.textContent).toContain(`${csv.length.toLocaleString('vi-VN')} dòng`);
      rows += csv.length;
    }
    expect(rows).toBe(printed);
  });

  it('the reports with figures of a dashboard topic show its charts, drawn without JavaScript', () => {
    for (const id of ['bg-2023-11-17', 'bt-2023-06', 'bg-2023-11-30']) {
      const charts = page(`bao-cao/${id}`).querySelectorAll('.narrative figure.chart');
      expect(charts.length, id).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.id.startsWith('bai-viet-')).toBe(true);
        expect(c.querySelector('svg')).not.toBeNull();
        expect(c.querySelector('details table')).not.toBeNull();
      }
    }
  });

  it('a narrative draws its charts as they stood when its report was issued: the first Bắc Giang report cites no later one', () => {
    // bg-2023-11-17 is the earliest report of Bắc Giang: its charts can only rest on it, though later reports
    // (30/11/2023, 21/02/2024, 4/2024) move the same charts on the dashboard.
    const doc = page('bao-cao/bg-2023-11-17');
    const charts = [...doc.querySelectorAll('.narrative figure.chart')];
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      const sources = [...c.querySelectorAll('.chart-meta a')].map((a) => a.getAttribute('href'));
      expect(sources, c.id).toEqual(['/bao-cao/bg-2023-11-17/']);
      expect(c.getAttribute('data-as-of')! <= '2023-11-17', c.id).toBe(true);
    }
    // A chart the later reports moved: no files of its own (they are the live chart's), a link to the live chart.
    const snapshots = charts.filter((c) => c.hasAttribute('data-snapshot-of'));
    expect(snapshots.length).toBeGreaterThan(0);
    for (const c of snapshots) {
      expect(c.querySelector('details.chart-share'), c.id).toBeNull();
      const live = c.querySelector('.chart-snapshot a')!.getAttribute('href')!;
      // Its home: the topic page of the dashboard where the chart is drawn with every report.
      expect(live).toMatch(new RegExp(`^/(giai-ngan|cong-trinh)/#${c.getAttribute('data-snapshot-of')}$`));
      expect(c.querySelector('.chart-snapshot')!.textContent).toContain('Biểu đồ như lúc báo cáo ban hành');
    }
    expect(doc.querySelector('.narrative')!.textContent).toContain('Biểu đồ dưới đây vẽ theo số liệu đến báo cáo này. Số liệu mới hơn: trang Bắc Giang');
  });

  it('say where the source document is kept, what is missing (number, day), and link reports on the same topics', () => {
    const doc = page('bao-cao/bg-2024-04');
    const meta = doc.querySelector('dl.meta')!.textContent!;
    expect(meta).toContain('003_dd984baee316dc65.txt');
    expect(meta).toContain('lưu tại cơ quan ban hành');
    expect(meta).toContain('chưa ghi số');
    expect(meta).toContain('chưa ghi ngày');
    // The blank number is said in words; the printed "/BC-BDT" appears only quoted after it.
    const number = [...doc.querySelectorAll('dl.meta dt')].find((dt) => dt.textContent === 'Số hiệu')!.nextElementSibling!.textContent!;
    expect(number.startsWith('chưa ghi số')).toBe(true);
    const related = [...page('bao-cao/bg-2023-11-17').querySelectorAll('#cung-chu-de ~ ul a')].map((a) => a.getAttribute('href'));
    expect(related).toContain('/bao-cao/bg-2023-11-30/');
  });
});

describe('an area\'s reports', () => {
  it('a district that issues none lists the province\'s reports with its figures, newest first (walk-through 10)', () => {
    // Sơn Động's rows are in the province's reports of 30/11/2023 and 17/11/2023; Sơn Động issues none.
    const section = page('dia-ban/son-dong').querySelector('#bao-cao-dia-ban')!.closest('section')!;
    expect(section.querySelector('h2')!.textContent).toBe('Báo cáo có số liệu về địa bàn');
    expect([...section.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/bao-cao/bg-2023-11-30/', '/bao-cao/bg-2023-11-17/']);
  });
});

describe('the report list', () => {
  it('lists every report newest first with issuer, area, period and topics', () => {
    const items = [...page('bao-cao').querySelectorAll('.report-list > li')];
    expect(items.map((li) => li.id)).toEqual(['bg-2024-04', 'bg-2024-02-21', 'bg-2023-11-30', 'bg-2023-11-17', 'bt-2023-06']);
    const first = items[3]!.textContent!;
    for (const word of ['Ban Dân tộc tỉnh Bắc Giang', 'Kỳ báo cáo', 'Địa bàn', 'Giải ngân', 'Người có uy tín']) expect(first).toContain(word);
  });

  it('filters by issuer, area and topic through static pages (no JavaScript)', () => {
    const links = [...page('bao-cao').querySelectorAll('nav.filters a')].map((a) => a.getAttribute('href')!);
    expect(links).toContain('/bao-cao/co-quan/ubnd-huyen-bach-thong/');
    expect(links).toContain('/bao-cao/dia-ban/son-dong/');
    expect(links).toContain('/bao-cao/chu-de/ho-ngheo/');
    const ids = (path: string) => [...page(path).querySelectorAll('.report-list > li')].map((li) => li.id);
    expect(ids('bao-cao/co-quan/ubnd-huyen-bach-thong')).toEqual(['bt-2023-06']);
    expect(ids('bao-cao/chu-de/ho-ngheo')).toEqual(['bg-2024-02-21', 'bg-2023-11-30']);
    expect(ids('bao-cao/dia-ban/son-dong')).toEqual(['bg-2023-11-30', 'bg-2023-11-17']);
    for (const path of links) expect(() => page(path.slice(1, -1)), path).not.toThrow();
  });
});

describe('search index and JavaScript budget', () => {
  it('indexes reports, topics, areas, data and method pages, not the filter copies', () => {
    const body = (path: string) => page(path).querySelector('main')!.hasAttribute('data-pagefind-body');
    for (const p of ['bao-cao', 'bao-cao/bt-2023-06', 'giai-ngan', 'dia-ban/son-dong', 'du-lieu', 'gioi-thieu']) expect(body(p), p).toBe(true);
    for (const p of ['bao-cao/chu-de/ho-ngheo', 'tim-kiem', '']) expect(body(p), p).toBe(false);
    expect(page('dia-ban/son-dong').querySelector('main')!.getAttribute('data-pagefind-meta')).toMatch(/^fold:.*\bdong\b/);
  });

  it('reading pages carry under 5 KB of JavaScript and no Pagefind code', () => {
    const pages = ['bao-cao/bg-2023-11-30', 'bao-cao', 'gioi-thieu', 'giai-ngan'];
    for (const p of pages) {
      const html = readFileSync(join(DIST, p, 'index.html'), 'utf8');
      const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
      const external = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
      const bytes = inline + external.reduce((n, src) => n + readFileSync(join(DIST, src)).length, 0);
      expect(bytes, p).toBeLessThan(5 * 1024);
      expect(html).not.toContain('pagefind.js');
    }
    expect(readdirSync(join(DIST, 'pagefind'))).toContain('pagefind.js');
  });
});

describe('the method page', () => {
  it('defines every glossary term once, lists the ten projects from data, and states contact placeholder and licence', async () => {
    const { GLOSSARY } = await import('../../src/lib/glossary.ts');
    const doc = page('gioi-thieu');
    for (const t of GLOSSARY) expect(doc.getElementById(`thuat-ngu-${t.id}`)?.textContent, t.id).toContain(t.term);
    const projects = [...doc.querySelectorAll('.projects li')].map((li) => li.textContent!);
    expect(projects).toHaveLength(10);
    expect(projects[0]).toContain(tables.projects.find((p) => p.id === 'ntp1719.da1')!.name);
    expect(doc.querySelector('.placeholder')?.textContent).toContain('CHƯA ĐIỀN');
    expect(doc.querySelector('a[rel="license"]')?.textContent).toContain('CC BY 4.0');
    for (const r of tables.reports) expect(doc.querySelector(`a[href="/bao-cao/${r.id}/"]`), r.id).not.toBeNull();
  });
});
