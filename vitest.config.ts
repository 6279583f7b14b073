import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of src/lib and the schemas, and site tests
// that run the real Astro build (fixtures and demo) and a real browser.
export default defineConfig({
  test: {
    projects: [
      // Some unit tests start a process (check, import, report): 5 s is tight on a loaded 2-core machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          globalSetup: ['tests/support/build-sites.ts'],
          // Builds use both cores; running test files side by side only slows them.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
