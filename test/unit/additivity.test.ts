import { describe, expect, it } from 'vitest';
import { anyOverlap, checkSum, overlap, parentsOf, sumExample, sumGroups } from '../../src/data/additivity.ts';
import { loadData } from '../../src/data/load.ts';
import Papa from 'papaparse';
import { tableCsv } from '../../src/publish/formats.ts';
import { tableSchema } from '../../src/publish/datapackage.ts';
import { readme } from '../../src/publish/readme.ts';
import { TABLES, funding, ncut, poverty, works, type Funding } from '../../src/data/tables/index.ts';

// The reference rows the trees need, as in data/areas.csv and data/projects.csv.
const parents = parentsOf({
  areas: [
    { id: 'bac-giang', parent_id: null }, { id: 'son-dong', parent_id: 'bac-giang' }, { id: 'luc-ngan', parent_id: 'bac-giang' },
    { id: 'bac-kan', parent_id: null }, { id: 'bach-thong', parent_id: 'bac-kan' },
  ],
  projects: [
    { id: 'ntp1719', parent_id: null }, { id: 'ntp1719.da10', parent_id: 'ntp1719' }, { id: 'ntp1719.da10.tda2', parent_id: 'ntp1719.da10' },
    { id: 'ntp1719.da10.tda3', parent_id: 'ntp1719.da10' }, { id: 'ntp1719.da5', parent_id: 'ntp1719' }, { id: 'ntp1719.da5.tda3', parent_id: 'ntp1719.da5' },
  ],
});

const row = (over: Partial<Funding>): Partial<Funding> => ({
  area_id: 'bach-thong', program: 'ntp1719', fund_year: '2023', budget_source: 'all', capital_type: 'all', project_id: null,
  measure: 'assigned', unit: 'mvnd', tranche: null, ...over,
});

