/**
 * `npm run build` exactly as npm runs it (package.json's script, through the shell, with the project's
 * Node first on the PATH), without npm's own process: what the benchmarks measure is the build that
 * staff and CI run, with its process settings (docs/scale.md, section 3).
 */
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export function npmBuild(root: string, env: NodeJS.ProcessEnv): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build!;
  return { command: 'sh', args: ['-c', script], env: { ...env, PATH: [join(root, 'node_modules/.bin'), env.PATH].join(delimiter) } };
}
