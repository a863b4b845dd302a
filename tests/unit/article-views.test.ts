import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { siteDayKey } from '@/lib/site-time';
import type { Viewer } from '@/db/queries/article-views';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 6 });
const { recordArticleView } = await import('@/db/queries/article-views');
const sqlite = db.$client;
const config = { dedupeWindowSeconds: 30 * 60, rateLimitMax: 1000, rateLimitWindowSeconds: 60, dailyCapPerAddress: 1000 };
// The dedupe window must not cross the site's midnight, where the daily salt changes and a
// repeat counts again by design: within 40 minutes of it, the tests' clock starts earlier.
const realNow = new Date();
const t0 = siteDayKey(new Date(realNow.getTime() + 40 * 60_000)) === siteDayKey(realNow) ? realNow : new Date(realNow.getTime() - 40 * 60_000);
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

let nextVisitor = 0;
function reader(overrides: Partial<Viewer> = {}): Viewer {
  return {
    visitorToken: `visitor-token-${String(nextVisitor++).padStart(10, '0')}`,
    clientAddress: '203.0.113.7',
    isBot: false,
    isStaff: false,
    isPrefetch: false,
    ...overrides,
  };
}
function newArticleId(): number {
  const row = sqlite
    .prepare(
      "INSERT INTO articles (slug, headline, standfirst, body, section_id, author_id, status, published_at, created_at, updated_at) SELECT 'a-' || abs(random()), 'H', 'S', 'B', section_id, author_id, 'published', ?, created_at, updated_at FROM articles LIMIT 1 RETURNING id",
    )
    .get(Math.floor(t0.getTime() / 1000) - 86_400) as { id: number }; // out a day before the tests' clock
  return row.id;
}
function totals(articleId: number) {
  const total = (sqlite.prepare('SELECT view_count AS n FROM articles WHERE id = ?').get(articleId) as { n: number }).n;
  const day = sqlite
    .prepare('SELECT coalesce(sum(views), 0) AS views, coalesce(sum(visitors), 0) AS visitors FROM article_daily_views WHERE article_id = ?')
    .get(articleId) as { views: number; visitors: number };
  return { total, ...day };
}

test('a first view counts and the reader sees the count including it', () => {
  const articleId = newArticleId();
  const outcome = recordArticleView({ articleId, viewer: reader(), now: t0, config });
  assert.deepEqual(outcome, { status: 'counted', viewCount: 1 });
  assert.deepEqual(totals(articleId), { total: 1, views: 1, visitors: 1 });
});

test('the same visitor within the window is not counted again; after the window it is, as the same unique visitor', () => {
  const articleId = newArticleId();
  const viewer = reader();
  recordArticleView({ articleId, viewer, now: t0, config });
  assert.deepEqual(recordArticleView({ articleId, viewer, now: minutes(29), config }), { status: 'duplicate', viewCount: 1 });
  assert.deepEqual(recordArticleView({ articleId, viewer, now: minutes(31), config }), { status: 'counted', viewCount: 2 });
  const day = siteDayKey(minutes(31)) === siteDayKey(t0);
  // Same day: two views, one unique visitor (across midnight the salt changes: two visitors).
  assert.deepEqual(totals(articleId), { total: 2, views: 2, visitors: day ? 1 : 2 });
});

test('the window is per article: reading another story counts there', () => {
  const [a, b] = [newArticleId(), newArticleId()];
  const viewer = reader();
  assert.equal(recordArticleView({ articleId: a, viewer, now: t0, config }).status, 'counted');
  assert.equal(recordArticleView({ articleId: b, viewer, now: t0, config }).status, 'counted');
});

test('crawlers, prefetches and signed-in staff see the count but never add to it', () => {
  const articleId = newArticleId();
  recordArticleView({ articleId, viewer: reader(), now: t0, config });
  for (const [flag, reason] of [
    ['isBot', 'bot'],
    ['isPrefetch', 'prefetch'],
    ['isStaff', 'staff'],
  ] as const) {
    assert.deepEqual(recordArticleView({ articleId, viewer: reader({ [flag]: true }), now: t0, config }), {
      status: 'not-counted',
      reason,
      viewCount: 1,
    });
  }
  assert.deepEqual(totals(articleId), { total: 1, views: 1, visitors: 1 });
});

test('unknown, draft and scheduled articles are refused', () => {
  assert.deepEqual(recordArticleView({ articleId: 999_999, viewer: reader(), now: t0, config }), { status: 'refused' });
  const draft = newArticleId();
  sqlite.prepare("UPDATE articles SET status = 'draft' WHERE id = ?").run(draft);
  assert.deepEqual(recordArticleView({ articleId: draft, viewer: reader(), now: t0, config }), { status: 'refused' });
  const scheduled = newArticleId();
  sqlite.prepare('UPDATE articles SET published_at = ? WHERE id = ?').run(Math.floor(t0.getTime() / 1000) + 3600, scheduled);
  assert.deepEqual(recordArticleView({ articleId: scheduled, viewer: reader(), now: t0, config }), { status: 'refused' });
});

