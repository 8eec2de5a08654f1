import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Each test launches its own browser with the extension; two cores cannot run many at once.
  workers: 1,
  fullyParallel: false,
  timeout: 45_000,
  expect: { timeout: 8_000 },
  // On CI (a fresh, shared machine) a test that fails is run once more, and Playwright lists it
  // as "flaky" when the second run passes: a real breakage still fails both runs. Locally, never.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'retain-on-first-failure' },
});
