/**
 * The unit tests StrykerJS runs when it mutates the rest of src/data (docs/mutation.md, «src/data (the rest)»):
 * only the tests that build their rows inside each test. A test file that loads the data set in `beforeAll`
 * runs the data code outside any test, so Stryker would run every test for each such mutant (hours). The
 * files are named per run in MUTATION_TESTS (comma-separated globs), e.g.
 * MUTATION_TESTS=test/unit/time.test.ts,test/unit/current*.test.ts; the score is a lower bound.
 */
import { defineConfig } from 'vitest/config';

const named = process.env['MUTATION_TESTS']?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: named && named.length > 0 ? named : ['test/unit/{time,current,current-rule}.test.ts'],
    // Instrumented code on a shared machine is slow: no 5 s default.
    testTimeout: 120_000,
  },
});
