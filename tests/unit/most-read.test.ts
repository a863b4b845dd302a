import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteDayKeyDaysAgo } from '../../lib/site-time';
import { useTempDatabase } from './support/temp-database';

const db = await useTempDatabase({ seedArticles: 12 });
const { getMostReadArticles } = await import('../../db/queries/most-read');
const sqlite = db.$client;

test('most read ranks by views inside the period only', () => {
  sqlite.exec('DELETE FROM article_daily_views');
  const ids = (sqlite.prepare('SELECT id FROM articles ORDER BY id LIMIT 3').all() as { id: number }[]).map((r) => r.id);
  const add = sqlite.prepare('INSERT INTO article_daily_views (article_id, day, views, visitors) VALUES (?, ?, ?, ?)');
  add.run(ids[0], siteDayKeyDaysAgo(0), 50, 40);
  add.run(ids[1], siteDayKeyDaysAgo(1), 70, 60);
  add.run(ids[2], siteDayKeyDaysAgo(3), 500, 400); // big, but outside the day window
  add.run(ids[0], siteDayKeyDaysAgo(30), 9999, 9000); // outside both windows

  assert.deepEqual(getMostReadArticles({ period: 'day' }).map((e) => [e.id, e.periodViews]), [[ids[1], 70], [ids[0], 50]]);
  assert.deepEqual(getMostReadArticles({ period: 'week' }).map((e) => e.id), [ids[2], ids[1], ids[0]]);
});

test('an unpublished story drops out of most read', () => {
  const top = getMostReadArticles({ period: 'week' })[0]!;
  sqlite.prepare("UPDATE articles SET status = 'draft' WHERE id = ?").run(top.id);
  assert.ok(!getMostReadArticles({ period: 'week' }).some((e) => e.id === top.id));
});

test('pages get most-read figures remembered for a minute, then recomputed', async () => {
  const { memoizeFor } = await import('../../lib/ttl-memo');
  let clock = 0;
  let computed = 0;
  const memo = memoizeFor(60_000, (period: string) => `${period}:${++computed}`, () => clock);
  assert.equal(memo('day'), 'day:1');
  clock = 59_999;
  assert.equal(memo('day'), 'day:1');
  assert.equal(memo('week'), 'week:2', 'each argument has its own entry');
  clock = 60_001;
  assert.equal(memo('day'), 'day:3');
});
