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
import { workerJobs } from './worker-jobs.ts';

export interface Png {
  png: Uint8Array;
  width: number;
  height: number;
}

const resvgPath = createRequire(join(process.cwd(), 'package.json')).resolve('@resvg/resvg-js');
/*
 * resvg keeps each drawing's fonts, tree and pixels in native memory that V8
 * does not count, freed only when V8 collects the JavaScript objects and runs
 * their finalizers: this worker's heap is tiny, so a national build's 174
 * images (charts and share cards), asked for at once, held 0.9 GB until the
 * last was drawn. The worker
 * therefore draws one job per turn of its event loop (the jobs come in one
 * batch), and after each a young-generation collection of a few megabytes
 * frees the drawing; its finalizers run on the next turn, before the next job.
 */
/*
 * The PNG file is written here from resvg's pixels with Node's zlib at level 3, each row unfiltered: 10 ms for a
 * chart at 2× against 29 ms for resvg's own asPng(), and 10 % smaller (111 KB against 123 KB a chart on average;
 * docs/benchmarks.md, "PNG files written with Node's zlib"). resvg's pixels are premultiplied, which is the plain
 * colour only where every pixel is opaque: a drawing without an opaque background (#rgb, #rrggbb) is encoded by resvg.
 */
const SOURCE = `
const { parentPort } = require('node:worker_threads');
const { crc32, deflateSync } = require('node:zlib');
const { Resvg } = require(${JSON.stringify(resvgPath)});
require('node:v8').setFlagsFromString('--expose-gc');
// Not named gc: a Node started with --expose-gc (as StrykerJS starts its test runner) already has that global.
const collect = require('node:vm').runInNewContext('gc');
const queue = [];
const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
/** An 8-bit RGBA PNG of opaque pixels: each row is filter byte 0 and the row as it is. */
function png(pixels, width, height) {
  const stride = width * 4;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) pixels.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}
function draw(svg, options) {
  const image = new Resvg(svg, options).render();
  const bytes = /^#[0-9a-f]{3}(?:[0-9a-f]{3})?$/i.test(options.background || '') ? png(image.pixels, image.width, image.height) : image.asPng();
  return { png: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), width: image.width, height: image.height };
}
function next() {
  const { id, job: { svg, options } } = queue.shift();
  try {
    parentPort.postMessage({ id, result: draw(svg, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
  collect({ type: 'minor' });
  if (queue.length > 0) setImmediate(next);
}
parentPort.on('message', (message) => {
  if (queue.push(message) === 1) setImmediate(next);
});`;

/**
 * scripts/build.ts has mimalloc hand freed memory back to the system at once, for Rolldown, which
 * otherwise holds it after bundling. resvg frees and allocates each drawing's buffers again: handed back
 * at once, they were faulted in again page by page, 3.9 million times for a national build's charts
 * (13 s of the kernel's time, more than the drawing; docs/benchmarks.md). resvg's own copy of mimalloc
 * reads the environment when this worker loads it, so it gets mimalloc's default (a 10 ms delay).
 */
const PURGE_AT_ONCE = ['MIMALLOC_PURGE_DELAY', 'MIMALLOC_RESET_DELAY'];

function startWorker(): Worker {
  for (const name of PURGE_AT_ONCE) if (process.env[name] === '0') delete process.env[name];
  return new Worker(SOURCE, { eval: true });
}

/** The PNG of an SVG: the pixels of resvg's render(), as a file of its own with a background, else by resvg's asPng(). */
export const svgToPng: (job: { svg: string; options: ResvgRenderOptions }) => Promise<Png> = workerJobs(
  startWorker,
  (error) => `Không vẽ được ảnh PNG: ${error}`,
);
