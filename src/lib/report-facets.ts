/**
 * The report list's filters, computed from the data: each report's issuer, areas
 * and topics, and for each filter value the reports under it. The filter pages
 * (/bao-cao/co-quan/…, /bao-cao/dia-ban/…, /bao-cao/chu-de/…) are plain static
 * pages, so filtering needs no JavaScript.
 */
import { fold } from '../data/suggest.ts';
import type { Report } from '../data/tables/index.ts';
import type { Tables } from '../data/load.ts';
import { dateSortKey } from '../core/format.ts';
import { areasOf, topicsOf, TOPICS, type Topic } from './topics.ts';
import { once } from '../core/typed-table.ts';

export interface ListedReport {
  report: Report;
  topics: Topic[];
  areas: string[];
}

export type FacetKind = 'co-quan' | 'dia-ban' | 'chu-de';

export interface FacetValue {
  kind: FacetKind;
  slug: string;
  label: string;
  reportIds: string[];
}

export const FACET_TITLES: Record<FacetKind, string> = { 'co-quan': 'Cơ quan ban hành', 'dia-ban': 'Địa bàn', 'chu-de': 'Chủ đề' };

const issuerSlug = (issuer: string) => fold(issuer);

/** Reports newest first (a month-only date counts at the month's end), with their topics and areas. */
export const listedReports = once((tables: Tables): ListedReport[] => listAll(tables));


function listAll(tables: Tables): ListedReport[] {
  return [...tables.reports]
    .sort((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)))
    .map((report) => ({ report, topics: topicsOf(report.id, tables), areas: areasOf(report.id, report.issuer_area_id, tables) }));
}

/** Every filter value with at least one report, in a stable order. */
export const facets = once((tables: Tables): FacetValue[] => allFacets(tables));

function allFacets(tables: Tables): FacetValue[] {
  const listed = listedReports(tables);
  const areaName = new Map(tables.areas.map((a) => [a.id, a.name]));
  const out: FacetValue[] = [];
  const issuers = [...new Set(listed.map((l) => l.report.issuer))];
  for (const issuer of issuers) {
    out.push({ kind: 'co-quan', slug: issuerSlug(issuer), label: issuer, reportIds: listed.filter((l) => l.report.issuer === issuer).map((l) => l.report.id) });
  }
  // Communes have no filter of their own (thousands of them): their reports are under their province or district.
  for (const area of tables.areas.filter((a) => a.level !== 'commune')) {
    const ids = listed.filter((l) => l.areas.includes(area.id)).map((l) => l.report.id);
    if (ids.length) out.push({ kind: 'dia-ban', slug: area.id, label: areaName.get(area.id) ?? area.id, reportIds: ids });
  }
  for (const topic of TOPICS) {
    const ids = listed.filter((l) => l.topics.some((t) => t.id === topic.id)).map((l) => l.report.id);
    if (ids.length) out.push({ kind: 'chu-de', slug: topic.id, label: topic.label, reportIds: ids });
  }
  return out;
}
