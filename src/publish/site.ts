/**
 * The publication of one build: the data, its changelog, the date it last
 * changed, and the downloads, computed once and shared by the data page, the
 * download endpoints and the chart components.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadDataOrThrow, type DataLoad } from '../data/load.ts';
import { TABLES } from '../data/tables/index.ts';
import { once } from '../core/typed-table.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { dataChangelog, firstPublishedValues, workingChanges, type Changelog, type TableChange } from './changelog.ts';
import { downloadHref, downloadsOf, type DownloadFile } from './downloads.ts';
import { buildOutput, copyInto, writeDownloads } from './output.ts';
import { dataReleases, frozenVersions, versionHref, type Release, type Releases, type VersionFiles } from './versions.ts';

export interface Publication {
  data: DataLoad;
  changelog: Changelog;
  /** Edits not yet committed (a local build), compared with the last commit. */
  pending: TableChange[];
  /** ISO date-time the data last changed. */
  updated: string;
  /** Every download but the zip, in the data page's order. */
  downloads: DownloadFile[];
  /** The zip of every table, deflated while the pages render (the data page waits for its size). */
  zip: Promise<DownloadFile>;
  /**
   * During a build, the writing of every download into the output, begun as soon as they are made
   * (src/publish/output.ts): how many files. The data page waits for it, so a failure fails the build.
   * Null outside a build.
   */
  written: Promise<number> | null;
}

/** When the data last changed: the last commit of the data, else the newest file (uncommitted edits, no git). */
function lastUpdated(changelog: Changelog, pending: TableChange[]): string {
  if (changelog.lastChange && pending.length === 0) return changelog.lastChange;
  let newest = 0;
  for (const t of TABLES) {
    try {
      newest = Math.max(newest, statSync(join(DATA_DIR, t.file)).mtimeMs);
    } catch {
      /* a missing file fails validation earlier */
    }
  }
  return new Date(Math.floor(newest / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

const publications = new WeakMap<DataLoad, Promise<Publication>>();

export interface DataVersion {
  changelog: Changelog;
  pending: TableChange[];
  /** ISO date-time the data last changed. */
  updated: string;
  /** The data releases of git history (frozen versions), newest first. */
  releases: Releases;
  /** The frozen version this build's data is (the newest release), or null: uncommitted edits, no history. */
  current: Release | null;
  /** The figure each corrected row was first published with (changelog.ts firstPublishedValues). */
  firstValues: Map<string, { field: string; value: string }>;
}

const versions = new WeakMap<DataLoad, DataVersion>();

/** The data's version and history, without waiting for the downloads (a chart's citation needs only this). */
export async function dataVersion(): Promise<DataVersion> {
  const data = await loadDataOrThrow();
  let v = versions.get(data);
  if (!v) {
    const changelog = dataChangelog(DATA_DIR);
    const pending = changelog.available ? workingChanges(DATA_DIR) : [];
    const releases = dataReleases(DATA_DIR);
    // Data with edits not committed is no frozen version: its citation names the date only.
    const current = (!releases.uncommitted && pending.length === 0 && releases.list[0]) || null;
    versions.set(data, (v = { changelog, pending, updated: lastUpdated(changelog, pending), releases, current, firstValues: firstPublishedValues(changelog, pending) }));
  }
  return v;
}

export async function publication(): Promise<Publication> {
  const data = await loadDataOrThrow();
  let p = publications.get(data);
  if (!p) {
    p = (async () => {
      const { changelog, pending, updated, current } = await dataVersion();
      const pageUrl = import.meta.env.SITE ? absoluteUrl('/du-lieu/') : undefined;
      const version = current ? { id: current.id, url: absoluteUrl(versionHref(current.id)) } : undefined;
      const { files, zip } = await downloadsOf(data, { updated, pageUrl, version });
      const out = buildOutput();
      const written = out === undefined ? null : Promise.all([writeDownloads(files, out), zip.then((z) => writeDownloads([z], out))]).then(([a, b]) => a + b);
      // Reported where the data page awaits it.
      written?.catch(() => {});
      return { data, changelog, pending, updated, downloads: files, zip, written };
    })();
    publications.set(data, p);
  }
  return p;
}

const frozen = new WeakMap<DataLoad, Promise<VersionFiles[]>>();

/**
 * Every release's zip and datapackage.json (made once per machine, src/publish/versions.ts); a build copies
 * them into /du-lieu/phien-ban/<id>/ of its output.
 */
export async function frozenDataVersions(): Promise<VersionFiles[]> {
  const data = await loadDataOrThrow();
  let f = frozen.get(data);
  if (!f) {
    f = (async () => {
      const { releases } = await dataVersion();
      const made = await frozenVersions(DATA_DIR, releases.list);
      const out = buildOutput();
      if (out !== undefined) for (const v of made) for (const file of [v.zip.name, v.pkg.name]) copyInto(out, `${versionHref(v.release.id)}${file}`, join(v.dir, file));
      return made;
    })();
    frozen.set(data, f);
  }
  return f;
}

export interface ReportDownload {
  /** Site path (add the base with url()). */
  href: string;
  /** Vietnamese title of the table. */
  title: string;
  format: 'CSV';
  rows: number;
  /** Size in bytes (show with fileSize from downloads.ts). */
  bytes: number;
}

/** The per-report files by report, grouped once: a filter of every download per report page grew with reports × files. */
const perReport = once((downloads: readonly DownloadFile[]) => Map.groupBy(downloads.filter((f) => f.reportId !== undefined), (f) => f.reportId!));

/** The CSV downloads of one report's rows, one per table it contributes to (for /bao-cao/<id>/). */
export async function reportDownloads(reportId: string): Promise<ReportDownload[]> {
  const { downloads } = await publication();
  return (perReport(downloads).get(reportId) ?? []).map((f) => ({ href: downloadHref(f.name), title: f.table!.title.vi, format: 'CSV' as const, rows: f.rows ?? 0, bytes: f.size }));
}
