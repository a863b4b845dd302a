import 'server-only';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { tagsForStory, type StoryCacheKeys } from '@/lib/cache-policy';
import { noteTagChangesForAllServers } from './tag-changes';

/**
 * A page render that began before the change can finish after it and store the old version as
 * fresh (Next.js stamps an entry when it is written, not when its data was read). Marking the
 * same tags again once such renders are done bounds that window.
 */
const secondMarkAfterMs = 1500;

/** What happened to the story: readers may see the previous page once more after an update, never after a take-down. */
type StoryChange = 'updated' | 'taken-down';

/** The story as it is after the change. */
type StoryState = { status: string; publishedAt: Date | null };

/** A story readers can no longer see (taken down, or moved back to a time to come) is taken down; any other change is an update. */
function storyChangeOf(story: StoryState, now = new Date()): StoryChange {
  return story.status === 'published' && story.publishedAt !== null && story.publishedAt <= now ? 'updated' : 'taken-down';
}

function mark(tags: string[], change: StoryChange): void {
  const expire = change === 'taken-down';
  // This process's own cache (and the editor's browser router cache, via the action's answer)...
  for (const tag of tags) revalidateTag(tag, expire ? { expire: 0 } : 'max');
  // ...and every other server process on this database (lib/page-cache-handler.mjs).
  noteTagChangesForAllServers(tags, { expire });
}

/**
 * Refreshes every cached page that can show this story: the article, the front page, its
 * sections, authors and tags, feeds, sitemaps and most read. After an update the next reader
 * of each page is served the page it had while the new one renders behind them (nobody waits
 * on a cold render), and everyone after gets the new one; after a take-down no cached copy is
 * served again. The second mark, after the response, catches a render already under way.
 */
export function revalidateStory(keys: StoryCacheKeys, story: StoryState): void {
  const tags = tagsForStory(keys);
  const change = storyChangeOf(story);
  mark(tags, change);
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, secondMarkAfterMs));
    mark(tags, change);
  });
}
