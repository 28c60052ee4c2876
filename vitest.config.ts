import { defineConfig } from 'vitest/config';

// Three kinds of tests: pure unit tests (*.test.ts), integration tests on a real database
// (*.db.test.ts, run on PGlite and, when TEST_DATABASE_URL is set, on PostgreSQL too) and
// browser tests (e2e/*.e2e.ts) driving Debian's Chromium against the built server.
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);
const dbTests = ['src/**/*.db.test.{ts,tsx}', 'test/**/*.db.test.{ts,tsx}'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: dbTests,
        },
      },
      {
        test: { name: 'integration-pglite', include: dbTests, env: { TEST_ENGINE: 'pglite' }, testTimeout: 30_000, hookTimeout: 60_000 },
      },
      ...(withPostgres
        ? [
            {
              test: {
                name: 'integration-pg',
                include: dbTests,
                env: { TEST_ENGINE: 'postgres' },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
