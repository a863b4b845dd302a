import 'server-only';
import { and, eq, lte, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, authors, sections } from '@/db/schema';
import type { RowOf } from './row-types';

/**
 * Publication time of a story readers can see. The column is empty for drafts; every public
 * query filters on isPublicArticle(), so here it is always set.
 */
export const publicPublishedAt = sql<Date>`${articles.publishedAt}`.mapWith(articles.publishedAt);

/** The fields every list of stories shows: enough for a card, never the body. */
export const articleCardColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  standfirst: articles.standfirst,
  publishedAt: publicPublishedAt,
  sectionId: articles.sectionId,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  authorSlug: authors.slug,
  authorName: authors.name,
};

export type ArticleCard = RowOf<typeof articleCardColumns>;

/** Published and not scheduled for later: the only articles readers may see. */
export function isPublicArticle(now: Date = new Date()): SQL {
  return and(eq(articles.status, 'published'), lte(articles.publishedAt, now))!;
}

/** isPublicArticle for a row already read (where a lookup by id beats filtering in SQL). */
export function isPublicRow(row: { status: string; publishedAt: Date | null }, now: Date = new Date()): boolean {
  return row.status === 'published' && row.publishedAt !== null && row.publishedAt.getTime() <= now.getTime();
}

/** Cards joined with section and author, filtered and newest first. */
export function selectArticleCards(where: SQL) {
  return getDb()
    .select(articleCardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(where);
}
