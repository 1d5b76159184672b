/**
 * The figures and charts a narrative cites, found in its MDX text with their line
 * numbers, and checked against the data before the page is built: a mistyped id
 * stops the build with the page, the line, the id and the nearest ids. Plain text
 * scanning keeps this usable from the build (remark plugin) and from tests alike.
 */
import { distance, fold } from '../data/suggest.ts';

export interface Ref {
  /** Component name as written: Value, Charts, Discrepancies. */
  component: string;
  attr: string;
  value: string;
  line: number;
}

/** Components that take ids, and the attributes that hold them. */
const REF_ATTRS: Record<string, readonly string[]> = {
  Value: ['id'],
  Charts: ['area', 'report', 'topic'],
  Discrepancies: ['report'],
};

/** Every `<Component attr="value"` reference in an MDX text, with its 1-based line. */
export function refsIn(source: string): Ref[] {
  const refs: Ref[] = [];
  const tag = /<(Value|Charts|Discrepancies)\b([^>]*)>/g;
  for (const m of source.matchAll(tag)) {
    const component = m[1]!;
    const start = m.index!;
    const attrs = m[2]!;
    for (const a of attrs.matchAll(/([a-zA-Z]+)\s*=\s*"([^"]*)"/g)) {
      if (!REF_ATTRS[component]!.includes(a[1]!)) continue;
      const offset = start + m[0].indexOf(a[0]);
      refs.push({ component, attr: a[1]!, value: a[2]!, line: source.slice(0, offset).split('\n').length });
    }
  }
  return refs;
}

export interface Known {
  figures: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  reports: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

/** The three known ids nearest to a mistyped one: same table first, then by edit distance. */
export function nearest(value: string, candidates: Iterable<string>, count = 3): string[] {
  const table = value.includes('/') ? value.split('/')[0] + '/' : null;
  const target = fold(value);
  return [...candidates]
    .map((c) => ({ c, other: table && !c.startsWith(table) ? 1 : 0, d: distance(target, fold(c)) }))
    .sort((a, b) => a.other - b.other || a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, count)
    .map((x) => x.c);
}

/** Vietnamese messages, one per unknown reference: page, line, id, nearest ids. */
export function checkRefs(page: string, source: string, known: Known): string[] {
  const problems: string[] = [];
  for (const ref of refsIn(source)) {
    const pool = ref.attr === 'id' ? known.figures : ref.attr === 'area' ? known.areas : ref.attr === 'report' ? known.reports : known.topics;
    if (pool.has(ref.value)) continue;
    const what = ref.attr === 'id' ? 'con số' : ref.attr === 'area' ? 'địa bàn' : ref.attr === 'report' ? 'báo cáo' : 'chủ đề';
    const near = nearest(ref.value, pool);
    problems.push(
      `${page}, dòng ${ref.line}: <${ref.component} ${ref.attr}="${ref.value}"> — không có ${what} mã "${ref.value}" trong dữ liệu.` +
        (near.length ? ` Mã gần nhất: ${near.map((n) => `"${n}"`).join(', ')}.` : ''),
    );
  }
  return problems;
}

export interface NarrativeEntry {
  id: string;
  filePath?: string;
  data: { report: string };
}

/** Problems in Vietnamese, one per narrative that cannot be placed on a report page. */
export function narrativeProblems(entries: readonly NarrativeEntry[], reportIds: readonly string[]): string[] {
  const known = new Set(reportIds);
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const e of entries) {
    const file = e.filePath ?? e.id;
    const id = e.data.report;
    if (!known.has(id)) {
      problems.push(`${file}: report: "${id}" không có trong data/reports.csv. Mã gần nhất: ${nearest(id, known).map((n) => `"${n}"`).join(', ')}.`);
    } else if (seen.has(id)) {
      problems.push(`${file}: báo cáo "${id}" đã có bài viết ở ${seen.get(id)}; mỗi báo cáo một bài.`);
    } else seen.set(id, file);
  }
  return problems;
}

