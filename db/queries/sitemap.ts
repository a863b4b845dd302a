import 'server-only';
import { and, asc, desc, eq, gt, gte, lte, max, sql } from 'drizzle-orm';
import { cachedRead } from '@/db/cache/cached-read';
import { getDb } from '@/db/client';
import { cacheTags } from '@/lib/cache-policy';
import { idsPerArticleSitemap } from '@/lib/sitemap-xml';
import { articles, articleTags, authors, sections, tags } from '@/db/schema';
import { isPublicArticle, publicPublishedAt } from './article-cards';

const allStories = { lifetime: 'listing', tags: () => [cacheTags.allStories] } as const;

/**
 * Article sitemaps are id ranges (1-5,000, 5,001-10,000 …): a chunk never shifts when an older
 * story is unpublished, and reading one is a primary-key range, not an OFFSET into 100k rows.
 * These are the chunks holding at least one public story, with their newest change.
 */
export const listArticleSitemapChunks = cachedRead(
  'article-sitemap-chunks',
  () =>
    getDb()
      .select({ chunk: sql<number>`(${articles.id} - 1) / ${idsPerArticleSitemap} + 1`, lastmod: max(articles.updatedAt) })
      .from(articles)
      .where(isPublicArticle())
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .all(),
  allStories,
);

/** One article sitemap's URLs (see listArticleSitemapChunks), cached like the listings. */
export const listArticleSitemapUrls = cachedRead(
  'article-sitemap-urls',
  (chunk: number) =>
    getDb()
      .select({ slug: articles.slug, updatedAt: articles.updatedAt })
      .from(articles)
      .where(and(gt(articles.id, (chunk - 1) * idsPerArticleSitemap), lte(articles.id, chunk * idsPerArticleSitemap), isPublicArticle()))
      .orderBy(asc(articles.id))
      .all(),
  allStories,
);

export const getLatestPublicUpdate = cachedRead(
  'latest-public-update',
  (): Date | null =>
    getDb()
      .select({ at: max(articles.updatedAt) })
      .from(articles)
      .where(isPublicArticle())
      .get()?.at ?? null,
  allStories,
);

/** Sections, authors and tags with the time their newest public story changed. */
export const listListingLastmods = cachedRead('listing-lastmods', readListingLastmods, {
  lifetime: 'listing',
  tags: () => [cacheTags.allStories, cacheTags.siteStructure],
});

function readListingLastmods() {
  const db = getDb();
  const sectionRows = db
    .select({ slug: sections.slug, lastmod: max(articles.updatedAt) })
    .from(sections)
    .innerJoin(articles, and(eq(articles.sectionId, sections.id), isPublicArticle()))
    .groupBy(sections.id)
    .all();
  const authorRows = db
    .select({ slug: authors.slug, lastmod: max(articles.updatedAt) })
    .from(authors)
    .innerJoin(articles, and(eq(articles.authorId, authors.id), isPublicArticle()))
    .groupBy(authors.id)
    .all();
  const tagRows = db
    .select({ slug: tags.slug, lastmod: max(articles.updatedAt) })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .innerJoin(articles, and(eq(articles.id, articleTags.articleId), isPublicArticle()))
    .groupBy(tags.id)
    .all();
  return { sections: sectionRows, authors: authorRows, tags: tagRows };
}

/** Stories published in the last 48 hours, for the Google News sitemap. */
export const listRecentPublicArticles = cachedRead('recent-public-articles', () => readRecentPublicArticles(new Date()), allStories);

function readRecentPublicArticles(now: Date) {
  return getDb()
    .select({ slug: articles.slug, headline: articles.headline, publishedAt: publicPublishedAt })
    .from(articles)
    .where(and(isPublicArticle(now), gte(articles.publishedAt, new Date(now.getTime() - 48 * 3600_000))))
    .orderBy(desc(articles.publishedAt))
    .limit(1000)
    .all();
}
