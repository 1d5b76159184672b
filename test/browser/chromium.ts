/** The browser tests launch Chromium exactly as `npm run bench:site` does. */
export { CHROMIUM_FLAGS, chromiumPath, launch, launchBrowser } from '../../scripts/bench/chromium.ts';
