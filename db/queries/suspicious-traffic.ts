import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleAddressDailyViews, articles } from '@/db/schema';
import { siteDayKey } from '@/lib/site-time';
import type { RowOf } from './row-types';

/** A story is listed once it has this many counted views today and they come from few places. */
export const suspiciousTrafficRules = { minViews: 30, maxAddresses: 3, topAddressShare: 0.5 };

const views = sql<number>`sum(${articleAddressDailyViews.views})`;
const addresses = sql<number>`count(*)`;
const topAddressViews = sql<number>`max(${articleAddressDailyViews.views})`;

const suspiciousColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  views,
  addresses,
  topAddressViews,
};

export type SuspiciousStory = RowOf<typeof suspiciousColumns>;

/**
 * Stories whose counted views today come from very few client addresses (few hashes, or one
 * hash with most of them): bought or scripted traffic, or a newsroom testing its own page.
 * Reads only today's rows of the per-address table (its primary key starts with the day).
 */
export function listSuspiciousTraffic({ now = new Date(), limit = 20 }: { now?: Date; limit?: number } = {}): SuspiciousStory[] {
  const { minViews, maxAddresses, topAddressShare } = suspiciousTrafficRules;
  return getDb()
    .select(suspiciousColumns)
    .from(articleAddressDailyViews)
    .innerJoin(articles, eq(articles.id, articleAddressDailyViews.articleId))
    .where(eq(articleAddressDailyViews.day, siteDayKey(now)))
    .groupBy(articleAddressDailyViews.articleId)
    .having(sql`${views} >= ${minViews} AND (${addresses} <= ${maxAddresses} OR ${topAddressViews} >= ${topAddressShare} * ${views})`)
    .orderBy(desc(sql`1.0 * ${topAddressViews} / ${views}`), desc(views))
    .limit(limit)
    .all();
}
