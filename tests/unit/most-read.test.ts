import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteDayKeyDaysAgo } from '@/lib/site-time';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 12, isolateTests: true });
const { getMostReadArticles } = await import('@/db/queries/most-read');
const sqlite = db.$client;

/** Three stories with views only where the test puts them. */
function threeStoriesWithViews() {
  sqlite.exec('DELETE FROM article_daily_views');
  const ids = (sqlite.prepare('SELECT id FROM articles ORDER BY id LIMIT 3').all() as { id: number }[]).map((r) => r.id) as [number, number, number];
  const add = sqlite.prepare('INSERT INTO article_daily_views (article_id, day, views, visitors) VALUES (?, ?, ?, ?)');
  add.run(ids[0], siteDayKeyDaysAgo(0), 50, 40);
  add.run(ids[1], siteDayKeyDaysAgo(1), 70, 60);
  add.run(ids[2], siteDayKeyDaysAgo(3), 500, 400); // big, but outside the day window
  add.run(ids[0], siteDayKeyDaysAgo(30), 9999, 9000); // outside both windows
  return ids;
}

test('most read ranks by views inside the period only', async () => {
  const ids = threeStoriesWithViews();
  assert.deepEqual(
    (await getMostReadArticles({ period: 'day' })).map((e) => [e.id, e.periodViews]),
    [
      [ids[1], 70],
      [ids[0], 50],
    ],
  );
  assert.deepEqual(
    (await getMostReadArticles({ period: 'week' })).map((e) => e.id),
    [ids[2], ids[1], ids[0]],
  );
});

test('an unpublished story drops out of most read', async () => {
  const [, , top] = threeStoriesWithViews();
  assert.equal((await getMostReadArticles({ period: 'week' }))[0]!.id, top);
  sqlite.prepare("UPDATE articles SET status = 'unpublished' WHERE id = ?").run(top);
  assert.ok(!(await getMostReadArticles({ period: 'week' })).some((e) => e.id === top));
});
