'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { revalidateStory } from '@/db/cache/revalidate-story';
import { changeStoryState, deleteNeverPublishedStory, getEditableStory, saveStory, type StateChange } from '@/db/queries/story-editing';
import { recordAuditEvent } from '@/db/queries/audit-log';
import { getStoryRevision } from '@/db/queries/story-revisions';
import { retryWhileBusy } from '@/db/write-retry';
import { renderArticleBody } from '@/lib/markdown';
import { staffAction, type StaffActionResult } from '@/lib/server/auth/staff-guards';
import { formatPublishedDateTime, instantFromSiteLocalInput } from '@/lib/site-time';
import { mayDo, storyFacts, type StoryAction } from '@/lib/story-workflow';

const storyId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const tagList = z
  .string()
  .max(1000)
  .transform((text) => [
    ...new Set(
      text
        .split(',')
        .map((name) => name.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    ),
  ])
  .refine((names) => names.length <= 12, 'At most 12 tags.')
  .refine((names) => names.every((name) => name.length <= 60), 'Tags are at most 60 characters each.');

const bylineList = z
  .string()
  .max(200)
  .transform((text) => [...new Set(text.split(',').filter(Boolean).map(Number))])
  .refine((ids) => ids.length > 0 && ids.every((id) => Number.isSafeInteger(id) && id > 0), 'Choose a byline.')
  .refine((ids) => ids.length <= 6, 'A story has at most six bylines.');

const storyForm = z
  .object({
    id: z.union([z.literal(''), storyId]).optional(),
    version: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
    headline: z.string().trim().min(1, 'Write a headline.').max(200, 'Headlines are at most 200 characters.'),
    standfirst: z.string().trim().min(1, 'Write a standfirst: the sentence under the headline.').max(400, 'A standfirst is at most 400 characters.'),
    body: z.string().trim().min(1, 'The story has no text yet.').max(200_000, 'The story is longer than 200,000 characters.'),
    slug: z
      .string()
      .trim()
      .max(180, 'Slugs are at most 180 characters.')
      .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'Use lower-case letters, digits and single hyphens, or leave it empty.'),
    sectionId: z.coerce.number({ message: 'Choose a section.' }).int().positive('Choose a section.'),
    authorIds: bylineList,
    tags: tagList,
    leadImageId: z.union([z.literal(''), storyId]).optional(),
    leadImageAlt: z.string().trim().max(300, 'Alt text is at most 300 characters: say what the picture shows.').optional(),
    leadImageCaption: z.string().trim().max(400, 'A caption is at most 400 characters.').optional(),
    leadImageCredit: z.string().trim().max(120, 'A credit is at most 120 characters.').optional(),
    publicNote: z.string().trim().max(1000, 'A public note is at most 1,000 characters.').optional(),
  })
  .refine((story) => !story.leadImageId || !!story.leadImageAlt, {
    path: ['leadImageAlt'],
    message: 'Describe the picture for readers who cannot see it (alt text).',
  });

export type SavedStory = { id: number; version: number; slug: string; savedAt: string };
/** The version someone else saved meanwhile, shown beside the text the editor still has. */
export type ConflictingVersion = { headline: string; standfirst: string; body: string; version: number };

const notAllowed = { ok: false, error: 'You are not allowed to do that.' } as const;

/** How the audit log names a story: its id survives a new headline. */
const storySubject = (story: { id: number; headline: string }) => `story ${story.id} “${story.headline}”`;

/** Creates a draft or saves a story; a save over someone else's newer version is refused and shows theirs. */
export const saveStoryAction = staffAction(storyForm, async (input, staff): Promise<StaffActionResult<SavedStory, ConflictingVersion>> => {
  const id = input.id || undefined;
  const existing = id === undefined ? null : getEditableStory({ id });
  if (id !== undefined && !existing) return { ok: false, error: 'That story no longer exists.' };
  if (existing && !mayDo('edit', staff.role, storyFacts(existing, staff.id))) return notAllowed;
  const fields = {
    headline: input.headline,
    standfirst: input.standfirst,
    body: input.body,
    slug: input.slug,
    sectionId: input.sectionId,
    authorIds: input.authorIds,
    tagNames: input.tags,
    leadImageId: input.leadImageId || null,
    leadImageAlt: input.leadImageAlt ?? '',
    leadImageCaption: input.leadImageCaption ?? '',
    leadImageCredit: input.leadImageCredit ?? '',
  };
  const outcome = await retryWhileBusy('save story', () =>
    saveStory({ staffId: staff.id, id, expectedVersion: input.version || undefined, fields, publicNote: input.publicNote }),
  );
  switch (outcome.status) {
    case 'conflict':
      return {
        ok: false,
        error: `Changed by ${outcome.savedByEmail ?? 'someone else'} at ${formatPublishedDateTime(outcome.savedAt)} since you opened it. Nothing was overwritten: your text is still in the form, and their version is below.`,
        detail: {
          headline: outcome.current.headline,
          standfirst: outcome.current.standfirst,
          body: outcome.current.body,
          version: outcome.current.version,
        },
      };
    case 'slug-taken':
      return { ok: false, error: 'Check the highlighted fields.', fieldErrors: { slug: ['Another story has this address. Choose another slug.'] } };
    case 'unknown-section':
      return { ok: false, error: 'Check the highlighted fields.', fieldErrors: { sectionId: ['Choose a section.'] } };
    case 'unknown-author':
      return { ok: false, error: 'Check the highlighted fields.', fieldErrors: { authorIds: ['Choose a byline.'] } };
    case 'unknown-image':
      return {
        ok: false,
        error: 'Check the highlighted fields.',
        fieldErrors: { leadImageId: ['That picture is no longer stored. Upload it again.'] },
      };
    case 'not-found':
      return { ok: false, error: 'That story no longer exists.' };
  }
  if (outcome.story.status === 'published' || outcome.story.status === 'unpublished') revalidateStory(outcome.cacheKeys, outcome.story);
  if (id === undefined) {
    recordAuditEvent({ actor: staff, action: 'created', subject: storySubject(outcome.story) });
    redirect(`/staff/stories/${outcome.story.id}/edit`);
  }
  return { ok: true, data: { id: outcome.story.id, version: outcome.story.version, slug: outcome.story.slug, savedAt: new Date().toISOString() } };
});

