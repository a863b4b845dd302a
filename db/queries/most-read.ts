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
/** A list as pages show it: `updatedAt` is when it was ranked, so a page can say how old it is. */
export type MostReadList = { updatedAt: Date; entries: MostReadEntry[] };

/**
 * Most-read stories from the per-day aggregates, site-wide or in one section. "day" is today and
 * yesterday in the site's time zone (day buckets cannot express a rolling 24 hours exactly);
 * "week" is the last 7 days.
 */
export async function getMostReadArticles({
  period,
  limit = 5,
  sectionId,
  now = new Date(),
}: {
  period: MostReadPeriod;
  limit?: number;
  sectionId?: number;
  now?: Date;
}): Promise<MostReadEntry[]> {
  // Over-fetch a little: a top id might belong to an article since unpublished.
  const top = await rankArticlesByViews({ sinceDay: siteDayKeyDaysAgo(mostReadDaysBack[period], now), limit: limit * 2, sectionId, now });
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

/**
 * What pages show: ranked at most once a minute, so no reader waits on the sum, and stamped
 * with the time it was ranked. A page served from cache keeps the stamp of the list it holds.
 */
export const getMostReadListForPages = cachedRead(
  'most-read',
  async ({ period, limit = 5, sectionId }: { period: MostReadPeriod; limit?: number; sectionId?: number }): Promise<MostReadList> => {
    const updatedAt = new Date();
    return { updatedAt, entries: await getMostReadArticles({ period, limit, sectionId, now: updatedAt }) };
  },
  { lifetime: 'mostRead', tags: () => [cacheTags.mostRead] },
);