test('a flood from one client is cut off at the rate limit; other clients are unaffected', () => {
  const articleId = newArticleId();
  const strict = { ...config, rateLimitMax: 5 };
  const outcomes = Array.from(
    { length: 8 },
    () => recordArticleView({ articleId, viewer: reader({ clientAddress: '198.51.100.1' }), now: t0, config: strict }).status,
  );
  assert.deepEqual(outcomes, ['counted', 'counted', 'counted', 'counted', 'counted', 'not-counted', 'not-counted', 'not-counted']);
  assert.equal(recordArticleView({ articleId, viewer: reader({ clientAddress: '198.51.100.2' }), now: t0, config: strict }).status, 'counted');
  // The next window opens again.
  assert.equal(
    recordArticleView({ articleId, viewer: reader({ clientAddress: '198.51.100.1' }), now: minutes(2), config: strict }).status,
    'counted',
  );
  assert.equal(totals(articleId).total, 7);
});

test('fresh visitor tokens from one address stop counting at the daily cap, which another address and the next day do not share', () => {
  const articleId = newArticleId();
  const capped = { ...config, dailyCapPerAddress: 3 };
  const office = '192.0.2.44';
  const outcomes = Array.from({ length: 6 }, () =>
    recordArticleView({ articleId, viewer: reader({ clientAddress: office }), now: t0, config: capped }),
  );
  assert.deepEqual(
    outcomes.map((o) => o.status),
    ['counted', 'counted', 'counted', 'not-counted', 'not-counted', 'not-counted'],
  );
  // Past the cap the reader still sees the count.
  assert.deepEqual(outcomes[5], { status: 'not-counted', reason: 'capped', viewCount: 3 });
  assert.equal(recordArticleView({ articleId, viewer: reader({ clientAddress: '192.0.2.45' }), now: t0, config: capped }).status, 'counted');
  // Only salted hashes of the addresses are stored, never the addresses.
  const stored = JSON.stringify(sqlite.prepare('SELECT * FROM article_address_daily_views WHERE article_id = ?').all(articleId));
  assert.ok(stored.includes('"views":3') && !stored.includes('192.0.2'), stored);
  assert.ok(!JSON.stringify(sqlite.prepare('SELECT * FROM view_rate_limits').all()).includes('192.0.2'));
  const tomorrow = new Date(t0.getTime() + 86_400_000);
  assert.equal(recordArticleView({ articleId, viewer: reader({ clientAddress: office }), now: tomorrow, config: capped }).status, 'counted');
  assert.equal(totals(articleId).total, 5);
});

test('site totals move with every counted view and count each visitor once a day', () => {
  const site = () =>
    sqlite.prepare('SELECT views, visitors FROM site_daily_views WHERE day = ?').get(siteDayKey(t0)) as
      { views: number; visitors: number } | undefined;
  const before = site() ?? { views: 0, visitors: 0 };
  const viewer = reader();
  recordArticleView({ articleId: newArticleId(), viewer, now: t0, config });
  recordArticleView({ articleId: newArticleId(), viewer, now: t0, config });
  recordArticleView({ articleId: newArticleId(), viewer: reader({ isBot: true }), now: t0, config });
  assert.deepEqual(site(), { views: before.views + 2, visitors: before.visitors + 1 });
});

test('four server processes writing to one file at once lose nothing', async () => {
  const articleId = newArticleId();
  const run = promisify(execFile);
  const worker = new URL('./support/record-views-worker.ts', import.meta.url).pathname;
  const outputs = await Promise.all(
    ['p1', 'p2', 'p3', 'p4'].map((prefix) =>
      run(process.execPath, ['--conditions=react-server', '--import', 'tsx', worker, String(articleId), '1500', prefix], { env: process.env }),
    ),
  );
  assert.deepEqual(
    outputs.map((o) => Number(o.stdout)),
    [1500, 1500, 1500, 1500],
  );
  assert.deepEqual(totals(articleId), { total: 6000, views: 6000, visitors: 6000 });
  // The rollups written in the same transactions agree to the view.
  const sum = (table: string) => sqlite.prepare(`SELECT coalesce(sum(views), 0) FROM ${table} WHERE article_id = ?`).pluck().get(articleId);
  assert.equal(sum('article_hourly_views'), 6000);
  assert.equal(sum('article_daily_sources'), 6000);
});
