/**
 * npm run gen:synthetic -- --rows N --out DIR [--seed S]: writes a data folder
 * in the real schemas (34 provinces, ~3,300 communes, monthly reports) with
 * exactly N funding rows, for benchmarks and load tests. See scripts/synthetic/.
 */
import { resolve } from 'node:path';
import { generate } from './synthetic/generate.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const rows = Number(arg('rows') ?? 10000);
const out = arg('out');
if (!out || !Number.isInteger(rows) || rows < 0) {
  console.error('Cách dùng: npm run gen:synthetic -- --rows 100000 --out .tmp/synthetic [--seed 1719]');
  process.exit(1);
}
const started = performance.now();
const counts = generate({ rows, out: resolve(out), seed: Number(arg('seed') ?? 1719) });
console.log(`${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')} → ${out} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
