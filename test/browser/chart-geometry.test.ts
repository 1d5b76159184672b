/**
 * Every chart of the built site, drawn by Chromium at 320, 360 and 1280 px: what a reader on a small phone or a
 * desktop would see if the chart layer broke. No chart text covers another text or a data point, none is cut off
 * by the chart's or the screen's edge, and none is drawn smaller than 12 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { discoverPages } from '../../scripts/bench/serve.ts';
import { DIST, builtPage } from './built-site.ts';
import { useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const chartPages = discoverPages(DIST).filter((p) => readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('chart-svg'));

/** The problems of every chart shown on the page, in words a person can check on a screenshot. */
function chartProblems(): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  const vw = document.documentElement.clientWidth;
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
    const sr = svg.getBoundingClientRect();
    if (sr.width === 0) continue; // the other drawing of the same chart
    checked++;
    const name = svg.closest('[id]')?.id ?? 'biểu đồ';
    const scale = sr.width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim())
      .map((t) => ({ text: (t.textContent ?? '').trim(), r: t.getBoundingClientRect(), px: parseFloat(getComputedStyle(t).fontSize) * scale }));
    const dots = [...svg.querySelectorAll('.chart-dot > *')].map((d) => d.getBoundingClientRect());
    const meet = (a: DOMRect, b: DOMRect, tol: number) => a.left < b.right - tol && b.left < a.right - tol && a.top < b.bottom - tol && b.top < a.bottom - tol;
    for (const [i, a] of texts.entries()) {
      if (a.px < 11.95) problems.push(`${name}: "${a.text}" is ${a.px.toFixed(1)} px`);
      if (a.r.left < Math.max(0, sr.left) - 1 || a.r.right > Math.min(vw, sr.right) + 1) problems.push(`${name}: "${a.text}" is cut at the edge`);
      for (const b of texts.slice(i + 1)) if (meet(a.r, b.r, 2)) problems.push(`${name}: "${a.text}" overlaps "${b.text}"`);
      for (const d of dots) if (meet(a.r, d, 1)) problems.push(`${name}: "${a.text}" covers a data point`);
    }
  }
  return { problems, checked };
}

describe('charts at every width', () => {
  it('finds the charts to check', () => {
    // The dashboard pages, reports, briefs and embeds: far more than a handful.
    expect(chartPages.length).toBeGreaterThan(20);
    expect(chartPages).toContain('/ho-ngheo/');
  });

  for (const width of [320, 360, 1280]) {
    it.concurrent(`no chart text overlaps, covers a point, is cut off or is under 12 px at ${width} px`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      const found: string[] = [];
      let checked = 0;
      for (const path of chartPages) {
        await page.goto(`${baseUrl}${path}`);
        // Charts folded behind a tap on a phone are checked too, as a reader who opens them sees them.
        await page.evaluate(async () => {
          for (const d of document.querySelectorAll('details')) d.open = true;
          await document.fonts.ready;
        });
        const result = await page.evaluate(chartProblems);
        checked += result.checked;
        found.push(...result.problems.map((p) => `${path} ${p}`));
      }
      await page.close();
      expect(found).toEqual([]);
      // Every drawing shown, folded ones opened: some 80 charts over the pages, briefs and embeds.
      expect(checked).toBeGreaterThan(60);
    }, 300_000);
  }
});

describe('chart titles on a phone', () => {
  it('state their finding in two lines at most at 360 px', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    const long: string[] = [];
    for (const path of chartPages.filter((p) => !p.startsWith('/nhung/'))) {
      await page.goto(`${baseUrl}${path}`);
      const lines = await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
        return [...document.querySelectorAll('.chart-title')].map((h) => [h.textContent!.trim(), Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight))] as const);
      });
      long.push(...lines.filter(([, n]) => n > 2).map(([t, n]) => `${path} ${n} dòng: ${t}`));
    }
    await page.close();
    expect(long).toEqual([]);
  }, 300_000);
});

describe('one colour per meaning', () => {
  /** Each named group of bars on the site (a key entry or a bar's row name) → the fills it is drawn with. */
  function groupFills(): Map<string, Set<string>> {
    const fills = new Map<string, Set<string>>();
    for (const path of chartPages) {
      for (const svg of builtPage(path).querySelectorAll('svg.chart-svg')) {
        const names = new Set([...svg.querySelectorAll('.chart-key text, g[aria-label="y-axis tick label"] text')].map((t) => (t.textContent ?? '').trim()));
        for (const rect of svg.querySelectorAll('g[aria-label="bar"] rect')) {
          // "<category> – <group>: <value>"; the group is the last part before the value.
          const title = rect.querySelector('title')?.textContent ?? '';
          const group = /.* – (.+?): /.exec(title)?.[1];
          if (!group || !names.has(group)) continue;
          const fill = (rect.getAttribute('fill') ?? '').replace(/^url\(#.*-(\w+)\)$/, 'pattern $1');
          fills.set(group, (fills.get(group) ?? new Set()).add(fill));
        }
      }
    }
    return fills;
  }

  it('draws each kind of bar in one colour on every chart, and never done and not done alike', () => {
    const fills = groupFills();
    // The groups a reader compares across pages are all there.
    for (const group of ['Hoàn thành', 'Chưa hoàn thành', 'Đang thi công', 'Chưa khởi công', 'Vốn giao', 'Đã giải ngân']) expect(fills.has(group), group).toBe(true);
    for (const [group, set] of fills) expect([...set], group).toHaveLength(1);
    const one = (g: string) => [...fills.get(g)!][0];
    // Done is the dark navy wherever it is drawn; not done is never the same colour as done.
    expect(one('Hoàn thành')).toBe(one('Đã giải ngân'));
    expect(one('Chưa hoàn thành')).not.toBe(one('Hoàn thành'));
    expect(one('Chưa khởi công')).not.toBe(one('Hoàn thành'));
    expect(one('Vốn giao')).not.toBe(one('Đã giải ngân'));
  });
});
