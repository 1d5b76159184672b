/**
 * The site the browser tests check: built from a frozen copy of the data and narratives
 * (test/fixtures/site/README.md) into its own folder, so a report staff add to data/ changes neither the
 * figures the tests expect nor the dist/ a developer serves. vitest.config.ts gives these to the test
 * files; global-setup.ts to the build.
 */
import { join } from 'node:path';

export const SITE_UNDER_TEST = {
  DATA_DIR: 'test/fixtures/site/data',
  CONTENT_DIR: 'test/fixtures/site/content',
  DIST_DIR: 'test-results/site/dist',
};

const root = join(import.meta.dirname, '../..');
/** The data folder of the site under test, for tests that read its rows straight from the CSV. */
export const SITE_DATA = join(root, SITE_UNDER_TEST.DATA_DIR);
/** Its content folder. */
export const SITE_CONTENT = join(root, SITE_UNDER_TEST.CONTENT_DIR);
/** Where it is built (a link to the built version, as dist/ is). */
export const SITE_DIST = join(root, SITE_UNDER_TEST.DIST_DIR);
