/**
 * The unit tests StrykerJS runs for each mutant (see docs/mutation.md): the
 * in-process unit tests only. Tests that spawn `node` (the bad-input corpus
 * through `npm run check`, program errors, the build) would run the original
 * code in a child process and only slow every mutant down.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // Instrumented code on a shared machine is slow: no 5 s default.
    testTimeout: 120_000,
    // structure.test.ts reads the source text, which Stryker rewrites in its sandbox.
    exclude: ['test/unit/fixtures.test.ts', 'test/unit/program-error.test.ts', 'test/unit/build.test.ts', 'test/unit/structure.test.ts'],
  },
});
