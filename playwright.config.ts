import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/lib/browser";

/**
 * End-to-end journeys in a real Chromium: CHROMIUM_PATH, Debian's, or
 * Playwright's own (`npm test` installs one when there is none). The global
 * setup starts the built app on E2E_PORT with a fresh database (PostgreSQL
 * with DATABASE_URL, the embedded one without); run `npm run build` first.
 * A journey that fails is a failure: no retries, and in CI a journey that
 * passes only on a second try fails the run too.
 */
const port = Number(process.env.E2E_PORT ?? 3317);

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./e2e/support/global-setup.ts",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  failOnFlakyTests: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: findChromium()?.executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
