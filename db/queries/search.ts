import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db/client';
import { articles, authors, sections } from '@/db/schema';
import { pageWindow, type PageWindow } from '@/lib/pagination';
import { matchEnd, matchStart } from '@/lib/search-query';
import { isPublicArticle, publicPublishedAt } from './article-cards';
import type { RowOf } from './row-types';

// The FTS5 index (migration 0007), declared here for queries only: it lives outside
// db/schema.ts so drizzle-kit never tries to create it as an ordinary table.
const articlesFts = sqliteTable('articles_fts', {
  rowid: integer('rowid').notNull(),
  headline: text('headline').notNull(),
  standfirst: text('standfirst').notNull(),
  body: text('body').notNull(),
});

const searchHitColumns = {
  id: articles.id,
  slug: articles.slug,
  publishedAt: publicPublishedAt,
  /** Headline and snippet carry match markers (matchStart … matchEnd), never HTML. */
  headline: sql<string>`highlight(${articlesFts}, 0, ${matchStart}, ${matchEnd})`,
  snippet: sql<string>`snippet(${articlesFts}, 2, ${matchStart}, ${matchEnd}, '…', 28)`,
  sectionName: sections.name,
  authorName: authors.name,
};

export type SearchHit = RowOf<typeof searchHitColumns>;
export type SearchResults = { hits: SearchHit[]; window: PageWindow };

/** Published articles matching an FTS5 expression (from buildFtsQuery), best first. */
export function searchArticles({ ftsQuery, page, now = new Date() }: { ftsQuery: string; page: number; now?: Date }): SearchResults | null {
  const db = getDb();
  const matching = and(sql`${articlesFts} MATCH ${ftsQuery}`, isPublicArticle(now));
  const { total } = db
    .select({ total: sql<number>`count(*)` })
    .from(articlesFts)
    .innerJoin(articles, eq(articles.id, articlesFts.rowid))
    .where(matching)
    .get()!;
  const window = pageWindow(page, total);
  if (!window) return null;
  const hits = db
    .select(searchHitColumns)
    .from(articlesFts)
    .innerJoin(articles, eq(articles.id, articlesFts.rowid))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(matching)
    .orderBy(sql`bm25(${articlesFts}, 10.0, 4.0, 1.0)`, desc(articles.publishedAt))
    .limit(window.limit)
    .offset(window.offset)
    .all();
  return { hits, window };
}
