import type { Browser } from '@playwright/test';
import { expect, test, type Story } from './support/fixtures';

const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** Opens the story in a fresh browser (own storage, so a new visitor) and returns the count it shows once recorded. */
async function visit(browser: Browser, story: Story, { userAgent }: { userAgent?: string } = {}) {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await page.goto(`/articles/${story.slug}`);
  const counter = page.getByTestId('view-count');
  await expect(counter).toHaveAttribute('data-state', 'recorded');
  const shown = Number((await counter.innerText()).replace(/\D/g, ''));
  return { context, page, shown };
}

test('N fresh readers at once raise the count by exactly N; a reload and Googlebot do not', async ({ browser, story }) => {
  // A crawler sees the live count without adding to it, which makes it a neutral probe.
  const before = await visit(browser, story, { userAgent: googlebot });
  expect(before.shown).toBe(0);
  await before.context.close();

  const readers = 8;
  const visits = await Promise.all(Array.from({ length: readers }, () => visit(browser, story)));
  // Every reader saw a count that includes their own view.
  for (const { shown } of visits) expect(shown).toBeGreaterThan(0);
  expect(Math.max(...visits.map((v) => v.shown))).toBe(readers);

  // Reloading is the same visitor inside the 30-minute window: no new view.
  const first = visits[0]!;
  await first.page.reload();
  await expect(first.page.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
  await expect(first.page.getByTestId('view-count')).toHaveText(`Views: ${readers}`);
  await Promise.all(visits.map((v) => v.context.close()));

  const bot = await visit(browser, story, { userAgent: googlebot });
  expect(bot.shown).toBe(readers);
  await bot.context.close();
});

test('forged view posts get a clear 4xx and never a count', async ({ browser, request, story }) => {
  // Capture the real action call the page makes, then replay it the way a forger would.
  const context = await browser.newContext({ userAgent: googlebot });
  const page = await context.newPage();
  const actionCall = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  await page.goto(`/articles/${story.slug}`);
  const call = await actionCall;
  await expect(page.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
  await context.close();

  const article = `/articles/${story.slug}`;
  const headers = {
    'next-action': call.headers()['next-action']!,
    'content-type': 'text/plain;charset=UTF-8',
    'user-agent': 'Mozilla/5.0 Chrome/156',
  };
  const crossSite = await request.post(article, { headers: { ...headers, origin: 'https://evil.example' }, data: call.postData()! });
  expect(crossSite.status()).toBe(403);
  const malformed = await request.post(article, { headers, data: '[{"articleId": 1,' });
  expect(malformed.status()).toBe(400);
  const unknownArticle = await request.post(article, {
    headers,
    data: JSON.stringify([{ articleId: 987654, visitorToken: 'forgedforgedforgedforged' }]),
  });
  expect(unknownArticle.status()).toBe(200);
  expect(await unknownArticle.text()).toContain('"error":"not-found"');
  const badInput = await request.post(article, { headers, data: JSON.stringify([{ articleId: 'x; DROP TABLE articles', visitorToken: '' }]) });
  expect(await badInput.text()).toContain('"error":"invalid-input"');

  const check = await visit(browser, story, { userAgent: googlebot });
  expect(check.shown).toBe(0);
  await check.context.close();
});
