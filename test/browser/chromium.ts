/** The browser tests launch Chromium exactly as `npm run bench:site` does. */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../../scripts/bench/chromium.ts';

export { chromiumPath, launch } from '../../scripts/bench/chromium.ts';

/** One browser for the tests of a file (or describe block): started before them, closed after. */
export function useBrowser(): { readonly context: BrowserContext } {
  const browser = {} as { context: BrowserContext };
  beforeAll(async () => {
    browser.context = await launch();
  });
  afterAll(async () => {
    await browser.context?.close();
  });
  return browser;
}
