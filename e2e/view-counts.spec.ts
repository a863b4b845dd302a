import { expect, test, type Browser } from '@playwright/test';

const article = '/articles/a-port-city-learns-to-live-with-the-cruise-ships-it-courted';
const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** Opens the article in a fresh browser (own storage, so a new visitor) and returns the count it shows once recorded. */
async function visit(browser: Browser, { userAgent }: { userAgent?: string } = {}) {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await page.goto(article);
  const counter = page.getByTestId('view-count');
  await expect(counter).toHaveAttribute('data-state', 'recorded');
  const shown = Number((await counter.innerText()).replace(/\D/g, ''));
  return { context, page, shown };
}

test.describe.configure({ mode: 'serial' });

test('N fresh readers at once raise the count by exactly N; a reload and Googlebot do not', async ({ browser }) => {
  // A crawler sees the live count without adding to it, which makes it a neutral probe.
  const before = await visit(browser, { userAgent: googlebot });
  await before.context.close();

  const readers = 8;
  const visits = await Promise.all(Array.from({ length: readers }, () => visit(browser)));
  // Every reader saw a count that includes their own view.
  for (const { shown } of visits) expect(shown).toBeGreaterThan(before.shown);
  expect(Math.max(...visits.map((v) => v.shown))).toBe(before.shown + readers);

  // Reloading is the same visitor inside the 30-minute window: no new view.
  const first = visits[0]!;
  await first.page.reload();
  await expect(first.page.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
  await expect(first.page.getByTestId('view-count')).toHaveText(`Views: ${(before.shown + readers).toLocaleString('en-US')}`);
  await Promise.all(visits.map((v) => v.context.close()));

  const bot = await visit(browser, { userAgent: googlebot });
  expect(bot.shown).toBe(before.shown + readers);
  await bot.context.close();
});
