import 'server-only';
import { sql } from 'drizzle-orm';
import { pageWindow, type PageWindow } from '../../lib/pagination';
import { getDb } from '../client';

// Private-use characters mark matches in snippets; they cannot occur in article text that
// readers type, and the page turns them into <mark> elements without parsing any HTML.
export const matchStart = '\uE000';
export const matchEnd = '\uE001';

export type SearchHit = {
  id: number;
  slug: string;
  /** Headline and snippet carry match markers (matchStart … matchEnd). */
  headline: string;
  snippet: string;
  publishedAt: Date;
  sectionName: string;
  authorName: string;
};

export type SearchResults = { hits: SearchHit[]; window: PageWindow };

const publicMatch = (ftsQuery: string, nowSeconds: number) => sql`
  FROM articles_fts
  JOIN articles a ON a.id = articles_fts.rowid
  JOIN sections s ON s.id = a.section_id
  JOIN authors au ON au.id = a.author_id
  WHERE articles_fts MATCH ${ftsQuery} AND a.status = 'published' AND a.published_at <= ${nowSeconds}`;

/** Published articles matching an FTS5 expression (from buildFtsQuery), best first. */
export function searchArticles({ ftsQuery, page, now = new Date() }: { ftsQuery: string; page: number; now?: Date }): SearchResults | null {
  const db = getDb();
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const [{ total }] = db.all<{ total: number }>(sql`SELECT count(*) AS total ${publicMatch(ftsQuery, nowSeconds)}`) as [{ total: number }];
  const window = pageWindow(page, total);
  if (!window) return null;
  const rows = db.all<Omit<SearchHit, 'publishedAt'> & { publishedAt: number }>(sql`
    SELECT a.id, a.slug, a.published_at AS publishedAt,
      highlight(articles_fts, 0, ${matchStart}, ${matchEnd}) AS headline,
      snippet(articles_fts, 2, ${matchStart}, ${matchEnd}, '…', 28) AS snippet,
      s.name AS sectionName, au.name AS authorName
    ${publicMatch(ftsQuery, nowSeconds)}
    ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0), a.published_at DESC
    LIMIT ${window.limit} OFFSET ${window.offset}`);
  return { hits: rows.map((row) => ({ ...row, publishedAt: new Date(row.publishedAt * 1000) })), window };
}
