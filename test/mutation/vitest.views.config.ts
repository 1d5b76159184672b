/**
 * The unit tests StrykerJS runs when it mutates src/views (docs/mutation.md, «src/views»): the view tests and the
 * other in-process tests that import the views. Left out: the national-scale topic page (20 000 synthetic rows
 * loaded again for each mutant) and the tests that never reach the views; the score is a lower bound for that.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/views-*.test.ts', 'test/unit/{brief,caveats,change-text,figure-notes,new-area,newer-report,qualifier,series,share-card,works-status}.test.ts'],
    // Instrumented code on a shared machine is slow: no 5 s default.
    testTimeout: 120_000,
  },
});
