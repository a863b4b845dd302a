// Screenshots of every page type at desktop and phone width, for looking at what we build.
// Usage: BASE_URL=http://127.0.0.1:3000 npm run screenshots [-- /path ...]  (writes to test-results/screens/)
// With STAFF_EMAIL and STAFF_PASSWORD, signs in first, for staff pages.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const pages =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : [
        '/',
        '/sections/world',
        '/articles/border-towns-brace-for-a-winter-without-the-night-ferry',
        '/authors/amara-okafor',
        '/tags/climate',
        '/search?q=ferry',
        '/staff/sign-in',
        '/no-such-page',
      ];
const outDir = 'test-results/screens';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
for (const [label, viewport, colorScheme] of [
  ['desktop', { width: 1280, height: 900 }, 'light'],
  ['phone', { width: 390, height: 844 }, 'light'],
  ['dark', { width: 1280, height: 900 }, 'dark'],
] as const) {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  if (process.env.STAFF_EMAIL && process.env.STAFF_PASSWORD) {
    await page.goto(`${baseUrl}/staff/sign-in`);
    await page.getByLabel('Email').fill(process.env.STAFF_EMAIL);
    await page.getByLabel('Password').fill(process.env.STAFF_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/staff$/);
  }
  for (const path of pages) {
    await page.goto(baseUrl + path);
    // Pictures below the fold load lazily: scroll past them so a full-page shot shows them.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      window.scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'front';
    await page.screenshot({ path: `${outDir}/${label}-${name}.png`, fullPage: label !== 'dark' });
  }
  await context.close();
}
await browser.close();
console.log(`screenshots in ${outDir}/`);
