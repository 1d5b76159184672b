/**
 * The Atom feed of updates (/du-lieu/cap-nhat.atom): a new report entered, and each data version (a commit that
 * changed data/, from the changelog, linking its frozen version), newest first. Entry ids are name-based UUIDs (RFC 9562 version 5), so they
 * stay the same wherever the site is published; links are absolute when the build knows the site's address
 * (SITE_URL), else site paths, which a reader resolves against the feed's own address.
 */
import { createHash } from 'node:crypto';
import { datePhrase } from '../core/format.ts';
import type { Changelog } from './changelog.ts';
import { PACKAGE_NAME, PACKAGE_TITLE, PUBLISHER } from './meta.ts';

export interface FeedReport {
  id: string;
  issuer: string;
  /** ISO date as printed (YYYY-MM-DD or YYYY-MM). */
  date: string;
  title: string;
}

export interface FeedOptions {
  /** Absolute (or site) address of a site path. */
  link: (path: string) => string;
  /** ISO date-time of the data's last change. */
  updated: string;
  /** A summary of a version's changes, in Vietnamese. */
  summary: (update: Changelog['updates'][number]) => string;
  /** How many entries at most. */
  limit?: number;
  /** The site path of a data update's frozen version (src/publish/versions.ts), its entry's link when known. */
  versionPath?: (commit: string) => string | undefined;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A report dated only by its month counts at the month's first day; Atom wants a full date-time. */
const dateTime = (date: string) => (date.length === 7 ? `${date}-01T00:00:00Z` : date.length === 10 ? `${date}T00:00:00Z` : date);
/** urn:uuid: of a name (version 5: SHA-1 in the URL namespace of RFC 9562). */
function tag(what: string): string {
  const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const h = createHash('sha1').update(ns).update(`${PACKAGE_NAME}:${what}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export function atomFeed(reports: readonly FeedReport[], changelog: Changelog, options: FeedOptions): string {
  const entries = [
    ...reports.map((r) => ({
      id: tag(`bao-cao/${r.id}`),
      title: `Báo cáo mới: ${r.issuer}, ${r.title}`,
      updated: dateTime(r.date),
      link: options.link(`/bao-cao/${r.id}/`),
      // Dates as the site writes them («ngày 21/02/2024», «tháng 6/2023»): a feed reader shows these words as they are.
      summary: `Số liệu báo cáo ${datePhrase(r.date)} của ${r.issuer} đã được nhập; mỗi con số kèm mục và nguyên văn như in.`,
    })),
    ...changelog.updates.map((u) => ({
      id: tag(`phien-ban/${u.commit}`),
      // The commit's day as its date-time writes it, in the words of the version's page («Ghi ngày 07/12/2026»).
      title: `Cập nhật số liệu ${datePhrase(u.date.slice(0, 10))}`,
      updated: u.date,
      link: options.link(options.versionPath?.(u.commit) ?? '/du-lieu/#thay-doi'),
      summary: options.summary(u),
    })),
  ]
    .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id < b.id ? -1 : 1))
    .slice(0, options.limit ?? 50);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${tag('cap-nhat')}</id>`,
    `  <title>${xml(`${PACKAGE_TITLE.vi}: báo cáo mới và cập nhật số liệu`)}</title>`,
    `  <updated>${xml(dateTime(options.updated))}</updated>`,
    `  <author><name>${xml(PUBLISHER.vi)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(options.link('/du-lieu/cap-nhat.atom'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(options.link('/du-lieu/'))}"/>`,
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <id>${xml(e.id)}</id>`,
      `    <title>${xml(e.title)}</title>`,
      `    <updated>${xml(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>`,
      `    <summary>${xml(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
