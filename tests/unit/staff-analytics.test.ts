import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteDayKeyDaysAgo } from '@/lib/site-time';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 60, isolateTests: true });
const { getArticleReadership, getSectionBreakdown, getSiteDailySeries, getSiteTotals, getTopArticles } = await import('@/db/queries/staff-analytics');
const { recordArticleView } = await import('@/db/queries/article-views');
const sqlite = db.$client;
const since30 = siteDayKeyDaysAgo(29);

test('top stories are ordered by views in the period and carry the public all-time count', async () => {
  const top = await getTopArticles({ sinceDay: since30, limit: 10 });
  assert.equal(top.length, 10);
  for (let i = 1; i < top.length; i++) assert.ok(top[i - 1]!.periodViews >= top[i]!.periodViews);
  for (const row of top) {
    const { n } = sqlite.prepare('SELECT view_count AS n FROM articles WHERE id = ?').get(row.id) as { n: number };
    assert.equal(row.totalViews, n);
    const { p } = sqlite.prepare('SELECT sum(views) AS p FROM article_daily_views WHERE article_id = ? AND day >= ?').get(row.id, since30) as {
      p: number;
    };
    assert.equal(row.periodViews, p);
  }
});

test('site totals, section breakdown and per-article rows all add up to the same views', () => {
  const site = getSiteTotals({ sinceDay: since30, untilDay: siteDayKeyDaysAgo(0) }).views;
  const sections = getSectionBreakdown({ sinceDay: since30, untilDay: siteDayKeyDaysAgo(0) }).reduce((sum, s) => sum + s.views, 0);
  const { rows } = sqlite.prepare('SELECT sum(views) AS rows FROM article_daily_views WHERE day >= ?').get(since30) as { rows: number };
  assert.equal(site, rows);
  assert.equal(sections, rows);
  const series = getSiteDailySeries({ sinceDay: since30, untilDay: siteDayKeyDaysAgo(0) });
  assert.equal(series.length, 30, 'every day present, zeros included');
  assert.equal(
    series.reduce((sum, d) => sum + d.views, 0),
    rows,
  );
});

test('a live view moves the story, its section and the site by one each', () => {
  const { id } = sqlite.prepare('SELECT id FROM articles ORDER BY published_at DESC LIMIT 1').get() as { id: number };
  const before = getArticleReadership({ id })!;
  const today = siteDayKeyDaysAgo(0);
  const site = getSiteTotals({ sinceDay: today, untilDay: today }).views;
  const section = getSectionBreakdown({ sinceDay: today, untilDay: today }).find((s) => s.sectionName === before.article.sectionName)?.views ?? 0;
  recordArticleView({
    articleId: before.article.id,
    viewer: { visitorToken: 'staff-analytics-visitor-1', clientAddress: 'x', isBot: false, isStaff: false, isPrefetch: false },
  });
  const after = getArticleReadership({ id })!;
  assert.equal(after.article.totalViews, before.article.totalViews + 1);
  assert.equal(after.daily.at(-1)!.views, before.daily.at(-1)!.views + 1);
  assert.equal(getSiteTotals({ sinceDay: today, untilDay: today }).views, site + 1);
  assert.equal(
    getSectionBreakdown({ sinceDay: today, untilDay: today }).find((s) => s.sectionName === before.article.sectionName)!.views,
    section + 1,
  );
});

test('a story page lists every day from publication to today', () => {
  const { id } = sqlite.prepare('SELECT id FROM articles ORDER BY published_at ASC LIMIT 1').get() as { id: number };
  const { daily } = getArticleReadership({ id })!;
  assert.ok(daily.length >= 300);
  assert.equal(daily.at(-1)!.day, siteDayKeyDaysAgo(0));
  assert.equal(getArticleReadership({ id: 987_654 }), null);
});

test('suspicious traffic lists stories whose views today come from few addresses, not stories read widely', async () => {
  const { listSuspiciousTraffic, suspiciousTrafficRules } = await import('@/db/queries/suspicious-traffic');
  const [scripted, popular, office] = (sqlite.prepare('SELECT id FROM articles ORDER BY id LIMIT 3').all() as { id: number }[]).map((r) => r.id);
  const view = (articleId: number, clientAddress: string, i: number) =>
    recordArticleView({
      articleId: articleId!,
      viewer: {
        visitorToken: `suspicious-${articleId}-${clientAddress}-${String(i).padStart(6, '0')}`,
        clientAddress,
        isBot: false,
        isStaff: false,
        isPrefetch: false,
      },
    });
  for (let i = 0; i < 40; i++) view(scripted!, '192.0.2.200', i);
  for (let i = 0; i < 40; i++) view(popular!, `198.51.100.${i}`, i);
  // Many addresses, but one of them brings most of the views.
  for (let i = 0; i < 30; i++) view(office!, '203.0.113.77', i);
  for (let i = 0; i < 10; i++) view(office!, `203.0.113.${i}`, i);
  const listed = listSuspiciousTraffic();
  assert.deepEqual(
    listed.map((row) => [row.id, row.views, row.addresses, row.topAddressViews]),
    [
      [scripted, 40, 1, 40],
      [office, 40, 11, 30],
    ],
  );
  assert.ok(suspiciousTrafficRules.minViews <= 40);
});
