import 'server-only';
import { and, eq, lte, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, authors, images, sections } from '@/db/schema';
import type { RowOf } from './row-types';

/**
 * Publication time of a story readers can see. The column is empty for drafts; every public
 * query filters on isPublicArticle(), so here it is always set.
 */
export const publicPublishedAt = sql<Date>`${articles.publishedAt}`.mapWith(articles.publishedAt);

/** Everyone after the lead author, in byline order (most stories have none: an empty list). */
export const coAuthorsColumn = sql<{ slug: string; name: string }[]>`(SELECT json_group_array(json_object('slug', x.slug, 'name', x.name))
  FROM (SELECT au.slug, au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id
        WHERE aa.article_id = ${articles.id} AND aa.author_id <> ${articles.authorId} ORDER BY aa.position) x)`.mapWith(
  (json: string): { slug: string; name: string }[] => JSON.parse(json),
);

/** A story's lead picture, as lib/images/image-files.ts#leadImageOf reads it (empty columns: no picture). */
export const leadImageColumns = {
  leadImageHash: images.hash,
  leadImageWidth: images.width,
  leadImageHeight: images.height,
  leadImageWidths: images.widths,
  leadImageAlt: articles.leadImageAlt,
};

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
  coAuthors: coAuthorsColumn,
  ...leadImageColumns,
};

type Nullable<T> = { [K in keyof T]: T[K] | null };
/** A card row; the picture's columns come from a left join, so they are empty for a story without one. */
export type ArticleCard = Omit<RowOf<typeof articleCardColumns>, 'leadImageHash' | 'leadImageWidth' | 'leadImageHeight' | 'leadImageWidths'> &
  Nullable<Pick<RowOf<typeof leadImageColumns>, 'leadImageHash' | 'leadImageWidth' | 'leadImageHeight' | 'leadImageWidths'>>;

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
    .leftJoin(images, eq(images.id, articles.leadImageId))
    .where(where);
}