const stateForm = z.object({
  id: storyId,
  version: z.coerce.number().int().positive(),
  action: z.enum(['submit', 'publish', 'unpublish', 'delete']),
  publishAt: z.string().max(20).optional(),
});

/** Sends a story for review, publishes it (now or at a time: scheduled), takes it down, or deletes a never-published draft. */
export const changeStoryStateAction = staffAction(
  stateForm,
  async ({ id, version, action, publishAt }, staff): Promise<StaffActionResult<{ version: number }>> => {
    const story = getEditableStory({ id });
    if (!story) return { ok: false, error: 'That story no longer exists.' };
    if (!mayDo(action satisfies StoryAction, staff.role, storyFacts(story, staff.id))) return notAllowed;
    if (action === 'delete') {
      if (!(await retryWhileBusy('delete story', () => deleteNeverPublishedStory({ id })))) return notAllowed;
      recordAuditEvent({ actor: staff, action: 'deleted the draft', subject: storySubject(story) });
      redirect('/staff/stories');
    }
    let change: StateChange;
    if (action === 'publish') {
      const at = publishAt ? instantFromSiteLocalInput(publishAt) : new Date();
      if (!at)
        return {
          ok: false,
          error: 'Check the highlighted fields.',
          fieldErrors: { publishAt: ['Give a date and time, or leave it empty to publish now.'] },
        };
      if (publishAt && at.getTime() < Date.now() - 60_000) {
        return {
          ok: false,
          error: 'Check the highlighted fields.',
          fieldErrors: { publishAt: ['That time has passed. Choose a later one, or leave it empty to publish now.'] },
        };
      }
      change = { to: 'published', at: publishAt ? at : new Date() };
    } else {
      change = { to: action === 'submit' ? 'in_review' : 'unpublished' };
    }
    const outcome = await retryWhileBusy('change story state', () => changeStoryState({ staffId: staff.id, id, expectedVersion: version, change }));
    if (outcome.status === 'not-found') return { ok: false, error: 'That story no longer exists.' };
    if (outcome.status === 'conflict')
      return { ok: false, error: 'Someone changed this story since you opened it. Reload to see their version first.' };
    if (action !== 'submit') revalidateStory(outcome.cacheKeys, outcome.story);
    const scheduled = change.to === 'published' && change.at.getTime() > Date.now() + 1000;
    recordAuditEvent({
      actor: staff,
      action: { submit: 'sent for review', publish: scheduled ? 'scheduled' : 'published', unpublish: 'unpublished' }[action],
      subject: storySubject(story),
      detail: scheduled && change.to === 'published' ? `for ${formatPublishedDateTime(change.at)}` : '',
    });
    return { ok: true, data: { version: outcome.story.version } };
  },
);

/** The body as readers will see it: the same Markdown renderer and sanitizer as the article page. */
export const previewStoryBodyAction = staffAction(z.object({ body: z.string().max(200_000) }), async ({ body }) => ({
  ok: true,
  data: { html: renderArticleBody(body) },
}));

const restoreForm = z.object({ id: storyId, version: z.coerce.number().int().positive(), revision: z.coerce.number().int().positive() });

/** Saves an earlier revision's text as the newest version (nothing is lost: the revision before it stays too). */
export const restoreRevisionAction = staffAction(
  restoreForm,
  async ({ id, version, revision }, staff): Promise<StaffActionResult<{ version: number }>> => {
    const story = getEditableStory({ id });
    const earlier = getStoryRevision({ articleId: id, version: revision });
    if (!story || !earlier) return { ok: false, error: 'That revision no longer exists.' };
    if (!mayDo('edit', staff.role, storyFacts(story, staff.id))) return notAllowed;
    const outcome = await retryWhileBusy('restore revision', () => saveStory({ staffId: staff.id, id, expectedVersion: version, fields: earlier }));
    if (outcome.status === 'conflict') return { ok: false, error: 'Someone changed this story since you opened it. Reload and try again.' };
    if (outcome.status === 'slug-taken')
      return { ok: false, error: "Another story now has that revision's address; restore by hand with a new slug." };
    if (outcome.status !== 'saved') return { ok: false, error: 'That revision names a section or byline that no longer exists.' };
    if (outcome.story.status === 'published' || outcome.story.status === 'unpublished') revalidateStory(outcome.cacheKeys, outcome.story);
    recordAuditEvent({ actor: staff, action: `restored version ${revision} of`, subject: storySubject(story) });
    redirect(`/staff/stories/${id}/edit`);
  },
);
