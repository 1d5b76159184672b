/**
 * Where staff publish: the data repository's web address, set once. A publishing run knows it by itself
 * (GitHub Actions: GITHUB_SERVER_URL and GITHUB_REPOSITORY; GitLab CI: CI_PROJECT_URL); elsewhere REPO_URL
 * gives it. From it, the links /cap-nhat/ gives for the web upload: the data folder, the upload page and the
 * page of publishing runs. Without it the page gives the same steps without links.
 */
export interface Repository {
  url: string;
  host: 'github' | 'gitlab' | 'other';
  branch: string;
  /** The data/ folder as the host shows it. */
  dataFolder: string;
  /** Where several files are uploaded in one change (GitHub's upload page; GitLab's Web IDE on data/). */
  upload: string | null;
  /** The list of publishing runs (a red cross there is a refused update). */
  runs: string | null;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The repository from the environment, or null when none is set (or the address is not an http(s) URL). */
export function repositoryOf(env: Env): Repository | null {
  const raw = env.REPO_URL || (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : '') || env.CI_PROJECT_URL || '';
  let parsed: URL;
  try {
    parsed = new URL(raw.trim().replace(/\.git$/, '').replace(/\/+$/, ''));
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const url = parsed.href.replace(/\/+$/, '');
  const branch = env.REPO_BRANCH || env.CI_DEFAULT_BRANCH || 'main';
  const host = /(^|\.)github\.com$/.test(parsed.hostname) || env.GITHUB_REPOSITORY ? 'github' : /gitlab/.test(parsed.hostname) || env.CI_PROJECT_URL ? 'gitlab' : 'other';
  if (host === 'github') return { url, host, branch, dataFolder: `${url}/tree/${branch}/data`, upload: `${url}/upload/${branch}/data`, runs: `${url}/actions` };
  if (host === 'gitlab') return { url, host, branch, dataFolder: `${url}/-/tree/${branch}/data`, upload: `${parsed.origin}/-/ide/project/${parsed.pathname.replace(/^\/|\/$/g, '')}/edit/${branch}/-/data/`, runs: `${url}/-/pipelines` };
  return { url, host, branch, dataFolder: url, upload: null, runs: null };
}
