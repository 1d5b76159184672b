import { describe, expect, it } from 'vitest';
import { anyOverlap, checkSum, overlap, parentsOf } from '../../src/data/additivity.ts';
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
