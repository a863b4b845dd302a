import 'server-only';
import { cache } from 'react';
import { and, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { pageWindow, type PageWindow } from '../../lib/pagination';
import { getDb } from '../client';
import { articles, articleTags, authors, sections, tags } from '../schema';
import { isPublicArticle, selectArticleCards, type ArticleCard } from './article-cards';

export type ArticlePage = { items: ArticleCard[]; window: PageWindow };

const newestFirst = [desc(articles.publishedAt), desc(articles.id)] as const;

/** One page of public articles matching `where`, or `null` when the page is past the end. */
function listPublicArticlesPage(where: SQL | undefined, page: number): ArticlePage | null {
  const filter = where ? and(isPublicArticle(), where)! : isPublicArticle();
  const [{ total }] = getDb().select({ total: sql<number>`count(*)` }).from(articles).where(filter).all() as [{ total: number }];
  const window = pageWindow(page, total);
  if (!window) return null;
  const items = selectArticleCards(filter)
    .orderBy(...newestFirst)
    .limit(window.limit)
    .offset(window.offset)
    .all();
  return { items, window };
}

export function listLatestArticles({ limit }: { limit: number }): ArticleCard[] {
  return selectArticleCards(isPublicArticle()).orderBy(...newestFirst).limit(limit).all();
}

export function listLatestArticlesInSection({ sectionId, limit }: { sectionId: number; limit: number }): ArticleCard[] {
  return selectArticleCards(and(isPublicArticle(), eq(articles.sectionId, sectionId))!)
    .orderBy(...newestFirst)
    .limit(limit)
    .all();
}

export function getSectionArticlesPage({ sectionId, page }: { sectionId: number; page: number }) {
  return listPublicArticlesPage(eq(articles.sectionId, sectionId), page);
}

export function getAuthorArticlesPage({ authorId, page }: { authorId: number; page: number }) {
  return listPublicArticlesPage(eq(articles.authorId, authorId), page);
}

export function getTagArticlesPage({ tagId, page }: { tagId: number; page: number }) {
  const taggedIds = getDb().select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId));
  return listPublicArticlesPage(inArray(articles.id, taggedIds), page);
}

/** A public article with everything its page shows, or `null` for unknown or unpublished slugs. */
export function getArticleBySlug({ slug }: { slug: string }) {
  return articleBySlug(slug);
}

// Per-request memo: metadata and page both ask for the same article.
const articleBySlug = cache((slug: string) => {
  const db = getDb();
  const row = db
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      standfirst: articles.standfirst,
      body: articles.body,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      viewCount: articles.viewCount,
      sectionId: sections.id,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      authorSlug: authors.slug,
      authorName: authors.name,
      authorRole: authors.role,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(and(eq(articles.slug, slug), isPublicArticle()))
    .get();
  if (!row) return null;
  const articleTagList = db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(tags.name)
    .all();
  return { ...row, tags: articleTagList };
});

export type ArticleDetail = NonNullable<ReturnType<typeof getArticleBySlug>>;

/**
 * "Read next": the newest stories sharing a tag, then the newest in the same section, never
 * the article itself. Candidate ids come from indexes before any row is joined.
 */
export function getRelatedArticles({ article, limit = 4 }: { article: ArticleDetail; limit?: number }): ArticleCard[] {
  const db = getDb();
  const tagIds = article.tags.map((t) => t.id);
  const related: ArticleCard[] = [];
  if (tagIds.length > 0) {
    const sharedTag = db.select({ id: articleTags.articleId }).from(articleTags).where(inArray(articleTags.tagId, tagIds));
    related.push(
      ...selectArticleCards(and(isPublicArticle(), ne(articles.id, article.id), inArray(articles.id, sharedTag))!)
        .orderBy(...newestFirst)
        .limit(limit)
        .all(),
    );
  }
  if (related.length < limit) {
    const seen = [article.id, ...related.map((r) => r.id)];
    related.push(
      ...selectArticleCards(and(isPublicArticle(), eq(articles.sectionId, article.sectionId), sql`${articles.id} NOT IN ${seen}`)!)
        .orderBy(...newestFirst)
        .limit(limit - related.length)
        .all(),
    );
  }
  return related;
}
