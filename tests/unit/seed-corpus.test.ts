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
