import Database from 'better-sqlite3';
import { addDaysToDayKey, siteDayKey } from '@/lib/site-time';
import { e2eDatabasePath } from './support/e2e-env';
import { changeDatabase, expect, numberFromDatabase, test } from './support/fixtures';

/** The section of each story, by slug, as the database has it. */
function sectionsOf(slugs: string[]): string[] {
  const db = new Database(e2eDatabasePath, { readonly: true });
  try {
    const query = db.prepare('SELECT s.slug FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.slug = ?').pluck();
    return slugs.map((slug) => query.get(slug) as string);
  } finally {
    db.close();
  }
}

/** As a change made outside the site would: every cached most-read list and page is dropped. */
function expireMostReadLists() {
  const now = Date.now();
  changeDatabase(
    `INSERT INTO cache_tag_changes (tag, stale_since, expired_since) VALUES ('most-read', ?, ?)
     ON CONFLICT (tag) DO UPDATE SET stale_since = excluded.stale_since, expired_since = excluded.expired_since`,
    now,
    now,
  );
}

test('the most-read page ranks today, this week and each section from the database, and says when each list was ranked', async ({ page, story }) => {
  // Read today more than any story was read this week (other tests give their stories views too).
  const today = siteDayKey(new Date());
  const weekLeader = numberFromDatabase(
    'SELECT max(total) FROM (SELECT sum(views) AS total FROM article_daily_views WHERE day >= ? GROUP BY article_id)',
    addDaysToDayKey(today, -6),
  );
  changeDatabase(
    `INSERT INTO article_daily_views (article_id, day, views, visitors) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id, day) DO UPDATE SET views = excluded.views, visitors = excluded.visitors`,
    story.id,
    today,
    weekLeader + 1000,
    weekLeader + 1000,
  );
  const asked = Date.now();
  expireMostReadLists();
  // Each server process reads the tag changes once a second, and another test may have had this
  // page cached (the front page's link leads here), so ask until the change is heard.
  await expect(async () => {
    await page.goto('/most-read');
    await expect(page.getByRole('region', { name: 'Today', exact: true }).getByRole('link').first()).toHaveText(story.headline, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Most read');
  for (const name of ['Today', 'This week', story.sectionName]) {
    const list = page.getByRole('region', { name, exact: true });
    await expect(list.getByRole('listitem').first().getByRole('link')).toHaveText(story.headline);
    const stamp = list.locator('time');
    await expect(stamp).toHaveText(/^\d{1,2}:\d{2} (a|p)\.m\.$/);
    const rankedAt = Date.parse((await stamp.getAttribute('datetime'))!);
    // Ranked for this request (the old list was dropped), not a minute-old copy.
    expect(rankedAt).toBeGreaterThanOrEqual(asked - 2_000);
    expect(rankedAt).toBeLessThanOrEqual(Date.now());
  }
  await expect(page.getByRole('region', { name: 'Today', exact: true }).getByRole('listitem')).toHaveCount(10);
  // A section's list holds that section's stories only.
  const section = page.getByRole('region', { name: story.sectionName, exact: true });
  const slugs = (
    await section
      .getByRole('listitem')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  ).map((href) => href.replace('/articles/', ''));
  expect(slugs.length).toBeGreaterThan(1);
  expect(new Set(sectionsOf(slugs))).toEqual(new Set([story.sectionSlug]));
  await section.getByRole('link', { name: `All ${story.sectionName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/sections/${story.sectionSlug}$`));
});

test("the front page's most-read list shows when it was ranked and leads to the most-read page", async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('region', { name: 'Most read today' });
  await expect(list.getByRole('listitem')).toHaveCount(5);
  const stamp = list.locator('time');
  await expect(stamp).toHaveText(/^\d{1,2}:\d{2} (a|p)\.m\.$/);
  // A cached front page may hold an older list (it is served once more while a new one renders):
  // the stamp is that list's, never later than now.
  const rankedAt = Date.parse((await stamp.getAttribute('datetime'))!);
  expect(rankedAt).toBeLessThanOrEqual(Date.now());
  await list.getByRole('link', { name: 'More most read' }).click();
  await expect(page).toHaveURL(/\/most-read$/);
  await expect(page.getByRole('region', { name: 'This week', exact: true }).getByRole('listitem')).toHaveCount(10);
});

test('an unknown most-read edition is a 404, not a page', async ({ request }) => {
  expect((await request.get('/most-read/yesterday')).status()).toBe(404);
});
