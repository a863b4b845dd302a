'use server';
import { z } from 'zod';
import { revalidateStory, storyChangeOf } from '@/db/cache/revalidate-story';
import { getEditableStory } from '@/db/queries/story-editing';
import { getStoryCacheKeys } from '@/db/queries/story-cache-keys';
import { staffAction } from '@/lib/server/auth/staff-guards';

const refreshInput = z.object({ storyId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/**
 * Rebuilds every reader page that shows this story on its next request: for a fix made to
 * the database directly, which readers would otherwise see only when the caches expire.
 */
export const refreshStoryOnSiteAction = staffAction(
  refreshInput,
  async ({ storyId }) => {
    const keys = getStoryCacheKeys({ id: storyId });
    const story = getEditableStory({ id: storyId });
    if (!keys || !story) return { ok: false, error: 'No such story.' };
    revalidateStory(keys, storyChangeOf(story));
    return { ok: true, data: { refreshedAt: new Date().toISOString() } };
  },
  { role: 'editor' },
);
