import 'server-only';
import { cache } from 'react';
import { and, desc, eq, inArray, lte, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { cachedRead } from '@/db/cache/cached-read';
import { getDb } from '@/db/client';
import { readCorrections } from './corrections';
import { readOffThread } from '@/db/read-worker/off-thread-read';
import { articleAuthors, articles, articleTags, authors, images, sections, tags } from '@/db/schema';
import { cacheTags } from '@/lib/cache-policy';
import { pageWindow, type PageWindow } from '@/lib/pagination';
import { isPublicArticle, leadImageColumns, publicPublishedAt, selectArticleCards, type ArticleCard } from './article-cards';

export type ArticlePage = { items: ArticleCard[]; window: PageWindow };

const newestFirst = [desc(articles.publishedAt), desc(articles.id)] as const;

/**
 * The public stories a listing draws from, as one table's rows: `id` names each row's story and
 * `publishedAt` orders them, newest first. Section pages read `articles`, through its
 * (section_id, status, published_at) index.
 */
type ListingSource = { from: SQL; where: SQL; id: SQLiteColumn; publishedAt: SQLiteColumn };

const sectionStories = (sectionId: number): ListingSource => ({
  from: sql`${articles}`,
  where: and(isPublicArticle(), eq(articles.sectionId, sectionId))!,
  id: articles.id,
  publishedAt: articles.publishedAt,
});

/**
 * Tag and author pages read their link table alone: its rows carry their story's published_at
 * while the story is published (public_since, kept by triggers), indexed after the tag or
 * author. The count and the page's ids are then one index range each, in order. Joining every
 * link to its story cost the author on 30,600 stories 20-35 ms per page at 100k stories.
 */
function linkedStories(link: typeof articleTags | typeof articleAuthors, where: SQL): ListingSource {
  return { from: sql`${link}`, where: and(where, lte(link.publicSince, new Date()))!, id: link.articleId, publishedAt: link.publicSince };
}

/**
 * One page of public articles from `source`, or `null` when the page is past the end. The
 * count and the page's ids run on the read worker (a big tag's count visits every one of its
 * index entries), then the 20 cards are read here.
 */
async function listPublicArticlesPage({ from, where, id, publishedAt }: ListingSource, page: number): Promise<ArticlePage | null> {
  const [counted] = await readOffThread<{ total: number }>(sql`SELECT count(*) AS total FROM ${from} WHERE ${where}`);
  const window = pageWindow(page, counted?.total ?? 0);
  if (!window) return null;
  // The page's ids first, from an index alone; then 20 cards. With the cards' joins in the
  // OFFSET query, SQLite joined every skipped row too: page 500 of a section took 31-56 ms at
  // 100k stories instead of 1.
  const idRows = await readOffThread<{ id: number }>(
    sql`SELECT ${id} AS id FROM ${from} WHERE ${where} ORDER BY ${publishedAt} DESC, ${id} DESC LIMIT ${window.limit} OFFSET ${window.offset}`,
  );
  const ids = idRows.map((row) => row.id);
  const items =
    ids.length === 0
      ? []
      : selectArticleCards(inArray(articles.id, ids))
          .orderBy(...newestFirst)
          .all();
  return { items, window };
}

export const listLatestArticles = cachedRead(
  'latest-articles',
  ({ limit }: { limit: number }): ArticleCard[] =>
    selectArticleCards(isPublicArticle())
      .orderBy(...newestFirst)
      .limit(limit)
      .all(),
  { lifetime: 'listing', tags: () => [cacheTags.allStories] },
);

export const listLatestArticlesInSection = cachedRead(
  'latest-in-section',
  ({ sectionId, limit }: { sectionId: number; limit: number }): ArticleCard[] =>
    selectArticleCards(and(isPublicArticle(), eq(articles.sectionId, sectionId))!)
      .orderBy(...newestFirst)
      .limit(limit)
      .all(),
  { lifetime: 'listing', tags: ({ sectionId }) => [cacheTags.section(sectionId)] },
);

export const getSectionArticlesPage = cachedRead(
  'section-page',
  ({ sectionId, page }: { sectionId: number; page: number }) => listPublicArticlesPage(sectionStories(sectionId), page),
  { lifetime: 'listing', tags: ({ sectionId }) => [cacheTags.section(sectionId)] },
);

export const getAuthorArticlesPage = cachedRead(
  'author-page',
  ({ authorId, page }: { authorId: number; page: number }) => {
    // Every story with this author anywhere in its byline, not only those they lead.
    return listPublicArticlesPage(linkedStories(articleAuthors, eq(articleAuthors.authorId, authorId)), page);
  },
  { lifetime: 'listing', tags: ({ authorId }) => [cacheTags.author(authorId)] },
);

export const getTagArticlesPage = cachedRead(
  'tag-page',
  ({ tagId, page }: { tagId: number; page: number }) => {
    return listPublicArticlesPage(linkedStories(articleTags, eq(articleTags.tagId, tagId)), page);
  },
  { lifetime: 'listing', tags: ({ tagId }) => [cacheTags.tag(tagId)] },
);

const articleDetailColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  standfirst: articles.standfirst,
  body: articles.body,
  publishedAt: publicPublishedAt,
  updatedAt: articles.updatedAt,
  viewCount: articles.viewCount,
  sectionId: sections.id,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  authorId: authors.id,
  authorSlug: authors.slug,
  authorName: authors.name,
  authorRole: authors.role,
  ...leadImageColumns,
  leadImageCaption: articles.leadImageCaption,
  leadImageCredit: articles.leadImageCredit,
};

