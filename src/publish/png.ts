/**
 * SVG to PNG with resvg on a worker thread: drawing and PNG encoding both run
 * off the main thread, which goes on writing pages meanwhile. (resvg's own
 * renderAsync draws on another thread but encodes the PNG, asPng(), on the
 * caller's: 4 s of the main thread for the 500 charts of a national build.)
 * One worker, for the machine's second core; it does not keep the process alive
 * while it has nothing to draw.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

export interface Png {
  png: Uint8Array;
  width: number;
  height: number;
}

const resvgPath = createRequire(join(process.cwd(), 'package.json')).resolve('@resvg/resvg-js');
const SOURCE = `
const { parentPort } = require('node:worker_threads');
const { Resvg } = require(${JSON.stringify(resvgPath)});
parentPort.on('message', ({ id, svg, options }) => {
  try {
    const image = new Resvg(svg, options).render();
    parentPort.postMessage({ id, png: new Uint8Array(image.asPng()), width: image.width, height: image.height });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});`;

type Reply = { id: number; error?: string } & Partial<Png>;
let worker: Worker | null = null;
let next = 0;
const pending = new Map<number, { resolve: (p: Png) => void; reject: (e: Error) => void }>();

function started(): Worker {
  if (worker) return worker;
  const w = new Worker(SOURCE, { eval: true });
  w.on('message', ({ id, error, ...png }: Reply) => {
    const job = pending.get(id)!;
    pending.delete(id);
    if (pending.size === 0) w.unref();
    if (error !== undefined) job.reject(new Error(`Không vẽ được ảnh PNG: ${error}`));
    else job.resolve(png as Png);
  });
  w.on('error', (error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    worker = null;
  });
  w.unref();
  return (worker = w);
}

/** The PNG of an SVG (same bytes as resvg's render().asPng() on this thread). */
export function svgToPng(svg: string, options: ResvgRenderOptions): Promise<Png> {
  const w = started();
  const id = next++;
  return new Promise<Png>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.ref();
    w.postMessage({ id, svg, options });
  });
}
