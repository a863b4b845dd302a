import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteHourStart } from '@/lib/site-hours';
import { siteDayKey } from '@/lib/site-time';
import type { Arrival, Viewer } from '@/db/queries/article-views';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 3 });
const { recordArticleView, liveWindowSeconds } = await import('@/db/queries/article-views');
const sqlite = db.$client;
const config = { dedupeWindowSeconds: 30 * 60, rateLimitMax: 1000, rateLimitWindowSeconds: 60, dailyCapPerAddress: 1000 };
const t0 = new Date('2026-11-01T05:40:00Z'); // 1:40 a.m. EDT, the first of the night's two 1 a.m. hours
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

let nextVisitor = 0;
const reader = (overrides: Partial<Viewer> = {}): Viewer => ({
  visitorToken: `rollup-visitor-${String(nextVisitor++).padStart(8, '0')}`,
  clientAddress: '203.0.113.9',
  isBot: false,
  isStaff: false,
  isPrefetch: false,
  ...overrides,
});
const newArticleId = () =>
  sqlite
    .prepare(
      "INSERT INTO articles (slug, headline, standfirst, body, section_id, author_id, status, published_at, created_at, updated_at) SELECT 'r-' || abs(random()), 'H', 'S', 'B', section_id, author_id, 'published', 0, 0, 0 FROM articles LIMIT 1 RETURNING id",
    )
    .pluck()
    .get() as number;
const rows = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params);
const from = (group: Arrival['source']['group'], host = '', campaign: Arrival['campaign'] = null): Arrival => ({ source: { group, host }, campaign });

test('each counted view lands in its site hour; the repeated 1 a.m. of the clocks going back is two hours', () => {
  const articleId = newArticleId();
  recordArticleView({ articleId, viewer: reader(), now: t0, config });
  recordArticleView({ articleId, viewer: reader(), now: later(10), config }); // 1:50 EDT
  recordArticleView({ articleId, viewer: reader(), now: later(30), config }); // 1:10 EST, an hour on the wall clock later
  const viewer = reader();
  recordArticleView({ articleId, viewer, now: later(31), config });
  recordArticleView({ articleId, viewer, now: later(32), config }); // a repeat: not counted, not in an hour
  assert.deepEqual(rows('SELECT hour, views FROM article_hourly_views WHERE article_id = ? ORDER BY hour', articleId), [
    { hour: siteHourStart(t0), views: 2 },
    { hour: siteHourStart(later(30)), views: 2 },
  ]);
  assert.equal(siteHourStart(later(30)) - siteHourStart(t0), 3600);
});

test('sources and campaigns are counted per story and site-wide, for counted views only', () => {
  const articleId = newArticleId();
  const day = siteDayKey(t0);
  const siteBefore = new Map(
    (rows('SELECT source, host, views FROM site_daily_sources WHERE day = ?', day) as { source: string; host: string; views: number }[]).map((r) => [
      `${r.source} ${r.host}`,
      r.views,
    ]),
  );
  recordArticleView({ articleId, viewer: reader(), arrival: from('search', 'google.com'), now: t0, config });
  recordArticleView({ articleId, viewer: reader(), arrival: from('search', 'google.com'), now: t0, config });
  recordArticleView({ articleId, viewer: reader(), arrival: from('social', 't.co', { source: 'newsletter', campaign: 'monday' }), now: t0, config });
  recordArticleView({ articleId, viewer: reader(), now: t0, config }); // direct
  recordArticleView({ articleId, viewer: reader({ isBot: true }), arrival: from('search', 'google.com'), now: t0, config });
  assert.deepEqual(
    rows('SELECT source, host, views FROM article_daily_sources WHERE article_id = ? AND day = ? ORDER BY source, host', articleId, day),
    [
      { source: 'direct', host: '', views: 1 },
      { source: 'search', host: 'google.com', views: 2 },
      { source: 'social', host: 't.co', views: 1 },
    ],
  );
  assert.deepEqual(rows('SELECT utm_source AS s, utm_campaign AS c, views FROM article_daily_campaigns WHERE article_id = ?', articleId), [
    { s: 'newsletter', c: 'monday', views: 1 },
  ]);
  const site = sqlite.prepare('SELECT views FROM site_daily_sources WHERE day = ? AND source = ? AND host = ?').pluck();
  assert.equal(site.get(day, 'search', 'google.com'), (siteBefore.get('search google.com') ?? 0) + 2);
});

test('signed-in staff reading is its own figure, once per window, and never reaches the public count', () => {
  const articleId = newArticleId();
  const day = siteDayKey(t0);
  recordArticleView({ articleId, viewer: reader(), now: t0, config });
  const editor = reader({ isStaff: true });
  for (const minutes of [0, 5, 31]) {
    assert.deepEqual(recordArticleView({ articleId, viewer: editor, now: later(minutes), config }), {
      status: 'not-counted',
      reason: 'staff',
      viewCount: 1,
    });
  }
  assert.equal(sqlite.prepare('SELECT views FROM article_daily_staff_views WHERE article_id = ? AND day = ?').pluck().get(articleId, day), 2);
  assert.equal(sqlite.prepare('SELECT view_count FROM articles WHERE id = ?').pluck().get(articleId), 1);
  // The same browser signed out is a reader, not a repeat of the staff member's view.
  assert.equal(recordArticleView({ articleId, viewer: { ...editor, isStaff: false }, now: later(32), config }).status, 'counted');
});

test('live readers: the story each visitor opened last, repeats included, gone after the live window', () => {
  const [a, b] = [newArticleId(), newArticleId()];
  const nowSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
  const live = (at: Date) =>
    rows(
      'SELECT article_id AS articleId, count(*) AS readers FROM live_readers WHERE seen_at >= ? AND article_id IN (?, ?) GROUP BY article_id ORDER BY article_id',
      nowSeconds(at) - liveWindowSeconds,
      a,
      b,
    );
  const moving = reader();
  recordArticleView({ articleId: a, viewer: moving, now: later(100), config });
  recordArticleView({ articleId: a, viewer: reader(), now: later(100), config });
  assert.deepEqual(live(later(100)), [{ articleId: a, readers: 2 }]);
  recordArticleView({ articleId: b, viewer: moving, now: later(101), config }); // moved on to b
  assert.deepEqual(live(later(101)), [
    { articleId: a, readers: 1 },
    { articleId: b, readers: 1 },
  ]);
  recordArticleView({ articleId: b, viewer: moving, now: later(104), config }); // a repeat on b keeps them live
  assert.deepEqual(live(later(108)), [{ articleId: b, readers: 1 }]);
  // Rows past the window are deleted by the next view a minute or more later.
  recordArticleView({ articleId: newArticleId(), viewer: reader(), now: later(120), config });
  assert.equal(
    sqlite
      .prepare('SELECT count(*) FROM live_readers WHERE seen_at < ?')
      .pluck()
      .get(nowSeconds(later(120)) - liveWindowSeconds),
    0,
  );
});