function readPublicArticle(slug: string) {
  const db = getDb();
  const row = db
    .select(articleDetailColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(images, eq(images.id, articles.leadImageId))
    .where(and(eq(articles.slug, slug), isPublicArticle()))
    .get();
  if (!row) return null;
  const listed = db
    .select({ slug: authors.slug, name: authors.name, role: authors.role })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(eq(articleAuthors.articleId, row.id))
    .orderBy(articleAuthors.position)
    .all();
  // A story written into the table by hand may have no byline rows: its lead author stands alone.
  const bylines = listed.length > 0 ? listed : [{ slug: row.authorSlug, name: row.authorName, role: row.authorRole }];
  const articleTagList = db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(tags.name)
    .all();
  return { ...row, bylines, tags: articleTagList, corrections: readCorrections(row.id) };
}

const publicArticleBySlug = cachedRead('article', readPublicArticle, { lifetime: 'article', tags: (slug) => [cacheTags.storySlug(slug)] });

// Per-request memo on top: metadata and page both ask for the same article.
const articleBySlug = cache(publicArticleBySlug);

/** A public article with everything its page shows, or `null` for unknown or unpublished slugs. */
export function getArticleBySlug({ slug }: { slug: string }) {
  return articleBySlug(slug);
}

export type ArticleDetail = NonNullable<ReturnType<typeof readPublicArticle>>;

/**
 * "Read next": the newest stories sharing a tag, then the newest in the same section, never
 * the article itself. Candidate ids come from indexes before any row is joined.
 */
function readRelatedArticles({ articleId, sectionId, tagIds, limit }: { articleId: number; sectionId: number; tagIds: number[]; limit: number }) {
  const related: ArticleCard[] = [];
  if (tagIds.length > 0) {
    const sharedTag = getDb().select({ id: articleTags.articleId }).from(articleTags).where(inArray(articleTags.tagId, tagIds));
    related.push(
      ...selectArticleCards(and(isPublicArticle(), ne(articles.id, articleId), inArray(articles.id, sharedTag))!)
        .orderBy(...newestFirst)
        .limit(limit)
        .all(),
    );
  }
  if (related.length < limit) {
    const seen = [articleId, ...related.map((r) => r.id)];
    related.push(
      ...selectArticleCards(and(isPublicArticle(), eq(articles.sectionId, sectionId), notInArray(articles.id, seen))!)
        .orderBy(...newestFirst)
        .limit(limit - related.length)
        .all(),
    );
  }
  return related;
}

const relatedArticles = cachedRead('read-next', readRelatedArticles, {
  lifetime: 'article',
  tags: ({ sectionId, tagIds }) => [cacheTags.section(sectionId), ...tagIds.map(cacheTags.tag)],
});

export function getRelatedArticles({ article, limit = 4 }: { article: ArticleDetail; limit?: number }): Promise<ArticleCard[]> {
  return relatedArticles({ articleId: article.id, sectionId: article.sectionId, tagIds: article.tags.map((t) => t.id), limit });
}
