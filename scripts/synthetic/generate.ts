/**
 * Synthetic national data in the real schemas: 34 provinces
 * and their communes, the NTP 1719 projects (copied from data/projects.csv),
 * one monthly report per province per month over several years and a closing
 * review per province, and exactly `rows` funding rows with the other tables
 * in proportion. Seeded: the same arguments give the same bytes.
 *
 * Shapes follow the real reports: the year's plan (assigned) is repeated with
 * the same value by every monthly report, allocation and disbursement rise
 * through the year, works complete month by month, poverty falls unevenly,
 * and the review reports a few carried-over funds. Parts never exceed their
 * totals, so the checker finds no error and few discrepancies.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TABLES } from '../../src/data/tables/index.ts';
import type { TableName } from '../../src/data/define.ts';
import { makeAreas } from './areas.ts';
import { hash01, rng } from './rng.ts';

export interface SynthOptions {
  rows: number;
  out: string;
  seed?: number;
  /** First and last year of monthly reports. */
  years?: [number, number];
  communes?: number;
}

type Cells = Record<string, string | number | null>;

const ROOT = resolve(import.meta.dirname, '../..');

/** A CSV file in the table's column order, written in large chunks (a million rows never sit in one string). */
class CsvOut {
  private fd: number;
  private buf: string[] = [];
  private size = 0;
  count = 0;
  private readonly names: string[];
  constructor(dir: string, name: TableName) {
    const def = TABLES.find((t) => t.name === name)!;
    this.names = def.fields.map((f) => f.name);
    this.fd = openSync(join(dir, def.file), 'w');
    this.buf.push(this.names.join(',') + '\n');
  }
  row(cells: Cells): void {
    let line = '';
    for (let i = 0; i < this.names.length; i++) {
      const v = cells[this.names[i]!];
      const s = v === null || v === undefined ? '' : String(v);
      line += (i ? ',' : '') + (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
    }
    this.buf.push(line + '\n');
    this.size += line.length;
    this.count++;
    if (this.size > 1 << 20) this.flush();
  }
  private flush(): void {
    writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** 1234567 → "1.234.567", 12.5 → "12,5": numbers as the reports print them. */
function vi(n: number): string {
  const [int, dec] = String(n).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return dec ? `${grouped},${dec}` : grouped;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Share of the year's funds disbursed by the end of month m: slow start, rush in the last quarter. */
const disbursedShare = (m: number, eff: number) => Math.min(1, Math.pow(m / 12, 1.6) * eff);

const WORK_TYPES = ['ngam', 'cau', 'road', 'irrigation', 'school', 'health_station', 'culture_house', 'water', 'market'] as const;

const INDICATORS = [
  ['training_participants', 'training', 'Lượt người tham gia tập huấn, bồi dưỡng', 'person', 'người'],
  ['housing_support_households', 'livelihood', 'Số hộ được hỗ trợ nhà ở', 'household', 'hộ'],
  ['water_support_households', 'livelihood', 'Số hộ được hỗ trợ nước sinh hoạt phân tán', 'household', 'hộ'],
  ['vocational_change_persons', 'livelihood', 'Số người được hỗ trợ chuyển đổi nghề', 'person', 'người'],
  ['boarding_pupils', 'education', 'Số học sinh bán trú được hỗ trợ', 'pupil', 'học sinh'],
  ['health_insurance_cards', 'health', 'Số thẻ bảo hiểm y tế được cấp', 'person', 'người'],
] as const;

/** Spread `total` over `slots` as evenly as whole numbers allow. */
const share = (total: number, slots: number, i: number) => Math.floor(total / slots) + (i < total % slots ? 1 : 0);

export interface SynthCounts {
  [table: string]: number;
}

export function generate(opts: SynthOptions): SynthCounts {
  const { rows, out, seed = 1719 } = opts;
  const [y0, y1] = opts.years ?? [2023, 2025];
  mkdirSync(out, { recursive: true });
  const r = rng(seed);
  const { provinces, communesOf } = makeAreas(r, opts.communes);

  const areas = new CsvOut(out, 'areas');
  for (const p of provinces) areas.row({ ...p, parent_id: null, note: null });
  for (const p of provinces) for (const c of communesOf.get(p.id)!) areas.row({ ...c, note: null });
  areas.close();

  // The programme's real structure; funding goes to the leaves (projects without sub-projects or contents).
  const projectsCsv = readFileSync(join(ROOT, 'data/projects.csv'), 'utf8');
  const fd = openSync(join(out, 'projects.csv'), 'w');
  writeSync(fd, projectsCsv);
  closeSync(fd);
  const projectRows = projectsCsv.trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 2) as [string, string]);
  const parents = new Set(projectRows.map(([, parent]) => parent));
  const leaves = projectRows.map(([id]) => id).filter((id) => id.startsWith('ntp1719.') && !parents.has(id));

  const reports = new CsvOut(out, 'reports');
  const funding = new CsvOut(out, 'funding');
  const works = new CsvOut(out, 'works');
  const poverty = new CsvOut(out, 'poverty');
  const ncut = new CsvOut(out, 'ncut');
  const indicators = new CsvOut(out, 'indicators');

  const years: number[] = [];
  for (let y = y0; y <= y1; y++) years.push(y);
  const monthly = provinces.length * years.length * 12;
  const perMonthly = Math.floor(rows / monthly);
  // Units of three commune rows, plus three province rows per (project, capital type) they touch and the
  // programme's three totals, within a monthly report's share.
  const rowsOf = (k: number, C: number) => (k === 0 ? 0 : 3 * k + 3 * Math.ceil(k / C) + 3);
  const unitsFor = (C: number) => {
    let k = 0;
    while (rowsOf(k + 1, C) <= perMonthly) k++;
    return k;
  };
  const monthlyRows = (C: number) => rowsOf(unitsFor(C), C);
  // What the monthly reports leave of `rows` goes to the closing reviews (carried-over funds), so the total is exact.
  const leftover = rows - provinces.reduce((n, p) => n + years.length * 12 * monthlyRows(communesOf.get(p.id)!.length), 0);
  const worksTotal = Math.round(rows * 0.1);
  const indicatorsTotal = Math.round(rows * 0.05);
  const povertyTotal = Math.round(rows * 0.01);
  const ncutTotal = Math.round(rows * 0.005);

  provinces.forEach((p, pi) => {
    const communes = communesOf.get(p.id)!;
    const C = communes.length;
    const issuer = `Sở Dân tộc và Tôn giáo tỉnh ${p.name}`;
    const speed = 0.75 + 0.25 * hash01('speed', p.id); // some provinces disburse faster
    const units = unitsFor(C);
    let n = 0;
    for (const y of years) {
      for (let m = 1; m <= 12; m++) {
        n++;
        const id = `${p.id}-${y}-${pad(m)}`;
        const issued = m === 12 ? `${y + 1}-01-05` : `${y}-${pad(m + 1)}-05`;
        reports.row({
          id, issuer, issuer_area_id: p.id, doc_type: 'monthly', number: `${n}/BC-SDTTG`, date: issued,
          period_start: `${y}-${pad(m)}`, period_end: `${y}-${pad(m)}`,
          title: `Báo cáo kết quả thực hiện Chương trình MTQG 1719 tháng ${m}/${y}`, signer: 'Giám đốc Sở', note: null,
          source_file: `tong-hop-${id}.txt`,
        });
        const asOf = `${y}-${pad(m)}`;
        // Funding: units of (commune, leaf project, capital type), communes first so few rows still cover many
        // communes; then the province's totals of what its communes reported (exact sums: no discrepancy).
        let f = 0;
        const sums = new Map<string, { project: string; capital: string; measure: string; value: number; at: string | null; section: string }>();
        for (let u = 0; u < units; u++) {
          const c = communes[u % C]!;
          const project = leaves[Math.floor(u / C) % leaves.length]!;
          const capital = Math.floor(u / (C * leaves.length)) % 2 === 0 ? 'dtpt' : 'sn';
          const assigned = 200 + Math.round(20000 * Math.pow(hash01('a', c.id, project, capital, y), 2));
          const allocated = Math.round(assigned * Math.min(1, 0.55 + 0.09 * m));
          const eff = (0.7 + 0.3 * hash01('e', c.id, project, y)) * speed;
          const disbursed = Math.floor(allocated * disbursedShare(m, eff));
          const base = { report_id: id, area_id: c.id, program: 'ntp1719', fund_year: String(y), budget_source: 'all', capital_type: capital, project_id: project, unit: 'mvnd', tranche: null, decision_date: null, figure_status: 'reported', note: null };
          const measures: [string, number, string | null, string][] = [
            ['assigned', assigned, null, 'II.1 Kế hoạch vốn giao'],
            ['allocated', allocated, asOf, 'II.2 Phân bổ vốn'],
            ['disbursed', disbursed, asOf, 'II.3 Kết quả giải ngân'],
          ];
          for (const [measure, value, at, section] of measures) {
            funding.row({ ...base, id: `${id}-f${++f}`, section, measure, value, as_of: at, figure_text: `${vi(value)} triệu đồng` });
            const k = `${project}|${capital}|${measure}`;
            const sum = sums.get(k);
            if (sum) sum.value += value;
            else sums.set(k, { project, capital, measure, value, at, section });
          }
        }
        // And the programme's total per measure (all projects and capital types), as real reports open with.
        const totals = new Map<string, { value: number; at: string | null; section: string }>();
        for (const t of sums.values()) {
          const total = totals.get(t.measure);
          if (total) total.value += t.value;
          else totals.set(t.measure, { value: t.value, at: t.at, section: t.section });
        }
        for (const [measure, t] of totals)
          funding.row({
            id: `${id}-f${++f}`, report_id: id, section: t.section, area_id: p.id, program: 'ntp1719', fund_year: String(y), budget_source: 'all',
            capital_type: 'all', project_id: null, measure, value: t.value, unit: 'mvnd', as_of: t.at, tranche: null, decision_date: null,
            figure_text: `${vi(t.value)} triệu đồng`, figure_status: 'reported', note: 'Tổng của chương trình trong báo cáo.',
          });
        for (const t of sums.values())
          funding.row({
            id: `${id}-f${++f}`, report_id: id, section: t.section, area_id: p.id, program: 'ntp1719', fund_year: String(y), budget_source: 'all',
            capital_type: t.capital, project_id: t.project, measure: t.measure, value: t.value, unit: 'mvnd', as_of: t.at, tranche: null, decision_date: null,
            figure_text: `${vi(t.value)} triệu đồng`, figure_status: 'reported', note: 'Tổng của các xã trong báo cáo.',
          });
        // Works: planned in the year's list, started and completed rising month by month.
        let w = 0;
        const wQuota = share(worksTotal, monthly, pi * years.length * 12 + (n - 1));
        for (let u = 0; w < wQuota && u < C * WORK_TYPES.length; u++) {
          const c = communes[u % C]!;
          const type = WORK_TYPES[Math.floor(u / C)]!;
          const planned = 1 + Math.floor(6 * hash01('w', c.id, type, y));
          const done = Math.min(planned, Math.floor(planned * disbursedShare(m, 0.8 + 0.3 * hash01('d', c.id, type, y))));
          const started = Math.min(planned, Math.max(done, Math.ceil(planned * Math.min(1, m / 6))));
          const base = { report_id: id, section: 'III Công trình hạ tầng', area_id: c.id, program: 'ntp1719', batch: String(y), plan_version: 'current', capital_type: 'dtpt', work_type: type, figure_status: 'reported', note: null };
          const measures: [string, number, string | null][] = [['planned', planned, null], ['started', started, asOf], ['completed', done, asOf]];
          for (const [measure, count, at] of measures) {
            if (w >= wQuota) break;
            works.row({ ...base, id: `${id}-w${++w}`, measure, count, as_of: at, figure_text: `${vi(count)} công trình` });
          }
        }
        // Other indicators of the month.
        const iQuota = share(indicatorsTotal, monthly, pi * years.length * 12 + (n - 1));
        for (let u = 0; u < iQuota && u < C * INDICATORS.length; u++) {
          const c = communes[u % C]!;
          const [code, topic, label, unit, word] = INDICATORS[Math.floor(u / C)]!;
          const value = 1 + Math.floor(300 * hash01('i', c.id, code, y, m));
          indicators.row({ id: `${id}-i${u + 1}`, report_id: id, section: 'IV Các chính sách khác', area_id: c.id, topic, indicator: code, label, value, unit, period: `${y}-${pad(m)}`, as_of: null, figure_text: `${vi(value)} ${word}`, figure_status: 'reported', note: null });
        }
        // Poverty rates of the year, in each December report: falling unevenly, from commune to commune.
        if (m === 12) {
          const rates: number[] = [];
          const vQuota = share(povertyTotal, provinces.length * years.length, pi * years.length + (y - y0));
          for (let u = 0; u < vQuota && u < 2 * C; u++) {
            const c = communes[u % C]!;
            const group = u < C ? 'dtts_mn' : 'xa_dbkk';
            let rate = 8 + 40 * hash01('p0', c.id, group);
            for (let yy = 2022; yy <= y; yy++) rate = Math.max(0.5, rate - 4 * Math.pow(hash01('pd', c.id, group, yy), 2));
            const value = Math.round(rate * 100) / 100;
            poverty.row({ id: `${id}-p${u + 1}`, report_id: id, section: 'V Giảm nghèo', area_id: c.id, population_group: group, poverty_standard: '2021-2025', commune_list: '2021-2025', communes: null, measure: 'rate', year_from: null, year: y, value, unit: 'percent', figure_text: `${vi(value)}%`, figure_status: 'reported', note: null });
            if (group === 'dtts_mn') rates.push(value);
          }
          // The province's rate: the mean of its communes' (as if households were even).
          if (rates.length) {
            const value = Math.round((rates.reduce((a, b) => a + b, 0) / rates.length) * 100) / 100;
            poverty.row({ id: `${id}-p0`, report_id: id, section: 'V Giảm nghèo', area_id: p.id, population_group: 'dtts_mn', poverty_standard: '2021-2025', commune_list: '2021-2025', communes: rates.length, measure: 'rate', year_from: null, year: y, value, unit: 'percent', figure_text: `${vi(value)}%`, figure_status: 'reported', note: null });
          }
        }
        // Prestigious persons: the year's list and Tết gifts, in each January report.
        if (m === 1) {
          const kQuota = share(ncutTotal, provinces.length * years.length, pi * years.length + (y - y0));
          for (let u = 0; u < kQuota && u < 2 * C; u++) {
            const c = communes[u % C]!;
            const persons = 3 + Math.floor(20 * hash01('k', c.id));
            const base = { report_id: id, section: 'VI Người có uy tín', area_id: c.id, period: String(y), provider: 'commune', quantity: null, quantity_unit: null, as_of: null, figure_status: 'reported', note: null };
            if (u < C) ncut.row({ ...base, id: `${id}-n${u + 1}`, measure: 'count', persons, amount_mvnd: null, figure_text: `${persons} người` });
            else {
              const amount = persons * 0.5;
              ncut.row({ ...base, id: `${id}-n${u + 1}`, measure: 'tet_gift', persons, amount_mvnd: amount, figure_text: `${persons} suất, ${vi(amount)} triệu đồng` });
            }
          }
        }
      }
    }
    // The closing review: funds of earlier years carried over, so that the total is exactly `rows`.
    const id = `${p.id}-${y1}-tong-ket`;
    reports.row({
      id, issuer, issuer_area_id: p.id, doc_type: 'review', number: `${n + 1}/BC-SDTTG`, date: `${y1 + 1}-01-20`,
      period_start: String(y0), period_end: `${y1}-12`,
      title: `Báo cáo tổng kết thực hiện Chương trình MTQG 1719 giai đoạn ${y0}–${y1}`, signer: 'Giám đốc Sở', note: null,
      source_file: `tong-hop-${id}.txt`,
    });
    const quota = share(leftover, provinces.length, pi);
    let f = 0;
    for (let u = 0; f < quota; u++) {
      const c = communes[u % C]!;
      const project = leaves[Math.floor(u / C) % leaves.length]!;
      const year = y0 + (Math.floor(u / (C * leaves.length)) % Math.max(1, years.length - 1));
      const assigned = 50 + Math.round(2000 * hash01('co', c.id, project, year));
      const disbursed = Math.floor(assigned * (0.6 + 0.4 * hash01('cd', c.id, project, year)));
      const base = { report_id: id, section: 'II.4 Vốn chuyển nguồn', area_id: c.id, program: 'ntp1719', fund_year: `${year}-carryover`, budget_source: 'all', capital_type: 'all', project_id: project, unit: 'mvnd', tranche: null, decision_date: null, figure_status: 'reported', note: null };
      funding.row({ ...base, id: `${id}-f${++f}`, measure: 'assigned', value: assigned, as_of: null, figure_text: `${vi(assigned)} triệu đồng` });
      if (f < quota) funding.row({ ...base, id: `${id}-f${++f}`, measure: 'disbursed', value: disbursed, as_of: `${y1}-12`, figure_text: `${vi(disbursed)} triệu đồng` });
    }
  });

  const counts: SynthCounts = { areas: areas.count, projects: projectRows.length };
  for (const [name, file] of Object.entries({ reports, funding, works, poverty, ncut, indicators })) {
    file.close();
    counts[name] = file.count;
  }
  return counts;
}
