import 'server-only';
import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleDailySources, siteDailySources } from '@/db/schema';
import type { SourceGroup } from '@/lib/referrer-sources';

export type SourceRow = { source: SourceGroup; host: string; views: number };

/** Where a story's counted readers came from, all time, most views first (none for no such story). */
export function getStorySources({ articleId }: { articleId: number }): SourceRow[] {
  const views = sql<number>`sum(${articleDailySources.views})`;
  return getDb()
    .select({ source: articleDailySources.source, host: articleDailySources.host, views })
    .from(articleDailySources)
    .where(eq(articleDailySources.articleId, articleId))
    .groupBy(articleDailySources.source, articleDailySources.host)
    .orderBy(desc(views), articleDailySources.source, articleDailySources.host)
    .all() as SourceRow[];
}

/** Where the site's counted readers came from over a period of days, from the site-wide rollup (O(days x hosts) rows). */
export function getSiteSources({ sinceDay, untilDay }: { sinceDay: string; untilDay: string }): SourceRow[] {
  const views = sql<number>`sum(${siteDailySources.views})`;
  return getDb()
    .select({ source: siteDailySources.source, host: siteDailySources.host, views })
    .from(siteDailySources)
    .where(and(gte(siteDailySources.day, sinceDay), lte(siteDailySources.day, untilDay)))
    .groupBy(siteDailySources.source, siteDailySources.host)
    .orderBy(desc(views), siteDailySources.source, siteDailySources.host)
    .all() as SourceRow[];
}
