import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 3 });
const { recordArticleView } = await import('@/db/queries/article-views');
const { forgetExpiredViewRows } = await import('@/db/queries/raw-view-rows');
const sqlite = db.$client;
const config = { dedupeWindowSeconds: 30 * 60, rateLimitMax: 1000, rateLimitWindowSeconds: 60, dailyCapPerAddress: 1000 };
const articleId = sqlite.prepare('SELECT id FROM articles LIMIT 1').pluck().get() as number;
const count = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const perVisitorTables = ['article_view_visits', 'site_daily_visitors', 'article_address_daily_views', 'view_rate_limits'];

let nextVisitor = 0;
function readAt(now: Date, readers: number) {
  for (let i = 0; i < readers; i++) {
    const n = nextVisitor++;
    const viewer = { visitorToken: `raw-${n}`, clientAddress: `198.51.100.${n % 250}`, isBot: false, isStaff: false, isPrefetch: false };
    assert.equal(recordArticleView({ articleId, viewer, now, config }).status, 'counted');
  }
}

test("yesterday's per-visitor rows are gone after midnight, today's stay, and the counts they made stay for good", () => {
  const lateEvening = new Date('2031-06-10T03:30:00Z'); // 11:30 p.m. in New York, June 9
  const afterMidnight = new Date('2031-06-10T04:20:00Z'); // 12:20 a.m., June 10
  readAt(lateEvening, 12);
  readAt(afterMidnight, 5);
  const dailyBefore = sqlite
    .prepare('SELECT day, views FROM article_daily_views WHERE article_id = ? AND day >= ? ORDER BY day')
    .all(articleId, '2031-06-09');
  for (const table of perVisitorTables) assert.ok(count(table) > 0, table);

  forgetExpiredViewRows(sqlite, afterMidnight);
  // Today's five readers: one visit row and one site visitor each; their address rows; this hour's limits.
  assert.equal(count('article_view_visits'), 5);
  assert.equal(count('site_daily_visitors'), 5);
  assert.equal(count("article_address_daily_views WHERE day < '2031-06-10'"), 0);
  assert.equal(count('view_rate_limits WHERE window_start < ' + (Math.floor(afterMidnight.getTime() / 1000) - 3600)), 0);
  assert.deepEqual(
    sqlite.prepare('SELECT day, views FROM article_daily_views WHERE article_id = ? AND day >= ? ORDER BY day').all(articleId, '2031-06-09'),
    dailyBefore,
    'the daily counts are untouched',
  );
  assert.deepEqual(dailyBefore, [
    { day: '2031-06-09', views: 12 },
    { day: '2031-06-10', views: 5 },
  ]);
});

test('a day of rows is deleted a bounded batch at a time, so no call holds the write lock for long', () => {
  readAt(new Date('2031-06-11T15:00:00Z'), 25);
  const nextDay = new Date('2031-06-12T15:00:00Z');
  const expired = count('article_view_visits');
  assert.ok(expired >= 25);
  const removed = [];
  for (let round = 0; count('article_view_visits') > 0 && round < 10; round++) {
    const before = count('article_view_visits');
    forgetExpiredViewRows(sqlite, nextDay, { batch: 10 });
    removed.push(before - count('article_view_visits'));
  }
  assert.ok(
    removed.every((n) => n <= 10),
    `removed ${removed.join(', ')}`,
  );
  assert.equal(
    removed.reduce((a, b) => a + b, 0),
    expired,
  );
});
