import 'server-only';
import { revalidateTag } from 'next/cache';
import { tagsForStory, type StoryCacheKeys } from '@/lib/cache-policy';

/**
 * Rebuilds every cached page that can show this story on its next request: the article,
 * the front page, its sections, authors and tags, feeds, sitemaps and most read. Expiring
 * (rather than serving stale once) is what makes a change visible to the very next reader.
 */
export function revalidateStory(story: StoryCacheKeys): void {
  for (const tag of tagsForStory(story)) revalidateTag(tag, { expire: 0 });
}
