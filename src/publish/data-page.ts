/**
 * What /du-lieu/ says about the data set beside the tables' facts (publish/datasets.ts): its citation, and for
 * the changelog each changed row's link and what a correction changed. The page composes these.
 */
import { formatDate } from '../core/format.ts';
import { once } from '../core/typed-table.ts';
import { UNITS, type TableName } from '../data/define.ts';
import { TABLES } from '../data/tables/index.ts';
import { reportHref, type SitePaths } from '../lib/links.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import type { TableChange } from './changelog.ts';
import { ACCESS_DATE, englishDate } from './chart-files.ts';
import { LICENCE, PACKAGE_NAME, PACKAGE_TITLE, PUBLISHER } from './meta.ts';
import { versionHref, type Release } from './versions.ts';

type AnyRow = Record<string, unknown> & { id: string };
type AnyTables = Readonly<Partial<Record<TableName, readonly object[]>>>;

const day = (iso: string) => formatDate(iso.slice(0, 10));

/**
 * The data set as a whole: publisher, title, version, address, licence; the access date is the reader's. The
 * version is the frozen one (publish/versions.ts) when the build's data is a release: its address keeps serving
 * these files; otherwise the date the data last changed, at /du-lieu/.
 */
export function dataCitation(current: Pick<Release, 'id' | 'date'> | null, updated: string): { vi: string; en: string } {
  if (current) {
    const at = absoluteUrl(versionHref(current.id));
    return {
      vi: `${PUBLISHER.vi}, “${PACKAGE_TITLE.vi}”, phiên bản số liệu ${current.id} (ngày ${day(current.date)}), ${at}, giấy phép ${LICENCE.title} (truy cập ngày ${ACCESS_DATE}).`,
      en: `${PUBLISHER.en}, “${PACKAGE_TITLE.en}” (${PACKAGE_NAME}), data version ${current.id} (${englishDate(current.date)}), ${at}, licence ${LICENCE.name} (accessed ${ACCESS_DATE}).`,
    };
  }
  const at = absoluteUrl('/du-lieu/');
  return {
    vi: `${PUBLISHER.vi}, “${PACKAGE_TITLE.vi}”, phiên bản số liệu ngày ${day(updated)}, ${at}, giấy phép ${LICENCE.title} (truy cập ngày ${ACCESS_DATE}).`,
    en: `${PUBLISHER.en}, “${PACKAGE_TITLE.en}” (${PACKAGE_NAME}), data version of ${englishDate(updated)}, ${at}, licence ${LICENCE.name} (accessed ${ACCESS_DATE}).`,
  };
}

/** A table's rows by id, indexed once: the changelog looks up to 40 rows per entry in tables of any size. */
const byId = once((rows: readonly object[]) => new Map((rows as AnyRow[]).map((r) => [r.id, r])));
const rowOf = (tables: AnyTables, table: TableName, id: string): AnyRow | undefined => byId(tables[table] ?? []).get(id);

/**
 * Where a changed row is read (a site path): a figure at its row on its report's page, a cited document at its
 * report; null when the row is no longer in the data (removed or withdrawn).
 */
export function changedRowHref(tables: AnyTables, paths: Pick<SitePaths, 'rowHref'>, table: TableName, id: string): string | null {
  const row = rowOf(tables, table, id);
  if (!row || typeof row.report_id !== 'string') return null;
  return TABLES.find((t) => t.name === table)?.kind === 'observation' ? paths.rowHref(row.report_id, id) : reportHref(row.report_id);
}

/** What a correction changed in a row: "value: từ 52500 thành 52600 (triệu đồng); figure_text: từ “52.500 triệu đồng” thành “52.600 triệu đồng”". */
export function editText(tables: AnyTables, change: Pick<TableChange, 'table' | 'edits'>, id: string): string {
  const row = rowOf(tables, change.table, id);
  const unit = row && typeof row.unit === 'string' && row.unit in UNITS ? ` (${UNITS[row.unit as keyof typeof UNITS].vi})` : '';
  const shown = (v: string) => (v === '' ? 'trống' : /^-?[\d.]+$/.test(v) ? v : `“${v}”`);
  return change.edits
    .filter((e) => e.id === id)
    .map((e) => `${e.field}: từ ${shown(e.before)} thành ${shown(e.after)}${e.field === 'value' ? unit : ''}`)
    .join('; ');
}
