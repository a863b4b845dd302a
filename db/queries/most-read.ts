import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { cachedRead } from '@/db/cache/cached-read';
import { cacheTags } from '@/lib/cache-policy';
import { siteDayKeyDaysAgo } from '@/lib/site-time';
import { articles } from '@/db/schema';
import { mostReadDaysBack } from '@/db/view-spans/ranked-windows';
import { isPublicArticle, selectArticleCards, type ArticleCard } from './article-cards';
import { rankArticlesByViews } from './view-rankings';

export type MostReadPeriod = keyof typeof mostReadDaysBack;
export type MostReadEntry = ArticleCard & { periodViews: number };

/**
 * Most-read stories from the per-day aggregates. "day" is today and yesterday in the site's
 * time zone (day buckets cannot express a rolling 24 hours exactly); "week" is the last 7 days.
 */
export async function getMostReadArticles({
  period,
  limit = 5,
  now = new Date(),
}: {
  period: MostReadPeriod;
  limit?: number;
  now?: Date;
}): Promise<MostReadEntry[]> {
  // Over-fetch a little: a top id might belong to an article since unpublished.
  const top = await rankArticlesByViews({ sinceDay: siteDayKeyDaysAgo(mostReadDaysBack[period], now), limit: limit * 2, now });
  if (top.length === 0) return [];
  const cards = new Map(
    selectArticleCards(
      sql`${isPublicArticle(now)} AND ${inArray(
        articles.id,
        top.map((t) => t.articleId),
      )}`,
    )
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

/** What pages show: computed at most once a minute, so no reader waits on the sum. */
export const getMostReadArticlesForPages = cachedRead('most-read', ({ period }: { period: MostReadPeriod }) => getMostReadArticles({ period }), {
  lifetime: 'mostRead',
  tags: () => [cacheTags.mostRead],
});
