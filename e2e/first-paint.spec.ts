import { expect, test } from '@playwright/test';

// A reader on a slow connection sees the text in a fallback font first; when the web fonts
// arrive, nothing on the page may move (app/font-fallbacks.css gives each fallback the web
// font's room). Fonts are held back here so the swap surely happens after the first paint.
for (const path of ['/', '/articles/border-towns-brace-for-a-winter-without-the-night-ferry', '/sections/world']) {
  test(`nothing moves on ${path} when the web fonts arrive late`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    let fontsServed = 0;
    await page.route(/\.woff2$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      fontsServed++;
      await route.continue();
    });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(() => fontsServed).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
    const total = shifts.reduce((sum, value) => sum + value, 0);
    // Lighthouse shows two decimals: below 0.005 it reads "0".
    expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.005);
    await context.close();
  });
}

test('the first paint waits for no web font, and the web fonts are in use once the page has painted', async ({ page }) => {
  await page.goto('/articles/border-towns-brace-for-a-winter-without-the-night-ferry');
  await expect(page.locator('html')).toHaveAttribute('data-web-fonts', '');
  await page.evaluate(() => document.fonts.ready);
  const timing = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime ?? Number.NaN,
    fontRequests: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.woff2'))
      .map((entry) => entry.startTime),
  }));
  expect(timing.fontRequests.length).toBeGreaterThan(0);
  for (const requestedAt of timing.fontRequests) expect(requestedAt).toBeGreaterThanOrEqual(timing.firstPaint);
  expect(await page.evaluate(() => document.fonts.check('700 32px "Source Serif 4"'))).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-family', /^"Source Serif 4"/);
});
