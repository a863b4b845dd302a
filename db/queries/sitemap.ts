import 'server-only';
import { and, asc, desc, gt, gte, lte, max, sql } from 'drizzle-orm';
import { cachedRead } from '@/db/cache/cached-read';
import { getDb } from '@/db/client';
import { cacheTags } from '@/lib/cache-policy';
import { idsPerArticleSitemap } from '@/lib/sitemap-xml';
import { articles, authors, sections, tags } from '@/db/schema';
import { isPublicArticle, publicPublishedAt } from './article-cards';

const allStories = { lifetime: 'listing', tags: () => [cacheTags.allStories] } as const;

/**
 * Article sitemaps are id ranges (1-1,000, 1,001-2,000 …): a chunk never shifts when an older
 * story is unpublished, and reading one is a primary-key range, not an OFFSET into 100k rows.
 * The ranges up to the highest id; one with no public story is an empty, valid sitemap.
 */
export const countArticleSitemaps = cachedRead(
  'article-sitemap-count',
  (): number =>
    Math.max(
      1,
      Math.ceil(
        (getDb()
          .select({ top: max(articles.id) })
          .from(articles)
          .get()?.top ?? 0) / idsPerArticleSitemap,
      ),
    ),
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

// A listing changes when a story is published in it: its newest publication time comes from the
// (section|author, status, published_at) indexes at once. Tags have no such index (a max over
// every tagged story took 330 ms at 100k stories), so tag URLs carry no lastmod.
function readListingLastmods(now = new Date()) {
  const db = getDb();
  // Written out with an alias: the query builder would leave the outer table's id unqualified.
  const newestIn = (column: 'section_id' | 'author_id', outer: 'sections' | 'authors') =>
    sql<Date | null>`(SELECT max(a.published_at) FROM articles a WHERE a.${sql.raw(column)} = ${sql.raw(outer)}.id AND a.status = 'published' AND a.published_at <= ${Math.floor(now.getTime() / 1000)})`.mapWith(
      (seconds: number | null) => (seconds === null ? null : new Date(seconds * 1000)),
    );
  const sectionRows = db
    .select({ slug: sections.slug, lastmod: newestIn('section_id', 'sections') })
    .from(sections)
    .all();
  const authorRows = db
    .select({ slug: authors.slug, lastmod: newestIn('author_id', 'authors') })
    .from(authors)
    .all();
  const tagRows = db.select({ slug: tags.slug }).from(tags).all();
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
