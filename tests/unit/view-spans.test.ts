import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDaysToDayKey, siteDayKey } from '@/lib/site-time';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 80, isolateTests: true });
const { rankArticlesByViews } = await import('@/db/queries/view-rankings');
const { findViewSpan } = await import('@/db/view-spans/view-spans');
const { wantedViewSpans } = await import('@/db/view-spans/ranked-windows');
const { refreshViewSpans, buildViewSpan } = await import('@/db/view-spans/span-builder.mjs');
const { recordArticleView } = await import('@/db/queries/article-views');
const sqlite = db.$client;
const now = new Date();
const today = siteDayKey(now);

/** The ranking by brute force: every daily row in the window (of one section if asked), summed. */
function rankedByHand(sinceDay: string, limit: number, sectionId?: number) {
  return sqlite
    .prepare(
      `SELECT article_id AS articleId, sum(views) AS views, sum(visitors) AS visitors FROM article_daily_views
       WHERE day >= ? AND (? IS NULL OR article_id IN (SELECT id FROM articles WHERE section_id = ?))
       GROUP BY article_id ORDER BY views DESC, articleId LIMIT ?`,
    )
    .all(sinceDay, sectionId ?? null, sectionId ?? null, limit);
}

const spanCount = () => (sqlite.prepare('SELECT count(*) AS n FROM article_view_span_builds').get() as { n: number }).n;

test('with spans built, every ranked window ranks exactly as summing its days does', async () => {
  const wanted = wantedViewSpans(now);
  assert.ok(wanted.length >= 3, 'most read this week and the staff periods (7, 30, 90 days)');
  assert.equal(refreshViewSpans(sqlite, wanted, { now }), wanted.length);
  for (const { firstDay } of wanted) {
    assert.ok(findViewSpan({ firstDay, today }), `a span for the window from ${firstDay}`);
    for (const limit of [1, 5, 25]) {
      assert.deepEqual(
        await rankArticlesByViews({ sinceDay: firstDay, limit, now }),
        rankedByHand(firstDay, limit),
        `from ${firstDay}, top ${limit}`,
      );
    }
  }
});

test("a story read only today climbs past the span's leaders, and ties keep the same order as without spans", async () => {
  const wanted = wantedViewSpans(now);
  refreshViewSpans(sqlite, wanted, { now });
  const since = wanted.find((s) => s.firstDay === addDaysToDayKey(today, -6))!.firstDay;
  const [leader] = rankedByHand(since, 1) as { articleId: number; views: number }[];
  const outsider = (
    sqlite.prepare('SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM article_daily_views WHERE day >= ?) LIMIT 1').get(since) as
      { id: number } | undefined
  )?.id;
  const newcomer = outsider ?? (sqlite.prepare('SELECT id FROM articles ORDER BY id DESC LIMIT 1').get() as { id: number }).id;
  // Today's rows are written after the spans: the ranking must see them anyway.
  sqlite.prepare('DELETE FROM article_daily_views WHERE article_id = ? AND day = ?').run(newcomer, today);
  const own = (
    sqlite.prepare('SELECT coalesce(sum(views), 0) AS n FROM article_daily_views WHERE article_id = ? AND day >= ?').get(newcomer, since) as {
      n: number;
    }
  ).n;
  sqlite
    .prepare('INSERT INTO article_daily_views (article_id, day, views, visitors) VALUES (?, ?, ?, 1)')
    .run(newcomer, today, leader!.views - own + 1);
  const top = await rankArticlesByViews({ sinceDay: since, limit: 3, now });
  assert.equal(top[0]!.articleId, newcomer);
  assert.deepEqual(top, rankedByHand(since, 3));
  // A tie with the leader: the lower id ranks first, as the plain sum orders it.
  sqlite.prepare('UPDATE article_daily_views SET views = views - 1 WHERE article_id = ? AND day = ?').run(newcomer, today);
  assert.deepEqual(await rankArticlesByViews({ sinceDay: since, limit: 3, now }), rankedByHand(since, 3));
});

test('a view counted after the span was built is in the ranking at once', async () => {
  refreshViewSpans(sqlite, wantedViewSpans(now), { now });
  const since = addDaysToDayKey(today, -29);
  const [, second] = rankedByHand(since, 2) as { articleId: number; views: number }[];
  for (let i = 0; i < 3; i++) {
    recordArticleView({
      articleId: second!.articleId,
      viewer: { visitorToken: `span-visitor-${i}`, clientAddress: `10.0.0.${i}`, isBot: false, isStaff: false, isPrefetch: false },
      now,
    });
  }
  const top = await rankArticlesByViews({ sinceDay: since, limit: 5, now });
  assert.deepEqual(top, rankedByHand(since, 5));
  assert.equal(top.find((r) => r.articleId === second!.articleId)!.views, second!.views + 3);
});

test('a deleted story leaves no hole in the top list', async () => {
  refreshViewSpans(sqlite, wantedViewSpans(now), { now });
  const since = addDaysToDayKey(today, -89);
  const [first] = rankedByHand(since, 1) as { articleId: number }[];
  sqlite.pragma('foreign_keys = ON');
  sqlite.prepare('DELETE FROM articles WHERE id = ?').run(first!.articleId);
  const top = await rankArticlesByViews({ sinceDay: since, limit: 10, now });
  assert.equal(top.length, 10);
  assert.ok(!top.some((r) => r.articleId === first!.articleId));
  assert.deepEqual(top, rankedByHand(since, 10));
});

