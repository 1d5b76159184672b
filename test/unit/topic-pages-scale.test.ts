/**
 * National scale: with every province reporting (synthetic data in the real schemas), a topic page
 * lists the provinces in one table instead of drawing each one's charts, so its size does not grow
 * with provinces; each province's charts stay on its own page (the chart registry says where).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/synthetic/generate.ts';
import { loadData } from '../../src/data/load.ts';
import type { ViewContext } from '../../src/views/context.ts';
import { chartRegistry } from '../../src/views/registry.ts';
import { FULL_SECTIONS, fundingSections, shown } from '../../src/views/topic-pages.ts';
import { contextOf } from '../../src/views/context.ts';

const dir = mkdtempSync(join(tmpdir(), 'topic-scale-'));
let ctx: ViewContext;
beforeAll(async () => {
  generate({ rows: 20000, out: dir });
  const data = await loadData(dir);
  ctx = contextOf(data);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a topic page with every province', () => {
  it('lists the areas in one table instead of drawing each one in full', () => {
    const sections = fundingSections(ctx);
    expect(sections.length).toBeGreaterThan(FULL_SECTIONS);
    const { full, listed } = shown(sections);
    expect(full).toEqual([]);
    expect(listed.map((s) => s.areaId)).toEqual(sections.map((s) => s.areaId));
    // Each province's line has a headline figure (the programme's totals), not "Chưa có số liệu chính".
    expect(listed.filter((s) => s.figures.length === 0).map((s) => s.areaId)).toEqual([]);
  });

  it('keeps every province chart on the province page, none on /giai-ngan/', () => {
    const charts = [...chartRegistry(ctx).values()];
    expect(charts.filter((c) => c.pages.includes('/giai-ngan/'))).toEqual([]);
    const home = new Set(charts.map((c) => c.pages[0]));
    for (const s of fundingSections(ctx).slice(0, 3)) expect(home).toContain(`/dia-ban/${s.areaId}/`);
  });
});

describe('a topic page with a few areas (today’s data)', () => {
  it('draws each area in full', () => {
    const few = [1, 2, 3].map((i) => ({ areaId: `a${i}`, name: `a${i}`, figures: [], charts: [] }));
    expect(shown(few)).toEqual({ full: few, listed: [] });
  });
});
