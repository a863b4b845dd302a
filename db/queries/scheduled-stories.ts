import 'server-only';
import type Database from 'better-sqlite3';
import { tagsForStory } from '@/lib/cache-policy';

type LiveStory = { id: number; slug: string; sectionId: number; authorId: number; liveAt: number; tagIds: string | null; bylineIds: string | null };

/**
 * For each cache tag, the moment (ms) a story carrying it last went live, over `lookBackMs`.
 * Nobody clicks anything when a scheduled story's time comes, so nothing records the change:
 * it is read from the stories themselves, and the page cache handler treats pages cached before
 * that moment as changed (db/cache/tag-changes.ts). A scheduled story then appears on the front
 * page, its listings, feeds and sitemaps at its time, with no cron job, in every server process.
 */
export function storyGoLiveTimes(sqlite: Database.Database, { now, lookBackMs }: { now: number; lookBackMs: number }): Map<string, number> {
  const nowSeconds = Math.floor(now / 1000);
  const stories = sqlite
    .prepare<[number, number], LiveStory>(
      `SELECT id, slug, section_id AS sectionId, author_id AS authorId, published_at AS liveAt,
         (SELECT group_concat(tag_id) FROM article_tags WHERE article_id = articles.id) AS tagIds,
         (SELECT group_concat(author_id) FROM article_authors WHERE article_id = articles.id) AS bylineIds
       FROM articles WHERE status = 'published' AND published_at > ? AND published_at <= ?`,
    )
    .all(nowSeconds - Math.ceil(lookBackMs / 1000), nowSeconds);
  const ids = (list: string | null) => (list ? list.split(',').map(Number) : []);
  const liveSince = new Map<string, number>();
  for (const story of stories) {
    const keys = {
      id: story.id,
      slugs: [story.slug],
      sectionIds: [story.sectionId],
      authorIds: [story.authorId, ...ids(story.bylineIds)],
      tagIds: ids(story.tagIds),
    };
    for (const tag of tagsForStory(keys)) liveSince.set(tag, Math.max(liveSince.get(tag) ?? 0, story.liveAt * 1000));
  }
  return liveSince;
}