test("tomorrow, yesterday's spans are not used, and the refresh replaces them", async () => {
  refreshViewSpans(sqlite, wantedViewSpans(now), { now });
  const tomorrow = new Date(now.getTime() + 86_400_000);
  const since = addDaysToDayKey(siteDayKey(tomorrow), -6);
  assert.equal(findViewSpan({ firstDay: since, today: siteDayKey(tomorrow) }), null, 'no span starts on the new window’s first day yet');
  assert.deepEqual(await rankArticlesByViews({ sinceDay: since, limit: 5, now: tomorrow }), rankedByHand(since, 5), 'still exact without one');
  const wanted = wantedViewSpans(tomorrow);
  assert.equal(refreshViewSpans(sqlite, wanted, { now: tomorrow }), wanted.length);
  assert.equal(spanCount(), wanted.length, "yesterday's spans are gone");
  const rows = sqlite.prepare('SELECT DISTINCT first_day || last_day AS k FROM article_view_spans').pluck().all() as string[];
  assert.deepEqual(rows.sort(), wanted.map((s) => s.firstDay + s.lastDay).sort(), 'and so are their rows');
  assert.equal(refreshViewSpans(sqlite, wanted, { now: tomorrow }), 0, 'a second refresh has nothing to do');
});

test('a build cut short is never read, and the next refresh builds it whole', async () => {
  const span = wantedViewSpans(now)[0]!;
  buildViewSpan(sqlite, span, now);
  const whole = (
    sqlite.prepare('SELECT count(*) AS n FROM article_view_spans WHERE first_day = ? AND last_day = ?').get(span.firstDay, span.lastDay) as {
      n: number;
    }
  ).n;
  assert.ok(whole > 0);
  // As a crash between the rows and the build row leaves it: some rows, no build row.
  sqlite.prepare('DELETE FROM article_view_span_builds').run();
  sqlite.prepare('UPDATE article_view_spans SET views = views + 1000').run();
  assert.equal(findViewSpan({ firstDay: span.firstDay, today }), null);
  assert.deepEqual(await rankArticlesByViews({ sinceDay: span.firstDay, limit: 5, now }), rankedByHand(span.firstDay, 5));
  refreshViewSpans(sqlite, [span], { now });
  assert.deepEqual(await rankArticlesByViews({ sinceDay: span.firstDay, limit: 5, now }), rankedByHand(span.firstDay, 5));
});

test('more deleted stories at the top than the spare rows still leave a whole, exact top list', async () => {
  refreshViewSpans(sqlite, wantedViewSpans(now), { now });
  const since = addDaysToDayKey(today, -89);
  const doomed = (rankedByHand(since, 25) as { articleId: number }[]).map((r) => r.articleId);
  sqlite.pragma('foreign_keys = ON');
  for (const id of doomed) sqlite.prepare('DELETE FROM articles WHERE id = ?').run(id);
  const top = await rankArticlesByViews({ sinceDay: since, limit: 10, now });
  assert.equal(top.length, 10);
  assert.deepEqual(top, rankedByHand(since, 10));
});

test("most read today (today and yesterday) is ranked from a span of yesterday, not by summing both days' rows", async () => {
  const wanted = wantedViewSpans(now);
  refreshViewSpans(sqlite, wanted, { now });
  const yesterday = addDaysToDayKey(today, -1);
  assert.ok(findViewSpan({ firstDay: yesterday, today }), 'a span holding yesterday alone');
  for (const limit of [1, 5, 25]) assert.deepEqual(await rankArticlesByViews({ sinceDay: yesterday, limit, now }), rankedByHand(yesterday, limit));
});

test("a story going viral today, far past yesterday's leaders, ranks exactly in every window", async () => {
  refreshViewSpans(sqlite, wantedViewSpans(now), { now });
  const yesterday = addDaysToDayKey(today, -1);
  const [leader] = rankedByHand(addDaysToDayKey(today, -89), 1) as { views: number }[];
  const viral = (sqlite.prepare('SELECT id FROM articles ORDER BY id DESC LIMIT 1').get() as { id: number }).id;
  sqlite
    .prepare(
      `INSERT INTO article_daily_views (article_id, day, views, visitors) VALUES (?, ?, ?, 1)
       ON CONFLICT (article_id, day) DO UPDATE SET views = excluded.views`,
    )
    .run(viral, today, leader!.views * 20);
  for (const since of [yesterday, addDaysToDayKey(today, -6), addDaysToDayKey(today, -29)]) {
    for (const limit of [1, 5, 25]) {
      assert.deepEqual(await rankArticlesByViews({ sinceDay: since, limit, now }), rankedByHand(since, limit), `from ${since}, top ${limit}`);
    }
  }
});

test("today alone ranks straight from today's rows, in the plain sum's order", async () => {
  for (const limit of [1, 5, 25]) assert.deepEqual(await rankArticlesByViews({ sinceDay: today, limit, now }), rankedByHand(today, limit));
});

test('within one section, every window ranks exactly as summing its days does, with spans and without', async () => {
  const sectionIds = sqlite.prepare('SELECT id FROM sections').pluck().all() as number[];
  assert.ok(sectionIds.length >= 2);
  const windows = [today, ...wantedViewSpans(now).map((s) => s.firstDay)];
  for (const withSpans of [false, true]) {
    if (withSpans) refreshViewSpans(sqlite, wantedViewSpans(now), { now });
    else sqlite.prepare('DELETE FROM article_view_span_builds').run();
    for (const since of windows) {
      for (const sectionId of sectionIds) {
        for (const limit of [1, 5, 25]) {
          assert.deepEqual(
            await rankArticlesByViews({ sinceDay: since, limit, sectionId, now }),
            rankedByHand(since, limit, sectionId),
            `${withSpans ? 'with' : 'without'} spans, section ${sectionId}, from ${since}, top ${limit}`,
          );
        }
      }
    }
  }
});
