/**
 * Hands each page marked for search to the build's Pagefind index as it is
 * rendered (see search-index.ts). Build only; the page itself is unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { buildIndex } from './search-index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (html.includes('data-pagefind-body')) {
    // The path of the file Astro writes (build.format 'directory'): Pagefind derives the URL from it, as its CLI does.
    const base = import.meta.env.BASE_URL.replace(/\/$/, '');
    const site = context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.length) : context.url.pathname;
    const path = site.replace(/^\//, '').replace(/\/?$/, '/');
    const pending = buildIndex();
    pending.added.push(pending.index.then((index) => index.addHTMLFile({ sourcePath: `${path}index.html`, content: html })));
  }
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
