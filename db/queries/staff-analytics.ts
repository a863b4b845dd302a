import 'server-only';
import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DayRange } from '@/lib/staff-period';
import { addDaysToDayKey, siteDayKey, siteDayKeyDaysAgo } from '@/lib/site-time';
import { getDb } from '@/db/client';
import { articleDailyViews, articles, sectionDailyViews, sections, siteDailyViews } from '@/db/schema';
import type { RowOf } from './row-types';
import { rankArticlesByViews } from './view-rankings';

export type ViewTotals = { views: number; visitors: number };
export type DailyPoint = { day: string; views: number; visitors: number };

/** Site-wide views and (daily) unique visitors over a period of days, from the per-day site table. */
export function getSiteTotals({ sinceDay, untilDay }: DayRange): ViewTotals {
  return getDb()
    .select({ views: sql<number>`coalesce(sum(${siteDailyViews.views}), 0)`, visitors: sql<number>`coalesce(sum(${siteDailyViews.visitors}), 0)` })
    .from(siteDailyViews)
    .where(and(gte(siteDailyViews.day, sinceDay), lte(siteDailyViews.day, untilDay)))
    .get()!;
}

/** Every day from `sinceDay` to `untilDay`, zero where nothing was read. */
export function fillDays(points: DailyPoint[], sinceDay: string, untilDay: string): DailyPoint[] {
  const byDay = new Map(points.map((p) => [p.day, p]));
  const filled: DailyPoint[] = [];
  for (let day = sinceDay; day <= untilDay; day = addDaysToDayKey(day, 1)) {
    filled.push(byDay.get(day) ?? { day, views: 0, visitors: 0 });
  }
  return filled;
}

export function getSiteDailySeries({ sinceDay, untilDay }: { sinceDay: string; untilDay: string }): DailyPoint[] {
  const rows = getDb()
    .select({ day: siteDailyViews.day, views: siteDailyViews.views, visitors: siteDailyViews.visitors })
    .from(siteDailyViews)
    .where(and(gte(siteDailyViews.day, sinceDay), sql`${siteDailyViews.day} <= ${untilDay}`))
    .all();
  return fillDays(rows, sinceDay, untilDay);
}

const topArticleColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  status: articles.status,
  sectionName: sections.name,
  publishedAt: articles.publishedAt,
  totalViews: articles.viewCount,
};

export type TopArticle = RowOf<typeof topArticleColumns> & { periodViews: number; periodVisitors: number };

/** Most-viewed stories in the period, with their all-time total (the count readers see). */
export async function getTopArticles({ sinceDay, limit = 25 }: { sinceDay: string; limit?: number }): Promise<TopArticle[]> {
  const top = await rankArticlesByViews({ sinceDay, limit });
  if (top.length === 0) return [];
  const details = new Map(
    getDb()
      .select(topArticleColumns)
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(
        inArray(
          articles.id,
          top.map((t) => t.articleId),
        ),
      )
      .all()
      .map((row) => [row.id, row]),
  );
  return top.flatMap(({ articleId, views, visitors }) => {
    const row = details.get(articleId);
    return row ? [{ ...row, periodViews: views, periodVisitors: visitors }] : [];
  });
}

/** Each named story's views over a period of days (a comparison's "before" for the stories shown); absent ids read none. */
export function getArticleViewsBetween({ ids, sinceDay, untilDay }: DayRange & { ids: number[] }): Map<number, number> {
  if (ids.length === 0) return new Map();
  const rows = getDb()
    .select({ id: articleDailyViews.articleId, views: sql<number>`sum(${articleDailyViews.views})` })
    .from(articleDailyViews)
    .where(and(inArray(articleDailyViews.articleId, ids), gte(articleDailyViews.day, sinceDay), lte(articleDailyViews.day, untilDay)))
    .groupBy(articleDailyViews.articleId)
    .all();
  return new Map(rows.map((r) => [r.id, r.views]));
}

export type SectionShare = { sectionName: string; sectionSlug: string; views: number; visitors: number };

export function getSectionBreakdown({ sinceDay, untilDay }: DayRange): SectionShare[] {
  const views = sql<number>`sum(${sectionDailyViews.views})`;
  return getDb()
    .select({ sectionName: sections.name, sectionSlug: sections.slug, views, visitors: sql<number>`sum(${sectionDailyViews.visitors})` })
    .from(sectionDailyViews)
    .innerJoin(sections, eq(sections.id, sectionDailyViews.sectionId))
    .where(and(gte(sectionDailyViews.day, sinceDay), lte(sectionDailyViews.day, untilDay)))
    .groupBy(sections.id)
    .orderBy(desc(views))
    .all();
}

/** Whether a story with this id exists, in any state (a staff export's 404). */
export function storyExists({ id }: { id: number }): boolean {
  return getDb().select({ id: articles.id }).from(articles).where(eq(articles.id, id)).get() !== undefined;
}

/** One story for staff, by id (slugs change): its details, all-time total, and every day since publication. */
export function getArticleReadership({ id, now = new Date() }: { id: number; now?: Date }) {
  const db = getDb();
  const article = db
    .select({ ...topArticleColumns, createdAt: articles.createdAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id))
    .get();
  if (!article) return null;
  const rows = db
    .select({ day: articleDailyViews.day, views: articleDailyViews.views, visitors: articleDailyViews.visitors })
    .from(articleDailyViews)
    .where(eq(articleDailyViews.articleId, article.id))
    .orderBy(articleDailyViews.day)
    .all();
  const firstDay = [siteDayKey(article.publishedAt ?? article.createdAt), rows[0]?.day].filter(Boolean).sort()[0]!;
  const today = siteDayKeyDaysAgo(0, now);
  return { article, daily: fillDays(rows, firstDay < today ? firstDay : today, today) };
}
