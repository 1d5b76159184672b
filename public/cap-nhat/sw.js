// The staff checker offline: keeps /cap-nhat/ pages and the assets they load
// (scripts, the checker they import and its worker, styles, fonts, the published CSVs). Network first, so an update of the site is seen at
// once; the kept copy only when there is no network.
const CACHE = 'cap-nhat-v3';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const page = new URL('./', self.registration.scope).href;
      const response = await fetch(page);
      await cache.put(page, response.clone());
      // The page's own assets, so the first visit is enough to work offline.
      const html = await response.text();
      // Scripts, styles, fonts, and the published tables the page marks data-offline (not a huge one).
      const assets = [
        ...[...html.matchAll(/(?:src|href)="([^"#]+)"/g)].map((m) => m[1]).filter((href) => /\.(js|css|woff2?|svg)$/.test(href)),
        ...[...html.matchAll(/href="([^"#]+\.csv)"[^>]*\bdata-offline\b/g)].map((m) => m[1]),
      ]
        .map((href) => new URL(href, page))
        .filter((u) => u.origin === location.origin);
      await Promise.all(assets.map((u) => cache.add(u.href).catch(() => {})));
      // The checker is loaded only when a file is chosen (import("./client….js") in the page's
      // script, and the worker it starts: new Worker(new URL("/_astro/check-worker….js", …))):
      // follow the scripts' relative and site-absolute script paths so they are kept too.
      const scripts = assets.filter((u) => u.pathname.endsWith('.js'));
      const seen = new Set(scripts.map((u) => u.href));
      while (scripts.length) {
        const script = scripts.pop();
        const text = await (await cache.match(script.href))?.text();
        for (const m of (text ?? '').matchAll(/["'`]((?:\.{1,2})?\/[^"'`\s/][^"'`\s]*\.js)["'`]/g)) {
          const u = new URL(m[1], script);
          if (u.origin !== location.origin || seen.has(u.href)) continue;
          seen.add(u.href);
          scripts.push(u);
          await cache.add(u.href).catch(() => {});
        }
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      } catch {
        return (await cache.match(request, { ignoreSearch: true })) ?? Response.error();
      }
    })(),
  );
});
