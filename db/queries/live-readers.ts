import 'server-only';
import { and, count, desc, gte, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleHourlyViews, articles, liveReaders } from '@/db/schema';
import { siteHourStart } from '@/lib/site-hours';
import { liveWindowSeconds } from './article-views';

export type LiveStory = { articleId: number; headline: string; slug: string; readers: number };
export type LiveReadership = { readers: number; stories: LiveStory[]; windowMinutes: number; asOf: string };

/**
 * Readers who opened a story in the last five minutes, and the stories they are on, from the
 * (seen_at, article_id) index: a range of minutes of rows, never the table.
 */
export function getLiveReadership({ now = new Date(), limit = 20 }: { now?: Date; limit?: number } = {}): LiveReadership {
  const db = getDb();
  const since = Math.floor(now.getTime() / 1000) - liveWindowSeconds;
  const recent = gte(liveReaders.seenAt, since);
  const readers = db.select({ n: count() }).from(liveReaders).where(recent).get()?.n ?? 0;
  const top = db
    .select({ articleId: liveReaders.articleId, readers: count() })
    .from(liveReaders)
    .where(recent)
    .groupBy(liveReaders.articleId)
    .orderBy(desc(count()), liveReaders.articleId)
    .limit(limit)
    .all();
  const stories = headlinesOf(top.map((t) => t.articleId));
  return {
    readers,
    stories: top.flatMap((t) => {
      const story = stories.get(t.articleId);
      return story ? [{ articleId: t.articleId, ...story, readers: t.readers }] : [];
    }),
    windowMinutes: liveWindowSeconds / 60,
    asOf: now.toISOString(),
  };
}

function headlinesOf(ids: number[]): Map<number, { headline: string; slug: string }> {
  if (ids.length === 0) return new Map();
  const rows = getDb()
    .select({ id: articles.id, headline: articles.headline, slug: articles.slug })
    .from(articles)
    .where(inArray(articles.id, ids))
    .all();
  return new Map(rows.map((r) => [r.id, { headline: r.headline, slug: r.slug }]));
}

export type TrendingStory = { articleId: number; headline: string; slug: string; lastHour: number; usualPerHour: number; times: number };

/**
 * Stories whose last full hour is furthest above their own hourly average over the 24 hours
 * before it ("3.2 times its usual"), among those with at least `minViews` in that hour. Reads 25
 * hours of the hourly rollup by its (hour, article_id, views) index. Stories first read within
 * the last hour are new, not trending, and are left out.
 */
export function getTrendingStories({
  now = new Date(),
  limit = 10,
  minViews = 5,
}: { now?: Date; limit?: number; minViews?: number } = {}): TrendingStory[] {
  const lastHour = siteHourStart(now) - 3600;
  const from = lastHour - 24 * 3600;
  const inLastHour = sql<number>`sum(CASE WHEN ${articleHourlyViews.hour} = ${lastHour} THEN ${articleHourlyViews.views} ELSE 0 END)`;
  const before = sql<number>`sum(CASE WHEN ${articleHourlyViews.hour} < ${lastHour} THEN ${articleHourlyViews.views} ELSE 0 END)`;
  const rows = getDb()
    .select({ articleId: articleHourlyViews.articleId, lastHour: inLastHour, before })
    .from(articleHourlyViews)
    .where(and(gte(articleHourlyViews.hour, from), sql`${articleHourlyViews.hour} <= ${lastHour}`))
    .groupBy(articleHourlyViews.articleId)
    // A story with no views in the day before has no rate of its own to rise above: it is new, not trending.
    .having(sql`${inLastHour} >= ${minViews} AND ${before} > 0`)
    .orderBy(sql`(${inLastHour} + 1.0) / (${before} / 24.0 + 1.0) DESC`, articleHourlyViews.articleId)
    .limit(limit)
    .all();
  const stories = headlinesOf(rows.map((r) => r.articleId));
  return rows.flatMap((r) => {
    const story = stories.get(r.articleId);
    if (!story) return [];
    const usualPerHour = r.before / 24;
    return [{ articleId: r.articleId, ...story, lastHour: r.lastHour, usualPerHour, times: (r.lastHour + 1) / (usualPerHour + 1) }];
  });
}
