import 'server-only';
import { and, eq, lte, type SQL } from 'drizzle-orm';
import { getDb } from '../client';
import { articles, authors, sections } from '../schema';

/** The fields every list of stories shows: enough for a card, never the body. */
export const articleCardColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  standfirst: articles.standfirst,
  publishedAt: articles.publishedAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  authorSlug: authors.slug,
  authorName: authors.name,
};

export type ArticleCard = {
  id: number;
  slug: string;
  headline: string;
  standfirst: string;
  publishedAt: Date;
  sectionSlug: string;
  sectionName: string;
  authorSlug: string;
  authorName: string;
};

/** Published and not scheduled for later: the only articles readers may see. */
export function isPublicArticle(now: Date = new Date()): SQL {
  return and(eq(articles.status, 'published'), lte(articles.publishedAt, now))!;
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
