/** The Atom feed of new reports and data versions (src/publish/feed.ts). */
import type { APIRoute } from 'astro';
import { loadDataOrThrow } from '../../data/load.ts';
import { TABLES } from '../../data/tables/index.ts';
import { atomFeed } from '../../publish/feed.ts';
import { dataVersion } from '../../publish/site.ts';
import { versionHref } from '../../publish/versions.ts';
import { absoluteUrl } from '../../lib/site-url.ts';

export const GET: APIRoute = async () => {
  const { tables } = await loadDataOrThrow();
  const { changelog, updated, releases } = await dataVersion();
  const title = new Map(TABLES.map((t) => [t.name, t.title.vi]));
  const body = atomFeed(tables.reports, changelog, {
    link: absoluteUrl,
    updated,
    versionPath: (commit) => {
      const r = releases.list.find((x) => x.commit.startsWith(commit));
      return r && versionHref(r.id);
    },
    summary: (u) =>
      u.changes
        .map((c) => `${title.get(c.table)}: ${[c.added.length && `thêm ${c.added.length} dòng`, c.corrected.length && `sửa ${c.corrected.length} dòng`, c.removed.length && `bỏ ${c.removed.length} dòng`].filter(Boolean).join(', ')}`)
        .join('; ') || 'Cập nhật số liệu.',
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
