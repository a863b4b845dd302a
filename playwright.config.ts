import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { e2eBaseUrl, e2eDatabasePath, e2ePort, e2eViewCountingEnv } from './e2e/support/e2e-env';
import { e2eStaff } from './e2e/support/staff-account';

// The e2e server runs on its own port against a throwaway database, never the dev one.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = {
  // Debian's Chromium where it exists; Playwright's own browser only as a fallback.
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};
const addStaff = ({ email, password, role }: { email: string; password: string; role: string }) =>
  `STAFF_PASSWORD='${password}' npm run staff -- add ${email} --role ${role}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: e2eBaseUrl,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'staff sign-in', testMatch: /.*\.setup\.ts/, use: { ...devices['Desktop Chrome'], launchOptions } },
    {
      name: 'chromium',
      testIgnore: /(service-lifecycle|deployment|operations)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions },
      dependencies: ['staff sign-in'],
    },
    // These start and stop whole servers of their own: run after the rest, so the CPU they take
    // does not slow the browser tests past their timeouts on a 2-core machine.
    { name: 'service lifecycle', testMatch: /(service-lifecycle|deployment|operations)\.spec\.ts/, dependencies: ['chromium'] },
  ],
  webServer: {
    command: [
      `rm -f ${e2eDatabasePath} ${e2eDatabasePath}-wal ${e2eDatabasePath}-shm`,
      'npm run build',
      // Data cached by an earlier server came from another database (the build keeps .next/cache).
      'rm -rf .next/cache/fetch-cache',
      addStaff(e2eStaff.admin),
      addStaff(e2eStaff.editor),
      addStaff(e2eStaff.writer),
      addStaff(e2eStaff.roaming),
      `PORT=${e2ePort} npm run serve`,
    ].join(' && '),
    url: `${e2eBaseUrl}/`,
    timeout: 240_000,
    // Never reuse a server someone left running: its database would not be this run's fresh
    // one, and tests would pass or fail on stale data. A busy port stops the run instead.
    reuseExistingServer: false,
    // Every e2e browser comes from 127.0.0.1; the per-address limits and cap are unit-tested instead.
    env: {
      DATABASE_PATH: e2eDatabasePath,
      DATABASE_INIT: 'demo',
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_URL: e2eBaseUrl,
      ...e2eViewCountingEnv,
      SIGN_IN_ATTEMPTS_PER_ADDRESS: '100000',
    },
    stdout: 'pipe',
  },
});
