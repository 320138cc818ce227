import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from './tests/e2e/chromiumLaunch';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  // On CI one retry keeps a one-off media hiccup from blocking a landing; Playwright still reports it as flaky.
  retries: process.env.CI ? 1 : 0,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutablePath, args: chromiumArgs },
  },
});
