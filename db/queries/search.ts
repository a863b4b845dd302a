import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
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
/** `capped`: more stories matched than were ranked; the window covers the ranked ones. */
export type SearchResults = { hits: SearchHit[]; window: PageWindow; capped: boolean };

/**
 * At most this many matches (the newest, by id) are ranked. A one-word query can match every
 * story; ranking and counting all of them took 5.5 s at 100k stories while the synchronous
 * database held every other request. Readers look at the first pages; this bounds the worst.
 */
export const searchCandidateLimit = 1000;

/** Published articles matching an FTS5 expression (from buildFtsQuery), best first among the newest matches. */
export function searchArticles({ ftsQuery, page, now = new Date() }: { ftsQuery: string; page: number; now?: Date }): SearchResults | null {
  const db = getDb();
  const matching = and(sql`${articlesFts} MATCH ${ftsQuery}`, isPublicArticle(now));
  // FTS5 walks its index in rowid order and stops at the limit; bm25 is computed for these rows only.
  const candidates = db
    .select({ id: articles.id, score: sql<number>`bm25(${articlesFts}, 10.0, 4.0, 1.0)`, publishedAt: articles.publishedAt })
    .from(articlesFts)
    .innerJoin(articles, eq(articles.id, articlesFts.rowid))
    .where(matching)
    .orderBy(desc(articlesFts.rowid))
    .limit(searchCandidateLimit + 1)
    .all();
  const capped = candidates.length > searchCandidateLimit;
  const ranked = candidates
    .slice(0, searchCandidateLimit)
    .sort((a, b) => a.score - b.score || (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0));
  const window = pageWindow(page, ranked.length);
  if (!window) return null;
  const shownIds = ranked.slice(window.offset, window.offset + window.limit).map((c) => c.id);
  if (shownIds.length === 0) return { hits: [], window, capped };
  // Highlights and snippets only for the rows on this page.
  const rows = db
    .select(searchHitColumns)
    .from(articlesFts)
    .innerJoin(articles, eq(articles.id, articlesFts.rowid))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(and(sql`${articlesFts} MATCH ${ftsQuery}`, inArray(articlesFts.rowid, shownIds)))
    .all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { hits: shownIds.flatMap((id) => byId.get(id) ?? []), window, capped };
}
