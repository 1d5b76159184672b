/**
 * Serves dist/ on 127.0.0.1 the way a production host would: gzip for text, the headers
 * of deploy/_headers (so a page the Content-Security-Policy would break fails here
 * first), 404.html for unknown paths. Used by `npm run bench:site` and the browser tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.csv', '.txt', '.xml', '.atom']);

/** Files the browser would get compressed over the wire. */
export const isCompressible = (path: string) => COMPRESSIBLE.has(extname(new URL(path, 'http://x').pathname));

export interface HeaderRule {
  pattern: string;
  /** A null value removes the header (Cloudflare's `! Name`). */
  headers: [string, string | null][];
}

/**
 * Parses the Netlify/Cloudflare `_headers` format: a path line, then indented `Name: value`
 * lines; `! Name` (Cloudflare) drops a value an earlier rule set, recorded as [Name, null].
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const detach = /^\s*!\s*(\S+)\s*$/.exec(line);
      if (detach) rules.at(-1)?.headers.push([detach[1]!, null]);
      else {
        const at = line.indexOf(':');
        rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
      }
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

export const HEADERS_FILE = resolve(import.meta.dirname, '../../deploy/_headers');

export async function serveDist(dist: string, port = 0): Promise<{ server: Server; baseUrl: string }> {
  const rules = parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8'));
  const root = resolve(dist);
  const server = createServer((req, res) => {
    let path = '/';
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      path = '/404.html'; // a malformed address is a missing page, not a crashed server
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    for (const rule of rules) if (matches(rule.pattern, path)) for (const [k, v] of rule.headers) v === null ? res.removeHeader(k) : res.setHeader(k, v);
    const ext = extname(file);
    res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    let body: Buffer = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.statusCode = status;
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The server has no port.');
  return { server, baseUrl: `http://127.0.0.1:${address.port}` };
}

/** Every page of the built site: each index.html as its directory path ("/", "/giai-ngan/"). */
export function discoverPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro') walk(full, `${prefix}${name}/`);
      } else if (name === 'index.html') pages.push(prefix);
    }
  };
  walk(resolve(dist), '/');
  return pages.sort((a, b) => a.localeCompare(b));
}
