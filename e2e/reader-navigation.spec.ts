import { expect, test } from '@playwright/test';

test('a reader goes front page -> section -> article -> author -> tag', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Broadsheet' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Most read today' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Business' }).click();
  await expect(page).toHaveURL(/\/sections\/business$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business');

  const firstStory = page.getByRole('main').getByRole('article').getByRole('heading').first();
  const headline = await firstStory.innerText();
  await firstStory.getByRole('link').click();
  await expect(page).toHaveURL(/\/articles\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);

  // What every news article shows: byline, publish time in house style, view count, body, read next.
  const published = page.locator('article header time').first();
  await expect(published).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(published).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}, \d{1,2}:\d{2} (a|p)\.m\.$/);
  await expect(page.getByTestId('view-count')).toHaveText(/^[\d,]+ views?$/);
  expect(await page.locator('article p').count()).toBeGreaterThan(5);
  await expect(page.getByRole('heading', { name: 'Read next' })).toBeVisible();
  // The most-read list is drawn after the page (the page is cached until its story changes).
  const mostRead = page.getByRole('region', { name: 'Most read this week' });
  await expect(mostRead.getByRole('listitem')).toHaveCount(5);
  await expect(mostRead.getByRole('link').first()).toHaveAttribute('href', /^\/articles\/[a-z0-9-]+$/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');

  const byline = page.locator('a[rel="author"]');
  const authorName = await byline.innerText();
  await byline.click();
  await expect(page).toHaveURL(/\/authors\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(authorName);
  await expect(page.getByRole('link', { name: headline })).toBeVisible();

  await page.getByRole('link', { name: headline }).click();
  const topic = page.getByRole('navigation', { name: 'Topics' }).getByRole('link').first();
  const topicName = await topic.innerText();
  await topic.click();
  await expect(page).toHaveURL(/\/tags\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topicName);
  await expect(page.getByRole('link', { name: headline })).toBeVisible();
});

test('read-next links lead to other stories', async ({ page }) => {
  await page.goto('/articles/wage-growth-outpaces-inflation-for-the-sixth-month-running');
  const readNext = page.getByRole('region', { name: 'Read next' });
  const links = readNext.getByRole('heading').getByRole('link');
  await expect(links).toHaveCount(4);
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Wage growth outpaces inflation for the sixth month running');
});

test('listings page with prev/next links and never repeat a story', async ({ page }) => {
  await page.goto('/authors/priya-raman');
  await expect(page.getByText('Page 1 of 2')).toBeVisible();
  const firstPage = await page.getByRole('main').getByRole('article').getByRole('heading').allInnerTexts();
  expect(firstPage).toHaveLength(20);
  await expect(page.getByRole('link', { name: /Newer stories/ })).toHaveCount(0);

  await page.getByRole('link', { name: /Older stories/ }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(page.getByText('Page 2 of 2').first()).toBeVisible();
  const secondPage = await page.getByRole('main').getByRole('article').getByRole('heading').allInnerTexts();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((h) => firstPage.includes(h))).toEqual([]);

  await page.getByRole('link', { name: /Newer stories/ }).click();
  await expect(page).toHaveURL(/\/authors\/priya-raman$/);
});

test('every page type has a language, a title and a description', async ({ page }) => {
  for (const path of [
    '/',
    '/sections/world',
    '/authors/amara-okafor',
    '/tags/climate',
    '/articles/border-towns-brace-for-a-winter-without-the-night-ferry',
  ]) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.title()).toMatch(/Broadsheet/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\w{3,}/);
  }
});
