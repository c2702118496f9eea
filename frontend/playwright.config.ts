import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the real application (its embedded database and demo data), in Debian's
 * Chromium: Playwright cannot download its own browser on these machines, and need not.
 * PLANNER_BASE_URL names the running application; Maven's integration-test phase starts one on a
 * fresh data directory and sets it (backend/pom.xml).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/playwright/results',
  // One application, one demo plan: the flows change it, so they run one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // Generous: the flows solve and re-score a 200-engagement plan on build machines that are shared.
  timeout: 420_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.PLANNER_BASE_URL ?? 'http://localhost:8093',
    viewport: { width: 1440, height: 1000 },
    // Beijing time must not depend on the browser's zone: the tests run in another one.
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
