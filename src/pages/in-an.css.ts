/**
 * The print stylesheet's build-time part, as a file (a page's Content-Security-Policy
 * allows no inline <style>): the site's origin for printed link targets, and the
 * data date and page numbers in the bottom margin of every sheet (Chromium 131+).
 */
import type { APIRoute } from 'astro';
import { formatDate } from '../lib/format.ts';
import { sourceSummary } from '../lib/site-data.ts';

// A CSS string: quotes and backslashes escaped, one line.
const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ')}"`;

export const GET: APIRoute = async ({ site }) => {
  const { latest } = await sourceSummary();
  const date = formatDate(latest.date);
  const origin = site ? new URL(site).origin : '';
  const css =
    `@page{@bottom-left{content:${cssString(`Số liệu đến ${/^\d/.test(date) ? `ngày ${date}` : date}`)}}` +
    `@bottom-right{content:"Trang " counter(page) "/" counter(pages)}}` +
    `:root{--print-origin:${cssString(origin)}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
