/**
 * What a build is made from, as one fingerprint: the files of the site's code, data and narratives, the
 * package lock, the settings read from the environment, the data's last commit and Node's version. The build names the published
 * version after it (dist.sites/<date>-<pid>-<fingerprint>), so the browser tests can tell that dist/ is
 * already the site of the current files and not build it again. Node's modules only (build-steps.ts).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { config, readConfig } from '../src/core/config.ts';

/**
 * Folders and files a build reads (besides node_modules, pinned by the lock): data/README.md is the staff guide page
 * and data/templates/ its templates, whatever DATA_DIR the build reads its tables from.
 */
const INPUTS = ['src', 'content', 'public', 'scripts', 'data/README.md', 'data/templates', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Settings that change what is built. */
const SETTINGS = ['SITE_URL', 'SITE_BASE', 'DATA_DIR', 'CONTENT_DIR', 'REPO_URL', 'REPO_BRANCH'];

function files(path: string, out: string[]): void {
  if (!existsSync(path)) return;
  const stat = lstatSync(path);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) if (name !== 'node_modules' && !name.startsWith('.')) files(join(path, name), out);
  } else if (stat.isFile()) out.push(path);
}

/** The last commit of the data folder: committing the same files makes a data version (src/publish/versions.ts). */
function lastDataCommit(dir: string): string {
  try {
    return execFileSync('git', ['log', '-1', '--first-parent', '--format=%H', '--', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return '';
  }
}

/** 16 hex digits of SHA-256 over every input file's path and bytes, the settings, the data's last commit and Node's version. */
export function buildFingerprint(root: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  // The settings of `env` (the test setup fingerprints the build it will start with its own settings).
  const settings = env === process.env ? config() : readConfig(env);
  const hash = createHash('sha256');
  const list: string[] = [];
  for (const p of [...INPUTS, settings.DATA_DIR]) files(resolve(root, p), list);
  for (const file of list) {
    hash.update(`${relative(root, file)}\u0000`);
    hash.update(readFileSync(file));
    hash.update('\u0000');
  }
  for (const s of SETTINGS) hash.update(`${s}=${env[s] ?? ''}\u0000`);
  const dataDir = resolve(root, settings.DATA_DIR);
  if (existsSync(dataDir)) hash.update(`git=${lastDataCommit(dataDir)}\u0000`);
  hash.update(process.version);
  return hash.digest('hex').slice(0, 16);
}

/** The fingerprint in the name of the version dist links to, or null (no site, or built before fingerprints). */
export function publishedFingerprint(dist: string): string | null {
  try {
    if (!lstatSync(dist).isSymbolicLink()) return null;
    if (!existsSync(join(dist, 'index.html'))) return null;
    return /-([0-9a-f]{16})$/.exec(basename(readlinkSync(dist)))?.[1] ?? null;
  } catch {
    return null;
  }
}
