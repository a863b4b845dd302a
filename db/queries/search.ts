import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { readOffThread } from '@/db/read-worker/off-thread-read';
import { articles, authors, sections } from '@/db/schema';
import { pageWindow, type PageWindow } from '@/lib/pagination';
import { markMatches, snippetOf, termsOfFtsQuery } from '@/lib/search-snippet';
import { isPublicRow, publicPublishedAt } from './article-cards';
import type { RowOf } from './row-types';

const hitColumns = {
  id: articles.id,
  slug: articles.slug,
  publishedAt: publicPublishedAt,
  headline: articles.headline,
  body: articles.body,
  sectionName: sections.name,
  authorName: authors.name,
};

/** Headline and snippet carry match markers (matchStart … matchEnd), never HTML. */
export type SearchHit = Omit<RowOf<typeof hitColumns>, 'body'> & { snippet: string };
/** `capped`: more stories matched than were ranked; the window covers the ranked ones. */
export type SearchResults = { hits: SearchHit[]; window: PageWindow; capped: boolean };

/**
 * At most this many matches (the newest, by id) are ranked (25 pages). A one-word query can match every
 * story; ranking and counting all of them took 5.5 s at 100k stories while the synchronous
 * database held every other request. Readers look at the first pages; this bounds the worst.
 */
export const searchCandidateLimit = 500;

/**
 * Published articles matching an FTS5 expression (from buildFtsQuery), best first among the
 * newest matches. Each step is its own small query: SQLite, given the FTS table joined to
 * articles, sections and authors at once, chose to scan every public article and probe the
 * index for each.
 */
export async function searchArticles({
  ftsQuery,
  page,
  now = new Date(),
}: {
  ftsQuery: string;
  page: number;
  now?: Date;
}): Promise<SearchResults | null> {
  const db = getDb();
  // The index alone, newest first, on the read worker: FTS5 walks its doclists in rowid order
  // and stops at the limit, and bm25 (most of the cost: 15-35 ms for a common word) is computed
  // for these rows only, off the event loop.
  const matches = await readOffThread<{ id: number; score: number }>(
    sql`SELECT rowid AS id, bm25(articles_fts, 10.0, 4.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH ${ftsQuery} ORDER BY rowid DESC LIMIT ${searchCandidateLimit + 1}`,
  );
  const capped = matches.length > searchCandidateLimit;
  const publishedAt = publicPublicationTimes(
    matches.slice(0, searchCandidateLimit).map((m) => m.id),
    now,
  );
  const ranked = matches.filter((m) => publishedAt.has(m.id)).sort((a, b) => a.score - b.score || publishedAt.get(b.id)! - publishedAt.get(a.id)!);
  const window = pageWindow(page, ranked.length);
  if (!window) return null;
  const shownIds = ranked.slice(window.offset, window.offset + window.limit).map((m) => m.id);
  if (shownIds.length === 0) return { hits: [], window, capped };
  // Headlines and snippets are marked here, for the rows on this page only.
  const terms = termsOfFtsQuery(ftsQuery);
  const rows = new Map(
    db
      .select(hitColumns)
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .innerJoin(authors, eq(authors.id, articles.authorId))
      .where(idIn(shownIds))
      .all()
      .map((row) => [row.id, row]),
  );
  const hits = shownIds.flatMap((id) => {
    const row = rows.get(id);
    if (!row) return [];
    const { body, ...card } = row;
    return [{ ...card, headline: markMatches(row.headline, terms), snippet: snippetOf(body, terms) }];
  });
  return { hits, window, capped };
}

/**
 * Publication times (ms) of the public articles among `ids`, read by primary key: with the
 * public filter in SQL, SQLite scanned every published story through the status index
 * instead.
 */
function publicPublicationTimes(ids: number[], now: Date): Map<number, number> {
  if (ids.length === 0) return new Map();
  const rows = getDb().select({ id: articles.id, status: articles.status, publishedAt: articles.publishedAt }).from(articles).where(idIn(ids)).all();
  return new Map(rows.filter((row) => isPublicRow(row, now)).map((row) => [row.id, row.publishedAt!.getTime()]));
}

/** `articles.id IN (…)` with the ids as one JSON parameter: a statement with 1,000 placeholders took 10-20 ms just to prepare. */
function idIn(ids: number[]) {
  return sql`${articles.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}
