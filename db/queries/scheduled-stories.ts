import 'server-only';
import { tagsForStory } from '@/lib/cache-policy';
import { getDb } from '@/db/client';

/** How far back a story's going live can still make a cached entry stale (entries live 60 s at most, then refresh). */
const lookBackSeconds = 2 * 3600;

let memo: { checkedAt: number; liveSince: Map<string, number> } = { checkedAt: 0, liveSince: new Map() };

type LiveStory = { id: number; slug: string; sectionId: number; authorId: number; liveAt: number };

/**
 * For each cache tag, the moment (ms) a story carrying it last went live, over the last two hours.
 * The page cache handler treats an entry written before that moment as missing, which is what
 * revalidateStory does at publication, done at the story's own time: a scheduled story appears on
 * the front page, its listings, feeds and sitemaps then, with nobody clicking anything and no
 * cron job, in every server process (they all read the same database). Two indexed reads,
 * remembered for a second.
 */
export function tagLiveTimes(now = Date.now()): Map<string, number> {
  if (now - memo.checkedAt < 1000) return memo.liveSince;
  const sqlite = getDb().$client;
  const nowSeconds = Math.floor(now / 1000);
  const stories = sqlite
    .prepare<[number, number], LiveStory>(
      `SELECT id, slug, section_id AS sectionId, author_id AS authorId, published_at AS liveAt FROM articles
       WHERE status = 'published' AND published_at > ? AND published_at <= ?`,
    )
    .all(nowSeconds - lookBackSeconds, nowSeconds);
  const tagIdsOf = sqlite.prepare<[number], number>('SELECT tag_id FROM article_tags WHERE article_id = ?').pluck();
  const bylinesOf = sqlite.prepare<[number], number>('SELECT author_id FROM article_authors WHERE article_id = ?').pluck();
  const liveSince = new Map<string, number>();
  for (const story of stories) {
    const keys = {
      id: story.id,
      slugs: [story.slug],
      sectionIds: [story.sectionId],
      authorIds: [story.authorId, ...bylinesOf.all(story.id)],
      tagIds: tagIdsOf.all(story.id),
    };
    for (const tag of tagsForStory(keys)) liveSince.set(tag, Math.max(liveSince.get(tag) ?? 0, story.liveAt * 1000));
  }
  memo = { checkedAt: now, liveSince };
  return liveSince;
}
