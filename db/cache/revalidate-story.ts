import 'server-only';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { tagsForStory, type StoryCacheKeys } from '@/lib/cache-policy';

/**
 * A page render that began before the invalidation can finish after it and store the old
 * version as fresh (Next.js stamps an entry when it is written, not when its data was read).
 * Expiring the same tags again once such renders are done bounds that window.
 */
const secondExpiryAfterMs = 1500;

function expire(tags: string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/**
 * Rebuilds every cached page that can show this story: the article, the front page, its
 * sections, authors and tags, feeds, sitemaps and most read. Expiring (rather than serving
 * stale once) makes the change visible to the next reader; the second expiry, after the
 * response, catches a render that was already under way. Readers see it within 2 seconds.
 */
export function revalidateStory(story: StoryCacheKeys): void {
  const tags = tagsForStory(story);
  expire(tags);
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, secondExpiryAfterMs));
    expire(tags);
  });
}
