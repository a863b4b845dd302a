import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteDayKey } from '@/lib/site-time';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase();
const { seedCorpus } = await import('@/db/seed/seed-corpus');

test('the seed never gives a story views on a day after the one it runs on, whatever the hour and the clock change', () => {
  // 11:20 p.m. in New York in winter: a story published just after midnight in summer time has
  // lived one more day of milliseconds than of calendar days.
  const now = new Date('2026-12-07T04:20:00Z');
  seedCorpus(db, { articleCount: 80, now });
  const today = siteDayKey(now);
  assert.deepEqual(db.$client.prepare('SELECT article_id AS id, day FROM article_daily_views WHERE day > ?').all(today), []);
  const { counted, daily } = db.$client
    .prepare('SELECT (SELECT sum(view_count) FROM articles) AS counted, (SELECT sum(views) FROM article_daily_views) AS daily')
    .get() as { counted: number; daily: number };
  assert.equal(counted, daily, 'every count is the sum of its days');
});

test("the seed's where-from history adds up to each recent story's days, site-wide too, and its campaigns are part of those views", () => {
  const sqlite = db.$client;
  const mismatched = sqlite
    .prepare(
      `SELECT s.article_id, s.day, s.views, d.views AS daily FROM
         (SELECT article_id, day, sum(views) AS views FROM article_daily_sources GROUP BY article_id, day) s
       JOIN article_daily_views d ON d.article_id = s.article_id AND d.day = s.day
       WHERE s.views <> d.views`,
    )
    .all();
  assert.deepEqual(mismatched, []);
  assert.ok((sqlite.prepare('SELECT count(DISTINCT source) FROM article_daily_sources').pluck().get() as number) >= 4, 'several kinds of source');
  const bySite = sqlite.prepare('SELECT sum(views) FROM site_daily_sources').pluck().get();
  assert.equal(bySite, sqlite.prepare('SELECT sum(views) FROM article_daily_sources').pluck().get());
  const overCounted = sqlite
    .prepare(
      `SELECT c.article_id FROM article_daily_campaigns c JOIN article_daily_views d ON d.article_id = c.article_id AND d.day = c.day
       WHERE c.views > d.views`,
    )
    .all();
  assert.ok((sqlite.prepare('SELECT count(*) FROM article_daily_campaigns').pluck().get() as number) > 0);
  assert.deepEqual(overCounted, []);
});