describe('which rows may be added (the table definitions say it)', () => {
  it('every key field of every observation table has a rule, so nothing is summed by default', () => {
    for (const def of TABLES.filter((t) => t.kind === 'observation')) {
      const covered = new Set([...Object.keys(def.sums!.fields), ...def.sums!.same]);
      const missing = def.key.filter((k) => k !== 'report_id' && k !== 'as_of' && !covered.has(k));
      expect({ table: def.name, missing }).toEqual({ table: def.name, missing: [] });
    }
  });

  it('Bạch Thông, Dự án 10 – TDA 2: the total (85) and its capital-type parts (1.098 ĐTPT, 117 SN) overlap', () => {
    const total = row({ project_id: 'ntp1719.da10.tda2' });
    const dtpt = row({ project_id: 'ntp1719.da10.tda2', capital_type: 'dtpt' });
    const sn = row({ project_id: 'ntp1719.da10.tda2', capital_type: 'sn' });
    expect(overlap(funding, total, dtpt, parents)).toBe(true);
    expect(overlap(funding, total, sn, parents)).toBe(true);
    expect(overlap(funding, dtpt, sn, parents)).toBe(false);
    expect(checkSum(funding, [total, dtpt, sn], parents)).toMatchObject({ ok: false, reason: 'overlap' });
    expect(checkSum(funding, [dtpt, sn], parents)).toEqual({ ok: true });
  });

  it('a project and its own sub-project overlap; two sub-projects of different projects do not', () => {
    const da10 = row({ project_id: 'ntp1719.da10' });
    const tda2 = row({ project_id: 'ntp1719.da10.tda2' });
    const tda3 = row({ project_id: 'ntp1719.da10.tda3' });
    const da5tda3 = row({ project_id: 'ntp1719.da5.tda3' });
    expect(overlap(funding, da10, tda2, parents)).toBe(true);
    expect(checkSum(funding, [tda2, tda3, da5tda3], parents)).toEqual({ ok: true });
    // The whole programme (blank project) holds every project.
    expect(overlap(funding, row({}), da5tda3, parents)).toBe(true);
  });

  it('fund years: a span holds its years, a carry-over belongs to its own year, two years are apart', () => {
    expect(overlap(funding, row({ fund_year: '2022-2023' }), row({ fund_year: '2023' }), parents)).toBe(true);
    expect(overlap(funding, row({ fund_year: '2022-carryover' }), row({ fund_year: '2022' }), parents)).toBe(true);
    expect(overlap(funding, row({ fund_year: '2022-carryover' }), row({ fund_year: '2023' }), parents)).toBe(false);
    expect(overlap(funding, row({ fund_year: '2021' }), row({ fund_year: '2022' }), parents)).toBe(false);
  });

  it('budget sources: "all" holds every source, central + provincial sit inside their subtotal, district budget apart', () => {
    const src = (b: string) => row({ budget_source: b as Funding['budget_source'] });
    expect(overlap(funding, src('all'), src('district_commune'), parents)).toBe(true);
    expect(overlap(funding, src('central_provincial'), src('central'), parents)).toBe(true);
    expect(overlap(funding, src('central_provincial'), src('district_commune'), parents)).toBe(false);
    expect(overlap(funding, src('central'), src('provincial'), parents)).toBe(false);
  });

  it('a province and its district overlap; two districts, or two provinces, do not', () => {
    expect(overlap(funding, row({ area_id: 'bac-giang' }), row({ area_id: 'son-dong' }), parents)).toBe(true);
    expect(overlap(funding, row({ area_id: 'son-dong' }), row({ area_id: 'luc-ngan' }), parents)).toBe(false);
    expect(overlap(funding, row({ area_id: 'bac-giang' }), row({ area_id: 'bach-thong' }), parents)).toBe(false);
    expect(anyOverlap(funding, [row({ area_id: 'bac-giang' }), row({ area_id: 'son-dong' }), row({ area_id: 'luc-ngan' })], parents)).toBe(true);
  });

  it('a tranche is part of its fund\'s total; two tranches are apart', () => {
    expect(overlap(funding, row({ tranche: null }), row({ tranche: 'qd-1' }), parents)).toBe(true);
    expect(overlap(funding, row({ tranche: 'qd-1' }), row({ tranche: 'qd-2' }), parents)).toBe(false);
  });

  it('the same figure in two reports is one observation: never added', () => {
    expect(checkSum(funding, [row({}), row({})], parents)).toMatchObject({ ok: false, reason: 'overlap' });
  });

  it('rates are never added, nor different measures', () => {
    expect(checkSum(funding, [row({ measure: 'disbursement_rate', unit: 'percent' })], parents)).toMatchObject({ ok: false, reason: 'rate' });
    expect(checkSum(funding, [row({ capital_type: 'dtpt' }), row({ capital_type: 'sn', measure: 'disbursed' })], parents)).toMatchObject({
      ok: false, reason: 'different', field: 'measure',
    });
    expect(checkSum(poverty, [{ area_id: 'son-dong', measure: 'rate', unit: 'percent' }], parents)).toMatchObject({ ok: false, reason: 'rate' });
  });

  it('works: the original and the revised list are the same works; spillways and bridges are apart', () => {
    const w = (over: Record<string, string>) => ({ area_id: 'bac-giang', program: 'plan511', batch: '2022-2024', plan_version: 'revised', capital_type: 'all', work_type: 'ngam', measure: 'planned', ...over });
    expect(overlap(works, w({ plan_version: 'original' }), w({}), parents)).toBe(true);
    expect(checkSum(works, [w({}), w({ work_type: 'cau' })], parents)).toEqual({ ok: true });
    expect(overlap(works, w({ work_type: 'all' }), w({}), parents)).toBe(true);
    // The 2023 batch is inside the 2022–2024 plan.
    expect(overlap(works, w({ batch: '2023' }), w({}), parents)).toBe(true);
  });

  it('NCUT: a count of persons is a stock — two periods are never added; support given in two months is', () => {
    const n = (over: Record<string, string>) => ({ area_id: 'bac-giang', period: '2023-11', provider: 'province', measure: 'count', ...over });
    expect(overlap(ncut, n({ period: '2023' }), n({ period: '2024' }), parents)).toBe(true);
    expect(overlap(ncut, n({ measure: 'training', period: '2023-11' }), n({ measure: 'training', period: '2024-02' }), parents)).toBe(false);
  });

  it('a ranking counts something twice only where two rows of one measure overlap: a half-year inside its year, not a gift beside a visit', () => {
    const n = (over: Record<string, string>) => ({ area_id: 'bach-thong', period: '2023-h1', provider: 'district', measure: 'sick_visit', ...over });
    // Bạch Thông's support: a Tết gift for 2023 and visits in the first half are different activities.
    expect(anyOverlap(ncut, [n({ measure: 'tet_gift', period: '2023' }), n({}), n({ measure: 'newspaper' })], parents)).toBe(false);
    // Visits in the year and visits in its first half: the year holds the half.
    expect(anyOverlap(ncut, [n({ measure: 'tet_gift', period: '2023' }), n({}), n({ period: '2023' })], parents)).toBe(true);
  });
});

