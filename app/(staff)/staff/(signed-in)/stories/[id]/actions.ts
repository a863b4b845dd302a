'use server';
import { z } from 'zod';
import { revalidateStory } from '@/db/cache/revalidate-story';
import { getEditableStory, getStoryCacheKeys } from '@/db/queries/story-editing';
import { staffAction } from '@/lib/server/auth/staff-guards';

const refreshInput = z.object({ storyId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/**
 * Rebuilds every reader page that shows this story on its next request: for a fix made to
 * the database directly, which readers would otherwise see only when the caches expire.
 */
export const refreshStoryOnSiteAction = staffAction(
  refreshInput,
  async ({ storyId }) => {
    const story = getEditableStory({ id: storyId });
    if (!story) return { ok: false, error: 'No such story.' };
    revalidateStory(getStoryCacheKeys(story), story);
    return { ok: true, data: { refreshedAt: new Date().toISOString() } };
  },
  { role: 'editor' },
);
