/**
 * The shape of src/: data flows one way, so no module may import (even only a
 * type from) a module that imports it back. Imports are read from the source
 * text — `import … from`, `export … from`, `import(…)`, type imports included
 * — for .ts files and the frontmatter of .astro files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Relative imports of a file, resolved to files of src/. */
function importsOf(file: string): string[] {
  let text = readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) text = text.split(/^---$/m)[1] ?? '';
  // Usage examples in comments are not imports.
  text = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (!spec.startsWith('.')) continue;
    out.push(resolve(dirname(file), spec));
  }
  return out;
}

/** Every cycle of the import graph, as the list of files that form it (relative to src/). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)).concat(next));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found.map((c) => c.map((f) => relative(SRC, f)));
}

describe('src/ structure', () => {
  const all = files(SRC);
  const graph = new Map(all.map((f) => [f, importsOf(f).filter((i) => all.includes(i))]));

  it('reads the imports it should (the walker itself works)', () => {
    const load = graph.get(join(SRC, 'data/load.ts'))!;
    expect(load).toContain(join(SRC, 'data/reconcile/index.ts'));
    expect(load).toContain(join(SRC, 'data/define.ts')); // a type-only import counts
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toHaveLength(1);
  });

  it('has no import cycle, types included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  // Folders are layers: core (leaf helpers) → data → metrics → charts/views → publish, staff, templates → pages.
  // A back-edge (data importing lib, publish and staff importing each other) would tie two layers into one.
  const folderOf = (f: string) => {
    const parts = relative(SRC, f).split('/');
    return parts.length === 1 ? '.' : parts[0]!;
  };
  const folders = new Map<string, string[]>();
  for (const [file, deps] of graph) {
    const from = folderOf(file);
    const out = folders.get(from) ?? [];
    for (const d of deps) if (folderOf(d) !== from && !out.includes(folderOf(d))) out.push(folderOf(d));
    folders.set(from, out);
  }

  it('has no cycle between folders: each folder imports only layers below it', () => {
    expect(cycles(new Map([...folders].map(([f, ds]) => [join(SRC, f), ds.map((d) => join(SRC, d))])))).toEqual([]);
  });

  it('keeps core/ a leaf and data/ on core alone, so every layer may use them', () => {
    expect(folders.get('core')).toEqual([]);
    expect(folders.get('data')).toEqual(['core']);
  });

  it('keeps message templates at the bottom: messages.ts imports nothing of the pipeline', () => {
    const deps = graph.get(join(SRC, 'data/messages.ts'))!.map((f) => relative(SRC, f));
    expect(deps.filter((d) => d.startsWith('data/') && d !== 'data/define.ts')).toEqual([]);
  });

  it('shares process-wide state only through the data loads that the build\'s checker hands to Astro\'s pages', () => {
    // The site's paths, caches and contexts are values made from a data load and passed on (views/context.ts);
    // downloads reach the output through a build-time constant (publish/output.ts). Only the data load,
    // read and checked once before the pages, is global (docs/scale.md says why).
    const globals = files(SRC).filter((f) => /Symbol\.for\(|globalThis/.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(globals.sort()).toEqual(['data/load.ts']);
  });

  it('reads the environment in one place: core/config.ts parses every setting once, with staff-readable errors', () => {
    // png.ts only hands its worker the allocator's defaults (it deletes two variables before starting it).
    const readers = [...files(SRC), join(ROOT, 'astro.config.mjs')].filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(readers.sort()).toEqual(['src/core/config.ts', 'src/publish/png.ts']);
  });

  it('one check per file under data/reconcile/, each listed in the registry', () => {
    const dir = join(SRC, 'data/reconcile');
    const index = readFileSync(join(dir, 'index.ts'), 'utf8');
    const checks = readdirSync(dir).filter((f) => !/^(index|types|helpers|observations|.*-helpers)\.ts$/.test(f));
    for (const file of checks) expect(index, file).toContain(`from './${file}'`);
    for (const file of checks) expect(readFileSync(join(dir, file), 'utf8').match(/: CheckDef = \{/g), file).toHaveLength(1);
  });
});
