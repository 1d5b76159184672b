import { defineConfig } from 'vitest/config';
import { SITE_UNDER_TEST } from './test/browser/site-under-test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Vitest's 5 s default fails heavy tests (a national-scale topic page, a build) on a busy machine.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          // The site the browser tests check is built from a frozen copy of the data (test/fixtures/site/README.md)
          // into its own folder: a report staff add to data/ neither changes the expected figures nor dist/.
          env: SITE_UNDER_TEST,
          include: ['test/browser/**/*.test.ts'],
          // One build and one server for every browser test file.
          globalSetup: ['test/browser/global-setup.ts'],
          // A page's checks (axe, a phone, 200 % zoom) took over 60 s on a busy 2-core machine: a cap, not a measure.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // The per-page checks (pages.test.ts) run a few at a time: two cores, one browser.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
