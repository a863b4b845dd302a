import { getDb } from './client';

/*
 * What an article address that found no public story means, for answers better than 404. Read
 * only when a story page was not found (never on the way to a found one), so they cost nothing on
 * the pages readers get. Not under db/queries: the front door (scripts/serve.ts), outside the
 * React server build, uses the second.
 */

/** The current address of a public story that once had `slug`, or null. */
export function currentSlugOfMovedStory(slug: string, now = new Date()): string | null {
  return (
    (getDb()
      .$client.prepare(
        `SELECT a.slug FROM article_slug_history h JOIN articles a ON a.id = h.article_id
         WHERE h.slug = ? AND a.status = 'published' AND a.published_at <= ?`,
      )
      .pluck()
      .get(slug, Math.floor(now.getTime() / 1000)) as string | undefined) ?? null
  );
}

/** Whether `slug` is, or was, the address of a story the newsroom took down: 410 Gone, not 404. */
export function isTakenDownStorySlug(slug: string): boolean {
  return (
    getDb()
      .$client.prepare(
        `SELECT 1 FROM articles WHERE slug = ? AND status = 'unpublished'
         UNION ALL SELECT 1 FROM article_slug_history h JOIN articles a ON a.id = h.article_id WHERE h.slug = ? AND a.status = 'unpublished'
         LIMIT 1`,
      )
      .get(slug, slug) !== undefined
  );
}
