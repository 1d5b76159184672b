/**
 * The three host configurations in deploy/ (Netlify/Cloudflare `_headers`, nginx, Caddy) send
 * the same headers for every kind of path: each file is read by a small model of how its
 * server picks headers for a path, and the results are compared path by path with the policy
 * below. `_headers` is also checked to be safe on Netlify, which applies every matching rule
 * and cannot remove a header: no header is set by two rules that match the same path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, type HeaderRule } from '../../scripts/bench/serve.ts';

type Headers = Record<string, string>;

const SITE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
const EMBED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors *";
const COMMON: Headers = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
};
const REVALIDATE = 'no-cache';
const YEAR = 'public, max-age=31536000, immutable';

const page: Headers = { ...COMMON, 'Content-Security-Policy': SITE_CSP, 'X-Frame-Options': 'SAMEORIGIN', 'Cache-Control': REVALIDATE };
const embed: Headers = { ...COMMON, 'Content-Security-Policy': EMBED_CSP, 'Cache-Control': REVALIDATE };
const hashed: Headers = { ...COMMON, 'Content-Security-Policy': SITE_CSP, 'X-Frame-Options': 'SAMEORIGIN', 'Cache-Control': YEAR };

/** What each kind of path must get, on every host. */
const EXPECTED: [string, Headers][] = [
  ['/', page],
  ['/index.html', page],
  ['/giai-ngan/', page],
  ['/dia-ban/bac-giang/ban-in/', page],
  ['/404.html', page],
  ['/du-lieu/', page],
  ['/du-lieu/tai-ve/funding.csv', page],
  ['/du-lieu/tai-ve/funding.json', page],
  ['/du-lieu/tai-ve/funding.xlsx', page],
  ['/du-lieu/tai-ve/datapackage.json', page],
  ['/du-lieu/tai-ve/mtqg1719-du-lieu.zip', page],
  ['/du-lieu/bieu-do/giai-ngan-tinh.csv', page],
  ['/cap-nhat/', page],
  ['/cap-nhat/sw.js', page],
  ['/cap-nhat/du-lieu/funding.csv', page],
  ['/pagefind/pagefind.js', page],
  ['/tim-kiem.js', page],
  ['/favicon.svg', page],
  ['/chia-se/chung.png', page],
  ['/nhung/giai-ngan-tinh/', embed],
  ['/nhung/nhung.css', embed],
  ['/nhung/nhung.js', embed],
  ['/_astro/BaseLayout.Ab12Cd34.css', hashed],
  ['/_astro/client.Ef56Gh78.js', hashed],
];

const read = (file: string) => readFileSync(`deploy/${file}`, 'utf8');

// ---- Netlify / Cloudflare Pages: _headers -------------------------------------------------

const ruleMatches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** Every matching rule applies (Netlify and Cloudflare alike); returns the headers and the names set twice. */
function headersFileFor(rules: HeaderRule[], path: string): { headers: Headers; twice: string[] } {
  const headers: Headers = {};
  const twice: string[] = [];
  for (const rule of rules.filter((r) => ruleMatches(r.pattern, path)))
    for (const [name, value] of rule.headers) {
      if (value === null) twice.push(`! ${name} (Netlify has no removal)`);
      else if (name in headers) twice.push(name);
      else headers[name] = value;
    }
  return { headers, twice };
}

// ---- nginx -------------------------------------------------------------------------------

interface NginxLocation {
  prefix: string;
  headers: Headers;
}

/** The server block on port 443: its `set` variables, server-level add_header and prefix locations. */
function parseNginx(text: string): { server: Headers; locations: NginxLocation[] } {
  const body = text.slice(text.indexOf('listen 443'));
  const vars: Record<string, string> = {};
  for (const m of body.matchAll(/^\s*set\s+(\$\w+)\s+"([^"]*)";/gm)) vars[m[1]!] = m[2]!;
  const header = (line: string): [string, string] | null => {
    const m = /^\s*add_header\s+(\S+)\s+("([^"]*)"|(\$\w+))(\s+always)?\s*;/.exec(line);
    if (!m) return null;
    if (!m[5]) throw new Error(`nginx: add_header ${m[1]} without "always" is not sent with error pages`);
    return [m[1]!, m[3] ?? vars[m[4]!]!];
  };
  const server: Headers = {};
  const locations: NginxLocation[] = [];
  let current: NginxLocation | null = null;
  for (const line of body.split('\n')) {
    const open = /^\s*location\s+(\S+)\s*\{/.exec(line);
    if (open) {
      current = { prefix: open[1]!, headers: {} };
      locations.push(current);
      continue;
    }
    if (current && /^\s*\}/.test(line)) {
      current = null;
      continue;
    }
    if (/^\s*\}/.test(line)) break; // end of the server block
    const h = header(line);
    if (h) (current ? current.headers : server)[h[0]] = h[1];
  }
  return { server, locations };
}

