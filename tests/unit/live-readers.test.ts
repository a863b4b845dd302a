import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteHourStart } from '@/lib/site-hours';
import type { Viewer } from '@/db/queries/article-views';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 4, isolateTests: true });
const { recordArticleView } = await import('@/db/queries/article-views');
const { getLiveReadership, getTrendingStories } = await import('@/db/queries/live-readers');
const sqlite = db.$client;
const config = { dedupeWindowSeconds: 1800, rateLimitMax: 1000, rateLimitWindowSeconds: 60, dailyCapPerAddress: 1000 };
const now = new Date(); // the seeded stories are published relative to the real clock
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const [a, b, c, d] = sqlite.prepare('SELECT id FROM articles ORDER BY published_at').pluck().all() as number[];
let visitor = 0;
const reader = (): Viewer => ({
  visitorToken: `live-visitor-${String(visitor++).padStart(10, '0')}`,
  clientAddress: '203.0.113.5',
  isBot: false,
  isStaff: false,
  isPrefetch: false,
});

test('live now: readers of the last five minutes and the stories they are on, most read first', () => {
  for (let i = 0; i < 3; i++) recordArticleView({ articleId: a!, viewer: reader(), now: minutesAgo(1), config });
  recordArticleView({ articleId: b!, viewer: reader(), now: minutesAgo(4), config });
  recordArticleView({ articleId: c!, viewer: reader(), now: minutesAgo(6), config }); // gone from live
  recordArticleView({ articleId: d!, viewer: { ...reader(), isBot: true }, now: minutesAgo(1), config }); // never live
  const live = getLiveReadership({ now });
  assert.equal(live.readers, 4);
  assert.deepEqual(
    live.stories.map((s) => [s.articleId, s.readers]),
    [
      [a, 3],
      [b, 1],
    ],
  );
  assert.equal(live.windowMinutes, 5);
  // One indexed range, not a table scan.
  const plan = sqlite.prepare('EXPLAIN QUERY PLAN SELECT article_id, count(*) FROM live_readers WHERE seen_at >= ? GROUP BY article_id').all(0);
  assert.match(JSON.stringify(plan), /COVERING INDEX live_readers_seen_idx/);
});

test('trending: the last full hour against the story’s own hourly average over the day before', () => {
  sqlite.exec('DELETE FROM article_hourly_views'); // the seed's own hours (rolled back after the test)
  const lastHour = siteHourStart(now) - 3600;
  const put = (id: number, hour: number, views: number) =>
    sqlite
      .prepare('INSERT INTO article_hourly_views (article_id, hour, views) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET views = excluded.views')
      .run(id, hour, views);
  for (let h = 1; h <= 24; h++) {
    put(a!, lastHour - h * 3600, 2); // a quiet story that suddenly took off
    put(b!, lastHour - h * 3600, 20); // a busy story having a normal hour
  }
  put(a!, lastHour, 30);
  put(b!, lastHour, 20);
  put(c!, lastHour, 3); // too few views to call a trend
  put(d!, lastHour, 50); // first read in the last hour: new, not trending
  put(d!, lastHour + 3600, 500); // and the hour under way is not a full hour yet
  const trending = getTrendingStories({ now });
  assert.deepEqual(
    trending.map((t) => [t.articleId, t.lastHour, t.usualPerHour]),
    [
      [a, 30, 2],
      [b, 20, 20],
    ],
  );
  assert.equal(trending[0]!.times.toFixed(1), '10.3');
});
