import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { e2eBaseUrl, e2eDatabasePath, e2ePort } from './e2e/support/e2e-env';
import { e2eStaff } from './e2e/support/staff-account';

// The e2e server runs on its own port against a throwaway database, never the dev one.
const port = e2ePort;
const baseURL = e2eBaseUrl;
const databasePath = e2eDatabasePath;

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = {
  // Debian's Chromium where it exists; Playwright's own browser only as a fallback.
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    command: [
      `rm -f ${databasePath} ${databasePath}-wal ${databasePath}-shm`,
      'npm run build',
      `STAFF_PASSWORD='${e2eStaff.password}' npm run staff -- add ${e2eStaff.email}`,
      `npx next start -p ${port} -H 127.0.0.1`,
    ].join(' && '),
    url: `${baseURL}/`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    // Every e2e browser comes from 127.0.0.1; the per-IP flood limit is unit-tested instead.
    env: { DATABASE_PATH: databasePath, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: baseURL, VIEW_RATE_LIMIT_MAX: '100000' },
    stdout: 'pipe',
  },
});