/** nginx picks the longest matching prefix location; a location with any add_header sends only its own. */
function nginxFor(config: ReturnType<typeof parseNginx>, path: string): Headers {
  const location = config.locations
    .filter((l) => path.startsWith(l.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return location && Object.keys(location.headers).length ? location.headers : config.server;
}

// ---- Caddy -------------------------------------------------------------------------------

interface CaddyHeader {
  matcher: (path: string) => boolean;
  headers: Headers;
  removed: string[];
}

const caddyPath = (patterns: string[]) => (path: string) => patterns.some((p) => ruleMatches(p, path));

/** `header [matcher] { Name "value" … }` directives, with `@name [not] path …` named matchers. */
function parseCaddy(text: string): CaddyHeader[] {
  const named: Record<string, (path: string) => boolean> = {};
  for (const m of text.matchAll(/^\s*@(\S+)\s+(not\s+)?path\s+(.+)$/gm)) {
    const test = caddyPath(m[3]!.trim().split(/\s+/));
    named[m[1]!] = m[2] ? (p) => !test(p) : test;
  }
  const directives: CaddyHeader[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*header(?:\s+(\S+))?\s*\{\s*$/.exec(lines[i]!);
    const one = /^\s*header\s+(\/\S*)\s+(\S+)\s+"([^"]*)"\s*$/.exec(lines[i]!);
    if (one) {
      directives.push({ matcher: caddyPath([one[1]!]), headers: { [one[2]!]: one[3]! }, removed: [] });
      continue;
    }
    if (!m) continue;
    const arg = m[1];
    const matcher = !arg ? () => true : arg.startsWith('@') ? named[arg.slice(1)]! : caddyPath([arg]);
    if (!matcher) throw new Error(`Caddyfile: unknown matcher ${arg}`);
    const directive: CaddyHeader = { matcher, headers: {}, removed: [] };
    for (i++; !/^\s*\}/.test(lines[i]!); i++) {
      const line = lines[i]!.trim();
      if (line.startsWith('-')) directive.removed.push(line.slice(1));
      else {
        const h = /^(\S+)\s+"([^"]*)"$/.exec(line);
        if (h) directive.headers[h[1]!] = h[2]!;
      }
    }
    directives.push(directive);
  }
  return directives;
}

/** Caddy orders `header` directives by matcher, not as written: so a header may come from one directive only. */
function caddyFor(directives: CaddyHeader[], path: string): { headers: Headers; twice: string[] } {
  const headers: Headers = {};
  const twice: string[] = [];
  for (const d of directives.filter((x) => x.matcher(path))) {
    for (const [name, value] of Object.entries(d.headers)) {
      if (name in headers) twice.push(name);
      headers[name] = value;
    }
    for (const name of d.removed) twice.push(`-${name}`);
  }
  return { headers, twice };
}

// ---- the tests ---------------------------------------------------------------------------

describe('deploy/: the same headers on every host, per kind of path', () => {
  const rules = parseHeadersFile(read('_headers'));
  const nginx = parseNginx(read('nginx.conf'));
  const caddy = parseCaddy(read('Caddyfile'));

  it.each(EXPECTED)('%s', (path, expected) => {
    const netlify = headersFileFor(rules, path);
    expect(netlify.twice, `_headers sets these twice for ${path}`).toEqual([]);
    expect(netlify.headers, '_headers').toEqual(expected);
    expect(nginxFor(nginx, path), 'nginx.conf').toEqual(expected);
    const c = caddyFor(caddy, path);
    expect(c.twice, `Caddyfile sets these twice for ${path}`).toEqual([]);
    expect(c.headers, 'Caddyfile').toEqual(expected);
  });

  it('every top-level page, folder and file of the site has its _headers rule (the site-wide policy on Netlify)', () => {
    // What the build writes at the top of dist/: pages from src/pages, files from public/, Pagefind and Astro's folders.
    const names = new Set([
      ...readdirSync('src/pages').map((n) => n.replace(/\.(astro|ts|mdx?)$/, '')),
      ...readdirSync('public'),
      'pagefind',
      '_astro',
    ]);
    const missing: string[] = [];
    for (const name of names) {
      const path = name === 'index' ? '/' : name === '404' ? '/404.html' : /\./.test(name) ? `/${name}` : `/${name}/`;
      const { headers } = headersFileFor(rules, path);
      if (!headers['Content-Security-Policy'] || !headers['Cache-Control']) missing.push(path);
    }
    expect(missing).toEqual([]);
  });

  it('the models catch a broken file (the tests can fail)', () => {
    // A service worker rule without Cache-Control, an overlapping rule Netlify would merge, an nginx location that loses the server's headers.
    const noCache = parseHeadersFile(read('_headers').replace(/(\/cap-nhat\/\*\n(?:  .*\n)*?)  Cache-Control: no-cache\n/, '$1'));
    expect(headersFileFor(noCache, '/cap-nhat/sw.js').headers['Cache-Control']).toBeUndefined();
    const overlapping = parseHeadersFile(read('_headers') + '\n/*\n  Cache-Control: no-cache\n');
    expect(headersFileFor(overlapping, '/_astro/a.js').twice).toEqual(['Cache-Control']);
    const nginxBroken = parseNginx(read('nginx.conf').replace(/(location \/nhung\/ \{\n(?:.*\n)*?)\s*add_header Cache-Control "no-cache" always;\n/, '$1\n'));
    expect(nginxFor(nginxBroken, '/nhung/x/')['Cache-Control']).toBeUndefined();
    const caddyOverlap = parseCaddy(read('Caddyfile').replace('@site not path /nhung/* /_astro/*', '@site not path /_astro/*'));
    expect(caddyFor(caddyOverlap, '/nhung/x/').twice).toContain('Content-Security-Policy');
  });
});