describe('sum groups: the column of the downloads that says which rows may be added', () => {
  const r = (id: string, over: Partial<Funding>) => ({ ...row(over), id, report_id: 'bt-2023-06' });
  // Bạch Thông 2023 as printed: the total 43.311,16; Dự án 10 – TDA 2 as 85 and again as 1.098 (ĐTPT) + 117 (SN);
  // TDA 3 and Dự án 5 – TDA 3 beside it; disbursed amounts; a rate.
  const rows = [
    r('f01', { value: 43311.16 }),
    r('f02', { project_id: 'ntp1719.da10.tda2', value: 85 }),
    r('f03', { project_id: 'ntp1719.da10.tda2', capital_type: 'dtpt', value: 1098 }),
    r('f04', { project_id: 'ntp1719.da10.tda2', capital_type: 'sn', value: 117 }),
    r('f05', { project_id: 'ntp1719.da10.tda3', value: 322.852 }),
    r('f06', { project_id: 'ntp1719.da10.tda3', measure: 'disbursed', value: 21.828 }),
    r('f07', { project_id: 'ntp1719.da5.tda3', value: 7759.995 }),
    r('f08', { project_id: 'ntp1719.da5.tda3', measure: 'disbursed', value: 317.84 }),
    r('f09', { project_id: 'ntp1719.da5.tda3', measure: 'disbursement_rate', unit: 'percent', value: 4.1 }),
    // The same sub-project's assigned funds again, counted to a day, in the same report: not added to those above
    // (rows with no date of their own); a group of its own day.
    { ...r('f10', { project_id: 'ntp1719.da10.tda3', value: 322.852 }), as_of: '2023-06-30' },
    // Another sub-project's disbursement counted to that day: not beside f06 and f08, disbursed with no date.
    { ...r('f11', { project_id: 'ntp1719.da5.tda3', measure: 'disbursed', value: 300 }), as_of: '2023-06-30' },
    // And a repeat: f05 again, no date, in the same report: adding both counts it twice.
    r('f12', { project_id: 'ntp1719.da10.tda3', value: 322.852 }),
  ] as Record<string, unknown>[];
  const groupOf = sumGroups(funding, rows, parents);
  const groups = rows.map((x) => [x.id, groupOf(x)]);

  it('peers share a group; a total, its parts by capital type, another measure, another day, a rate and a repeat do not', () => {
    expect(groups).toEqual([
      ['f01', 'bt-2023-06/1'],
      // Three sub-projects, all capital types: 85 + 322,852 + 7.759,995 may be added.
      ['f02', 'bt-2023-06/2'],
      ['f03', 'bt-2023-06/3'],
      ['f04', 'bt-2023-06/3'],
      ['f05', 'bt-2023-06/2'],
      ['f06', 'bt-2023-06/4'],
      ['f07', 'bt-2023-06/2'],
      ['f08', 'bt-2023-06/4'],
      ['f09', null],
      ['f10', 'bt-2023-06/5'],
      ['f11', 'bt-2023-06/6'],
      ['f12', null],
    ]);
  });

  it('every group may be summed by the pairwise rule, in the fixtures and in data/', async () => {
    const check = (def: (typeof TABLES)[number], all: readonly Record<string, unknown>[], p: typeof parents) => {
      const of = sumGroups(def, all, p);
      const byGroup = new Map<string, Record<string, unknown>[]>();
      for (const x of all) {
        const g = of(x);
        if (g !== null) byGroup.set(g, [...(byGroup.get(g) ?? []), x]);
      }
      for (const [g, members] of byGroup) expect({ g, check: checkSum(def, members, p) }).toEqual({ g, check: { ok: true } });
      return byGroup.size;
    };
    expect(check(funding, rows, parents)).toBe(6);
    for (const dir of ['test/fixtures/valid-min', 'data']) {
      const { tables } = await loadData(dir);
      const p = parentsOf({ areas: tables.areas, projects: tables.projects });
      for (const def of TABLES.filter((t) => t.kind === 'observation' && t.sums)) check(def, tables[def.name] as unknown as Record<string, unknown>[], p);
    }
  });

  it('the worked example is a stated total and the group that adds up to it', () => {
    // f07 alone is no sum; add a stated total of the three sub-projects: 85 + 322,852 + 7.759,995 = 8.167,847.
    const withTotal = [...rows, r('f11', { project_id: 'ntp1719.da10', value: 407.852 }), r('f12', { value: 8167.847, project_id: null, capital_type: 'all', budget_source: 'all' })];
    // f12 has the coordinates of f01 (another figure for the programme's total): a repeat, so f01 is the total found only if it equals the sum; it does not.
    const example = sumExample(funding, withTotal, parents)!;
    expect(example.parts.map((x) => x.id)).toEqual(['f02', 'f05', 'f07']);
    expect(example.total.id).toBe('f12');
  });
});

