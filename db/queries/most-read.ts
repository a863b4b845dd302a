import 'server-only';
import { desc, gte, inArray, sql } from 'drizzle-orm';
import { siteDayKeyDaysAgo } from '../../lib/site-time';
import { getDb } from '../client';
import { articleDailyViews, articles } from '../schema';
import { isPublicArticle, selectArticleCards, type ArticleCard } from './article-cards';

export type MostReadPeriod = 'day' | 'week';
export type MostReadEntry = ArticleCard & { periodViews: number };

/**
 * Most-read stories from the per-day aggregates. "day" is today and yesterday in the site's
 * time zone (day buckets cannot express a rolling 24 hours exactly); "week" is the last 7 days.
 */
export function getMostReadArticles({ period, limit = 5, now = new Date() }: { period: MostReadPeriod; limit?: number; now?: Date }): MostReadEntry[] {
  const db = getDb();
  const since = siteDayKeyDaysAgo(period === 'day' ? 1 : 6, now);
  const periodViews = sql<number>`sum(${articleDailyViews.views})`;
  // Over-fetch a little: a top id might belong to an article since unpublished.
  const top = db
    .select({ articleId: articleDailyViews.articleId, views: periodViews })
    .from(articleDailyViews)
    .where(gte(articleDailyViews.day, since))
    .groupBy(articleDailyViews.articleId)
    .orderBy(desc(periodViews))
    .limit(limit * 2)
    .all();
  if (top.length === 0) return [];
  const cards = new Map(
    selectArticleCards(sql`${isPublicArticle(now)} AND ${inArray(articles.id, top.map((t) => t.articleId))}`)
      .all()
      .map((card) => [card.id, card]),
  );
  return top
    .flatMap(({ articleId, views }) => {
      const card = cards.get(articleId);
      return card ? [{ ...card, periodViews: views }] : [];
    })
    .slice(0, limit);
}
