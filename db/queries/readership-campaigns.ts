import 'server-only';
import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleDailyCampaigns } from '@/db/schema';
import type { DayRange } from '@/lib/staff-period';

export type CampaignRow = { utmSource: string; utmCampaign: string; stories: number; views: number };
export type CampaignKey = Pick<CampaignRow, 'utmSource' | 'utmCampaign'>;

const views = sql<number>`sum(${articleDailyCampaigns.views})`;
const stories = sql<number>`count(DISTINCT ${articleDailyCampaigns.articleId})`;

/**
 * The busiest campaigns over a period of days, site-wide: views, and how many stories they
 * reached. `only` asks for the given campaigns instead (a comparison looks up what is shown).
 * Campaign values come from readers' addresses, so there can be many: the list is capped.
 */
export function getSiteCampaigns({ sinceDay, untilDay, limit = 25, only }: DayRange & { limit?: number; only?: CampaignKey[] }): CampaignRow[] {
  if (only?.length === 0) return [];
  const inPeriod = and(gte(articleDailyCampaigns.day, sinceDay), lte(articleDailyCampaigns.day, untilDay));
  const named = only
    ? sql`(${articleDailyCampaigns.utmSource}, ${articleDailyCampaigns.utmCampaign}) IN (VALUES ${sql.join(
        only.map((k) => sql`(${k.utmSource}, ${k.utmCampaign})`),
        sql`, `,
      )})`
    : undefined;
  return getDb()
    .select({ utmSource: articleDailyCampaigns.utmSource, utmCampaign: articleDailyCampaigns.utmCampaign, stories, views })
    .from(articleDailyCampaigns)
    .where(and(inPeriod, named))
    .groupBy(articleDailyCampaigns.utmSource, articleDailyCampaigns.utmCampaign)
    .orderBy(desc(views), articleDailyCampaigns.utmSource, articleDailyCampaigns.utmCampaign)
    .limit(only ? only.length : limit)
    .all();
}

/** One story's campaigns, all time, busiest first (none for no such story). */
export function getStoryCampaigns({ articleId, limit = 25 }: { articleId: number; limit?: number }): CampaignRow[] {
  return getDb()
    .select({ utmSource: articleDailyCampaigns.utmSource, utmCampaign: articleDailyCampaigns.utmCampaign, stories, views })
    .from(articleDailyCampaigns)
    .where(eq(articleDailyCampaigns.articleId, articleId))
    .groupBy(articleDailyCampaigns.utmSource, articleDailyCampaigns.utmCampaign)
    .orderBy(desc(views), articleDailyCampaigns.utmSource, articleDailyCampaigns.utmCampaign)
    .limit(limit)
    .all();
}