describe('downloads: the sum_group column and the worked example', () => {
  it('is in every observation table\'s CSV after the qualifier, and the parts of a stated total share a group', async () => {
    const { tables } = await loadData('test/fixtures/valid-min');
    const csv = Papa.parse<Record<string, string>>(new TextDecoder().decode(tableCsv(funding, tables)).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    const header = csv.meta.fields!;
    expect(header.slice(header.indexOf('figure_text'), header.indexOf('figure_text') + 4)).toEqual(['figure_text', 'qualifier', 'qualifier_label', 'sum_group']);
    const group = (id: string) => csv.data.find((x) => x.id === id)!.sum_group;
    // valid-min's report of 17/11/2023: 495.128 in total = 442.628 central + 52.500 provincial; 442.628 = 198.110 ĐTPT + 244.518 SN.
    expect(group('bg-2023-11-17-f02')).toBe(group('bg-2023-11-17-f03'));
    expect(group('bg-2023-11-17-f04')).toBe(group('bg-2023-11-17-f05'));
    expect(new Set([group('bg-2023-11-17-f01'), group('bg-2023-11-17-f02'), group('bg-2023-11-17-f04')]).size).toBe(3);
    // The rate is added to nothing.
    expect(group('bg-2023-11-17-f08')).toBe('');
    for (const def of TABLES.filter((t) => t.kind === 'observation')) expect(tableSchema(def, tables).fields).toContainEqual(expect.objectContaining({ name: 'sum_group', type: 'string' }));
  });

  it('the README of the zip explains it with a real case that adds up', async () => {
    const { tables } = await loadData('test/fixtures/valid-min');
    const text = readme(tables, { updated: '2023-11-30', files: [] });
    expect(text).toContain('### Cộng các dòng');
    expect(text).toContain('### Adding rows up');
    expect(text).toContain('nêu tổng `bg-2023-11-17-f01` là 495.128 triệu đồng');
    expect(text).toContain('`bg-2023-11-17-f02` (442.628), `bg-2023-11-17-f03` (52.500) cộng lại 495.128 triệu đồng');
  });
});
