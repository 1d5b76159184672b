/**
 * `npm run dev`: when staff save a CSV file in the data folder, the open page
 * reloads with the new figures (or the checker's message), without restarting
 * the server. load.ts notices the changed file by its modification time; this
 * integration only tells the browser to reload.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';

export function dataReload(dataDir: string): AstroIntegration {
  const dir = resolve(dataDir);
  return {
    name: 'mtqg-data-reload',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        if (command !== 'dev') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mtqg-data-reload',
                configureServer(server) {
                  server.watcher.add(dir);
                  const reload = (file: string) => {
                    if (file.startsWith(dir) && file.endsWith('.csv')) server.ws.send({ type: 'full-reload' });
                  };
                  server.watcher.on('change', reload);
                  server.watcher.on('add', reload);
                  server.watcher.on('unlink', reload);
                },
              },
            ],
          },
        });
      },
    },
  };
}
