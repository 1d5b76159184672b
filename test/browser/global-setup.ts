/**
 * Builds the site once with the real build command and serves dist/ on 127.0.0.1
 * for every browser test. Fails (never skips) when Chromium is missing.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = resolve(import.meta.dirname, '../..');
let server: Server | undefined;

export async function setup(project: TestProject): Promise<void> {
  chromiumPath();
  if (process.env.SKIP_BUILD !== '1') {
    const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed: see the output above.');
  }
  const serve = sirv(resolve(root, 'dist'), { dev: false, etag: true });
  server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no port.');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
}

export async function teardown(): Promise<void> {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
}
