/**
 * Builds the site once with the real build command and serves dist/ on 127.0.0.1 for
 * every browser test, the way a production host would (gzip, the headers of
 * deploy/_headers, so a page the Content-Security-Policy breaks fails here). Provides
 * the list of pages found in dist/, so pages added later are tested without a list to edit.
 * Fails (never skips) when Chromium is missing.
 */
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { discoverPages, serveDist } from '../../scripts/bench/serve.ts';
import { buildFingerprint, publishedFingerprint } from '../../scripts/build-inputs.ts';
import { chromiumPath } from './chromium.ts';
import { SITE_DIST, SITE_UNDER_TEST } from './site-under-test.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    pages: string[];
  }
}

const root = resolve(import.meta.dirname, '../..');
let server: Server | undefined;

export async function setup(project: TestProject): Promise<void> {
  chromiumPath();
  // The build and its fingerprint get the tested site's settings; this process's own environment is left as it
  // is (the unit tests' workers start from it).
  const env = { ...process.env, ...SITE_UNDER_TEST };
  const dist = SITE_DIST;
  // dist/ built from exactly the current files (scripts/build-inputs.ts) is not built again.
  const current = publishedFingerprint(dist) === buildFingerprint(root, env);
  if (current) console.log('dist/ is the build of the current files: not built again.');
  if (process.env.SKIP_BUILD !== '1' && !current) {
    const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit', env });
    if (build.status !== 0) throw new Error('npm run build failed: see the output above.');
  }
  const served = await serveDist(dist);
  server = served.server;
  project.provide('baseUrl', served.baseUrl);
  project.provide('pages', discoverPages(dist));
}

export async function teardown(): Promise<void> {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
}
