/**
 * Browser tests against the production build: `npm run test:e2e` builds with vite, then
 * Playwright serves dist/ with `vite preview` and drives the system Chromium (Playwright
 * cannot download its own browsers here). Screenshots are saved by the tests themselves
 * into artifacts/screenshots/.
 */
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT and E2E_DIST let several checkouts (or builds) run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  // One retry in CI: a test that passes only on its retry is still reported, as "flaky".
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1440, height: 900 },
    trace: 'off', // `--trace on` when a failure needs it: recording every test costs seconds here
    screenshot: 'only-on-failure',
    // The service worker precaches the whole build on every fresh context: ~0.3–0.8 s of each test's
    // page load on this machine. Only the offline check needs it (share.spec allows it there).
    serviceWorkers: 'block',
    // The camera jumps instead of panning for 350 ms: the checks read views at rest, which is the same
    // view either way (zoom.spec proves that with motion on, and keeps it on for its own checks).
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
