import { expect, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import Database from 'better-sqlite3';
import { e2eDatabasePath } from './support/e2e-env';

test('the masthead search finds a story by a word of its headline', async ({ page }) => {
  await page.goto('/sections/culture');
  const search = page.getByRole('search').first();
  await search.getByRole('searchbox').fill('glacier');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=glacier$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “glacier”');
  const first = page.getByTestId('search-result').first();
  await expect(first.locator('mark').first()).toHaveText(/glacier/i);
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glacier retreat forces a mountain village to move its water supply');
});

test('search paginates and survives any query text', async ({ page, request }) => {
  await page.goto('/search?q=people');
  await expect(page.getByTestId('search-count')).toContainText('page 1 of');
  await page.getByRole('link', { name: /Older stories/ }).click();
  await expect(page).toHaveURL(/\/search\?q=people&page=2$/);
  await expect(page.getByTestId('search-result').first()).toBeVisible();

  for (const q of ['"', 'NEAR(a b', "' OR 1=1 --", 'headline:*', '😀'.repeat(200), 'x'.repeat(1_000), '%00']) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q.slice(0, 20)).toBe(200);
  }
  // Longer than any search box sends: refused at the door with a plain message.
  const huge = await request.get(`/search?q=${'x'.repeat(10_000)}`);
  expect(huge.status()).toBe(400);
  expect(await huge.text()).toBe('That address is too long.');
  expect((await request.get('/search?q=ferry&page=-1')).status()).toBe(404);
});

test('the site feed parses, lists the 30 latest stories with authors and dates, and its links resolve', async ({ page, request }) => {
  await page.goto('/');
  const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').first().getAttribute('href');
  expect(feedHref).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feed\.xml$/);

  const response = await request.get(feedHref!);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const feed = parseFeed(await response.text());
  expect(feed.items).toHaveLength(30);
  for (const item of feed.items) {
    expect(item.title).toBeTruthy();
    expect(item.authors[0]?.name).toBeTruthy();
    expect(item.published).toBeInstanceOf(Date);
    expect((await request.get(item.url!)).status(), item.url!).toBe(200);
  }

  await page.goto('/sections/science');
  const sectionFeed = page.locator('link[rel="alternate"][href$="/sections/science/feed.xml"]');
  await expect(sectionFeed).toHaveCount(1);
  const science = parseFeed(await (await request.get((await sectionFeed.getAttribute('href'))!)).text());
  expect(science.items.length).toBeGreaterThan(0);
  expect(science.items.every((i) => i.categories.some((c) => c.label === 'Science' || c.term === 'Science'))).toBe(true);
});

test('the sitemaps list every published article, and robots.txt names them', async ({ request }) => {
  const startedAt = Math.floor(Date.now() / 1000) - 60; // fixture stories are published a minute back
  const robots = await (await request.get('/robots.txt')).text();
  const indexUrl = /Sitemap: (\S+\/sitemap\.xml)/.exec(robots)?.[1];
  expect(indexUrl).toBeTruthy();
  const index = await (await request.get(indexUrl!)).text();
  const sitemapUrls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const listed = new Set<string>();
  for (const url of sitemapUrls) {
    const xml = await (await request.get(url)).text();
    for (const m of xml.matchAll(/<loc>([^<]+\/articles\/[^<]+)<\/loc>/g)) listed.add(new URL(m[1]!).pathname);
  }
  // Other tests publish stories while this one runs: every story published before the sitemaps
  // were read must be listed, and everything listed must be a published story.
  const db = new Database(e2eDatabasePath, { readonly: true });
  const publishedPaths = (rows: unknown[]) => new Set((rows as { slug: string }[]).map((p) => `/articles/${p.slug}`));
  const published = publishedPaths(db.prepare("SELECT slug FROM articles WHERE status = 'published' AND published_at <= ?").all(startedAt));
  const publishedNow = publishedPaths(db.prepare("SELECT slug FROM articles WHERE status = 'published'").all());
  db.close();
  expect(published.size).toBeGreaterThanOrEqual(120);
  expect([...published].filter((path) => !listed.has(path))).toEqual([]);
  expect([...listed].filter((path) => !publishedNow.has(path))).toEqual([]);
  const news = await (await request.get(sitemapUrls.find((u) => u.endsWith('/news.xml'))!)).text();
  expect(news).toContain('<news:publication_date>');
});

test('article pages carry a canonical link, social cards and NewsArticle structured data', async ({ page }) => {
  await page.goto('/articles/wage-growth-outpaces-inflation-for-the-sixth-month-running');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/articles\/wage-growth-outpaces-inflation-for-the-sixth-month-running$/,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Wage growth outpaces inflation for the sixth month running');
  // The story has a lead picture: the large card, and the same JPEG for OpenGraph and JSON-LD.
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const shared = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  expect(shared).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\/[a-f0-9]{32}-1200\.jpg$/);
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /^Illustration: /);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data.image).toEqual([shared]);
  expect(data['@type']).toBe('NewsArticle');
  expect(data.headline).toBe(await page.getByRole('heading', { level: 1 }).innerText());
  expect(data.author.map((a: { name: string }) => a.name)).toEqual(await page.locator('a[rel="author"]').allInnerTexts());
  // Next.js replaces the layout's Open Graph wholesale; the site's name and locale must survive.
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', 'Broadsheet');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');
  expect(new Date(data.datePublished).toISOString()).toBe(await page.locator('article header time').first().getAttribute('datetime'));

  await page.goto('/authors/amara-okafor');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'profile');
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', 'Broadsheet');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_US');

  await page.goto('/tags/climate');
  const crumbs = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(crumbs['@type']).toBe('BreadcrumbList');
  expect(crumbs.itemListElement.map((c: { name: string }) => c.name)).toEqual(['Home', 'Climate']);
});
