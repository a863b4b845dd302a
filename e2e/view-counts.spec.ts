import type { Browser } from '@playwright/test';
import { captureViewAction, desktopChrome, expect, googlebot, test, type Story } from './support/fixtures';

/** Opens the story in a fresh browser (own storage, so a new visitor) and returns the count it shows once recorded. */
async function visit(browser: Browser, story: Story, { userAgent }: { userAgent?: string } = {}) {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await page.goto(`/articles/${story.slug}`);
  const counter = page.getByTestId('view-count');
  // Generous: several of these run at once, each a whole browser, on a 2-core machine.
  await expect(counter).toHaveAttribute('data-state', 'recorded', { timeout: 15_000 });
  const shown = Number((await counter.innerText()).replace(/\D/g, ''));
  return { context, page, shown };
}

test('N fresh readers at once raise the count by exactly N; a reload and Googlebot do not', async ({ browser, story }) => {
  // Ten browser contexts, eight at once: on a loaded 2-core CI machine this took 25-30 s, at the
  // default 30 s limit (it asserts exact counts, not speed).
  test.setTimeout(90_000);
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
  await expect(first.page.getByTestId('view-count')).toHaveText(`${readers} views`);
  await Promise.all(visits.map((v) => v.context.close()));

  const bot = await visit(browser, story, { userAgent: googlebot });
  expect(bot.shown).toBe(readers);
  await bot.context.close();
});

test('forged view posts get a clear 4xx and never a count', async ({ browser, request, story }) => {
  const { path: article, headers, postData } = await captureViewAction(browser, story);
  const crossSite = await request.post(article, { headers: { ...headers, origin: 'https://evil.example' }, data: postData });
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

test('a prefetch is not a view: the router prefetching a story link, or a post saying it is a prefetch', async ({ browser, request, story }) => {
  // A listing with a link to the story: the router fetches the story ahead of a click.
  const context = await browser.newContext({ userAgent: desktopChrome });
  const page = await context.newPage();
  const prefetched = page.waitForRequest((r) => r.url().includes(`/articles/${story.slug}`) && r.headers()['rsc'] === '1');
  await page.goto(`/tags/${story.tagSlug}`);
  await prefetched;
  await page.waitForLoadState('networkidle');
  expect((await visit(browser, story, { userAgent: googlebot })).shown).toBe(0);

  // The same call twice with one visitor token: the one marked as a prefetch is not counted,
  // the one that is not marked is, so it was the header that made the difference.
  const { path, headers, newVisitorBody } = await captureViewAction(browser, story);
  const body = newVisitorBody();
  const marked = await request.post(path, { headers: { ...headers, 'next-router-prefetch': '1' }, data: body });
  expect(await marked.text()).toContain('"counted":false');
  const speculative = await request.post(path, { headers: { ...headers, 'sec-purpose': 'prefetch;prerender' }, data: body });
  expect(await speculative.text()).toContain('"counted":false');
  const real = await request.post(path, { headers, data: body });
  expect(await real.text()).toContain('"viewCount":1,"counted":true');

  // Following the link is a view.
  await page.getByRole('link', { name: story.headline }).first().click();
  await expect(page.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
  await expect(page.getByTestId('view-count')).toHaveText('2 views');
  await context.close();
});
