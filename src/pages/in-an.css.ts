/**
 * The print stylesheet's build-time part, as a file (a page's Content-Security-Policy
 * allows no inline <style>): the site's origin for printed link targets, and the site's
 * name and page numbers in the bottom margin of every sheet (Chromium 131+).
 *
 * One file serves every page, so the margin says only what is true of every page. The date
 * of the figures differs by page (the newest figure the page shows), so it is printed in the
 * page's own footer text (PrintFooter.astro), not here: a site-wide date here would claim
 * "Số liệu đến tháng 4/2024" on pages whose newest figure is months older.
 */
import type { APIRoute } from 'astro';

// A CSS string: quotes and backslashes escaped, one line.
const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ')}"`;

export const GET: APIRoute = ({ site }) => {
  const origin = site ? new URL(site).origin : '';
  const css =
    `@page{@bottom-left{content:${cssString('Số liệu Chương trình MTQG 1719')}}` +
    `@bottom-right{content:"Trang " counter(page) "/" counter(pages)}}` +
    `:root{--print-origin:${cssString(origin)}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
