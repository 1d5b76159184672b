/**
 * The plan 511 views say what the works rows say. Expected texts written by hand from valid-min: Bắc Giang's
 * plan 2022–2024 (revised list) of 75 works — 67 spillways, 8 bridges — of which 69 started, 56 completed and 13
 * under construction to 30/11/2023; Sơn Động 40 and Lục Ngạn 16 completed, with no plan per district.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { districtChart, districtCompletedChart, planName, plan511CountFigures, scopeText, statusChart, typeChart, typeFigures, worksFigures } from '../../src/views/works.ts';
import { fixtureContext, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

const NOV30 = { title: 'Ban Dân tộc tỉnh Bắc Giang, báo cáo ngày 30/11/2023', href: '/bao-cao/bg-2023-11-30/' };
const REVISED = 'Kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung)';
let ctx: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext();
});

describe('plan names and what a count counts', () => {
  it('a plan over years, a yearly batch, and the list it is counted by', () => {
    expect(planName({ batch: '2022-2024', plan_version: 'revised' })).toBe(REVISED);
    expect(planName({ batch: '2022-2024', plan_version: 'original' })).toBe('Kế hoạch 2022–2024 (danh mục ban đầu)');
    expect(planName({ batch: '2023', plan_version: 'current' })).toBe('Đợt năm 2023');
  });

  it('all types as printed: nothing said; one type, or the page’s own sum of types, in words', () => {
    expect(scopeText({ types: [], summed: false })).toBe('');
    expect(scopeText({ types: ['ngam'], summed: false })).toBe('ngầm dân sinh');
    expect(scopeText({ types: ['cau', 'ngam'], summed: true })).toBe('cộng các loại (cầu dân sinh, ngầm dân sinh), trang tự tính');
  });
});

describe('Bắc Giang’s plan 2022–2024', () => {
  it('the status chart: completed, under construction, and not started (planned less started)', () => {
    const spec = statusChart(ctx, 'bac-giang')!;
    expect(spec.kind).toBe('completion');
    expect(spec.id).toBe('tinh-trang-ke-hoach-511');
    expect(spec.title).toBe('Kế hoạch 2022–2024: 56 trên 75 công trình đã hoàn thành');
    expect(spec.subtitle).toBe('Công trình ngầm, cầu dân sinh theo tình trạng, Kế hoạch 511 (danh mục sau điều chỉnh, bổ sung), tỉnh Bắc Giang');
    expect([spec.unit, spec.asOf, spec.order, spec.categoryLabel]).toEqual(['work', '2023-11-30', 'given', 'Kế hoạch']);
    expect(spec.sources).toEqual([NOV30]);
    // 75 − 69 started = 6 not started, from the planned and started rows.
    expect(spec.rows.map((r) => [r.category, r.status, r.value, r.rowIds])).toEqual([
      [REVISED, 'completed', 56, ['bg-2023-11-30-w05']],
      [REVISED, 'in_progress', 13, ['bg-2023-11-30-w06']],
      [REVISED, 'not_started', 6, ['bg-2023-11-30-w01', 'bg-2023-11-30-w04']],
    ]);
    expect(spec.notes).toEqual([]);
    expect(statusChart(ctx, 'son-dong')).toBeNull();
  });

  it('the headline: completed out of planned, and the share worked out (56/75 = 74,7%)', () => {
    expect(worksFigures(ctx, 'bac-giang').map((f) => [f.label, f.value, f.total, f.share?.text, f.unit, f.asOf])).toEqual([
      [`Công trình ngầm, cầu dân sinh hoàn thành: ${REVISED}`, 56, 75, '74,7%', 'work', '2023-11-30'],
    ]);
    expect(worksFigures(ctx, 'son-dong')).toEqual([]);
  });

  it('the planned works by type: one list, its total the sum of its types', () => {
    const spec = typeChart(ctx, 'bac-giang')!;
    expect(spec.title).toBe('75 công trình theo danh mục sau điều chỉnh, bổ sung');
    expect(spec.rows.map((r) => [r.category, r.group, r.value])).toEqual([
      ['Ngầm dân sinh', 'Danh mục sau điều chỉnh, bổ sung', 67],
      ['Cầu dân sinh', 'Danh mục sau điều chỉnh, bổ sung', 8],
    ]);
    expect(spec.groups).toEqual(['Danh mục sau điều chỉnh, bổ sung']);
    // Two types are a chart, not figures.
    expect(typeFigures(ctx, 'bac-giang')).toEqual([]);
  });
});

describe('districts without a plan of their own', () => {
  it('their completed works are figures on their pages, and one chart on the province’s', () => {
    expect(plan511CountFigures(ctx, 'son-dong').map((f) => [f.label, f.value, f.area])).toEqual([[`Công trình ngầm, cầu dân sinh hoàn thành: ${REVISED}`, 40, 'huyện Sơn Động']]);
    // The province's completed count is in its completion figure, not repeated.
    expect(plan511CountFigures(ctx, 'bac-giang')).toEqual([]);
    expect(districtChart(ctx, 'bac-giang', '2022-2024', 'x')).toBeNull();
    const spec = districtCompletedChart(ctx, 'bac-giang', '2022-2024', 'hoan-thanh')!;
    expect(spec.title).toBe(`${REVISED}: Sơn Động hoàn thành nhiều công trình nhất (40)`);
    expect(spec.subtitle).toBe('Công trình ngầm, cầu dân sinh đã hoàn thành theo huyện, kế hoạch 2022–2024 (danh mục sau điều chỉnh, bổ sung), tỉnh Bắc Giang');
    expect(spec.rows.map((r) => [r.category, r.value, r.rowIds])).toEqual([
      ['Sơn Động', 40, ['bg-2023-11-30-w07']],
      ['Lục Ngạn', 16, ['bg-2023-11-30-w08']],
    ]);
    expect([spec.kind, spec.id, spec.unit, spec.order, spec.categoryLabel, spec.asOf]).toEqual(['bars', 'hoan-thanh', 'work', 'value', 'Huyện', '2023-11-30']);
    // Both bars are completed works, from the one report; every district with plan 511 figures has its bar: no note.
    expect([spec.meanings, spec.sources, spec.notes]).toEqual([{ '': 'completed' }, [NOV30], []]);
    expect(districtCompletedChart(ctx, 'bac-giang', '2023', 'x')).toBeNull();
  });
});
