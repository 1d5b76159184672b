/**
 * The build's settings from the environment, read and checked once, at the edge: every problem at once, each
 * naming the variable, its value and the fix, in Vietnamese and English, before anything is built. An empty
 * value counts as unset (a CI secret left blank). Astro's config, the build scripts, the pages and the data layer
 * read their settings from here, and nothing else in src/ reads process.env (test/unit/structure.test.ts);
 * functions that depend on a setting take it as an argument, defaulting to this, so tests pass their own.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

// Relative folders are read from where the command runs (npm scripts run in the project folder); not from this
// file's place, which differs once it is bundled into the build's own chunks.
const root = process.cwd();

const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(t: T) => z.preprocess(blankIsUnset, t.optional());

const httpUrl = (name: string, example: string) =>
  z.string().refine(
    (v) => {
      try {
        return ['http:', 'https:'].includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `${name} phải là một địa chỉ web đầy đủ, bắt đầu bằng https:// (ví dụ ${example}) / ${name} must be a full http(s) address, e.g. ${example}` },
  );

const folder = (name: string) =>
  z.string().refine((v) => (existsSync(resolve(root, v)) && statSync(resolve(root, v)).isDirectory()), {
    message: `${name}: không có thư mục này; hãy đặt đường dẫn tới một thư mục có sẵn (tính từ thư mục chạy lệnh, thường là thư mục dự án) / ${name}: no such folder; give an existing folder (relative to where the command runs, usually the project)`,
  });

const schema = z.object({
  /** The published address (og:url, citations, embed code); unset: site paths only. */
  SITE_URL: optional(httpUrl('SITE_URL', 'https://so-lieu.bandantoc.vn')),
  /** The sub-path the site is served under (GitHub Pages: /repository-name/); "so-lieu" is read as /so-lieu/. */
  SITE_BASE: z.preprocess(
    (v) => {
      const b = blankIsUnset(v);
      return typeof b === 'string' ? `/${b.trim().replace(/^\/+|\/+$/g, '')}/`.replace('//', '/') : b;
    },
    z
      .string()
      .regex(/^\/([^/\s]+\/)*$/, { message: 'SITE_BASE là một đường dẫn con như /so-lieu/, không có khoảng trắng hay «//» / SITE_BASE is a sub-path such as /so-lieu/, without spaces or "//"' })
      .default('/'),
  ),
  /** The data folder staff edit (tests and trial copies build from another one); a missing one is the data check's to report. */
  DATA_DIR: z.preprocess(blankIsUnset, z.string().default('data')),
  /** The narratives that go with DATA_DIR (default: content/ for data/, none for another folder). */
  CONTENT_DIR: optional(folder('CONTENT_DIR')),
  /** Where the published site is linked (tests build elsewhere). */
  DIST_DIR: z.preprocess(blankIsUnset, z.string().default('dist')),
  /** Scratch space for large downloads (default: the system's temporary folder). */
  DOWNLOADS_TMP: optional(folder('DOWNLOADS_TMP')),
  /** The data repository's address, for the publishing steps of /cap-nhat/ (CI runs know it by themselves). */
  REPO_URL: optional(httpUrl('REPO_URL', 'https://github.com/ban-dan-toc/so-lieu')),
  REPO_BRANCH: optional(z.string()),
  /** The commit, tag or branch the published rows are read from (CI: the tag of the last published commit; src/data/published-git.ts). */
  DATA_PUBLISHED_REF: optional(z.string().trim()),
  /** Set by the CI service itself: where the repository is, when REPO_URL is not set (src/lib/repository.ts). */
  GITHUB_SERVER_URL: optional(z.string()),
  GITHUB_REPOSITORY: optional(z.string()),
  CI_PROJECT_URL: optional(z.string()),
  CI_DEFAULT_BRANCH: optional(z.string()),
  /** Set by scripts/build.ts: the scratch folder Astro builds into before the site is swapped into place. */
  ASTRO_OUT_DIR: optional(z.string()),
  /** "production" while Astro builds (it sets it): data loads are then trusted for a second without looking at the files. */
  NODE_ENV: optional(z.string()),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** The settings of `env`, or a ConfigError listing every problem. */
export function readConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => {
    const name = String(i.path[0] ?? '');
    return `- ${i.message} (${name}=${JSON.stringify(env[name] ?? '')})`;
  });
  throw new ConfigError(`Cấu hình xây trang không hợp lệ / Invalid build settings:\n${lines.join('\n')}`);
}

let current: Config | undefined;

/** The settings of this process, read once. */
export function config(): Config {
  current ??= readConfig();
  return current;
}
